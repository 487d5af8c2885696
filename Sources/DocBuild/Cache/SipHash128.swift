/// SipHash-2-4 with its 128-bit output (Aumasson and Bernstein), fed in pieces: the content hash of the
/// build cache.
///
/// The cache needs a hash that notices a changed input, not a cryptographic one: a manifest that is damaged
/// or planted is already never trusted beyond what it can make a build skip (SECURITY.md). SipHash is short
/// enough to keep in the package, which spares every user of DocCatalog a cryptography library's build, and
/// its 128 bits make an accidental collision out of reach.
struct SipHash128 {
  private var v0: UInt64
  private var v1: UInt64
  private var v2: UInt64
  private var v3: UInt64
  /// Bytes waiting for a whole 8-byte word, in their order from the lowest byte up.
  private var pending: UInt64 = 0
  private var pendingCount = 0
  private var length: UInt64 = 0

  /// The key the cache uses: any fixed key serves, since the hash protects nothing.
  static let cacheKey: (UInt64, UInt64) = (0x646f_6363_6174_616c, 0x6f67_2d63_6163_6865)

  /// A hasher keyed with two little-endian 64-bit words.
  init(key: (UInt64, UInt64) = cacheKey) {
    v0 = key.0 ^ 0x736f_6d65_7073_6575
    v1 = key.1 ^ 0x646f_7261_6e64_6f6d ^ 0xEE
    v2 = key.0 ^ 0x6c79_6765_6e65_7261
    v3 = key.1 ^ 0x7465_6462_7974_6573
  }

  /// Adds bytes.
  mutating func update(_ bytes: UnsafeRawBufferPointer) {
    guard !bytes.isEmpty else { return }
    length &+= UInt64(bytes.count)
    var index = 0
    // Complete a word begun by an earlier call.
    while pendingCount > 0 && pendingCount < 8 && index < bytes.count {
      pending |= UInt64(bytes[index]) << (8 * UInt64(pendingCount))
      pendingCount += 1
      index += 1
    }
    if pendingCount == 8 {
      compress(pending)
      pending = 0
      pendingCount = 0
    }
    while index + 8 <= bytes.count {
      compress(UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)))
      index += 8
    }
    while index < bytes.count {
      pending |= UInt64(bytes[index]) << (8 * UInt64(pendingCount))
      pendingCount += 1
      index += 1
    }
  }

  /// Adds bytes.
  mutating func update(_ bytes: [UInt8]) {
    bytes.withUnsafeBytes { update($0) }
  }

  /// The 16 bytes of the hash of everything added (the hasher itself is left as it was).
  func finalize() -> [UInt8] {
    var state = self
    state.compress(state.pending | ((state.length & 0xFF) << 56))
    state.v2 ^= 0xEE
    for _ in 0..<4 { state.round() }
    let first = state.v0 ^ state.v1 ^ state.v2 ^ state.v3
    state.v1 ^= 0xDD
    for _ in 0..<4 { state.round() }
    let second = state.v0 ^ state.v1 ^ state.v2 ^ state.v3
    return Self.littleEndianBytes(first) + Self.littleEndianBytes(second)
  }

  /// The hash of `bytes` with the cache's key.
  static func hash(_ bytes: UnsafeRawBufferPointer) -> [UInt8] {
    var hasher = SipHash128()
    hasher.update(bytes)
    return hasher.finalize()
  }

  private mutating func compress(_ word: UInt64) {
    v3 ^= word
    round()
    round()
    v0 ^= word
  }

  @inline(__always)
  private mutating func round() {
    v0 &+= v1
    v1 = v1.rotatedLeft(13) ^ v0
    v0 = v0.rotatedLeft(32)
    v2 &+= v3
    v3 = v3.rotatedLeft(16) ^ v2
    v0 &+= v3
    v3 = v3.rotatedLeft(21) ^ v0
    v2 &+= v1
    v1 = v1.rotatedLeft(17) ^ v2
    v2 = v2.rotatedLeft(32)
  }

  private static func littleEndianBytes(_ word: UInt64) -> [UInt8] {
    (0..<8).map { UInt8(truncatingIfNeeded: word >> (8 * UInt64($0))) }
  }
}

extension UInt64 {
  @inline(__always)
  fileprivate func rotatedLeft(_ count: UInt64) -> UInt64 {
    (self << count) | (self >> (64 &- count))
  }
}
