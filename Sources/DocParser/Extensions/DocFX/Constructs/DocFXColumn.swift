import DocModel

/// DocFX's `:::column span="2":::` … `:::column-end:::`, a column of a `:::row:::`: `span` (1 to 12, 1 when
/// left out) is how many of the row's parts it is wide, given as a class the site's stylesheet knows.
struct DocFXColumn: DocFXContainerReader {
  static let name = "column"
  static let opener = DocFXOpener.colonLine("column")
  static let spans = (1...12).map(String.init)

  var attributes: DocFXAttributes
  var blocks: [Block]

  /// The column's span, 1 when it has none or one that is not 1 to 12.
  var span: Int { attributes["span"].flatMap { Int($0) }.flatMap { (1...12).contains($0) ? $0 : nil } ?? 1 }

  static func endName(of line: DocFXColonLine) -> String? { "column-end" }

  static func read(_ blocks: [Block], at index: Int, in reading: DocFXReading) -> (block: Block, taken: Int)? {
    guard let line = reading.colonLine(blocks[index]) else { return nil }
    reading.checkAttributes(of: line, required: [], optional: ["span"], at: blocks[index])
    if let span = line.attributes["span"], !spans.contains(span) {
      reading.report(
        DocFXInvalidAttribute.self,
        DocFXInvalidAttribute.invalidValue(span, of: "span", in: name, allowed: ["1", "…", "12"]), at: blocks[index])
    }
    let content = reading.content(openedAt: index, in: blocks, name: line.name, endName: "column-end")
    let column = DocFXColumn(attributes: line.attributes, blocks: reading.interpret(content.blocks))
    return (.docfx(DocFXBlock(column, range: blocks[index].range)), content.taken)
  }

  func render<Writer: DocFXHTMLWriter>(into writer: inout Writer) {
    writer.open("div", ["class": "docfx-column docfx-span-\(span)"])
    writer.text("\n")
    writer.blocks(blocks)
    writer.close("div")
    writer.text("\n")
  }
}
