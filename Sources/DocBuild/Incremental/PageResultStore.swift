import DocModel
import Foundation

/// The pages' results kept between builds (``PageResult``), in one pack file of the build cache
/// (``PageResultPack``), read whole the first time a build asks for a result. A result is trusted only when
/// the pack is a regular file of this format made under the same build key and the result's record is whole
/// (its checksum holds); anything else is ignored and costs only the parse.
///
/// Results made during a build are held until its end (``write(keeping:)``), which appends them to the pack:
/// an edit writes what it changed. The pack is written anew, with the newest result of each of the build's
/// pages, when it holds a page that is gone, when results replaced since outweigh those it keeps, or when it
/// was found damaged (a record cut short or failing its checksum), so that damage never outlives a build.
final class PageResultStore: @unchecked Sendable {
  let path: String
  /// The key every result must have been made under (``BuildCache/pageResultsKey(configurationDigest:configuration:)``).
  let buildKey: String
  private let lock = ShortLock()
  /// The pack as read, once read; `.some(nil)` when there is none to trust.
  private var pack: PageResultPack??
  /// The records of the results made during this build, by page path.
  private var made: [String: [UInt8]] = [:]
  /// Whether a record of the pack failed its checksum.
  private var foundDamage = false

  /// The pack as a build began reading it before it knew its key, if it did.
  private let prefetched: PrefetchedPack?

  /// The store whose pack is at `path` (being read already, when `prefetched`).
  init(path: String, buildKey: String, prefetched: PrefetchedPack? = nil) {
    self.path = path
    self.buildKey = buildKey
    self.prefetched = prefetched
  }

  /// The kept result of the page at `path`, if there is one to trust.
  func load(_ path: String) -> PageResult? {
    guard let pack = keptPack(), let record = pack.records[path] else { return nil }
    guard let body = pack.result(of: record),
      let result = try? PageResult(decoding: pack.bytes, from: body.startIndex, to: body.endIndex),
      result.path == path
    else {
      lock.withLock { foundDamage = true }
      return nil
    }
    return result
  }

  /// Keeps `result` for its page, written to the pack at the build's end.
  func save(_ result: PageResult) {
    guard let record = PageResultPack.record(path: result.path, body: result.encoded()) else { return }
    lock.withLock { made[result.path] = record }
  }

  /// Writes the results made for the next build, and only the newest result of each of `paths` (the build's
  /// pages) when the pack is written anew; a pack that cannot be written only costs the next build the
  /// parses.
  func write(keeping paths: [String]) {
    let (made, wasRead, foundDamage) = lock.withLock { (self.made, self.pack != nil, self.foundDamage) }
    guard !made.isEmpty || wasRead else { return }
    let pages = Set(paths)
    let pack = keptPack()
    let gone = pack?.records.keys.contains { !pages.contains($0) } ?? false
    let damaged = foundDamage || pack?.endsWhole == false
    guard !made.isEmpty || gone || damaged else { return }
    if let pack, !gone, !damaged {
      let replaced = pack.replacedBytes + made.keys.reduce(0) { $0 + (pack.records[$1]?.span.count ?? 0) }
      let appended = made.values.reduce(0) { $0 + $1.count }
      if replaced <= pack.bytes.count - replaced + appended,
        pack.append(made.keys.sorted().flatMap { made[$0]! }, to: path)
      {
        return
      }
    }
    // Kept records are copied only when whole: damage is not carried into the new pack.
    let records = pages.sorted().compactMap { page in made[page].map { $0[...] } ?? pack?.record(of: page) }
    PageResultPack.write(records, buildKey: buildKey, to: path)
    // The folder of one file per page that versions before the pack kept results in goes.
    let perPageFolder = String(path.dropLast(".pack".utf8.count))
    var info = stat()
    if path.hasSuffix(".pack"), lstat(perPageFolder, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
      AtomicFileWriter.removeTree(perPageFolder)
    }
  }

  /// The pack, read the first time it is asked for; `nil` when there is none to trust.
  private func keptPack() -> PageResultPack? {
    lock.withLock {
      if let pack { return pack }
      let read = prefetched.map { $0.take() } ?? PageResultPack(at: path)
      // Made under another key: none of its results holds.
      let kept = read?.buildKey == buildKey ? read : nil
      pack = .some(kept)
      return kept
    }
  }
}
