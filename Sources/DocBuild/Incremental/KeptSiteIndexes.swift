/// The site's index pages as the last build wrote them: each index file with its key (the build's key and
/// what the index shows, ``SiteGenerator/indexFiles(_:)``) and the stamp of the file it was written to
/// (``SiteFileStamp``). An index whose key is this build's, and whose file in the old site still has that
/// stamp, is linked from the old site instead of being rendered again.
struct KeptSiteIndexes: Sendable, Equatable {
  /// One index file of the site.
  struct Index: Sendable, Equatable {
    /// Its path in the site.
    var file: String
    var key: String
    var stamp: SiteFileStamp
  }

  /// Bumped whenever the stored form or meaning changes.
  static let currentFormat = 1
  private static let magic = "doccatalog site indexes \(currentFormat)\n"

  /// Sorted by file.
  var indexes: [Index]

  init(indexes: [Index]) {
    self.indexes = indexes.sorted { $0.file < $1.file }
  }

  /// The key of an index that shows `shows` in a build made under `buildKey`.
  static func key(buildKey: String, shows: [String]) -> String {
    var key = InputFingerprint()
    key.add("build", buildKey)
    for fact in shows { key.add("shows", fact) }
    return key.digest
  }

  /// The indexes kept at `path`, by file, if the file is whole.
  static func load(_ path: String) -> [String: Index] {
    guard let body = CacheFile.body(at: path, header: Array(magic.utf8)),
      let kept = try? KeptSiteIndexes(decoding: body)
    else { return [:] }
    return Dictionary(kept.indexes.map { ($0.file, $0) }, uniquingKeysWith: { first, _ in first })
  }

  /// Keeps the indexes at `path`; indexes that cannot be written only cost the next build their rendering.
  func save(_ path: String) {
    CacheFile.write(encoded(), header: Array(Self.magic.utf8), to: path)
  }

  func encoded() -> [UInt8] {
    var writer = CacheByteWriter()
    writer.array(indexes) { writer, index in
      writer.string(index.file)
      writer.string(index.key)
      writer.uint64(index.stamp.inode)
      writer.int(Int(index.stamp.size))
      writer.int(Int(index.stamp.modified))
    }
    return writer.bytes
  }

  init(decoding body: [UInt8]) throws(CacheByteReader.Damaged) {
    var reader = CacheByteReader(body)
    indexes = try reader.array { reader throws(CacheByteReader.Damaged) in
      Index(
        file: try reader.string(), key: try reader.string(),
        stamp: SiteFileStamp(
          inode: try reader.uint64(), size: Int64(try reader.int()), modified: Int64(try reader.int())))
    }
    guard reader.isAtEnd else { throw CacheByteReader.Damaged() }
  }
}
