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
    var bytes: [UInt8] = []
    encode(catalog) { bytes += $0 }
    return bytes
  }

  /// The bytes of ``encode(_:)-(Catalog)``, handed to `consume` a chunk at a time as they are made (a
  /// batch of entries at a time), so that a large catalog's JSON is never held whole.
  public static func encode(_ catalog: Catalog, into consume: ([UInt8]) -> Void) {
    guard case .object(let members) = CatalogJSON.valueWithoutEntries(catalog) else { return }
    var writers: [String: (_ consume: ([UInt8]) -> Void) -> Void] = members.mapValues { value in
      { consume in consume(JSONWriter.write(value, indent: 2)) }
    }
    let layout = CatalogJSON.EntryLayout(catalog)
    let links = CatalogRowLinks(catalog)
    writers["entries"] = { consume in
      JSONWriter.writeArrayChunks(
        catalog.entries, indent: 2,
        { entry, indent, output in
          CatalogJSON.writeEntry(entry, of: catalog, layout: layout, links: links, indent: indent, into: &output)
        }, into: consume)
    }
    JSONWriter.writeObject(writers, into: consume)
    consume([0x0A])
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
