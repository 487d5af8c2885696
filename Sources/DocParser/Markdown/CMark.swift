internal import CCMark
import Foundation

/// The thin layer over libcmark's C API: parsing, ownership and node accessors.
///
/// This folder is the only code that imports libcmark. A `CMarkTree` owns its root node and frees it;
/// node pointers never leave the functions that walk the tree.
final class CMarkTree {
  let root: OpaquePointer

  /// Parses `bytes` as a CommonMark document with source positions and no smart punctuation.
  init?(bytes: [UInt8]) {
    let options = CMARK_OPT_SOURCEPOS
    let parsed: OpaquePointer? = bytes.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) { chars in
        if let base = chars.baseAddress {
          return cmark_parse_document(base, chars.count, options)
        }
        return cmark_parse_document("", 0, options)
      }
    }
    guard let parsed else { return nil }
    root = parsed
  }

  deinit { cmark_node_free(root) }
}

/// Node accessors, copying every borrowed string right away.
enum CMarkNode {
  enum Kind {
    case document, blockQuote, list, item, codeBlock, htmlBlock, customBlock, paragraph, heading, thematicBreak
    case text, softBreak, lineBreak, code, htmlInline, customInline, emphasis, strong, link, image
    case unknown
  }

  static func kind(_ node: OpaquePointer) -> Kind {
    switch cmark_node_get_type(node) {
    case CMARK_NODE_DOCUMENT: .document
    case CMARK_NODE_BLOCK_QUOTE: .blockQuote
    case CMARK_NODE_LIST: .list
    case CMARK_NODE_ITEM: .item
    case CMARK_NODE_CODE_BLOCK: .codeBlock
    case CMARK_NODE_HTML_BLOCK: .htmlBlock
    case CMARK_NODE_CUSTOM_BLOCK: .customBlock
    case CMARK_NODE_PARAGRAPH: .paragraph
    case CMARK_NODE_HEADING: .heading
    case CMARK_NODE_THEMATIC_BREAK: .thematicBreak
    case CMARK_NODE_TEXT: .text
    case CMARK_NODE_SOFTBREAK: .softBreak
    case CMARK_NODE_LINEBREAK: .lineBreak
    case CMARK_NODE_CODE: .code
    case CMARK_NODE_HTML_INLINE: .htmlInline
    case CMARK_NODE_CUSTOM_INLINE: .customInline
    case CMARK_NODE_EMPH: .emphasis
    case CMARK_NODE_STRONG: .strong
    case CMARK_NODE_LINK: .link
    case CMARK_NODE_IMAGE: .image
    default: .unknown
    }
  }

  static func firstChild(_ node: OpaquePointer) -> OpaquePointer? { cmark_node_first_child(node) }
  static func next(_ node: OpaquePointer) -> OpaquePointer? { cmark_node_next(node) }

  static func literal(_ node: OpaquePointer) -> String { string(cmark_node_get_literal(node)) }
  /// The literal without `prefix`, or `nil` when it does not start with it.
  static func literal(_ node: OpaquePointer, droppingPrefix prefix: [UInt8]) -> String? {
    guard let pointer = cmark_node_get_literal(node) else { return nil }
    let length = strlen(pointer)
    return pointer.withMemoryRebound(to: UInt8.self, capacity: length) { bytes in
      let buffer = UnsafeBufferPointer(start: bytes, count: length)
      guard buffer.starts(with: prefix) else { return nil }
      return String(decoding: UnsafeBufferPointer(rebasing: buffer[prefix.count...]), as: UTF8.self)
    }
  }
  /// The length of a node's literal when `bytes` hold it at `offset`, ending at or before `end`; else `nil`.
  static func literalLength(_ node: OpaquePointer, in bytes: [UInt8], at offset: Int, before end: Int) -> Int? {
    guard let literal = cmark_node_get_literal(node), offset >= 0, end <= bytes.count else { return nil }
    let length = strlen(literal)
    guard length <= end - offset else { return nil }
    let same = bytes.withUnsafeBufferPointer { memcmp($0.baseAddress! + offset, literal, length) == 0 }
    return same ? length : nil
  }

  static func url(_ node: OpaquePointer) -> String { string(cmark_node_get_url(node)) }
  static func title(_ node: OpaquePointer) -> String { string(cmark_node_get_title(node)) }
  static func fenceInfo(_ node: OpaquePointer) -> String { string(cmark_node_get_fence_info(node)) }
  static func headingLevel(_ node: OpaquePointer) -> Int { Int(cmark_node_get_heading_level(node)) }
  static func isOrderedList(_ node: OpaquePointer) -> Bool { cmark_node_get_list_type(node) == CMARK_ORDERED_LIST }
  static func listStart(_ node: OpaquePointer) -> Int { Int(cmark_node_get_list_start(node)) }
  static func isTightList(_ node: OpaquePointer) -> Bool { cmark_node_get_list_tight(node) != 0 }

  /// Start line, start column, end line, end column, as libcmark reports them (1-based, byte columns).
  static func position(_ node: OpaquePointer) -> (Int, Int, Int, Int) {
    (
      Int(cmark_node_get_start_line(node)), Int(cmark_node_get_start_column(node)),
      Int(cmark_node_get_end_line(node)), Int(cmark_node_get_end_column(node))
    )
  }

  private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
    guard let pointer else { return "" }
    return String(cString: pointer)
  }
}

/// A depth-first walk over a libcmark tree with ENTER and EXIT events: cmark's own idiom, no recursion.
final class CMarkWalker {
  enum Event { case enter, exit }

  private let iterator: OpaquePointer

  init(root: OpaquePointer) {
    iterator = cmark_iter_new(root)
  }

  deinit { cmark_iter_free(iterator) }

  /// The next node and event, or `nil` when the walk is over.
  func next() -> (OpaquePointer, Event)? {
    let event = cmark_iter_next(iterator)
    guard event != CMARK_EVENT_DONE, let node = cmark_iter_get_node(iterator) else { return nil }
    return (node, event == CMARK_EVENT_EXIT ? .exit : .enter)
  }

  /// Skips the children of `node`, which was just entered: the next event is its exit.
  func skipChildren(of node: OpaquePointer) {
    cmark_iter_reset(iterator, node, CMARK_EVENT_EXIT)
  }
}
