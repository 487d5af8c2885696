/// Text from the docs (file names, messages quoting them, source lines) made safe to print on a terminal or
/// in a CI log: characters that would act instead of showing are written as visible escapes, `\n`, `\r`,
/// `\t` and `\u{1B}`, so that a file name cannot start a line of its own (which GitHub Actions would read
/// as a workflow command) and a page cannot send escape sequences to the terminal.
///
/// Escaped: the C0 controls, DEL, the C1 controls, the line and paragraph separators (U+2028, U+2029) and
/// the bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), which reorder
/// what a reader sees. Everything else, a backslash included, is kept as it is.
package enum TerminalText {
  /// `text` with the characters above escaped; the text itself when it has none.
  package static func escaped(_ text: String) -> String {
    // Printable ASCII and most other text need no scalar-level look: only these lead bytes can start an
    // escaped character (C1 controls are C2 80–9F; the separators and bidi controls E2 80 A8–AE, E2 81 A6–A9).
    guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 }) else { return text }
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      guard isEscaped(scalar) else {
        result.append(scalar)
        continue
      }
      let escape =
        switch scalar {
        case "\n": "\\n"
        case "\r": "\\r"
        case "\t": "\\t"
        default: "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
        }
      result.append(contentsOf: escape.unicodeScalars)
    }
    return String(result)
  }

  /// Whether a character is shown as an escape.
  package static func isEscaped(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
  }
}
