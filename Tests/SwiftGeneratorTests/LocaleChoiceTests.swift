import DocModel
import DocTestSupport
import Foundation
import SwiftGenerator
import Testing

/// The compiled catalog picks a locale from an ordered list of preferred languages as BCP 47 tags match, says
/// when the text is not in the language asked for, and reads as a `LocalizedError`.
@Suite("Generated locale choice", .serialized)
struct LocaleChoiceTests {
  static let configuration = """
    sourceLocale: en-US
    locales: [en-US, fr-FR, zh-TW]
    catalogs:
      - name: Errors
        pages: [errors.md]
        key: [message]
        fields:
          message: {type: pattern, header: {en-US: Error message, fr-FR: Error message, zh-TW: Error message}}
          description: {header: {en-US: Description, fr-FR: Description, zh-TW: Description}}
          resolution: {header: {en-US: Resolution, fr-FR: Resolution, zh-TW: Resolution}}
    """

  static func page(_ rows: [String]) -> String {
    "---\ntitle: Errors\n---\n# Errors\n\n|Error message|Description|Resolution|\n|-|-|-|\n"
      + rows.joined(separator: "\n") + "\n"
  }

  @Test func preferredLanguagesPickTheBestTranslation() throws {
    let fixture = try DocSetFixture([
      "doccatalog.yml": Self.configuration,
      "en-US/errors.md": Self.page(["|E1: failed|Disk failed.|Retry.|", "|E2: gone|Disk gone.|Replace it.|"]),
      "fr-FR/errors.md": Self.page(["|E1: failed|Disque en panne.|Réessayez.|"]),
      "zh-TW/errors.md": Self.page(["|E1: failed|磁碟故障。|重試。|"]),
    ])
    let (catalog, diagnostics) = try fixture.build()
    #expect(!diagnostics.contains { $0.severity == .error }, "\(diagnostics.map(\.formatted))")
    let source = try SwiftCatalogGenerator(access: .internal).generate(catalog, command: "test")
    let main = """
      import Foundation
      let e1 = Errors.lookup("E1: failed")!
      let e2 = Errors.lookup("E2: gone")!
      func show(_ text: Errors.Entry.Localized) { print(text.locale, text.isFallback, text.descriptionText) }
      show(e1.localized(preferring: ["zh-Hant-TW"]))
      show(e1.localized(preferring: ["fr_FR"]))
      show(e1.localized(preferring: ["fr-CA"]))
      show(e1.localized(preferring: ["zh-Hans-CN", "fr"]))
      show(e1.localized(preferring: ["de-DE"]))
      show(e1.localized(preferring: ["en-GB"]))
      show(e1.localized(preferring: []))
      show(e2.localized(preferring: ["zh-TW", "fr-FR"]))
      show(e1.localized(for: Locale(identifier: "zh_TW")))
      let error: any Error = e1
      print(error.localizedDescription == e1.localized().message, e1.recoverySuggestion == e1.localized().resolution)
      print(e1.failureReason == e1.localized().descriptionText, e1.errorDescription == "E1: failed")

      """
    let result = try SwiftCompiler.compileAndRun(["Errors.swift": source, "main.swift": main])
    #expect(result.status == 0, "\(result.standardError.prefix(3000))")
    #expect(
      result.output.split(separator: "\n").map(String.init) == [
        "zh-TW false 磁碟故障。",
        "fr-FR false Disque en panne.",
        "fr-FR false Disque en panne.",
        "fr-FR true Disque en panne.",
        "en-US true Disk failed.",
        "en-US false Disk failed.",
        "en-US false Disk failed.",
        "en-US true Disk gone.",
        "zh-TW false 磁碟故障。",
        "true true",
        "true true",
      ])
  }
}
