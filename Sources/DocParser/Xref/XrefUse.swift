public import DocModel

/// The xrefs a page makes, each with the range of its block or table cell, and where each is written: what
/// `link.unresolved-xref` reports from, in `validate` and in `build`.
public struct XrefUse: Sendable, Hashable {
  public var xref: Xref
  public var range: SourceRange?

  public init(xref: Xref, range: SourceRange?) {
    self.xref = xref
    self.range = range
  }

  /// Every xref of a document, in order: in its paragraphs, headings and table cells, inside emphasis,
  /// links and DocFX blocks.
  public static func all(in document: Document) -> [XrefUse] {
    all(in: PageAddresses.of(document))
  }

  /// Whether a page's text (`page`, as parsed) may make an xref at all: it holds `xref` in any case, which
  /// an `xref:` address starts with, or what ``XrefShorthand/mayHold(_:)`` looks for (an `@`, or a
  /// character reference, which may stand for an `@` or for a letter or the colon of `xref:`). A page
  /// without is not walked for its xrefs: it has none.
  public static func mayHold(_ page: [UInt8]) -> Bool {
    XrefShorthand.mayHold(page) || namesXref(page)
  }

  /// Whether `page` holds `xref` in any case (the rest of ``mayHold(_:)``).
  static func namesXref(_ page: [UInt8]) -> Bool {
    page.withUnsafeBufferPointer { bytes in
      for letter in [UInt8(ascii: "x"), UInt8(ascii: "X")] {
        var start = 0
        while let found = ByteSearch.offset(of: letter, in: UnsafeBufferPointer(rebasing: bytes[start...])) {
          let index = start + found
          if index + 3 < bytes.count, bytes[index + 1] | 0x20 == UInt8(ascii: "r"),
            bytes[index + 2] | 0x20 == UInt8(ascii: "e"), bytes[index + 3] | 0x20 == UInt8(ascii: "f")
          {
            return true
          }
          start = index + 1
        }
      }
      return false
    }
  }

  /// Every xref of a parsed page, as ``all(in:)`` finds them, its blocks walked only when its text may make
  /// one (``ParsedPage/mayHoldXrefs``).
  public static func all(inParsed page: ParsedPage) -> [XrefUse] {
    page.mayHoldXrefs ? all(in: page.document) : []
  }

  /// The xrefs among a page's addresses (``PageAddresses``), in order.
  public static func all(in addresses: [PageAddresses.Address]) -> [XrefUse] {
    addresses.compactMap { address in
      guard case .xref(let xref) = address.kind else { return nil }
      return XrefUse(xref: xref, range: address.range)
    }
  }

  /// Where each of `uses` (in the order a page makes them) is written, searched in the lines of its block
  /// (`line` gives a line's text): its line and its column in characters, at the `@` of a shorthand or the
  /// `xref:` of an address; the block's start when it is not found as written (escapes in it). The uses of
  /// one block are searched from where the one before was found, so that a block's search reads it once.
  public static func positions(of uses: [XrefUse], line: (Int) -> String) -> [(line: Int, column: Int)] {
    var positions: [(line: Int, column: Int)] = []
    positions.reserveCapacity(uses.count)
    // Where the previous use of the same block was found: its line, the text, the index after it and the
    // characters before that index.
    var cursor: (range: SourceRange, line: Int, text: String, index: String.Index, characters: Int)?
    // A block where a use was not found as written: its later uses are not searched again.
    var exhausted: SourceRange?
    for use in uses {
      guard let range = use.range else {
        positions.append((0, 0))
        continue
      }
      if range == exhausted {
        positions.append((range.start.line, range.start.column))
        continue
      }
      var number: Int
      var text: String
      var from: String.Index
      var characters: Int
      if let previous = cursor, previous.range == range {
        (number, text, from, characters) = (previous.line, previous.text, previous.index, previous.characters)
      } else {
        number = range.start.line
        text = line(number)
        from = text.utf8.startIndex
        characters = 0
      }
      var found: (line: Int, column: Int)?
      while number <= max(range.start.line, range.end.line) {
        if let index = Self.place(of: use.xref, in: text, from: from) {
          characters += text[from..<index].count
          found = (number, characters + 1)
          let after = text.utf8.index(after: index)
          cursor = (range, number, text, after, characters + 1)
          break
        }
        number += 1
        text = line(number)
        from = text.utf8.startIndex
        characters = 0
      }
      if found == nil { exhausted = range }
      positions.append(found ?? (range.start.line, range.start.column))
    }
    return positions
  }

  /// The first place in `text`, from `start`, where the xref is written: a shorthand where one may start.
  private static func place(of xref: Xref, in text: String, from start: String.Index) -> String.Index? {
    var searchFrom = start
    while let found = Self.range(of: xref.written, in: text, from: searchFrom) {
      if xref.form == .shorthand, found > text.utf8.startIndex,
        case let before = Array(text.utf8[..<found].suffix(2)) + [UInt8(ascii: "@")],
        !XrefShorthand.mayPrecede(before, before.count - 1)
      {
        searchFrom = text.utf8.index(after: found)
        continue
      }
      return found
    }
    return nil
  }

  private static func range(of needle: String, in text: String, from start: String.Index) -> String.Index? {
    let haystack = text.utf8
    let pattern = Array(needle.utf8)
    guard let first = pattern.first else { return nil }
    var index = start
    while let candidate = haystack[index...].firstIndex(of: first) {
      if haystack[candidate...].starts(with: pattern) { return candidate }
      index = haystack.index(after: candidate)
    }
    return nil
  }
}
