public import DocModel

/// A do-not-translate glossary term was translated.
public enum TranslationGlossaryTerm: DiagnosticRule {
  public static let rule = Rule("translation.glossary-term", .warning, "a do-not-translate glossary term was translated")
}
