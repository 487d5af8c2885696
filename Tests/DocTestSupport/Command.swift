import Foundation

/// Runs a program and collects what it printed.
public struct CommandResult: Sendable {
  public var status: Int32
  public var standardOutput: [UInt8]
  public var standardError: String

  public var output: String { String(decoding: standardOutput, as: UTF8.self) }
}

public enum Command {
  /// Finds a program on the PATH.
  public static func which(_ name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for folder in path.split(separator: ":") {
      let candidate = "\(folder)/\(name)"
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }

  /// Runs `executable` with `arguments`, feeding `input` on standard input.
  public static func run(
    _ executable: String, _ arguments: [String], input: [UInt8] = [], currentDirectory: URL? = nil
  ) throws -> CommandResult {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    if let currentDirectory { process.currentDirectoryURL = currentDirectory }
    let stdin = Pipe()
    let stdout = Pipe()
    let stderr = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    let writer = Thread {
      stdin.fileHandleForWriting.write(Data(input))
      try? stdin.fileHandleForWriting.close()
    }
    writer.start()
    let errorData = ErrorCollector(stderr.fileHandleForReading)
    let output = stdout.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return CommandResult(
      status: process.terminationStatus, standardOutput: [UInt8](output),
      standardError: String(decoding: errorData.finish(), as: UTF8.self))
  }
}

/// Reads a pipe on another thread so that a chatty child cannot block on a full pipe.
private final class ErrorCollector: @unchecked Sendable {
  private var data = Data()
  private let done = DispatchSemaphore(value: 0)

  init(_ handle: FileHandle) {
    Thread {
      self.data = handle.readDataToEndOfFile()
      self.done.signal()
    }.start()
  }

  func finish() -> Data {
    done.wait()
    return data
  }
}

extension Command {
  /// The `doccatalog` executable built beside the test bundle.
  public static var doccatalog: String { builtExecutable("doccatalog") }

  /// The `doccatalog-plugin-tool` executable (what the build-tool plugin runs) built beside the test bundle.
  public static var docCatalogPluginTool: String { builtExecutable("doccatalog-plugin-tool") }

  /// The executable `name` of this package, built beside the test bundle.
  public static func builtExecutable(_ name: String) -> String {
    let besideTests = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
      .appendingPathComponent(name).path
    if FileManager.default.isExecutableFile(atPath: besideTests) { return besideTests }
    return Paths.repositoryRoot.appendingPathComponent(".build/debug/\(name)").path
  }
}
