/// The name an entry goes by in generated code: the source text of the catalog's `symbol` field, or else of
/// its key fields in key order, in lower camel case (`HttpRequestFailure: Server returned: 401 Unauthorized`
/// and `Okta` → `httpRequestFailureServerReturned401UnauthorizedOkta`).
///
/// It depends on the row's own texts only, so that it stays the same whatever the order of the rows. Two rows
/// of a catalog with the same symbol are an error of the build (`catalog.symbol-collision`).
public enum EntrySymbol {
  /// Names the generated catalog type declares itself; a symbol that is one of them gets `Entry` after it.
  public static let reservedNames: Set<String> = [
    "sourceLocale", "locales", "entries", "lookup", "lookupAll", "entry",
  ]

  /// The symbol of an entry whose source row has `values`.
  public static func name(of values: (Int) -> String, definition: CatalogDefinition) -> String {
    let texts: [String]
    if let field = definition.symbol.flatMap(definition.index(of:)) {
      texts = [values(field)]
    } else {
      texts = definition.keyIndexes.map(values)
    }
    var name = lowerCamelCase(texts)
    if name.isEmpty { name = "unnamedEntry" }
    if reservedNames.contains(name) { name += "Entry" }
    return name
  }

  /// The words of `texts` (runs of ASCII letters and digits) in lower camel case, at most `maximumWords` of
  /// each text. A word without a lowercase letter (`AWS`, `365`) is lowercased after its first letter; `_`
  /// leads a name that would start with a digit. Empty when the texts have no word.
  public static func lowerCamelCase(_ texts: [String], maximumWords: Int = .max) -> String {
    var name: [UInt8] = []
    name.reserveCapacity(texts.reduce(1) { $0 + $1.utf8.count })
    var wordCount = 0
    for var text in texts {
      text.withUTF8 { bytes in
        var textWordCount = 0
        var index = 0
        while index < bytes.count, textWordCount < maximumWords {
          guard isWordByte(bytes[index]) else {
            index += 1
            continue
          }
          let start = index
          var hasLowercase = false
          while index < bytes.count, isWordByte(bytes[index]) {
            hasLowercase = hasLowercase || isLowercase(bytes[index])
            index += 1
          }
          name.append(wordCount == 0 ? lowercased(bytes[start]) : uppercased(bytes[start]))
          if hasLowercase {
            name.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[(start + 1)..<index]))
          } else {
            for byte in bytes[(start + 1)..<index] { name.append(lowercased(byte)) }
          }
          wordCount += 1
          textWordCount += 1
        }
      }
    }
    if let first = name.first, isDigit(first) { name.insert(UInt8(ascii: "_"), at: 0) }
    return String(decoding: name, as: UTF8.self)
  }

  private static func isWordByte(_ byte: UInt8) -> Bool { isLowercase(byte) || isUppercase(byte) || isDigit(byte) }
  private static func isLowercase(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") }
  private static func isUppercase(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") }
  private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
  private static func lowercased(_ byte: UInt8) -> UInt8 { isUppercase(byte) ? byte + 0x20 : byte }
  private static func uppercased(_ byte: UInt8) -> UInt8 { isLowercase(byte) ? byte - 0x20 : byte }
}
