public import DocModel

/// The left navigation and the breadcrumbs of each page, from its locale's navigation (``NavigationEntry``),
/// else the source locale's: the top level, the entries leading to the page opened, the page marked.
///
/// A page shows its ancestors' children only, not the whole tree, and at most ``maximumSiblings`` entries of
/// each level (those around the one open), so that what each page holds stays bounded however large the
/// table of contents: the site does not grow with the pages times the entries.
public struct SiteNavigation: Sendable {
  /// The most entries of one level a page lists; `…` stands for the others.
  public static let maximumSiblings = 100

  /// One entry, its children by index.
  struct Node: Sendable {
    /// The title, escaped.
    var title: String
    var target: NavigationEntry.Target
    var children: [Int] = []
    var parent: Int?
    /// The page an entry's link opens (its own, else a group's first descendant's): its site path inside the
    /// locale folder, percent-encoded; `nil` when the site has no such page.
    var page: String?
    /// An external address, checked and escaped.
    var external: String?
  }

  /// A locale's entries, flattened.
  struct Tree: Sendable {
    var nodes: [Node] = []
    var top: [Int] = []
    /// The first entry of each page, by its path inside the locale folder.
    var nodeOfPage: [String: Int] = [:]

    init(_ entries: [NavigationEntry], pages: Set<String>) {
      top = add(entries, parent: nil, pages: pages)
    }

    private mutating func add(_ entries: [NavigationEntry], parent: Int?, pages: Set<String>) -> [Int] {
      entries.map { entry in
        let index = nodes.count
        var page: String?
        var external: String?
        switch entry.target {
        case .page(let path):
          if nodeOfPage[path] == nil { nodeOfPage[path] = index }
          if pages.contains(path), ContainedPath.staysInside(path) {
            page = HTMLEscaping.escape(URLPolicy.relativeLink(SitePagePath.html(path)))
          }
        case .external(let url): external = URLPolicy.safeURL(url).map(HTMLEscaping.escape)
        case .none: break
        }
        nodes.append(
          Node(
            title: HTMLEscaping.escape(entry.title), target: entry.target, parent: parent, page: page,
            external: external))
        let children = add(entry.children, parent: index, pages: pages)
        nodes[index].children = children
        if nodes[index].page == nil {
          nodes[index].page = children.first { nodes[$0].page != nil }.flatMap { nodes[$0].page }
        }
        return index
      }
    }
  }

  private let trees: [String: Tree]
  private let sourceLocale: String

  /// The navigation of each locale that has one; a locale without falls back to `sourceLocale`'s. `pages`
  /// are the site's page ids (paths inside a locale folder): an entry that names another is not linked.
  public init(_ navigation: [String: [NavigationEntry]], sourceLocale: String, pages: Set<String>) {
    trees = navigation.mapValues { Tree($0, pages: pages) }
    self.sourceLocale = sourceLocale
  }

  /// The navigation and breadcrumbs of the page `id` of `locale`, as HTML; `nil` when its locale (and the
  /// source locale) has no table of contents, and no breadcrumbs when the page is not in it. `folder` is
  /// the locale folder's address from the page (such as `../en-US/`), escaped.
  func render(
    page id: String, locale: String, folder: String, label: String, breadcrumbsLabel: String
  ) -> (navigation: String, breadcrumbs: String?)? {
    guard let tree = trees[locale] ?? trees[sourceLocale] else { return nil }
    let current = tree.nodeOfPage[id]
    var open: Set<Int> = []
    var chain: [Int] = []
    var walk = current
    while let node = walk {
      open.insert(node)
      chain.append(node)
      walk = tree.nodes[node].parent
    }
    chain.reverse()
    let nodes = tree.nodes
    /// Writes an entry's link; a group's leads to its first page only while the group is closed.
    func link(_ index: Int, isCurrent: Bool, isClosed: Bool = false, into html: inout String) {
      var address: String?
      switch nodes[index].target {
      case .external: address = nodes[index].external
      case .page: address = nodes[index].page
      case .none: address = isClosed ? nodes[index].page : nil
      }
      guard let address else {
        html += "<span>"
        html += nodes[index].title
        html += "</span>"
        return
      }
      html += "<a href=\""
      if case .external = nodes[index].target {} else { html += folder }
      html += address
      html += isCurrent ? "\" aria-current=\"page\">" : "\">"
      html += nodes[index].title
      html += "</a>"
    }
    var html = "<nav class=\"site-nav\" aria-label=\"\(HTMLEscaping.escape(label))\">\n"
    html.reserveCapacity(8192)
    func list(_ level: [Int]) {
      let shown = Self.window(count: level.count, around: level.firstIndex(where: open.contains))
      html += "<ul>\n"
      if shown.lowerBound > 0 { html += "<li class=\"nav-more\">…</li>\n" }
      for index in level[shown] {
        let hasChildren = !nodes[index].children.isEmpty
        let expands = hasChildren && open.contains(index)
        html += expands ? "<li class=\"nav-open\">" : hasChildren ? "<li class=\"nav-closed\">" : "<li>"
        link(index, isCurrent: index == current, isClosed: !expands, into: &html)
        if expands {
          html += "\n"
          list(nodes[index].children)
        }
        html += "</li>\n"
      }
      if shown.upperBound < level.count { html += "<li class=\"nav-more\">…</li>\n" }
      html += "</ul>\n"
    }
    list(tree.top)
    html += "</nav>"
    guard let current, chain.count > 1 else { return (html, nil) }
    var crumbs = "<nav class=\"breadcrumbs\" aria-label=\"\(HTMLEscaping.escape(breadcrumbsLabel))\">\n<ol>\n"
    for node in chain.dropLast() {
      crumbs += "<li>"
      link(node, isCurrent: false, into: &crumbs)
      crumbs += "</li>\n"
    }
    crumbs += "<li><span aria-current=\"page\">" + nodes[current].title + "</span></li>\n"
    crumbs += "</ol>\n</nav>"
    return (html, crumbs)
  }

  /// The entries of a level of `count` shown: all when they fit, else ``maximumSiblings`` of them around
  /// `open` (the first ones when none is open).
  static func window(count: Int, around open: Int?) -> Range<Int> {
    guard count > maximumSiblings else { return 0..<count }
    let start = min(max((open ?? 0) - maximumSiblings / 2, 0), count - maximumSiblings)
    return start..<start + maximumSiblings
  }
}
