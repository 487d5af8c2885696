import DocBuild
import DocModel
import Foundation

/// A docs folder written from files whose text marks, with 1️⃣, 2️⃣ …, the places findings must point at,
/// in the way swift-format's rule tests mark theirs. The markers are taken out before the files are written,
/// and each is remembered as `path:line:column` (columns in characters, as findings count them).
///
/// ```swift
/// let docs = try MarkedDocs(["en-US/errors.md": "|a|b|\n|-|-|\n|1|2|1️⃣3|\n"])
/// #expect(try docs.findings(of: TableCellCountMismatch.self) == docs.places("1️⃣"))
/// ```
public final class MarkedDocs {
  public static let markers = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣"]
  private let fixture: DocSetFixture
  private var marked: [String: String] = [:]

  /// The docs folder's files by path; a configuration is added unless `doccatalog.yml` is given (or
  /// `configured` is false). The files named in `latin1` are written in ISO 8859-1, a byte a character, to
  /// make files that are not UTF-8 (`é` becomes the lone byte E9).
  public init(_ files: [String: String], configured: Bool = true, latin1: Set<String> = []) throws {
    var clean: [String: String] = [:]
    if configured && files["doccatalog.yml"] == nil { clean["doccatalog.yml"] = DocSetFixture.configuration }
    var marked: [String: String] = [:]
    for (path, text) in files {
      var output = ""
      var line = 1
      var column = 1
      var rest = Substring(text)
      while let character = rest.first {
        if let marker = Self.markers.first(where: { rest.hasPrefix($0) }) {
          marked[marker] = "\(path):\(line):\(column)"
          rest = rest.dropFirst(marker.count)
          continue
        }
        output.append(character)
        if character == "\n" || character == "\r\n" {
          line += 1
          column = 1
        } else {
          column += 1
        }
        rest = rest.dropFirst()
      }
      clean[path] = output
    }
    fixture = try DocSetFixture(clean)
    for path in latin1 {
      guard let bytes = clean[path]?.data(using: .isoLatin1) else { throw NotLatin1(path: path) }
      try bytes.write(to: fixture.root.appendingPathComponent(path))
    }
    self.marked = marked
  }

  /// The docs folder.
  public var root: URL { fixture.root }

  /// Where the markers are, as `path:line:column`, in the order given.
  public func places(_ markers: String...) -> [String] {
    markers.map { marked[$0] ?? "unmarked \($0)" }
  }

  /// Every finding `validate` makes, with the default severities; for an invalid configuration, which stops
  /// validation, the configuration's findings.
  public func findings() throws -> [Diagnostic] {
    let reported = ReportedDiagnostics()
    do {
      return try ValidationPipeline(docsDirectory: root.path).run(observer: reported).diagnostics
    } catch {
      guard !reported.diagnostics.isEmpty else { throw error }
      return reported.diagnostics
    }
  }

  /// Where the findings of one rule point, as `path:line:column` (`path` alone for a whole-file finding), in
  /// the order `validate` reports them (by file, line and column, as numbers); a finding at another severity
  /// than the rule's default says which.
  public func findings(of rule: any DiagnosticRule.Type) throws -> [String] {
    let prefix = root.path + "/"
    return try findings().filter { $0.rule == rule.id }.map { finding in
      let path = finding.file.hasPrefix(prefix) ? String(finding.file.dropFirst(prefix.count)) : finding.file
      let severity = finding.severity == rule.rule.severity ? "" : " (\(finding.severity.rawValue))"
      guard finding.line > 0 else { return path + severity }
      return "\(path):\(finding.line):\(finding.column)" + severity
    }
  }

  /// The catalog the docs build, and nothing else reported: a test of what the catalog holds fails on any
  /// finding.
  public func catalog() throws -> Catalog {
    let (catalog, diagnostics) = try DocSetFixture.build(root)
    guard diagnostics.isEmpty else { throw UnexpectedFindings(findings: diagnostics.map(\.formatted)) }
    return catalog
  }

  /// The messages of one rule's findings, in order.
  public func messages(of rule: any DiagnosticRule.Type) throws -> [String] {
    try findings().filter { $0.rule == rule.id }.map(\.message)
  }
}

/// A doc set expected to build cleanly reported findings.
struct UnexpectedFindings: Error {
  var findings: [String]
}

/// A file to be written in ISO 8859-1 is not among the files, or holds a character ISO 8859-1 lacks.
struct NotLatin1: Error {
  var path: String
}

/// The findings a pipeline reports, however it ends.
public final class ReportedDiagnostics: BuildObserver, @unchecked Sendable {
  private let lock = NSLock()
  private var found: [Diagnostic] = []

  public init() {}

  public var diagnostics: [Diagnostic] { lock.withLock { found } }

  public func observe(_ event: BuildEvent) {
    guard case .diagnostics(let diagnostics) = event else { return }
    lock.withLock { found += diagnostics }
  }
}
