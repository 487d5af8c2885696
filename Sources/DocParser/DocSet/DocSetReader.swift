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

    public init(locale: String?, localPath: String, path: String) {
      self.locale = locale
      self.localPath = localPath
      self.path = path
    }
  }

  /// The page files a docs folder holds (``pageListing(root:configuration:)``), and what listing them found.
  public func pageFiles(root: String, configuration: Configuration) throws(Failure) -> ([PageFile], [Diagnostic]) {
    let listing = try pageListing(root: root, configuration: configuration)
    return (listing.files, listing.diagnostics)
  }

  /// The pages of a docs folder, with what listing them found and what the list was made from.
  public struct PageListing: Sendable {
    public var files: [PageFile]
    public var diagnostics: [Diagnostic]
    /// Every folder whose entries were read, relative to the docs folder (`""` for the docs folder itself).
    /// The docs folder's entries also tell which configured locales have a folder; when each has one, each
    /// is among these, and the list stays the same as long as they do.
    public var folders: [String]
    /// Whether the folders' entries alone made the list: while none of them gains, loses or renames an
    /// entry, the list stays the same. False when a link was met, or an entry of a kind its folder did not
    /// tell, or a folder that could not be read.
    public var isFromEntriesAlone: Bool

    public init(files: [PageFile], diagnostics: [Diagnostic], folders: [String], isFromEntriesAlone: Bool) {
      self.files = files
      self.diagnostics = diagnostics
      self.folders = folders
      self.isFromEntriesAlone = isFromEntriesAlone
    }
  }

  /// The page files of every configured locale (or, without a configuration file, every `.md` file; and
  /// when no configured locale has a folder, every `.md` file whose path names a configured locale), in the
  /// order the folders list them, and warnings for locale folders that do not exist.
  public func pageListing(root: String, configuration: Configuration) throws(Failure) -> PageListing {
    guard isDirectory(root) else { throw Failure(description: "docs folder '\(root)' does not exist") }
    var listing = PageListing(files: [], diagnostics: [], folders: [], isFromEntriesAlone: true)
    func walk(_ folder: String, as prefix: String) -> MarkdownFileWalk.Found {
      let found = MarkdownFileWalk.files(in: folder, boundary: DocsFolderBoundary(root: root))
      listing.diagnostics += Self.outsideFolders(found, in: folder)
      listing.folders += found.folders.map { $0.isEmpty ? prefix : join(prefix, $0) }
      listing.isFromEntriesAlone = listing.isFromEntriesAlone && found.isFromEntriesAlone
      return found
    }
    let hasLocaleFolders = configuration.orderedLocales.contains {
      ContainedPath.staysInside($0) && isDirectory(join(root, $0))
    }
    if configuration.isExplicit && !hasLocaleFolders {
      // None of the configured locales has a folder of its own: each page's locale is the one its path
      // names, as without a configuration (a locale folder further down, or a name that starts with one, as
      // `init` read them), and the pages of the configured locales are read. A locale no page has is reported.
      let configured = Set(configuration.orderedLocales)
      let found = walk(root, as: "")
      var seen: Set<String> = []
      for path in found.files {
        let (locale, localPath) = Self.inferredLocale(of: path)
        guard configured.contains(locale ?? "und") else { continue }
        seen.insert(locale ?? "und")
        listing.files.append(PageFile(locale: locale, localPath: localPath, path: path))
      }
      for locale in configuration.orderedLocales where !seen.contains(locale) {
        listing.diagnostics.append(
          DocSetMissingLocale.finding(DocSetMissingLocale.noFolder(locale), file: configuration.path ?? root))
      }
    } else if configuration.isExplicit {
      for locale in configuration.orderedLocales {
        let folder = join(root, locale)
        // The configuration's locales are language tags; a name that would leave the docs folder is never walked.
        guard ContainedPath.staysInside(locale), isDirectory(folder) else {
          listing.diagnostics.append(
            DocSetMissingLocale.finding(DocSetMissingLocale.noFolder(locale), file: configuration.path ?? root))
          continue
        }
        for localPath in walk(folder, as: locale).files {
          listing.files.append(PageFile(locale: locale, localPath: localPath, path: join(locale, localPath)))
        }
      }
    } else {
      for path in walk(root, as: "").files {
        let (locale, localPath) = Self.inferredLocale(of: path)
        listing.files.append(PageFile(locale: locale, localPath: localPath, path: path))
      }
    }
    listing.folders.sort()
    return listing
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
