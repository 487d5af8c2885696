import DocModel
import Testing

/// A row's fields and a localized entry's fields are reached by `CatalogField`, read and written.
@Suite("Catalog fields")
struct CatalogFieldsTests {
  @Test func eachFieldIsItsOwnSlot() {
    var fields = CatalogFields<Int>()
    for (number, field) in CatalogField.allCases.enumerated() {
      #expect(fields[field] == nil)
      fields[field] = number
    }
    #expect([fields.message, fields.app, fields.description, fields.resolution] == [0, 1, 2, 3])
    #expect(CatalogField.allCases.map { fields.map { $0 * 10 }[$0] } == [0, 10, 20, 30])
  }

  @Test func aLocalizedEntryIsReadAndWrittenByField() {
    func text(_ value: String) -> CatalogText { CatalogText(text: value, markdown: value) }
    var entry = LocalizedEntry(
      message: text("m"), app: text("a"), description: text("d"), resolution: text("r"), path: "x.md", line: 1,
      fallback: false)
    #expect(CatalogField.allCases.map { entry[$0].text } == ["m", "a", "d", "r"])
    entry[.description] = text("new")
    #expect(entry.description.text == "new")
    #expect([entry.message.text, entry.app.text, entry.resolution.text] == ["m", "a", "r"])
  }
}
