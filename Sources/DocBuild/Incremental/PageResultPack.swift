import Foundation

/// The file that keeps the pages' results between builds (``PageResultStore``): a header naming the format
/// and the build key, then records one after another, each a page's path and its result's bytes, with the
/// checksum of both (``CacheChecksum``). A build appends the results it made; a later record of a path
/// replaces an earlier one. A record cut short ends the pack (an append a killed build left unfinished), and
/// a record whose checksum fails is not taken: either only costs its page's parse.
struct PageResultPack {
  /// A page's newest record.
  struct Record {
    /// Where the record is in the pack, its head first.
    var span: Range<Int>
    /// Where the result's bytes are in the pack.
    var body: Range<Int>
    var checksum: UInt64
  }

  /// Bumped whenever the stored form or meaning of a page result, or the pack's, changes.
  static let currentFormat = 7
  /// The bytes of a record before its path: the path's length, the result's length (4 bytes each), and
  /// the checksum of the path and the result (8 bytes), little-endian.
  private static let headLength = 16

  let bytes: [UInt8]
  /// The build key the pack's header names: its results were made under it.
  let buildKey: String
  /// The device and inode of the file read, which an append checks it still writes to.
  let identity: (device: UInt64, inode: UInt64)
  /// The newest record of each path.
  let records: [String: Record]
  /// The bytes of the records that later ones of their path replaced.
  let replacedBytes: Int
  /// Whether the last record is whole: a pack that ends with a record cut short is written anew rather than
  /// appended to.
  let endsWhole: Bool

  /// The header of a pack made under `buildKey`.
  static func header(buildKey: String) -> [UInt8] {
    formatLine + Array("\(buildKey)\n".utf8)
  }

  /// The header's first line, which names the format.
  private static let formatLine = Array("doccatalog page results \(currentFormat)\n".utf8)

  /// The pack at `path`, when it is a regular file (reached without a symbolic link) of this format, made
  /// under whichever build key (``buildKey``): its records up to the first one cut short. A build reads it
  /// before it knows its own key, on another core, as soon as it knows it will parse pages.
  init?(at path: String) {
    guard let (bytes, device, inode) = CacheFile.readRegularFileAndIdentity(path), bytes.starts(with: Self.formatLine),
      let keyEnd = bytes[Self.formatLine.count...].firstIndex(of: 0x0A)
    else {
      return nil
    }
    var records: [String: Record] = [:]
    var replaced = 0
    var offset = keyEnd + 1
    while bytes.count - offset >= Self.headLength {
      let pathLength = Int(Self.uint32(bytes, at: offset))
      let bodyLength = Int(Self.uint32(bytes, at: offset + 4))
      let pathStart = offset + Self.headLength
      guard bytes.count - pathStart >= pathLength + bodyLength else { break }
      let bodyStart = pathStart + pathLength
      let end = bodyStart + bodyLength
      let page = String(decoding: bytes[pathStart..<bodyStart], as: UTF8.self)
      let record = Record(span: offset..<end, body: bodyStart..<end, checksum: Self.uint64(bytes, at: offset + 8))
      if let earlier = records.updateValue(record, forKey: page) { replaced += earlier.span.count }
      offset = end
    }
    self.bytes = bytes
    buildKey = String(decoding: bytes[Self.formatLine.count..<keyEnd], as: UTF8.self)
    identity = (device, inode)
    self.records = records
    replacedBytes = replaced
    endsWhole = offset == bytes.count
  }

  /// The result `record` holds (one of ``records``), when its checksum holds.
  func result(of record: Record) -> ArraySlice<UInt8>? {
    holds(record) ? bytes[record.body] : nil
  }

  /// The record of the page at `path`, head and all, when its checksum holds: as a new pack takes it.
  func record(of path: String) -> ArraySlice<UInt8>? {
    wholeRecord(of: path).map { bytes[$0.span] }
  }

  private func wholeRecord(of path: String) -> Record? {
    guard let record = records[path], holds(record) else { return nil }
    return record
  }

  /// Whether `record`'s checksum holds.
  private func holds(_ record: Record) -> Bool {
    let checked = record.span.lowerBound + Self.headLength..<record.body.upperBound
    let checksum = bytes.withUnsafeBytes { CacheChecksum.value(of: UnsafeRawBufferPointer(rebasing: $0[checked])) }
    return checksum == record.checksum
  }

  /// The record of the result `body` of the page at `path`, as a pack holds it; `nil` when either is too
  /// long for a record to hold (4 GiB).
  static func record(path: String, body: [UInt8]) -> [UInt8]? {
    guard let pathLength = UInt32(exactly: path.utf8.count), let bodyLength = UInt32(exactly: body.count) else {
      return nil
    }
    var record: [UInt8] = []
    record.reserveCapacity(headLength + path.utf8.count + body.count)
    appendUInt32(pathLength, to: &record)
    appendUInt32(bodyLength, to: &record)
    appendUInt32(0, to: &record)
    appendUInt32(0, to: &record)
    record += path.utf8
    record += body
    let checksum = record.withUnsafeBytes {
      CacheChecksum.value(of: UnsafeRawBufferPointer(rebasing: $0[headLength...]))
    }
    for index in 0..<8 { record[8 + index] = UInt8(truncatingIfNeeded: checksum >> UInt64(index * 8)) }
    return record
  }

  /// Appends `records` to this pack's file at `path` in one write, never through a symbolic link, when it is
  /// still the file read, at the size it was read at (nothing replaced or appended since); false when it is
  /// not, or the write did not complete (what was appended is then cut short, and ends the pack for the next
  /// reader).
  func append(_ records: [UInt8], to path: String) -> Bool {
    let descriptor = open(path, O_WRONLY | O_APPEND | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
    guard descriptor >= 0 else { return false }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) == bytes.count,
      UInt64(info.st_dev) == identity.device, UInt64(info.st_ino) == identity.inode
    else {
      return false
    }
    return AtomicFileWriter.writeAll(descriptor, records)
  }

  /// Replaces the pack at `path` with one made under `buildKey` holding `records`, in one atomic step (a
  /// symbolic link there is replaced, never written through).
  static func write(_ records: [ArraySlice<UInt8>], buildKey: String, to path: String) {
    CacheFile.replace(path, with: [header(buildKey: buildKey)] + records.map { Array($0) })
  }

  private static func uint32(_ bytes: [UInt8], at offset: Int) -> UInt32 {
    (0..<4).reduce(0) { $0 | UInt32(bytes[offset + $1]) << UInt32($1 * 8) }
  }

  private static func uint64(_ bytes: [UInt8], at offset: Int) -> UInt64 {
    (0..<8).reduce(0) { $0 | UInt64(bytes[offset + $1]) << UInt64($1 * 8) }
  }

  private static func appendUInt32(_ value: UInt32, to bytes: inout [UInt8]) {
    for index in 0..<4 { bytes.append(UInt8(truncatingIfNeeded: value >> UInt32(index * 8))) }
  }
}
