import DocModel

/// Swift identifiers made from text: `All apps` → `allApps`, `Office 365` → `office365`, `AWS` → `aws`.
public enum SwiftIdentifier {
  static let keywords: Set<String> = [
    "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init", "inout",
    "internal", "let", "open", "operator", "private", "precedencegroup", "protocol", "public", "rethrows",
    "static", "struct", "subscript", "typealias", "var", "break", "case", "catch", "continue", "default", "defer",
    "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return", "throw", "switch", "where",
    "while", "Any", "as", "await", "false", "is", "nil", "self", "Self", "super", "throws", "true", "try",
    "async", "consume", "copy", "discard", "each", "borrowing", "consuming", "package", "some", "any",
    "Type", "Protocol",
  ]

  /// A lower camel case identifier from the words of `text`; `_` leads one that would start with a digit,
  /// and keywords are wrapped in backticks.
  public static func lowerCamelCase(_ text: String, fallback: String = "value") -> String {
    let name = EntrySymbol.lowerCamelCase([text])
    return symbol(name.isEmpty ? fallback : name)
  }

  /// An entry's symbol as Swift source: wrapped in backticks when it is a keyword.
  static func symbol(_ name: String) -> String {
    keywords.contains(name) ? "`\(name)`" : name
  }

  /// An upper camel case identifier from the words of `text` (`app` → `App`, `error type` → `ErrorType`), for
  /// type names; `_` leads one that would start with a digit.
  public static func upperCamelCase(_ text: String, fallback: String = "Value") -> String {
    var name = Array(lowerCamelCase(text, fallback: fallback).utf8.filter { $0 != UInt8(ascii: "`") })
    if let first = name.first { name[0] = uppercased(first) }
    return String(decoding: name, as: UTF8.self)
  }

  private static func isLowercase(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") }
  private static func uppercased(_ byte: UInt8) -> UInt8 { isLowercase(byte) ? byte - 0x20 : byte }

  /// Makes each name unique by numbering repeats: `box`, `box2`, `box3`; a name in `reserved` is numbered
  /// from its first use (`entries2`).
  public static func uniqued(_ names: [String], reserving reserved: Set<String> = []) -> [String] {
    var seen: [String: Int] = [:]
    var used = reserved
    return names.map { name in
      guard used.contains(name) else {
        used.insert(name)
        return name
      }
      let bare = String(name.trimming { $0 == "`" })
      var counter = seen[bare, default: 1]
      var candidate: String
      repeat {
        counter += 1
        candidate = "\(bare)\(counter)"
      } while used.contains(candidate)
      seen[bare] = counter
      used.insert(candidate)
      return candidate
    }
  }

  /// The members the built-in catalog template declares on a catalog's type, beside its entries' properties.
  public static let catalogMembers: Set<String> = EntrySymbol.reservedNames

  /// Names a catalog's type may not take: the keywords, `_`, and the modules and types the built-in templates
  /// refer to by name at file scope, which a type of the same name declared in the file would shadow.
  public static let reservedTypeNames: Set<String> = keywords.union([
    "_", "Swift", "Foundation", "Array", "Bool", "CaseIterable", "Hashable", "Identifiable", "Int", "Locale",
    "Sendable", "String", "UInt8", "DocCatalogMatching", "DocCatalogLocales", "LocalizedError", "UInt64", "UInt32",
    "Int64", "Set", "Character",
    "Substring", "Optional", "BinaryInteger", "Comparable", "CustomStringConvertible",
  ])

  /// The Swift type name of each catalog, in order: its name as it is, unless reserved (then with `Catalog`
  /// after it: `String` → `StringCatalog`) or already taken by a catalog before it; a name so made that is
  /// taken too is numbered (`StringCatalog2`). Names kept as they are are never taken from their catalog.
  public static func typeNames(_ names: [String]) -> [String] {
    let kept = Set(names.filter { !reservedTypeNames.contains($0) })
    var used: Set<String> = []
    return names.map { name in
      if !reservedTypeNames.contains(name), used.insert(name).inserted { return name }
      let base = reservedTypeNames.contains(name) ? name + "Catalog" : name
      var candidate = base
      var counter = 1
      while used.contains(candidate) || kept.contains(candidate) || reservedTypeNames.contains(candidate) {
        counter += 1
        candidate = "\(base)\(counter)"
      }
      used.insert(candidate)
      return candidate
    }
  }
}
