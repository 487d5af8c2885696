import DocModel
import DocTestSupport
import Foundation
import SwiftGenerator
import Testing

/// The generated Swift cannot import DocModel, so it carries its own readers of error codes and status codes
/// in a text. Over random texts made of the written forms docs and programs use, they must find exactly what
/// `ErrorCode.codes(in:)` and `StatusCode.statuses(in:)` find.
@Suite("Generated code and status readers", .serialized)
struct GeneratedReadersPropertyTests {
  static let hexDigits = Array("0123456789abcdefABCDEF")
  static let separators = [
    " ", "  ", ".", ":", "-", "+", "_", "(", ")", ",", ";", "/", "x", "e", "\u{3000}", "５", "٣", "é", "\n", "\t",
  ]

  /// One piece of a random text: a code or status in one of its written forms, a word or a separator.
  static func piece(_ random: inout SeededRandom) -> String {
    func digits(_ count: Int, from alphabet: [Character]) -> String {
      String((0..<count).map { _ in alphabet.randomElement(using: &random)! })
    }
    let decimal = Array("0123456789")
    switch Int.random(in: 0..<12, using: &random) {
    case 0:
      return (Bool.random(using: &random) ? "0x" : "0X")
        + digits(Int.random(in: 0...18, using: &random), from: hexDigits)
    case 1: return digits(8, from: hexDigits)
    case 2: return digits(Int.random(in: 1...21, using: &random), from: decimal)
    case 3: return "-" + digits(Int.random(in: 1...21, using: &random), from: decimal)
    case 4: return "+" + digits(Int.random(in: 1...12, using: &random), from: decimal)
    case 5: return String(Int32.random(in: .min ... .max, using: &random))
    case 6:
      let statusClass = Int.random(in: 1...6, using: &random)
      return "\(statusClass).\(digits(Int.random(in: 1...4, using: &random), from: decimal))."
        + digits(Int.random(in: 1...4, using: &random), from: decimal)
    case 7:
      let statusClass = [2, 4, 5].randomElement(using: &random)!
      let reply = Bool.random(using: &random) ? statusClass : Int.random(in: 1...6, using: &random)
      return "\(reply)\(digits(2, from: decimal))\([" ", "-", "  ", ""].randomElement(using: &random)!)"
        + "\(statusClass).\(digits(Int.random(in: 1...3, using: &random), from: decimal)).\(digits(Int.random(in: 1...3, using: &random), from: decimal))"
    case 8:
      return ["WU_E_AU_NOSERVICE", "E_ACCESSDENIED", "Error", "HRESULT", "fail", "Relay"].randomElement(using: &random)!
    case 9: return digits(Int.random(in: 1...20, using: &random), from: hexDigits)
    default: return separators.randomElement(using: &random)!
    }
  }

  static func text(_ random: inout SeededRandom) -> String {
    (0..<Int.random(in: 1...6, using: &random)).map { _ in piece(&random) }.joined()
  }

  static func codes(_ codes: [UInt64]) -> String { Set(codes).sorted().map(String.init).joined(separator: ",") }

  @Test func generatedReadersAgreeWithTheModelOnRandomTexts() throws {
    var random = SeededRandom(seed: 0x5EED_C0DE)
    let texts = (0..<600).map { _ in Self.text(&random) }
    let (_, generated) = try TypedFieldsTests.build()
    #expect(generated.contains("static func codes(in text: String)"))
    #expect(generated.contains("static func statuses(in text: String)"))
    // The readers are private to the generated file: the probes go into the same file.
    let probes = """

      func probeCodes(_ text: String) -> String {
        DocCatalogMatching.codes(in: text).sorted().map(String.init).joined(separator: ",")
      }
      func probeStatuses(_ text: String) -> String {
        DocCatalogMatching.statuses(in: text).map { "\\($0.reply.map(String.init) ?? "-") \\($0.status)" }
          .joined(separator: ",")
      }

      """
    let main =
      "let texts: [String] = [\n"
      + texts.map { "  " + SwiftLiteral.string($0) + ",\n" }.joined()
      + "]\nfor text in texts { print(probeCodes(text)); print(probeStatuses(text)) }\n"
    let result = try SwiftCompiler.compileAndRun(["Typed.swift": generated + probes, "main.swift": main])
    #expect(result.status == 0, "\(result.standardError.prefix(3000))")
    let lines = result.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    try #require(lines.count >= texts.count * 2)
    var disagreements: [String] = []
    for (index, text) in texts.enumerated() {
      let codes = Self.codes(ErrorCode.codes(in: text))
      let statuses = StatusCode.statuses(in: text).map { "\($0.reply.map(String.init) ?? "-") \($0.status)" }
        .joined(separator: ",")
      if lines[2 * index] != codes {
        disagreements.append("codes of \(text.debugDescription): \(lines[2 * index]) ≠ \(codes)")
      }
      if lines[2 * index + 1] != statuses {
        disagreements.append("statuses of \(text.debugDescription): \(lines[2 * index + 1]) ≠ \(statuses)")
      }
    }
    #expect(disagreements.isEmpty, "\(disagreements.prefix(10).joined(separator: "\n"))")
    // The texts do name codes and statuses, so that the comparison means something.
    #expect(texts.filter { !ErrorCode.codes(in: $0).isEmpty }.count > 300)
    #expect(texts.filter { !StatusCode.statuses(in: $0).isEmpty }.count > 60)
  }
}
