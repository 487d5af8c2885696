import DocTestSupport
import DocValidation
import Testing

@Suite("link.duplicate-uid")
struct XrefDuplicateUIDTests {
  /// Found at the `uid:` of the page that declares it second (the source locale's pages first, by path); a
  /// translation declaring its source page's uid is no duplicate.
  @Test func aSecondPageWithTheSameUidIsFoundAtItsUidLine() throws {
    let page = { (title: String, marker: String) in
      """
      ---
      title: \(title)
      description: A page.
      ms.date: 01/15/2024
      \(marker)uid: shared
      ---
      # \(title)

      """
    }
    let docs = try MarkedDocs([
      "en-US/a.md": page("A", ""),
      "en-US/b.md": page("B", "1️⃣"),
      "ja-JP/a.md": page("A ja", ""),
    ])
    #expect(try docs.findings(of: XrefDuplicateUID.self) == docs.places("1️⃣"))
    #expect(
      try docs.messages(of: XrefDuplicateUID.self) == [
        "uid 'shared' is already declared by 'a.md'; xrefs to it lead there"
      ])
  }
}
