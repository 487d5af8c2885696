/// Every address a page writes, found in one walk of its blocks: its Markdown links and images, the
/// `<a href>` and `<img src>` of its raw HTML, the files its DocFX constructs show, and its xrefs. The link
/// rules, the xref checks and the site's media all read them from here.
public enum PageAddresses {
  /// What an address is for.
  public enum Kind: Sendable, Hashable {
    /// A link a reader follows: Markdown `[text](address)` or raw `<a href>`.
    case link
    /// An image the page shows: Markdown `![alt](address)` or raw `<img src>`.
    case image
    /// A file a DocFX construct shows (`:::image source=`, a snippet, a video's poster).
    case constructFile
    /// A cross reference (`<xref:uid>`, `[text](xref:uid)`, `@uid`); the address is its uid.
    case xref(Xref)
  }

  /// One address, with the range of its block (or table cell).
  public struct Address: Sendable, Hashable {
    public var destination: String
    public var kind: Kind
    public var range: SourceRange?
  }

  /// The addresses of the page, in document order; includes are not followed (their addresses are
  /// relative to them). The description of an image is not walked: its links are not links on the page.
  public static func of(_ document: Document) -> [Address] {
    var found: [Address] = []
    func visit(_ inlines: [Inline], _ range: SourceRange?) {
      for index in inlines.indices {
        switch inlines[index] {
        case .text, .code, .softBreak, .lineBreak: continue
        case .image(let image): found.append(Address(destination: image.destination, kind: .image, range: range))
        case .link(let link):
          found.append(Address(destination: link.destination, kind: .link, range: range))
          visit(link.children, range)
        case .emphasis(let children), .strong(let children): visit(children, range)
        case .xref(let xref):
          found.append(Address(destination: xref.uid, kind: .xref(xref), range: range))
          visit(xref.children, range)
        case .html(let raw): visitHTML(raw, range)
        default: break
        }
      }
    }
    func visitHTML(_ html: String, _ range: SourceRange?) {
      guard mayHoldLinkOrImage(html) else { return }
      for case .tag(let tag, _) in RawHTMLScanner(html) where !tag.isClosing {
        if tag.name == "img", let source = tag.value("src") {
          found.append(Address(destination: source, kind: .image, range: range))
        } else if tag.name == "a", let href = tag.value("href") {
          found.append(Address(destination: href, kind: .link, range: range))
        }
      }
    }
    document.forEachBlock { block in
      switch block {
      case .paragraph(let paragraph): visit(paragraph.inlines, paragraph.range)
      case .heading(let heading): visit(heading.inlines, heading.range)
      case .table(let table):
        // Cells by index: a cell is read in place, not copied with its Markdown.
        for index in table.header.cells.indices where !isPlainText(table.header.cells[index].inlines) {
          visit(table.header.cells[index].inlines, table.header.cells[index].range ?? table.range)
        }
        for row in table.rows.indices {
          for index in table.rows[row].cells.indices where !isPlainText(table.rows[row].cells[index].inlines) {
            visit(table.rows[row].cells[index].inlines, table.rows[row].cells[index].range ?? table.range)
          }
        }
      case .htmlBlock(let html): visitHTML(html.html, html.range)
      case .docfx(let docfx):
        for file in docfx.construct.files {
          found.append(Address(destination: file, kind: .constructFile, range: docfx.range))
        }
      default: break
      }
    }
    return found
  }

  /// Whether inlines are one text, as most table cells are: no address to look for.
  private static func isPlainText(_ inlines: [Inline]) -> Bool {
    guard inlines.count == 1, case .text = inlines[0] else { return false }
    return true
  }

  /// Whether raw HTML may hold an `<a …>` or `<img …>` tag: a `<` before an `a` or an `i`, in either case.
  /// Most raw HTML in a page is `<br>` and the like, which need no scanning.
  static func mayHoldLinkOrImage(_ html: String) -> Bool {
    var html = html
    return html.withUTF8 { bytes in
      guard bytes.count > 1 else { return false }
      for index in 1..<bytes.count where bytes[index - 1] == UInt8(ascii: "<") {
        let lower = bytes[index] | 0x20
        if lower == UInt8(ascii: "a") || lower == UInt8(ascii: "i") { return true }
      }
      return false
    }
  }
}
