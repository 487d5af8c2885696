extension Catalog {
  /// The entry whose message matches an error text received at run time, the most specific one
  /// (earliest in source order on a tie); `app` (its source-locale text) narrows the candidates.
  ///
  /// ```swift
  /// catalog.lookup("HttpRequestFailure: Server returned: 401 Unauthorized", app: "Okta")
  /// ```
  public func lookup(_ error: String, app: String? = nil) -> CatalogEntry? {
    let normalized = MessagePattern.normalize(error)
    let wantedApp = app.map(MessagePattern.normalize)
    var best: (entry: CatalogEntry, score: Int)?
    for entry in entries {
      guard let source = entry.locales[sourceLocale] else { continue }
      if let wantedApp, MessagePattern.normalize(source.app.text) != wantedApp { continue }
      guard let score = MessagePattern(message: source.message.text).specificity(inNormalized: normalized) else {
        continue
      }
      if best == nil || score > best!.score { best = (entry, score) }
    }
    return best?.entry
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
