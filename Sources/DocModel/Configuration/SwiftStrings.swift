/// Where the generated Swift reads an entry's translated texts from.
public enum SwiftStrings: String, Sendable, CaseIterable {
  /// Every locale's texts are string literals in the file: self-contained, on every platform.
  case literals
  /// Only the source locale's texts are literals; translations are read from the String Catalog
  /// (`build --xcstrings`) through the app's bundle, where Foundation reads String Catalogs (Apple platforms).
  case catalog
}
