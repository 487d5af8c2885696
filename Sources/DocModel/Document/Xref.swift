/// A DocFX cross reference: `<xref:uid>`, `[text](xref:uid)` or `@uid`, resolved by uid against the
/// configuration's xrefmaps and the pages' own `uid:` when the site is rendered.
public struct Xref: Sendable, Hashable {
  /// How the reference is written.
  public enum Form: String, Sendable, Hashable {
    /// `<xref:uid>`: its text is the target's name.
    case autolink
    /// `[text](xref:uid)`: its text is the link's, or the target's name when the link has none.
    case link
    /// `@uid` or `@"uid with spaces"`: its text is the target's name.
    case shorthand
  }

  /// Which of the target's names stands for an xref without text of its own (`?displayProperty=`).
  public enum DisplayProperty: String, Sendable, Hashable {
    case name
    case fullName
    case nameWithType
  }

  public var uid: String
  public var form: Form
  /// The name shown when the xref has no text of its own; `.name` unless the address asks for another.
  public var displayProperty: DisplayProperty
  /// The `#fragment` of the address, without the `#`, if any.
  public var anchor: String?
  /// The link text; empty when the target's name is shown.
  public var children: [Inline]
  /// The reference as written in the page (`xref:uid?…` for the link forms, `@uid` or `@"uid"` for the
  /// shorthand): where a finding about it points.
  public var written: String

  public init(
    uid: String, form: Form, displayProperty: DisplayProperty = .name, anchor: String? = nil,
    children: [Inline] = [], written: String
  ) {
    self.uid = uid
    self.form = form
    self.displayProperty = displayProperty
    self.anchor = anchor
    self.children = children
    self.written = written
  }

  /// The text shown for an xref that has no text of its own and resolves to nothing: a shorthand as written
  /// (`@uid`), otherwise its uid.
  public var fallbackText: String { form == .shorthand ? written : uid }

  /// Whether a link's destination is an xref (`xref:` in any case).
  public static func isXrefDestination(_ destination: String) -> Bool {
    let utf8 = destination.utf8
    // Nearly every destination is told apart by its first byte.
    guard utf8.first.map({ $0 | 0x20 }) == UInt8(ascii: "x"), utf8.count > 5 else { return false }
    var index = utf8.startIndex
    for expected in "xref:".utf8 {
      let byte = utf8[index]
      guard byte == expected || (expected >= 0x61 && byte == expected - 0x20) else { return false }
      index = utf8.index(after: index)
    }
    return true
  }

  /// The xref a link's `xref:uid?displayProperty=…#anchor` destination names, with `children` as its text;
  /// `nil` when the destination is no xref or names no uid. The uid is percent-decoded.
  public static func parse(destination: String, form: Form, children: [Inline]) -> Xref? {
    guard isXrefDestination(destination) else { return nil }
    var rest = Substring(destination.utf8.dropFirst(5))
    var anchor: String?
    if let hash = rest.firstIndex(of: "#") {
      anchor = String(rest[rest.index(after: hash)...])
      rest = rest[..<hash]
    }
    var displayProperty = DisplayProperty.name
    if let question = rest.firstIndex(of: "?") {
      for pair in rest[rest.index(after: question)...].split(separator: "&") {
        let parts = pair.split(separator: "=", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "displayproperty" else { continue }
        switch parts[1].lowercased() {
        case "fullname": displayProperty = .fullName
        case "namewithtype": displayProperty = .nameWithType
        default: displayProperty = .name
        }
      }
      rest = rest[..<question]
    }
    let uid = percentDecoded(rest)
    guard !uid.isEmpty else { return nil }
    return Xref(
      uid: uid, form: form, displayProperty: displayProperty, anchor: anchor?.isEmpty == true ? nil : anchor,
      children: children, written: destination)
  }

  /// `%XX` escapes decoded where they make UTF-8; any other `%` kept as it is.
  static func percentDecoded(_ text: Substring) -> String {
    guard text.utf8.contains(UInt8(ascii: "%")) else { return String(text) }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    let utf8 = Array(text.utf8)
    var index = 0
    func hex(_ byte: UInt8) -> UInt8? {
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
      default: nil
      }
    }
    while index < utf8.count {
      if utf8[index] == UInt8(ascii: "%"), index + 2 < utf8.count, let high = hex(utf8[index + 1]),
        let low = hex(utf8[index + 2])
      {
        bytes.append(high << 4 | low)
        index += 3
      } else {
        bytes.append(utf8[index])
        index += 1
      }
    }
    return String(validating: bytes, as: UTF8.self) ?? String(text)
  }
}
