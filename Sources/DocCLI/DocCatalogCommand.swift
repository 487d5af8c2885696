public import ArgumentParser

/// `doccatalog`: the root command, grouping the subcommands.
public struct DocCatalogCommand: ParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "doccatalog",
    abstract: "Turn DocFX troubleshooting tables into a typed, multi-locale catalog.",
    version: DocCatalogVersion.current,
    subcommands: [BuildCommand.self, ParseCommand.self]
  )

  public init() {}
}

/// The tool's version, written nowhere in outputs so they stay identical across versions of the same format.
public enum DocCatalogVersion {
  public static let current = "0.1.0"
}
