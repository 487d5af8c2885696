public import DocModel
import Foundation

/// Encodes values as DocCatalog's JSON: pretty-printed, keys sorted, slashes unescaped, a final newline.
///
/// The same input always gives the same bytes.
public enum JSONOutput {
  /// A JSON value, written directly (the same bytes as `JSONEncoder`, faster).
  public static func encode(_ value: JSONValue) -> [UInt8] {
    JSONWriter.write(value) + [0x0A]
  }

  /// The catalog, through ``CatalogJSON``.
  public static func encode(_ catalog: Catalog) -> [UInt8] {
    encode(CatalogJSON.value(catalog))
  }

  /// Any `Encodable`, through `JSONEncoder`.
  public static func encode(_ value: some Encodable) throws -> [UInt8] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    var bytes = [UInt8](try encoder.encode(value))
    bytes.append(0x0A)
    return bytes
  }
}
