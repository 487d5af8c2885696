/// How a catalog field reads its cells, and what its values are in the JSON, the Swift source and lookups.
public enum CatalogFieldType: String, Sendable, Hashable, Codable, CaseIterable {
  /// Plain text: inline markup removed, `<br>` as a line break.
  case text
  /// The cell's Markdown, kept beside its plain text.
  case markdown
  /// A whole number, such as an event id.
  case integer
  /// A numeric error code in hex or decimal (HRESULT, NTSTATUS, Win32): `0x80070005`, `80070005` and
  /// `-2147024891` are one value.
  case code
  /// A dotted SMTP status code (`5.7.1`), optionally after its reply code (`550 5.4.1`).
  case status
  /// A value from a closed set: the source locale's values, such as an app's name.
  case `enum`
  /// A message with placeholders that text received at run time is matched against (``MessagePattern``).
  case pattern
  /// A calendar date: `YYYY-MM-DD`, `MM/DD/YYYY` or `Month D, YYYY`.
  case date
  /// The targets of the cell's links.
  case links
  /// Lines, split where the cell breaks them (`<br>`).
  case list

  /// Whether translations give the field's value in their own words unless the configuration says otherwise:
  /// codes, numbers, dates and messages programs print stay as the source writes them.
  public var translatedByDefault: Bool {
    switch self {
    case .text, .markdown, .enum, .links, .list: true
    case .integer, .code, .status, .pattern, .date: false
    }
  }

  /// Whether `lookup` matches text received at run time against the field unless the configuration says
  /// otherwise.
  public var isLookupByDefault: Bool {
    switch self {
    case .pattern, .code, .status: true
    default: false
    }
  }
}
