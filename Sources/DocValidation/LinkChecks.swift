import DocModel
import DocParser
import Foundation

/// Relative links must reach an existing page (``LinkMissingPage``), and their `#fragment` one of its
/// headings or anchors (``LinkMissingAnchor``), resolved as Learn resolves them: pages and anchors in any
/// case (``LinkCaseMismatch`` notes the exact spelling), a translation's link to a page only the source
/// locale has reaching that page, a folder reaching its `index.md`, and a redirected page named as such
/// (``LinkRedirected``). Every rule's findings, in one walk over every page's links and the links of the files
/// that are not pages: the tables of contents and the included files (whose `#fragment`-only links are the
/// including page's, not checked here).
struct LinkChecks {
  let docSet: DocSet
  /// Each page's links and anchors, by path, when they were taken as the pages were read (their blocks then
  /// let go of); otherwise they are found in the pages' documents.
  var pageLinks: [String: PageLinks]?
  /// The tables of contents (`TOC.md`, `toc.yml`), each with its links.
  var tables: [(page: DocSet.Page, links: PageLinks)] = []
  /// The files pages include, each with its links (resolved from the file's own folder, as DocFX does).
  var includedFiles: [(page: DocSet.Page, links: PageLinks)] = []

  /// A link and where its block (or table cell) is.
  struct Link: Sendable {
    var destination: String
    var range: SourceRange?
    /// Whether `range` starts exactly at the destination (a table of contents' `href:`), rather than at the
    /// block the destination is searched in.
    var isExact = false
  }

  /// Pages by their path lowercased, and the pages' paths by the same.
  private struct CaseIndex {
    var paths: [String: String] = [:]

    init(_ docSet: DocSet) {
      for page in docSet.pages where paths[page.path.lowercased()] == nil { paths[page.path.lowercased()] = page.path }
    }
  }

  func check() -> [Diagnostic] {
    let anchors = ConcurrentMemo<String, PageAnchors>()
    let includedAnchors = ConcurrentMemo<String, AnchorSet>()
    let external = docSet.configuration.externalPages.map(GlobPattern.init)
    let caseIndex = CaseIndex(docSet)
    let (redirections, redirectionFindings) = Redirections.load(docsRoot: docSet.root)
    let linking =
      docSet.pages.map { (page: $0, links: pageLinks?[$0.path]?.links, isPage: true) }
      + (tables + includedFiles).map { (page: $0.page, links: Optional($0.links.links), isPage: false) }
    // Pages are checked on every core; the anchors of a linked page are found once.
    let found = ConcurrentMap.map(linking) {
      check(
        $0.page, links: $0.links, isPage: $0.isPage, external: external, anchors: anchors,
        includedAnchors: includedAnchors, caseIndex: caseIndex, redirections: redirections)
    }
    return redirectionFindings + found.flatMap { $0 }
  }

