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
          + "requiredFrontMatter, rules, site, sourceLocale, swift, xrefmaps",
        "rule severity must be 'error', 'warning', 'note' or 'off'",
      ])
  }

  /// The `swift:` settings: an access level, a source of strings or a table name that is none of those it
  /// takes is found at its value, an unknown key at itself; the right ones pass.
  @Test func swiftSettingsThatAreWrongAreFoundAtTheirValues() throws {
    let docs = try MarkedDocs([
      "doccatalog.yml":
        "sourceLocale: en-US\nswift:\n  access: 1️⃣open\n  strings: 2️⃣bundle\n  table: 3️⃣\"../x\"\n  4️⃣bundle: main\n",
      "en-US/errors.md": "# Errors\n",
    ])
    #expect(try docs.findings(of: ConfigInvalid.self) == docs.places("1️⃣", "2️⃣", "3️⃣", "4️⃣"))
    #expect(
      try docs.messages(of: ConfigInvalid.self) == [
        "'access' must be 'public' or 'internal', not 'open'",
        "'strings' must be 'literals' or 'catalog', not 'bundle'",
        "'table' must be a String Catalog's name of ASCII letters, digits, '-' and '_' such as 'Errors', not '../x'",
        "unknown key 'bundle'; expected one of access, strings, table",
      ])
    let near = try MarkedDocs([
      "doccatalog.yml": "sourceLocale: en-US\nswift: {access: public, strings: catalog, table: App-Errors_2}\n",
      "en-US/errors.md": "# Errors\n",
    ])
    #expect(try near.findings(of: ConfigInvalid.self).isEmpty)
    let notAMapping = try MarkedDocs([
      "doccatalog.yml": "sourceLocale: en-US\nswift: 1️⃣public\n", "en-US/errors.md": "# Errors\n",
    ])
    #expect(try notAMapping.findings(of: ConfigInvalid.self) == notAMapping.places("1️⃣"))
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

  /// Locale names become folders and links: one that is not a BCP 47 tag is refused at its node, the
  /// configuration with it; well-formed tags of every shape pass.
  @Test func localesThatAreNoLanguageTagsAreFound() throws {
    let docs = try MarkedDocs([
      "doccatalog.yml":
        "sourceLocale: en-US\nlocales: [en-US, 1️⃣\"..\", zh-Hant-TW, es-419, 2️⃣\"javascript:alert(1);x=1\", de-DE-1996]\n",
      "en-US/guide.md": "# Guide\n",
    ])
    #expect(try docs.findings(of: ConfigInvalid.self) == docs.places("1️⃣", "2️⃣"))
    #expect(
      try docs.messages(of: ConfigInvalid.self).first
        == "locale '..' is not a BCP 47 language tag such as 'en-US', 'ja-JP' or 'zh-Hant-TW'")
    let near = try MarkedDocs([
      "doccatalog.yml":
        "sourceLocale: en-us\nlocales: [en-us, zh-Hant-TW, es-419, sl-rozaj-biske, und, en-US-x-private]\n",
      "en-us/guide.md": "# Guide\n",
    ])
    #expect(try near.findings(of: ConfigInvalid.self) == [])
  }

  /// A key written twice in one mapping is found at that mapping; keys that read alike as text are one key,
  /// whether quoted or not.
  @Test func duplicateKeysAreFoundAtTheirMapping() throws {
    let docs = try MarkedDocs([
      "doccatalog.yml": "sourceLocale: en-US\nrules:\n  1️⃣table.empty-key-cell: off\n  \"table.empty-key-cell\": note\n",
      "en-US/guide.md": "# Guide\n",
    ])
    #expect(try docs.findings(of: ConfigInvalid.self) == docs.places("1️⃣"))
    #expect(
      try docs.messages(of: ConfigInvalid.self)
        == ["configuration is not valid YAML: duplicate keys 'table.empty-key-cell'"])
  }

  /// An alias is refused at the alias, before anything expands it: here one used as a key, which Yams
  /// hashed whole (an exponential tree) to look for duplicate keys.
  @Test func aliasesAreRefusedBeforeTheyExpand() throws {
    var yaml = "sourceLocale: en-US\na: &a [x, x, x, x, x, x, x, x, x]\n"
    var previous = "a"
    for level in 1...12 {
      yaml += "b\(level): &b\(level) [" + Array(repeating: "*" + previous, count: 9).joined(separator: ", ") + "]\n"
      previous = "b\(level)"
    }
    let docs = try MarkedDocs(["doccatalog.yml": yaml + "? *\(previous)\n: 1\n", "en-US/guide.md": "# Guide\n"])
    #expect(try docs.findings(of: ConfigInvalid.self) == ["doccatalog.yml:3:10"])
    #expect(
      try docs.messages(of: ConfigInvalid.self)
        == ["configuration uses the YAML alias '*a'; aliases are not allowed (write the value out)"])
  }

  /// An output written where none may go (outside the project, onto the docs folder or a page) is found at
  /// its path, by `validate` too; one inside the project is fine.
  @Test func outputsWhereNoneMayGoAreFoundAtTheirPaths() throws {
    let docs = try MarkedDocs([
      "doccatalog.yml": DocSetFixture.configuration + """

        outputs:
          json: 1️⃣../../escaped/catalog.json
          swift: generated/Catalog.swift
          html: 2️⃣""

        """,
      "en-US/errors.md": "# Errors\n",
    ])
    #expect(try docs.findings(of: ConfigInvalid.self) == docs.places("1️⃣", "2️⃣"))
    let messages = try docs.messages(of: ConfigInvalid.self)
    #expect(messages.count == 2)
    #expect(messages.first?.hasPrefix("output 'json': '../../escaped/catalog.json' leads outside the project") == true)
    #expect(messages.last == "output 'html': '' is the docs folder")
  }
}

