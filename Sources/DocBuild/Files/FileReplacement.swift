import Foundation

/// One file being replaced a chunk at a time (see ``AtomicFileWriter/write(to:produce:)``): the chunks are
/// compared with the file already there while they match it, and written to a temporary file from the first
/// difference on. The temporary file is made exclusively under a random name beside the file
/// (``AtomicFileWriter/createTemporaryFile(beside:)``), and the old file is read only when it is a regular
/// file, never through a symbolic link.
///
/// Chunks are gathered up to a batch size (256 KB by default) before they are compared or written: a
/// large catalog comes as one small chunk per entry, and a system call for each (two per entry, for the
/// JSON and the Swift source) cost more than copying them.
struct FileReplacement {
  /// How many bytes are gathered before they are compared or written, by default.
  static let batchSize = 1 << 18
  private let batchSize: Int

  private let path: String
  /// The temporary file, once made.
  private var temporary: String?
  /// The old file, read alongside while it matches; -1 once it differs, or when there is none.
  private var old: Int32
  /// The temporary file, open from the first difference on; -1 before.
  private var new: Int32 = -1
  /// How many bytes have come so far.
  private var offset = 0
  /// The first write error, after which chunks are dropped.
  private var writeError: Int32 = 0
  /// Why the temporary file could not be made, when it could not.
  private var failure: String?
  private var block: [UInt8] = []
  /// Chunks that came since the last comparison or write.
  private var pending: [UInt8] = []

  init(path: String, batchSize: Int = Self.batchSize) {
    self.path = path
    self.batchSize = max(batchSize, 1)
    var info = stat()
    let isFile = lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    old = isFile ? open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC) : -1
    if old < 0 { startNewFile() }
  }

  mutating func append(_ chunk: [UInt8]) {
    guard writeError == 0 else { return }
    if chunk.count >= batchSize {
      // A large chunk goes as it is, after what was gathered before it.
      flush()
      if writeError == 0 { process(chunk) }
      return
    }
    if pending.isEmpty { pending.reserveCapacity(batchSize) }
    pending += chunk
    if pending.count >= batchSize { flush() }
  }

  /// Compares or writes the chunks gathered so far.
  private mutating func flush() {
    guard !pending.isEmpty else { return }
    if writeError == 0 { process(pending) }
    pending.removeAll(keepingCapacity: true)
  }

  /// Compares `chunk` with the old file while it matches, and writes it to the new one from the first
  /// difference on.
  private mutating func process(_ chunk: [UInt8]) {
    if old >= 0 && !oldFileContinues(with: chunk) {
      startNewFile()
      copyMatchingStart()
    }
    if new >= 0 && writeError == 0 && !AtomicFileWriter.writeAll(new, chunk) { writeError = errno }
    offset += chunk.count
  }

  /// Ends the temporary file, leaving the old one in place.
  /// - Returns: the temporary file holding the new bytes, or `nil` when every byte matched the old file.
  mutating func stage() throws(AtomicFileWriter.Failure) -> String? {
    flush()
    if old >= 0 {
      var extra: UInt8 = 0
      let longer = read(old, &extra, 1) != 0
      if !longer {
        close(old)
        return nil
      }
      startNewFile()
      copyMatchingStart()
    }
    if new >= 0 { close(new) }
    guard writeError == 0, let temporary else {
      if let temporary { unlink(temporary) }
      throw AtomicFileWriter.Failure(
        description: failure ?? "cannot write '\(path)': \(AtomicFileWriter.systemError(writeError))")
    }
    return temporary
  }

  /// Whether the old file's next bytes are `chunk`.
  private mutating func oldFileContinues(with chunk: [UInt8]) -> Bool {
    if block.isEmpty { block = [UInt8](repeating: 0, count: 1 << 16) }
    return AtomicFileWriter.readMatches(old, chunk, block: &block)
  }

  /// Creates the temporary file (the old one stays open, for copying its matching start).
  private mutating func startNewFile() {
    switch AtomicFileWriter.createTemporaryFile(beside: path) {
    case .success(let created):
      (temporary, new) = (created.path, created.descriptor)
    case .failure(let problem):
      writeError = EIO
      failure = problem.description
    }
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
