import DocTestSupport
import DocValidation
import Testing

@Suite("link.case-mismatch")
struct LinkCaseMismatchTests {
  /// A page or anchor named in another case resolves (no missing page or anchor), with a note at the
  /// destination giving the exact spelling; exact spellings get none.
  @Test func aLinkInAnotherCaseIsANoteWithTheExactSpelling() throws {
    let docs = try MarkedDocs([
      "en-US/guide.md": """
      # Guide

      ## Known heading

      Exact: [a](#known-heading), [b](sub/Other.md#more).

      In another case: [c](1️⃣#Known-Heading), [d](2️⃣sub/other.md), [e](3️⃣sub/Other.md#More).

      """,
      "en-US/sub/Other.md": "# Other\n\n## More\n",
    ])
    #expect(try docs.findings(of: LinkCaseMismatch.self) == docs.places("1️⃣", "2️⃣", "3️⃣"))
    #expect(
      try docs.messages(of: LinkCaseMismatch.self) == [
        "'#Known-Heading' is spelled '#known-heading' in this page",
        "linked page 'sub/other.md' is spelled 'sub/Other.md'",
        "'#More' is spelled '#more' in 'sub/Other.md'",
      ])
    #expect(try docs.findings(of: LinkMissingPage.self).isEmpty)
    #expect(try docs.findings(of: LinkMissingAnchor.self).isEmpty)
  }
}
