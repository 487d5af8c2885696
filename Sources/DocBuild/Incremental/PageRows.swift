import DocModel
import DocParser

/// A page's catalog rows as a page result holds them: as the pass took them from the parsed page, or as the
/// store keeps them, read into rows only when the catalog is built. A build whose catalog is the last
/// build's (``CatalogFacts``) needs no page's rows, only their digests.
///
/// Stored rows are framed by their length, and read only when the catalog is built: the record that holds
/// them has passed its checksum (``PageResultPack``), and rows that still cannot be read (only a pack made
/// by hand can hold such) read as none.
struct PageRows: Sendable {
  private enum Form: Sendable {
    case page(CatalogBuilder.Page)
    /// The stored form (``PageResult/write(rows:into:)``): the bytes of a result and where its rows are.
    case stored([UInt8], Range<Int>)
  }

  /// The page's locale and its path inside the locale folder, which a kept result is checked against.
  let locale: String
  let localPath: String
  private let form: Form

  /// Rows taken from a parsed page.
  init(_ page: CatalogBuilder.Page) {
    locale = page.locale
    localPath = page.localPath
    form = .page(page)
  }

  /// The rows `reader` is at in `bytes` (framed by their length), left in their stored form; the reader is
  /// then past them.
  init(stored bytes: [UInt8], reader: inout CacheByteReader) throws(CacheByteReader.Damaged) {
    let range = try reader.dataRange()
    var rows = CacheByteReader(bytes, from: range.lowerBound, to: range.upperBound)
    locale = try rows.string()
    localPath = try rows.string()
    form = .stored(bytes, range)
  }

  /// The rows: read from their stored form when they are in it.
  var page: CatalogBuilder.Page {
    switch form {
    case .page(let page): return page
    case .stored(let bytes, let range):
      var reader = CacheByteReader(bytes, from: range.lowerBound, to: range.upperBound)
      if let page = try? PageResult.readRows(&reader), reader.isAtEnd { return page }
      return CatalogBuilder.Page(
        locale: locale, localPath: localPath, path: "", frontMatter: FrontMatter(), rows: [:])
    }
  }

  /// Whether the rows are still in their stored form.
  var isStored: Bool {
    if case .stored = form { return true }
    return false
  }

  /// Writes the rows in their stored form (see ``PageResult/write(rows:into:)``).
  func write(into writer: inout CacheByteWriter) {
    switch form {
    case .page(let page): PageResult.write(rows: page, into: &writer)
    case .stored(let bytes, let range): writer.raw(bytes[range])
    }
  }

  /// The digest of the rows' stored form (``CatalogInputs/digest(of:)``).
  var digest: String {
    switch form {
    case .page(let page): return CatalogInputs.digest(of: page)
    case .stored(let bytes, let range): return bytes[range].withUnsafeBytes { InputFingerprint.digest(of: $0) }
    }
  }
}
