/// Keeps a command's large values alive until the process exits.
///
/// A parsed doc set is about a million small objects (strings, arrays, enum payloads). Freeing them one by
/// one when a command returns costs a tenth of a second on a 40 MB doc set, just before the process exits
/// and the system takes its memory back at once; compilers skip that work the same way.
package enum ProcessLifetime {
  package static func keep<Value>(_ value: Value) {
    _ = Unmanaged.passRetained(Box(value))
  }

  private final class Box<Value> {
    let value: Value

    init(_ value: Value) { self.value = value }
  }
}
