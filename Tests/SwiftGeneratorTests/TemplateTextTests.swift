import Testing

@testable import SwiftGenerator

@Suite("Swift templates")
struct TemplateTextTests {
  /// swift-mustache's parser measures a template with a character other than ASCII by characters, from the
  /// start, at every tag: the catalog template, parsed on every build, would take quadratic time.
  @Test func theBuiltInTemplatesAreASCII() {
    #expect(DefaultTemplates.swiftCatalog.utf8.allSatisfy { $0 < 0x80 })
    #expect(DefaultTemplates.swiftEntry.utf8.allSatisfy { $0 < 0x80 })
  }
}
