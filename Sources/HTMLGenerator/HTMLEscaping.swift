/// The one escaping function all HTML text and attribute values go through.
public enum HTMLEscaping {
  /// Text or a double-quoted attribute value: `&`, `<`, `>`, `"` and `'` become character references.
  public static func escape(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for character in text.unicodeScalars {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      case "\0": result += "\u{FFFD}"
      default: result.unicodeScalars.append(character)
      }
    }
    return result
  }

  /// Decodes the character references of raw HTML attribute values (numeric ones and the common named
  /// ones), so that URL checks see what a browser would.
  public static func decodeReferences(_ text: String) -> String {
    guard text.contains("&") else { return text }
    let named: [String: String] = [
      "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "colon": ":", "tab": "\t", "newline": "\n",
      "nbsp": "\u{A0}", "lpar": "(", "rpar": ")", "sol": "/",
    ]
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
