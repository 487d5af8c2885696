/// The built-in page template, `Templates/html/page.html.mustache`, written as code.
///
/// The page template runs once per page of the site. swift-mustache looks each of its variables up through
/// the context stack with run-time protocol checks, which took about a tenth of a build. When the page
/// template in use is the built-in one, pages are written here instead, byte for byte what swift-mustache
/// renders from that template (a property test holds the two to each other on generated pages); any other
/// template goes through swift-mustache.
// Kept beside the template (make bench, 2026-12-05): the typical build took 0.73 s through swift-mustache, 0.64 s here.
enum BuiltInPageTemplate {
  /// Whether `template` is the built-in page template this code writes.
  static func isBuiltIn(_ template: String) -> Bool {
    template == DefaultHTMLTemplates.page
  }

  /// The page, as the built-in template renders it, with `heading` and `body` (HTML) in their places.
  static func render(_ values: PageValues, heading: ArraySlice<UInt8>, body: ArraySlice<UInt8>) -> [UInt8] {
    var page = HTMLOutput()
    page.reserveCapacity(heading.count + body.count + 2048)
    page.write("<!DOCTYPE html>\n<html lang=\"", values.lang, "\" dir=\"", values.dir, "\">\n<head>\n")
    page.write("<meta charset=\"utf-8\">\n")
    page.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
    page.write("<title>", values.title, "</title>\n")
    if let description = values.description {
      page.write("<meta name=\"description\" content=\"", description, "\">\n")
    }
    if let author = values.author { page.write("<meta name=\"author\" content=\"", author, "\">\n") }
    for alternate in values.alternates {
      page.write("<link rel=\"alternate\" hreflang=\"", alternate.hreflang, "\" href=\"", alternate.href, "\">\n")
    }
    page.write("<link rel=\"stylesheet\" href=\"", values.stylesheet, "\">\n</head>\n<body")
    if values.navigation != nil { page.write(" class=\"with-nav\"") }
    page.write(">\n")
    page.write("<header class=\"site-header\">\n<a class=\"home\" href=\"", values.home, "\">", values.string("pages"))
    page.write("</a>\n<nav class=\"languages\" aria-label=\"", values.string("languages"), "\">\n<ul>\n")
    for language in values.languages {
      if language.isCurrent {
        page.write("<li><span aria-current=\"page\" lang=\"", language.code, "\">", language.name, "</span></li>\n")
      } else {
        page.write("<li><a href=\"", language.href, "\" hreflang=\"", language.code, "\" lang=\"", language.code)
        page.write("\">", language.name, "</a></li>\n")
      }
    }
    page.write("</ul>\n</nav>\n</header>\n")
    if let navigation = values.navigation { page.write(navigation, "\n") }
    page.write("<main>\n")
    for notice in values.notices { page.write("<p class=\"notice\" role=\"status\">", notice, "</p>\n") }
    page.write("<article")
    if let contentLang = values.contentLang { page.write(" lang=\"", contentLang, "\"") }
    page.write(">\n")
    if let breadcrumbs = values.breadcrumbs { page.write(breadcrumbs, "\n") }
    page.append(heading)
    page.write("\n<p class=\"page-meta\">")
    if let dateText = values.dateText {
      page.write("<time datetime=\"", values.dateISO ?? "", "\">", dateText, "</time>")
    }
    if let author = values.author { page.write(" · <span class=\"author\">", author, "</span>") }
    if let editLink = values.editLink {
      page.write(" · <a class=\"edit-link\" href=\"", editLink, "\">", values.string("editThisPage"), "</a>")
    }
    page.write("</p>\n")
    if !values.toc.isEmpty {
      let label = values.string("inThisArticle")
      page.write("<nav class=\"toc\" aria-label=\"", label, "\">\n<p class=\"toc-title\">", label, "</p>\n<ul>\n")
      for entry in values.toc { page.write("<li><a href=\"#", entry.id, "\">", entry.text, "</a></li>\n") }
      page.write("</ul>\n</nav>\n")
    }
    page.append(body)
    page.write("\n</article>\n</main>\n<footer class=\"site-footer\"><p>", values.string("generated"))
    page.write("</p></footer>\n</body>\n</html>\n")
    return page.bytes
  }
}
