import Foundation

/// One file being replaced a chunk at a time (see ``AtomicFileWriter/write(to:produce:)``): the chunks are
/// compared with the file already there while they match it, and written to a temporary file from the first
/// difference on.
struct FileReplacement {
  private let path: String
  private let temporary: String
  /// The old file, read alongside while it matches; -1 once it differs, or when there is none.
  private var old: Int32
  /// The temporary file, open from the first difference on; -1 before.
  private var new: Int32 = -1
  /// How many bytes have come so far.
  private var offset = 0
  /// The first write error, after which chunks are dropped.
  private var writeError: Int32 = 0
  private var block: [UInt8] = []

  init(path: String, temporary: String) {
    self.path = path
    self.temporary = temporary
    var info = stat()
    let isFile = stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    old = isFile ? open(path, O_RDONLY | O_CLOEXEC) : -1
    if old < 0 { startNewFile() }
  }

  mutating func append(_ chunk: [UInt8]) {
    guard writeError == 0 else { return }
    if old >= 0 && !oldFileContinues(with: chunk) {
      startNewFile()
      copyMatchingStart()
    }
    if new >= 0 && writeError == 0 && !AtomicFileWriter.writeAll(new, chunk) { writeError = errno }
    offset += chunk.count
  }

  /// Renames the new file over the old one, or leaves the old one when every byte matched.
  /// - Returns: whether the file changed.
  mutating func finish() throws(AtomicFileWriter.Failure) -> Bool {
    if old >= 0 {
      var extra: UInt8 = 0
      let longer = read(old, &extra, 1) != 0
      if !longer {
        close(old)
        return false
      }
      startNewFile()
      copyMatchingStart()
    }
    close(new)
    guard writeError == 0 else {
      unlink(temporary)
      throw AtomicFileWriter.Failure(description: "cannot write '\(path)': \(String(cString: strerror(writeError)))")
    }
    guard rename(temporary, path) == 0 else {
      let reason = String(cString: strerror(errno))
      unlink(temporary)
      throw AtomicFileWriter.Failure(description: "cannot replace '\(path)': \(reason)")
    }
    return true
  }

  /// Whether the old file's next bytes are `chunk`.
  private mutating func oldFileContinues(with chunk: [UInt8]) -> Bool {
    if block.isEmpty { block = [UInt8](repeating: 0, count: 1 << 16) }
    return AtomicFileWriter.readMatches(old, chunk, block: &block)
  }

  /// Opens the temporary file (the old one stays open, for copying its matching start).
  private mutating func startNewFile() {
    new = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    if new < 0 { writeError = errno }
  }

  /// Copies the `offset` bytes that matched from the old file into the new one, and closes the old one.
  private mutating func copyMatchingStart() {
    defer {
      close(old)
      old = -1
    }
    guard writeError == 0 else { return }
    var copied = 0
    var buffer = [UInt8](repeating: 0, count: min(max(offset, 1), 1 << 20))
    while copied < offset {
      let wanted = min(buffer.count, offset - copied)
      let count = buffer.withUnsafeMutableBytes { pread(old, $0.baseAddress!, wanted, off_t(copied)) }
      if count < 0 && errno == EINTR { continue }
      guard count > 0 else {
        writeError = count < 0 ? errno : EIO
        return
      }
      guard AtomicFileWriter.writeAll(new, Array(buffer[..<count])) else {
        writeError = errno
        return
      }
      copied += count
    }
  }
}
