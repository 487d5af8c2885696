/// Every DocFX construct read into a ``DocModel/DocFXBlock``. Adding a construct is one file in
/// `Constructs/` and one line here.
enum DocFXConstructRegistry {
  static let readers: [any DocFXConstructReader.Type] = [
    DocFXImage.self,
    DocFXZone.self,
    DocFXMoniker.self,
    DocFXVideo.self,
    DocFXTabGroup.self,
  ]

  /// The readers of `:::name` lines, by name in lowercase.
  static let colonLineReaders: [String: any DocFXConstructReader.Type] = Dictionary(
    readers.compactMap { reader in
      guard case .colonLine(let name) = reader.opener else { return nil }
      return (name.lowercased(), reader)
    }, uniquingKeysWith: { first, _ in first })

  /// The readers of `> [!NAME]` block quotes, by name in capitals.
  static let quoteMarkerReaders: [String: any DocFXConstructReader.Type] = Dictionary(
    readers.compactMap { reader in
      guard case .quoteMarker(let name) = reader.opener else { return nil }
      return (name.uppercased(), reader)
    }, uniquingKeysWith: { first, _ in first })

  /// The readers of tab headings.
  static let tabHeadingReaders: [any DocFXConstructReader.Type] = readers.filter { $0.opener == .tabHeading }
}
