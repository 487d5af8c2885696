public import DocModel

/// A rule checked across pages and locales once the doc set is read. Its type holds its id, default
/// severity, messages and this check (see ``DiagnosticRule``); ``Validator`` runs every one the registry
/// lists.
public protocol ValidationRule: DiagnosticRule {
  static func check(_ input: ValidationInput) -> [Diagnostic]
}
