import DocModel
import DocParser
import DocValidation
import Foundation

/// The local files the site's pages show or link to (images, other files, DocFX images), published into the
/// site under the same path relative to each page as in the docs: gathered as pages are rendered, then read
/// once each, inside the docs folder only, up to a total size. A build that keeps its results links a file
/// from the old site, unread, when its docs file has the contents it had (``KeptSiteFiles``).
final class SiteMedia: @unchecked Sendable {
  /// The most bytes of files the site takes from the docs; files beyond are left out, reported.
  static let defaultMaximumTotalBytes = 1 << 30

  /// A page's reference to a file, as the site will publish it.
  private struct Use: Hashable {
    /// The file's path in the docs folder.
    var source: String
    /// Where the page that names it is, as diagnostics show it.
    var file: String
    var line: Int
    var column: Int
    /// The address as written.
    var address: String
  }

  private let root: String
  private let boundary: DocsFolderBoundary
  private let maximumTotalBytes: Int
  /// Files the site writes itself (pages, indexes, stylesheet), which no file of the docs may replace.
  private let reserved: Set<String>
  private let lock = ShortLock()
  /// The site paths each page publishes a docs file to, with that file's path, by the page's index in the
  /// pass: gathered into each site path's files when they are published, so that the pages' workers only
  /// note theirs.
  private var sitesByPage: [Int: [(site: String, source: String)]] = [:]
  /// The files each page names, by the page's index in the pass.
  private var usesByPage: [Int: [Use]] = [:]
  /// The docs folder's files by path, as the build fingerprinted them, and the last build's media files,
  /// when the build keeps its results (``startKeeping(digests:kept:)``).
  private var keeping: (digests: [String: String], kept: [String: KeptSiteFiles.File])?
  private var written: [KeptSiteFiles.File] = []

  init(root: String, reserved: Set<String>, maximumTotalBytes: Int = defaultMaximumTotalBytes) {
    self.root = root
    boundary = DocsFolderBoundary(root: root)
    self.reserved = reserved
    self.maximumTotalBytes = maximumTotalBytes
  }

  /// Takes the last build's media files (`kept`) and the digest of each docs file (`digests`, which lists
  /// only regular files reached without a symbolic link): a file whose docs file has the digest it was
  /// published from, and whose old site file is the one that build wrote, is linked instead of read.
  func startKeeping(digests: [String: String], kept: [String: KeptSiteFiles.File]) {
    lock.withLock { keeping = (digests, kept) }
  }

  /// The media files this build published, for the next build; `nil` when it does not keep its results.
  var keptFiles: KeptSiteFiles? {
    lock.withLock { keeping == nil ? nil : KeptSiteFiles(files: written) }
  }

  /// Notes the files the page at `index` in the pass names (its path `pagePath`, shown in findings as
  /// `displayPath`), for each of its site files `siteFiles` (relative to the site folder).
  func add(
    _ references: [FileReferences.Reference], pageAt index: Int, pagePath: String, displayPath: String,
    siteFiles: [String]
  ) {
    guard !references.isEmpty, !siteFiles.isEmpty else { return }
    let pageFolder = Self.folder(of: pagePath)
    let siteFolders = siteFiles.map(Self.folder(of:))
    var pageUses: [Use] = []
    var sites: [(site: String, source: String)] = []
    for reference in references {
      var address = reference.path
      let path =
        address.withUTF8 { $0.contains(UInt8(ascii: "%")) }
        ? reference.path.removingPercentEncoding ?? reference.path : reference.path
      // Never a page's source, nor a path that climbs out of the docs or the site.
      guard !Self.isMarkdown(path) else { continue }
      let start = reference.range?.start
      // A path climbing above the docs folder names no file of the docs: `source` empty, reported missing.
      let source = ContainedPath.joined(pageFolder, path) ?? ""
      pageUses.append(
        Use(
          source: source, file: displayPath, line: start?.line ?? 0, column: start?.column ?? 0,
          address: reference.path))
      // A file the site cannot publish (its site path climbs above the site, or is one the site writes
      // itself) is still looked for, as `validate` does.
      guard !source.isEmpty else { continue }
      for siteFolder in siteFolders {
        // A page shown in its own locale has its site file in the same folder as itself: the same join.
        guard let site = siteFolder == pageFolder ? source : ContainedPath.joined(siteFolder, path),
          !reserved.contains(site)
        else { continue }
        sites.append((site, source))
      }
    }
    lock.withLock {
      sitesByPage[index, default: []] += sites
      usesByPage[index] = pageUses
    }
  }

