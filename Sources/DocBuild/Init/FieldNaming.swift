import Foundation

/// Names for proposed fields and catalogs: ASCII identifiers made from untrusted header texts and file names.
enum FieldNaming {
  /// The longest name proposed; longer headers are cut at a word.
  static let maximumLength = 40

  /// Swift's keywords, which a field name may not be (it becomes a stored property).
  static let reserved: Set<String> = [
    "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init", "inout",
    "internal", "let", "open", "operator", "private", "protocol", "public", "rethrows", "static", "struct",
    "subscript", "typealias", "var", "break", "case", "continue", "default", "defer", "do", "else",
    "fallthrough", "for", "guard", "if", "in", "repeat", "return", "switch", "where", "while", "as", "any",
    "catch", "false", "is", "nil", "super", "self", "throw", "throws", "true", "try", "await", "async", "some",
    "consume", "copy", "borrowing", "consuming", "package", "macro",
  ]

  /// The ASCII words of a text, accents removed (`Lösung` gives `Losung`), or `nil` when the text has letters
  /// outside the Latin script (a Japanese header is named by its role instead).
  static func latinWords(_ text: String) -> [String]? {
    let folded = text.folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil)
    var words: [String] = []
    var current = ""
    for scalar in folded.unicodeScalars {
      if scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)) {
        current.unicodeScalars.append(scalar)
      } else {
        if scalar.properties.isAlphabetic { return nil }
        if !current.isEmpty { words.append(current) }
        current = ""
      }
    }
    if !current.isEmpty { words.append(current) }
    return words
  }

  /// A lowerCamelCase name from a header (`Error code` gives `errorCode`), or `nil` when none can be made.
  static func fieldName(fromHeader header: String) -> String? {
    guard let words = latinWords(header), let first = words.first, first.first?.isLetter == true else { return nil }
    var name = first.lowercased()
    for word in words.dropFirst() {
      let next = word.prefix(1).uppercased() + word.dropFirst().lowercased()
      guard name.count + next.count <= maximumLength else { break }
      name += next
    }
    if name.count > maximumLength { name = String(name.prefix(maximumLength)) }
    return reserved.contains(name) ? name + "Value" : name
  }

  /// An UpperCamelCase catalog name from a page path (`en-US/windows-update-errors.md` gives
  /// `WindowsUpdateErrors`).
  static func catalogName(fromPage path: String) -> String {
    let file = path.split(separator: "/").last.map(String.init) ?? path
    let stem = file.hasSuffix(".md") ? String(file.dropLast(3)) : file
    var name = ""
    for word in latinWords(stem.replacingOccurrences(of: "_", with: " ")) ?? [] {
      let next = word.prefix(1).uppercased() + word.dropFirst()
      guard name.count + next.count <= 60 else { break }
      name += next
    }
    if name.first?.isLetter != true { name = "Catalog" + name }
    return name
  }

  /// `name`, or `name2`, `name3`… when `taken` has it already.
  static func unique(_ name: String, in taken: Set<String>) -> String {
    guard taken.contains(name) else { return name }
    var number = 2
    while taken.contains(name + String(number)) { number += 1 }
    return name + String(number)
  }
}
