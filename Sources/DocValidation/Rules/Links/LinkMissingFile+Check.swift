public import DocModel
public import DocParser
import Foundation

/// `validate` finds the same missing local files as `build` does when it publishes the site's media
/// (`SiteMedia`): each image, link to a file that is not a page and file a DocFX construct shows, read from
/// the page's folder, must name a readable file of the docs folder. One found only when letter case is
/// ignored is reported as ``LinkFileCaseMismatch`` instead, as `build` reports it.
extension LinkMissingFile: ValidationRule {
  public static func check(_ input: ValidationInput) -> [Diagnostic] {
    let docSet = input.docSet
    let boundary = DocsFolderBoundary(root: docSet.root)
    // A file several pages name (a shared image, a page's translations) is looked for once.
    let exists = ConcurrentMemo<String, Bool>()
    let caseMatcher = FileNameCaseMatcher(root: docSet.root, boundary: boundary)
    let respelled = ConcurrentMemo<String, String?>()
    let found = ConcurrentMap.map(docSet.pages) { page -> [Diagnostic] in
      let references = input.pageLinks?[page.path]?.files ?? FileReferences.of(page.document)
      guard !references.isEmpty else { return [] }
      let folder = LinkChecks.folder(ofPagePath: page.path)
      var seen: Set<FileReferences.Reference> = []
      var diagnostics: [Diagnostic] = []
      for reference in references where seen.insert(reference).inserted {
        let path = reference.path.removingPercentEncoding ?? reference.path
        guard !path.lowercased().hasSuffix(".md") else { continue }
        let source = ContainedPath.joined(folder, path)
        let isFound =
          source.map { source in
            exists.value(for: source) { isPresent(docSet.root + "/" + source, boundary: boundary) }.value
          } ?? false
        guard !isFound else { continue }
        let start = reference.range?.start
        if let source, let actual = respelled.value(for: source, { caseMatcher.match(source) }).value {
          diagnostics.append(
            LinkFileCaseMismatch.finding(
              LinkFileCaseMismatch.mismatch(reference.path, actual: actual), file: docSet.displayPath(page),
              line: start?.line ?? 0, column: start?.column ?? 0))
          continue
        }
        diagnostics.append(
          finding(
            missing(reference.path), file: docSet.displayPath(page), line: start?.line ?? 0,
            column: start?.column ?? 0))
      }
      return diagnostics
    }
    return found.flatMap { $0 }
  }

  /// Whether `path` leads to a file the site could publish: a readable file that is not a folder. One that
  /// leads outside the docs folder is not missing (`build` refuses it as ``SourceOutsideDocs``).
  public static func isPresent(_ path: String, boundary: DocsFolderBoundary) -> Bool {
    switch boundary.resolve(path) {
    case .outside: return true
    case .unresolved: return false
    case .inside(let real):
      var isFolder: ObjCBool = false
      return FileManager.default.fileExists(atPath: real, isDirectory: &isFolder) && !isFolder.boolValue
        && FileManager.default.isReadableFile(atPath: real)
    }
  }
}
