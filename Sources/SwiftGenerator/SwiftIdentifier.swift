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
    var words: [String] = []
    var current = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) {
        current.append(scalar)
      } else if !current.isEmpty {
        words.append(String(current))
        current = String.UnicodeScalarView()
      }
    }
    if !current.isEmpty { words.append(String(current)) }
    guard !words.isEmpty else { return fallback }
    var name = ""
    for (index, word) in words.enumerated() {
      let isAllCaps = word == word.uppercased()
      if index == 0 {
        name += isAllCaps ? word.lowercased() : word.prefix(1).lowercased() + word.dropFirst()
      } else {
        name += word.prefix(1).uppercased() + (isAllCaps ? word.dropFirst().lowercased() : String(word.dropFirst()))
      }
    }
    if let first = name.unicodeScalars.first, ("0"..."9").contains(first) { name = "_" + name }
    return keywords.contains(name) ? "`\(name)`" : name
  }

  /// Makes each name unique by numbering repeats: `box`, `box2`, `box3`.
  public static func uniqued(_ names: [String]) -> [String] {
    var seen: [String: Int] = [:]
    var used: Set<String> = []
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
}
