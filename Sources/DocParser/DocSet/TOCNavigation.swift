public import DocModel
import Foundation

/// Each locale's navigation from its tables of contents: the one at the top of the locale's folder
/// (`toc.yml`, else `TOC.md`), its entries' addresses resolved to the locale's pages, and each table of
/// contents an entry names (`href: sub/toc.yml`, `href: sub/`) put in its place, once, inside the locale's
/// folder and never inside itself.
public enum TOCNavigation {
  /// A table of contents of the docs folder, read.
  public struct Table: Sendable {
    public var file: DocSetReader.PageFile
    public var entries: [TOCEntry]

    public init(file: DocSetReader.PageFile, entries: [TOCEntry]) {
      self.file = file
      self.entries = entries
    }
  }

  /// The navigation of each locale that has a table of contents at the top of its folder, and the problems
  /// met following the tables it names (findings at the entry that names them; `root` is the docs folder).
  public static func resolve(_ tables: [Table], root: String) -> (
    navigation: [String: [NavigationEntry]], diagnostics: [Diagnostic]
  ) {
    var byPath: [String: Table] = [:]
    for table in tables where byPath[table.file.path.lowercased()] == nil {
      byPath[table.file.path.lowercased()] = table
    }
    var navigation: [String: [NavigationEntry]] = [:]
    var diagnostics: [Diagnostic] = []
    let tops = tables.filter { $0.file.locale != nil && !$0.file.localPath.contains("/") }.sorted {
      // `toc.yml` before `TOC.md`, as DocFX takes it.
      ($0.file.path.lowercased().hasSuffix(".yml") ? 0 : 1, $0.file.path)
        < ($1.file.path.lowercased().hasSuffix(".yml") ? 0 : 1, $1.file.path)
    }
    for top in tops {
      guard let locale = top.file.locale, navigation[locale] == nil else { continue }
      var resolver = Resolver(
        byPath: byPath, root: root, prefix: String(top.file.path.dropLast(top.file.localPath.utf8.count)))
      resolver.followed.insert(top.file.path.lowercased())
      let entries = resolver.entries(top.entries, in: top.file.path, depth: 1, chain: [top.file.path.lowercased()])
      diagnostics += resolver.diagnostics
      // A table of contents with no entry (one that could not be read) gives no navigation.
      if !entries.isEmpty { navigation[locale] = entries }
    }
    return (navigation, diagnostics)
  }

  private struct Resolver {
    let byPath: [String: Table]
    let root: String
    /// The locale folder, with its `/` (empty when pages are not in locale folders).
    let prefix: String
    var followed: Set<String> = []
    var count = 0
    var reportedCount = false
    var diagnostics: [Diagnostic] = []

    init(byPath: [String: Table], root: String, prefix: String) {
      self.byPath = byPath
      self.root = root
      self.prefix = prefix
    }

    mutating func report(_ message: String, in path: String, at entry: TOCEntry) {
      diagnostics.append(
        TOCInvalid.finding(
          message, file: DocSet.displayPath(path, root: root), line: max(entry.line, 1), column: max(entry.column, 1)))
    }

    mutating func entries(_ entries: [TOCEntry], in path: String, depth: Int, chain: [String]) -> [NavigationEntry] {
      guard depth <= TOCReader.maximumDepth else { return [] }
      var resolved: [NavigationEntry] = []
      for entry in entries {
        guard count < TOCReader.maximumEntries else {
          if !reportedCount { report(TOCInvalid.tooManyEntries(limit: TOCReader.maximumEntries), in: path, at: entry) }
          reportedCount = true
          break
        }
        count += 1
        var navigation = NavigationEntry(title: entry.name)
        if entry.referencesTableOfContents, let href = entry.href {
          navigation.children = included(href, of: entry, from: path, depth: depth, chain: chain)
          navigation.target = entry.topicHref.map { target($0, from: path) } ?? .none
        } else if let href = entry.href {
          navigation.target = target(href, from: path)
        }
        navigation.children += self.entries(entry.items, in: path, depth: depth + 1, chain: chain)
        resolved.append(navigation)
      }
      return resolved
    }

    /// The entries of the table of contents `href` names from the one at `path`.
    mutating func included(
      _ href: String, of entry: TOCEntry, from path: String, depth: Int, chain: [String]
    ) -> [NavigationEntry] {
      let address = Self.pathPart(href)
      guard let joined = ContainedPath.joined(Self.folder(of: path), address), joined.hasPrefix(prefix) else {
        report(TOCInvalid.outside(href), in: path, at: entry)
        return []
      }
      let candidates = address.hasSuffix("/") || address.isEmpty ? [joined + "/toc.yml", joined + "/toc.md"] : [joined]
      let tables = byPath
      guard let table = candidates.lazy.compactMap({ tables[$0.lowercased()] }).first else {
        report(TOCInvalid.missing(href), in: path, at: entry)
        return []
      }
      let key = table.file.path.lowercased()
      guard !chain.contains(key) else {
        report(TOCInvalid.cycle(href), in: path, at: entry)
        return []
      }
      // Each table of contents is followed once: naming one many times cannot multiply the navigation.
      guard followed.insert(key).inserted else { return [] }
      return entries(table.entries, in: table.file.path, depth: depth + 1, chain: chain + [key])
    }

    /// Where `href`, written in the table of contents at `path`, leads.
    func target(_ href: String, from path: String) -> NavigationEntry.Target {
      let trimmed = href.trimmingCharacters(in: .whitespaces)
      if let colon = trimmed.firstIndex(of: ":"), !trimmed[..<colon].contains("/") {
        let lowered = trimmed.lowercased()
        return lowered.hasPrefix("https://") || lowered.hasPrefix("http://") ? .external(trimmed) : .none
      }
      let address = Self.pathPart(trimmed)
      guard !address.isEmpty, !address.hasPrefix("/"), address.lowercased().hasSuffix(".md"),
        let joined = ContainedPath.joined(Self.folder(of: path), address), joined.hasPrefix(prefix)
      else { return .none }
      return .page(String(joined.dropFirst(prefix.count)))
    }

    /// The folder of a path relative to the docs folder, without its `/`.
    static func folder(of path: String) -> String {
      path.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
    }

    /// An address without its query and fragment, `%XX` escapes decoded.
    static func pathPart(_ href: String) -> String {
      let path = String(href.prefix { $0 != "#" && $0 != "?" })
      return path.removingPercentEncoding ?? path
    }
  }
}
