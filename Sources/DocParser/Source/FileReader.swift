import Foundation

/// Reads files whole, with errors that say why in a few words.
public enum FileReader {
  /// Why a file could not be read.
  public struct Failure: Error, Sendable {
    public var reason: String
  }

  public static func read(_ path: String) throws(Failure) -> [UInt8] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw Failure(reason: "no such file")
    }
    guard !isDirectory.boolValue else { throw Failure(reason: "is a directory") }
    guard let handle = FileHandle(forReadingAtPath: path) else { throw Failure(reason: "permission denied") }
    defer { try? handle.close() }
    do {
      return [UInt8](try handle.readToEnd() ?? Data())
    } catch {
      throw Failure(reason: error.localizedDescription)
    }
  }
}
