/// The built-in entry template, `Templates/swift/entry.swift.mustache`, written as code.
///
/// The entry template runs once per entry, and a large catalog has tens of thousands. swift-mustache looks
/// each variable up through the context stack with run-time protocol checks, which cost about as much as
/// making the values. When the entry template in use is the built-in one, its definitions are written here
/// instead, byte for byte what swift-mustache renders from that template (a property test holds the two to
/// each other on generated entries); any other template goes through swift-mustache.
// Kept beside the template (make bench, 2026-12-05): with SwiftLiteral writing from bytes, the worst case's Swift
// phase went from 1.12 s to 0.61 s.
enum BuiltInEntryTemplate {
  /// Whether `template` is the built-in entry template this code writes.
  static func isBuiltIn(_ template: String) -> Bool {
    template == DefaultTemplates.swiftEntry
  }

  /// The entry's definition, as the built-in template renders it.
  static func render(_ values: SwiftEntryValues) -> [UInt8] {
    var result: [UInt8] = [UInt8(ascii: "\n")]
    result.reserveCapacity(2048)
    for line in values.doc {
      result.append(contentsOf: "  /// ".utf8)
      result.append(contentsOf: line.utf8)
      result.append(UInt8(ascii: "\n"))
    }
    result.append(contentsOf: "  ".utf8)
    result.append(contentsOf: values.access.rawValue.utf8)
    result.append(contentsOf: " static let ".utf8)
    result.append(contentsOf: values.property.utf8)
    result.append(contentsOf: " = Entry(\n    id: ".utf8)
    SwiftLiteral.append(values.entry.id, to: &result)
    result.append(contentsOf: ",\n".utf8)
    for field in values.fields.fields where field.isOnEntry {
      result.append(contentsOf: "    ".utf8)
      values.appendValue(field, to: &result)
      result.append(contentsOf: ",\n".utf8)
    }
    result.append(contentsOf: "    localizations: [\n".utf8)
    for locale in values.locales {
      guard let localized = values.entry.locales[locale] else { continue }
      result.append(contentsOf: "      ".utf8)
      SwiftEntryValues.appendLocalization(locale, localized, fields: values.fields, to: &result)
      result.append(contentsOf: ",\n".utf8)
    }
    result.append(contentsOf: "    ],\n    patterns: ".utf8)
    values.appendPatterns(to: &result)
    result.append(contentsOf: "\n  )\n".utf8)
    // A batch of definitions is held until it is written: each keeps only its own bytes.
    return Array(result[...])
  }
}
