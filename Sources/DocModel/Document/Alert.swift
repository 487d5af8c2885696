/// DocFX's `> [!NOTE]`, `> [!TIP]`, `> [!IMPORTANT]`, `> [!CAUTION]` and `> [!WARNING]` callouts.
public struct Alert: Sendable, Hashable {
  /// The kind of an alert; an open set, as DocFX themes may add their own.
  public struct Kind: RawRepresentable, Sendable, Hashable, Codable {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue.uppercased() }

    public static let note = Kind(rawValue: "NOTE")
    public static let tip = Kind(rawValue: "TIP")
    public static let important = Kind(rawValue: "IMPORTANT")
    public static let caution = Kind(rawValue: "CAUTION")
    public static let warning = Kind(rawValue: "WARNING")

    /// The kinds DocFX renders.
    public static let known: [Kind] = [.note, .tip, .important, .caution, .warning]
  }

  public var kind: Kind
  public var blocks: [Block]
  public var range: SourceRange?

  public init(kind: Kind, blocks: [Block], range: SourceRange? = nil) {
    self.kind = kind
    self.blocks = blocks
    self.range = range
  }
}
