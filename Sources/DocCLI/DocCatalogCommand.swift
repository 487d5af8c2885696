public import ArgumentParser
import DocBuild
import Foundation

/// `doccatalog`: the root command, grouping the subcommands.
public struct DocCatalogCommand: ParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "doccatalog",
    abstract: "Turn DocFX troubleshooting tables into a typed, multi-locale catalog.",
    version: DocCatalogVersion.current,
    subcommands: [
      BuildCommand.self, ValidateCommand.self, LookupCommand.self, InitCommand.self, ParseCommand.self,
    ]
  )

  public init() {}
}

extension DocCatalogCommand {
  /// Parses the command line and runs, exiting 2 on usage errors (ArgumentParser's default is 64),
  /// 1 when the docs have errors, 0 otherwise.
  public static func runAsMain(arguments: [String]? = nil) -> Never {
    do {
      var command = try parseAsRoot(arguments)
      try command.run()
      exit(withError: nil)
    } catch {
      let code = exitCode(for: error)
      if code == .validationFailure {
        let message = fullMessage(for: error)
        FileHandle.standardError.write(Data((message + "\n").utf8))
        Foundation.exit(2)
      }
      exit(withError: error)
    }
  }
}
