import DocModel

/// What a build takes of its catalog besides the files made from it alone: the catalog's findings, the ids
/// of its rows (which the site links to) and what the build's messages say of it. Kept in the build cache
/// with the digest of what the catalog was made from (``CatalogInputs``), so that a build whose catalog
/// would be made from the same, and whose catalog files are as the last build left them, does not build it.
struct CatalogFacts: Sendable, Equatable {
  /// An output made from the catalog alone, as rendered (``RenderedOutput``) without its bytes.
  struct Output: Sendable, Equatable {
    var key: String
    var phase: String
    var files: [File]
  }

  /// A file of such an output: where it is, and its ``OutputFile/summary``.
  struct File: Sendable, Equatable {
    var path: String
    var summary: String
  }

  /// Bumped whenever the stored form or meaning changes.
  static let currentFormat = 1
  private static let magic = "doccatalog catalog facts \(currentFormat)\n"

  /// The digest of the catalog's inputs (``CatalogInputs/digest(buildKey:pages:)``).
  var inputs: String
  /// What building the catalog found, before the configuration's severities.
  var diagnostics: [Diagnostic]
  /// The outputs made from the catalog alone, in the build's order, as they were rendered: each one's
  /// key, phase (for `--timings`) and files, each with what the build's message says of it.
  var outputs: [Output]
  /// ``DocModel/CatalogRowLinks/rowIDs(of:)``, when the build makes the site.
  var rowIDs: [String: [Int: String]]?

  /// The facts kept at `path`, if they are whole and of a catalog made from `inputs`.
  static func load(_ path: String, inputs: String) -> CatalogFacts? {
    guard let body = CacheFile.body(at: path, header: Array(magic.utf8)),
      let facts = try? CatalogFacts(decoding: body.bytes, from: body.start), facts.inputs == inputs
    else { return nil }
    return facts
  }

  /// Keeps the facts at `path`; facts that cannot be written only cost the next build the catalog.
  func save(_ path: String) {
    CacheFile.write(encoded(), header: Array(Self.magic.utf8), to: path)
  }

  func encoded() -> [UInt8] {
    var writer = CacheByteWriter()
    writer.string(inputs)
    writer.array(diagnostics) { $0.diagnostic($1) }
    writer.array(outputs) { writer, output in
      writer.string(output.key)
      writer.string(output.phase)
      writer.array(output.files) { writer, file in
        writer.string(file.path)
        writer.string(file.summary)
      }
    }
    writer.optional(rowIDs) { writer, rowIDs in
      writer.array(rowIDs.keys.sorted()) { writer, path in
        writer.string(path)
        let lines = rowIDs[path] ?? [:]
        writer.array(lines.keys.sorted()) { writer, line in
          writer.int(line)
          writer.string(lines[line] ?? "")
        }
      }
    }
    return writer.bytes
  }

  init(inputs: String, diagnostics: [Diagnostic], outputs: [Output], rowIDs: [String: [Int: String]]?) {
    self.inputs = inputs
    self.diagnostics = diagnostics
    self.outputs = outputs
    self.rowIDs = rowIDs
  }

  init(decoding body: [UInt8], from start: Int = 0) throws(CacheByteReader.Damaged) {
    var reader = CacheByteReader(body, from: start)
    inputs = try reader.string()
    diagnostics = try reader.array { reader throws(CacheByteReader.Damaged) in try reader.diagnostic() }
    outputs = try reader.array { reader throws(CacheByteReader.Damaged) in
      let key = try reader.string()
      let phase = try reader.string()
      let files = try reader.array { reader throws(CacheByteReader.Damaged) in
        File(path: try reader.string(), summary: try reader.string())
      }
      return Output(key: key, phase: phase, files: files)
    }
    rowIDs = try reader.optional { reader throws(CacheByteReader.Damaged) in
      var rowIDs: [String: [Int: String]] = [:]
      let pages = try reader.array { reader throws(CacheByteReader.Damaged) in
        let path = try reader.string()
        let lines = try reader.array { reader throws(CacheByteReader.Damaged) in (try reader.int(), try reader.string())
        }
        return (path, lines)
      }
      for (path, lines) in pages {
        rowIDs[path] = Dictionary(lines, uniquingKeysWith: { first, _ in first })
      }
      return rowIDs
    }
    guard reader.isAtEnd else { throw CacheByteReader.Damaged() }
  }
}
