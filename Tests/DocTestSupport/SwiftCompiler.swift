import Foundation

/// Compiles Swift files with `swiftc` in Swift 6 language mode, and runs the result.
public enum SwiftCompiler {
  public struct Failure: Error, CustomStringConvertible {
    public var description: String
  }

  /// `swiftc -typecheck -swift-version 6` on one file.
  public static func typecheck(_ source: String, name: String = "Generated.swift") throws -> CommandResult {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent(name)
    try Data(source.utf8).write(to: file)
    return try Command.run(try swiftc(), ["-typecheck", "-swift-version", "6", file.path])
  }

  /// Compiles the files (one of them `main.swift`) into a program and runs it.
  public static func compileAndRun(_ files: [String: String]) throws -> CommandResult {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    var paths: [String] = []
    for (name, source) in files.sorted(by: { $0.key < $1.key }) {
      let file = folder.appendingPathComponent(name)
      try Data(source.utf8).write(to: file)
      paths.append(file.path)
    }
    let program = folder.appendingPathComponent("program").path
    let compile = try Command.run(try swiftc(), ["-swift-version", "6", "-Onone", "-o", program] + paths)
    guard compile.status == 0 else {
      throw Failure(description: "swiftc failed:\n\(compile.standardError.prefix(4000))")
    }
    return try Command.run(program, [])
  }

  private static func swiftc() throws -> String {
    guard let path = Command.which("swiftc") else { throw Failure(description: "swiftc is not on the PATH") }
    return path
  }

  private static func temporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("doccatalog-swiftc-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }
}

/// A seeded random generator (SplitMix64), so that a failing property test can be replayed.
public struct SeededRandom: RandomNumberGenerator {
  private var state: UInt64

  public init(seed: UInt64) { state = seed }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var value = state
    value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
    value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
    return value ^ (value >> 31)
  }
}

/// Random strings made of what breaks naive Swift escaping.
public enum AdversarialStrings {
  public static let pieces: [String] = [
    "a", "Z", " ", "  ", "0", "\"", "\\", "\"\"\"", "\\(", "\\(x)", "#", "\"#", "#\"", "\\#(", "##", "\\u{41}",
    "\\n", "'", "`", "$", "{", "}", "%@", "%s", "\t", "\n", "\r", "\r\n", "\0", "\u{1}", "\u{7}", "\u{1B}[31m",
    "\u{1F}", "\u{7F}", "\u{85}", "\u{A0}", "\u{AD}", "\u{200B}", "\u{200D}", "\u{200E}", "\u{200F}", "\u{202E}",
    "\u{2066}", "\u{2028}", "\u{2029}", "\u{FEFF}", "\u{FE0F}", "\u{301}", "e\u{301}", "👍🏽", "👨‍👩‍👧", "🇯🇵",
    "日本語", "ｴﾗｰ", "שלום", "مرحبا", "<br />", "*/", "/*", "///", "\u{E000}", "\u{10FFFF}", "\u{FFFD}",
    "HttpRequestFailure: Server returned: 401", "998cea7e-35cd-46a5-ab3c-8ec88a45d7d5", "…", "(Tenant_ID goes here)",
  ]

  public static func make(_ random: inout SeededRandom) -> String {
    if random.next() % 50 == 0 {
      return String(repeating: pieces.randomElement(using: &random)!, count: 2_000)
    }
    let count = Int(random.next() % 9)
    return (0..<count).map { _ in pieces.randomElement(using: &random)! }.joined()
  }
}
