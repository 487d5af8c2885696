public import DocModel

/// A docs folder's tables of contents, `TOC.md` and `toc.yml` (in any case): DocFX's navigation, not pages.
/// They are not rendered, have no front matter and are no catalog's pages, but the links they hold are
/// checked as pages' links are.
public enum TableOfContents {
  /// Whether the file at `path` is a table of contents.
  public static func isTableOfContents(_ path: String) -> Bool {
    let bytes = path.utf8
    let start = bytes.lastIndex(of: UInt8(ascii: "/")).map { bytes.index(after: $0) } ?? bytes.startIndex
    let name = bytes[start...]
    // Only a six- or seven-byte name can be either; others are not lowercased.
    guard name.count == 6 || name.count == 7 else { return false }
    let lowered = String(decoding: name, as: UTF8.self).lowercased()
    return lowered == "toc.md" || lowered == "toc.yml"
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
    /// What reading it found (a file that cannot be read, a `TOC.md`'s parsing findings, a malformed
    /// table of contents).
    public var diagnostics: [Diagnostic]
    /// Its entries, as written (``TOCReader``).
    public var entries: [TOCEntry] = []
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
      let (entries, problems) = TOCReader.markdown(parsed.document, file: name)
      return Read(page: page(parsed), links: nil, diagnostics: parsed.diagnostics + problems, entries: entries)
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
      let (entries, problems) = TOCReader.yaml(bytes, file: name)
      return Read(page: page(parsed), links: hrefs(in: bytes), diagnostics: problems, entries: entries)
    } catch {
      let empty = ParsedPage(document: Document(path: name, blocks: []), diagnostics: [])
      return Read(
        page: page(empty), links: [],
        diagnostics: [IOUnreadable.finding(IOUnreadable.cannotRead(error.reason), file: name)])
    }
  }

  /// The `href:` values of a `toc.yml`, read line by line (`- href: page.md`, `href: "page.md"`), with their
  /// 1-based line and column (in characters). Any other line, however odd, is passed over. Read on bytes: the
  /// characters that matter are ASCII.
  static func hrefs(in bytes: [UInt8]) -> [(destination: String, line: Int, column: Int)] {
    var found: [(destination: String, line: Int, column: Int)] = []
    let space = UInt8(ascii: " ")
    let tab = UInt8(ascii: "\t")
    let key = Array("href:".utf8)
    var number = 0
    var lineStart = 0
    while lineStart <= bytes.count {
      number += 1
      let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
      defer { lineStart = lineEnd + 1 }
      var index = lineStart
      func skipBlanks() { while index < lineEnd, bytes[index] == space || bytes[index] == tab { index += 1 } }
      skipBlanks()
      if index < lineEnd, bytes[index] == UInt8(ascii: "-") {
        index += 1
        skipBlanks()
      }
      guard lineEnd - index >= key.count, bytes[index..<index + key.count].elementsEqual(key) else { continue }
      index += key.count
      skipBlanks()
      var start = index
      var end = lineEnd
      if index < lineEnd, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") {
        let quote = bytes[index]
        start = index + 1
        end = bytes[start..<lineEnd].firstIndex(of: quote) ?? lineEnd
      } else {
        // A comment starts at a `#` after a blank; a `#` inside the value starts its fragment.
        var scan = start
        while scan < lineEnd {
          if bytes[scan] == UInt8(ascii: "#"), scan > start, bytes[scan - 1] == space || bytes[scan - 1] == tab {
            end = scan
            break
          }
          scan += 1
        }
        while end > start, [space, tab, UInt8(ascii: "\r")].contains(bytes[end - 1]) { end -= 1 }
      }
      guard end > start else { continue }
      let column = String(decoding: bytes[lineStart..<start], as: UTF8.self).count + 1
      found.append((String(decoding: bytes[start..<end], as: UTF8.self), number, column))
    }
    return found
  }
}
