import DocModel
import Mustache

/// A Mustache template parsed in pieces of about `chunkSize` bytes, each a partial of its own, so that
/// parsing stays linear in the template's length.
///
/// swift-mustache's parser measures the text left to read each time it meets a `{`, which makes one long
/// template quadratic to parse; Swift source has a `{` every few lines. The template is cut at line starts
/// that lie between tags and outside sections, and the sections too long to keep whole are cut the same way
/// inside: each run of lines becomes a partial named on a line of its own, which Mustache replaces with
/// the partial's text rendered in the same context, so the output is the same. A template that sets
/// delimiters, uses parents and blocks, or reads a sequence's position (`first`, `last`, `index`, `even`,
/// `odd`, which partials do not see) is parsed whole.
struct ChunkedTemplate: Sendable {
  private let template: MustacheTemplate
  private let library: MustacheLibrary
  /// The number of partials the template was cut into.
  let chunkCount: Int

  /// The template of `text`, cut into chunks of at most about `chunkSize` bytes where it can be.
  init(_ text: String, chunkSize: Int = 1024) throws {
    guard var cutter = TemplateCutter(text, chunkSize: chunkSize), let chunks = cutter.cut() else {
      template = try MustacheTemplate(string: text)
      library = MustacheLibrary()
      chunkCount = 0
      return
    }
    do {
      var library = MustacheLibrary()
      for (name, chunk) in chunks.partials { library.register(try MustacheTemplate(string: chunk), named: name) }
      template = try MustacheTemplate(string: chunks.main)
      self.library = library
      chunkCount = chunks.partials.count
    } catch {
      // A template that does not parse is reported as written, not as the pieces it was cut into.
      _ = try MustacheTemplate(string: text)
      throw error
    }
  }

  func render(_ context: Any) -> String {
    template.render(context, library: library)
  }
}

/// Cuts a template's text into a main template and partials (``ChunkedTemplate``).
private struct TemplateCutter {
  static let partialPrefix = "doccatalog-chunk-"
  /// Tag names that read the position in a sequence, which a partial does not see.
  static let sequenceNames: Set<Substring> = ["first", "last", "index", "even", "odd"]

  let bytes: [UInt8]
  let chunkSize: Int
  /// The byte offset of each line's start, and one past the end.
  var lineStarts: [Int] = [0]
  /// For each line start, the section depth there, or `nil` when a tag spans it.
  var depths: [Int?] = []
  var partials: [(String, String)] = []

  /// `nil` when the template uses what partials cannot carry.
  init?(_ text: String, chunkSize: Int) {
    bytes = Array(text.utf8)
    self.chunkSize = chunkSize
    for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") { lineStarts.append(offset + 1) }
    if lineStarts.last != bytes.count { lineStarts.append(bytes.count) }
    // Each line start's depth, reading the tags in order.
    var depth = 0
    var line = 0
    var offset = 0
    depths = Array(repeating: nil, count: lineStarts.count)
    func passLineStarts(upTo limit: Int, inside: Bool) {
      while line < lineStarts.count, lineStarts[line] <= limit {
        depths[line] = inside ? nil : depth
        line += 1
      }
    }
    while let open = Self.find([0x7B, 0x7B], in: bytes, from: offset) {
      passLineStarts(upTo: open, inside: false)
      guard let close = Self.find([0x7D, 0x7D], in: bytes, from: open + 2) else { return nil }
      var end = close + 2
      if end < bytes.count, bytes[end] == 0x7D, bytes[open + 2] == 0x7B { end += 1 }
      passLineStarts(upTo: end - 1, inside: true)
      let content = bytes[(open + 2)..<close]
      let sigil = content.first ?? 0
      let name = Self.name(content)
      switch sigil {
      case UInt8(ascii: "="), UInt8(ascii: "<"), UInt8(ascii: "$"): return nil
      case UInt8(ascii: "#"), UInt8(ascii: "^"): depth += 1
      case UInt8(ascii: "/"): depth -= 1
      default: break
      }
      if sigil != UInt8(ascii: "!"), Self.sequenceNames.contains(name) || name.contains("()") { return nil }
      offset = end
    }
    passLineStarts(upTo: bytes.count, inside: false)
    guard depth == 0 else { return nil }
  }

  /// The main template and its partials, or `nil` when the template is short enough whole.
  mutating func cut() -> (main: String, partials: [(String, String)])? {
    guard bytes.count > chunkSize else { return nil }
    // The lines cut end at a line start outside sections; a last line without a newline to end its
    // partial's line stays in the main template, with what it closes.
    var last = bytes.last == UInt8(ascii: "\n") ? lineStarts.count - 1 : lineStarts.count - 2
    while last > 0, depths[last] != 0 { last -= 1 }
    guard last > 0 else { return nil }
    var main = cut(lines: 0..<last, depth: 0)
    main += text(lineStarts[last]..<bytes.count)
    return (main, partials)
  }

  /// The text standing for `lines` (their starts at `depth`, as is the start after them): runs of whole
  /// groups as partials, and the groups too long to be one partial cut again inside.
  private mutating func cut(lines: Range<Int>, depth: Int) -> String {
    var result = ""
    var run = lines.lowerBound
    var groupStart = lines.lowerBound
    func flush(to end: Int) {
      guard run < end else { return }
      let name = Self.partialPrefix + String(partials.count)
      partials.append((name, text(lineStarts[run]..<lineStarts[end])))
      result += "{{>\(name)}}\n"
    }
    for line in (lines.lowerBound + 1)...lines.upperBound where depths[line] == depth {
      // Lines groupStart..<line are one balanced group.
      defer { groupStart = line }
      let length = lineStarts[line] - lineStarts[groupStart]
      if lineStarts[line] - lineStarts[run] <= chunkSize { continue }
      if length > chunkSize, line - groupStart > 2, let inner = innerDepth(groupStart + 1..<line - 1) {
        flush(to: groupStart)
        result += text(lineStarts[groupStart]..<lineStarts[groupStart + 1])
        result += cut(lines: groupStart + 1..<line - 1, depth: inner)
        result += text(lineStarts[line - 1]..<lineStarts[line])
        run = line
      } else if groupStart > run {
        flush(to: groupStart)
        run = groupStart
      }
    }
    flush(to: lines.upperBound)
    return result
  }

  /// The depth of the line starts of `lines` and the one after, when both ends share it and no start in
  /// between is shallower or inside a tag.
  private func innerDepth(_ lines: Range<Int>) -> Int? {
    guard let depth = depths[lines.lowerBound], depths[lines.upperBound] == depth else { return nil }
    for line in lines { if let inner = depths[line], inner < depth { return nil } }
    return depth
  }

  private func text(_ range: Range<Int>) -> String {
    String(decoding: bytes[range], as: UTF8.self)
  }

  /// A tag's name: its content without the sigil, the blanks around and a triple mustache's brace.
  private static func name(_ content: ArraySlice<UInt8>) -> Substring {
    var content = content
    if let first = content.first, "#^/&!>{=<$".utf8.contains(first) { content = content.dropFirst() }
    while let first = content.first, first == 0x20 || first == 0x09 { content = content.dropFirst() }
    while let last = content.last, last == 0x20 || last == 0x09 || last == 0x7D { content = content.dropLast() }
    return Substring(decoding: content, as: UTF8.self)
  }

  private static func find(_ pair: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
    guard start < bytes.count else { return nil }
    return bytes.withUnsafeBufferPointer { text in
      pair.withUnsafeBufferPointer { ByteSearch.offset(of: $0, in: UnsafeBufferPointer(rebasing: text[start...])) }
    }.map { $0 + start }
  }
}
