import DocBuild
import DocModel
import DocTestSupport
import Foundation
import Testing

@testable import DocParser

/// A page whose text was let go of reads it again from its file, as the parser read it, and only while the
/// file still holds that text.
@Suite("Pages' text let go of and read again")
struct PageTextTests {
  /// A byte order mark, invalid UTF-8, a NUL byte, CRLF and lone CR line endings: the text read again must be
  /// the parser's decoding of it, not the raw file.
  static let awkward: [UInt8] =
    [0xEF, 0xBB, 0xBF] + Array("# Title\r\n\ntext ".utf8) + [0xFF, 0x00] + Array(" more\rlast 日本\n".utf8)

  func readPage(_ fixture: DocSetFixture) throws -> DocSet.Page {
    let file = fixture.root.appendingPathComponent("en-US/page.md")
    try Data(Self.awkward).write(to: file)
    return try #require(try DocSetReading.read(root: fixture.root.path).pages.first)
  }

  @Test func readsTheSameLinesAgain() throws {
    let fixture = try DocSetFixture(["en-US/page.md": ""])
    let page = try readPage(fixture)
    var released = page
    released.releaseText(file: fixture.root.appendingPathComponent("en-US/page.md").path)
    #expect(released.source == page.source)
    #expect(page.text.lineCount == 4)
    for line in 0...(page.text.lineCount + 1) { #expect(released.line(line) == page.line(line), "line \(line)") }
  }

  @Test(arguments: ["# Title\r\n\ntext changed", "", "x"])
  func aChangedFileGivesNoLines(replacement: String) throws {
    let fixture = try DocSetFixture(["en-US/page.md": ""])
    let file = fixture.root.appendingPathComponent("en-US/page.md")
    var page = try readPage(fixture)
    page.releaseText(file: file.path)
    try Data(replacement.utf8).write(to: file)
    #expect(page.source.isEmpty)
    #expect(page.line(1).isEmpty)
  }

  @Test func aFileOfTheSameLengthButOtherBytesGivesNoLines() throws {
    let fixture = try DocSetFixture(["en-US/page.md": ""])
    let file = fixture.root.appendingPathComponent("en-US/page.md")
    var page = try readPage(fixture)
    page.releaseText(file: file.path)
    // One ASCII letter changed: the same length once decoded, other bytes.
    var changed = Self.awkward
    let last = try #require(changed.firstIndex(of: UInt8(ascii: "l")))
    changed[last] = UInt8(ascii: "L")
    try Data(changed).write(to: file)
    #expect(page.source.isEmpty)
  }

  @Test func aMissingFileGivesNoLines() throws {
    let fixture = try DocSetFixture(["en-US/page.md": ""])
    var page = try readPage(fixture)
    page.releaseText(file: fixture.root.appendingPathComponent("en-US/gone.md").path)
    #expect(page.source.isEmpty)
  }
}
