import AppConnectorErrorsExample
import Foundation
import Testing

/// The example target's catalog code comes from docs/ through the build-tool plugin.
@Suite("Generated catalog in an app")
struct AppConnectorErrorsExampleTests {
  @Test func oktaUnauthorizedHasItsJapaneseResolution() throws {
    let entry = try #require(
      AppConnectorErrors.lookup("HttpRequestFailure: Server returned: 401 Unauthorized", app: .okta))
    #expect(entry.app == .okta)
    #expect(entry.localized(for: "ja-JP").resolution == "プロセスに従って Okta を Cloud App Security に接続し直してください。")
    #expect(entry.localized(for: Locale(identifier: "ja_JP")).descriptionText == "Okta トークンが有効ではありません。")
    #expect(entry.localized(for: "de-DE").locale == "en-US")
  }

  @Test func entriesFollowTheSourceTable() {
    #expect(AppConnectorErrors.entries.count == 31)
    #expect(AppConnectorErrors.entries.first?.app == .allApps)
    #expect(AppConnectorErrors.entries.last?.app == .workday)
    #expect(AppConnectorErrors.App.allCases.map(\.rawValue).contains("Office 365"))
  }

  @Test func reportsUseTheUsersLanguage() {
    let report = ConnectorErrorReport(
      error:
        "Microsoft.Office.Compliance.Audit.DataServiceException: Tenant 0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0 does not exist.",
      locale: Locale(identifier: "ja"))
    #expect(report.explanation == "Office 365 で監査ログが有効になっていない")
    #expect(ConnectorErrorReport(error: "unrelated", locale: Locale(identifier: "en")).entryID == nil)
  }
}
