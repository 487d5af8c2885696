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

  /// The catalog, through ``CatalogJSON``: the same bytes as encoding ``CatalogJSON/value(_:)``, with the
  /// entries (most of the output) converted and written on every core, a chunk at a time.
  public static func encode(_ catalog: Catalog) -> [UInt8] {
    Array(encodeChunks(catalog).joined())
  }

  /// The bytes of ``encode(_:)-(Catalog)`` as chunks to be written one after the other, so that a large
  /// catalog's JSON is never copied whole.
  public static func encodeChunks(_ catalog: Catalog) -> [[UInt8]] {
    guard case .object(var members) = CatalogJSON.value(catalog, withEntries: false) else { return [] }
    var written = members.mapValues { [JSONWriter.write($0, indent: 2)] }
    members.removeAll()
    written["entries"] = JSONWriter.writeArrayChunks(catalog.entries, indent: 2, CatalogJSON.entry)
    return JSONWriter.writeObject(written) + [[0x0A]]
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
