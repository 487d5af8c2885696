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

private typealias MallocTrim = @convention(c) (Int) -> Int32
private let mallocTrim = glibcFunction(named: "malloc_trim", as: MallocTrim.self)

/// Gives memory that was freed back to the system (glibc's `malloc_trim`): after a doc set read whole is
/// dropped, its many small blocks would otherwise stay with the process while the next outputs, large
/// buffers, grow beside them.
func returnFreedMemoryToSystem() {
  _ = mallocTrim?(0)
}
