public import DocModel

/// An xref (`<xref:uid>`, `[text](xref:uid)`, `@uid`) names a uid that neither the configuration's xrefmaps
/// nor any page's front matter (`uid:`) has: the site shows its text, unlinked.
public enum LinkUnresolvedXref: ValidationRule {
  public static let rule = Rule(
    "link.unresolved-xref", .warning, "an xref names a uid no xrefmap or page has; it is shown as text")

  static func unresolved(_ uid: String) -> String {
    "xref uid '\(uid)' is in no xrefmap and no page's 'uid:'; it is shown as text"
  }

  public static func check(_ input: ValidationInput) -> [Diagnostic] {
    input.xrefFindings.filter { $0.rule == id }
  }
}
