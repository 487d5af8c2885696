/// The manifest as stored: a first line with the digest of the rest (``InputFingerprint``), then the
/// manifest in the cache's compact binary form (``CacheByteWriter``). It is read on every build, changed or
/// not, so it is not JSON: a doc set of thousands of files lists each of them, with each output file.
extension BuildManifest {
  func encoded() -> [UInt8] {
    var writer = CacheByteWriter()
    writer.int(format)
    writer.string(inputs)
    writer.array(extraInputs) { $0.string($1) }
    writer.array(outputs) { writer, output in
      writer.string(output.path)
      writer.int(Int(output.size))
      writer.int(Int(output.modified))
    }
    writer.array(folders) { writer, folder in
      writer.string(folder.path)
      writer.int(folder.fileCount)
    }
    writer.array(diagnostics) { $0.diagnostic($1) }
    writer.array(inputFiles) { writer, file in
      writer.string(file.path)
      writer.int(Int(file.stamp.size))
      writer.uint64(file.stamp.inode)
      writer.int(Int(file.stamp.modified))
      writer.int(Int(file.stamp.changed))
      writer.optional(file.digest) { $0.string($1) }
    }
    writer.optional(catalogInputs) { $0.string($1) }
    writer.array(inputFolders) { writer, folder in folder.write(into: &writer) }
    let body = writer.bytes
    let digest = body.withUnsafeBytes { InputFingerprint.digest(of: $0) }
    return Array((digest + "\n").utf8) + body
  }

  /// A stored manifest, or `nil` when it is damaged, truncated or of another format: a cache that cannot
  /// be trusted is never used.
  static func decode(_ bytes: [UInt8]) -> BuildManifest? {
    guard let newline = bytes.firstIndex(of: 0x0A) else { return nil }
    let digest = String(decoding: bytes[..<newline], as: UTF8.self)
    let start = newline + 1
    guard
      bytes.withUnsafeBytes({ InputFingerprint.digest(of: UnsafeRawBufferPointer(rebasing: $0[start...])) }) == digest
    else { return nil }
    var reader = CacheByteReader(bytes, from: start)
    do throws(CacheByteReader.Damaged) {
      guard try reader.int() == currentFormat else { return nil }
      let inputs = try reader.string()
      let extraInputs = try reader.array { reader throws(CacheByteReader.Damaged) in try reader.string() }
      let outputs = try reader.array { reader throws(CacheByteReader.Damaged) in
        OutputFile(path: try reader.string(), size: Int64(try reader.int()), modified: Int64(try reader.int()))
      }
      let folders = try reader.array { reader throws(CacheByteReader.Damaged) in
        OutputFolder(path: try reader.string(), fileCount: try reader.int())
      }
      let diagnostics = try reader.array { reader throws(CacheByteReader.Damaged) in try reader.diagnostic() }
      let inputFiles = try reader.array { reader throws(CacheByteReader.Damaged) in
        let path = try reader.string()
        let stamp = FileStamp(
          size: Int64(try reader.int()), inode: try reader.uint64(), modified: Int64(try reader.int()),
          changed: Int64(try reader.int()))
        let digest = try reader.optional { reader throws(CacheByteReader.Damaged) in try reader.string() }
        return InputFile(path: path, stamp: stamp, digest: digest)
      }
      let catalogInputs = try reader.optional { reader throws(CacheByteReader.Damaged) in try reader.string() }
      let inputFolders = try reader.array { reader throws(CacheByteReader.Damaged) in try FolderStamp(reading: &reader)
      }
      guard reader.isAtEnd else { return nil }
      return BuildManifest(
        inputs: inputs, extraInputs: extraInputs, outputs: outputs, folders: folders, diagnostics: diagnostics,
        inputFiles: inputFiles, catalogInputs: catalogInputs, inputFolders: inputFolders)
    } catch {
      return nil
    }
  }
}

extension BuildManifest.FolderStamp {
  /// Writes the stamp as the manifest and the kept pages' listing (``KeptPageListing``) keep it.
  func write(into writer: inout CacheByteWriter) {
    writer.string(path)
    writer.uint64(inode)
    writer.int(Int(modified))
    writer.int(Int(changed))
  }

  /// The stamp ``write(into:)`` wrote.
  init(reading reader: inout CacheByteReader) throws(CacheByteReader.Damaged) {
    self.init(
      path: try reader.string(), inode: try reader.uint64(), modified: Int64(try reader.int()),
      changed: Int64(try reader.int()))
  }
}
