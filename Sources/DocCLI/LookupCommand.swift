import ArgumentParser
import DocBuild
import DocConsole
import DocModel
import Foundation
import JSONGenerator

/// `doccatalog lookup TEXT`: finds the catalog entry for an error text, with the matcher generated code uses.
struct LookupCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lookup",
    abstract: "Find the catalog entry for an error text received at run time.",
    discussion: """
      Each catalog's lookup fields are matched: messages in the docs are patterns (example GUIDs, '…', \
      '(Tenant_ID goes here)' and other placeholders match any value, and each <br />-separated line matches \
      on its own); error codes match in any written form (0x8024A000, 8024A000, -2145083392); status codes \
      match inside a longer text (550 5.4.1 Relay Access Denied). The best match wins; every entry tied for \
      it is printed. Exits 1 when nothing matches.
      """
  )

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, json
  }

  @Argument(help: "The error text, as the program printed it, or an error or status code.")
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
    let found = catalog.lookupAll(error, app: app)
    guard !found.isEmpty else {
      Console.error("no entry matches \(app.map { "for app '\($0)'" } ?? "the error text")")
      throw ExitCode(1)
    }
    let locale = catalog.bestLocale(for: locale ?? catalog.sourceLocale)
    let definitions = catalog.definitionsByName
    let matches = found.compactMap { entry -> LookupMatch? in
      guard let definition = definitions[entry.catalog],
        let localized = entry.locales[locale] ?? entry.locales[catalog.sourceLocale]
      else { return nil }
      return LookupMatch(
        entry: entry, definition: definition, localized: localized, locale: locale, sourceLocale: catalog.sourceLocale)
    }
    switch format {
    case .json:
      FileHandle.standardOutput.write(Data(JSONOutput.encode(.array(matches.map(\.json)))))
    case .text:
      let blocks = matches.map(\.text)
      var output = blocks.joined(separator: "\n")
      if matches.count > 1 { output = "\(matches.count) entries match equally well:\n\n" + output }
      FileHandle.standardOutput.write(Data(output.utf8))
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
