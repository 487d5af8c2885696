/// The configuration's `swift:` mapping: how `build --swift` and the build-tool plugin declare the catalog.
///
/// ```yaml
/// swift:
///   access: public      # or internal (the default)
///   strings: catalog    # or literals (the default)
///   table: Errors       # the String Catalog's table (default: the xcstrings output's file name)
/// ```
public struct SwiftSettings: Sendable, Hashable {
  /// The access level of the declarations, when the configuration names one.
  public var access: SwiftAccess?
  /// Where translated texts are read from, when the configuration says.
  public var strings: SwiftStrings?
  /// The String Catalog table translations are read from, when the configuration names one.
  public var table: String?

  public init(access: SwiftAccess? = nil, strings: SwiftStrings? = nil, table: String? = nil) {
    self.access = access
    self.strings = strings
    self.table = table
  }

  /// Whether `name` can name a String Catalog table: 1 to 100 ASCII letters, digits, `-` and `_`.
  public static func isTableName(_ name: String) -> Bool {
    !name.isEmpty && name.utf8.count <= 100
      && name.utf8.allSatisfy { byte in
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
          || byte == 0x2D || byte == 0x5F
      }
  }
}
