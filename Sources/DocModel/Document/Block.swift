/// A block of a Markdown document: CommonMark's blocks, GFM pipe tables and DocFX's block constructs.
public indirect enum Block: Sendable, Hashable {
  case paragraph(Paragraph)
  case heading(Heading)
  case blockQuote(BlockQuote)
  case list(List)
  case codeBlock(CodeBlock)
  case htmlBlock(HTMLBlock)
  case thematicBreak(SourceRange?)
  /// A GFM pipe table.
  case table(Table)
  /// DocFX `> [!NOTE]` and its siblings.
  case alert(Alert)
  /// DocFX `> [!div class="..."]`.
  case div(Div)
  /// DocFX `[!INCLUDE [title](path)]` alone in a paragraph.
  case include(Include)
  /// A DocFX construct typed by its own ``DocFXConstruct`` type: `:::image:::`, `:::zone:::`, tab groups ….
  case docfx(DocFXBlock)
}

extension Block {
  /// Where the block starts and ends in its file, when known.
  public var range: SourceRange? {
    switch self {
    case .paragraph(let block): block.range
    case .heading(let block): block.range
    case .blockQuote(let block): block.range
    case .list(let block): block.range
    case .codeBlock(let block): block.range
    case .htmlBlock(let block): block.range
    case .thematicBreak(let range): range
    case .table(let block): block.range
    case .alert(let block): block.range
    case .div(let block): block.range
    case .include(let block): block.range
    case .docfx(let block): block.range
    }
  }

  /// The blocks directly inside this one (empty for leaf blocks).
  public var children: [Block] {
    var found: [Block] = []
    forEachChild { found.append($0) }
    return found
  }

  /// Calls `body` with each block directly inside this one, in order, without collecting them.
  public func forEachChild(_ body: (Block) -> Void) {
    switch self {
    case .blockQuote(let block): block.blocks.forEach(body)
    case .list(let list): for item in list.items { item.blocks.forEach(body) }
    case .alert(let block): block.blocks.forEach(body)
    case .div(let block): block.blocks.forEach(body)
    case .docfx(let block): block.construct.blocks.forEach(body)
    default: break
    }
  }
}

/// A run of inline text.
public struct Paragraph: Sendable, Hashable {
  public var inlines: [Inline]
  public var range: SourceRange?

  public init(inlines: [Inline], range: SourceRange? = nil) {
    self.inlines = inlines
    self.range = range
  }
}

/// An ATX or setext heading, with its DocFX `<a name="...">` anchor lifted out of the text.
public struct Heading: Sendable, Hashable {
  public var level: Int
  /// The `name` of a leading `<a name="..."></a>`, if the heading has one.
  public var anchor: String?
  public var inlines: [Inline]
  public var range: SourceRange?

  public init(level: Int, anchor: String? = nil, inlines: [Inline], range: SourceRange? = nil) {
    self.level = level
    self.anchor = anchor
    self.inlines = inlines
    self.range = range
  }
}

/// A `>` block quote that is not a DocFX construct.
public struct BlockQuote: Sendable, Hashable {
  public var blocks: [Block]
  public var range: SourceRange?

  public init(blocks: [Block], range: SourceRange? = nil) {
    self.blocks = blocks
    self.range = range
  }
}

/// A bullet or ordered list.
public struct List: Sendable, Hashable {
  /// One item of a list.
  public struct Item: Sendable, Hashable {
    public var blocks: [Block]
    public var range: SourceRange?

    public init(blocks: [Block], range: SourceRange? = nil) {
      self.blocks = blocks
      self.range = range
    }
  }

  public var ordered: Bool
  /// The first number of an ordered list.
  public var start: Int
  public var tight: Bool
  public var items: [Item]
  public var range: SourceRange?

  public init(ordered: Bool, start: Int = 1, tight: Bool, items: [Item], range: SourceRange? = nil) {
    self.ordered = ordered
    self.start = start
    self.tight = tight
    self.items = items
    self.range = range
  }
}

/// A fenced or indented code block.
public struct CodeBlock: Sendable, Hashable {
  /// The info string of a fenced block (`powershell`, `json`), empty otherwise.
  public var info: String
  public var code: String
  public var range: SourceRange?

  public init(info: String, code: String, range: SourceRange? = nil) {
    self.info = info
    self.code = code
    self.range = range
  }
}

/// A raw HTML block, kept verbatim.
public struct HTMLBlock: Sendable, Hashable {
  public var html: String
  public var range: SourceRange?

  public init(html: String, range: SourceRange? = nil) {
    self.html = html
    self.range = range
  }
}