  /// Reads each file once and stages it under its site path (a file the last build published as it is now
  /// is linked from the old site instead), or hands it to `write` without a staging folder; gives the
  /// findings: files missing (``LinkMissingFile``), found only when letter case is ignored
  /// (``LinkFileCaseMismatch``: published under the page's spelling), leading outside the docs folder
  /// (``SourceOutsideDocs``), or past the size bound (``SiteMediaTooLarge``).
  func publish(staging: SiteStaging?, _ write: (String, [UInt8]) -> Void) -> [Diagnostic] {
    let (sitesByPage, usesByPage, keeping) = lock.withLock { (self.sitesByPage, self.usesByPage, self.keeping) }
    let uses = usesByPage.values.joined()
    // Each site path and the docs paths pages name for it (more than one when a page shown in a locale that
    // lacks it names a file that locale has too).
    var published: [String: Set<String>] = [:]
    for (site, source) in sitesByPage.values.joined() { published[site, default: []].insert(source) }
    var written: [KeptSiteFiles.File] = []
    defer { if keeping != nil { lock.withLock { self.written = written } } }
    // Each site path from one file: the docs' own at that path when a page names it, else the first by path.
    var sitesBySource: [String: [String]] = [:]
    for (site, sources) in published {
      guard let source = sources.contains(site) ? site : sources.min() else { continue }
      sitesBySource[source, default: []].append(site)
    }
    var missing: Set<String> = [""]
    var outside: Set<String> = []
    // Paths found only when letter case is ignored, with the file's own spelling.
    var respelled: [String: String] = [:]
    let caseMatcher = FileNameCaseMatcher(root: root, boundary: boundary)
    var total = 0
    var diagnostics: [Diagnostic] = []
    var reportedSize = false
    let sources = sitesBySource.sorted { $0.key < $1.key }.map { (source: $0.key, sites: $0.value.sorted()) }
    // The docs files as the last build published them, to every site path, looked for on every core; those
    // the size bound allows, counted in path order below, are kept where they were found once the others
    // are published.
    let keptBySource: [[(file: KeptSiteFiles.File, found: SiteStaging.Found)]?] =
      if let staging, let keeping {
        ConcurrentMap.map(sources) { entry in
          keeping.digests.value(forPathBytes: entry.source).flatMap {
            digest -> [(file: KeptSiteFiles.File, found: SiteStaging.Found)]? in
            // Every site path of the file as the last build wrote it, or none kept.
            let key = KeptSiteFiles.key(media: digest)
            var files: [(file: KeptSiteFiles.File, found: SiteStaging.Found)] = []
            for site in entry.sites {
              guard let file = staging.stillHolds(site, key: key, kept: keeping.kept) else { return nil }
              files.append(file)
            }
            return files
          }
        }
      } else {
        Array(repeating: nil, count: sources.count)
      }
    var linked: [(file: KeptSiteFiles.File, found: SiteStaging.Found)] = []
    defer {
      if let staging {
        _ = ConcurrentMap.map(linked) { staging.keep($0.file.file, stamp: $0.file.stamp, found: $0.found) }
      }
      written += linked.map(\.file)
    }
    for ((source, sites), kept) in zip(sources, keptBySource) {
      if !reportedSize, let kept {
        let size = kept.reduce(0) { $0 + Int($1.file.stamp.size) }
        if total + size <= maximumTotalBytes {
          total += size
          linked += kept
          continue
        }
      }
      let bytes: [UInt8]
      var resolution = boundary.resolve(root + "/" + source)
      if resolution == .unresolved, let actual = caseMatcher.match(source) {
        respelled[source] = actual
        resolution = boundary.resolve(root + "/" + actual)
      }
      switch resolution {
      case .outside:
        outside.insert(source)
        continue
      case .unresolved:
        missing.insert(source)
        continue
      case .inside(let real):
        guard let read = try? FileReader.read(real) else {
          missing.insert(source)
          continue
        }
        bytes = read
      }
      // Kept under the digest of the bytes published, which a later build compares with the docs file's.
      let key =
        keeping == nil ? nil : bytes.withUnsafeBytes { KeptSiteFiles.key(media: InputFingerprint.digest(of: $0)) }
      for site in sites {
        // Once past the bound, no file is published: the site leaves out the rest in path order.
        guard !reportedSize, total + bytes.count <= maximumTotalBytes else {
          if !reportedSize {
            reportedSize = true
            diagnostics.append(
              SiteMediaTooLarge.finding(
                SiteMediaTooLarge.tooLarge(site, bound: maximumTotalBytes), file: root + "/" + source))
          }
          continue
        }
        total += bytes.count
        guard let staging else {
          write(site, bytes)
          continue
        }
        let stamp = staging.add(site, bytes, stamped: key != nil)
        if let key, let stamp { written.append(KeptSiteFiles.File(file: site, key: key, stamp: stamp)) }
      }
    }
    for source in Set(uses.map(\.source)) where !source.isEmpty && sitesBySource[source] == nil {
      guard !LinkMissingFile.isPresent(root + "/" + source, boundary: boundary) else { continue }
      if let actual = caseMatcher.match(source) { respelled[source] = actual } else { missing.insert(source) }
    }
    // Only the uses found wanting are put in order: most are of files published.
    let wanting = Set(
      uses.filter { respelled[$0.source] != nil || missing.contains($0.source) || outside.contains($0.source) })
    let ordered = wanting.sorted {
      ($0.file, $0.line, $0.column, $0.address) < ($1.file, $1.line, $1.column, $1.address)
    }
    for use in ordered {
      if let actual = respelled[use.source] {
        diagnostics.append(
          LinkFileCaseMismatch.finding(
            LinkFileCaseMismatch.mismatch(use.address, actual: actual), file: use.file, line: use.line,
            column: use.column))
      } else if missing.contains(use.source) {
        diagnostics.append(
          LinkMissingFile.finding(
            LinkMissingFile.missing(use.address), file: use.file, line: use.line, column: use.column))
      } else if outside.contains(use.source) {
        diagnostics.append(
          SourceOutsideDocs.finding(
            SourceOutsideDocs.linkedFile(use.address), file: use.file, line: use.line, column: use.column))
      }
    }
    return diagnostics
  }

  /// Whether `path` ends in `.md`, in any letter case.
  private static func isMarkdown(_ path: String) -> Bool {
    var path = path
    return path.withUTF8 { bytes in
      bytes.count >= 3 && bytes[bytes.count - 3] == UInt8(ascii: ".")
        && bytes[bytes.count - 2] | 0x20 == UInt8(ascii: "m")
        && bytes[bytes.count - 1] | 0x20 == UInt8(ascii: "d")
    }
  }

  /// The folder part of a relative path: before its last `/`, or empty.
  private static func folder(of path: String) -> String {
    var path = path
    return path.withUTF8 { bytes in
      guard let slash = bytes.lastIndex(of: UInt8(ascii: "/")) else { return "" }
      return String(decoding: UnsafeBufferPointer(rebasing: bytes[..<slash]), as: UTF8.self)
    }
  }
}
