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
    let context = SwiftCatalogContext(catalog: catalog, command: command).dictionary(entryTemplate: entryTemplate)
    var output = template.render(context)
    while output.hasSuffix("\n\n") { output.removeLast() }
    if !output.hasSuffix("\n") { output += "\n" }
    return output
  }
}
