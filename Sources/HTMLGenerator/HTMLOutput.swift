/// HTML as it is written: UTF-8 bytes, appended to without a `String`'s bookkeeping (its capacity,
/// uniqueness and ASCII checks on every append), with text escaped straight into it.
struct HTMLOutput {
  private(set) var bytes: [UInt8] = []

  static func += (output: inout HTMLOutput, markup: String) {
    var markup = markup
    markup.withUTF8 { output.bytes.append(contentsOf: $0) }
  }

  /// Appends markup given in a few parts, such as a tag around a value escaped beforehand.
  mutating func write(_ parts: String...) {
    for part in parts { self += part }
  }

  /// Appends HTML already rendered.
  mutating func append(_ html: ArraySlice<UInt8>) {
    bytes.append(contentsOf: html)
  }

  mutating func reserveCapacity(_ capacity: Int) {
    bytes.reserveCapacity(capacity)
  }

  /// Appends `text` escaped, as ``HTMLEscaping/escape(_:)`` gives it.
  mutating func appendEscaped(_ text: String) {
    HTMLEscaping.appendEscaped(text, to: &bytes)
  }

  var string: String { String(decoding: bytes, as: UTF8.self) }
}
