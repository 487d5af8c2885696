import Foundation

/// What an app shows when an API app connector fails: the docs' explanation of the error, in the user's
/// language. `AppConnectorErrors` is generated from docs/ at build time by the DocCatalog plugin.
public struct ConnectorErrorReport: Sendable, Equatable {
  public var title: String
  public var explanation: String
  public var fix: String
  public var entryID: String?

  /// The report for an error text the connector received, in the given locale.
  public init(error: String, app: AppConnectorErrors.App? = nil, locale: Locale) {
    guard let entry = AppConnectorErrors.lookup(error, app: app) else {
      self.init(title: error, explanation: "", fix: "", entryID: nil)
      return
    }
    let localized = entry.localized(for: locale)
    self.init(
      title: localized.message, explanation: localized.descriptionText, fix: localized.resolution, entryID: entry.id)
  }

  public init(title: String, explanation: String, fix: String, entryID: String?) {
    self.title = title
    self.explanation = explanation
    self.fix = fix
    self.entryID = entryID
  }
}
