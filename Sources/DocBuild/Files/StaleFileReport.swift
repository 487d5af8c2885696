/// Says how a generated file on disk differs from what the docs produce now.
enum StaleFileReport {
  static func describe(existing: [UInt8]?, expected: [UInt8]) -> String {
    guard let existing else { return "the file does not exist" }
    let old = String(decoding: existing, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
    let new = String(decoding: expected, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
    var differing = 0
    var first: Int?
    for index in 0..<max(old.count, new.count) {
      let before = index < old.count ? old[index] : nil
      let after = index < new.count ? new[index] : nil
      if before != after {
        differing += 1
        if first == nil { first = index + 1 }
      }
    }
    let lines = "\(differing) line\(differing == 1 ? "" : "s") differ"
    return "\(lines) (first at line \(first ?? 1)); \(old.count) lines on disk, \(new.count) expected"
  }
}
