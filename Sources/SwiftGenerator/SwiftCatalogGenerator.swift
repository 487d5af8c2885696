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

  private let template: MustacheTemplate
  private let entryTemplate: MustacheTemplate

  /// A generator with the built-in templates, or the ones in `templatesDirectory`.
  public init(templatesDirectory: String? = nil) throws(Failure) {
    template = try Self.template(
      Self.templatePath, in: templatesDirectory, builtIn: DefaultTemplates.swiftCatalog, optional: false)
    entryTemplate = try Self.template(
      Self.entryTemplatePath, in: templatesDirectory, builtIn: DefaultTemplates.swiftEntry, optional: true)
  }

  private static func template(
    _ relativePath: String, in directory: String?, builtIn: String, optional: Bool
  ) throws(Failure) -> MustacheTemplate {
    var text = builtIn
    if let directory {
      let path = (directory as NSString).appendingPathComponent(relativePath)
      if let data = FileManager.default.contents(atPath: path), let contents = String(data: data, encoding: .utf8) {
        text = contents
      } else if !optional || FileManager.default.fileExists(atPath: path) {
        throw Failure(description: "cannot read template '\(path)'")
      }
    }
    do {
      return try MustacheTemplate(string: text)
    } catch {
      throw Failure(description: "template '\(relativePath)' is not valid Mustache: \(error)")
    }
  }

  /// The Swift source for the catalog.
  public func generate(_ catalog: Catalog, command: String) -> String {
    String(decoding: generateChunks(catalog, command: command).joined(), as: UTF8.self)
  }

  /// The Swift source for the catalog as UTF-8 chunks, to be written one after the other: the text the
  /// catalog template renders, with each catalog's entry definitions (one chunk per entry) where it says
  /// `entryDefinitions`. A large catalog's source is never copied whole.
  public func generateChunks(_ catalog: Catalog, command: String) -> [[UInt8]] {
    let marker = "\u{FFFF}doccatalog-entry-definitions-"
    let (context, definitions) = SwiftCatalogContext(catalog: catalog, command: command)
      .values(entryTemplate: entryTemplate, marker: { "\(marker)\($0)\u{FFFF}" })
    var chunks: [[UInt8]] = []
    var rest = Substring(template.render(context))
    while let offset = rest.utf8Offset(of: marker) {
      let start = rest.utf8.index(rest.utf8.startIndex, offsetBy: offset)
      let afterMarker = rest[rest.utf8.index(start, offsetBy: marker.utf8.count)...]
      guard let end = afterMarker.firstIndex(of: "\u{FFFF}"), let index = Int(afterMarker[..<end]),
        definitions.indices.contains(index)
      else { break }
      chunks.append(Array(rest[..<start].utf8))
      chunks += definitions[index]
      rest = rest[afterMarker.index(after: end)...]
    }
    chunks.append(Array(rest.utf8))
    Self.endWithOneNewline(&chunks)
    return chunks
  }

  /// Trailing blank lines removed and a final newline ensured, across chunks.
  private static func endWithOneNewline(_ chunks: inout [[UInt8]]) {
    var newlines = 0
    scan: for chunk in chunks.reversed() {
      for byte in chunk.reversed() {
        guard byte == 0x0A else { break scan }
        newlines += 1
      }
    }
    if newlines == 0 {
      chunks.append([0x0A])
      return
    }
    var extra = newlines - 1
    while extra > 0, !chunks.isEmpty {
      let removable = min(extra, chunks[chunks.count - 1].count)
      chunks[chunks.count - 1].removeLast(removable)
      extra -= removable
      if chunks[chunks.count - 1].isEmpty { chunks.removeLast() }
    }
  }
}
