import DocModel
import DocTestSupport
import Testing

@testable import DocBuild

/// The build manifest's stored form: what is written reads back the same, and damaged bytes read as no
/// manifest at all, never as another one.
@Suite("Build manifest encoding")
struct BuildManifestEncodingTests {
  static func randomText(_ random: inout SeededRandom) -> String {
    let pieces = ["a", "/", "é", "日本", " ", "\n", "0", ".md", ""]
    return (0..<Int.random(in: 0...5, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
  }

  static func randomManifest(_ random: inout SeededRandom) -> BuildManifest {
    func count() -> Int { Int.random(in: 0...4, using: &random) }
    func int64() -> Int64 { Int64.random(in: Int64.min...Int64.max, using: &random) }
    var manifest = BuildManifest(
      inputs: randomText(&random), extraInputs: (0..<count()).map { _ in randomText(&random) },
      outputs: [], folders: [], diagnostics: [])
    manifest.outputs = (0..<count()).map { _ in
      BuildManifest.OutputFile(path: randomText(&random), size: int64(), modified: int64())
    }
    manifest.folders = (0..<count()).map { _ in
      BuildManifest.OutputFolder(path: randomText(&random), fileCount: Int.random(in: 0...100_000, using: &random))
    }
    manifest.diagnostics = (0..<count()).map { _ in
      Diagnostic(
        [.error, .warning, .note].randomElement(using: &random)!, rule: randomText(&random), randomText(&random),
        file: randomText(&random), line: Int.random(in: 0...9_999, using: &random),
        column: Int.random(in: 0...999, using: &random))
    }
    manifest.inputFiles = (0..<count()).map { _ in
      BuildManifest.InputFile(
        path: randomText(&random),
        stamp: BuildManifest.FileStamp(
          size: int64(), inode: UInt64.random(in: 0...UInt64.max, using: &random), modified: int64(),
          changed: int64()),
        digest: Bool.random(using: &random) ? randomText(&random) : nil)
    }
    manifest.catalogInputs = Bool.random(using: &random) ? randomText(&random) : nil
    manifest.inputFolders = (0..<count()).map { _ in
      BuildManifest.FolderStamp(
        path: randomText(&random), inode: UInt64.random(in: 0...UInt64.max, using: &random), modified: int64(),
        changed: int64())
    }
    return manifest
  }

  @Test(arguments: [1, 2, 3] as [UInt64])
  func manifestsReadBackAsWritten(seed: UInt64) {
    var random = SeededRandom(seed: seed)
    for _ in 0..<300 {
      let manifest = Self.randomManifest(&random)
      #expect(BuildManifest.decode(manifest.encoded()) == manifest)
    }
  }

  @Test func damagedManifestsAreNotRead() {
    var random = SeededRandom(seed: 7)
    let stored = Self.randomManifest(&random).encoded()
    for length in 0..<stored.count {
      #expect(BuildManifest.decode(Array(stored.prefix(length))) == nil, "cut to \(length) bytes")
    }
    for offset in stored.indices {
      var flipped = stored
      flipped[offset] ^= 0x20
      #expect(BuildManifest.decode(flipped) == nil, "byte \(offset) changed")
    }
  }
}
