import Foundation

/// An output file written in full to a temporary file beside it, not yet in place; or, when the file on
/// disk already holds the same bytes, nothing to do.
struct StagedFile: Sendable {
  /// The file to replace.
  var path: String
  /// The temporary file holding the new bytes; `nil` when the file is unchanged.
  var temporary: String?

  /// Whether committing changes the file.
  var changes: Bool { temporary != nil }

  /// Renames the temporary file over the file (one atomic step).
  func commit() throws(AtomicFileWriter.Failure) {
    guard let temporary else { return }
    guard rename(temporary, path) == 0 else {
      let reason = AtomicFileWriter.systemError()
      unlink(temporary)
      throw AtomicFileWriter.Failure(description: "cannot replace '\(path)': \(reason)")
    }
  }

  /// Drops the temporary file, leaving the file as it was.
  func discard() {
    if let temporary { unlink(temporary) }
  }
}
