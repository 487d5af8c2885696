import DocModel

/// DocFX's `:::image type="content" source="media/x.png" alt-text="…":::`, with `lightbox` (a larger image
/// to link to) and `border`; `type="icon"` for a decorative image, and `type="complex"` for one whose long
/// description follows, up to `:::image-end:::`.
struct DocFXImage: DocFXContainerReader {
  static let name = "image"
  static let opener = DocFXOpener.colonLine("image")
  static let types = ["content", "icon", "complex"]

  var attributes: DocFXAttributes
  /// The long description of a complex image.
  var blocks: [Block]

  var type: String { attributes["type"]?.lowercased() ?? "content" }
  var source: String { attributes["source"] ?? "" }
  var altText: String { attributes["alt-text"] ?? "" }
  var files: [String] { [attributes["source"], attributes["lightbox"]].compactMap { $0 } }

  static func endName(of line: DocFXColonLine) -> String? {
    line.attributes["type"]?.lowercased() == "complex" ? "image-end" : nil
  }

  static func read(_ blocks: [Block], at index: Int, in reading: DocFXReading) -> (block: Block, taken: Int)? {
    guard let line = reading.colonLine(blocks[index]) else { return nil }
    let type = line.attributes["type"]?.lowercased() ?? "content"
    let opening = blocks[index]
    reading.checkAttributes(
      of: line, required: type == "icon" ? ["source"] : ["source", "alt-text"],
      optional: ["type", "lightbox", "border", "link", "loc-scope"], at: opening)
    if !types.contains(type) {
      reading.report(
        DocFXInvalidAttribute.self,
        DocFXInvalidAttribute.invalidValue(type, of: "type", in: name, allowed: types), at: opening)
    }
    if let border = line.attributes["border"], !["true", "false"].contains(border.lowercased()) {
      reading.report(
        DocFXInvalidAttribute.self,
        DocFXInvalidAttribute.invalidValue(border, of: "border", in: name, allowed: ["true", "false"]), at: opening)
    }
    var image = DocFXImage(attributes: line.attributes, blocks: [])
    var taken = 1
    if let endName = endName(of: line) {
      let content = reading.content(openedAt: index, in: blocks, name: line.name, endName: endName)
      image.blocks = reading.interpret(content.blocks)
      taken = content.taken
    }
    let range = opening.range.map { start in
      SourceRange(start: start.start, end: blocks[index + taken - 1].range?.end ?? start.end)
    }
    return (.docfx(DocFXBlock(image, range: range)), taken)
  }

  func render<Writer: DocFXHTMLWriter>(into writer: inout Writer) {
    let isIcon = type == "icon"
    guard let source = writer.mediaURL(source) else {
      // No image to show: its text stands in for it.
      if !altText.isEmpty {
        writer.open("p", [:])
        writer.text(altText)
        writer.close("p")
        writer.text("\n")
      }
      writer.blocks(blocks)
      return
    }
    let border = attributes["border"]?.lowercased() ?? (isIcon ? "false" : "true")
    writer.open("figure", ["class": border == "true" ? "docfx-image docfx-image-border" : "docfx-image"])
    let lightbox = attributes["lightbox"].flatMap { writer.mediaURL($0) }
    let link = lightbox ?? attributes["link"].flatMap { writer.linkURL($0) }
    if let link { writer.open("a", ["href": link]) }
    writer.open("img", ["src": source, "alt": isIcon ? "" : altText, "role": isIcon ? "presentation" : nil])
    if link != nil { writer.close("a") }
    if type == "complex", !blocks.isEmpty {
      writer.text("\n")
      writer.open("details", ["class": "docfx-image-description"])
      writer.open("summary", [:])
      writer.text(writer.label("description"))
      writer.close("summary")
      writer.text("\n")
      writer.blocks(blocks)
      writer.close("details")
    }
    writer.close("figure")
    writer.text("\n")
  }
}
