import DocBuild
import DocModel
import DocParser
import Foundation
import HTMLGenerator

/// Builds the HTML site of a docs folder in memory, as `doccatalog build --html` does.
public enum SiteBuilder {
  public static func files(of root: URL, templates: String? = nil) throws -> [String: [UInt8]] {
    let docSet = try DocSetReading.read(root: root.path)
    let generator = SiteGenerator(
      templates: try HTMLTemplates(directory: templates), sourceLocale: docSet.configuration.sourceLocale,
      locales: docSet.configuration.orderedLocales,
      pages: docSet.pages.map {
        .init(locale: $0.locale, localPath: $0.localPath, path: $0.path, document: $0.document)
      },
      includes: docSet.includes)
    // Catalog rows carry their entries' ids, as in `build --html`.
    let catalog = CatalogBuilder().build(docSet).0
    return generator.generate(rowIDs: CatalogRowLinks.rowIDs(of: catalog)).files
  }

  /// Writes files under a new temporary folder.
  public static func write(_ files: [String: [UInt8]]) throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("doccatalog-site-\(UUID().uuidString)")
    for (path, bytes) in files {
      let url = folder.appendingPathComponent(path)
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(bytes).write(to: url)
    }
    return folder
  }
}
