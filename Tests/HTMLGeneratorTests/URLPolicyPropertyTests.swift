import DocTestSupport
import HTMLGenerator
import Testing

/// `URLPolicy` works on bytes for speed; these tests hold it to the policy written plainly on Unicode scalars.
@Suite("URL policy, against a scalar-level reading")
struct URLPolicyPropertyTests {
  /// The policy written plainly on Unicode scalars, as browsers read addresses (a combining mark after a
  /// colon does not hide the colon).
  enum Reference {
    static func safeURL(_ raw: String) -> String? {
      let cleaned = Array(raw.unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F })
      guard let colon = cleaned.firstIndex(of: ":") else { return trimmed(raw) }
      let scheme = cleaned[..<colon]
      let isScheme =
        !scheme.isEmpty && scheme.first!.properties.isAlphabetic
        && scheme.allSatisfy {
          $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "+-.".unicodeScalars.contains($0))
        }
      if isScheme {
        return URLPolicy.allowedSchemes.contains(String(String.UnicodeScalarView(scheme)).lowercased())
          ? trimmed(raw) : nil
      }
      if let slash = cleaned.firstIndex(where: { "/?#".unicodeScalars.contains($0) }), slash < colon {
        return trimmed(raw)
      }
      return nil
    }

    static func rewritingMarkdownLink(_ url: String) -> String {
      let scalars = Array(url.unicodeScalars)
      guard !scalars.contains(":") else { return url }
      let fragmentStart = scalars.firstIndex(where: { $0 == "#" || $0 == "?" }) ?? scalars.endIndex
      let path = scalars[..<fragmentStart]
      guard path.count >= 3, String(String.UnicodeScalarView(path.suffix(3))).lowercased() == ".md" else { return url }
      return String(String.UnicodeScalarView(path.dropLast(3))) + ".html"
        + String(String.UnicodeScalarView(scalars[fragmentStart...]))
    }

    static func trimmed(_ text: String) -> String {
      var characters = Substring(text)
      while let first = characters.first, first.isWhitespace { characters = characters.dropFirst() }
      while let last = characters.last, last.isWhitespace { characters = characters.dropLast() }
      return String(characters)
    }
  }

  static let pieces = [
    "a", "Z", "page", ".md", ".MD", ".Md", "md", ".", "/", "?", "#", ":", "http", "https", "HTTPS", "mailto",
    "javascript", "java\tscript", "data", "vb", "+", "-", "0", "9", " ", "\t", "\n", "\r", "\u{0}", "\u{E}", "\u{1F}",
    "\u{7F}", "\u{A0}", "\u{3000}", "\u{2028}", "\u{301}", "é", "日本", "ｍｄ", "%20", "&", "=", "x.md#frag",
  ]

  @Test(arguments: [1, 2, 3] as [UInt64])
  func agreesWithTheScalarLevelPolicy(seed: UInt64) {
    var random = SeededRandom(seed: seed)
    for _ in 0..<3_000 {
      let url = (0..<Int.random(in: 1...8, using: &random)).map { _ in Self.pieces.randomElement(using: &random)! }
        .joined()
      #expect(URLPolicy.safeURL(url) == Reference.safeURL(url), "\(url.debugDescription)")
      #expect(URLPolicy.rewritingMarkdownLink(url) == Reference.rewritingMarkdownLink(url), "\(url.debugDescription)")
    }
  }
}
