import Foundation
import Testing

/// Golden-file assertions: compare output with a file checked in beside the tests.
///
/// `RECORD_GOLDEN=1 swift test` (or `make golden`) rewrites the files; a missing golden file is recorded
/// and the test fails, so a new golden is always reviewed.
public enum Golden {
  public static var isRecording: Bool { ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" }

  public static func assertMatches(
    _ actual: [UInt8], golden url: URL, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let existing = FileManager.default.contents(atPath: url.path).map { [UInt8]($0) }
    if isRecording || existing == nil {
      try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      guard FileManager.default.createFile(atPath: url.path, contents: Data(actual)) else {
        Issue.record("cannot write golden file \(url.path)", sourceLocation: sourceLocation)
        return
      }
      if existing == nil && !isRecording {
        Issue.record(
          "recorded missing golden file \(url.path); review it and run the tests again", sourceLocation: sourceLocation)
      }
      return
    }
    guard let existing, existing != actual else { return }
    Issue.record(
      """
      output differs from golden file \(url.path) \(firstDifference(existing, actual)); \
      if the change is intended, run 'make golden' (RECORD_GOLDEN=1 swift test) and review the diff
      """,
      sourceLocation: sourceLocation)
  }

  public static func assertMatches(_ actual: String, golden url: URL, sourceLocation: SourceLocation = #_sourceLocation)
  {
    assertMatches(Array(actual.utf8), golden: url, sourceLocation: sourceLocation)
  }

  /// Two large outputs are the same bytes. A failure names the first line that differs, where `#expect(a == b)`
  /// would have Swift Testing work out a difference of megabytes element by element, which takes minutes.
  public static func assertSameBytes(
    _ actual: [UInt8], _ expected: [UInt8], sourceLocation: SourceLocation = #_sourceLocation
  ) {
    guard actual != expected else { return }
    Issue.record(
      "outputs differ \(firstDifference(expected, actual)) (\(actual.count) bytes, \(expected.count) expected)",
      sourceLocation: sourceLocation)
  }

  private static func firstDifference(_ expected: [UInt8], _ actual: [UInt8]) -> String {
    let expectedLines = String(decoding: expected, as: UTF8.self).split(
      separator: "\n", omittingEmptySubsequences: false)
    let actualLines = String(decoding: actual, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
    for index in 0..<max(expectedLines.count, actualLines.count) {
      let want = index < expectedLines.count ? String(expectedLines[index]) : "<end of file>"
      let got = index < actualLines.count ? String(actualLines[index]) : "<end of file>"
      if want != got { return "at line \(index + 1):\n  expected: \(want)\n  actual: \(got)" }
    }
    return ""
  }
}
