public import DocModel
import Foundation
import Mustache

/// Renders the catalog as one self-contained Swift file (Foundation only) from Mustache templates.
///
/// The default templates are `Templates/swift/catalog.swift.mustache` and `entry.swift.mustache` beside
/// it, built into the tool; a folder given with `--templates` replaces them with its own (its entry template
/// is optional). Each entry's definition is rendered from the entry template on every core, and the catalog
/// template places them all with `{{{entryDefinitions}}}`.
public struct SwiftCatalogGenerator: Sendable {
  /// The catalog template's path inside a templates folder.
  public static let templatePath = "swift/catalog.swift.mustache"
  /// The entry template's path inside a templates folder.
  public static let entryTemplatePath = "swift/entry.swift.mustache"

  /// Why a template could not be used.
  public struct Failure: Error, Sendable, CustomStringConvertible {
    public var description: String
  }

  private let template: DeferredCatalogTemplate
  private let entryTemplate: MustacheTemplate
  /// Whether the entry template is the built-in one, which ``BuiltInEntryTemplate`` writes without swift-mustache.
  private let entryTemplateIsBuiltIn: Bool
  /// The access level of the declarations.
  private let access: SwiftAccess
  /// Where the generated code reads translated texts from.
  private let strings: SwiftStrings
  /// The String Catalog table translations are read from, with `strings` `catalog`.
  private let table: String

  /// The table read when none is named: the one `String(localized:)` reads by default.
  public static let defaultTable = "Localizable"

  /// A generator with the built-in templates, or the ones in `templatesDirectory`, declaring with `access`,
  /// reading translations from `strings` (the String Catalog table `table`, for `catalog`).
  public init(
    templatesDirectory: String? = nil, access: SwiftAccess = .public, strings: SwiftStrings = .literals,
    table: String? = nil
  ) throws(Failure) {
    self.access = access
    self.strings = strings
    self.table = table ?? Self.defaultTable
    let catalog = try Self.text(
      Self.templatePath, in: templatesDirectory, builtIn: DefaultTemplates.swiftCatalog, optional: false)
    template =
      catalog == DefaultTemplates.swiftCatalog
      ? DeferredCatalogTemplate(catalog)
      : DeferredCatalogTemplate(parsed: try Self.parse(Self.templatePath) { try ChunkedTemplate(catalog) })
    let entry = try Self.text(
      Self.entryTemplatePath, in: templatesDirectory, builtIn: DefaultTemplates.swiftEntry, optional: true)
    entryTemplate = try Self.parse(Self.entryTemplatePath) { try MustacheTemplate(string: entry) }
    entryTemplateIsBuiltIn = BuiltInEntryTemplate.isBuiltIn(entry)
  }

  /// The text of the template at `relativePath` in `directory`, or the built-in one.
  private static func text(
    _ relativePath: String, in directory: String?, builtIn: String, optional: Bool
  ) throws(Failure) -> String {
    var text = builtIn
    if let directory {
      let path = (directory as NSString).appendingPathComponent(relativePath)
      if let data = FileManager.default.contents(atPath: path), let contents = String(data: data, encoding: .utf8) {
        text = contents
      } else if !optional || FileManager.default.fileExists(atPath: path) {
        throw Failure(description: "cannot read template '\(path)'")
      }
    }
    return text
  }

  private static func parse<Template>(_ relativePath: String, _ parse: () throws -> Template) throws(Failure)
    -> Template
  {
    do {
      return try parse()
    } catch {
      throw Failure(description: "template '\(relativePath)' is not valid Mustache: \(error)")
    }
  }

  /// The Swift source for the catalog.
  public func generate(_ catalog: Catalog, command: String) -> String {
    var bytes: [UInt8] = []
    generate(catalog, command: command) { bytes += $0 }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The Swift source for the catalog, handed to `consume` a chunk at a time as it is made: the text the
  /// catalog template renders, with each catalog's entry definitions where it says `entryDefinitions`,
  /// rendered on every core a batch of entries at a time. A large catalog's source is never held whole.
  public func generate(_ catalog: Catalog, command: String, into consume: ([UInt8]) -> Void) {
    let marker = "\u{FFFF}doccatalog-entry-definitions-"
    let (context, entries) = SwiftCatalogContext(
      catalog: catalog, command: command, access: access, strings: strings, table: table
    )
    .values(marker: { "\(marker)\($0)\u{FFFF}" })
    var ending = OneFinalNewline()
    var rest = Substring(template.template.render(context))
    while let offset = rest.utf8Offset(of: marker) {
      let start = rest.utf8.index(rest.utf8.startIndex, offsetBy: offset)
      let afterMarker = rest[rest.utf8.index(start, offsetBy: marker.utf8.count)...]
      guard let end = afterMarker.firstIndex(of: "\u{FFFF}"), let index = Int(afterMarker[..<end]),
        entries.indices.contains(index)
      else { break }
      ending.append(Array(rest[..<start].utf8), to: consume)
      renderDefinitions(entries[index]) { ending.append($0, to: consume) }
      rest = rest[afterMarker.index(after: end)...]
    }
    ending.append(Array(rest.utf8), to: consume)
    ending.finish(to: consume)
  }

  /// Each entry rendered from the entry template, on every core, a batch at a time. Each definition ends
  /// with a newline, and the catalog template's line adds one more: the last one's is dropped.
  private func renderDefinitions(_ entries: [SwiftEntryValues], into consume: ([UInt8]) -> Void) {
    let batchSize = 4096
    for batchStart in stride(from: 0, to: entries.count, by: batchSize) {
      let batch = Array(entries[batchStart..<min(batchStart + batchSize, entries.count)])
      var definitions = ConcurrentMap.map(batch) {
        entryTemplateIsBuiltIn ? BuiltInEntryTemplate.render($0) : Array(entryTemplate.render($0).utf8)
      }
      if batchStart + batchSize >= entries.count, definitions.last?.last == 0x0A {
        definitions[definitions.count - 1].removeLast()
      }
      definitions.forEach(consume)
    }
  }
}
