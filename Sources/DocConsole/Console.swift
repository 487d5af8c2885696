import Foundation

/// Messages for people, on standard error, so standard output stays clean for data. A message is one line:
/// the names it quotes (pages, outputs, locales) have their control characters escaped (``TerminalText``).
package enum Console {
  package static func error(_ message: String) { write("error: \(TerminalText.escaped(message))\n") }
  package static func info(_ message: String) { write("\(TerminalText.escaped(message))\n") }

  private static func write(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }
}
