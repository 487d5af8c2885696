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
  /// The site path of each catalog page in each locale's site (`ja-JP/errors.html`), percent-encoded: made
  /// once per page rather than once per entry.
  private let sitePaths: [String: [String: String]]

  public init(_ catalog: Catalog) {
    sourceLocale = catalog.sourceLocale
    var pageIDs: [String: Set<String>] = [:]
    for page in catalog.pages { pageIDs[page.locale, default: []].insert(page.id) }
    self.pageIDs = pageIDs
    let pages = Set(pageIDs.values.joined())
    var sitePaths: [String: [String: String]] = [:]
    for locale in Set(pageIDs.keys).union([catalog.sourceLocale]) {
      sitePaths[locale] = Dictionary(uniqueKeysWithValues: pages.map { ($0, Self.sitePath(of: $0, in: locale)) })
    }
    self.sitePaths = sitePaths
  }

  private static func sitePath(of page: String, in locale: String) -> String {
    SitePagePath.percentEncoded(locale + "/" + SitePagePath.html(page + ".md"))
  }

  /// The entry's row in `locale`'s site, relative to the site folder: `ja-JP/errors.html#ID`.
  public func href(of entry: CatalogEntry, in locale: String) -> String {
    var shownIn = locale
    if locale != sourceLocale, entry.locales[locale]?.fallback ?? true {
      let pages = pageIDs[locale] ?? []
      // The locale's own page lacks the row; a locale without pages has no site pages at all.
      if pages.isEmpty || pages.contains(entry.page) { shownIn = sourceLocale }
    }
    return (sitePaths[shownIn]?[entry.page] ?? Self.sitePath(of: entry.page, in: shownIn)) + "#" + entry.id
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