@Suite("config.invalid: catalog fields")
struct ConfigInvalidFieldTests {
  /// A configuration of one catalog, `Errors` of `errors.md`, whose definition goes on with `rest`.
  static func catalog(_ rest: String) -> String {
    "sourceLocale: en-US\ncatalogs:\n  - name: Errors\n    pages: [errors.md]\n" + rest
  }

  /// Each problem of a catalog's fields is found at the node that has it; the catalog is refused.
  @Test func fieldProblemsAreFoundWhereTheyAreWritten() throws {
    let docs = try MarkedDocs([
      "doccatalog.yml": Self.catalog(
        """
            key: [code, 1️⃣cause]
            lookup: [2️⃣symbol]
            fields:
              code: {type: 3️⃣hresult, header: Error code}
              4️⃣error-text: {header: Message}
              message: 5️⃣{type: text}
              app: {type: text, any: 6️⃣All apps, header: App}
              detail: {header: Detail, required: 7️⃣sometimes, 8️⃣colour: red}

        """),
      "en-US/errors.md": "# Errors\n",
    ])
    #expect(try docs.findings(of: ConfigInvalid.self) == docs.places("1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣"))
    #expect(
      try docs.messages(of: ConfigInvalid.self) == [
        "unknown key field 'cause'",
        "unknown lookup field 'symbol'",
        "unknown field type 'hresult'; expected one of text, markdown, integer, code, status, enum, pattern, date, links, list",
        "field name 'error-text' must be an identifier such as 'errorCode'",
        "field 'message' needs 'header': its column's header text, or a mapping of locales to header texts",
        "'any' is for enum fields; field 'app' is not one",
        "'required' must be true or false",
        "unknown key 'colour' in a field; expected one of any, header, required, translated, type",
      ])
  }

  /// A flag reads as YAML reads a bool: a plain `yes`, `True`, `OFF` or `tRuE` is one; a quoted `"true"`, a
  /// `!!str` and a number are refused at their values.
  @Test func flagsReadAsYAMLBools() throws {
    let docs = try MarkedDocs([
      "doccatalog.yml": Self.catalog(
        """
            key: [code]
            fields:
              code: {header: Code, required: yes, translated: OFF}
              message: {header: Message, required: True, translated: tRuE}
              cause: {header: Cause, required: 1️⃣"true"}
              fix: {header: Fix, translated: 2️⃣!!str on}
              note: {header: Note, required: 3️⃣1}

        """),
      "en-US/errors.md": "# Errors\n",
    ])
    #expect(try docs.findings(of: ConfigInvalid.self) == docs.places("1️⃣", "2️⃣", "3️⃣"))
    #expect(
      try docs.messages(of: ConfigInvalid.self) == [
        "'required' must be true or false", "'translated' must be true or false", "'required' must be true or false",
      ])
  }

  /// The first form, `columns:`, reads as the four fields it knew; a fifth column says how to declare it.
  @Test func theFirstFormReadsAndShowsTheNewFormForOtherFields() throws {
    let docs = try MarkedDocs([
      "doccatalog.yml": """
      sourceLocale: en-US
      catalogs:
        - name: Errors
          pages: [errors.md]
          columns:
            message: {en-US: Error message}
            1️⃣code: {en-US: Error code}

      """,
      "en-US/errors.md": "# Errors\n",
    ])
    #expect(try docs.findings(of: ConfigInvalid.self) == docs.places("1️⃣"))
    #expect(
      try docs.messages(of: ConfigInvalid.self) == [
        "unknown field 'code' in 'columns', which knows message, app, description, resolution only; declare it "
          + "under 'fields' instead, as 'code: {type: text, header: {en-US: ...}}'"
      ])
    let both = try MarkedDocs([
      "doccatalog.yml": """
      sourceLocale: en-US
      catalogs:
        - name: Errors
          pages: [errors.md]
          fields: {message: {header: Error message}}
          columns: 1️⃣{message: {en-US: Error message}}

      """,
      "en-US/errors.md": "# Errors\n",
    ])
    #expect(try both.findings(of: ConfigInvalid.self) == both.places("1️⃣"))
  }
}
