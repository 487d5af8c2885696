/// One parsed Markdown page: its front matter and its blocks, with DocFX constructs and pipe tables typed.
public struct Document: Sendable, Hashable {
  /// The path the page was read from, as given to the parser.
  public var path: String
  public var frontMatter: FrontMatter
  public private(set) var blocks: [Block]
  /// Every `[!INCLUDE]` of the page, block or inline, in document order. Found once, when the document is
  /// made: the build, the reader and the include rules each ask for it, and a walk over a whole page that
  /// is no longer in the processor's cache costs more than parsing it did.
  public private(set) var includes: [Include]

  public init(path: String, frontMatter: FrontMatter = FrontMatter(), blocks: [Block]) {
    self.path = path
    self.frontMatter = frontMatter
    self.blocks = blocks
    includes = Self.findIncludes(in: blocks)
  }

  /// The page without its blocks: its path, front matter and includes only, for a reader that has taken
  /// what it needs from the blocks and lets the rest go.
  public func withoutBlocks() -> Document {
    var document = self
    document.blocks = []
    return document
  }

  /// Calls `body` with every block of the page, depth first in document order, without collecting them.
  public func forEachBlock(_ body: (Block) -> Void) {
    Self.forEachBlock(in: blocks, body)
  }

  private static func forEachBlock(in blocks: [Block], _ body: (Block) -> Void) {
    func visit(_ block: Block) {
      body(block)
      block.forEachChild(visit)
    }
    blocks.forEach(visit)
  }

  /// Every block of the page, depth first in document order.
  public var allBlocks: [Block] {
    var found: [Block] = []
    forEachBlock { found.append($0) }
    return found
  }

  /// Every table of the page, in document order, however deeply nested.
  public var tables: [Table] {
    var found: [Table] = []
    forEachBlock { if case .table(let table) = $0 { found.append(table) } }
    return found
  }

  /// Every heading of the page, in document order.
  public var headings: [Heading] {
    var found: [Heading] = []
    forEachBlock { if case .heading(let heading) = $0 { found.append(heading) } }
    return found
  }
}

extension Document {
  private static func findIncludes(in blocks: [Block]) -> [Include] {
    var found: [Include] = []
    func visit(_ inlines: [Inline]) {
      for inline in inlines {
        switch inline {
        case .include(let include): found.append(include)
        case .emphasis(let children), .strong(let children): visit(children)
        case .link(let link), .image(let link): visit(link.children)
        case .xref(let xref): visit(xref.children)
        default: break
        }
      }
    }
    forEachBlock(in: blocks) { block in
      switch block {
      case .include(let include): found.append(include)
      case .paragraph(let paragraph): visit(paragraph.inlines)
      case .heading(let heading): visit(heading.inlines)
      case .table(let table):
        table.forEachCell { visit($0.inlines) }
      default: break
      }
    }
    return found
  }
}
