import DocModel
import DocTestSupport
import Testing

@testable import DocParser

/// A page whose bytes cannot give an `@` skips the search for `@uid` shorthands in every text; these tests
/// hold that shortcut to what the search would see: no text of such a page holds an `@`, however it came
/// to be there (written, or decoded from a character reference).
@Suite("The page-wide check for @uid shorthands")
struct XrefShorthandPrefilterPropertyTests {
  static let pieces = [
    "@System.String", "@'quoted uid'", "&#64;Decoded.Uid", "&#x40;hex", "&#0064;padded", "&commat;named", "a@b.com",
    "&amp;", "&copy;", "& ", "&#35;", "x", "word", " ", "\n", "\n\n", "**", "*", "_", "`code`", "[link](target.md)",
    "<br>", "| a | b |\n|---|---|\n| c &#64;d | e |\n", "| p | q |\n|---|---|\n| r | s |\n", "# ", "> ", "- ", "\\",
  ]

  func page(_ random: inout SeededRandom) -> String {
    (0..<Int(random.next() % 12)).map { _ in Self.pieces.randomElement(using: &random)! }.joined()
  }

  /// Every text of a page that holds an `@` comes from a page the check lets through, so the shortcut never
  /// leaves a shorthand unread; and pages of both kinds are generated.
  @Test(arguments: [71, 72] as [UInt64])
  func noTextOfASkippedPageHoldsAnAt(seed: UInt64) {
    var generator = SeededRandom(seed: seed)
    let parser = MarkdownParser()
    var skipped = 0
    var xrefs = 0
    for _ in 0..<3_000 {
      let markdown = page(&generator)
      let mayHold = XrefShorthand.mayHold(Array(markdown.utf8))
      if !mayHold { skipped += 1 }
      var texts: [String] = []
      parser.parse(markdown, path: "page.md").document.forEachBlock { block in
        switch block {
        case .paragraph(let paragraph): Self.collect(paragraph.inlines, into: &texts, xrefs: &xrefs)
        case .heading(let heading): Self.collect(heading.inlines, into: &texts, xrefs: &xrefs)
        case .table(let table): table.forEachCell { Self.collect($0.inlines, into: &texts, xrefs: &xrefs) }
        default: break
        }
      }
      for text in texts where text.utf8.contains(UInt8(ascii: "@")) {
        #expect(mayHold, "\(markdown.debugDescription): \(text.debugDescription)")
      }
    }
    #expect(skipped > 500)
    #expect(xrefs > 500, "shorthands are found on the pages that hold them")
  }

  private static func collect(_ inlines: [Inline], into texts: inout [String], xrefs: inout Int) {
    for inline in inlines {
      switch inline {
      case .text(let text): texts.append(text)
      case .emphasis(let children), .strong(let children): collect(children, into: &texts, xrefs: &xrefs)
      case .link(let link): collect(link.children, into: &texts, xrefs: &xrefs)
      case .xref(let xref):
        xrefs += 1
        collect(xref.children, into: &texts, xrefs: &xrefs)
      default: break
      }
    }
  }
}
