import DocModel
import DocTestSupport
import Foundation
import Testing

@testable import DocParser

/// The xrefmaps a configuration names (`xrefmaps:`): read inside the docs folder only, with libyaml's events,
/// aliases refused; relative `href`s read from `baseUrl` or from the map's folder.
@Suite("Xrefmaps")
struct XrefMapLoaderTests {
  private func load(_ yaml: String) -> Result<XrefMapLoader.Map, XrefMapLoader.Failure> {
    XrefMapLoader.read(Array(yaml.utf8))
  }

  @Test func theReferencesAndTheBaseURL() throws {
    let map = try load(
      """
      sorted: true
      references:
      - uid: A
        name: Alpha
        fullName: N.Alpha
        nameWithType: T.Alpha
        href: a.html
        extra: { nested: [1, 2] }
      - uid: B
        href: b.html
      - name: no uid
      baseUrl: https://example.com/api
      """
    ).get()
    #expect(map.baseURL == "https://example.com/api")
    #expect(
      map.references == [
        .init(uid: "A", name: "Alpha", href: "a.html", fullName: "N.Alpha", nameWithType: "T.Alpha"),
        .init(uid: "B", name: nil, href: "b.html", fullName: nil, nameWithType: nil),
      ])
    #expect(
      XrefMapLoader.place(of: "a.html", baseURL: map.baseURL, folder: "xref") == .url("https://example.com/api/a.html"))
    #expect(
      XrefMapLoader.place(of: "/root/b", baseURL: map.baseURL, folder: "xref") == .url("https://example.com/root/b"))
    #expect(XrefMapLoader.place(of: "https://x.org/c", baseURL: nil, folder: "xref") == .url("https://x.org/c"))
    #expect(XrefMapLoader.place(of: "api/a.html#m", baseURL: nil, folder: "xref") == .docsFile("xref/api/a.html#m"))
    #expect(XrefMapLoader.place(of: "../en-US/a.md", baseURL: nil, folder: "xref") == .docsFile("en-US/a.md"))
    #expect(XrefMapLoader.place(of: "../../etc/passwd", baseURL: nil, folder: "xref") == nil)
  }

  @Test func invalidMapsAreLocated() {
    #expect(throws: XrefMapLoader.Failure.self) { try load("- a\n- b\n").get() }
    let alias = load("references:\n- &x {uid: A, href: a.html}\n- *x\n")
    #expect(throws: XrefMapLoader.Failure.self) { try alias.get() }
    if case .failure(let failure) = alias {
      #expect(failure.line == 3)
      #expect(failure.message.contains("alias '*x'"))
    }
    #expect(throws: XrefMapLoader.Failure.self) { try load("references: [a, b]\n").get() }
    #expect(throws: XrefMapLoader.Failure.self) { try load("references:\n- uid: A\n  href: [\n").get() }
  }

  /// The configuration's paths: one outside the docs (climbing out, absolute, an address, a link leading
  /// out) or missing is an error at its entry in `doccatalog.yml`; a broken map one in the map.
  @Test func pathsOutsideTheDocsAreRefused() throws {
    let outside = FileManager.default.temporaryDirectory.appendingPathComponent("xref-outside-\(UUID().uuidString).yml")
    try "references: []\n".write(to: outside, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: outside) }
    let docs = try MarkedDocs([
      "doccatalog.yml": """
      sourceLocale: en-US
      locales: [en-US]
      xrefmaps:
        - 1️⃣../outside.yml
        - 2️⃣/etc/passwd
        - 3️⃣https://example.com/xrefmap.yml
        - 4️⃣linked.yml
        - 5️⃣missing.yml
        - broken.yml
      """,
      "broken.yml": "references:\n- &a {uid: A, href: a.html}\n- 6️⃣*a\n",
      "en-US/page.md": "# Page\n",
    ])
    try FileManager.default.createSymbolicLink(
      atPath: docs.root.appendingPathComponent("linked.yml").path, withDestinationPath: outside.path)
    #expect(
      try docs.findings(of: ConfigInvalid.self) == docs.places("6️⃣", "1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣"))
  }

  /// A map larger than the limit is refused before it is read (the file here is sparse).
  @Test func aMapTooLargeIsRefused() throws {
    let docs = try MarkedDocs([
      "doccatalog.yml": "sourceLocale: en-US\nlocales: [en-US]\nxrefmaps: [1️⃣big.yml]\n",
      "en-US/page.md": "# Page\n",
    ])
    let big = docs.root.appendingPathComponent("big.yml").path
    #expect(FileManager.default.createFile(atPath: big, contents: nil))
    #expect(truncate(big, off_t(XrefMapLoader.maximumBytes + 1)) == 0)
    #expect(try docs.findings(of: ConfigInvalid.self) == docs.places("1️⃣"))
    #expect(try docs.messages(of: ConfigInvalid.self) == ["xrefmap 'big.yml' is larger than 64 MB"])
  }
}
