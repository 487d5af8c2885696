import DocModel
import Foundation

/// Dates written in full as each locale writes them (`January 29, 2020`, `2020年1月29日`), from ICU.
///
/// An ICU date formatter costs far more to make than a page costs to render, so each locale's formatter is
/// made once and kept; formatters are not thread-safe, so they are used one at a time.
public final class LocalizedDates: @unchecked Sendable {
  private var formatters: [String: DateFormatter] = [:]
  private var texts: [String: String] = [:]
  private let lock = NSLock()
  /// Made on first use (under the lock), on a core rendering pages, rather than by the one thread that
  /// sets the site up before any page is rendered: loading ICU's calendar takes a few milliseconds.
  private lazy var calendar: Calendar = {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    return calendar
  }()

  init() {}

  /// Loads what ICU needs to write dates in full (its calendar and a formatter's data), which costs a few
  /// milliseconds the first time in a process, so that the first page with a date does not wait for it.
  public static func prepare() {
    guard let date = DocDate("2000-01-01") else { return }
    _ = LocalizedDates().text(for: date, locale: "en-US")
  }

  /// `date` as `locale` writes it in full; its ISO form if it is not a real day.
  func text(for date: DocDate, locale: String) -> String {
    let key = locale + " " + date.iso
    lock.lock()
    defer { lock.unlock() }
    if let known = texts[key] { return known }
    guard let value = calendar.date(from: DateComponents(year: date.year, month: date.month, day: date.day)) else {
      return date.iso
    }
    let text = formatter(for: locale).string(from: value)
    texts[key] = text
    return text
  }

  private func formatter(for locale: String) -> DateFormatter {
    if let known = formatters[locale] { return known }
    let formatter = DateFormatter()
    formatter.calendar = calendar
    formatter.timeZone = calendar.timeZone
    formatter.locale = Locale(identifier: locale)
    formatter.dateStyle = .long
    formatter.timeStyle = .none
    formatters[locale] = formatter
    return formatter
  }
}
