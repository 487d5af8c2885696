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

  /// One element of a pattern.
  private enum Token {
    case byte(UInt8)
    /// `*`: any run of bytes but `/`.
    case star
    /// `**`: any run of bytes.
    case anything
  }

  /// Whether `pattern` matches all of `text`. The pattern comes from the configuration, which may be
  /// anyone's: every position of the pattern the text could have reached is carried along the text at
  /// once, so that the time is the pattern's length times the path's whatever the stars, where trying each
  /// star's runs in turn would take exponential time on `*a*a*a*a…b`.
  private static func match(_ pattern: UnsafeBufferPointer<UInt8>, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
    var tokens: [Token] = []
    var index = 0
    while index < pattern.count {
      if pattern[index] == UInt8(ascii: "*") {
        let crossesFolders = index + 1 < pattern.count && pattern[index + 1] == UInt8(ascii: "*")
        tokens.append(crossesFolders ? .anything : .star)
        index += crossesFolders ? 2 : 1
      } else {
        tokens.append(.byte(pattern[index]))
        index += 1
      }
    }
    // `reached[i]`: the text read so far can be followed by the pattern from token `i` on; `tokens.count`
    // is the end of the pattern.
    var reached = [Bool](repeating: false, count: tokens.count + 1)
    var next = reached
    func skipStars(_ states: inout [Bool]) {
      // A star may match nothing: reaching it reaches what follows it.
      for state in tokens.indices where states[state] {
        if case .byte = tokens[state] { continue }
        states[state + 1] = true
      }
    }
    reached[0] = true
    skipStars(&reached)
    for byte in text {
      for state in next.indices { next[state] = false }
      var any = false
      for state in tokens.indices where reached[state] {
        switch tokens[state] {
        case .byte(let expected):
          if byte == expected {
            next[state + 1] = true
            any = true
          }
        case .star:
          if byte != UInt8(ascii: "/") {
            next[state] = true
            any = true
          }
        case .anything:
          next[state] = true
          any = true
        }
      }
      guard any else { return false }
      skipStars(&next)
      swap(&reached, &next)
    }
    return reached[tokens.count]
  }
}
