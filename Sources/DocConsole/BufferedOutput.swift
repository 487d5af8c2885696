import DocBuild
import Foundation

/// Text for a file descriptor, written a block at a time as it is made, so that a long report (tens of
/// thousands of findings, each with its source excerpt) is never held whole in memory.
package struct BufferedOutput {
  private let fileDescriptor: Int32
  private var buffer: [UInt8] = []
  private static let blockSize = 1 << 16

  private init(fileDescriptor: Int32) {
    self.fileDescriptor = fileDescriptor
    buffer.reserveCapacity(Self.blockSize)
  }

  /// Hands `produce` an output for `fileDescriptor`, and writes what is left in it once `produce` returns.
  package static func writing(to fileDescriptor: Int32, _ produce: (inout BufferedOutput) -> Void) {
    var output = BufferedOutput(fileDescriptor: fileDescriptor)
    produce(&output)
    output.flush()
  }

  package mutating func append(_ text: String) {
    buffer.append(contentsOf: text.utf8)
    if buffer.count >= Self.blockSize { flush() }
  }

  package mutating func append(_ bytes: [UInt8]) {
    buffer.append(contentsOf: bytes)
    if buffer.count >= Self.blockSize { flush() }
  }

  /// Writes what is buffered. A write error is not reported: standard output is where it would go.
  private mutating func flush() {
    guard !buffer.isEmpty else { return }
    _ = AtomicFileWriter.writeAll(fileDescriptor, buffer)
    buffer.removeAll(keepingCapacity: true)
  }

  /// Writes `bytes` at once, without copying them into the buffer.
  package static func write(_ bytes: [UInt8], to fileDescriptor: Int32) {
    _ = AtomicFileWriter.writeAll(fileDescriptor, bytes)
  }
}
