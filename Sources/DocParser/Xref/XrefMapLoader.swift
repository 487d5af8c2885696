internal import CYaml
public import DocModel
import Foundation

/// Reads the xrefmap files a configuration names (`xrefmaps:`), DocFX's `xrefmap.yml`: a mapping whose
/// `references` list the uids, each with its `name`, `href`, `fullName` and `nameWithType`, and whose optional
/// `baseUrl` the relative `href`s are read from.
///
/// The files are untrusted: each must be inside the docs folder (links followed), no larger than
/// ``maximumBytes``, and is read with libyaml's parser events in one linear pass, refusing aliases, so that
/// no file can make the reader expand or compose more than it holds. A relative `href` without a `baseUrl` is
/// a file of the docs, read from the xrefmap's folder; one that climbs out of the docs folder is left out.
public enum XrefMapLoader {
  /// An xrefmap larger than this is refused.
  public static let maximumBytes = 64 << 20

  /// The targets of the configuration's xrefmaps, by uid (the first map naming a uid keeps it), and what
  /// is wrong with them (errors of `config.invalid`).
  public static func load(root: String, configuration: Configuration) -> ([String: XrefTarget], [Diagnostic]) {
    var targets: [String: XrefTarget] = [:]
    var diagnostics: [Diagnostic] = []
    let boundary = DocsFolderBoundary(root: root)
    let configFile = configuration.path ?? root
    for (index, path) in configuration.xrefmaps.enumerated() {
      let location = index < configuration.xrefmapLocations.count ? configuration.xrefmapLocations[index] : nil
      func problem(_ message: String) {
        diagnostics.append(
          ConfigInvalid.finding(message, file: configFile, line: location?.line ?? 1, column: location?.column ?? 1))
      }
      guard ContainedPath.staysInside(path), !hasScheme(path) else {
        problem(ConfigInvalid.xrefmapOutside(path))
        continue
      }
      let bytes: [UInt8]
      switch boundary.resolve(root + "/" + path) {
      case .outside:
        problem(ConfigInvalid.xrefmapOutside(path))
        continue
      case .unresolved:
        problem(ConfigInvalid.xrefmapUnreadable(path, "no such file"))
        continue
      case .inside(let real):
        var status = stat()
        if stat(real, &status) == 0, Int(status.st_size) > maximumBytes {
          problem(ConfigInvalid.xrefmapTooLarge(path, limit: maximumBytes))
          continue
        }
        do {
          bytes = try FileReader.read(real)
        } catch {
          problem(ConfigInvalid.xrefmapUnreadable(path, error.reason))
          continue
        }
        guard bytes.count <= maximumBytes else {
          problem(ConfigInvalid.xrefmapTooLarge(path, limit: maximumBytes))
          continue
        }
      }
      let folder = path.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(path[..<$0]) } ?? ""
      switch read(bytes) {
      case .failure(let failure):
        diagnostics.append(
          ConfigInvalid.finding(
            failure.message, file: root + "/" + path, line: failure.line, column: failure.column))
      case .success(let map):
        for entry in map.references where targets[entry.uid] == nil {
          guard let place = place(of: entry.href, baseURL: map.baseURL, folder: folder) else { continue }
          targets[entry.uid] = XrefTarget(
            place: place, name: entry.name ?? entry.uid, fullName: entry.fullName, nameWithType: entry.nameWithType)
        }
      }
    }
    return (targets, diagnostics)
  }

  /// Where an entry's `href` leads: an address as it is; read from `baseURL` when there is one; otherwise a
  /// file of the docs read from the xrefmap's `folder` (`nil` when it climbs out of the docs).
  static func place(of href: String, baseURL: String?, folder: String) -> XrefTarget.Place? {
    guard !href.isEmpty else { return nil }
    if hasScheme(href) { return .url(href) }
    if let baseURL, !baseURL.isEmpty {
      if href.hasPrefix("/"), let origin = origin(of: baseURL) { return .url(origin + href) }
      var relative = Substring(href)
      while relative.hasPrefix("./") { relative = relative.dropFirst(2) }
      return .url((baseURL.hasSuffix("/") ? baseURL : baseURL + "/") + relative)
    }
    if href.hasPrefix("/") { return .url(href) }
    var path = Substring(href)
    var fragment = ""
    if let hash = path.firstIndex(of: "#") {
      fragment = String(path[hash...])
      path = path[..<hash]
    }
    if path.isEmpty { return nil }
    guard let joined = ContainedPath.joined(folder, String(path)) else { return nil }
    return .docsFile(joined + fragment)
  }

  /// Whether a text starts with a URI scheme and a colon (`https:`, `xref:`).
  static func hasScheme(_ text: String) -> Bool {
    guard let colon = text.utf8.firstIndex(of: UInt8(ascii: ":")), colon != text.utf8.startIndex else { return false }
    return text.utf8[..<colon].allSatisfy { byte in
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."):
        true
      default: false
      }
    }
  }

  /// `scheme://host` of an absolute address, for an `href` that starts with `/`.
  private static func origin(of url: String) -> String? {
    guard let schemeEnd = url.range(of: "://") else { return nil }
    let rest = url[schemeEnd.upperBound...]
    let hostEnd = rest.firstIndex(of: "/") ?? rest.endIndex
    return String(url[..<hostEnd])
  }

  /// One `references` item as written.
  struct Entry: Equatable {
    var uid: String
    var name: String?
    var href: String
    var fullName: String?
    var nameWithType: String?
  }

  /// An xrefmap as read: its entries with a uid, and its `baseUrl`.
  struct Map: Equatable {
    var references: [Entry] = []
    var baseURL: String?
  }

  /// Why an xrefmap could not be read, and where.
  struct Failure: Error, Equatable {
    var message: String
    var line: Int
    var column: Int
  }

  /// Reads an xrefmap's bytes with libyaml's events, in one pass.
  static func read(_ bytes: [UInt8]) -> Result<Map, Failure> {
    var parser = yaml_parser_t()
    guard yaml_parser_initialize(&parser) == 1 else {
      return .failure(Failure(message: ConfigInvalid.xrefmapInvalid("cannot be parsed"), line: 1, column: 1))
    }
    defer { yaml_parser_delete(&parser) }
    return bytes.withUnsafeBufferPointer { buffer in
      yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
      yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
      var reader = EventReader(parser: &parser)
      return reader.readMap()
    }
  }

  /// Walks libyaml's events of one xrefmap.
  private struct EventReader {
    let parser: UnsafeMutablePointer<yaml_parser_t>

    init(parser: UnsafeMutablePointer<yaml_parser_t>) {
      self.parser = parser
    }

    /// The next event, or why there is none; the caller deletes it.
    enum Step {
      case scalar(String)
      case mappingStart
      case mappingEnd
      case sequenceStart
      case sequenceEnd
      case end
    }

    struct Mark {
      var line: Int
      var column: Int
    }

    private(set) var mark = Mark(line: 1, column: 1)

    mutating func next() -> Result<Step, Failure> {
      var event = yaml_event_t()
      guard yaml_parser_parse(parser, &event) == 1 else {
        let problem = parser.pointee.problem.map { String(cString: $0) } ?? "cannot be parsed"
        let line = Int(parser.pointee.problem_mark.line) + 1
        let column = Int(parser.pointee.problem_mark.column) + 1
        return .failure(Failure(message: ConfigInvalid.xrefmapInvalid(problem), line: line, column: column))
      }
      defer { yaml_event_delete(&event) }
      mark = Mark(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
      switch event.type {
      case YAML_SCALAR_EVENT:
        let scalar = event.data.scalar
        let text =
          scalar.value.map {
            String(decoding: UnsafeBufferPointer(start: $0, count: Int(scalar.length)), as: UTF8.self)
          } ?? ""
        return .success(.scalar(text))
      case YAML_MAPPING_START_EVENT: return .success(.mappingStart)
      case YAML_MAPPING_END_EVENT: return .success(.mappingEnd)
      case YAML_SEQUENCE_START_EVENT: return .success(.sequenceStart)
      case YAML_SEQUENCE_END_EVENT: return .success(.sequenceEnd)
      case YAML_ALIAS_EVENT:
        let name = event.data.alias.anchor.map { String(cString: $0) } ?? ""
        return .failure(Failure(message: ConfigInvalid.xrefmapAlias(name), line: mark.line, column: mark.column))
      case YAML_STREAM_END_EVENT, YAML_DOCUMENT_END_EVENT: return .success(.end)
      default: return next()  // stream and document starts
      }
    }

    private func failure(_ problem: String) -> Result<Map, Failure> {
      .failure(Failure(message: ConfigInvalid.xrefmapInvalid(problem), line: mark.line, column: mark.column))
    }

    /// Skips the rest of a node whose start was just read (`depth` 1), or nothing for a scalar (`depth` 0).
    mutating func skip(depth start: Int) -> Failure? {
      var depth = start
      while depth > 0 {
        switch next() {
        case .failure(let failure): return failure
        case .success(.mappingStart), .success(.sequenceStart): depth += 1
        case .success(.mappingEnd), .success(.sequenceEnd): depth -= 1
        case .success(.end):
          return Failure(message: ConfigInvalid.xrefmapInvalid("ends early"), line: mark.line, column: mark.column)
        case .success(.scalar): continue
        }
      }
      return nil
    }

    mutating func readMap() -> Result<Map, Failure> {
      guard case .success(.mappingStart) = next() else {
        return failure("must be a mapping with 'references'")
      }
      var map = Map()
      while true {
        let key: String
        switch next() {
        case .failure(let failure): return .failure(failure)
        case .success(.mappingEnd): return .success(map)
        case .success(.scalar(let text)): key = text
        default: return failure("its keys must be texts")
        }
        let value = next()
        switch (key, value) {
        case (_, .failure(let failure)): return .failure(failure)
        case ("baseUrl", .success(.scalar(let text))): map.baseURL = text
        case ("references", .success(.sequenceStart)):
          if let failure = readReferences(into: &map) { return .failure(failure) }
        case ("references", _), ("baseUrl", _): return failure("'\(key)' is not of the expected kind")
        case (_, .success(.mappingStart)), (_, .success(.sequenceStart)):
          if let failure = skip(depth: 1) { return .failure(failure) }
        case (_, .success(.scalar)): continue
        default: return failure("ends early")
        }
      }
    }

    /// The items of `references`, whose sequence start was just read.
    mutating func readReferences(into map: inout Map) -> Failure? {
      while true {
        switch next() {
        case .failure(let failure): return failure
        case .success(.sequenceEnd): return nil
        case .success(.mappingStart):
          var fields: [String: String] = [:]
          items: while true {
            let key: String
            switch next() {
            case .failure(let failure): return failure
            case .success(.mappingEnd): break items
            case .success(.scalar(let text)): key = text
            default:
              return Failure(
                message: ConfigInvalid.xrefmapInvalid("a reference's keys must be texts"), line: mark.line,
                column: mark.column)
            }
            switch next() {
            case .failure(let failure): return failure
            case .success(.scalar(let text)): if fields[key] == nil { fields[key] = text }
            case .success(.mappingStart), .success(.sequenceStart):
              if let failure = skip(depth: 1) { return failure }
            default:
              return Failure(message: ConfigInvalid.xrefmapInvalid("ends early"), line: mark.line, column: mark.column)
            }
          }
          guard let uid = fields["uid"], !uid.isEmpty else { continue }
          map.references.append(
            Entry(
              uid: uid, name: fields["name"].flatMap { $0.isEmpty ? nil : $0 }, href: fields["href"] ?? "",
              fullName: fields["fullName"], nameWithType: fields["nameWithType"]))
        case .success(.scalar), .success(.sequenceStart):
          return Failure(
            message: ConfigInvalid.xrefmapInvalid("each reference must be a mapping"), line: mark.line,
            column: mark.column)
        default:
          return Failure(message: ConfigInvalid.xrefmapInvalid("ends early"), line: mark.line, column: mark.column)
        }
      }
    }
  }
}
