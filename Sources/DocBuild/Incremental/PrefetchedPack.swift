import Foundation

/// The pages' results pack (``PageResultPack``), read on another core as soon as a build knows it will go
/// past the fingerprint: before the pages are listed and the build key made, and before the outputs start
/// their own work on that core, since the pass asks for the kept results first. Its build key is checked
/// when the store takes it (``PageResultStore``).
final class PrefetchedPack: @unchecked Sendable {
  private let read = DispatchGroup()
  /// Set once, before `read` is left.
  private var pack: PageResultPack?

  /// Starts reading the pack at `path`.
  init(path: String) {
    read.enter()
    DispatchQueue.global(qos: .userInitiated).async {
      self.pack = PageResultPack(at: path)
      self.read.leave()
    }
  }

  /// The pack as read, waiting for the read to end; `nil` when there is none of this format. Taken once:
  /// the prefetch lets go of it then, so that a pack the store turns away is not held for the build.
  func take() -> PageResultPack? {
    read.wait()
    defer { pack = nil }
    return pack
  }
}
