import DocParser
import DocTestSupport
import Foundation
import Testing

@Suite("io.unreadable")
struct IOUnreadableTests {
  /// The finding has no line: it names the file.
  @Test func aPageThatCannotBeReadIsFoundButAFolderNamedLikeAPageIsEntered() throws {
    let page = """
      ---
      title: Guide
      description: A guide.
      ms.date: 01/15/2024
      ---
      # Guide

      """
    let docs = try MarkedDocs(["en-US/guide.md": page, "en-US/folder.md/inside.md": page])
    let folder = docs.root.appendingPathComponent("en-US").path
    try FileManager.default.createSymbolicLink(
      atPath: folder + "/broken.md", withDestinationPath: "/nonexistent/target.md")
    try FileManager.default.createSymbolicLink(atPath: folder + "/linked.md", withDestinationPath: folder + "/guide.md")
    let findings = try docs.findings(of: IOUnreadable.self)
    #expect(findings == ["en-US/broken.md"])
    let messages = try docs.messages(of: IOUnreadable.self)
    #expect(messages == ["cannot read file: no such file"])
  }
}
