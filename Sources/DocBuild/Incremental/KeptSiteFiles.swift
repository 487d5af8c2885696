/// Site files as the last build wrote them, each with the key of what it was made from and the stamp of the
/// file it was written to (``SiteFileStamp``): the index pages (their key: the build's key and what the index
/// shows, ``SiteGenerator/indexFiles(_:)``) and the media (their key: the digest of the docs file published).
/// A file whose key is this build's, and whose file in the old site still has that stamp, is linked from the
/// old site instead of being made again.
struct KeptSiteFiles: Sendable, Equatable {
  /// One file of the site.
  struct File: Sendable, Equatable {
    /// Its path in the site.
    var file: String
    var key: String
    var stamp: SiteFileStamp
  }

  /// Bumped whenever the stored form or meaning changes.
  static let currentFormat = 1
  private static let magic = "doccatalog site files \(currentFormat)\n"

  /// Sorted by file.
  var files: [File]

  init(files: [File]) {
    self.files = files.sorted { $0.file < $1.file }
  }

  /// The key of an index that shows `shows` in a build made under `buildKey`.
  static func key(buildKey: String, shows: [String]) -> String {
    var key = InputFingerprint()
    key.add("build", buildKey)
    for fact in shows { key.add("shows", fact) }
    return key.digest
  }

  /// The key of a media file published from a docs file whose contents have `digest`.
  static func key(media digest: String) -> String {
    "media " + digest
  }

  /// The files kept at `path`, by file, if the file is whole.
  static func load(_ path: String) -> [String: File] {
    guard let body = CacheFile.body(at: path, header: Array(magic.utf8)),
      let kept = try? KeptSiteFiles(decoding: body.bytes, from: body.start)
    else { return [:] }
    return Dictionary(kept.files.map { ($0.file, $0) }, uniquingKeysWith: { first, _ in first })
  }

  /// Keeps the files at `path`; files that cannot be written only cost the next build making them again.
  func save(_ path: String) {
    CacheFile.write(encoded(), header: Array(Self.magic.utf8), to: path)
  }

  func encoded() -> [UInt8] {
    var writer = CacheByteWriter()
    writer.array(files) { writer, file in
      writer.string(file.file)
      writer.string(file.key)
      writer.uint64(file.stamp.inode)
      writer.int(Int(file.stamp.size))
      writer.int(Int(file.stamp.modified))
    }
    return writer.bytes
  }

  init(decoding body: [UInt8], from start: Int = 0) throws(CacheByteReader.Damaged) {
    var reader = CacheByteReader(body, from: start)
    files = try reader.array { reader throws(CacheByteReader.Damaged) in
      File(
        file: try reader.string(), key: try reader.string(),
        stamp: SiteFileStamp(
          inode: try reader.uint64(), size: Int64(try reader.int()), modified: Int64(try reader.int())))
    }
    guard reader.isAtEnd else { throw CacheByteReader.Damaged() }
  }
}
