import TemplateSupport

/// What the page template shows of one page, besides its heading and body: every text already escaped for
/// HTML. ``BuiltInPageTemplate`` writes them directly; any other page template gets them as a swift-mustache
/// context (``templateContext(heading:body:)``).
struct PageValues {
  /// The same page in another locale, or `x-default` for the source locale's.
  struct Alternate {
    var hreflang: String
    var href: String
  }

  /// A link to the page in one of the site's locales.
  struct LanguageLink {
    var code: String
    var name: String
    var href: String
    var isCurrent: Bool
  }

  /// A second-level heading, listed in the table of contents.
  struct TOCEntry {
    var id: String
    var text: String
  }

  var lang: String
  var dir: String
  var title: String
  var description: String?
  var author: String?
  var alternates: [Alternate]
  var stylesheet: String
  var home: String
  /// The locale's strings by key, each escaped.
  var strings: [String: TemplateText]
  var languages: [LanguageLink]
  var notices: [String]
  /// The language of the content, when it is another locale's page shown in its stead.
  var contentLang: String?
  var dateText: String?
  var dateISO: String?
  /// Where the page's source can be edited, when the configuration names a repository.
  var editLink: String?
  /// The site's navigation and the page's breadcrumbs (HTML), when the docs have a table of contents.
  var navigation: String? = nil
  var breadcrumbs: String? = nil
  var toc: [TOCEntry]

  /// The string for `key`, as `{{{strings.key}}}` shows it.
  func string(_ key: String) -> String {
    strings[key]?.renderText ?? ""
  }

  /// The values as a swift-mustache context. An absent optional value is an absent key, which hides its
  /// section: Mustache shows a section for any value present, even empty text.
  func templateContext(heading: String?, body: String) -> [String: Any] {
    var context: [String: Any] = [
      "lang": TemplateText(lang),
      "dir": TemplateText(dir),
      "title": TemplateText(title),
      "stylesheet": TemplateText(stylesheet),
      "home": TemplateText(home),
      "alternates": alternates.map { ["hreflang": TemplateText($0.hreflang), "href": TemplateText($0.href)] },
      "languages": languages.map {
        [
          "code": TemplateText($0.code), "name": TemplateText($0.name), "href": TemplateText($0.href),
          "current": $0.isCurrent,
        ] as [String: Any]
      },
      "notices": notices.map(TemplateText.init),
      "toc": toc.map { ["id": TemplateText($0.id), "text": TemplateText($0.text)] },
      "hasToc": !toc.isEmpty,
      "body": TemplateText(body),
      "strings": strings,
    ]
    let optional = [
      ("description", description), ("author", author), ("contentLang", contentLang), ("dateText", dateText),
      ("dateISO", dateISO), ("heading", heading),
      ("editLink", editLink), ("siteNav", navigation), ("breadcrumbs", breadcrumbs),
    ]
    for case (let key, let value?) in optional { context[key] = TemplateText(value) }
    return context
  }
}
