import DocModel
import DocTestSupport
import Foundation
import Testing

@testable import DocValidation

/// Link checks read destinations and page patterns on bytes; these tests hold them to plain readings on
/// characters.
@Suite("Link reading, against character-level references")
struct LinkReadingPropertyTests {
  static let pieces = [
    "a", "Z", "x9", "https", "mailto", "ms-help", "c++", "v1.2", ":", "//", "/", "#", "?", ".md", "-", "+", ".",
    " ", "\u{301}", "\u{200D}", "é", "日本", "%20", "_", "*", "**",
  ]

  /// The scheme test as written before it moved to bytes: letters, digits, `+`, `-` or `.` before the first
  /// `:` character.
  static func referenceHasScheme(_ destination: String) -> Bool {
    guard let colon = destination.firstIndex(of: ":") else { return false }
    let scheme = destination[..<colon]
    return !scheme.isEmpty && scheme.allSatisfy { $0.isLetter || $0.isNumber || "+-.".contains($0) }
  }

  /// The page pattern as a plain recursive reading on Unicode scalars, with array slices.
  static func referenceMatch(_ pattern: ArraySlice<Unicode.Scalar>, _ text: ArraySlice<Unicode.Scalar>) -> Bool {
    guard let head = pattern.first else { return text.isEmpty }
    if head == "*" {
      let crossesFolders = pattern.dropFirst().first == "*"
      let rest = pattern.dropFirst(crossesFolders ? 2 : 1)
      var candidate = text
      while true {
        if referenceMatch(rest, candidate) { return true }
        guard let next = candidate.first, crossesFolders || next != "/" else { return false }
        candidate = candidate.dropFirst()
      }
    }
    guard let first = text.first, first == head else { return false }
    return referenceMatch(pattern.dropFirst(), text.dropFirst())
  }

  func random(_ random: inout SeededRandom, upTo count: Int) -> String {
    (0..<Int.random(in: 0...count, using: &random)).map { _ in Self.pieces.randomElement(using: &random)! }.joined()
  }

