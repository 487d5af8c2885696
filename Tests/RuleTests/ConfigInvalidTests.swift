import DocParser
import DocTestSupport
import Testing

@Suite("config.invalid")
struct ConfigInvalidTests {
  /// Found at the key or value that is wrong; `off` and the severities are right. Validation stops there.
  @Test func unknownKeysAndSeveritiesAreFoundWhereTheyAreWritten() throws {
    let docs = try MarkedDocs([
      "doccatalog.yml": """
      sourceLocale: en-US
      1️⃣colour: red
      rules:
        table.empty-key-cell: off
        table.renderer-difference: note
        table.cell-count-mismatch: 2️⃣loud

      """,
      "en-US/errors.md": "# Errors\n",
    ])
    let findings = try docs.findings(of: ConfigInvalid.self)
    #expect(findings == docs.places("1️⃣", "2️⃣"))
    let messages = try docs.messages(of: ConfigInvalid.self)
    #expect(
      messages == [
        "unknown key 'colour'; expected one of catalogs, doNotTranslate, externalPages, glossary, locales, outputs, "
          + "requiredFrontMatter, rules, sourceLocale",
        "rule severity must be 'error', 'warning', 'note' or 'off'",
      ])
  }
}
