import DocModel

/// Writes values into the compact binary form of the page results cache: integers as little-endian
/// variable-length numbers, strings and byte runs with their length first.
struct CacheByteWriter {
  private(set) var bytes: [UInt8] = []

  mutating func int(_ value: Int) {
    // Zigzag, so that small negative numbers stay short.
    var rest = UInt64(bitPattern: Int64(value) << 1 ^ Int64(value) >> 63)
    while rest >= 0x80 {
      bytes.append(UInt8(rest & 0x7F) | 0x80)
      rest >>= 7
    }
    bytes.append(UInt8(rest))
  }

  mutating func uint64(_ value: UInt64) {
    for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt64(shift))) }
  }

  mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

  mutating func string(_ value: String) {
    int(value.utf8.count)
    bytes.append(contentsOf: value.utf8)
  }

  /// Bytes already in this form, as they are.
  mutating func raw(_ value: ArraySlice<UInt8>) {
    bytes.append(contentsOf: value)
  }

  mutating func data(_ value: [UInt8]) {
    int(value.count)
    bytes.append(contentsOf: value)
  }

  /// A finding, as the page results and the build manifest keep them.
  mutating func diagnostic(_ diagnostic: Diagnostic) {
    string(diagnostic.severity.rawValue)
    string(diagnostic.rule)
    string(diagnostic.message)
    string(diagnostic.file)
    int(diagnostic.line)
    int(diagnostic.column)
  }

  mutating func optional<Value>(_ value: Value?, _ write: (inout Self, Value) -> Void) {
    bool(value != nil)
    if let value { write(&self, value) }
  }

  mutating func array<Value>(_ values: [Value], _ write: (inout Self, Value) -> Void) {
    int(values.count)
    for value in values { write(&self, value) }
  }
}

/// Reads what ``CacheByteWriter`` wrote. Every read is bounded by the bytes there are: damaged input makes
/// the reader fail (``CacheByteReader/Damaged``), never read past its end or allocate more than it holds.
struct CacheByteReader {
  struct Damaged: Error {}

  private let bytes: [UInt8]
  /// Where the next read starts.
  private(set) var offset = 0
  /// Where the bytes to read end: no read goes past it.
  private let end: Int

  init(_ bytes: [UInt8]) {
    self.bytes = bytes
    end = bytes.count
  }

  /// A reader of `bytes` from `offset` on, up to `end` (the end of the bytes when not given).
  init(_ bytes: [UInt8], from offset: Int, to end: Int? = nil) {
    self.bytes = bytes
    self.end = min(max(end ?? bytes.count, 0), bytes.count)
    self.offset = min(max(offset, 0), self.end)
  }

  var isAtEnd: Bool { offset == end }

  mutating func int() throws(Damaged) -> Int {
    var value: UInt64 = 0
    var shift: UInt64 = 0
    while true {
      guard offset < end, shift < 64 else { throw Damaged() }
      let byte = bytes[offset]
      offset += 1
      value |= UInt64(byte & 0x7F) << shift
      if byte < 0x80 { break }
      shift += 7
    }
    return Int(Int64(bitPattern: value >> 1) ^ -Int64(bitPattern: value & 1))
  }

  mutating func uint64() throws(Damaged) -> UInt64 {
    guard end - offset >= 8 else { throw Damaged() }
    var value: UInt64 = 0
    for index in 0..<8 { value |= UInt64(bytes[offset + index]) << UInt64(index * 8) }
    offset += 8
    return value
  }

  mutating func bool() throws(Damaged) -> Bool {
    guard offset < end, bytes[offset] <= 1 else { throw Damaged() }
    offset += 1
    return bytes[offset - 1] == 1
  }

  mutating func string() throws(Damaged) -> String {
    let run = try slice()
    return String(decoding: run, as: UTF8.self)
  }

  mutating func data() throws(Damaged) -> [UInt8] {
    Array(try slice())
  }

  /// Where the bytes ``CacheByteWriter/data(_:)`` wrote are, stepped over without a copy.
  mutating func dataRange() throws(Damaged) -> Range<Int> {
    try slice().indices
  }

  /// What ``CacheByteWriter/diagnostic(_:)`` wrote.
  mutating func diagnostic() throws(Damaged) -> Diagnostic {
    guard let severity = Diagnostic.Severity(rawValue: try string()) else { throw Damaged() }
    let rule = try string()
    let message = try string()
    let file = try string()
    return Diagnostic(severity, rule: rule, message, file: file, line: try int(), column: try int())
  }

  mutating func optional<Value>(_ read: (inout Self) throws(Damaged) -> Value) throws(Damaged) -> Value? {
    try bool() ? try read(&self) : nil
  }

  mutating func array<Value>(_ read: (inout Self) throws(Damaged) -> Value) throws(Damaged) -> [Value] {
    let count = try int()
    // Each element takes at least one byte: a count beyond the bytes left is damage.
    guard count >= 0, count <= end - offset else { throw Damaged() }
    var values: [Value] = []
    values.reserveCapacity(count)
    for _ in 0..<count { values.append(try read(&self)) }
    return values
  }

  private mutating func slice() throws(Damaged) -> ArraySlice<UInt8> {
    let count = try int()
    guard count >= 0, count <= end - offset else { throw Damaged() }
    defer { offset += count }
    return bytes[offset..<(offset + count)]
  }
}
