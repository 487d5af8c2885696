extension Catalog {
  /// The weight of an error code or status code that a text received at run time names exactly: more than
  /// any message pattern can account for.
  static let exactCodeScore = 1 << 24

  /// The entry that matches an error text received at run time best, the earliest in source order of those
  /// tied (``lookupAll(_:app:)`` gives them all).
  ///
  /// ```swift
  /// catalog.lookup("HttpRequestFailure: Server returned: 401 Unauthorized", app: "Okta")
  /// catalog.lookup("0x8024A000")
  /// catalog.lookup("550 5.4.1 Relay Access Denied")
  /// ```
  public func lookup(_ error: String, app: String? = nil) -> CatalogEntry? {
    lookupAll(error, app: app).first
  }

  /// Every entry tied for the best match of an error text, in source order; none when nothing matches.
  ///
  /// Each catalog's lookup fields are matched (``CatalogDefinition/lookup``): a `pattern` field by its
  /// message pattern, the most specific one winning (``MessagePattern``); a `code` field when the text names
  /// the same code in any written form (`0x80070005`, `80070005`, `-2147024891`); a `status` field when the
  /// text holds the same status code (and the same reply code, if both give one). `app` narrows the
  /// candidates to entries whose `enum` key field has that source-locale value, or its value meaning any.
  /// For many lookups, make a ``CatalogLookup`` once instead.
  public func lookupAll(_ error: String, app: String? = nil) -> [CatalogEntry] {
    CatalogLookup(self).lookupAll(error, app: app)
  }
}

extension Catalog {
  /// The locale of the catalog that best serves `identifier` (`ja-JP`, `ja_JP` or `ja`): the same locale,
  /// else the first of the same language, else the source locale.
  public func bestLocale(for identifier: String) -> String {
    let wanted = String(identifier.map { $0 == "_" ? "-" : $0 }).lowercased()
    if let exact = locales.first(where: { $0.lowercased() == wanted }) { return exact }
    let language = wanted.split(separator: "-").first.map(String.init) ?? wanted
    return locales.first { $0.lowercased().split(separator: "-").first.map(String.init) == language } ?? sourceLocale
  }
}
