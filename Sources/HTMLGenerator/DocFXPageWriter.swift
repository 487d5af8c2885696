import DocModel

/// The page a ``DocFXConstruct`` writes itself into: the renderer's buffer, with values escaped, addresses
/// held to ``URLPolicy`` and ids kept unique in the page.
struct DocFXPageWriter: DocFXHTMLWriter {
  var renderer: HTMLRenderer
  var html = HTMLOutput()
  var headingIndex: Int

  init(renderer: HTMLRenderer, headingIndex: Int) {
    self.renderer = renderer
    self.headingIndex = headingIndex
  }

  mutating func open(_ tag: StaticString, _ attributes: KeyValuePairs<StaticString, String?>) {
    html += "<"
    html += tag.description
    for (name, value) in attributes {
      guard let value else { continue }
      HTMLRenderer.appendAttribute(name.description, value, to: &html)
    }
    html += ">"
  }

  mutating func close(_ tag: StaticString) {
    html += "</"
    html += tag.description
    html += ">"
  }

  mutating func text(_ text: String) {
    html.appendEscaped(text)
  }

  mutating func blocks(_ blocks: [Block]) {
    renderer.render(blocks, into: &html, headingIndex: &headingIndex)
  }

  mutating func inlines(_ inlines: [Inline]) {
    renderer.renderInlines(inlines, into: &html)
  }

  func linkURL(_ raw: String) -> String? {
    URLPolicy.safeURL(raw).map(URLPolicy.rewritingMarkdownLink)
  }

  func mediaURL(_ raw: String) -> String? {
    raw.isEmpty ? nil : URLPolicy.safeURL(raw)
  }

  func embedsVideo(_ address: String) -> Bool {
    VideoHosts.host(of: address).map(renderer.context.videoHosts.contains) ?? false
  }

  mutating func uniqueID(_ base: String) -> String {
    // Each `/`-separated part cleaned, the slashes kept: `tab/azure-cli` stays a DocFX tab's anchor.
    let cleaned = base.split(separator: "/", omittingEmptySubsequences: false).map { IDRegistry.clean(String($0)) }
    return renderer.ids.unique(cleaned.joined(separator: "/"))
  }

  func label(_ key: String) -> String {
    renderer.context.strings[key]
  }
}
