/// A YAML value from a page's front matter.
public indirect enum FrontMatterValue: Sendable, Hashable {
  case null
  case bool(Bool)
  case integer(Int)
  case number(Double)
  /// A string, or any other scalar (dates, for example) kept as written.
  case string(String)
  case list([FrontMatterValue])
  /// A mapping, in the order the keys were written.
  case mapping([FrontMatterField])

  /// The value as text: scalars as written, `nil` for null, lists and mappings.
  public var scalarText: String? {
    switch self {
    case .string(let text): text
    case .bool(let value): value ? "true" : "false"
    case .integer(let value): String(value)
    case .number(let value): String(value)
    case .null, .list, .mapping: nil
    }
  }
}

/// One `key: value` pair of front matter.
public struct FrontMatterField: Sendable, Hashable {
  public var key: String
  public var value: FrontMatterValue
  /// The line of the key in the page.
  public var line: Int

  public init(key: String, value: FrontMatterValue, line: Int = 0) {
    self.key = key
    self.value = value
    self.line = line
  }
}
