/// One parsed Markdown page: its front matter and its blocks, with DocFX constructs and pipe tables typed.
public struct Document: Sendable, Hashable {
  /// The path the page was read from, as given to the parser.
  public var path: String
  public var frontMatter: FrontMatter
  public var blocks: [Block]

  public init(path: String, frontMatter: FrontMatter = FrontMatter(), blocks: [Block]) {
    self.path = path
    self.frontMatter = frontMatter
    self.blocks = blocks
  }

  /// Every block of the page, depth first in document order.
  public var allBlocks: [Block] {
    var found: [Block] = []
    func visit(_ blocks: [Block]) {
      for block in blocks {
        found.append(block)
        visit(block.children)
      }
    }
    visit(blocks)
    return found
  }

  /// Every table of the page, in document order, however deeply nested.
  public var tables: [Table] {
    allBlocks.compactMap { if case .table(let table) = $0 { table } else { nil } }
  }

  /// Every heading of the page, in document order.
  public var headings: [Heading] {
    allBlocks.compactMap { if case .heading(let heading) = $0 { heading } else { nil } }
  }
}

extension Document {
  /// Every `[!INCLUDE]` of the page, block or inline, in document order.
  public var includes: [Include] {
    var found: [Include] = []
    func visit(_ inlines: [Inline]) {
      for inline in inlines {
        switch inline {
        case .include(let include): found.append(include)
        case .emphasis(let children), .strong(let children): visit(children)
        case .link(let link), .image(let link): visit(link.children)
        default: break
        }
      }
    }
    for block in allBlocks {
      switch block {
      case .include(let include): found.append(include)
      case .paragraph(let paragraph): visit(paragraph.inlines)
      case .heading(let heading): visit(heading.inlines)
      case .table(let table):
        for row in [table.header] + table.rows { for cell in row.cells { visit(cell.inlines) } }
      default: break
      }
    }
    return found
  }
}
