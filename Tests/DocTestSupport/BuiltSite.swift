import DocBuild
import DocModel
import Foundation

/// A docs folder built as `doccatalog build --html` builds it, into a temporary folder: the site's files and
/// what the build reported.
public enum BuiltSite {
  /// The site's files by path, and every finding reported; a build that fails has no files. `templates` is
  /// a templates folder to use instead of the built-in templates.
  public static func build(
    _ root: URL, templates: String? = nil
  ) throws -> (files: [String: [UInt8]], diagnostics: [Diagnostic]) {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("doccatalog-built-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let reported = ReportedDiagnostics()
    let request = BuildPipeline.Request(
      docsDirectory: root.path, outputPaths: ["html": folder.appendingPathComponent("site").path],
      templatesDirectory: templates, usesCache: false, usesConfigurationOutputs: false)
    do {
      try BuildPipeline(request).run(observer: reported)
    } catch {
      return ([:], reported.diagnostics)
    }
    var files: [String: [UInt8]] = [:]
    let site = folder.appendingPathComponent("site")
    let enumerator = FileManager.default.enumerator(at: site, includingPropertiesForKeys: [.isRegularFileKey])
    while let url = enumerator?.nextObject() as? URL {
      guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
      let path = String(url.standardizedFileURL.path.dropFirst(site.standardizedFileURL.path.count + 1))
      files[path] = Array(try Data(contentsOf: url))
    }
    return (files, reported.diagnostics)
  }
}
