import DocModel
import DocParser
import DocTestSupport
import Foundation
import Testing

/// Differential testing against `cmark-gfm -e table` on random adversarial documents (``AdversarialTables``):
/// every table, row, cell and alignment must agree, with cells read from their paragraph and read one by one.
///
/// Each run reads `DIFFERENTIAL_DOCUMENTS` documents of each shape (150 by default) from `DIFFERENTIAL_SEED`
/// (fixed by default, so that a run is repeatable); `make fuzz-tables` runs many more from a new seed.
@Suite("Random adversarial tables agree with cmark-gfm")
struct TableDifferentialTests {
  static let environment = ProcessInfo.processInfo.environment
  static let documents = environment["DIFFERENTIAL_DOCUMENTS"].flatMap { Int($0) } ?? 150
  static let seed = environment["DIFFERENTIAL_SEED"].flatMap { UInt64($0) } ?? 21

  @Test(arguments: AdversarialTables.Shape.allCases)
  func shape(_ shape: AdversarialTables.Shape) throws {
    let index = AdversarialTables.Shape.allCases.firstIndex(of: shape)!
    var generator = AdversarialTables(seed: Self.seed &* 31 &+ UInt64(index))
    try expectAgreement((0..<Self.documents).map { _ in generator.piece(shape) + "\n" }, "\(shape)")
  }

  @Test func mixedShapes() throws {
    var generator = AdversarialTables(seed: Self.seed &* 31 &+ 99)
    try expectAgreement((0..<Self.documents).map { _ in generator.document() }, "mixed")
  }

  private func expectAgreement(_ documents: [String], _ name: String) throws {
    var disagreements: [String] = []
    for document in documents {
      if let difference = try Self.disagreement(document) { disagreements.append(difference) }
    }
    // The shortest first: the easiest to read.
    let shown = disagreements.sorted { $0.count < $1.count }.prefix(5).joined(separator: "\n")
    #expect(
      disagreements.isEmpty,
      "\(name): \(disagreements.count) of \(documents.count) disagree, seed \(Self.seed):\n\(shown)")
  }

  /// How the document's tables differ from cmark-gfm's, or nil when they agree.
  static func disagreement(_ document: String) throws -> String? {
    let bytes = Array(document.utf8)
    let expected = try CMarkGFMOracle.tables(in: bytes)
    var cellByCell = MarkdownParser(interpretsDocFX: false)
    cellByCell.readsFirstPassCells = false
    for parser in [MarkdownParser(interpretsDocFX: false), cellByCell] {
      let actual = parser.parse(bytes: bytes, path: "random.md").document.tables.map(OracleTable.init)
      if actual != expected {
        let reading = parser.readsFirstPassCells ? "" : " (cells read one by one)"
        return "\(document.debugDescription)\(reading)\n  mine:      \(actual)\n  cmark-gfm: \(expected)"
      }
    }
    return nil
  }
}
