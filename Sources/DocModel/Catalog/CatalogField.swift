/// The typed fields of a catalog entry, each fed by one table column.
public enum CatalogField: String, Sendable, Hashable, Codable, CaseIterable {
  /// The error message as the program prints it; never translated.
  case message
  /// The app the message comes from.
  case app
  /// What the message means.
  case description
  /// How to fix it.
  case resolution
}
