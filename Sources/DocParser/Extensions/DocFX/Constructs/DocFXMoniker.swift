import DocModel

/// DocFX's `::: moniker range=">= product-2019"` … `::: moniker-end`: content for some versions only.
struct DocFXMoniker: DocFXVariantReader {
  static let name = "moniker"
  static let variantLabel = "versions"

  var attributes: DocFXAttributes
  var blocks: [Block]

  static func attributeNames(of line: DocFXColonLine) -> (required: [String], optional: [String]) {
    (["range"], [])
  }

  var variants: String { attributes["range"] ?? "" }
}
