import ArgumentParser
import DocBuild
import DocModel
import Foundation
import JSONGenerator

/// `doccatalog lookup TEXT`: finds the catalog entry for an error text, with the matcher generated code uses.
struct LookupCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lookup",
    abstract: "Find the catalog entry for an error text received at run time.",
    discussion: """
      Messages in the docs are patterns: example GUIDs, '…', '(Tenant_ID goes here)' and other placeholders \
      match any value, and each <br />-separated line matches on its own. The most specific match wins. \
      Exits 1 when nothing matches.
      """
  )

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, json
  }

  @Argument(help: "The error text, as the program printed it.")
  var error: String

  @Option(help: "Only entries of this app (its source-locale name, such as 'Okta').")
  var app: String?

  @Option(help: "The locale to show the entry in (falls back by language, then to the source locale).")
  var locale: String?

  @Option(help: "A catalog JSON written by 'doccatalog build' (default: read the docs folder).")
  var catalog: String?

  @Option(help: "The docs folder, when no --catalog is given.")
  var docs: String = "docs"

  @Option(help: "The configuration file, when no --catalog is given.")
  var config: String?

  @Option(help: "The output format.")
  var format: Format = .text

  func run() throws {
    let catalog = try loadCatalog()
    guard let entry = catalog.lookup(error, app: app) else {
      Console.error("no entry matches \(app.map { "for app '\($0)'" } ?? "the error text")")
      throw ExitCode(1)
    }
    let locale = catalog.bestLocale(for: locale ?? catalog.sourceLocale)
    guard let localized = entry.locales[locale] ?? entry.locales[catalog.sourceLocale] else { throw ExitCode(1) }
    switch format {
    case .json:
      let value: JSONValue = .object([
        "id": .string(entry.id), "catalog": .string(entry.catalog), "page": .string(entry.page),
        "locale": .string(locale), "message": .string(localized.message.text), "app": .string(localized.app.text),
        "description": .string(localized.description.text), "resolution": .string(localized.resolution.text),
        "path": .string(localized.path), "line": .integer(localized.line), "fallback": .bool(localized.fallback),
      ])
      FileHandle.standardOutput.write(Data(JSONOutput.encode(value)))
    case .text:
      // Texts from the docs: control characters escaped within each of their lines (``TerminalText``).
      let heading = "\(entry.catalog) \(entry.id) (\(locale)\(localized.fallback ? ", from the source locale" : ""))"
      var lines = [TerminalText.escaped(heading)]
      for (label, text) in [
        ("message", localized.message.text), ("app", localized.app.text),
        ("description", localized.description.text), ("resolution", localized.resolution.text),
      ] {
        let indented = text.split(separator: "\n", omittingEmptySubsequences: false).map {
          TerminalText.escaped(String($0))
        }.joined(separator: "\n             ")
        lines.append(label.padding(toLength: 13, withPad: " ", startingAt: 0) + indented)
      }
      lines.append(
        "source".padding(toLength: 13, withPad: " ", startingAt: 0)
          + TerminalText.escaped("\(localized.path):\(localized.line)"))
      FileHandle.standardOutput.write(Data((lines.joined(separator: "\n") + "\n").utf8))
    }
  }

  private func loadCatalog() throws -> Catalog {
    guard let catalog else {
      do throws(BuildFailure) {
        return try CatalogReading.catalog(
          docsDirectory: docs, configPath: config, observer: ConsoleObserver(showing: { $0.severity == .error }))
      } catch {
        throw error.printedExitCode
      }
    }
    guard let data = FileManager.default.contents(atPath: catalog) else {
      Console.error("cannot read catalog '\(catalog)'")
      throw ExitCode(2)
    }
    do {
      return try JSONDecoder().decode(Catalog.self, from: data)
    } catch {
      Console.error("'\(catalog)' is not a DocCatalog catalog: \(error)")
      throw ExitCode(2)
    }
  }
}
