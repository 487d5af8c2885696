public import DocModel
public import DocParser

/// What `link.unresolved-xref` and `link.duplicate-uid` find, the same in `validate` and in `build`: the
/// pages' own uids added to the xrefmaps', and each page's xrefs that none of them names.
public enum XrefChecks {
  /// A page as the checks read it.
  public struct Page: Sendable {
    public var locale: String
    public var localPath: String
    /// The page's file as findings name it.
    public var file: String
    public var frontMatter: FrontMatter
    public var uses: [XrefUse]

    public init(locale: String, localPath: String, file: String, frontMatter: FrontMatter, uses: [XrefUse]) {
      self.locale = locale
      self.localPath = localPath
      self.file = file
      self.frontMatter = frontMatter
      self.uses = uses
    }
  }

  /// `map` with the uid each page declares (front matter `uid:`), the source locale's pages first so that
  /// a uid's page is the same whichever locale declares it; and a finding for each page that declares a
  /// uid another page (of another path) declared before it.
  public static func addingPages(
    _ pages: [Page], to map: XrefMap, sourceLocale: String
  ) -> (map: XrefMap, duplicates: [Diagnostic]) {
    var map = map
    var duplicates: [Diagnostic] = []
    let ordered =
      pages.filter { $0.locale == sourceLocale }.sorted { $0.localPath < $1.localPath }
      + pages.filter { $0.locale != sourceLocale }.sorted { ($0.locale, $0.localPath) < ($1.locale, $1.localPath) }
    for page in ordered {
      guard let uid = page.frontMatter.text("uid") else { continue }
      let title = page.frontMatter.title
      if let first = map.addPage(uid: uid, localPath: page.localPath, locale: page.locale, title: title) {
        let line = page.frontMatter.fields.first { $0.key == "uid" }?.line ?? 1
        duplicates.append(
          XrefDuplicateUID.finding(
            XrefDuplicateUID.duplicate(uid, first: first), file: page.file, line: line, column: 1))
      }
    }
    return (map, duplicates)
  }

  /// The page's xrefs that `map` does not resolve, each where it is written (`line` gives the page's lines).
  /// A shorthand (`@uid`) that resolves to nothing is text, as on Learn, which reports only the other forms:
  /// `@` before an address or a handle is no xref meant.
  public static func unresolved(_ page: Page, map: XrefMap, line: (Int) -> String) -> [Diagnostic] {
    let missing = page.uses.filter { $0.xref.form != .shorthand && map.target($0.xref.uid) == nil }
    guard !missing.isEmpty else { return [] }
    return zip(missing, XrefUse.positions(of: missing, line: line)).map { use, position in
      LinkUnresolvedXref.finding(
        LinkUnresolvedXref.unresolved(use.xref.uid), file: page.file, line: position.line, column: position.column)
    }
  }
}
