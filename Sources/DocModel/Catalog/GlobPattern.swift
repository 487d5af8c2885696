/// A path pattern where `*` matches any run of characters except `/` and `**` matches across folders.
public struct GlobPattern: Sendable, Hashable {
  public var pattern: String {
    didSet { (bytes, shape, positions) = Self.read(pattern) }
  }
  private var bytes: [UInt8]
  private var shape: Shape
  /// The pattern's positions as bit sets, for patterns of several stars and up to ``PositionSets/capacity``
  /// tokens.
  private var positions: PositionSets?

  /// What a pattern's stars allow a quick answer on.
  private struct Shape: Sendable, Hashable {
    /// The bytes before its first star and after its last (all of them when it has none).
    var prefixCount: Int
    var suffixCount: Int
    /// 0 without a star, 1 with one (`*` or `**`), 2 with more.
    var stars: Int
    /// Whether its only star is `**`.
    var crossesFolders: Bool
  }

  /// A pattern's tokens (a byte, `*` or `**`) as bit sets over their positions, bit `i` standing for the
  /// position before token `i` and bit `count` for the pattern's end: the positions a path may have reached
  /// then fit in one word, and a byte of the path moves all of them at once. Only the literal tokens are
  /// kept; the table from each byte value to its positions is made on the stack for each match, so that a
  /// configuration of many patterns takes no more memory than its text.
  private struct PositionSets: Sendable {
    static let capacity = 63
    /// The tokens' count.
    var count: Int
    /// Each literal token: its position's bit and its byte.
    var literals: [(bit: UInt64, byte: UInt8)]
    /// The positions whose token is `*` or `**`, and those whose token is `**`.
    var stars: UInt64
    var anything: UInt64

    init?(_ pattern: [UInt8]) {
      var literals: [(bit: UInt64, byte: UInt8)] = []
      var stars: UInt64 = 0
      var anything: UInt64 = 0
      var count = 0
      var index = 0
      while index < pattern.count {
        guard count < Self.capacity else { return nil }
        let bit: UInt64 = 1 << count
        if pattern[index] == UInt8(ascii: "*") {
          stars |= bit
          if index + 1 < pattern.count && pattern[index + 1] == UInt8(ascii: "*") {
            anything |= bit
            index += 1
          }
        } else {
          literals.append((bit, pattern[index]))
        }
        index += 1
        count += 1
      }
      (self.count, self.literals, self.stars, self.anything) = (count, literals, stars, anything)
    }

    /// Adds the positions after each reached star: a star may match nothing.
    @inline(__always)
    func skippingStars(_ reached: UInt64) -> UInt64 {
      var reached = reached
      while true {
        let next = reached | ((reached & stars) << 1)
        if next == reached { return reached }
        reached = next
      }
    }

    /// Whether the pattern matches all of `text`: each byte moves every reached position past a token that
    /// is that byte, and keeps those at a star that may take it.
    func matches(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
      withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 256) { positionsOfByte in
        positionsOfByte.initialize(repeating: 0)
        for literal in literals { positionsOfByte[Int(literal.byte)] |= literal.bit }
        var reached = skippingStars(1)
        let slash = UInt8(ascii: "/")
        for byte in text {
          let staying = reached & (byte == slash ? anything : stars)
          reached = ((reached & positionsOfByte[Int(byte)]) << 1) | staying
          guard reached != 0 else { return false }
          reached = skippingStars(reached)
        }
        return reached & (1 << count) != 0
      }
    }
  }

  public init(_ pattern: String) {
    self.pattern = pattern
    (bytes, shape, positions) = Self.read(pattern)
  }

  public static func == (lhs: GlobPattern, rhs: GlobPattern) -> Bool { lhs.pattern == rhs.pattern }

  public func hash(into hasher: inout Hasher) { hasher.combine(pattern) }

  private static func read(_ pattern: String) -> ([UInt8], Shape, PositionSets?) {
    let bytes = Array(pattern.utf8)
    let star = UInt8(ascii: "*")
    guard let first = bytes.firstIndex(of: star), let last = bytes.lastIndex(of: star) else {
      return (bytes, Shape(prefixCount: bytes.count, suffixCount: 0, stars: 0, crossesFolders: false), nil)
    }
    let run = last - first + 1
    let stars = run == 1 || (run == 2 && bytes[first + 1] == star) ? 1 : 2
    return (
      bytes,
      Shape(prefixCount: first, suffixCount: bytes.count - last - 1, stars: stars, crossesFolders: run == 2),
      stars == 2 ? PositionSets(bytes) : nil
    )
  }

  public func matches(_ path: String) -> Bool {
    var path = path
    return path.withUTF8 { text in
      bytes.withUnsafeBufferPointer { pattern in
        // Most patterns have a single star, and most paths are told by the bytes around it.
        let shape = self.shape
        guard shape.stars > 0 else { return pattern.elementsEqual(text) }
        let outside = shape.prefixCount + shape.suffixCount
        guard text.count >= outside,
          pattern[..<shape.prefixCount].elementsEqual(text[..<shape.prefixCount]),
          pattern[(pattern.count - shape.suffixCount)...].elementsEqual(text[(text.count - shape.suffixCount)...])
        else { return false }
        if shape.stars == 1 {
          return shape.crossesFolders
            || !text[shape.prefixCount..<(text.count - shape.suffixCount)].contains(UInt8(ascii: "/"))
        }
        if let positions { return positions.matches(text) }
        return Self.match(pattern, text)
      }
    }
  }

  /// A pattern's `*` (any run of bytes but `/`) and `**` (any run of bytes) among its bytes, as tokens.
  private static let star: UInt16 = 0x100
  private static let anything: UInt16 = 0x101

  /// Whether `pattern`, which has a star, matches all of `text`. The pattern comes from the configuration, which may be
  /// anyone's: every position of the pattern the text could have reached is carried along the text at
  /// once, so that the time is the pattern's length times the path's whatever the stars, where trying each
  /// star's runs in turn would take exponential time on `*a*a*a*a…b`. Nothing is allocated on the heap.
  /// ``PositionSets`` does the same a word at a time for the patterns it can hold; this reading serves longer ones.
  private static func match(_ pattern: UnsafeBufferPointer<UInt8>, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
    withUnsafeTemporaryAllocation(of: UInt16.self, capacity: pattern.count) { tokens in
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
