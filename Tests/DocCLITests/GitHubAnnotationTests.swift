import DocTestSupport
import Foundation
import Testing

@testable import DocCLI

/// Workflow command escapes, made in one pass over the bytes, against the rules written on Unicode scalars.
/// (Foundation's `replacingOccurrences` compares characters, so it missed a line feed or comma followed by
/// a combining mark; the runner reads them all the same.)
@Suite("GitHub annotations")
struct GitHubAnnotationTests {
  @Test(arguments: [UInt64(31), 32, 33])
  func escapesAgreeWithTheReplacementsInTurn(seed: UInt64) {
    var random = SeededRandom(seed: seed)
    let pieces = AdversarialStrings.pieces + ["%", "%25", ":", ",", "::", "\r\n", "%0A", "é:", ",日"]
    for _ in 0..<500 {
      let text = (0..<Int(random.next() % 7)).map { _ in pieces.randomElement(using: &random)! }.joined()
      func replacing(_ text: String, _ escapes: [Unicode.Scalar: String]) -> String {
        text.unicodeScalars.map { escapes[$0] ?? String($0) }.joined()
      }
      let data = replacing(text, ["%": "%25", "\r": "%0D", "\n": "%0A"])
      let property = replacing(text, ["%": "%25", "\r": "%0D", "\n": "%0A", ":": "%3A", ",": "%2C"])
      #expect(GitHubAnnotation.escapeData(text) == data, "\(Array(text.utf8))")
      #expect(GitHubAnnotation.escapeProperty(text) == property, "\(Array(text.utf8))")
    }
  }
}
