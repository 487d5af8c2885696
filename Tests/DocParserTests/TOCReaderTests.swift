import DocModel
import Testing

@testable import DocParser

/// The entries `TOCReader` reads from a `toc.yml` or a `TOC.md`, and the navigation `TOCNavigation` makes of
/// them.
@Suite("Tables of contents")
struct TOCReaderTests {
  /// A `TOC.md`'s headings nest by level, and the lists after a heading are its entries; a heading without
  /// a link is a group.
  @Test func markdownHeadingsAndListsNest() {
    let document = MarkdownParser().parse(
      "# [A](a.md)\n## [B](b.md)\n### C\n# Group\n- [D](d.md)\n  - [E](sub/e.md)\n- F\n", path: "en-US/TOC.md"
    ).document
    let (entries, diagnostics) = TOCReader.markdown(document, file: "TOC.md")
    #expect(diagnostics.isEmpty)
    func shape(_ entries: [TOCEntry]) -> String {
      entries.map { "\($0.name)=\($0.href ?? "")" + ($0.items.isEmpty ? "" : "(\(shape($0.items)))") }.joined(
        separator: " ")
    }
    #expect(shape(entries) == "A=a.md(B=b.md(C=)) Group=(D=d.md(E=sub/e.md) F=)")
  }

  /// Addresses resolve from the file that holds them; a named table of contents is put in its entry's
  /// place, its `topicHref` the entry's page; external addresses stay as they are.
  @Test func navigationResolvesAddressesFromEachFile() {
    func file(_ path: String) -> DocSetReader.PageFile {
      DocSetReader.PageFile(locale: "en-US", localPath: String(path.dropFirst(6)), path: path)
    }
    let top = TOCReader.yaml(
      Array(
        "- {name: A, href: a.md}\n- {name: Sub, href: sub/, topicHref: sub/b.md}\n- {name: X, href: 'https://x.example/'}\n"
          .utf8), file: "toc.yml")
    let sub = TOCReader.yaml(Array("- {name: C, href: ../c.md#part}\n".utf8), file: "sub/toc.yml")
    let (navigation, diagnostics) = TOCNavigation.resolve(
      [
        .init(file: file("en-US/toc.yml"), entries: top.entries),
        .init(file: file("en-US/sub/toc.yml"), entries: sub.entries),
      ],
      root: "/docs")
    #expect(top.diagnostics.isEmpty && sub.diagnostics.isEmpty && diagnostics.isEmpty)
    #expect(
      navigation["en-US"] == [
        NavigationEntry(title: "A", target: .page("a.md")),
        NavigationEntry(title: "Sub", target: .page("sub/b.md"), children: [.init(title: "C", target: .page("c.md"))]),
        NavigationEntry(title: "X", target: .external("https://x.example/")),
      ])
  }
}