  private func check(
    _ page: DocSet.Page, links: [Link]?, isPage: Bool, external: [GlobPattern],
    anchors memo: ConcurrentMemo<String, PageAnchors>, includedAnchors: ConcurrentMemo<String, AnchorSet>,
    caseIndex: CaseIndex, redirections: Redirections
  ) -> [Diagnostic] {
    // The anchors of a linked page, found once whichever thread asks first.
    func anchors(ofPageAt path: String) -> PageAnchors {
      if let known = pageLinks?[path] { return known.anchors }
      return memo.value(for: path) {
        guard let page = docSet.page(atPath: path) else { return .none }
        return Anchors.of(page.document, path: page.path, localPath: page.localPath, includes: docSet.includes) {
          file, document in
          file == path
            ? AnchorSet(Anchors.own(document))
            : includedAnchors.value(for: file) { AnchorSet(Anchors.own(document)) }.value
        }
      }.value
    }
    var diagnostics: [Diagnostic] = []
    let file = docSet.displayPath(page)
    let folder = Self.folder(ofPagePath: page.path)
    let sourceLocale = docSet.configuration.sourceLocale
    // The folder of the page's locale, when the page is a translation: links there fall back to the source.
    let localeFolder: Substring? =
      page.locale != sourceLocale && page.path.hasSuffix(page.localPath)
      ? page.path.dropLast(page.localPath.utf8.count) : nil
    // Most links are fine: the pattern match and the position are only worked out for a finding.
    func isExternal(_ path: String) -> Bool {
      guard !external.isEmpty else { return false }
      let name = Self.lastPathComponent(path)
      // A path without a folder is its own file name, matched once.
      if name.utf8.count == path.utf8.count { return external.contains { $0.matches(path) } }
      let nameText = String(name)
      return external.contains(where: { $0.matches(path) || $0.matches(nameText) })
    }
    // Only what is inside the docs is looked up: a path that climbs above them is no page of theirs, and a
    // finding must never tell what exists outside.
    func onDisk(_ path: String) -> Bool {
      guard let inside = ContainedPath.joined("", path) else { return false }
      return FileManager.default.fileExists(atPath: docSet.root + "/" + inside)
    }
    func report(_ rule: any DiagnosticRule.Type, _ message: String, _ link: Link) {
      let (line, column) = position(of: link, in: page)
      diagnostics.append(rule.finding(message, file: file, line: line, column: column))
    }
    // The page's folder with its slash, joined to each link's path.
    let folderPrefix = folder.isEmpty ? "" : folder + "/"
    for link in links ?? Self.links(in: page.document) {
      guard let destination = LinkDestination.read(link.destination) else { continue }
      let pathPart = destination.pathPart

      // The linked page, by path: copying a page's value for each link would cost more than the check.
      var target: String? = isPage ? page.path : nil
      // Whether the link's path names an external page, worked out at most once, and only when it matters.
      var externalPath: Bool?
      if !pathPart.isEmpty {
        let path = destination.path
        let joined = folderPrefix.isEmpty ? path : folderPrefix + path
        let isMarkdown = Self.isMarkdownPath(path)
        var resolvedPath: String
        if isMarkdown {
          resolvedPath = Self.standardized(joined)
        } else {
          // A folder is its `index.md`; any other file that is not Markdown is not checked. A name with a
          // file's extension of letters (`media/error.png`) is no folder, and is passed over at once.
          if Self.hasLetterExtension(path) { continue }
          let trimmed = joined.hasSuffix("/") ? String(joined.dropLast()) : joined
          resolvedPath = Self.standardized(trimmed.isEmpty ? "index.md" : trimmed + "/index.md")
        }
        // `..` goes up a folder, as Learn resolves it; a path that climbs above the docs keeps its `..` and
        // names no page.
        if resolvedPath.containsBytes(of: ".."), Self.hasParentStep(resolvedPath),
          let resolved = ContainedPath.joined("", resolvedPath)
        {
          resolvedPath = resolved
        }
        // A redirected page is named as such, external or not.
        if let redirection = redirections.redirection(ofPagePath: resolvedPath) {
          report(LinkRedirected.self, LinkRedirected.redirected(path, to: redirection.target), link)
          continue
        }
        if docSet.hasPage(atPath: resolvedPath) {
          target = resolvedPath
        } else {
          // Nothing else is reported of a link to an external page: neither a missing page, nor its case,
          // nor its anchors.
          if isExternal(path) { continue }
          externalPath = false
          if let actual = caseIndex.paths[resolvedPath.lowercased()] {
            target = actual
            let spelling = Self.relativeSpelling(
              of: actual, written: path, joined: isMarkdown ? resolvedPath : Self.standardized(joined))
            report(LinkCaseMismatch.self, LinkCaseMismatch.page(path, actual: spelling), link)
          } else if let localeFolder, Self.hasPrefix(resolvedPath, localeFolder),
            let source = docSet.page(String(resolvedPath.dropFirst(localeFolder.utf8.count)), locale: sourceLocale)
          {
            // In a translation, the source locale's page where the locale lacks it.
            target = source.path
          } else {
            if isMarkdown, docSet.configuration.isExplicit, !onDisk(resolvedPath) {
              report(LinkMissingPage.self, LinkMissingPage.missing(path), link)
            }
            continue
          }
        }
        // Nor the anchors of an external page.
        if destination.fragment?.isEmpty == false, externalPath ?? isExternal(path) { continue }
      }
      guard let fragment = destination.fragment, !fragment.isEmpty, let target else { continue }
      let offered = anchors(ofPageAt: target)
      guard !offered.contains(fragment) else { continue }
      let targetName = target == page.path ? "this page" : "'\(pathPart)'"
      if let actual = offered.sameButForCase(fragment) {
        report(LinkCaseMismatch.self, LinkCaseMismatch.anchor(fragment, actual: actual, target: targetName), link)
      } else {
        report(LinkMissingAnchor.self, LinkMissingAnchor.missing(fragment, target: targetName), link)
      }
    }
    return diagnostics
  }

