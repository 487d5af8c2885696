/// Where a ``DocFXConstruct`` writes itself in a page. Tag and attribute names are fixed in the code
/// (`StaticString`); values and text are escaped by the writer, and addresses go through the site's URL
/// policy, so that a construct cannot put the docs' text into a page as markup.
public protocol DocFXHTMLWriter {
  /// `<tag name="value" …>`; attributes whose value is `nil` are left out.
  mutating func open(_ tag: StaticString, _ attributes: KeyValuePairs<StaticString, String?>)
  /// `</tag>`.
  mutating func close(_ tag: StaticString)
  /// Text, escaped.
  mutating func text(_ text: String)
  /// Blocks, as the page renders them (headings, includes and constructs inside included).
  mutating func blocks(_ blocks: [Block])
  /// Inline text, as the page renders it.
  mutating func inlines(_ inlines: [Inline])
  /// The address if a page may link to it, Markdown pages rewritten to theirs; `nil` otherwise.
  func linkURL(_ raw: String) -> String?
  /// The address if an image or a media file may be loaded from it; `nil` otherwise.
  func mediaURL(_ raw: String) -> String?
  /// Whether a video at `address` (an `https` one a page may load) is embedded as a player: its host is one
  /// the site embeds from (``VideoHosts``).
  func embedsVideo(_ address: String) -> Bool
  /// An id no other element of the page has, made from `base`.
  mutating func uniqueID(_ base: String) -> String
  /// A label in the page's language, such as `video` or `description`.
  func label(_ key: String) -> String
}
