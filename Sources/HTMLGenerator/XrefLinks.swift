public import DocModel

/// The address of an xref's target as a page of the site links to it: an absolute address as it is (held to
/// ``URLPolicy``), a file of the docs and a page of the docs by relative links from the page.
public struct XrefLinks: Sendable {
  /// The targets by uid.
  public var map: XrefMap
  /// The page's path relative to the docs folder (`en-us/a/page.md`): files of the docs are reached from
  /// its folder, as its own links to them are.
  public var pagePath: String
  /// The page's site file relative to the site folder (`en-US/a/page.html`), and its locale: a page that
  /// declares a uid is reached in the same locale.
  public var siteFile: String
  public var locale: String

  public init(map: XrefMap, pagePath: String, siteFile: String, locale: String) {
    self.map = map
    self.pagePath = pagePath
    self.siteFile = siteFile
    self.locale = locale
  }

  /// The href of `xref`'s target and the text it shows when it has none of its own; `nil` when no target
  /// has its uid. The href is `nil` when the target's address is not one a page may link to.
  func resolve(_ xref: Xref) -> (href: String?, text: String)? {
    guard let target = map.target(xref.uid, locale: locale) else { return nil }
    let text = target.text(for: xref.displayProperty)
    var href: String?
    switch target.place {
    case .url(let url):
      href = URLPolicy.safeURL(url)
    case .docsFile(let file):
      let (path, fragment) = Self.splittingFragment(file)
      href = URLPolicy.relativeLink(Self.relativePath(from: Self.folder(of: pagePath), to: path)) + fragment
    case .page(let localPath):
      let file = locale + "/" + SitePagePath.html(localPath)
      href = URLPolicy.relativeLink(Self.relativePath(from: Self.folder(of: siteFile), to: file))
    }
    if let anchor = xref.anchor, let link = href, !link.contains("#") {
      href = link + "#" + anchor
    }
    return (href, text)
  }

  /// The text before a `#`, and the `#` with what follows.
  static func splittingFragment(_ path: String) -> (String, String) {
    guard let hash = path.firstIndex(of: "#") else { return (path, "") }
    return (String(path[..<hash]), String(path[hash...]))
  }

  /// The folder of a relative path: the text before its last `/`, or empty.
  static func folder(of path: String) -> String {
    guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
    return String(path[..<slash])
  }

  /// The relative path from `folder` to `path`, both relative to one root and without `.` or `..`.
  static func relativePath(from folder: String, to path: String) -> String {
    let from = folder.split(separator: "/")
    let to = path.split(separator: "/")
    var common = 0
    while common < from.count, common < to.count - 1, from[common] == to[common] { common += 1 }
    let up = String(repeating: "../", count: from.count - common)
    return up + to[common...].joined(separator: "/")
  }
}
