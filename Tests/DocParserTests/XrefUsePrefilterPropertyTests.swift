import DocModel
import DocTestSupport
import Testing

@testable import DocParser

/// A page whose bytes hold neither `xref` (in any case) nor what an `@uid` shorthand needs is not walked
/// for its xrefs; these tests hold that shortcut to the walk: such a page makes no xref, however its
/// addresses are written (as written, escaped, or through character references).
@Suite("The page-wide check for xrefs")
struct XrefUsePrefilterPropertyTests {
  static let pieces = [
    "<xref:System.String>", "<XREF:Upper>", "[text](xref:a.b)", "[text](XRef:Mixed)", "[t](xref\\:escaped)",
    "[t](&#120;ref:decimal)", "[t](&#x58;REF:hex)", "[t](xref&colon;named)", "[t](x&#114;ef:inner)", "@Short.Uid",
    "xre", "ref:", "x", "X", "[t](xre)", "[t](ref:a)", "[x](b.md)", "<x-ref:a>", "word", " ", "\n", "\n\n", "**",
    "`xref:code`", "| a | b |\n|---|---|\n| [c](xref:d) | e |\n", "| p | q |\n|---|---|\n| r | s |\n", "> ", "- ",
    "\\", "&amp;", "[r]: xref:defined\n", "[r]",
  ]

  func page(_ random: inout SeededRandom) -> String {
    (0..<Int(random.next() % 10)).map { _ in Self.pieces.randomElement(using: &random)! }.joined()
  }

  /// Every page that makes an xref is one the check lets through; pages of both kinds are generated.
  @Test(arguments: [81, 82] as [UInt64])
  func noSkippedPageMakesAnXref(seed: UInt64) {
    var generator = SeededRandom(seed: seed)
    let parser = MarkdownParser()
    var skipped = 0
    var withXrefs = 0
    for _ in 0..<3_000 {
      let markdown = page(&generator)
      let mayHold = XrefUse.mayHold(Array(markdown.utf8))
      if !mayHold { skipped += 1 }
      let uses = XrefUse.all(in: parser.parse(markdown, path: "page.md").document)
      if !uses.isEmpty {
        withXrefs += 1
        #expect(mayHold, "\(markdown.debugDescription) makes \(uses.count) xrefs")
      }
    }
    #expect(skipped > 500)
    #expect(withXrefs > 500)
  }
}
