import DocBuild
import Foundation

/// One fuzzer input as a small doc set, built as `doccatalog build` builds one. The input's bytes, split at
/// NUL bytes, are the files of ``paths`` in order (an input with fewer parts has fewer files). The doc set
/// fuzzer builds each input so, and a test builds the findings it left the same way.
public enum FuzzDocSet {
  /// The files an input's parts become, in order: a page, two includes, the configuration, a translation.
  public static let paths = [
    "en-US/page.md", "en-US/includes/a.md", "en-US/includes/b.md", "doccatalog.yml", "ja-JP/page.md",
  ]

  /// Writes the doc set of `bytes` into `folder` (which must not exist) at `folder/outer/inner/docs`, builds
  /// its catalog JSON and its site into `folder/outer/inner/out` and any output its configuration names,
  /// then removes `folder`. Returns what the build left where it may not write: any entry of `folder` and
  /// `folder/outer` besides the way down, which only a path escaping the docs' project can make.
  public static func build(_ bytes: [UInt8], in folder: String) -> [String] {
    let project = folder + "/outer/inner"
    let docs = project + "/docs"
    defer { try? FileManager.default.removeItem(atPath: folder) }
    do {
      for (path, contents) in zip(paths, bytes.split(separator: 0, omittingEmptySubsequences: false)) {
        let url = URL(fileURLWithPath: docs + "/" + path)
        try FileManager.default.createDirectory(
          at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(contents).write(to: url)
      }
    } catch {
      return ["cannot write the doc set: \(error)"]
    }
    let request = BuildPipeline.Request(
      docsDirectory: docs, outputPaths: ["json": project + "/out/catalog.json", "html": project + "/out/site"],
      usesCache: false)
    _ = try? BuildPipeline(request).run(observer: IgnoredEvents())
    let outside = [(folder, "outer"), (folder + "/outer", "inner")].flatMap { parent, way in
      ((try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? []).filter { $0 != way }
        .map { parent + "/" + $0 }
    }
    return outside.sorted()
  }
}
