/// A numeric error code (HRESULT, NTSTATUS, Win32, or any number a product prints), and how the docs
/// write it.
///
/// `0x80070005`, `80070005` (eight hex digits, as HRESULTs are often written) and `-2147024891` (the same
/// 32 bits read as a signed number) are one value. Decimal numbers of other lengths are decimal.
public struct ErrorCode: Sendable, Hashable, Codable {
  /// The code's bits; negative numbers of 32 bits or less are taken as their 32-bit pattern.
  public var value: UInt64
  /// The cell's text, as the docs write it.
  public var written: String

  public init(value: UInt64, written: String) {
    self.value = value
    self.written = written
  }

  /// The code of a cell whose text starts with one (`0x8024A000`, `0x80070005 (E_ACCESSDENIED)`), or `nil`.
  public init?(cell text: String) {
    let trimmed = text.trimmingWhitespace()
    guard let first = Self.tokens(in: trimmed).first, trimmed.hasPrefix(first),
      let value = Self.value(of: first)
    else { return nil }
    self.init(value: value, written: String(trimmed))
  }

  /// `0x` and at least eight hex digits, uppercase: `0x80070005`.
  public var hex: String {
    let digits = String(value, radix: 16, uppercase: true)
    return "0x" + String(repeating: "0", count: max(0, 8 - digits.count)) + digits
  }

  /// Every code written in a text received at run time, in order (`Error 0x80070005: Access denied`).
  public static func codes(in text: String) -> [UInt64] {
    tokens(in: text).compactMap(value(of:))
  }

  /// The value of one written code, or `nil` when it is no code.
  public static func value(of token: Substring) -> UInt64? {
    var digits = token
    var negative = false
    if digits.first == "-" || digits.first == "+" {
      negative = digits.first == "-"
      digits = digits.dropFirst()
      guard !digits.isEmpty, digits.allSatisfy(\.isASCIIDigit), let magnitude = UInt64(digits) else { return nil }
      guard negative else { return magnitude }
      // A negative code is its two's complement in 32 bits when it fits there, else in 64.
      if magnitude <= 0x8000_0000 { return UInt64(UInt32(truncatingIfNeeded: 0 &- magnitude)) }
      return 0 &- magnitude
    }
    if digits.hasPrefix("0x") || digits.hasPrefix("0X") {
      let hex = digits.dropFirst(2)
      guard (1...16).contains(hex.count) else { return nil }
      return UInt64(hex, radix: 16)
    }
    guard (1...20).contains(digits.count), digits.allSatisfy(\.isHexDigit) else { return nil }
    // Eight hex digits are a code written without its `0x`; so is any run of hex digits with a letter.
    if digits.count == 8 || !digits.allSatisfy(\.isASCIIDigit) {
      return digits.count <= 16 ? UInt64(digits, radix: 16) : nil
    }
    return UInt64(digits)
  }

  /// The runs of letters, digits, `_`, `+` and `-` in a text: the candidates for a written code
  /// (`E_FAIL` is one run, and no code).
  static func tokens(in text: Substring) -> [Substring] {
    text.split { !($0.isASCIIDigit || $0.isASCIILetter || $0 == "_" || $0 == "-" || $0 == "+") }
  }

  static func tokens(in text: String) -> [Substring] { tokens(in: Substring(text)) }
}

extension Character {
  var isASCIIDigit: Bool { isASCII && isWholeNumber }
  var isASCIILetter: Bool { isASCII && isLetter }
}
