public import DocModel
import Foundation

/// Finds a docs folder's configuration and lists each locale's pages (the pipeline's pass then parses them).
///
/// The layout is `DIR/<locale>/**/*.md`, with shared includes in `DIR/includes/` (or a locale's own
/// `includes/` folder); folders named `includes` hold no pages.
public struct DocSetReader: Sendable {
  public init() {}

  /// Why a docs folder could not be read at all.
  public struct Failure: Error, Sendable, CustomStringConvertible {
    public var description: String
  }

  /// Reads the configuration: `configPath` if given, else `DIR/doccatalog.yml`, else defaults from the folders;
  /// `vocabulary` tells which outputs and rules it may name.
  public func configuration(root: String, configPath: String?, vocabulary: ConfigurationVocabulary) throws(Failure)
    -> (Configuration?, [Diagnostic])
  {
    let path = configPath ?? join(root, ConfigurationLoader.fileName)
    if configPath == nil && !FileManager.default.fileExists(atPath: path) {
      return (defaultConfiguration(root: root), [])
    }
    // The docs' own configuration is read only inside the docs folder; one named on the command line is the user's.
    var readPath = path
    if configPath == nil {
      switch DocsFolderBoundary(root: root).resolve(path) {
      case .outside: return (nil, [SourceOutsideDocs.finding(SourceOutsideDocs.file, file: path)])
      case .inside(let real): readPath = real
      case .unresolved: break
      }
    }
    let bytes: [UInt8]
    do {
      bytes = try FileReader.read(readPath)
    } catch {
      throw Failure(description: "cannot read configuration '\(path)': \(error.reason)")
    }
    return ConfigurationLoader.load(bytes: bytes, path: path, vocabulary: vocabulary)
  }

  /// Without a configuration file: the locale folders found in `root`, with `en-US` (or else the first)
  /// as source locale; every `.md` file below `root` is then a page, its locale the first folder of its path
  /// that names one (`pages/de-de/x.md`), else the start of its name (`ja-jp-2016.md`), else its
  /// `ms.contentlocale`, else `und`.
  public func defaultConfiguration(root: String) -> Configuration {
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
    let locales = entries.filter { Self.looksLikeLocale($0) && isDirectory(join(root, $0)) }.sorted()
    let source = locales.first { $0.lowercased() == "en-us" } ?? locales.first ?? "en-US"
    return Configuration(sourceLocale: source, locales: locales)
  }

  static func looksLikeLocale(_ name: String) -> Bool {
    guard LocaleTag.isWellFormed(name) else { return false }
    let parts = name.split(separator: "-", omittingEmptySubsequences: false)
    guard let language = parts.first, (2...3).contains(language.count), language.allSatisfy(\.isLetter) else {
      return false
    }
    return parts.dropFirst().allSatisfy { (2...8).contains($0.count) && $0.allSatisfy { $0.isLetter || $0.isNumber } }
  }

  /// A page file found in a docs folder.
  public struct PageFile: Sendable {
    /// The locale its folder names; `nil` when only its front matter can tell (no configuration file).
    public var locale: String?
    /// The path inside the locale folder.
    public var localPath: String
    /// The path relative to the docs folder.
    public var path: String
  }

