/// The access level of the generated Swift declarations: `public` for a catalog other modules use,
/// `internal` for one an app target keeps to itself.
public enum SwiftAccess: String, Sendable, CaseIterable {
  case `public`
  case `internal`
}
