import DocModel
import DocTestSupport
import Testing

@testable import DocParser

/// A translation whose rows keep their source's keys, in order, is aligned row for row without the passes;
/// these tests hold that shortcut to the passes on every kind of translation.
@Suite("Aligning translated rows, the shortcut against the passes")
struct RowAlignerPropertyTests {
  static let messages = ["E1: failed", "E2: timeout", "E3", ""]
  static let apps = ["Box", "Okta", "ボックス", ""]

  func row(_ message: String, _ app: String, line: Int) -> CatalogRow {
    SeedFields.row(message: message, app: app, description: "text \(line)", line: line)
  }

  @Test(arguments: [81, 82, 83] as [UInt64])
  func theShortcutAgreesWithThePasses(seed: UInt64) {
    var random = SeededRandom(seed: seed)
    var rowForRow = 0
    for _ in 0..<3_000 {
      let source = (0..<Int(random.next() % 7)).map { line in
        row(Self.messages.randomElement(using: &random)!, Self.apps.randomElement(using: &random)!, line: line)
      }
      var target = source.map { row($0.values[.message]!.text, $0.values[.app]!.text, line: $0.line + 100) }
      switch random.next() % 5 {
      case 0: break  // the same keys, in order: the shortcut
      case 1: target.shuffle(using: &random)
      case 2: if !target.isEmpty { target.remove(at: Int(random.next() % UInt64(target.count))) }
      case 3: target.append(row(Self.messages.randomElement(using: &random)!, "Box", line: 200))
      default:
        if !target.isEmpty {
          let index = Int(random.next() % UInt64(target.count))
          target[index] = row(
            Self.messages.randomElement(using: &random)!, Self.apps.randomElement(using: &random)!, line: 300)
        }
      }
      for key in [[SeedField.message], [.message, .app], [.app]] {
        let definition = SeedFields.definition(key: key)
        let aligned = RowAligner.align(source: source, target: target, definition: definition)
        #expect(aligned == RowAligner.alignByPasses(source: source, target: target, definition: definition), "\(key)")
        if aligned == source.indices.map({ $0 }) && source.count == target.count { rowForRow += 1 }
      }
    }
    #expect(rowForRow > 1_000, "translations aligned row for row")
  }
}