  /// The page files of every configured locale (or, without a configuration file, every `.md` file; and
  /// when no configured locale has a folder, every `.md` file whose path names a configured locale), in the
  /// order the folders list them, and warnings for locale folders that do not exist.
  public func pageFiles(root: String, configuration: Configuration) throws(Failure) -> ([PageFile], [Diagnostic]) {
    guard isDirectory(root) else { throw Failure(description: "docs folder '\(root)' does not exist") }
    var diagnostics: [Diagnostic] = []
    var files: [PageFile] = []
    let boundary = DocsFolderBoundary(root: root)
    let hasLocaleFolders = configuration.orderedLocales.contains {
      ContainedPath.staysInside($0) && isDirectory(join(root, $0))
    }
    if configuration.isExplicit && !hasLocaleFolders {
      // None of the configured locales has a folder of its own: each page's locale is the one its path
      // names, as without a configuration (a locale folder further down, or a name that starts with one, as
      // `init` read them), and the pages of the configured locales are read. A locale no page has is reported.
      let configured = Set(configuration.orderedLocales)
      let found = MarkdownFileWalk.files(in: root, boundary: boundary)
      diagnostics += Self.outsideFolders(found, in: root)
      var seen: Set<String> = []
      for path in found.files {
        let (locale, localPath) = Self.inferredLocale(of: path)
        guard configured.contains(locale ?? "und") else { continue }
        seen.insert(locale ?? "und")
        files.append(PageFile(locale: locale, localPath: localPath, path: path))
      }
      for locale in configuration.orderedLocales where !seen.contains(locale) {
        diagnostics.append(
          DocSetMissingLocale.finding(DocSetMissingLocale.noFolder(locale), file: configuration.path ?? root))
      }
    } else if configuration.isExplicit {
      for locale in configuration.orderedLocales {
        let folder = join(root, locale)
        // The configuration's locales are language tags; a name that would leave the docs folder is never walked.
        guard ContainedPath.staysInside(locale), isDirectory(folder) else {
          diagnostics.append(
            DocSetMissingLocale.finding(DocSetMissingLocale.noFolder(locale), file: configuration.path ?? root))
          continue
        }
        let found = MarkdownFileWalk.files(in: folder, boundary: boundary)
        diagnostics += Self.outsideFolders(found, in: folder)
        for localPath in found.files {
          files.append(PageFile(locale: locale, localPath: localPath, path: join(locale, localPath)))
        }
      }
    } else {
      let found = MarkdownFileWalk.files(in: root, boundary: boundary)
      diagnostics += Self.outsideFolders(found, in: root)
      for path in found.files {
        let (locale, localPath) = Self.inferredLocale(of: path)
        files.append(PageFile(locale: locale, localPath: localPath, path: path))
      }
    }
    return (files, diagnostics)
  }

  /// Warnings for the `[!INCLUDE]`s of a page that name no file (`exists` tells which paths, relative to the
  /// docs folder, name one).
  public static func missingIncludes(
    _ includes: [Include], page path: String, localPath: String, root: String, exists: (String) -> Bool
  ) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    for include in includes {
      let candidates = IncludePaths.candidates(for: include.path, in: path, localPath: localPath)
      guard !candidates.contains(where: exists) else { continue }
      let location = include.range?.start
      diagnostics.append(
        IncludeMissingFile.finding(
          IncludeMissingFile.missing(include.path),
          file: join(root, path), line: location?.line ?? 0, column: location?.column ?? 0))
    }
    return diagnostics
  }

  /// The locale a path names, and the path inside it.
  static func inferredLocale(of path: String) -> (String?, String) {
    let components = path.split(separator: "/").map(String.init)
    if let index = components.dropLast().firstIndex(where: looksLikeLocale) {
      return (components[index], components[(index + 1)...].joined(separator: "/"))
    }
    let name = components.last ?? path
    let parts = name.split(separator: "-")
    if parts.count >= 3, looksLikeLocale("\(parts[0])-\(parts[1])"), parts[0].count == 2 {
      return ("\(parts[0])-\(parts[1])", path)
    }
    return (nil, path)
  }

  /// Errors for the folders a walk of `folder` did not enter because they lead outside the docs folder.
  private static func outsideFolders(_ found: MarkdownFileWalk.Found, in folder: String) -> [Diagnostic] {
    found.outside.map {
      SourceOutsideDocs.finding(SourceOutsideDocs.folder, file: $0.isEmpty ? folder : join(folder, $0))
    }
  }

  private func isDirectory(_ path: String) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
  }
}

/// Joins path components with `/`, leaving `.` out.
func join(_ base: String, _ component: String) -> String {
  if base.isEmpty || base == "." { return component }
  return base.hasSuffix("/") ? base + component : base + "/" + component
}
