import DocModel
internal import Yams

/// Splits a page's leading `---` block off and reads it as YAML.
///
/// The front matter lines are blanked, not cut, in the text given to libcmark, so line numbers stay true.
enum FrontMatterParser {
  /// The result of splitting: the front matter and the bytes libcmark should parse.
  struct Split {
    var frontMatter: FrontMatter
    /// The page with every front matter line emptied (line endings kept).
    var markdownBytes: [UInt8]
  }

  static func split(_ source: SourceText, file: String, diagnostics: inout [Diagnostic]) -> Split {
    guard source.lineCount >= 1, isFence(source, line: 1, allowDots: false) else {
      return Split(frontMatter: FrontMatter(), markdownBytes: source.bytes)
    }
    var closing: Int?
    var line = 2
    while line <= source.lineCount {
      if isFence(source, line: line, allowDots: true) {
        closing = line
        break
      }
      line += 1
    }
    guard let closing else {
      diagnostics.append(
        FrontMatterUnterminated.finding(FrontMatterUnterminated.neverClosed, file: file, line: 1, column: 1))
      return Split(frontMatter: FrontMatter(isMalformed: true), markdownBytes: source.bytes)
    }

    var yaml = ""
    if closing > 2 {
      let start = source.lineRange(2).lowerBound
      let end = source.lineRange(closing - 1).upperBound
      // Keep the lines as they are, but with `\n` endings only, so YAML marks map to page lines.
      yaml.reserveCapacity(end - start)
      for yamlLine in 2..<closing {
        yaml += source.lineText(yamlLine)
        yaml += "\n"
      }
    }
    let errorsBefore = diagnostics.count
    let fields = parseYAML(yaml, firstLine: 2, file: file, source: source, diagnostics: &diagnostics)

    var markdown = [UInt8](repeating: 0x0A, count: closing)
    let rest = closing < source.lineCount ? source.lineRange(closing + 1).lowerBound : source.bytes.count
    markdown.append(contentsOf: source.bytes[rest...])
    return Split(
      frontMatter: FrontMatter(
        fields: fields, range: SourceRange(lines: 1, closing, endColumn: 3),
        isMalformed: diagnostics.count > errorsBefore),
      markdownBytes: markdown)
  }

  /// Whether a line is `---` (or `...` when closing), with nothing but trailing white space.
  private static func isFence(_ source: SourceText, line: Int, allowDots: Bool) -> Bool {
    let range = source.lineRange(line)
    let bytes = source.bytes[range]
    guard bytes.count >= 3 else { return false }
    let marker = bytes[range.lowerBound]
    guard marker == UInt8(ascii: "-") || (allowDots && marker == UInt8(ascii: ".")) else { return false }
    let fence = bytes.prefix(3)
    guard fence.allSatisfy({ $0 == marker }) else { return false }
    return bytes.dropFirst(3).allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
  }

  private static func parseYAML(
    _ yaml: String, firstLine: Int, file: String, source: SourceText, diagnostics: inout [Diagnostic]
  ) -> [FrontMatterField] {
    if let fields = simpleFields(yaml, firstLine: firstLine) { return fields }
    return parseYAMLWithYams(yaml, firstLine: firstLine, file: file, diagnostics: &diagnostics)
  }

