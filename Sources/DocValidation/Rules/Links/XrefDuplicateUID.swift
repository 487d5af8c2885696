public import DocModel

/// Two pages (of different paths) declare the same `uid:` in their front matter: xrefs to it reach the first
/// one (the source locale's pages first, by path).
public enum XrefDuplicateUID: ValidationRule {
  public static let rule = Rule("link.duplicate-uid", .warning, "two pages declare the same uid")

  static func duplicate(_ uid: String, first: String) -> String {
    "uid '\(uid)' is already declared by '\(first)'; xrefs to it lead there"
  }

  public static func check(_ input: ValidationInput) -> [Diagnostic] {
    input.xrefFindings.filter { $0.rule == id }
  }
}