  /// The link as it should be written to reach the page at `resolved`: the written path with its last
  /// components (as many as the resolved path differs in) spelled as the page's path spells them.
  private static func relativeSpelling(of resolved: String, written: String, joined: String) -> String {
    let writtenParts = written.split(separator: "/", omittingEmptySubsequences: false)
    let resolvedParts = resolved.split(separator: "/", omittingEmptySubsequences: false)
    let joinedParts = joined.split(separator: "/", omittingEmptySubsequences: false)
    guard resolvedParts.count == joinedParts.count else { return resolved }
    var fixed = writtenParts
    for offset in 1...min(writtenParts.count, resolvedParts.count) {
      let index = writtenParts.count - offset
      guard writtenParts[index] != ".." && writtenParts[index] != "." else { break }
      fixed[index] = resolvedParts[resolvedParts.count - offset]
    }
    return fixed.joined(separator: "/")
  }

  // Destinations are read by characters, as written: an ASCII one, nearly every one, has one character a
  // byte and is read on bytes.

  /// The text before the first `#` character, and the text after it, if any.
  static func pathAndFragment(of destination: String) -> (path: Substring, fragment: Substring?) {
    let utf8 = destination.utf8
    if destination.isASCII {
      guard let hash = utf8.firstIndex(of: UInt8(ascii: "#")) else { return (destination[...], nil) }
      return (destination[..<hash], destination[utf8.index(after: hash)...])
    }
    let parts = destination.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
    return (parts[0], parts.count > 1 ? parts[1] : nil)
  }

  /// The first nonempty text between `?` characters, or the whole path when there is none.
  static func pathBeforeQuery(_ path: String) -> String {
    let utf8 = path.utf8
    guard utf8.contains(UInt8(ascii: "?")) else { return path }
    if path.isASCII {
      var start = utf8.startIndex
      while start < utf8.endIndex {
        let end = utf8[start...].firstIndex(of: UInt8(ascii: "?")) ?? utf8.endIndex
        if end > start { return String(path[start..<end]) }
        start = utf8.index(after: end)
      }
      return path
    }
    return path.split(separator: "?").first.map(String.init) ?? path
  }

  /// The text after the last `/` of a Markdown path (which ends in `.md`, not in `/`): its file name, as
  /// `NSString.lastPathComponent` gives it.
  static func lastPathComponent(_ path: String) -> Substring {
    // On an ASCII path, the offset of its last `/` (-1 without one), read on its bytes.
    let asciiSlash: Int? =
      path.utf8.withContiguousStorageIfAvailable { bytes in
        ByteSearch.isASCII(bytes) ? (bytes.lastIndex(of: UInt8(ascii: "/")) ?? -1) : nil
      } ?? nil
    if let asciiSlash { return path[path.utf8.index(path.utf8.startIndex, offsetBy: asciiSlash + 1)...] }
    // A `/` with a mark after it is another character.
    guard let slash = path.lastIndex(of: "/") else { return path[...] }
    return path[path.index(after: slash)...]
  }

  /// Whether `path` begins with the characters of `prefix`; decided on bytes when `path` is ASCII.
  static func hasPrefix(_ path: String, _ prefix: Substring) -> Bool {
    if path.utf8.starts(with: prefix.utf8) { return path.isASCII || path.hasPrefix(prefix) }
    // Other bytes can still be the same characters, canonically, when either is past ASCII.
    return !(path.isASCII && prefix.isASCII) && path.hasPrefix(prefix)
  }

  /// The folder of a page's path, relative to the docs folder: the text before its last `/`, or empty. A
  /// page's path is folder names and a file name joined by single slashes, so this is what
  /// `NSString.deletingLastPathComponent` gives, without bridging a string for every page.
  static func folder(ofPagePath path: String) -> String {
    guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
    return String(path[..<slash])
  }

  /// Whether the path's last characters are `.md`.
  static func isMarkdownPath(_ path: String) -> Bool {
    // Characters that end in `.md` end in its bytes; bytes past ASCII before them can make the `.` part of
    // another character.
    let endsInBytes =
      path.utf8.withContiguousStorageIfAvailable { bytes in
        bytes.count >= 3 && bytes[bytes.count - 3] == UInt8(ascii: ".") && bytes[bytes.count - 2] == UInt8(ascii: "m")
          && bytes[bytes.count - 1] == UInt8(ascii: "d")
      } ?? path.utf8.reversed().starts(with: "dm.".utf8)
    return endsInBytes && (path.isASCII || path.hasSuffix(".md"))
  }