  /// The fields of front matter made only of `key: value` lines, blank lines and comment lines, whose keys
  /// are ASCII names and whose values are plain one-line scalars that YAML reads as they are written; `nil`
  /// for anything else, which Yams reads.
  ///
  /// Most pages' front matter is this simple, and Yams, which builds a parser and its events for each page,
  /// cost about a twentieth of a build. The values are typed by the same code as Yams' scalars. A property
  /// test holds this reading to Yams' on generated front matter.
  // Kept beside Yams (make bench, 2026-12-05): the typical validate took 0.46 s with Yams alone, 0.42 s with this.
  static func simpleFields(_ yaml: String, firstLine: Int) -> [FrontMatterField]? {
    var fields: [FrontMatterField] = []
    var keys: Set<String> = []
    var yaml = yaml
    let isSimple = yaml.withUTF8 { bytes -> Bool in
      var lineStart = 0
      var lineNumber = firstLine
      while lineStart < bytes.count {
        let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
        defer {
          lineStart = lineEnd + 1
          lineNumber += 1
        }
        let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd])
        if line.isEmpty || line[0] == UInt8(ascii: "#") { continue }
        guard let (key, value, isQuoted) = simpleField(line), keys.insert(key).inserted else { return false }
        // As Yams tags them: a quoted scalar is a string, a plain one is typed by its text, by the same code
        // as Yams' scalars when it is not a string.
        let typed: FrontMatterValue
        if isQuoted || YAMLDefaultSchema.tag(ofPlain: value) == .str {
          typed = .string(value)
        } else {
          typed = convert(.scalar(.init(value, Tag(.implicit, .basic, .default), .plain)), depth: 0)
        }
        fields.append(FrontMatterField(key: key, value: typed, line: lineNumber))
      }
      return true
    }
    return isSimple && !fields.isEmpty ? fields : nil
  }

  /// The key and value of a `key: value` line with an ASCII name for a key and a one-line value that YAML
  /// takes as written: plain (trailing spaces aside), or quoted without escapes. `nil` for any other line.
  private static func simpleField(_ line: UnsafeBufferPointer<UInt8>) -> (String, String, isQuoted: Bool)? {
    var index = 0
    while index < line.count, isKeyByte(line[index]) { index += 1 }
    guard index > 0, index <= 128, line[0] != UInt8(ascii: "-"), line[0] != UInt8(ascii: "."),
      index + 1 < line.count, line[index] == UInt8(ascii: ":"), line[index + 1] == UInt8(ascii: " ")
    else { return nil }
    let key = String(decoding: UnsafeBufferPointer(rebasing: line[..<index]), as: UTF8.self)
    var start = index + 2
    while start < line.count, line[start] == UInt8(ascii: " ") { start += 1 }
    var end = line.count
    while end > start, line[end - 1] == UInt8(ascii: " ") { end -= 1 }
    guard start < end else { return nil }
    var isQuoted = false
    if line[start] == UInt8(ascii: "\"") || line[start] == UInt8(ascii: "'") {
      // Quoted without escapes: neither the quote inside, nor a backslash in double quotes.
      let quote = line[start]
      guard end - start >= 2, line[end - 1] == quote else { return nil }
      start += 1
      end -= 1
      for byte in line[start..<end] where byte == quote || (quote == UInt8(ascii: "\"") && byte == UInt8(ascii: "\\")) {
        return nil
      }
      isQuoted = true
    } else if isIndicator(line[start]) {
      return nil
    }
    var position = start
    while position < end {
      let byte = line[position]
      if byte < 0x80 {
        guard byte >= 0x20, byte != 0x7F else { return nil }
        // Unquoted, `: ` or a final `:` would make a mapping, and ` #` a comment.
        if !isQuoted, byte == UInt8(ascii: ":"), position + 1 == end || line[position + 1] == UInt8(ascii: " ") {
          return nil
        }
        if !isQuoted, byte == UInt8(ascii: "#"), line[position - 1] == UInt8(ascii: " ") { return nil }
        position += 1
        continue
      }
      // Not C1 controls (U+0085 is a YAML line break), U+2028 and U+2029 (line breaks), the byte order mark
      // or the noncharacters U+FFFE and U+FFFF.
      let length = byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
      guard position + length <= end else { return nil }
      let second = line[position + 1]
      if byte == 0xC2, second < 0xA0 { return nil }
      if length == 3 {
        let third = line[position + 2]
        if byte == 0xE2, second == 0x80, third == 0xA8 || third == 0xA9 { return nil }
        if byte == 0xEF, second == 0xBB, third == 0xBF { return nil }
        if byte == 0xEF, second == 0xBF, third >= 0xBE { return nil }
      }
      position += length
    }
    return (key, String(decoding: UnsafeBufferPointer(rebasing: line[start..<end]), as: UTF8.self), isQuoted)
  }

  /// ASCII letters, digits, `_`, `.` and `-`: the bytes of keys such as `ms.date`.
  private static func isKeyByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "-"):
      true
    default:
      false
    }
  }

  /// The bytes that give a value starting with them a meaning other than plain text in YAML: quotes, block
  /// scalars, flow collections, anchors, aliases, tags, comments, directives, reserved characters, and the
  /// sequence, key and value indicators.
  private static func isIndicator(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "["),
      UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "#"), UInt8(ascii: "&"), UInt8(ascii: "*"),
      UInt8(ascii: "!"), UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "%"),
      UInt8(ascii: "@"), UInt8(ascii: "`"):
      true
    default:
      false
    }
  }

  /// The fields of any front matter, read by Yams.
  static func parseYAMLWithYams(
    _ yaml: String, firstLine: Int, file: String, diagnostics: inout [Diagnostic]
  ) -> [FrontMatterField] {
    // Aliases are refused before Yams composes anything: it would expand them.
    if let alias = YAMLAliases.first(in: yaml) {
      diagnostics.append(
        FrontMatterInvalidYAML.finding(
          FrontMatterInvalidYAML.alias(alias.name), file: file, line: alias.line + firstLine - 1,
          column: alias.column))
      return []
    }
    let node: Node?
    do {
      // The basic resolver types nothing: `typeName(of:)` resolves the scalars that need it. Yams' default
      // resolver tries its regular expressions on every scalar and key, which costs more than the rest of
      // a page's parse; the encoding is given so that Yams does not read the environment for each page.
      node = try Parser(yaml: yaml, resolver: .basic, encoding: .utf8).singleRoot()
    } catch let error as YamlError {
      diagnostics.append(diagnostic(for: error, firstLine: firstLine, file: file))
      return []
    } catch {
      diagnostics.append(
        FrontMatterInvalidYAML.finding(
          FrontMatterInvalidYAML.invalid("\(error)"), file: file, line: firstLine, column: 1))
      return []
    }
    guard let node else { return [] }
    guard case .mapping(let mapping) = node else {
      diagnostics.append(
        FrontMatterNotAMapping.finding(FrontMatterNotAMapping.notAMapping, file: file, line: firstLine, column: 1))
      return []
    }
    return mapping.map { key, value in
      FrontMatterField(
        key: key.string ?? "", value: convert(value, depth: 0),
        line: (key.mark?.line ?? 1) + firstLine - 1)
    }
  }

  private static func convert(_ node: Node, depth: Int) -> FrontMatterValue {
    guard depth < 64 else { return .null }
    switch node {
    case .scalar(let scalar):
      switch typeName(of: scalar) {
      case .null: return .null
      case .bool: return node.bool.map(FrontMatterValue.bool) ?? .string(scalar.string)
      case .int: return node.int.map(FrontMatterValue.integer) ?? .string(scalar.string)
      case .float:
        guard let value = node.float, value.isFinite else { return .string(scalar.string) }
        return .number(value)
      default: return .string(scalar.string)
      }
    case .sequence(let sequence):
      return .list(sequence.map { convert($0, depth: depth + 1) })
    case .mapping(let mapping):
      return .mapping(
        mapping.map { FrontMatterField(key: $0.key.string ?? "", value: convert($0.value, depth: depth + 1)) })
    case .alias:
      return .null
    }
  }

  /// The tag YAML's default schema gives a scalar: the one written, or for a plain scalar the one its
  /// text implies (``YAMLDefaultSchema``).
  private static func typeName(of scalar: Node.Scalar) -> Tag.Name {
    let written = Tag.Name(rawValue: scalar.tag.rawValue)
    guard written == .implicit else { return written == .nonSpecific ? .str : written }
    return YAMLDefaultSchema.tag(ofPlain: scalar.string)
  }

  private static func diagnostic(for error: YamlError, firstLine: Int, file: String) -> Diagnostic {
    let problem = YAMLProblem(error)
    return FrontMatterInvalidYAML.finding(
      FrontMatterInvalidYAML.invalid(problem.message), file: file, line: problem.line + firstLine - 1,
      column: problem.column)
  }
}
