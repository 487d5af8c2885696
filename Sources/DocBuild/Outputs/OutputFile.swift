/// One file a build produces, made a chunk at a time as it is written: large outputs are never held whole.
public struct OutputFile: Sendable {
  public var path: String
  /// What `build` says of it once written, such as `31 entries, 2 pages, 2 locales`.
  public var summary: String
  /// Makes the contents, handing them to its argument a chunk at a time.
  public var produce: @Sendable (_ consume: ([UInt8]) -> Void) -> Void

  public init(path: String, summary: String, produce: @escaping @Sendable (_ consume: ([UInt8]) -> Void) -> Void) {
    self.path = path
    self.summary = summary
    self.produce = produce
  }

  public init(path: String, bytes: [UInt8], summary: String) {
    self.init(path: path, summary: summary) { consume in consume(bytes) }
  }

  /// The contents as chunks, made again and all held.
  public var chunks: [[UInt8]] {
    var chunks: [[UInt8]] = []
    produce { chunks.append($0) }
    return chunks
  }
}
