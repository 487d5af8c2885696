/// The character references of raw HTML (`&#106;`, `&#x6A;`, `&colon;` …), decoded as a browser reads
/// them, so that address checks see what the browser will follow.
public enum HTMLCharacterReferences {
  /// The named references docs and attacks use; an unknown name stays as written.
  static let named: [String: String] = [
    "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "colon": ":", "tab": "\t", "newline": "\n",
    "nbsp": "\u{A0}", "lpar": "(", "rpar": ")", "sol": "/",
  ]

  /// `text` with its numeric references and the common named ones decoded.
  public static func decode(_ text: String) -> String {
    guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
    var result = ""
    var rest = Substring(text)
    while let ampersand = rest.firstIndex(of: "&") {
      result += rest[..<ampersand]
      let afterAmpersand = rest.index(after: ampersand)
      let name = rest[afterAmpersand...].prefix { $0.isLetter || $0.isNumber || $0 == "#" }
      var end = name.endIndex
      if end < rest.endIndex, rest[end] == ";" { end = rest.index(after: end) }
      var decoded: String?
      if name.hasPrefix("#x") || name.hasPrefix("#X") {
        decoded = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
      } else if name.hasPrefix("#") {
        decoded = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
      } else {
        decoded = named[name.lowercased()]
      }
      if let decoded {
        result += decoded
        rest = rest[end...]
      } else {
        result += "&"
        rest = rest[afterAmpersand...]
      }
    }
    return result + rest
  }
}
