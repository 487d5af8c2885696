import Foundation

/// Reads files whole, with errors that say why in a few words.
public enum FileReader {
  /// Why a file could not be read.
  public struct Failure: Error, Sendable {
    public var reason: String
  }

  /// The file's bytes: one `open`, one `fstat`, and reads straight into the array until the end of the file.
  /// Only a regular file (or a link to one) is read.
  public static func read(_ path: String) throws(Failure) -> [UInt8] {
    // Without blocking, so that a FIFO named like a page cannot hold the tool waiting for a writer.
    let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    guard descriptor >= 0 else { throw failure(errno) }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { throw failure(errno) }
    guard (status.st_mode & S_IFMT) != S_IFDIR else { throw Failure(reason: "is a directory") }
    // A device or a FIFO may never end: only regular files are read.
    guard (status.st_mode & S_IFMT) == S_IFREG else { throw Failure(reason: "is not a regular file") }
    // The size is only a hint (the file may change while it is read): a byte more than it lets the end show.
    var bytes: [UInt8] = []
    var chunkSize = max(Int(status.st_size), 0) + 1
    while true {
      var readError: Int32 = 0
      let chunk = [UInt8](unsafeUninitializedCapacity: chunkSize) { buffer, initialized in
        while initialized < chunkSize {
          let count = Foundation.read(descriptor, buffer.baseAddress! + initialized, chunkSize - initialized)
          if count < 0 && errno == EINTR { continue }
          if count < 0 { readError = errno }
          if count <= 0 { break }
          initialized += count
        }
      }
      guard readError == 0 else { throw failure(readError) }
      if bytes.isEmpty { bytes = chunk } else { bytes += chunk }
      guard chunk.count == chunkSize else { return bytes }
      chunkSize = max(chunkSize, 64 * 1024)
    }
  }

  private static func failure(_ code: Int32) -> Failure {
    switch code {
    case ENOENT, ENOTDIR: Failure(reason: "no such file")
    case EACCES, EPERM: Failure(reason: "permission denied")
    case EISDIR: Failure(reason: "is a directory")
    default: Failure(reason: String(cString: strerror(code)))
    }
  }
}
