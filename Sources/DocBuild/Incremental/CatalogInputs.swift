import DocParser

/// The digest of everything the outputs made from the catalog alone (JSON, Swift, strings, schema) read:
/// the build's own inputs (``BuildCache/pageResultsKey(configurationDigest:configuration:)`` and the
/// templates) and every page's catalog rows, in the pass's order. Two builds with the same digest make the
/// same catalog, so that such an output still on disk as the last build left it is not made again.
///
/// Each page's rows count by their own digest (``digest(of:)``), which a kept page result carries, so that
/// the rows of pages not parsed are not written out again to be hashed.
enum CatalogInputs {
  /// The digest of `pages` under `buildKey`; `known` has the digest of some pages' rows, by index.
  static func digest(buildKey: String, pages: [PageRows], known: [Int: String] = [:]) -> String {
    var fingerprint = InputFingerprint()
    fingerprint.add("build", buildKey)
    for (index, page) in pages.enumerated() { fingerprint.add("rows", known[index] ?? page.digest) }
    return fingerprint.digest
  }

  /// The digest of one page's rows, in the form page results keep them.
  static func digest(of page: CatalogBuilder.Page) -> String {
    var writer = CacheByteWriter()
    PageResult.write(rows: page, into: &writer)
    return writer.bytes.withUnsafeBytes { InputFingerprint.digest(of: $0) }
  }
}
