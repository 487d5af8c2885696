import DocModel

/// A snippet file read for code constructs: its lines, and where each of its named regions is, found in
/// one pass over the file so that each snippet cut from it costs only the lines it shows. A region lies
/// between DocFX's region markers (`// <name>` … `// </name>`, `<!-- <name> -->`, `# <name>`, `' <name>`,
/// `#region name` … `#endregion`); marker lines are left out of what is shown, and a region's common
/// indentation is taken off.
struct SnippetFile: Equatable {
  /// Why no lines could be cut.
  enum Failure: Error, Equatable {
    /// No region of that name starts in the file.
    case noRegion(String)
    /// The region starts but never ends.
    case unclosedRegion(String)
    /// A range is not of the form `2-5,7` (a start line alone, `3-` to the end).
    case unreadableRange(String)
    /// A range names lines beyond the file's last.
    case rangeBeyondEnd(String, lines: Int)
    /// What the cut shows would exceed the bytes it may.
    case tooLarge
  }

  /// The file's lines, without line endings (a final line ending starts no line).
  let lines: [Substring]
  /// Whether each line is a region marker.
  private let isMarker: [Bool]
  /// Each region by name in lowercase: the index of its opening marker line, and of its end marker line
  /// when it has one. The first region of a name counts.
  private let regions: [String: (start: Int, end: Int?)]

  init(text: String) {
    // `\r\n` is one character: lines end at it as at `\n`.
    var lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
    if lines.last?.isEmpty == true { lines.removeLast() }
    self.lines = lines.map { $0.last == "\r" ? $0.dropLast() : $0 }
    var isMarker = [Bool](repeating: false, count: self.lines.count)
    var regions: [String: (start: Int, end: Int?)] = [:]
    var openTags: Set<String> = []
    var openRegions: [(name: String, start: Int)] = []
    for (index, line) in self.lines.enumerated() {
      guard let marker = RegionMarker(line) else { continue }
      isMarker[index] = true
      switch marker {
      case .tagStart(let name):
        let key = name.lowercased()
        guard regions[key] == nil else { continue }
        regions[key] = (index, nil)
        openTags.insert(key)
      case .tagEnd(let name):
        let key = name.lowercased()
        guard openTags.remove(key) != nil else { continue }
        regions[key]?.end = index
      case .regionStart(let name):
        let key = name.lowercased()
        openRegions.append((key, index))
        if regions[key] == nil { regions[key] = (index, nil) }
      case .regionEnd:
        guard let region = openRegions.popLast() else { continue }
        if regions[region.name]?.start == region.start { regions[region.name]?.end = index }
      }
    }
    self.isMarker = isMarker
    self.regions = regions
  }

  static func == (lhs: SnippetFile, rhs: SnippetFile) -> Bool { lhs.lines == rhs.lines }

  /// The whole file, at most `limit` bytes.
  func whole(limit: Int) throws(Failure) -> String {
    lines.isEmpty ? "" : try cut(range: "1-", limit: limit)
  }

  /// The lines `range` names (`2-5,7`, `3-`), in its order, at most `limit` bytes.
  func cut(range: String, limit: Int) throws(Failure) -> String {
    var shown: [Substring] = []
    var bytes = 0
    for part in range.split(separator: ",") {
      let bounds = part.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false).map {
        $0.trimming { $0 == " " || $0 == "\t" }
      }
      guard let start = Int(bounds[0]), start >= 1 else { throw .unreadableRange(range) }
      var end = start
      if bounds.count == 2 {
        if bounds[1].isEmpty {
          end = lines.count
        } else {
          guard let last = Int(bounds[1]), last >= start else { throw .unreadableRange(range) }
          end = last
        }
      }
      guard start <= lines.count, end <= lines.count else { throw .rangeBeyondEnd(range, lines: lines.count) }
      for line in lines[(start - 1)..<end] {
        bytes += line.utf8.count + 1
        guard bytes <= limit else { throw .tooLarge }
        shown.append(line)
      }
    }
    guard !shown.isEmpty else { throw .unreadableRange(range) }
    return shown.joined(separator: "\n")
  }

  /// The lines of the region `name`, markers left out and common indentation taken off, at most `limit`
  /// bytes.
  func cut(region name: String, limit: Int) throws(Failure) -> String {
    guard let region = regions[name.lowercased()] else { throw .noRegion(name) }
    guard let end = region.end else { throw .unclosedRegion(name) }
    var shown: [Substring] = []
    var bytes = 0
    for index in (region.start + 1)..<end where !isMarker[index] {
      bytes += lines[index].utf8.count + 1
      guard bytes <= limit else { throw .tooLarge }
      shown.append(lines[index])
    }
    return Self.dedented(shown)
  }

  /// The lines with the indentation every non-blank one starts with taken off.
  private static func dedented(_ lines: [Substring]) -> String {
    let indents = lines.filter { !$0.allSatisfy { $0 == " " || $0 == "\t" } }.map {
      $0.prefix { $0 == " " || $0 == "\t" }
    }
    guard var common = indents.first else { return lines.joined(separator: "\n") }
    for indent in indents.dropFirst() {
      common = common.prefix(zip(common, indent).prefix { $0 == $1 }.count)
      if common.isEmpty { break }
    }
    return lines.map { $0.prefix(common.count) == common ? $0.dropFirst(common.count) : $0 }.joined(separator: "\n")
  }
}
