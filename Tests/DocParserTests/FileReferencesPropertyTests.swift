import DocTestSupport
import Testing

@testable import DocModel

/// Every link of every page is read for the files the site publishes, on bytes; these tests hold the reading
/// to the plain one on characters it replaced. (The two differ only where a combining mark follows a `/`, a
/// `.` or a blank, which no path writes: the pieces leave those out.)
@Suite("File references, against character-level references")
struct FileReferencesPropertyTests {
  static let pieces = [
    "a", "Z", "x9", "https", "mailto", ":", "//", "/", "#", "?", ".md", ".MD", ".Md", ".png", ".", "..", " ", "\t",
    "é", "日本", "%20", "_", "-", "md", "m", "d",
  ]

  /// The path part as read before, on characters.
  static func referenceLocalPath(_ address: String) -> String? {
    let trimmed = address.drop { $0 == " " || $0 == "\t" }
    guard let first = trimmed.first, first != "/", first != "#", first != "?" else { return nil }
    let path = trimmed.prefix { $0 != "#" && $0 != "?" }
    if let colon = path.firstIndex(of: ":"), !path[..<colon].contains("/") { return nil }
    guard !path.isEmpty else { return nil }
    return String(path)
  }

  /// Whether a path names a file that is not a page, as read before, on characters.
  static func referenceIsFileLink(_ path: String) -> Bool {
    guard let name = path.split(separator: "/", omittingEmptySubsequences: false).last,
      let dot = name.lastIndex(of: "."), dot != name.startIndex, name.index(after: dot) != name.endIndex
    else { return false }
    return name[name.index(after: dot)...].lowercased() != "md"
  }

  @Test(arguments: [1, 2, 3] as [UInt64])
  func readingsAgreeWithTheCharacterLevelOnes(seed: UInt64) {
    var random = SeededRandom(seed: seed)
    for _ in 0..<5_000 {
      let address = (0..<Int.random(in: 0...7, using: &random)).map { _ in Self.pieces.randomElement(using: &random)! }
        .joined()
      #expect(FileReferences.localPath(address) == Self.referenceLocalPath(address), "\(address.debugDescription)")
      #expect(FileReferences.isFileLink(address) == Self.referenceIsFileLink(address), "\(address.debugDescription)")
    }
  }

  static let htmlPieces = [
    "<br>", "<br />", "<a href=\"x.png\">", "<A HREF='y.pdf'>", "<img src=x.png>", "<IMG SRC=\"z.svg\"/>", "</a>",
    "<i>", "<abbr>", "<b>", "< a href=q>", "<", "a", "i", " ", "text", "&lt;a", "<!-- <a href=c> -->",
  ]

  /// Raw HTML the shortcut passes over holds no `<a href>` or `<img src>` the scanner would find.
  @Test(arguments: [4, 5] as [UInt64])
  func htmlWithoutLinksNeedsNoScanning(seed: UInt64) {
    var random = SeededRandom(seed: seed)
    var skipped = 0
    for _ in 0..<5_000 {
      let html = (0..<Int.random(in: 1...5, using: &random)).map { _ in Self.htmlPieces.randomElement(using: &random)! }
        .joined()
      guard !PageAddresses.mayHoldLinkOrImage(html) else { continue }
      skipped += 1
      let tags = RawHTMLScanner(html).compactMap { token -> String? in
        guard case .tag(let tag, _) = token, !tag.isClosing, tag.name == "a" || tag.name == "img" else { return nil }
        return tag.name
      }
      #expect(tags.isEmpty, "\(html.debugDescription)")
    }
    #expect(skipped > 300)
  }
}
