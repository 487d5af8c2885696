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
  public func lookupAll(_ error: String, app: String? = nil) -> [CatalogEntry] {
    let query = LookupQuery(error)
    let wantedApp = app.map(MessagePattern.normalize)
    let definitions = Dictionary(catalogs.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    var best: [CatalogEntry] = []
    var bestScore = 0
    for entry in entries {
      guard let definition = definitions[entry.catalog], let source = entry.locales[sourceLocale] else { continue }
      if let wantedApp, !Self.entry(source, of: definition, isFor: wantedApp) { continue }
      guard let score = query.score(source, of: definition), score >= bestScore else { continue }
      if score > bestScore {
        best = []
        bestScore = score
      }
      best.append(entry)
    }
    return best
  }

  /// Whether the source row's `enum` key fields name the app, or stand for every app.
  private static func entry(_ source: LocalizedEntry, of definition: CatalogDefinition, isFor app: String) -> Bool {
    let fields = definition.keyIndexes.filter { definition.fields[$0].type == .enum }
    guard !fields.isEmpty else { return false }
    return fields.contains { index in
      let value = source[index].text
      return MessagePattern.normalize(value) == app
        || definition.fields[index].anyValue.map { $0 == value } ?? false
    }
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
