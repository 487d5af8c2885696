import DocModel
import DocParser
import DocValidation
import HTMLGenerator

/// What one page contributed to a build, kept in the cache so that the next build can take it instead of
/// parsing the page again: valid while the page's bytes, the files its includes name (transitively, those
/// found and those looked for), and the build's own inputs (``PageResultStore/buildKey``) are as they were.
struct PageResult: Sendable {
  /// A file the page's result depends on, by its path in the docs folder, with the digest of its contents,
  /// `nil` when no file was there.
  struct Dependency: Sendable, Equatable {
    var path: String
    var digest: String?
  }

  /// What a page gave the site: its site pages (its own and those it stands in for), as rendered and written,
  /// and the local files it names.
  struct SiteResult: Sendable {
    /// What else its site pages read (``SitePages/key(ofPageAt:)``): valid only while it is the same.
    var key: String
    var references: [FileReferences.Reference]
    /// The ids of its catalog rows by line, which its pages link to (none for a page without a catalog).
    var rowIDs: [Int: String]
    /// One per site page, in the order of the site's jobs, without its bytes: they are in the site.
    var pages: [SiteGenerator.RenderedPage]
    /// One per site page: the site file it was written to (``SiteStaging/keep(_:stamp:)``).
    var stamps: [SiteFileStamp]
  }

  /// An included file's own errors, reported once however many pages include it.
  struct IncludeErrors: Sendable {
    var path: String
    var errors: [Diagnostic]
  }

  /// The page's path in the docs folder.
  var path: String
  /// The digest of the page's bytes.
  var digest: String
  /// Every file the page's includes named, found or not, in the order first met.
  var dependencies: [Dependency]
  var includeErrors: [IncludeErrors]
  /// What parsing the page found, its missing includes among them.
  var diagnostics: [Diagnostic]
  /// The page's catalog rows.
  var rows: PageRows
  /// The digest of ``rows`` (``CatalogInputs/digest(of:)``), when the build keeps one.
  var rowsDigest: String? = nil
  /// The page's site pages, when the build makes the site.
  var site: SiteResult? = nil
  /// What `validate` took of the page (``ValidationFacts``): kept in memory only, never in the store.
  var validation: ValidationFacts.Kept? = nil
}
