/// A DocFX construct beyond CommonMark (`:::image:::`, `:::zone:::`, `> [!VIDEO]`, tab groups …), held in a
/// page as ``Block/docfx(_:)``.
///
/// Each construct is one type in one file (`Sources/DocParser/Extensions/DocFX/Constructs/`): its values,
/// how it is read (DocParser's `DocFXConstructReader`) and how it shows in a page (``render(into:)``), and
/// one line in DocParser's `DocFXConstructRegistry`.
public protocol DocFXConstruct: Sendable, Hashable {
  /// The construct's name as written in the docs, such as `image` or `zone`.
  static var name: String { get }
  /// What the docs gave it, in their order: for the JSON of a parsed page.
  var attributes: DocFXAttributes { get }
  /// The blocks inside the construct, in document order (empty for a leaf).
  var blocks: [Block] { get }
  /// The addresses of the files the construct shows (an image's `source` and `lightbox`), which the site
  /// publishes beside the page when they are local.
  var files: [String] { get }
  /// Writes the construct into a page. Every value goes through the writer, which escapes text and checks
  /// addresses.
  func render<Writer: DocFXHTMLWriter>(into writer: inout Writer)
}

extension DocFXConstruct {
  public var files: [String] { [] }
}
