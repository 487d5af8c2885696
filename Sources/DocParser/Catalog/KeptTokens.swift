/// What a translation keeps of an error message: codes, numbers and identifiers, read the same way whatever
/// the spacing and punctuation around them.
///
/// A message is cut into ASCII words (letters, digits, `_` and `.`) at everything else: spaces, punctuation,
/// and any character outside ASCII, so `HttpRequestFailure:Server returned:401` and
/// `HttpRequestFailure: Server returned: 401` give the same words, and so does `BoxServerException︰使用者`.
/// Fullwidth forms (`４０３`, `：`) are read as their ASCII letters. A dotted word (`com.box.Exception`,
/// `salesforce.com`, a URL's host) is a word of its own and so is each part of it; hyphens cut words
/// (a GUID's parts each have digits). A word is kept when it has a digit (`401`, `AF20012`, `boxjavalibv2`),
/// an underscore (`invalid_grant`), a capital after a small letter or before one after another capital
/// (`HttpRequestFailure`, `serverResponse`, `HTTPServer`), is all capitals (`AWS`), or is dotted. Inline code
/// and URLs are read by the same rule, from their text. Words are compared in lower case.
enum KeptTokens {
  /// The kept words of a text, lower-cased, in order (repeats included).
  static func kept(in text: String) -> [String] {
    var result: [String] = []
    forEachWord(in: text) { word, isKept in
      if isKept { result.append(word) }
    }
    return result
  }

  /// Every word of a text, lower-cased, with whether it is kept.
  static func forEachWord(in text: String, _ body: (String, Bool) -> Void) {
    var word: [UInt8] = []
    func flush() {
      // Dots at either end are sentence punctuation, not part of a name.
      var start = 0
      var end = word.count
      while start < end, word[start] == UInt8(ascii: ".") { start += 1 }
      while end > start, word[end - 1] == UInt8(ascii: ".") { end -= 1 }
      guard start < end else {
        word.removeAll(keepingCapacity: true)
        return
      }
      let trimmed = word[start..<end]
      if trimmed.contains(UInt8(ascii: ".")) {
        let parts = trimmed.split(separator: UInt8(ascii: "."))
        if parts.count > 1 && parts.contains(where: { $0.contains(where: isLetter) }) {
          body(lowered(trimmed), true)
        }
        for part in parts { body(lowered(part), isKept(part)) }
      } else {
        body(lowered(trimmed), isKept(trimmed))
      }
      word.removeAll(keepingCapacity: true)
    }
    for scalar in text.unicodeScalars {
      let value = asciiForm(scalar)
      if let value, isWordByte(value) {
        word.append(value)
      } else if !word.isEmpty {
        flush()
      }
    }
    if !word.isEmpty { flush() }
  }

  /// The message with case, spacing and punctuation normalized: its letters and digits (any script) in runs,
  /// lower-cased, one space between runs.
  static func normalizedMessage(_ text: String) -> String {
    var result = ""
    var pendingSpace = false
    for scalar in text.unicodeScalars {
      let mapped = asciiForm(scalar).map { Unicode.Scalar($0) } ?? scalar
      if mapped.properties.isAlphabetic || mapped.properties.numericType != nil {
        if pendingSpace && !result.isEmpty { result.append(" ") }
        pendingSpace = false
        result.unicodeScalars.append(contentsOf: mapped.properties.lowercaseMapping.unicodeScalars)
      } else {
        pendingSpace = true
      }
    }
    return result
  }

  /// The ASCII byte of an ASCII scalar or of a fullwidth form of one; `nil` for anything else.
  private static func asciiForm(_ scalar: Unicode.Scalar) -> UInt8? {
    if scalar.isASCII { return UInt8(scalar.value) }
    if (0xFF01...0xFF5E).contains(scalar.value) { return UInt8(scalar.value - 0xFEE0) }
    return nil
  }

  private static func isWordByte(_ byte: UInt8) -> Bool {
    isLetter(byte) || isDigit(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
  }

  private static func isLetter(_ byte: UInt8) -> Bool { isUpper(byte) || isLower(byte) }
  private static func isUpper(_ byte: UInt8) -> Bool { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) }
  private static func isLower(_ byte: UInt8) -> Bool { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) }
  private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }

  /// Whether an undotted word is a code, number or identifier.
  private static func isKept(_ word: some Collection<UInt8>) -> Bool {
    let bytes = Array(word)
    if bytes.contains(where: isDigit) { return true }
    let letters = bytes.filter(isLetter)
    if bytes.contains(UInt8(ascii: "_")) { return !letters.isEmpty }
    if letters.count >= 2 && letters.allSatisfy(isUpper) { return true }
    for index in bytes.indices.dropFirst() {
      let previous = bytes[index - 1]
      let byte = bytes[index]
      if isLower(previous) && isUpper(byte) { return true }
      if isUpper(previous) && isUpper(byte) && index + 1 < bytes.count && isLower(bytes[index + 1]) { return true }
    }
    return false
  }

  private static func lowered(_ word: some Collection<UInt8>) -> String {
    String(decoding: word.map { isUpper($0) ? $0 + 32 : $0 }, as: UTF8.self)
  }
}
