import DocModel
import DocParser
import DocTestSupport
import Testing

extension RealisticErrors.Case: CustomTestStringConvertible {}

@Suite("Looking up error texts")
struct LookupTests {
  static let catalog: Catalog = {
    (try? DocSetFixture.build(Paths.docs).0) ?? Catalog(sourceLocale: "", locales: [], catalogs: [], pages: [], entries: [])
  }()

  @Test("Realistic error text", arguments: RealisticErrors.cases)
  func realisticErrorFindsItsEntry(_ error: RealisticErrors.Case) throws {
    let entries = Self.catalog.entries
    #expect(entries.count == 31)
    let found = Self.catalog.lookup(error.text, app: error.app)
    let expected = error.entry.map { entries[$0].id }
    #expect(found?.id == expected)
  }

  @Test func patternsTurnPlaceholdersIntoWildcards() {
    let pattern = MessagePattern(message: "Tenant 998cea7e-35cd-46a5-ab3c-8ec88a45d7d5 (Tenant_ID goes here) {0} <name> %.*ls … end")
    #expect(pattern.alternatives == [["tenant", "end"]])
    #expect(MessagePattern(message: "Cannot reach <your IoT hub> now").alternatives == [["cannotreach", "now"]])
    #expect(MessagePattern(message: "Send {\"a\": 1}").alternatives == [["senda1"]], "JSON braces are not placeholders")
  }

  @Test func eachLineIsAnAlternativeAndVagueLinesAreDropped() {
    let pattern = MessagePattern(message: "Get events: {\"code\":403}\n…\n\"ab\"")
    #expect(pattern.alternatives == [["geteventscode403"]])
    #expect(pattern.specificity(inNormalized: MessagePattern.normalize("x get events {\"code\": 403} y")) == 16)
    #expect(pattern.specificity(inNormalized: "ab") == nil)
  }

  @Test func normalizationIgnoresCaseSpacingQuotesAndEscapes() {
    #expect(MessagePattern.normalize(#"Server  returned: {\"Error\": \"X\"}"#) == "serverreturnederrorx")
    #expect(MessagePattern.normalize("ＡＢＣ ü 日本") == "ａｂｃü日本")
  }

  @Test func bestLocaleFallsBackByLanguageThenToTheSource() {
    #expect(Self.catalog.bestLocale(for: "ja_JP") == "ja-JP")
    #expect(Self.catalog.bestLocale(for: "ja") == "ja-JP")
    #expect(Self.catalog.bestLocale(for: "JA-jp") == "ja-JP")
    #expect(Self.catalog.bestLocale(for: "fr-FR") == "en-US")
  }
}
