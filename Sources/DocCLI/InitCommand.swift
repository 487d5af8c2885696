import ArgumentParser
import DocBuild
import DocConsole
import DocModel
import Foundation

/// `doccatalog init [DOCS]`: proposes a `doccatalog.yml` for a docs folder (``CatalogProposer``), writes it and
/// says what it found.
struct InitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init",
    abstract: "Propose a doccatalog.yml: a catalog for each table that looks like an error catalog.",
    discussion: """
      Tables whose header names an error, code, message, status, event, cause or resolution column become \
      catalogs, one per shape of table; each column becomes a field named from its header and typed from \
      its values, with the headers of the same table in the other locales' pages. Says why each other \
      table was left out. Never replaces an existing configuration without --force.
      """
  )

  @Argument(help: "The docs folder.")
  var docs: String = "docs"

  @Option(help: "Where to write the configuration ('-' for standard output; default: DOCS/doccatalog.yml).")
  var output: String?

  @Flag(help: "Print the configuration instead of writing it.")
  var dryRun = false

  @Flag(help: "Replace an existing configuration.")
  var force = false

  func run() throws {
    let toStandardOutput = dryRun || output == "-"
    let path = output ?? CatalogProposer.configurationPath(root: docs)
    if !toStandardOutput && !force && (try? FileManager.default.attributesOfItem(atPath: path)) != nil {
      Console.error("'\(path)' exists; use --force to replace it, or --dry-run to print the proposal")
      throw ExitCode(2)
    }
    let proposal: CatalogProposal
    do throws(BuildFailure) {
      proposal = try CatalogProposer.propose(
        root: docs, observer: ConsoleObserver(showing: { $0.severity == .error }))
    } catch {
      throw error.printedExitCode
    }
    for catalog in proposal.catalogs {
      let definition = catalog.definition
      let fields = definition.fields.map { "\($0.name): \($0.type.rawValue)" }.joined(separator: ", ")
      Console.info(
        "\(definition.name): \(catalog.tableCount) table(s) on \(definition.pages.joined(separator: ", ")); "
          + "fields \(fields); key \(definition.key.joined(separator: " + "))")
    }
    for skipped in proposal.skipped {
      Console.info("\(skipped.file):\(skipped.line): skipped: \(skipped.reason)")
    }
    let yaml = proposal.yaml
    if toStandardOutput {
      FileHandle.standardOutput.write(Data(yaml.utf8))
      return
    }
    do {
      try AtomicFileWriter.write(Array(yaml.utf8), to: path)
    } catch {
      Console.error("cannot write '\(path)': \(error.description)")
      throw ExitCode(1)
    }
    Console.info("wrote \(path): \(proposal.catalogs.count) catalog(s)")
  }
}