  @Test(arguments: [1, 2, 3] as [UInt64])
  func schemesAgreeWithTheCharacterLevelReading(seed: UInt64) {
    var generator = SeededRandom(seed: seed)
    for _ in 0..<3_000 {
      let destination = random(&generator, upTo: 6)
      #expect(
        LinkChecks.hasScheme(destination) == Self.referenceHasScheme(destination), "\(destination.debugDescription)")
    }
  }

  /// Splitting a destination into page and fragment, the query dropped, as written before it moved to bytes.
  @Test(arguments: [7, 8, 9] as [UInt64])
  func destinationPartsAgreeWithTheCharacterLevelReading(seed: UInt64) {
    var generator = SeededRandom(seed: seed)
    let pieces = Self.pieces + ["#", "##", "?", "??", "a?b", "md", ".MD", "\u{600}", "\u{300}"]
    for _ in 0..<3_000 {
      let destination = (0..<Int.random(in: 0...7, using: &generator)).map { _ in
        pieces.randomElement(using: &generator)!
      }.joined()
      let parts = destination.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
      let read = LinkChecks.pathAndFragment(of: destination)
      #expect(
        read.path.utf8.elementsEqual(parts[0].utf8)
          && read.fragment.map { Array($0.utf8) } == (parts.count > 1 ? Array(parts[1].utf8) : nil),
        "\(destination.debugDescription)")
      let path = String(parts[0])
      let beforeQuery = path.split(separator: "?").first.map(String.init) ?? path
      #expect(LinkChecks.pathBeforeQuery(path).utf8.elementsEqual(beforeQuery.utf8), "\(path.debugDescription)")
      #expect(LinkChecks.isMarkdownPath(beforeQuery) == beforeQuery.hasSuffix(".md"), "\(beforeQuery.debugDescription)")
    }
  }

  /// A destination read on its bytes gives what the reading on characters gives, wherever it answers; and
  /// it answers for most destinations made of ASCII pieces without `%` or `?`.
  @Test(arguments: [18, 19, 20] as [UInt64])
  func destinationsReadOnBytesAgreeWithCharacters(seed: UInt64) {
    var generator = SeededRandom(seed: seed)
    let pieces = Self.pieces + ["#", "##", "other-1.md", "../", "./", "~", "https:", "a:b", "#a:b", "/x", "\u{600}"]
    var answered = 0
    for _ in 0..<4_000 {
      let destination = (0..<Int.random(in: 0...6, using: &generator)).map { _ in
        pieces.randomElement(using: &generator)!
      }.joined()
      let byCharacters = LinkDestination.readByCharacters(destination)
      switch LinkDestination.readOnBytes(destination) {
      case .notChecked:
        answered += 1
        #expect(byCharacters == nil, "\(destination.debugDescription)")
      case .checked(let parts):
        answered += 1
        #expect(parts == byCharacters, "\(destination.debugDescription)")
      case .needsCharacters:
        #expect(destination.utf8.contains { $0 >= 0x80 || $0 == UInt8(ascii: "%") || $0 == UInt8(ascii: "?") })
      }
      #expect(LinkDestination.read(destination) == byCharacters, "\(destination.debugDescription)")
    }
    #expect(answered > 1_000)
  }

  @Test func destinationExamples() {
    #expect(LinkDestination.readOnBytes("") == .notChecked)
    #expect(LinkDestination.readOnBytes("https://example.com/a.md") == .notChecked)
    #expect(LinkDestination.readOnBytes("/root.md") == .notChecked)
    #expect(
      LinkDestination.readOnBytes("a.md#b:c")
        == .checked(LinkDestination(pathPart: "a.md", path: "a.md", fragment: "b:c")))
    #expect(LinkDestination.readOnBytes("#x") == .checked(LinkDestination(pathPart: "", path: "", fragment: "x")))
    #expect(LinkDestination.readOnBytes("a%20b.md") == .needsCharacters)
    #expect(
      LinkDestination.read("a%20b.md?v=1#x%41")
        == LinkDestination(pathPart: "a b.md?v=1", path: "a b.md", fragment: "xA"))
  }

  /// Whether a path needs Foundation's standardizing, read on bytes in one pass, as the plain byte searches
  /// read it.
  @Test(arguments: [21, 22] as [UInt64])
  func standardizingIsNeededAsTheByteSearchesSay(seed: UInt64) {
    var generator = SeededRandom(seed: seed)
    let pieces = Self.pieces + ["./", "../", "~", "//", "a.", "/.", "x/"]
    var needed = 0
    for _ in 0..<3_000 {
      let path = (0..<Int.random(in: 0...6, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }
        .joined()
      let plain = path.utf8.first == UInt8(ascii: "~") || path.containsBytes(of: "//") || path.containsBytes(of: "./")
      if plain { needed += 1 }
      #expect(LinkChecks.mayNeedStandardizing(path) == plain, "\(path.debugDescription)")
    }
    #expect(needed > 500 && needed < 2_500)
  }

  /// A relative path standardized on its bytes is what Foundation's `standardizingPath` gives, for paths of
  /// names no symbolic link in the working folder has.
  @Test(arguments: [23, 24] as [UInt64])
  func relativePathsStandardizeAsFoundationDoes(seed: UInt64) {
    var generator = SeededRandom(seed: seed)
    let pieces = ["zq1", "zq2.md", "..", ".", "/", "//", "./", "../", "zq.3", "-", "~", "e\u{301}"]
    var read = 0
    for _ in 0..<3_000 {
      let path = (0..<Int.random(in: 0...6, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }
        .joined()
      guard let standardized = LinkChecks.standardizedRelative(path) else {
        #expect(path.isEmpty || path.hasPrefix("/") || path.hasPrefix("~") || !path.utf8.allSatisfy { $0 < 0x80 })
        continue
      }
      read += 1
      #expect(standardized == (path as NSString).standardizingPath, "\(path.debugDescription)")
    }
    #expect(read > 1_000)
  }

  @Test func patternExamples() {
    #expect(GlobPattern("errors-*.md").matches("errors-1.md"))
    #expect(!GlobPattern("errors-*.md").matches("sub/errors-1.md"))
    #expect(!GlobPattern("*.md").matches("a/b.md"))
    #expect(GlobPattern("**/*.md").matches("a/b/c.md"))
    #expect(GlobPattern("**").matches(""))
  }

  @Test func schemeExamples() {
    #expect(LinkChecks.hasScheme("https://example.com"))
    #expect(LinkChecks.hasScheme("ms-help:x"))
    #expect(!LinkChecks.hasScheme("page.md#a:b"), "'#' is not a scheme character")
    #expect(!LinkChecks.hasScheme("page.md"))
    #expect(!LinkChecks.hasScheme(":x"))
    #expect(!LinkChecks.hasScheme("a:\u{301}b"), "a mark after the colon makes another character")
  }

  @Test(arguments: [4, 5, 6] as [UInt64])
  func pagePatternsAgreeWithTheCharacterLevelReading(seed: UInt64) {
    var generator = SeededRandom(seed: seed)
    for _ in 0..<3_000 {
      let pattern = random(&generator, upTo: 4)
      let path = random(&generator, upTo: 5)
      #expect(
        GlobPattern(pattern).matches(path)
          == Self.referenceMatch(Array(pattern.unicodeScalars)[...], Array(path.unicodeScalars)[...]),
        "\(pattern.debugDescription) against \(path.debugDescription)")
    }
  }

  /// A Markdown path's file name, read on bytes, is Foundation's last path component.
  @Test(arguments: [10, 11] as [UInt64])
  func fileNamesAgreeWithFoundation(seed: UInt64) {
    var random = SeededRandom(seed: seed)
    for _ in 0..<2_000 {
      let path = (0..<Int(random.next() % 6)).map { _ in Self.pieces.randomElement(using: &random)! }.joined() + ".md"
      #expect(
        String(LinkChecks.lastPathComponent(path)) == (path as NSString).lastPathComponent, "\(path.debugDescription)")
    }
  }

  /// A link's path begins with a locale's folder, read on bytes, exactly when it does by characters.
  @Test(arguments: [16, 17] as [UInt64])
  func folderPrefixesAgreeWithCharacters(seed: UInt64) {
    var random = SeededRandom(seed: seed)
    let pieces = Self.pieces + ["K", "\u{212A}", "e\u{301}", "\u{E9}"]
    var prefixed = 0
    for _ in 0..<3_000 {
      let folder = (0..<Int(random.next() % 3)).map { _ in pieces.randomElement(using: &random)! }.joined() + "/"
      let path =
        (random.next() % 2 == 0 ? folder : "")
        + (0..<Int(random.next() % 4)).map { _ in
          pieces.randomElement(using: &random)!
        }.joined()
      if path.hasPrefix(folder) { prefixed += 1 }
      #expect(LinkChecks.hasPrefix(path, folder[...]) == path.hasPrefix(folder), "\(path.debugDescription), \(folder)")
    }
    #expect(prefixed > 1_000)
  }

  /// A page's folder, read on bytes, is Foundation's path without its last component, for paths made as
  /// page paths are: nonempty names joined by single slashes.
  @Test(arguments: [14, 15] as [UInt64])
  func pageFoldersAgreeWithFoundation(seed: UInt64) {
    var random = SeededRandom(seed: seed)
    let names = Self.pieces.filter { !$0.contains("/") && !$0.contains(":") }
    for _ in 0..<2_000 {
      let folders = (0..<Int(random.next() % 4)).map { _ in
        (0...Int(random.next() % 3)).map { _ in names.randomElement(using: &random)! }.joined()
      }
      let path = (folders + ["page.md"]).joined(separator: "/")
      #expect(
        LinkChecks.folder(ofPagePath: path) == (path as NSString).deletingLastPathComponent, "\(path.debugDescription)")
    }
  }

  /// A message's first line ends at a line feed that is not part of `\r\n`, as splitting on characters does.
  @Test(arguments: [12, 13] as [UInt64])
  func firstLinesAgreeWithCharacters(seed: UInt64) {
    var random = SeededRandom(seed: seed)
    let pieces = Self.pieces + ["\n", "\r", "\r\n", "\n\u{301}", "\u{2028}"]
    for _ in 0..<2_000 {
      let text = (0..<Int(random.next() % 6)).map { _ in pieces.randomElement(using: &random)! }.joined()
      #expect(
        text.firstLine == String(text.split(separator: "\n", omittingEmptySubsequences: false).first ?? ""),
        "\(text.debugDescription)")
    }
  }

  /// A link to a file with an extension of letters is passed over without looking for a folder's `index.md`;
  /// a folder named like a version (`v1.2`) is still looked for.
  @Test func namesWithALetterExtensionAreNoFolders() {
    for path in ["media/error.png", "a.PNG", "../x/y.yml", "file.jpeg"] { #expect(LinkChecks.hasLetterExtension(path)) }
    for path in ["v1.2", "folder", "folder/", "a.", ".", "x.toolong", "日本.md5"] {
      #expect(!LinkChecks.hasLetterExtension(path), "\(path)")
    }
  }
}
