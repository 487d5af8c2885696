import DocTestSupport
import DocValidation
import Foundation
import Testing

@Suite("redirection.invalid-file")
struct RedirectionInvalidFileTests {
  /// A redirection file that is not JSON is reported at the file, and its redirections left out: the link
  /// is then a missing page.
  @Test func aRedirectionFileThatIsNotJSONIsReported() throws {
    let docs = try MarkedDocs([
      ".openpublishing.redirection.json": "{\"redirections\": [\n",
      "en-US/guide.md": "# Guide\n\n[a](old.md)\n",
    ])
    #expect(try docs.findings(of: RedirectionInvalidFile.self) == [".openpublishing.redirection.json"])
    #expect(
      try docs.messages(of: RedirectionInvalidFile.self).first?.hasPrefix(
        "redirection file cannot be read: not valid JSON") == true)
    #expect(try docs.findings(of: LinkMissingPage.self).count == 1)
  }

  /// A redirection file that is a link out of the docs' project is not read.
  @Test func aRedirectionFileLeadingOutOfTheProjectIsNotRead() throws {
    let docs = try MarkedDocs(["en-US/guide.md": "# Guide\n\n[a](old.md)\n"])
    let outside = FileManager.default.temporaryDirectory.appendingPathComponent("redirect-\(UUID().uuidString).json")
    try Data(#"{"redirections": [{"source_path": "en-US/old.md", "redirect_url": "/x"}]}"#.utf8).write(to: outside)
    defer { try? FileManager.default.removeItem(at: outside) }
    try FileManager.default.createSymbolicLink(
      atPath: docs.root.appendingPathComponent(".openpublishing.redirection.json").path,
      withDestinationPath: outside.path)
    #expect(
      try docs.messages(of: RedirectionInvalidFile.self) == ["redirection file leads outside the project; not read"])
    #expect(try docs.findings(of: LinkRedirected.self).isEmpty)
  }
}
