import DocModel
import DocParser
import Foundation
import HTMLGenerator
import JSONGenerator
import SwiftGenerator

/// Renders the outputs asked for (the HTML site, the JSON, the Swift source) one after another, each
/// spreading its work over the cores, so that each can be written and let go of before the next. Templates
/// are loaded first, so that a bad template fails before any work is done.
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
    var summary: String
    /// Makes the contents, handing them to its argument a chunk at a time as they are made, to be written
    /// as they come: large outputs are never held whole.
    var produce: @Sendable (_ consume: ([UInt8]) -> Void) -> Void

    init(path: String, summary: String, produce: @escaping @Sendable (_ consume: ([UInt8]) -> Void) -> Void) {
      self.path = path
      self.summary = summary
      self.produce = produce
    }

    init(path: String, bytes: [UInt8], summary: String) {
      self.init(path: path, summary: summary) { consume in consume(bytes) }
    }

    /// The contents as chunks, made again and all held.
    var chunks: [[UInt8]] {
      var chunks: [[UInt8]] = []
      produce { chunks.append($0) }
      return chunks
    }
  }

  /// The HTML site: a folder replaced whole.
  struct Site: Sendable {
    var folder: String
    var files: [String: [UInt8]]
    /// Where the files already went, as they were made, when they are not in `files`.
    var staged: SiteStaging?

    /// How many files the site has.
    var fileCount: Int { staged?.count ?? files.count }
  }

  /// Everything rendered, with the problems met on the way (as diagnostics).
  struct Rendered {
    var outputs: [Output]
    var site: Site?
    var diagnostics: [Diagnostic]
    /// The name of the phase that writes it, for `--timings`: outputs are made as they are written.
    var phase = "write"
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

  /// The templates of the site, when a site is asked for.
  var siteTemplates: HTMLTemplates? { htmlTemplates }

  /// The site rendered from a doc set read whole; each page counts one step on `progress`.
  func site(of docSet: DocSet, progress: ProgressLine, timer: PhaseTimer) -> Rendered? {
    guard let htmlTemplates else { return nil }
    let generator = SiteGenerator(
      templates: htmlTemplates, sourceLocale: docSet.configuration.sourceLocale,
      locales: docSet.configuration.orderedLocales,
      pages: docSet.pages.map {
        SiteGenerator.Page(locale: $0.locale, localPath: $0.localPath, path: $0.path, document: $0.document)
      },
      includes: docSet.includes)
    progress.begin("rendering", total: generator.pageCount)
    defer { progress.end() }
    let (files, problems) = timer.measure("site") { generator.generate(pageDone: { progress.advance() }) }
    return site(files: files, problems: problems, root: docSet.root)
  }

  /// Where the site's files go as they are made, when a site is asked for: beside its folder, until the
  /// build swaps them in.
  func siteStaging() -> SiteStaging? {
    siteFolder.map { SiteStaging(folder: $0) }
  }

  private var siteFolder: String? {
    targets.html.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
  }

  /// The site from its files (or the staging folder they went to), with its problems as diagnostics.
  func site(
    files: [String: [UInt8]], staged: SiteStaging? = nil, problems: [(page: String, message: String)], root: String
  ) -> Rendered? {
    guard let folder = siteFolder else { return nil }
    return Rendered(
      outputs: [], site: Site(folder: folder, files: files, staged: staged),
      diagnostics: problems.map { Diagnostic(.warning, rule: "include.cycle", $0.message, file: root + "/" + $0.page) })
  }

  /// Hands the JSON and the Swift source to `deliver` together, to be written at once (see
  /// ``BuildCommand``): each is made as it is written, spreading its work over the cores a batch of
  /// entries at a time, and each fills the gaps the other leaves (its serial steps, its writes).
  func catalogOutputs(_ catalog: Catalog, deliver: (Rendered) throws -> Void) throws {
    let summary = "\(catalog.entries.count) entries, \(catalog.pages.count) pages, \(catalog.locales.count) locales"
    var outputs: [Output] = []
    var phases: [String] = []
    if let path = targets.json {
      outputs.append(Output(path: path, summary: summary) { consume in JSONOutput.encode(catalog, into: consume) })
      phases.append("json")
    }
    if let path = targets.swift, let swiftGenerator {
      let command = targets.swiftCommand
      outputs.append(
        Output(path: path, summary: summary) { consume in
          swiftGenerator.generate(catalog, command: command, into: consume)
        })
      phases.append("swift")
    }
    guard !outputs.isEmpty else { return }
    try deliver(Rendered(outputs: outputs, site: nil, diagnostics: [], phase: phases.joined(separator: "+")))
  }
}
