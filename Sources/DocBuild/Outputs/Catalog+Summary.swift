public import DocModel

extension Catalog {
  /// What `build` says of a catalog output: `31 entries, 2 pages, 2 locales`.
  public var summary: String {
    "\(entries.count) entries, \(pages.count) pages, \(locales.count) locales"
  }
}
