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

  /// A second catalog of the same name is refused at its name; the first, and a name differing in case, are not.
  @Test func aSecondCatalogOfTheSameNameIsFoundAtItsName() throws {
    let catalog = "    pages: [errors.md]\n    columns: {message: {en-US: Error message}}\n"
    let docs = try MarkedDocs([
      "doccatalog.yml": "sourceLocale: en-US\ncatalogs:\n  - name: Errors\n" + catalog + "  - name: errors\n" + catalog
        + "  - name: 1️⃣Errors\n" + catalog,
      "en-US/errors.md": "# Errors\n",
    ])
    #expect(try docs.findings(of: ConfigInvalid.self) == docs.places("1️⃣"))
    #expect(
      try docs.messages(of: ConfigInvalid.self) == [
        "another catalog is already named 'Errors'; each catalog needs a name of its own"
      ])
  }
}
