import Foundation

/// A file of the build cache: a header naming its kind and what it was made under, a line with the checksum
/// of its body (``CacheChecksum``), then the body. Read only when it is a regular file reached without a
/// symbolic link, whole and with that header; written atomically.
enum CacheFile {
  /// The file at `path` when it starts with `header` and its body's checksum holds: its bytes, and where its
  /// body starts in them (the body is not copied out).
  static func body(at path: String, header: [UInt8]) -> (bytes: [UInt8], start: Int)? {
    guard let bytes = readRegularFile(path), bytes.starts(with: header),
      let newline = bytes[header.count...].firstIndex(of: 0x0A)
    else { return nil }
    let checksum = String(decoding: bytes[header.count..<newline], as: UTF8.self)
    let start = newline + 1
    guard bytes.withUnsafeBytes({ CacheChecksum.of(UnsafeRawBufferPointer(rebasing: $0[start...])) }) == checksum
    else { return nil }
    return (bytes, start)
  }

  /// Writes `body` after `header` and its checksum to `path`, replacing whatever is there (a symbolic link
  /// is replaced, never written through); a file that cannot be written only costs a later build time.
  static func write(_ body: [UInt8], header: [UInt8], to path: String) {
    let checksum = body.withUnsafeBytes { CacheChecksum.of($0) }
    replace(path, with: [header + Array((checksum + "\n").utf8), body])
  }

  /// Replaces whatever is at `path` with the concatenation of `chunks`, atomically (a symbolic link is
  /// replaced, never written through); a file that cannot be written only costs a later build time.
  static func replace(_ path: String, with chunks: [[UInt8]]) {
    var info = stat()
    if lstat(path, &info) == 0 && (info.st_mode & S_IFMT) != S_IFREG { unlink(path) }
    _ = try? AtomicFileWriter.write(chunks: chunks, to: path)
  }

  /// The bytes of the regular file at `path`, never through a symbolic link (one open, one `fstat`, the
  /// reads); `nil` when it is anything else or cannot be read whole.
  static func readRegularFile(_ path: String) -> [UInt8]? {
    readRegularFileAndIdentity(path)?.bytes
  }

  /// ``readRegularFile(_:)``, with the device and inode of the file read.
  static func readRegularFileAndIdentity(_ path: String) -> (bytes: [UInt8], device: UInt64, inode: UInt64)? {
    // Without blocking, so that a FIFO planted under a cache file's name cannot hold the build.
    let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
    let size = Int(info.st_size)
    guard size > 0 else { return nil }
    var complete = true
    let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
      while initialized < size {
        let count = read(descriptor, buffer.baseAddress! + initialized, size - initialized)
        if count < 0 && errno == EINTR { continue }
        if count <= 0 {
          complete = false
          break
        }
        initialized += count
      }
    }
    // A file cut short while it was read is damaged (cache files are replaced by renames, never rewritten).
    return complete ? (bytes, UInt64(info.st_dev), UInt64(info.st_ino)) : nil
  }
}
