/// A path pattern where `*` matches any run of characters except `/` and `**` matches across folders.
public struct GlobPattern: Sendable, Hashable {
  public var pattern: String {
    didSet { bytes = Array(pattern.utf8) }
  }
  private var bytes: [UInt8]

  public init(_ pattern: String) {
    self.pattern = pattern
    bytes = Array(pattern.utf8)
  }

  public func matches(_ path: String) -> Bool {
    var path = path
    return path.withUTF8 { text in
      bytes.withUnsafeBufferPointer { pattern in Self.match(pattern, text) }
    }
  }

  /// A pattern's `*` (any run of bytes but `/`) and `**` (any run of bytes) among its bytes, as tokens.
  private static let star: UInt16 = 0x100
  private static let anything: UInt16 = 0x101

  /// Whether `pattern` matches all of `text`. The pattern comes from the configuration, which may be
  /// anyone's: every position of the pattern the text could have reached is carried along the text at
  /// once, so that the time is the pattern's length times the path's whatever the stars, where trying each
  /// star's runs in turn would take exponential time on `*a*a*a*a…b`. Nothing is allocated on the heap.
  private static func match(_ pattern: UnsafeBufferPointer<UInt8>, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
    guard ByteSearch.offset(of: UInt8(ascii: "*"), in: pattern) != nil else { return pattern.elementsEqual(text) }
    return withUnsafeTemporaryAllocation(of: UInt16.self, capacity: pattern.count) { tokens in
      var count = 0
      var index = 0
      while index < pattern.count {
        if pattern[index] == UInt8(ascii: "*") {
          let crossesFolders = index + 1 < pattern.count && pattern[index + 1] == UInt8(ascii: "*")
          tokens[count] = crossesFolders ? anything : star
          index += crossesFolders ? 2 : 1
        } else {
          tokens[count] = UInt16(pattern[index])
          index += 1
        }
        count += 1
      }
      return run(UnsafeBufferPointer(rebasing: tokens[..<count]), over: text)
    }
  }

  /// Carries the reachable token positions along `text`; position `tokens.count` is the pattern's end.
  private static func run(_ tokens: UnsafeBufferPointer<UInt16>, over text: UnsafeBufferPointer<UInt8>) -> Bool {
    let states = tokens.count + 1
    return withUnsafeTemporaryAllocation(of: Bool.self, capacity: 2 * states) { buffer in
      buffer.initialize(repeating: false)
      var reached = UnsafeMutableBufferPointer(rebasing: buffer[..<states])
      var next = UnsafeMutableBufferPointer(rebasing: buffer[states...])
      // A star may match nothing: reaching it reaches what follows it.
      func skipStars(_ positions: UnsafeMutableBufferPointer<Bool>) {
        for position in 0..<tokens.count where positions[position] && tokens[position] >= star {
          positions[position + 1] = true
        }
      }
      reached[0] = true
      skipStars(reached)
      for byte in text {
        var any = false
        for position in 0..<states { next[position] = false }
        for position in 0..<tokens.count where reached[position] {
          let token = tokens[position]
          if token == anything || (token == star && byte != UInt8(ascii: "/")) {
            next[position] = true
            any = true
          } else if token == UInt16(byte) {
            next[position + 1] = true
            any = true
          }
        }
        guard any else { return false }
        skipStars(next)
        swap(&reached, &next)
      }
      return reached[tokens.count]
    }
  }
}
