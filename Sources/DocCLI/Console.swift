import Foundation

/// Messages for people, on standard error, so standard output stays clean for data.
enum Console {
  static func error(_ message: String) { write("error: \(message)\n") }
  static func info(_ message: String) { write("\(message)\n") }

  private static func write(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }
}
