import DocParser
import DocTestSupport
import Testing

@Suite("docfx.snippet-too-large")
struct DocFXSnippetTooLargeTests {
  static let frontMatter = "---\ntitle: Guide\ndescription: A guide.\nms.date: 01/15/2024\n---\n# Guide\n\n"

  /// Found at a snippet whose file is larger than a snippet file may be, and at each snippet past the
  /// page's budget once a file that fits is shown again and again.
  @Test func largeSnippetsAreFoundAtTheSnippet() throws {
    let line = String(repeating: "x", count: 99) + "\n"
    let big = String(repeating: line, count: 11_000)
    let fits = String(repeating: line, count: 9_000)
    let copies = Array(repeating: ":::code source=\"fits.txt\":::\n\n", count: 8).joined()
    let docs = try MarkedDocs([
      "en-US/guide.md": Self.frontMatter + "1️⃣:::code source=\"big.txt\":::\n\n" + copies
        + "2️⃣:::code source=\"fits.txt\":::\n",
      "en-US/big.txt": big,
      "en-US/fits.txt": fits,
    ])
    #expect(try docs.findings(of: DocFXSnippetTooLarge.self) == docs.places("1️⃣", "2️⃣"))
  }

  /// Near miss: a file just within the bound, shown once.
  @Test func aSnippetWithinTheBoundIsNotFound() throws {
    let docs = try MarkedDocs([
      "en-US/guide.md": Self.frontMatter + ":::code source=\"fits.txt\":::\n",
      "en-US/fits.txt": String(repeating: "x", count: (1 << 20) - 1) + "\n",
    ])
    #expect(try docs.findings(of: DocFXSnippetTooLarge.self) == [])
  }
}
