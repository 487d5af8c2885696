/// Every DocFX construct read into a ``DocModel/DocFXBlock``. Adding a construct is one file in
/// `Constructs/` and one line here.
enum DocFXConstructRegistry {
  static let readers: [any DocFXConstructReader.Type] = [
    DocFXImage.self,
    DocFXZone.self,
    DocFXMoniker.self,
    DocFXVideo.self,
    DocFXTabGroup.self,
    DocFXCode.self,
    DocFXRow.self,
    DocFXColumn.self,
  ]

  /// Each reader with each opener it has.
  private static let openers: [(opener: DocFXOpener, reader: any DocFXConstructReader.Type)] = readers.flatMap {
    reader in ([reader.opener] + reader.otherOpeners).map { ($0, reader) }
  }

  /// The readers of `:::name` lines, by name in lowercase.
  static let colonLineReaders: [String: any DocFXConstructReader.Type] = Dictionary(
    openers.compactMap { opener, reader in
      guard case .colonLine(let name) = opener else { return nil }
      return (name.lowercased(), reader)
    }, uniquingKeysWith: { first, _ in first })

  /// The readers of `> [!NAME]` block quotes, by name in capitals.
  static let quoteMarkerReaders: [String: any DocFXConstructReader.Type] = Dictionary(
    openers.compactMap { opener, reader in
      guard case .quoteMarker(let name) = opener else { return nil }
      return (name.uppercased(), reader)
    }, uniquingKeysWith: { first, _ in first })

  /// The readers of paragraphs that are all `[!NAME argument]`, by name in capitals.
  static let paragraphMarkerReaders: [String: any DocFXConstructReader.Type] = Dictionary(
    openers.compactMap { opener, reader in
      guard case .paragraphMarker(let name) = opener else { return nil }
      return (name.uppercased(), reader)
    }, uniquingKeysWith: { first, _ in first })

  /// The readers of `[!NAME-suffix[text](address)]` paragraphs, by name in capitals.
  static let linkMarkerReaders: [String: any DocFXConstructReader.Type] = Dictionary(
    openers.compactMap { opener, reader in
      guard case .linkMarker(let name) = opener else { return nil }
      return (name.uppercased(), reader)
    }, uniquingKeysWith: { first, _ in first })

  /// The readers of tab headings.
  static let tabHeadingReaders: [any DocFXConstructReader.Type] = readers.filter { $0.opener == .tabHeading }
}
