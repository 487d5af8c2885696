import DocModel
import DocParser
import DocTestSupport
import Testing

/// `lookup` over typed fields: codes in any written form, status codes inside text, and every tied entry.
@Suite("Looking up codes and statuses")
struct TypedLookupTests {
  static let configuration = """
    sourceLocale: en-US
    catalogs:
      - name: UpdateErrors
        pages: [update.md]
        key: [code]
        fields:
          code: {type: code, header: Error code}
          symbol: {type: text, header: Symbol, translated: false}
          description: {type: markdown, header: Description}
      - name: DeliveryErrors
        pages: [delivery.md]
        key: [status]
        fields:
          status: {type: status, header: Enhanced status code}
          description: {type: text, header: Description}
      - name: ConnectorErrors
        pages: [connectors.md]
        key: [message, app]
        fields:
          message: {type: pattern, header: Error message}
          app: {type: enum, any: All apps, header: App}

    """

  static func catalog() throws -> Catalog {
    let docs = try MarkedDocs([
      "doccatalog.yml": Self.configuration,
      "en-US/update.md": """
      |Error code|Symbol|Description|
      |-|-|-|
      |0x8024A000|WU_E_AU_NOSERVICE|Automatic Updates was unable to service incoming requests.|
      |0x8024A002|WU_E_AU_NONLEGACYSERVER|The old version of Automatic Updates was stopped.|

      """,
      "en-US/delivery.md": """
      |Enhanced status code|Description|
      |-|-|
      |5.7.1|Delivery not authorized.|
      |550 5.4.1|Relay access denied.|
      |4.4.7|Message expired.|

      """,
      "en-US/connectors.md": """
      |Error message|App|
      |-|-|
      |Service timeout|All apps|
      |Service timeout|Okta|
      |Service timeout|Box|
      |Token expired|Box|

      """,
    ])
    return try docs.catalog()
  }

  @Test func aCodeIsFoundInEveryWrittenForm() throws {
    let catalog = try Self.catalog()
    for text in ["0x8024A000", "8024A000", "-2145083392", "Windows Update error 0x8024a000 occurred"] {
      let found = catalog.lookupAll(text)
      #expect(found.map(\.catalog) == ["UpdateErrors"], "\(text)")
      #expect(found.first?.id.hasPrefix("0x8024a000-") == true, "\(text): \(found.map(\.id))")
    }
    #expect(catalog.lookupAll("0x8024A001").isEmpty)
  }

  @Test func aStatusIsFoundInsideALongerText() throws {
    let catalog = try Self.catalog()
    #expect(catalog.lookup("550 5.4.1 Relay Access Denied")?.id.hasPrefix("550-5-4-1-") == true)
    #expect(catalog.lookup("Remote Server returned '5.4.1 Relay Access Denied'")?.id.hasPrefix("550-5-4-1-") == true)
    #expect(catalog.lookup("#< #5.7.1 smtp;550 5.7.1 Delivery not authorized>")?.id.hasPrefix("5-7-1-") == true)
    // Another reply code is another status's; a reply code of another class is no reply code of its.
    #expect(catalog.lookupAll("554 5.4.1").isEmpty)
    #expect(catalog.lookup("451 5.4.1")?.id.hasPrefix("550-5-4-1-") == true)
    #expect(catalog.lookupAll("Server returned 5.0.0").isEmpty)
  }

  /// Entries that match equally well are all returned, in source order; an app narrows them, and the rows
  /// of "All apps" concern every app.
  @Test func tiesAreAllReturnedAndTheAnyValueMatchesEveryApp() throws {
    let catalog = try Self.catalog()
    let ties = catalog.lookupAll("Service timeout")
    #expect(ties.count == 3)
    #expect(ties.map { $0.locales["en-US"]![1].text } == ["All apps", "Okta", "Box"])
    #expect(catalog.lookup("Service timeout")?.id == ties.first?.id)
    #expect(
      catalog.lookupAll("Service timeout", app: "okta").map { $0.locales["en-US"]![1].text } == ["All apps", "Okta"])
    #expect(
      catalog.lookupAll("Service timeout", app: "Salesforce").map { $0.locales["en-US"]![1].text } == ["All apps"])
    #expect(catalog.lookupAll("Token expired", app: "Okta").isEmpty)
  }
}