  /// Whether the last part of a path ends with a dot and one to five ASCII letters (`png`, `yml`).
  static func hasLetterExtension(_ path: String) -> Bool {
    var letters = 0
    for byte in path.utf8.reversed() {
      if byte == UInt8(ascii: ".") { return letters > 0 && letters <= 5 }
      guard (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") else { return false }
      letters += 1
    }
    return false
  }

  /// The path with `//` and `.` components reduced (and `~` expanded) as Foundation's `standardizingPath`
  /// does; paths without them, nearly all links, are returned as they are.
  /// Whether a path has a `..` component.
  static func hasParentStep(_ path: String) -> Bool {
    path.utf8.split(separator: UInt8(ascii: "/")).contains {
      $0.count == 2 && $0.allSatisfy { $0 == UInt8(ascii: ".") }
    }
  }

  private static func standardized(_ path: String) -> String {
    guard mayNeedStandardizing(path) else { return path }
    return standardizedRelative(path) ?? (path as NSString).standardizingPath
  }

  /// What Foundation's `standardizingPath` makes of a relative ASCII path (nil for any other path) where no
  /// symbolic link is met, read on its bytes: its first component as it is, then each other one but empty
  /// ones and `.`, joined by single slashes. A `..` stays, as Foundation leaves it in a relative path.
  static func standardizedRelative(_ path: String) -> String? {
    path.utf8.withContiguousStorageIfAvailable { bytes -> String? in
      guard let first = bytes.first, first != UInt8(ascii: "/"), first != UInt8(ascii: "~"), ByteSearch.isASCII(bytes)
      else { return nil }
      var result: [UInt8] = []
      result.reserveCapacity(bytes.count)
      var isFirst = true
      for component in bytes.split(separator: UInt8(ascii: "/")) {
        if !isFirst {
          if component.count == 1 && component.first == UInt8(ascii: ".") { continue }
          result.append(UInt8(ascii: "/"))
        }
        result.append(contentsOf: component)
        isFirst = false
      }
      return String(decoding: result, as: UTF8.self)
    } ?? nil
  }

  /// Whether the path starts with `~` or holds `//` or `./`, read on its bytes in one pass.
  static func mayNeedStandardizing(_ path: String) -> Bool {
    path.utf8.withContiguousStorageIfAvailable { bytes in
      guard let first = bytes.first else { return false }
      if first == UInt8(ascii: "~") { return true }
      var previous = first
      for byte in bytes.dropFirst() {
        if byte == UInt8(ascii: "/") && (previous == UInt8(ascii: "/") || previous == UInt8(ascii: ".")) { return true }
        previous = byte
      }
      return false
    } ?? (path.utf8.first == UInt8(ascii: "~") || path.containsBytes(of: "//") || path.containsBytes(of: "./"))
  }

  /// Where the destination is written, searched in the lines of the block that holds the link.
  private func position(of link: Link, in page: DocSet.Page) -> (Int, Int) {
    guard let range = link.range else { return (0, 0) }
    if link.isExact { return (range.start.line, range.start.column) }
    let destination = link.destination
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

  /// Whether the destination starts with a URI scheme (`https:`, `mailto:`): letters, digits, `+`, `-`
  /// or `.` before the first `:` character.
  static func hasScheme(_ destination: String) -> Bool {
    let utf8 = destination.utf8
    guard let colon = utf8.firstIndex(of: UInt8(ascii: ":")) else { return false }
    // ASCII around the colon, the usual case, is decided on bytes.
    let after = utf8.index(after: colon)
    let scheme = utf8[..<colon]
    if (after == utf8.endIndex || utf8[after] < 0x80) && destination[..<colon].isASCII {
      return !scheme.isEmpty
        && scheme.allSatisfy { byte in
          switch byte {
          case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."):
            true
          default: false
          }
        }
    }
    // Otherwise by characters: a mark after the colon makes it another character.
    guard let characterColon = destination.firstIndex(of: ":") else { return false }
    let characters = destination[..<characterColon]
    return !characters.isEmpty && characters.allSatisfy { $0.isLetter || $0.isNumber || "+-.".contains($0) }
  }

  /// Every link of a page with the range of its block or cell.
  static func links(in document: Document) -> [Link] {
    links(in: PageAddresses.of(document))
  }

  /// The links among a page's addresses: Markdown links and raw HTML's `<a href>`, checked alike.
  static func links(in addresses: [PageAddresses.Address]) -> [Link] {
    addresses.compactMap { $0.kind == .link ? Link(destination: $0.destination, range: $0.range) : nil }
  }
}
