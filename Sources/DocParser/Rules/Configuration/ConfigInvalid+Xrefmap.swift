/// The messages about the xrefmap files the configuration names (`xrefmaps:`).
extension ConfigInvalid {
  /// An xrefmap path that is absolute, empty or climbs out of the docs folder, or an address.
  static func xrefmapOutside(_ path: String) -> String {
    "xrefmap '\(path)' must be a file inside the docs folder, named by its path relative to it"
  }
  /// An xrefmap that cannot be read, and why.
  static func xrefmapUnreadable(_ path: String, _ reason: String) -> String {
    "xrefmap '\(path)' cannot be read: \(reason)"
  }
  /// An xrefmap larger than the tool reads.
  static func xrefmapTooLarge(_ path: String, limit: Int) -> String {
    "xrefmap '\(path)' is larger than \(limit >> 20) MB"
  }
  /// An xrefmap that is not YAML of the expected shape, and why.
  static func xrefmapInvalid(_ problem: String) -> String {
    "xrefmap is not valid: \(problem)"
  }
  /// An alias in an xrefmap.
  static func xrefmapAlias(_ name: String) -> String {
    "xrefmap uses the YAML alias '*\(name)'; aliases are not allowed (write the value out)"
  }
}
