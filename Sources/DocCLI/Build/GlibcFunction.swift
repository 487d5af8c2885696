import Foundation

/// A glibc function that Swift's Glibc module does not declare (such as `renameat2` or `malloc_trim`),
/// looked up by name at run time; `nil` where there is none.
func glibcFunction<Function>(named name: String, as type: Function.Type) -> Function? {
  #if os(Linux)
    guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), name) else { return nil }
    return unsafeBitCast(symbol, to: type)
  #else
    return nil
  #endif
}
