/// What an xref's uid leads to: where, and the names that stand for it.
public struct XrefTarget: Sendable, Hashable {
  /// Where a target is.
  public enum Place: Sendable, Hashable {
    /// An absolute address (`https://…`), from an xrefmap's `baseUrl` or an absolute `href`.
    case url(String)
    /// A file of the docs folder, by its path relative to the folder (an xrefmap's relative `href`, read
    /// from the xrefmap's folder); it may carry a `#fragment`.
    case docsFile(String)
    /// A page of the docs that declares the uid in its front matter, by its path inside its locale folder.
    case page(localPath: String)
  }

  public var place: Place
  public var name: String
  public var fullName: String?
  public var nameWithType: String?

  public init(place: Place, name: String, fullName: String? = nil, nameWithType: String? = nil) {
    self.place = place
    self.name = name
    self.fullName = fullName
    self.nameWithType = nameWithType
  }

  /// The text an xref without text of its own shows: the name it asks for, else the target's name.
  public func text(for property: Xref.DisplayProperty) -> String {
    switch property {
    case .name: name
    case .fullName: fullName ?? name
    case .nameWithType: nameWithType ?? name
    }
  }
}
