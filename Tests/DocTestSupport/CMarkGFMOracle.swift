import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The test oracle: `cmark-gfm -e table`, whose tables DocCatalog must reproduce exactly.
///
/// Its XML output is read into ``OracleTable``s: rows of cells, each cell a canonical string of its inlines,
/// plus each column's alignment.
public enum CMarkGFMOracle {
  public struct Unavailable: Error, CustomStringConvertible {
    public var description: String {
      "cmark-gfm is not installed; run 'make setup' (apt-get install cmark-gfm)"
    }
  }

  public static func tables(in markdown: [UInt8]) throws -> [OracleTable] {
    guard let executable = Command.which("cmark-gfm") else { throw Unavailable() }
    let result = try Command.run(executable, ["-e", "table", "-t", "xml"], input: markdown)
    let parser = XMLParser(data: Data(result.standardOutput))
    let collector = TableCollector()
    parser.delegate = collector
    guard parser.parse() else {
      throw NSError(domain: "CMarkGFMOracle", code: 1, userInfo: [NSLocalizedDescriptionKey: "unreadable XML from cmark-gfm"])
    }
    return collector.tables
  }
}

/// A table as cmark-gfm built it.
public struct OracleTable: Equatable, CustomStringConvertible {
  public var alignments: [String]
  /// The header row first, then the body rows; each cell a canonical inline string.
  public var rows: [[String]]

  public init(alignments: [String], rows: [[String]]) {
    self.alignments = alignments
    self.rows = rows
  }

  public var description: String {
    "table(\(alignments.joined(separator: ","))) " + rows.map { "[" + $0.joined(separator: " | ") + "]" }.joined(separator: "\n")
  }
}

/// Canonical inline strings shared by both sides of the comparison: `text("…")`, `code("…")`, `emph[…]`, ...
/// Adjacent texts are merged first, since cmark splits text at brackets.
public enum CanonicalInline {
  public static func text(_ value: String) -> String { "text(\(quoted(value)))" }
  public static func code(_ value: String) -> String { "code(\(quoted(value)))" }
  public static func html(_ value: String) -> String { "html(\(quoted(value)))" }
  public static let softBreak = "softbreak"
  public static let lineBreak = "linebreak"
  public static func emphasis(_ children: String) -> String { "emph[\(children)]" }
  public static func strong(_ children: String) -> String { "strong[\(children)]" }
  public static func link(_ destination: String, _ title: String, _ children: String) -> String {
    "link(\(quoted(destination)),\(quoted(title)))[\(children)]"
  }
  public static func image(_ destination: String, _ title: String, _ children: String) -> String {
    "image(\(quoted(destination)),\(quoted(title)))[\(children)]"
  }

  static func quoted(_ value: String) -> String {
    "\"" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
  }
}

/// SAX collector for cmark-gfm's XML.
private final class TableCollector: NSObject, XMLParserDelegate {
  var tables: [OracleTable] = []

  private var table: OracleTable?
  private var row: [String]?
  /// A stack of inline containers being built; each holds its finished children and pending text.
  private var stack: [(name: String, attributes: [String: String], parts: [String], text: String?)] = []
  private var literal = ""
  private var inLiteral = false

  func parser(
    _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
    attributes: [String: String] = [:]
  ) {
    switch name {
    case "table": table = OracleTable(alignments: [], rows: [])
    case "table_header", "table_row": if table != nil { row = [] }
    case "table_cell":
      if row != nil {
        if table?.rows.isEmpty == true { table?.alignments.append(attributes["align"] ?? "none") }
        stack = [(name, attributes, [], nil)]
      }
    case "text", "code", "html_inline":
      inLiteral = true
      literal = ""
    default:
      if !stack.isEmpty { stack.append((name, attributes, [], nil)) }
    }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    if inLiteral { literal += string }
  }

  func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
    switch name {
    case "table":
      if let table { tables.append(table) }
      table = nil
    case "table_header", "table_row":
      if let row { table?.rows.append(row) }
      row = nil
    case "table_cell":
      if let cell = stack.popLast() { row?.append(finish(cell.parts, cell.text)) }
    case "text":
      inLiteral = false
      guard !stack.isEmpty else { return }
      stack[stack.count - 1].text = (stack[stack.count - 1].text ?? "") + literal
    case "code", "html_inline":
      inLiteral = false
      guard !stack.isEmpty else { return }
      appendPart(name == "code" ? CanonicalInline.code(literal) : CanonicalInline.html(literal))
    case "softbreak": appendPart(CanonicalInline.softBreak)
    case "linebreak": appendPart(CanonicalInline.lineBreak)
    default:
      guard stack.count > 1, let node = stack.popLast() else { return }
      let children = finish(node.parts, node.text)
      switch node.name {
      case "emph": appendPart(CanonicalInline.emphasis(children))
      case "strong": appendPart(CanonicalInline.strong(children))
      case "link": appendPart(CanonicalInline.link(node.attributes["destination"] ?? "", node.attributes["title"] ?? "", children))
      case "image": appendPart(CanonicalInline.image(node.attributes["destination"] ?? "", node.attributes["title"] ?? "", children))
      default: appendPart("\(node.name)[\(children)]")
      }
    }
  }

  private func appendPart(_ part: String) {
    guard !stack.isEmpty else { return }
    if let text = stack[stack.count - 1].text {
      stack[stack.count - 1].parts.append(CanonicalInline.text(text))
      stack[stack.count - 1].text = nil
    }
    stack[stack.count - 1].parts.append(part)
  }

  private func finish(_ parts: [String], _ text: String?) -> String {
    (parts + (text.map { [CanonicalInline.text($0)] } ?? [])).joined()
  }
}
