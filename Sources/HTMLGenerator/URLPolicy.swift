/// Which link and image addresses may appear in pages, and how links to Markdown pages become links to
/// the generated HTML.
public enum URLPolicy {
  /// Schemes a page may link to; relative addresses (no scheme) are always allowed.
  public static let allowedSchemes: Set<String> = ["http", "https", "mailto"]

  /// The address if it is safe to put in `href` or `src`, else `nil` (`javascript:`, `data:`, `vbscript:`
  /// and every other scheme, however written: browsers ignore case, and tabs and newlines in it).
  public static func safeURL(_ raw: String) -> String? {
    let cleaned = String(raw.unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F })
    if let colon = cleaned.firstIndex(of: ":") {
      let scheme = cleaned[..<colon]
      let isScheme = !scheme.isEmpty && scheme.first!.isLetter
        && scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
      // A colon after '/', '?' or '#' is not a scheme's.
      if isScheme {
        return allowedSchemes.contains(scheme.lowercased()) ? raw.trimmingSpaces : nil
      }
      if let slash = cleaned.firstIndex(where: { "/?#".contains($0) }), slash < colon {
        return raw.trimmingSpaces
      }
      return nil
    }
    return raw.trimmingSpaces
  }

  /// A relative link to a `.md` page, rewritten to its `.html` page with the `#fragment` kept.
  public static func rewritingMarkdownLink(_ url: String) -> String {
    guard !url.contains(":") else { return url }
    let fragmentStart = url.firstIndex(where: { $0 == "#" || $0 == "?" }) ?? url.endIndex
    let path = url[..<fragmentStart]
    guard path.lowercased().hasSuffix(".md") else { return url }
    return path.dropLast(3) + ".html" + url[fragmentStart...]
  }
}

extension String {
  fileprivate var trimmingSpaces: String {
    var scalars = Substring(self)
    while let first = scalars.first, first.isWhitespace { scalars = scalars.dropFirst() }
    while let last = scalars.last, last.isWhitespace { scalars = scalars.dropLast() }
    return String(scalars)
  }
}
