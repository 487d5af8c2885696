import Foundation

/// Encodes values as DocCatalog's JSON: pretty-printed, keys sorted, slashes unescaped, a final newline.
///
/// The same input always gives the same bytes.
public enum JSONOutput {
  public static func encode(_ value: some Encodable) throws -> [UInt8] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    var bytes = [UInt8](try encoder.encode(value))
    bytes.append(0x0A)
    return bytes
  }
}
