import DocModel
import DocParser

/// The pages the last pass listed, kept with the stamps of the folders whose entries made the list (the
/// docs folder's when it was walked, else each configured locale's, and every folder walked below): while
/// each still has its stamp, none gained, lost or renamed an entry, and the next pass under the same
/// configuration takes its pages from here instead of walking the folders again.
///
/// A list is kept only when its folders' entries alone made it (no link met, ``DocSetReader/PageListing``),
/// listing it found nothing to report, the docs folder is on a local file system whose folders' times
/// change with their entries, every folder is on that file system, and every folder had settled: changed
/// more than the coarsest tick of a local file system's clock before the walk began, so that an entry added
/// in the same tick cannot leave a stamp as it was. A kept list is taken only when it stamps the folders
/// its walk starts from (whose times no one can foresee: a list written elsewhere cannot vouch for these
/// docs), and names folders and pages inside the docs folder only.
struct KeptPageListing: Sendable {
  /// Bumped whenever the stored form or meaning changes.
  static let currentFormat = 2
  private static let magic = "doccatalog page listing \(currentFormat)\n"

  /// The file the list is kept in.
  let path: String
  /// The docs folder.
  let root: String
  /// How long before a walk a folder must have last changed for its stamp to vouch for its entries, in
  /// nanoseconds: the coarsest tick of a local file system's clock, and half a second more.
  var settling: Int64 = 2_500_000_000

  init(path: String, root: String) {
    self.path = path
    self.root = root
  }

  /// The pages kept for `configuration`, when every folder that made the list still has its stamp.
  func pages(for configuration: Configuration) -> [PageFile]? {
    guard let body = CacheFile.body(at: path, header: Array(Self.magic.utf8)) else { return nil }
    var reader = CacheByteReader(body.bytes, from: body.start)
    do throws(CacheByteReader.Damaged) {
      guard try reader.string() == Self.key(configuration) else { return nil }
      let device = try reader.uint64()
      let folders = try reader.array { reader throws(CacheByteReader.Damaged) in
        try BuildManifest.FolderStamp(reading: &reader)
      }
      let stamped = Set(folders.map(\.path))
      let starts = stamped.contains("") ? [""] : configuration.orderedLocales
      guard !starts.isEmpty, starts.allSatisfy(stamped.contains),
        folders.allSatisfy({ $0.path.isEmpty || ContainedPath.staysInside($0.path) }),
        BuildCache.keepsFolderStamps(root), BuildCache.holds(folders, root: root, device: device)
      else { return nil }
      let pages = try reader.array { reader throws(CacheByteReader.Damaged) in
        let locale = try reader.optional { reader throws(CacheByteReader.Damaged) in try reader.string() }
        return PageFile(locale: locale, localPath: try reader.string(), path: try reader.string())
      }
      guard reader.isAtEnd, pages.allSatisfy({ ContainedPath.staysInside($0.path) }) else { return nil }
      return pages
    } catch {
      return nil
    }
  }

  /// Keeps `listing`, made for `configuration` by a walk that began at `walkStarted` (the real-time clock,
  /// in nanoseconds), when it can be vouched for; a file that cannot be written only costs a later pass the
  /// walk.
  func keep(_ listing: DocSetReader.PageListing, for configuration: Configuration, walkStarted: Int64) {
    // The docs folder's own device, reached through a link if it is one.
    guard listing.isFromEntriesAlone, listing.diagnostics.isEmpty, BuildCache.keepsFolderStamps(root),
      let device = FileStatus.ofFiles(["."], base: root).first??.device
    else { return }
    let settledBefore = walkStarted - settling
    let statuses = FileStatus.ofFiles(listing.folders.map { $0.isEmpty ? "." : $0 }, base: root)
    var stamps: [BuildManifest.FolderStamp] = []
    for (folder, status) in zip(listing.folders, statuses) {
      guard let status, status.isFolder, status.device == device, status.modified < settledBefore,
        status.changed < settledBefore
      else { return }
      stamps.append(BuildManifest.FolderStamp(path: folder, status))
    }
    var writer = CacheByteWriter()
    writer.string(Self.key(configuration))
    writer.uint64(device)
    writer.array(stamps) { writer, stamp in stamp.write(into: &writer) }
    writer.array(listing.files) { writer, page in
      writer.optional(page.locale) { writer, locale in writer.string(locale) }
      writer.string(page.localPath)
      writer.string(page.path)
    }
    CacheFile.write(writer.bytes, header: Array(Self.magic.utf8), to: path)
  }

  /// What a list depends on besides the folders' entries: the tool, and the configuration's locales.
  static func key(_ configuration: Configuration) -> String {
    var key = InputFingerprint()
    key.add("tool", BuildCache.toolIdentity)
    key.add("explicit", configuration.isExplicit ? "yes" : "no")
    for locale in configuration.orderedLocales { key.add("locale", locale) }
    return key.digest
  }
}
