public import DocModel
internal import Yams

/// Reads the entries of a table of contents: a `toc.yml` (DocFX's list of `{name, href, items, topicHref}`,
/// or a mapping with `items:`) or a `TOC.md` (headings `# [Name](href)` nested by level, or nested lists of
/// links). Both are untrusted: their size, nesting and number of entries are bounded, YAML aliases are
/// refused, and each problem is a ``TOCInvalid`` finding where it is written.
public enum TOCReader {
  /// The largest `toc.yml` read, in bytes.
  public static let maximumBytes = 16 * 1024 * 1024
  /// The deepest entries are nested, a table of contents included in another counted in.
  public static let maximumDepth = 32
  /// The most entries one table of contents (with those it includes) has.
  public static let maximumEntries = 50_000

  /// The entries of the `toc.yml` whose bytes are `bytes`, and what is wrong with it (findings at `file`).
  public static func yaml(_ bytes: [UInt8], file: String) -> (entries: [TOCEntry], diagnostics: [Diagnostic]) {
    func refused(_ message: String, line: Int = 1, column: Int = 1) -> ([TOCEntry], [Diagnostic]) {
      ([], [TOCInvalid.finding(message, file: file, line: line, column: column)])
    }
    guard bytes.count <= maximumBytes else { return refused(TOCInvalid.tooLarge(limit: maximumBytes)) }
    guard let text = String(validating: bytes, as: UTF8.self) else { return refused(TOCInvalid.notUTF8) }
    if let alias = YAMLAliases.first(in: text) {
      return refused(TOCInvalid.alias(alias.name), line: alias.line, column: alias.column)
    }
    // An entry is two levels of YAML (its mapping, its `items` list), below the top list and mapping.
    if let place = YAMLNesting.firstPlace(deeperThan: 2 * maximumDepth + 2, in: text) {
      return refused(TOCInvalid.tooDeep(limit: maximumDepth), line: place.line, column: place.column)
    }
    let root: Node?
    do {
      // Entries are read as text: the basic resolver types nothing (see ``YAMLDefaultSchema``).
      root = try Parser(yaml: text, resolver: .basic, encoding: .utf8).singleRoot()
    } catch let error as YamlError {
      let problem = YAMLProblem(error)
      return refused(TOCInvalid.invalidYAML(problem.message), line: problem.line, column: problem.column)
    } catch {
      return refused(TOCInvalid.invalidYAML("\(error)"))
    }
    guard let root else { return ([], []) }
    var reading = YAMLReading(file: file)
    if let list = root.sequence {
      return (reading.entries(list, depth: 1), reading.diagnostics)
    }
    if let items = root.mapping?["items"], let list = items.sequence {
      return (reading.entries(list, depth: 1), reading.diagnostics)
    }
    return refused(TOCInvalid.notAList, line: root.mark?.line ?? 1, column: root.mark?.column ?? 1)
  }

  /// The entries of a `TOC.md`, from its parsed `document`: a heading's entries are the headings of the
  /// levels below it and the lists after it; a list item's, the items of its nested lists.
  public static func markdown(_ document: Document, file: String) -> (entries: [TOCEntry], diagnostics: [Diagnostic]) {
    var reading = MarkdownReading(file: file)
    return (reading.entries(document.blocks), reading.diagnostics)
  }

  /// The walk of a composed `toc.yml`, counting its entries.
  private struct YAMLReading {
    let file: String
    var diagnostics: [Diagnostic] = []
    var count = 0
    var reportedCount = false

    init(file: String) {
      self.file = file
    }

    mutating func report(_ message: String, at node: Node?) {
      diagnostics.append(
        TOCInvalid.finding(message, file: file, line: node?.mark?.line ?? 1, column: node?.mark?.column ?? 1))
    }

