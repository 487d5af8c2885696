import DocModel
import DocParser
import Foundation
import HTMLGenerator
import JSONGenerator
import SwiftGenerator

/// Renders a built catalog into the outputs asked for (JSON, Swift, the HTML site), all at once on
/// every core. Templates are loaded first, so that a bad template fails before any work is done.
struct OutputRenderer {
  /// Where each output goes; `nil` when it is not asked for. A JSON path of `-` is standard output.
  struct Targets: Equatable {
    var json: String?
    var swift: String?
    var html: String?
    /// The command the Swift file's header names for regenerating it.
    var swiftCommand: String
  }

  /// One file the build produces.
  struct Output: Sendable {
    var path: String
    var bytes: [UInt8]
    var summary: String
  }

  /// The HTML site: a folder replaced whole.
  struct Site: Sendable {
    var folder: String
    var files: [String: [UInt8]]
  }

  /// Everything rendered, with the problems met on the way (as diagnostics).
  struct Rendered {
    var outputs: [Output]
    var site: Site?
    var diagnostics: [Diagnostic]
  }

  /// Why rendering could not start: a template that cannot be read or is not valid.
  struct Failure: Error {
    var description: String
  }

  private let targets: Targets
  private let swiftGenerator: SwiftCatalogGenerator?
  private let htmlTemplates: HTMLTemplates?

  init(targets: Targets, templatesDirectory: String?) throws(Failure) {
    self.targets = targets
    do {
      swiftGenerator = try targets.swift.map { _ in try SwiftCatalogGenerator(templatesDirectory: templatesDirectory) }
      htmlTemplates = try targets.html.map { _ in try HTMLTemplates(directory: templatesDirectory) }
    } catch let failure as SwiftCatalogGenerator.Failure {
      throw Failure(description: failure.description)
    } catch {
      throw Failure(description: "\(error)")
    }
  }

  /// Renders every output of `build`; each page of the site counts one step on `progress`.
  func render(_ build: CatalogBuild, progress: ProgressLine, timer: PhaseTimer) -> Rendered {
    let catalog = build.catalog
    let summary = "\(catalog.entries.count) entries, \(catalog.pages.count) pages, \(catalog.locales.count) locales"
    let site = siteGenerator(build.docSet)
    if let site { progress.begin("rendering", total: site.pageCount) }
    // The three outputs are independent: each is one job, and the site's pages spread over the cores too.
    let products = ConcurrentMap.map(Job.allCases) { job in
      timer.measure("\(job)") { () -> Product in
        switch job {
        case .json:
          return .output(targets.json.map { Output(path: $0, bytes: JSONOutput.encode(catalog), summary: summary) })
        case .swift:
          guard let path = targets.swift, let swiftGenerator else { return .output(nil) }
          let source = swiftGenerator.generate(catalog, command: targets.swiftCommand)
          return .output(Output(path: path, bytes: Array(source.utf8), summary: summary))
        case .site:
          guard let site else { return .site(nil, []) }
          let (files, problems) = site.generate(pageDone: { progress.advance() })
          return .site(files, problems)
        }
      }
    }
    progress.end()
    var rendered = Rendered(outputs: [], site: nil, diagnostics: [])
    for product in products {
      switch product {
      case .output(let output): output.map { rendered.outputs.append($0) }
      case .site(let files, let problems):
        if let files, let folder = targets.html {
          rendered.site = Site(folder: folder.hasSuffix("/") ? String(folder.dropLast()) : folder, files: files)
        }
        rendered.diagnostics += problems.map {
          Diagnostic(.warning, rule: "include.cycle", $0.message, file: build.docSet.root + "/" + $0.page)
        }
      }
    }
    return rendered
  }

  private enum Job: CaseIterable {
    case json, swift, site
  }

  private enum Product: Sendable {
    case output(Output?)
    case site([String: [UInt8]]?, [(page: String, message: String)])
  }

  private func siteGenerator(_ docSet: DocSet) -> SiteGenerator? {
    guard let htmlTemplates else { return nil }
    return SiteGenerator(
      templates: htmlTemplates, sourceLocale: docSet.configuration.sourceLocale,
      locales: docSet.configuration.orderedLocales,
      pages: docSet.pages.map {
        SiteGenerator.Page(locale: $0.locale, localPath: $0.localPath, path: $0.path, document: $0.document)
      },
      includes: docSet.includes)
  }
}
