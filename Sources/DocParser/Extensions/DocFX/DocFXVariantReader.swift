import DocModel

/// A `:::name attribute="…":::` … `:::name-end:::` block whose content is for some variants of the page only
/// (pivots, product versions): read with its attributes checked and shown as a `<details>` naming the
/// variants, which a reader opens without JavaScript. A construct of this kind declares what differs.
protocol DocFXVariantReader: DocFXContainerReader {
  /// The attributes the opening line must have, and those it may have besides.
  static func attributeNames(of line: DocFXColonLine) -> (required: [String], optional: [String])
  /// The label the summary gives the variants (``DocFXHTMLWriter/label(_:)``).
  static var variantLabel: String { get }
  /// The variants the content is for, as the summary shows them.
  var variants: String { get }

  init(attributes: DocFXAttributes, blocks: [Block])
}

extension DocFXVariantReader {
  static var opener: DocFXOpener { .colonLine(name) }

  static func endName(of line: DocFXColonLine) -> String? { name + "-end" }

  static func read(_ blocks: [Block], at index: Int, in reading: DocFXReading) -> (block: Block, taken: Int)? {
    guard let line = reading.colonLine(blocks[index]) else { return nil }
    let names = attributeNames(of: line)
    reading.checkAttributes(of: line, required: names.required, optional: names.optional, at: blocks[index])
    let content = reading.content(openedAt: index, in: blocks, name: line.name, endName: name + "-end")
    let construct = Self(attributes: line.attributes, blocks: reading.interpret(content.blocks))
    return (.docfx(DocFXBlock(construct, range: blocks[index].range)), content.taken)
  }

  func render<Writer: DocFXHTMLWriter>(into writer: inout Writer) {
    writer.open("details", ["class": "docfx-\(Self.name)"])
    writer.open("summary", [:])
    writer.text(writer.label(Self.variantLabel) + " ")
    writer.open("span", ["class": "docfx-variant"])
    writer.text(variants)
    writer.close("span")
    writer.close("summary")
    writer.text("\n")
    writer.blocks(blocks)
    writer.close("details")
    writer.text("\n")
  }
}
