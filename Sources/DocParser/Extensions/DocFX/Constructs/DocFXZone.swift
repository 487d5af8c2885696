import DocModel

/// DocFX's `:::zone pivot="a,b":::` … `:::zone-end:::` (or `target="docs"`): content for some pivots only.
struct DocFXZone: DocFXVariantReader {
  static let name = "zone"
  static let variantLabel = "pivot"

  var attributes: DocFXAttributes
  var blocks: [Block]

  static func attributeNames(of line: DocFXColonLine) -> (required: [String], optional: [String]) {
    (line.attributes["target"] == nil ? ["pivot"] : ["target"], ["pivot", "target"])
  }

  var variants: String {
    let pivots = attributes["pivot"] ?? attributes["target"] ?? ""
    return pivots.split(separator: ",").map { String($0.filter { $0 != " " }) }.joined(separator: ", ")
  }
}
