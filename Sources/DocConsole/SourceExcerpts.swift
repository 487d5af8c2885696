import DocModel
public import DocParser
import Foundation

/// The source line of a diagnostic with a caret under its column, from the pages already read.
public final class SourceExcerpts: @unchecked Sendable {
  private var pages: [String: DocSet.Page] = [:]
  private var files: [String: [Substring]] = [:]
  private let lock = NSLock()

  public init(docSet: DocSet) {
    for page in docSet.pages { pages[docSet.displayPath(page)] = page }
  }

  /// `    12 | text` and a caret line, or `nil` when the line is unknown. Tabs are shown as spaces and other
  /// control characters escaped (``TerminalText``), the caret moved along by the escapes before it.
  func excerpt(for diagnostic: Diagnostic) -> String? {
    guard diagnostic.line > 0, let text = line(diagnostic.line, of: diagnostic.file) else { return nil }
    let number = String(diagnostic.line)
    let gutter = String(repeating: " ", count: number.count)
    let shown = text.utf8.contains(9) ? text.replacingOccurrences(of: "\t", with: " ") : text
    var excerpt = " \(number) | \(TerminalText.escaped(shown))\n"
    if diagnostic.column > 0 {
      let before = TerminalText.escaped(String(shown.prefix(diagnostic.column - 1)))
      excerpt += " \(gutter) | \(String(repeating: " ", count: Self.displayWidth(before)))^\n"
    }
    return excerpt
  }

  private func line(_ number: Int, of file: String) -> String? {
    if let page = pages[file] { return page.line(number) }
    lock.lock()
    defer { lock.unlock() }
    if files[file] == nil {
      guard let data = FileManager.default.contents(atPath: file) else { return nil }
      files[file] = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
    }
    guard let lines = files[file], number <= lines.count else { return nil }
    return String(lines[number - 1]).trimmingCharacters(in: .newlines)
  }

  /// Terminal columns: East Asian wide and fullwidth characters take two, combining marks none.
  static func displayWidth(_ text: some StringProtocol) -> Int {
    var width = 0
    for scalar in text.unicodeScalars {
      let value = scalar.value
      switch scalar.properties.generalCategory {
      case .nonspacingMark, .enclosingMark, .format: continue
      default: break
      }
      let wide =
        (0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value) || (0xAC00...0xD7A3).contains(value)
        || (0xF900...0xFAFF).contains(value) || (0xFE30...0xFE4F).contains(value) || (0xFF00...0xFF60).contains(value)
        || (0xFFE0...0xFFE6).contains(value) || (0x1F300...0x1F64F).contains(value)
        || (0x20000...0x3FFFD).contains(value)
      width += wide ? 2 : 1
    }
    return width
  }
}
