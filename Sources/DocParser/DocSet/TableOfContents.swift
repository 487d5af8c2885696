public import DocModel

/// A docs folder's tables of contents, `TOC.md` and `toc.yml` (in any case): DocFX's navigation, not pages.
/// They are not rendered, have no front matter and are no catalog's pages, but the links they hold are
/// checked as pages' links are.
public enum TableOfContents {
  /// Whether the file at `path` is a table of contents.
  public static func isTableOfContents(_ path: String) -> Bool {
    let name = path.split(separator: "/").last.map { $0.lowercased() } ?? ""
    return name == "toc.md" || name == "toc.yml"
  }

  /// Whether `name` is the file name of a table of contents in YAML, which a walk for pages lists too.
  static func isYAMLTableOfContents(name: String) -> Bool {
    name.utf8.count == 7 && name.lowercased() == "toc.yml"
  }

  /// A table of contents, read.
  public struct Read: Sendable {
    /// The file as a page (its text keeps the findings' lines; a `TOC.md` has its document).
    public var page: DocSet.Page
    /// The links of a `toc.yml`, each `href:` value with where it is written; `nil` for a `TOC.md`, whose
    /// links are its document's.
    public var links: [(destination: String, line: Int, column: Int)]?
    /// What reading it found (a file that cannot be read, a `TOC.md`'s parsing findings).
    public var diagnostics: [Diagnostic]
  }

  /// Reads the table of contents `file` of the docs folder `root` (only inside `boundary`).
  public static func read(_ file: DocSetReader.PageFile, root: String, boundary: DocsFolderBoundary) -> Read {
    let name = join(root, file.path)
    let locale = file.locale ?? "und"
    func page(_ parsed: ParsedPage) -> DocSet.Page {
      DocSet.Page(locale: locale, localPath: file.localPath, path: file.path, parsed: parsed)
    }
    guard file.path.lowercased().hasSuffix(".yml") else {
      let parsed = MarkdownParser().parse(contentsOf: name, displayPath: name, within: boundary)
      return Read(page: page(parsed), links: nil, diagnostics: parsed.diagnostics)
    }
    var readPath = name
    switch boundary.resolve(name) {
    case .outside:
      let empty = ParsedPage(document: Document(path: name, blocks: []), diagnostics: [])
      return Read(
        page: page(empty), links: [], diagnostics: [SourceOutsideDocs.finding(SourceOutsideDocs.file, file: name)])
    case .inside(let real): readPath = real
    case .unresolved: break
    }
    do {
      let bytes = try FileReader.read(readPath)
      let parsed = ParsedPage(document: Document(path: name, blocks: []), diagnostics: [], source: bytes)
      return Read(page: page(parsed), links: hrefs(in: bytes), diagnostics: [])
    } catch {
      let empty = ParsedPage(document: Document(path: name, blocks: []), diagnostics: [])
      return Read(
        page: page(empty), links: [],
        diagnostics: [IOUnreadable.finding(IOUnreadable.cannotRead(error.reason), file: name)])
    }
  }

  /// The `href:` values of a `toc.yml`, read line by line (`- href: page.md`, `href: "page.md"`), with their
  /// 1-based line and column (in characters). Any other line, however odd, is passed over.
  static func hrefs(in bytes: [UInt8]) -> [(destination: String, line: Int, column: Int)] {
    var found: [(destination: String, line: Int, column: Int)] = []
    let text = String(decoding: bytes, as: UTF8.self)
    var number = 0
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      number += 1
      var rest = line.drop { $0 == " " || $0 == "\t" }
      if rest.hasPrefix("-") { rest = rest.dropFirst().drop { $0 == " " || $0 == "\t" } }
      guard rest.hasPrefix("href:") else { continue }
      rest = rest.dropFirst("href:".count).drop { $0 == " " || $0 == "\t" }
      var value = rest
      if let quote = value.first, quote == "\"" || quote == "'" {
        value = value.dropFirst().prefix { $0 != quote }
      } else {
        // A comment starts at a `#` after a space; a `#` inside the value starts its fragment.
        if let comment = value.range(of: " #") { value = value[..<comment.lowerBound] }
        while let last = value.last, last == " " || last == "\t" || last == "\r" { value = value.dropLast() }
      }
      guard !value.isEmpty else { continue }
      let column = line.distance(from: line.startIndex, to: value.startIndex) + 1
      found.append((String(value), number, column))
    }
    return found
  }
}
