import DocBuild
import DocModel
import DocParser
import Foundation

/// A temporary docs folder written from a dictionary of paths and contents, removed when dropped.
public final class DocSetFixture {
  public let root: URL

  public init(_ files: [String: String]) throws {
    root = FileManager.default.temporaryDirectory.appendingPathComponent("doccatalog-\(UUID().uuidString)")
    for (path, content) in files {
      let url = root.appendingPathComponent(path)
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(content.utf8).write(to: url)
    }
  }

  deinit { try? FileManager.default.removeItem(at: root) }

  /// Reads the folder and builds its catalog.
  public func build() throws -> (Catalog, [Diagnostic]) {
    try DocSetFixture.build(root)
  }

  public static func build(_ root: URL) throws -> (Catalog, [Diagnostic]) {
    let (configuration, configDiagnostics) = try DocSetReader().configuration(
      root: root.path, configPath: nil, vocabulary: DocsFolder.vocabulary)
    guard configuration != nil else {
      return (Catalog(sourceLocale: "", locales: [], catalogs: [], pages: [], entries: []), configDiagnostics)
    }
    let docSet = try DocSetReading.read(root: root.path)
    let (catalog, diagnostics) = CatalogBuilder().build(docSet)
    return (catalog, docSet.diagnostics + diagnostics)
  }

  /// A two-locale configuration for a catalog named `Errors` over `errors.md`.
  public static let configuration = """
    sourceLocale: en-US
    locales: [en-US, ja-JP]
    catalogs:
      - name: Errors
        pages: [errors.md]
        columns:
          message: { en-US: Error message, ja-JP: エラー メッセージ }
          app: { en-US: App, ja-JP: アプリ }
          description: { en-US: Description, ja-JP: 説明 }
          resolution: { en-US: Resolution, ja-JP: 解決方法 }
    """

  /// A page with a catalog table of the given rows (message, app, description, resolution).
  public static func page(locale: String, rows: [[String]]) -> String {
    let header = locale == "ja-JP" ? "|エラー メッセージ|アプリ|説明|解決方法|" : "|Error message|App|Description|Resolution|"
    return
      "---\ntitle: Errors\ndescription: Error messages.\nms.date: 01/15/2024\nms.contentlocale: \(locale)\n---\n# Errors\n\n"
      + header + "\n|-|-|-|-|\n"
      + rows.map { "|" + $0.joined(separator: "|") + "|" }.joined(separator: "\n") + "\n"
  }
}
