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

  /// Every table of the page, in document order, however deeply nested.
  public var tables: [Table] {
    var found: [Table] = []
    func visit(_ blocks: [Block]) {
      for block in blocks {
        if case .table(let table) = block { found.append(table) }
        visit(block.children)
      }
    }
    visit(blocks)
    return found
  }

  /// Every heading of the page, in document order.
  public var headings: [Heading] {
    var found: [Heading] = []
    func visit(_ blocks: [Block]) {
      for block in blocks {
        if case .heading(let heading) = block { found.append(heading) }
        visit(block.children)
      }
    }
    visit(blocks)
    return found
  }
}
