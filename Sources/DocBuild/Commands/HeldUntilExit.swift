/// What a build made that a process about to end need not tear down: values handed to it are kept alive
/// past the build when it is ``leave()``-ing them to the end of the process, so that their memory goes back
/// with the process, at once, instead of object by object. A process that goes on (a preview server, the
/// tests) holds nothing here.
final class HeldUntilExit: @unchecked Sendable {
  private let isEnabled: Bool
  private var values: [Any] = []

  init(enabled: Bool) {
    isEnabled = enabled
  }

  /// Keeps `value` (a copy of it, which shares its storage) if the process ends after the build.
  func hold(_ value: Any) {
    if isEnabled { values.append(value) }
  }

  /// Leaves what is held to the end of the process: it is never released.
  func leave() {
    if isEnabled { _ = Unmanaged.passRetained(self) }
  }
}
