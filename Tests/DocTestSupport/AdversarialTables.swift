/// Random Markdown documents built to find where DocCatalog's tables and cmark-gfm's disagree: pipe tables in
/// and around containers, with the shapes that once disagreed (issue #21) over-represented.
///
/// Each document is a few pieces, each one of the ``Shape``s, joined by newlines (sometimes a blank line).
/// The generator leaves out what is documented as a difference in the CommonMark version rather than in the
/// tables (the README lists the known differences from cmark-gfm): numeric entities of 8 digits, and a type-7 HTML line
/// after a paragraph's lazy line; and, with `closesListsBeforeIndentedText` false, text indented into a list
/// that a lazy line after a table closed, which DocCatalog does not read again.
public struct AdversarialTables {
  /// The shapes a piece can take.
  public enum Shape: CaseIterable, Sendable {
    /// Lines of random container prefixes and table-like contents.
    case randomLines
    /// Several list markers, or a block quote and markers, opening on one line before a table.
    case nestedMarkersOnOneLine
    /// Tabs after `>` at every column, before a delimiter row or a row.
    case tabsAfterBlockQuote
    /// Link reference definitions inside block quotes and list items, used from a table's cells.
    case definitionsInContainers
    /// A table in a list item or block quote ended by a lazy line, then more text.
    case lazyLineClosingAList
  }

  public var random: SeededRandom
  /// Whether a lazy line that closed a list after a table may be followed by text indented as the list's.
  public var closesListsBeforeIndentedText = false

  public init(seed: UInt64) {
    random = SeededRandom(seed: seed)
  }

  static let containerPrefixes = [
    "", "", "", "> ", ">", "> > ", ">>", ">\t", "> >\t", " >\t", "  >\t", "- ", "* ", "+ ", "1. ", "2) ", "  ",
    "   ", "    ", "\t", "- - ", "1. - ", "* + ", "- 1. ", "- > ", "> - ", "> 1. ", "-\t", "1.\t",
  ]
  static let contents = [
    "a|b", "|a|b|", "a | b | c", "-|-", "|-|-|", ":-|-:", "-|-|-", "---", "|---|", "===", "c", "d|e", "x",
    "[r]: /url", "[r]:", "/url", "\"title\"", "[a]: /u x", "[x][r]", "| [x][r] |", "| a |", "`a|b`", "a\\|b",
    "&amp;|b", "*a|b*", "Title", "", "|", "||", "\\", "[x][r] &amp; \\|",
  ]
  static let markers = ["- ", "* ", "+ ", "1. ", "2) ", "-\t", "> ", ">"]
  static let definitions = ["[r]: /url", "[r]: /url \"t\"", "[r]:\n/url", "[r]: /url\n\"t\"", "[a]: /u x\n[r]: /v"]

  /// One document.
  public mutating func document() -> String {
    var pieces: [String] = []
    for _ in 0..<(1 + Int(random.next() % 3)) {
      pieces.append(piece(Shape.allCases.randomElement(using: &random)!))
    }
    return pieces.joined(separator: pick(["\n", "\n\n"])) + "\n"
  }

  /// One piece of a given shape.
  public mutating func piece(_ shape: Shape) -> String {
    switch shape {
    case .randomLines:
      return (0..<(2 + Int(random.next() % 5))).map { _ in
        pick(Self.containerPrefixes) + pick(Self.contents)
      }.joined(separator: "\n")
    case .nestedMarkersOnOneLine:
      let opened = (0..<(2 + Int(random.next() % 2))).map { _ in pick(Self.markers) }
      let width = opened.reduce(0) { $0 + columns(of: $1, from: $0) }
      // Continuation lines at the content column, a column off either way, or with the quotes repeated.
      let indent = max(0, width + pick([0, 0, 0, -1, 1, -2]))
      let continuation =
        opened.contains { $0.hasPrefix(">") } && random.next() % 2 == 0
        ? opened.map { $0.hasPrefix(">") ? $0 : String(repeating: " ", count: $0.count) }.joined()
        : String(repeating: " ", count: indent)
      var lines = [opened.joined() + pick(["a|b", "|a|b|", "a"])]
      lines.append(continuation + pick(["-|-", "|-|-|", "-", ":-:|-"]))
      for _ in 0..<Int(random.next() % 3) { lines.append(pick([continuation, "", "  "]) + pick(["c|d", "e", "|f|"])) }
      return lines.joined(separator: "\n")
    case .tabsAfterBlockQuote:
      let quote = { (s: inout Self) in
        s.pick(["", " ", "  ", "   "])
          + (0..<(1 + Int(s.random.next() % 3))).map { _ in s.pick([">", "> ", ">\t"]) }.joined()
      }
      var lines = [quote(&self) + pick(["a|b", "|a|b|", "\ta|b"])]
      lines.append(quote(&self) + pick(["\t-|-", "-|-", " \t-|-", "\t\t-|-", "  \t|-|-|"]))
      for _ in 0..<Int(random.next() % 3) { lines.append(quote(&self) + pick(["\tc|d", "c|d", "\t\tc", "  \t|x|"])) }
      return lines.joined(separator: "\n")
    case .definitionsInContainers:
      let container = pick(["- ", "> ", "- > ", "> - ", "1. ", "> > ", "  ", "* + "])
      let continuation = pick([container, String(repeating: " ", count: container.count), ""])
      let lines = pick(Self.definitions).split(separator: "\n", omittingEmptySubsequences: false)
      let definition = ([container + lines[0]] + lines.dropFirst().map { continuation + $0 }).joined(separator: "\n")
      let before = random.next() % 4 == 0 ? pick(["Title\n---\n", "# Head\n", "Text\n\n", "Title\n===\n"]) : ""
      let cell = pick(["[x][r]", "[x][r] &amp; \\|", "[r]", "[x][a] \\|", "![i][r]"])
      let table = "| a |\n|---|\n| \(cell) |"
      return random.next() % 3 == 0 ? table + "\n\n" + before + definition : before + definition + "\n\n" + table
    case .lazyLineClosingAList:
      let container = pick(["- ", "> ", "1. ", "- - ", "> - ", "* "])
      let continuation = container.hasPrefix(">") ? container : String(repeating: " ", count: container.count)
      var lines = [container + "a|b", continuation + "-|-"]
      if random.next() % 2 == 0 { lines.append(continuation + "c|d") }
      lines.append(pick(["lazy", "lazy|x", "x|y"]))
      if random.next() % 2 == 0 { lines.append(pick(["more", "-|-", "|-|"])) }
      lines.append("")
      let indent = closesListsBeforeIndentedText ? pick(["", "  ", "   "]) : ""
      lines.append(indent + pick(["d", "d|e", "|d|"]))
      lines.append(pick(["|-", "-|-", "|-|-|"]))
      return lines.joined(separator: "\n")
    }
  }

  private mutating func pick<T>(_ choices: [T]) -> T { choices.randomElement(using: &random)! }

  /// The columns a marker takes when it starts at `column` (tabs to the next stop of four).
  private func columns(of marker: String, from column: Int) -> Int {
    var end = column
    for byte in marker.utf8 { end = byte == 0x09 ? (end / 4 + 1) * 4 : end + 1 }
    return end - column
  }
}
