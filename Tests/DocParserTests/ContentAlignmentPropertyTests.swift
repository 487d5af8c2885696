import DocModel
import DocTestSupport
import Testing

@testable import DocParser

/// Random source tables and translations made from them as translators make them: the words around the
/// codes and identifiers rewritten, apps renamed or kept, a few rows moved, deleted or added. Every pairing
/// the aligner makes must be the right one, and every row with a token of its own must be paired.
@Suite("Aligning translated rows by their content")
struct ContentAlignmentPropertyTests {
  /// A generated source row: its kept tokens, the app, and its message written around the tokens.
  struct Made {
    var tokens: [String]
    var app: String
  }

  static let common = ["HttpRequestFailure", "TokenRefreshException", "invalid_grant", "NullPointerException"]
  static let statuses = ["400", "401", "403", "404", "500"]
  static let apps = ["Box", "Okta", "Office 365", "Salesforce", "AWS"]
  static let englishWords = ["Server returned", "failed", "could not read", "the request", "not found", "retry"]
  static let otherWords = ["サーバーが返しました", "échec", "서버에서 반환함", "не найдено", "要求", "réessayer"]
  static let separators = [": ", ":", " : ", "：", " — ", " (", ") ", ", ", "、"]

  func row(_ message: String, _ app: String, line: Int) -> CatalogRow {
    SeedFields.row(message: message, app: app, line: line)
  }

  /// The tokens with words between them, in one of the two languages.
  func write(_ tokens: [String], words: [String], random: inout SeededRandom) -> String {
    var text = Bool.random(using: &random) ? words.randomElement(using: &random)! + " " : ""
    for token in tokens {
      text += token + Self.separators.randomElement(using: &random)!
      if Bool.random(using: &random) { text += words.randomElement(using: &random)! + " " }
    }
    return text.isEmpty ? words.randomElement(using: &random)! : text
  }

  func madeRow(random: inout SeededRandom) -> Made {
    var tokens: [String] = []
    if random.next() % 3 != 0 { tokens.append(Self.common.randomElement(using: &random)!) }
    if random.next() % 2 == 0 { tokens.append(Self.statuses.randomElement(using: &random)!) }
    // Identifiers from a pool small enough that some rows share one.
    switch random.next() % 4 {
    case 0: tokens.append("Err\(random.next() % 40)Exception")
    case 1: tokens.append("AF\(20_000 + random.next() % 60)")
    case 2: tokens.append("com.box.sdk\(random.next() % 30).Client")
    default: break  // some rows keep nothing but the common words, or nothing at all
    }
    return Made(tokens: tokens, app: Self.apps.randomElement(using: &random)!)
  }

  @Test(arguments: [91, 92, 93, 94] as [UInt64])
  func everyPairingIsRightAndRowsWithTheirOwnTokenArePaired(seed: UInt64) {
    var random = SeededRandom(seed: seed)
    var ownTokenRows = 0
    for _ in 0..<400 {
      let made = (0..<Int(1 + random.next() % 24)).map { _ in madeRow(random: &random) }
      let source = made.enumerated().map { index, row in
        self.row(write(row.tokens, words: Self.englishWords, random: &random), row.app, line: index + 1)
      }
      let renamesApps = Bool.random(using: &random)
      // The translation: each row's origin (nil for an added row) and the row.
      var target: [(origin: Int?, row: CatalogRow)] = made.enumerated().map { index, row in
        let untranslated = random.next() % 8 == 0
        let message =
          untranslated
          ? source[index].values[.message]!.text : write(row.tokens, words: Self.otherWords, random: &random)
        let app = renamesApps ? "アプリ\(Self.apps.firstIndex(of: row.app)!)" : row.app
        return (index, self.row(message, app, line: 100 + index))
      }
      for _ in 0..<Int(random.next() % 3) where !target.isEmpty {
        target.remove(at: Int(random.next() % UInt64(target.count)))
      }
      for added in 0..<Int(random.next() % 3) {
        // Tokens no source row has, or none at all.
        let tokens = random.next() % 3 == 0 ? [] : ["Zq\(added)Fault", "7\(random.next() % 10)\(added)"]
        let message = write(tokens, words: Self.otherWords, random: &random)
        target.insert(
          (nil, row(message, "Zendesk", line: 200 + added)), at: Int(random.next() % UInt64(target.count + 1)))
      }
      for _ in 0..<Int(random.next() % 3) where target.count > 1 {
        let moved = target.remove(at: Int(random.next() % UInt64(target.count)))
        target.insert(moved, at: Int(random.next() % UInt64(target.count + 1)))
      }

      let alignment = RowAligner.align(
        source: source, target: target.map(\.row), definition: SeedFields.definition(key: [.message, .app]))
      let description = "\(source.map { $0.values[.message]!.text }) → \(target.map { $0.row.values[.message]!.text })"
      for (index, match) in alignment.enumerated() {
        guard let match else { continue }
        // Right: the row's own translation, or that of a row the content cannot tell from it.
        let origin = target[match].origin
        let same =
          origin.map {
            $0 == index
              || (Set(made[$0].tokens) == Set(made[index].tokens) && (renamesApps || made[$0].app == made[index].app))
          } ?? false
        #expect(same, "source row \(index) paired with \(match) from \(String(describing: origin)): \(description)")
      }
      let aligned = alignment.compactMap { $0 }
      #expect(Set(aligned).count == aligned.count)
      for (index, row) in made.enumerated() {
        let others = made.indices.filter { $0 != index }.flatMap { made[$0].tokens }
        guard row.tokens.contains(where: { !others.contains($0) }),
          let translated = target.firstIndex(where: { $0.origin == index })
        else { continue }
        ownTokenRows += 1
        #expect(alignment[index] == translated, "row \(index) with a token of its own: \(description)")
      }
    }
    #expect(ownTokenRows > 1_000)
  }
}
