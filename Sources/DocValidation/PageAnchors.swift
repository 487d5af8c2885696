import Foundation

/// The anchors a page offers: its own, and those of each file it includes (each file's shared with every
/// other page that includes it, not copied).
struct PageAnchors: Sendable {
  var own: AnchorSet
  var included: [AnchorSet] = []

  static let none = PageAnchors(own: AnchorSet([]))

  func contains(_ anchor: String) -> Bool {
    own.anchors.contains(anchor) || included.contains { $0.anchors.contains(anchor) }
  }

  /// The anchor that differs from `anchor` only in case, if any (the least of them, so that the answer does
  /// not depend on the order of sets).
  func sameButForCase(_ anchor: String) -> String? {
    let lowered = anchor.lowercased()
    return ([own] + included).compactMap { $0.spelling(ofLowercased: lowered) }.min()
  }
}

/// One file's anchors, with, the first time a link misses them, their spellings by their lowercased form.
public final class AnchorSet: @unchecked Sendable {
  let anchors: Set<String>
  private var lowercased: [String: String]?
  private let lock = NSLock()

  init(_ anchors: Set<String>) {
    self.anchors = anchors
  }

  /// The anchor whose lowercased form is `lowered` (the least, when several are).
  func spelling(ofLowercased lowered: String) -> String? {
    lock.lock()
    defer { lock.unlock() }
    if lowercased == nil {
      var index: [String: String] = [:]
      for anchor in anchors {
        let key = anchor.lowercased()
        if let known = index[key], known <= anchor { continue }
        index[key] = anchor
      }
      lowercased = index
    }
    return lowercased?[lowered]
  }
}
