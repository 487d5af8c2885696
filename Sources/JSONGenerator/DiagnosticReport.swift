public import DocModel

/// Diagnostics as JSON for tools, and as SARIF 2.1.0 for code scanning.
public enum DiagnosticReport {
  /// An array of `{file, line, column, severity, rule, message}` objects.
  public static func json(_ diagnostics: [Diagnostic]) -> JSONValue {
    .array(diagnostics.map(DocumentJSON.diagnostic))
  }

  /// A SARIF 2.1.0 log with one run of `doccatalog`, every rule described, and a result per diagnostic.
  public static func sarif(_ diagnostics: [Diagnostic], rules: [Rule], toolVersion: String) -> JSONValue {
    let ruleIndex = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($0.element.id, $0.offset) })
    let results: [JSONValue] = diagnostics.map { diagnostic in
      var region: [String: JSONValue] = [:]
      if diagnostic.line > 0 {
        region["startLine"] = .integer(diagnostic.line)
        if diagnostic.column > 0 { region["startColumn"] = .integer(diagnostic.column) }
      }
      var physical: [String: JSONValue] = ["artifactLocation": .object(["uri": .string(uri(diagnostic.file))])]
      if !region.isEmpty { physical["region"] = .object(region) }
      var result: [String: JSONValue] = [
        "ruleId": .string(diagnostic.rule),
        "level": .string(level(diagnostic.severity)),
        "message": .object(["text": .string(diagnostic.message)]),
        "locations": .array([.object(["physicalLocation": .object(physical)])]),
      ]
      if let index = ruleIndex[diagnostic.rule] { result["ruleIndex"] = .integer(index) }
      return .object(result)
    }
    let driver: JSONValue = .object([
      "name": "doccatalog",
      "version": .string(toolVersion),
      "informationUri": "https://github.com/doccatalog/doccatalog",
      "rules": .array(rules.map { rule in
        .object([
          "id": .string(rule.id),
          "shortDescription": .object(["text": .string(rule.summary)]),
          "defaultConfiguration": .object(["level": .string(level(rule.severity))]),
        ])
      }),
    ])
    return .object([
      "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
      "version": "2.1.0",
      "runs": .array([.object(["tool": .object(["driver": driver]), "results": .array(results)])]),
    ])
  }

  private static func level(_ severity: Diagnostic.Severity) -> String {
    switch severity {
    case .error: "error"
    case .warning: "warning"
    case .note: "note"
    }
  }

  /// A relative URI reference for a path: forward slashes, with what URIs cannot hold percent-encoded.
  static func uri(_ path: String) -> String {
    var result = ""
    for byte in path.utf8 {
      let scalar = Unicode.Scalar(byte)
      if byte < 0x80, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "-._~/!$&'()*+,;=:@".unicodeScalars.contains(scalar) {
        result.unicodeScalars.append(scalar)
      } else {
        result += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
      }
    }
    return result
  }
}

extension String {
  fileprivate func leftPadded(to length: Int) -> String {
    count >= length ? self : String(repeating: "0", count: length - count) + self
  }
}
