/// The `name="value"` attributes of a DocFX construct, in the order written; a bare name has an empty value.
public struct DocFXAttributes: Sendable, Hashable {
  /// One attribute.
  public struct Attribute: Sendable, Hashable {
    public var name: String
    public var value: String

    public init(name: String, value: String) {
      self.name = name
      self.value = value
    }
  }

  public var list: [Attribute]

  public init(_ list: [Attribute] = []) {
    self.list = list
  }

  /// The value of the first attribute named `name` (names compare without case), if any.
  public subscript(_ name: String) -> String? {
    list.first { $0.name.lowercased() == name }?.value
  }
}
