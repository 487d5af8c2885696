import DocModel
import DocParser
import Foundation

/// Relative links must reach an existing page, and their `#fragment` one of its headings or anchors.
struct LinkRules {
  let docSet: DocSet

  /// A link and where its block (or table cell) is.
  struct Link {
    var destination: String
    var range: SourceRange?
  }

  func check() -> [Diagnostic] {
    let anchors = ConcurrentMemo<String, Set<String>>()
    let external = docSet.configuration.externalPages.map(GlobPattern.init)
    // Pages are checked on every core; the anchors of a linked page are found once.
    return ConcurrentMap.map(docSet.pages) { check($0, external: external, anchors: anchors) }.flatMap { $0 }
  }

  private func check(
    _ page: DocSet.Page, external: [GlobPattern], anchors memo: ConcurrentMemo<String, Set<String>>
  ) -> [Diagnostic] {
    // The anchors of a linked page, found once whichever thread asks first.
    func anchors(of target: DocSet.Page) -> Set<String> {
      memo.value(for: target.path) { Anchors.of(target.document) }.value
    }
    var diagnostics: [Diagnostic] = []
    let file = docSet.displayPath(page)
    for link in Self.links(in: page.document) {
      let destination = link.destination
      guard !destination.isEmpty, !Self.hasScheme(destination), !destination.hasPrefix("/") else { continue }
      let parts = destination.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
      let pathPart = String(parts[0]).removingPercentEncoding ?? String(parts[0])
      let fragment = parts.count > 1 ? String(parts[1]) : nil
      let (line, column) = position(of: destination, near: link.range, in: page)

      var target: DocSet.Page? = page
      if !pathPart.isEmpty {
        let pathOnly = pathPart.split(separator: "?").first.map(String.init) ?? pathPart
        guard pathOnly.hasSuffix(".md") else { continue }
        if external.contains(where: { $0.matches(pathOnly) || $0.matches((pathOnly as NSString).lastPathComponent) }) {
          continue
        }
        let folder = (page.path as NSString).deletingLastPathComponent
        let resolved = ((folder.isEmpty ? pathOnly : folder + "/" + pathOnly) as NSString).standardizingPath
        target = docSet.page(atPath: resolved)
        if target == nil {
          let onDisk = FileManager.default.fileExists(atPath: docSet.root + "/" + resolved)
          if !onDisk && docSet.configuration.isExplicit {
            diagnostics.append(
              Diagnostic(
                .warning, rule: "link.missing-page", "linked page '\(pathOnly)' does not exist", file: file,
                line: line, column: column))
          }
          continue
        }
      }
      if let fragment, !fragment.isEmpty, let target, !anchors(of: target).contains(fragment),
        !anchors(of: target).contains(fragment.lowercased())
      {
        let targetName = target.path == page.path ? "this page" : "'\(pathPart)'"
        diagnostics.append(
          Diagnostic(
            .warning, rule: "link.missing-anchor", "'#\(fragment)' names no heading or anchor of \(targetName)",
            file: file, line: line, column: column))
      }
    }
    return diagnostics
  }

  /// Where the destination is written, searched in the lines of the block that holds the link.
  private func position(of destination: String, near range: SourceRange?, in page: DocSet.Page) -> (Int, Int) {
    guard let range else { return (0, 0) }
    for number in range.start.line...max(range.start.line, range.end.line) {
      let text = page.line(number)
      let plain = text.utf8Offset(of: "](" + destination)
      if let found = plain ?? text.utf8Offset(of: "](<" + destination) {
        // The column of the destination in characters, after '](' (and '<').
        let before = String(decoding: text.utf8.prefix(found), as: UTF8.self).count
        return (number, before + (plain == nil ? 4 : 3))
      }
    }
    return (range.start.line, 1)
  }

  static func hasScheme(_ destination: String) -> Bool {
    guard let colon = destination.firstIndex(of: ":") else { return false }
    let scheme = destination[..<colon]
    return !scheme.isEmpty && scheme.allSatisfy { $0.isLetter || $0.isNumber || "+-.".contains($0) }
  }

  /// Every link of a page with the range of its block or cell.
  static func links(in document: Document) -> [Link] {
    var links: [Link] = []
    func collect(_ inlines: [Inline], _ range: SourceRange?) {
      for inline in inlines {
        switch inline {
        case .link(let link):
          links.append(Link(destination: link.destination, range: range))
          collect(link.children, range)
        case .emphasis(let children), .strong(let children): collect(children, range)
        default: break
        }
      }
    }
    document.forEachBlock { block in
      switch block {
      case .paragraph(let paragraph): collect(paragraph.inlines, paragraph.range)
      case .heading(let heading): collect(heading.inlines, heading.range)
      case .table(let table):
        for row in table.allRows { for cell in row.cells { collect(cell.inlines, cell.range) } }
      default: break
      }
    }
    return links
  }
}
