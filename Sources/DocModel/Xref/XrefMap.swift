/// The uids a docs folder's xrefs may name: those of the configuration's xrefmaps, and those the pages
/// declare in their front matter (`uid:`), which take precedence, as DocFX lets a page of the docs being
/// built stand for a uid over an external map.
public struct XrefMap: Sendable {
  /// The xrefmaps' targets, by uid (the first map naming a uid keeps it).
  public var external: [String: XrefTarget]
  /// The pages' targets, by uid.
  public var pages: [String: XrefTarget] = [:]
  /// The titles of the pages that declare each uid, by uid and then locale: a page's xref to another shows
  /// the title of the page in its own locale.
  public var pageTitles: [String: [String: String]] = [:]

  public init(external: [String: XrefTarget] = [:], pages: [String: XrefTarget] = [:]) {
    self.external = external
    self.pages = pages
  }

  /// The target of `uid`, if a page or an xrefmap names it; a page's named as `locale` titles it.
  public func target(_ uid: String, locale: String? = nil) -> XrefTarget? {
    guard var page = pages[uid] else { return external[uid] }
    if let locale, let title = pageTitles[uid]?[locale] { page.name = title }
    return page
  }

  /// Adds the uid a page declares (its front matter's `uid:`): the page at `localPath` in `locale`, titled
  /// `title`. A uid another page (another local path) declared first keeps that page: the duplicate's local
  /// path is returned.
  @discardableResult
  public mutating func addPage(uid: String, localPath: String, locale: String, title: String?) -> String? {
    if let known = pages[uid], known.place != .page(localPath: localPath) {
      if case .page(let first) = known.place { return first }
    }
    if pages[uid] == nil { pages[uid] = XrefTarget(place: .page(localPath: localPath), name: title ?? uid) }
    if let title, pageTitles[uid]?[locale] == nil { pageTitles[uid, default: [:]][locale] = title }
    return nil
  }

  /// Whether nothing could resolve an xref.
  public var isEmpty: Bool { external.isEmpty && pages.isEmpty }
}
