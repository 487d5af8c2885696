import ArgumentParser

/// `doccatalog build`: parses a docs folder and writes the catalog JSON.
struct BuildCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "build", abstract: "Build the catalog.")
  func run() throws {}
}
