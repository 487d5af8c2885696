public import DocModel
import Foundation
import Mustache

/// Renders the catalog as one self-contained Swift file (Foundation only) from a Mustache template.
///
/// The default template is `Templates/swift/catalog.swift.mustache`, built into the tool; a folder given
/// with `--templates` replaces it with its own `swift/catalog.swift.mustache`.
public struct SwiftCatalogGenerator: Sendable {
  /// The template's path inside a templates folder.
  public static let templatePath = "swift/catalog.swift.mustache"

  /// Why a template could not be used.
  public struct Failure: Error, Sendable, CustomStringConvertible {
    public var description: String
  }

  private let template: MustacheTemplate

  /// A generator with the built-in template, or the one in `templatesDirectory`.
  public init(templatesDirectory: String? = nil) throws(Failure) {
    let text: String
    if let templatesDirectory {
      let path = (templatesDirectory as NSString).appendingPathComponent(Self.templatePath)
      guard let data = FileManager.default.contents(atPath: path), let contents = String(data: data, encoding: .utf8) else {
        throw Failure(description: "cannot read template '\(path)'")
      }
      text = contents
    } else {
      text = DefaultTemplates.swiftCatalog
    }
    do {
      template = try MustacheTemplate(string: text)
    } catch {
      throw Failure(description: "template '\(Self.templatePath)' is not valid Mustache: \(error)")
    }
  }

  /// The Swift source for the catalog.
  public func generate(_ catalog: Catalog, command: String) -> String {
    let context = SwiftCatalogContext(catalog: catalog, command: command).dictionary()
    var output = template.render(context)
    while output.hasSuffix("\n\n") { output.removeLast() }
    if !output.hasSuffix("\n") { output += "\n" }
    return output
  }
}
