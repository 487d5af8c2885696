public import DocModel

/// A page, an include, a folder or the configuration is a link that leads outside the docs folder: it is not
/// read, since the docs are untrusted and what they read ends up in the outputs.
public enum SourceOutsideDocs: DiagnosticRule {
  public static let rule = Rule(
    "source.outside-docs", .error, "a file or folder links outside the docs folder and is not read")

  /// A file that is a link (or lies below one) leading outside the docs folder.
  static let file = "links outside the docs folder; not read"
  /// A file a page names for the site that is a link leading outside the docs folder.
  public static func linkedFile(_ address: String) -> String {
    "'\(address)' links outside the docs folder; not published"
  }
  /// A folder that is a link (or lies below one) leading outside the docs folder.
  static let folder = "links to a folder outside the docs folder; not walked"
}
