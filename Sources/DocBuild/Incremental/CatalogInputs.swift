import DocParser

/// The digest of everything the outputs made from the catalog alone (JSON, Swift, strings, schema) read:
/// the build's own inputs (``BuildCache/pageResultsKey(configurationDigest:configuration:)`` and the
/// templates) and every page's catalog rows, in the pass's order. Two builds with the same digest make the
/// same catalog, so that such an output still on disk as the last build left it is not made again.
enum CatalogInputs {
  static func digest(buildKey: String, pages: [CatalogBuilder.Page]) -> String {
    var writer = CacheByteWriter()
    writer.string(buildKey)
    writer.array(pages) { writer, page in PageResult.write(rows: page, into: &writer) }
    return writer.bytes.withUnsafeBytes { InputFingerprint.digest(of: $0) }
  }
}
