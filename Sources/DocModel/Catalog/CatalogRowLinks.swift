/// Where each entry's row is in the HTML site: the site's row anchors and the `href` of each locale in the
/// catalog JSON, from the catalog alone, so that the two always agree.
///
/// A row's anchor is its entry's id. A locale's page shows the row when the locale's row is aligned to the
/// entry, or when the locale lacks the page and the site shows the source's in its place; a locale whose
/// page lacks the row, or that has no pages at all, links to the source locale's page.
public struct CatalogRowLinks: Sendable {
  private let sourceLocale: String
  /// The page ids of each locale.
  private let pageIDs: [String: Set<String>]

  public init(_ catalog: Catalog) {
    sourceLocale = catalog.sourceLocale
    var pageIDs: [String: Set<String>] = [:]
    for page in catalog.pages { pageIDs[page.locale, default: []].insert(page.id) }
    self.pageIDs = pageIDs
  }

  /// The entry's row in `locale`'s site, relative to the site folder: `ja-JP/errors.html#ID`.
  public func href(of entry: CatalogEntry, in locale: String) -> String {
    var shownIn = locale
    if locale != sourceLocale, entry.locales[locale]?.fallback ?? true {
      let pages = pageIDs[locale] ?? []
      // The locale's own page lacks the row; a locale without pages has no site pages at all.
      if pages.isEmpty || pages.contains(entry.page) { shownIn = sourceLocale }
    }
    return SitePagePath.percentEncoded(shownIn + "/" + SitePagePath.html(entry.page + ".md")) + "#" + entry.id
  }

  /// The anchor of each catalog row of each page: by the page's path in the docs folder, then the row's line,
  /// its entry's id.
  public static func rowIDs(of catalog: Catalog) -> [String: [Int: String]] {
    var ids: [String: [Int: String]] = [:]
    for entry in catalog.entries {
      for localized in entry.locales.values where !localized.fallback && localized.line > 0 {
        ids[localized.path, default: [:]][localized.line] = entry.id
      }
    }
    return ids
  }
}