    mutating func entries(_ list: Node.Sequence, depth: Int) -> [TOCEntry] {
      var entries: [TOCEntry] = []
      for item in list {
        guard count < maximumEntries else {
          if !reportedCount { report(TOCInvalid.tooManyEntries(limit: maximumEntries), at: item) }
          reportedCount = true
          break
        }
        guard let mapping = item.mapping else {
          report(TOCInvalid.entryNotAMapping, at: item)
          continue
        }
        count += 1
        func text(_ key: String) -> String? {
          guard let node = mapping[key] else { return nil }
          guard let value = node.scalar?.string else {
            report(TOCInvalid.notText(key), at: node)
            return nil
          }
          return value
        }
        let href = text("href")
        let topicHref = text("topicHref")
        let name = text("name") ?? text("displayName")
        guard name != nil || href != nil else {
          report(TOCInvalid.missingName, at: item)
          continue
        }
        var entry = TOCEntry(
          name: name ?? TOCReader.name(from: href ?? ""), href: href, topicHref: topicHref, line: item.mark?.line ?? 0,
          column: item.mark?.column ?? 0)
        if let items = mapping["items"] {
          if let list = items.sequence {
            entry.items = self.entries(list, depth: depth + 1)
          } else {
            report(TOCInvalid.itemsNotAList, at: items)
          }
        }
        entries.append(entry)
      }
      return entries
    }
  }

  /// The walk of a `TOC.md`'s blocks.
  private struct MarkdownReading {
    let file: String
    var diagnostics: [Diagnostic] = []
    var count = 0
    var reportedCount = false

    init(file: String) {
      self.file = file
    }

    /// Whether one more entry may be taken.
    mutating func takes(_ range: SourceRange?) -> Bool {
      guard count < maximumEntries else {
        if !reportedCount {
          diagnostics.append(
            TOCInvalid.finding(
              TOCInvalid.tooManyEntries(limit: maximumEntries), file: file, line: range?.start.line ?? 1,
              column: range?.start.column ?? 1))
        }
        reportedCount = true
        return false
      }
      count += 1
      return true
    }

    mutating func entries(_ blocks: [Block]) -> [TOCEntry] {
      // The open headings, each with its level; entries go to the innermost one.
      var top: [TOCEntry] = []
      var open: [(level: Int, entry: TOCEntry)] = []
      func close(below level: Int) {
        while let last = open.last, last.level >= level {
          open.removeLast()
          if open.isEmpty { top.append(last.entry) } else { open[open.count - 1].entry.items.append(last.entry) }
        }
      }
      func add(_ entries: [TOCEntry]) {
        if open.isEmpty { top += entries } else { open[open.count - 1].entry.items += entries }
      }
      for block in blocks {
        switch block {
        case .heading(let heading):
          close(below: heading.level)
          guard open.count < maximumDepth, takes(heading.range) else { continue }
          open.append((heading.level, Self.entry(heading.inlines, at: heading.range)))
        case .list(let list):
          add(entries(list, depth: open.count + 1))
        default: continue
        }
      }
      close(below: 0)
      return top
    }

    mutating func entries(_ list: List, depth: Int) -> [TOCEntry] {
      guard depth <= maximumDepth else { return [] }
      var entries: [TOCEntry] = []
      for item in list.items {
        var entry: TOCEntry?
        for block in item.blocks {
          switch block {
          case .paragraph(let paragraph) where entry == nil:
            guard takes(paragraph.range) else { return entries }
            entry = Self.entry(paragraph.inlines, at: paragraph.range)
          case .list(let nested) where entry != nil:
            entry?.items += self.entries(nested, depth: depth + 1)
          case .list(let nested):
            entries += self.entries(nested, depth: depth)
          default: continue
          }
        }
        if let entry { entries.append(entry) }
      }
      return entries
    }

    /// An entry from a heading's or list item's text: its first link's text and address, or its text alone.
    static func entry(_ inlines: [Inline], at range: SourceRange?) -> TOCEntry {
      let (line, column) = (range?.start.line ?? 0, range?.start.column ?? 0)
      for inline in inlines {
        if case .link(let link) = inline {
          return TOCEntry(
            name: PlainText.render(link.children), href: link.destination, line: line, column: column)
        }
      }
      return TOCEntry(name: PlainText.render(inlines), line: line, column: column)
    }
  }

  /// A name for an entry that has an address only: its file's name without `.md`.
  static func name(from href: String) -> String {
    let file = href.split(separator: "/").last.map(String.init) ?? href
    return file.lowercased().hasSuffix(".md") ? String(file.dropLast(3)) : file
  }
}
