/// A catalog made ready for many lookups: each entry's lookup fields and app values read once
/// (``Catalog/lookupAll(_:app:)`` makes one for a single lookup).
public struct CatalogLookup: Sendable {
  /// What a lookup needs of one entry.
  struct Candidate: Sendable {
    let entry: CatalogEntry
    let keys: [LookupKey]
    /// The normalized source values of the entry's `enum` key fields.
    let apps: [String]
    /// Whether one of those fields holds its value meaning any app.
    let isForAnyApp: Bool
  }

  let candidates: [Candidate]

  public init(_ catalog: Catalog) {
    let definitions = catalog.definitionsByName
    candidates = catalog.entries.compactMap { entry in
      guard let definition = definitions[entry.catalog], let source = entry.locales[catalog.sourceLocale] else {
        return nil
      }
      let appFields = definition.keyIndexes.filter { definition.fields[$0].type == .enum }
      return Candidate(
        entry: entry, keys: LookupKey.keys(of: source, in: definition),
        apps: appFields.map { MessagePattern.normalize(source[$0].text) },
        isForAnyApp: appFields.contains { index in
          definition.fields[index].anyValue.map { $0 == source[index].text } ?? false
        })
    }
  }

  /// Every entry tied for the best match of an error text, in source order (``Catalog/lookupAll(_:app:)``).
  public func lookupAll(_ error: String, app: String? = nil) -> [CatalogEntry] {
    let query = LookupQuery(error)
    let wantedApp = app.map(MessagePattern.normalize)
    var best: [CatalogEntry] = []
    var bestScore = 0
    for candidate in candidates {
      if let wantedApp, !candidate.isForAnyApp, !candidate.apps.contains(wantedApp) { continue }
      guard let score = query.score(candidate.keys), score >= bestScore else { continue }
      if score > bestScore {
        best = []
        bestScore = score
      }
      best.append(candidate.entry)
    }
    return best
  }
}
