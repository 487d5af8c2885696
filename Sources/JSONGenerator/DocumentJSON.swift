public import DocModel

/// The JSON form of a parsed page, as `doccatalog parse --format json` prints it.
///
/// Every block and inline is an object with a `"type"`; tables have `header` (an array of cells) and
/// `rows` (an array of arrays of cells); each cell has `text`, `markdown`, `inlines` and its `range`.
public enum DocumentJSON {
  public static func value(for document: Document, diagnostics: [Diagnostic] = []) -> JSONValue {
    .object([
      "path": .string(document.path),
      "frontMatter": frontMatter(document.frontMatter),
      "blocks": .array(document.blocks.map(block)),
      "diagnostics": .array(diagnostics.map(diagnostic)),
    ])
  }

  static func frontMatter(_ frontMatter: FrontMatter) -> JSONValue {
    var object: [String: JSONValue] = [:]
    for field in frontMatter.fields where object[field.key] == nil {
      object[field.key] = JSONValue(field.value)
    }
    return .object(object)
  }

  static func diagnostic(_ diagnostic: Diagnostic) -> JSONValue {
    .object([
      "file": .string(diagnostic.file), "line": .integer(diagnostic.line), "column": .integer(diagnostic.column),
      "severity": .string(diagnostic.severity.rawValue), "rule": .string(diagnostic.rule),
      "message": .string(diagnostic.message),
    ])
  }

  static func block(_ block: Block) -> JSONValue {
    var object: [String: JSONValue]
    switch block {
    case .paragraph(let paragraph):
      object = ["type": "paragraph", "inlines": inlines(paragraph.inlines)]
    case .heading(let heading):
      object = [
        "type": "heading", "level": .integer(heading.level), "inlines": inlines(heading.inlines),
        "text": .string(PlainText.render(heading.inlines)),
      ]
      if let anchor = heading.anchor { object["anchor"] = .string(anchor) }
    case .blockQuote(let quote):
      object = ["type": "blockQuote", "blocks": .array(quote.blocks.map(Self.block))]
    case .list(let list):
      object = [
        "type": "list", "ordered": .bool(list.ordered), "start": .integer(list.start), "tight": .bool(list.tight),
        "items": .array(
          list.items.map { .object(["blocks": .array($0.blocks.map(Self.block)), "range": range($0.range)]) }),
      ]
    case .codeBlock(let code):
      object = ["type": "codeBlock", "info": .string(code.info), "code": .string(code.code)]
    case .htmlBlock(let html):
      object = ["type": "htmlBlock", "html": .string(html.html)]
    case .thematicBreak:
      object = ["type": "thematicBreak"]
    case .table(let table):
      object = [
        "type": "table",
        "alignments": .array(table.alignments.map { .string($0.rawValue) }),
        "header": .array(table.header.cells.map(cell)),
        "rows": .array(table.rows.map { .array($0.cells.map(cell)) }),
        "rowLines": .array(table.rows.map { .integer($0.range?.start.line ?? 0) }),
        "delimiterLine": .integer(table.delimiterLine),
      ]
      let extras = table.rows.enumerated().filter { !$0.element.extraCells.isEmpty }
      if !extras.isEmpty {
        object["extraCells"] = .object(
          Dictionary(uniqueKeysWithValues: extras.map { (String($0.offset), .array($0.element.extraCells.map(cell))) }))
      }
    case .alert(let alert):
      object = ["type": "alert", "kind": .string(alert.kind.rawValue), "blocks": .array(alert.blocks.map(Self.block))]
    case .div(let div):
      object = ["type": "div", "attributes": .string(div.attributes), "blocks": .array(div.blocks.map(Self.block))]
      if let className = div.className { object["class"] = .string(className) }
    case .include(let include):
      object = ["type": "include", "title": .string(include.title), "path": .string(include.path)]
    case .docfx(let docfx):
      object = [
        "type": "docfx", "name": .string(docfx.name),
        "attributes": .array(
          docfx.construct.attributes.list.map { .object(["name": .string($0.name), "value": .string($0.value)]) }),
        "blocks": .array(docfx.construct.blocks.map(Self.block)),
      ]
    }
    object["range"] = range(block.range)
    return .object(object)
  }

  static func cell(_ cell: TableCell) -> JSONValue {
    .object([
      "text": .string(cell.text), "markdown": .string(cell.markdown), "inlines": inlines(cell.inlines),
      "range": range(cell.range),
    ])
  }

  static func inlines(_ inlines: [Inline]) -> JSONValue {
    .array(inlines.map(inline))
  }

  static func inline(_ inline: Inline) -> JSONValue {
    switch inline {
    case .text(let text): .object(["type": "text", "text": .string(text)])
    case .softBreak: .object(["type": "softBreak"])
    case .lineBreak: .object(["type": "lineBreak"])
    case .code(let code): .object(["type": "code", "code": .string(code)])
    case .html(let html): .object(["type": "html", "html": .string(html)])
    case .emphasis(let children): .object(["type": "emphasis", "children": inlines(children)])
    case .strong(let children): .object(["type": "strong", "children": inlines(children)])
    case .link(let link):
      .object([
        "type": "link", "destination": .string(link.destination), "title": .string(link.title),
        "children": inlines(link.children),
      ])
    case .image(let link):
      .object([
        "type": "image", "source": .string(link.destination), "title": .string(link.title),
        "children": inlines(link.children),
      ])
    case .include(let include):
      .object(["type": "include", "title": .string(include.title), "path": .string(include.path)])
    case .xref(let xref):
      .object([
        "type": "xref", "uid": .string(xref.uid), "form": .string(xref.form.rawValue),
        "displayProperty": .string(xref.displayProperty.rawValue), "anchor": xref.anchor.map(JSONValue.string) ?? .null,
        "written": .string(xref.written), "children": inlines(xref.children),
      ])
    }
  }

  static func range(_ range: SourceRange?) -> JSONValue {
    guard let range else { return .null }
    return .string(range.description)
  }
}
