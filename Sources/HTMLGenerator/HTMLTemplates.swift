import Foundation
import Mustache

/// The page templates, stylesheet and per-locale strings of the site: the built-in ones, or a folder's.
///
/// A templates folder holds `html/page.html.mustache`, `html/index.html.mustache`,
/// `html/root.html.mustache`, `html/style.css` and `l10n/<locale>.json`; the pages share their chrome
/// through the partials `html/head.html.mustache` (`{{> head}}`) and `html/languages.html.mustache`
/// (`{{> languages}}`), the built-in ones unless the folder has its own.
public struct HTMLTemplates: Sendable {
  /// Why templates could not be used.
  public struct Failure: Error, Sendable, CustomStringConvertible {
    public var description: String
  }

  let page: MustacheTemplate
  /// Whether the page template is the built-in one, which ``BuiltInPageTemplate`` writes without swift-mustache.
  let pageIsBuiltIn: Bool
  let index: MustacheTemplate
  let root: MustacheTemplate
  /// The partials the templates include.
  private let partials: MustacheLibrary
  let stylesheet: String
  /// The script that adds a copy button to code blocks (`html/copy-code.js`, the built-in one when a template
  /// folder has none).
  let codeScript: String
  /// Strings by locale.
  let strings: [String: [String: String]]

  /// The built-in templates, compiled once per process when first asked for. They are part of the tool,
  /// and every test of the site renders with them: that they compile is the tool's own invariant.
  public static let builtIn: HTMLTemplates = {
    do {
      return try HTMLTemplates()
    } catch {
      preconditionFailure("the built-in templates do not compile: \(error)")
    }
  }()

  /// The built-in templates, or those in `directory`.
  public init(directory: String? = nil) throws(Failure) {
    func text(_ path: String, builtIn: String?) throws(Failure) -> String {
      guard let directory else {
        guard let builtIn else { throw Failure(description: "no built-in template '\(path)'") }
        return builtIn
      }
      let full = (directory as NSString).appendingPathComponent(path)
      guard let data = FileManager.default.contents(atPath: full), let text = String(data: data, encoding: .utf8) else {
        throw Failure(description: "cannot read template '\(full)'")
      }
      return text
    }
    func compiled(_ text: String, path: String) throws(Failure) -> MustacheTemplate {
      do {
        return try MustacheTemplate(string: text)
      } catch {
        throw Failure(description: "template '\(path)' is not valid Mustache: \(error)")
      }
    }
    func template(_ path: String, builtIn: String) throws(Failure) -> MustacheTemplate {
      try compiled(try text(path, builtIn: builtIn), path: path)
    }
    /// A partial: the folder's own, else the built-in one.
    func partial(_ path: String, builtIn: String) throws(Failure) -> (template: MustacheTemplate, isBuiltIn: Bool) {
      let own = directory.map { (($0 as NSString).appendingPathComponent(path)) }
      guard let own, FileManager.default.fileExists(atPath: own) else {
        return (try compiled(builtIn, path: path), true)
      }
      let text = try text(path, builtIn: builtIn)
      return (try compiled(text, path: path), text == builtIn)
    }
    let head = try partial("html/head.html.mustache", builtIn: DefaultHTMLTemplates.head)
    let languages = try partial("html/languages.html.mustache", builtIn: DefaultHTMLTemplates.languages)
    partials = MustacheLibrary(templates: ["head": head.template, "languages": languages.template])
    let pageText = try text("html/page.html.mustache", builtIn: DefaultHTMLTemplates.page)
    page = try compiled(pageText, path: "html/page.html.mustache")
    pageIsBuiltIn = BuiltInPageTemplate.isBuiltIn(pageText) && head.isBuiltIn && languages.isBuiltIn
    index = try template("html/index.html.mustache", builtIn: DefaultHTMLTemplates.index)
    root = try template("html/root.html.mustache", builtIn: DefaultHTMLTemplates.root)
    stylesheet = try text("html/style.css", builtIn: DefaultHTMLTemplates.stylesheet)
    let scriptPath = directory.map { ($0 as NSString).appendingPathComponent("html/copy-code.js") }
    codeScript =
      scriptPath.flatMap { FileManager.default.contents(atPath: $0) }.flatMap { String(data: $0, encoding: .utf8) }
      ?? DefaultHTMLTemplates.codeScript

    var strings: [String: [String: String]] = [:]
    if let directory {
      let folder = (directory as NSString).appendingPathComponent("l10n")
      let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
      for file in files.sorted() where file.hasSuffix(".json") {
        let path = (folder as NSString).appendingPathComponent(file)
        guard let data = FileManager.default.contents(atPath: path) else { continue }
        do {
          strings[String(file.dropLast(5))] = try SiteStrings.read(data)
        } catch {
          throw Failure(description: "'\(path)' is not a JSON object of strings: \(error)")
        }
      }
    } else {
      for (locale, json) in DefaultHTMLTemplates.strings {
        strings[locale] = try? SiteStrings.read(Data(json.utf8))
      }
    }
    self.strings = strings
  }

  /// `template` rendered with `context`, its partials included.
  func render(_ template: MustacheTemplate, _ context: Any) -> String {
    template.render(context, library: partials)
  }

  /// A locale's strings, falling back to the source locale's (and to a language's other locale first).
  public func strings(for locale: String, sourceLocale: String) -> SiteStrings {
    let fallback = strings[sourceLocale] ?? strings["en-US"] ?? [:]
    let language = locale.split(separator: "-").first.map { String($0).lowercased() }
    let own =
      strings[locale]
      ?? strings.first { $0.key.lowercased() == locale.lowercased() }?.value
      ?? strings.sorted { $0.key < $1.key }.first {
        $0.key.split(separator: "-").first.map { String($0).lowercased() } == language
      }?.value
    return SiteStrings(locale: locale, strings: own, fallback: fallback)
  }
}
