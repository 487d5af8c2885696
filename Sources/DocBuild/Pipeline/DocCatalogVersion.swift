/// The tool's version, written nowhere in outputs so they stay identical across versions of the same format.
public enum DocCatalogVersion {
  public static let current = "0.1.0"
}
