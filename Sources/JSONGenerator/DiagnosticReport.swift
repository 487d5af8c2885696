public import DocModel

/// Diagnostics as JSON for tools, and as SARIF 2.1.0 for code scanning.
public enum DiagnosticReport {
  /// An array of `{file, line, column, severity, rule, message}` objects.
  public static func json(_ diagnostics: [Diagnostic]) -> JSONValue {
    .array(diagnostics.map(DocumentJSON.diagnostic))
  }

  /// The bytes of `JSONOutput.encode(json(diagnostics))`, handed to `consume` a batch of diagnostics at a
  /// time, so that a long report is never held whole.
  public static func writeJSON(_ diagnostics: [Diagnostic], into consume: ([UInt8]) -> Void) {
    JSONWriter.writeArrayChunks(
      diagnostics, indent: 0,
      { diagnostic, indent, output in output += JSONWriter.write(DocumentJSON.diagnostic(diagnostic), indent: indent) },
      into: consume)
    consume([0x0A])
  }

  /// A SARIF 2.1.0 log with one run of `doccatalog`, every rule described, and a result per diagnostic.
  public static func sarif(_ diagnostics: [Diagnostic], rules: [Rule], toolVersion: String) -> JSONValue {
    let ruleIndex = ruleIndexes(rules)
    return sarifLog(
      results: .array(diagnostics.map { sarifResult($0, ruleIndex: ruleIndex) }), rules: rules, toolVersion: toolVersion
    )
  }

  /// The bytes of `JSONOutput.encode(sarif(...))`, handed to `consume` a batch of results at a time: the log
  /// around the results is written with a marker in their place, and the results are written where it lands.
  public static func writeSARIF(
    _ diagnostics: [Diagnostic], rules: [Rule], toolVersion: String, into consume: ([UInt8]) -> Void
  ) {
    let ruleIndex = ruleIndexes(rules)
    // No rule text or version holds a NUL, so the marker's bytes occur only where the results go.
    let marker = "\u{0}results"
    let log = JSONOutput.encode(sarifLog(results: .string(marker), rules: rules, toolVersion: toolVersion))
    let markerBytes = JSONWriter.write(.string(marker))
    guard let start = log.firstRange(of: markerBytes)?.lowerBound else {
      return consume(JSONOutput.encode(sarif(diagnostics, rules: rules, toolVersion: toolVersion)))
    }
    consume(Array(log[..<start]))
    // `runs` is 2 spaces deep, its one run 4, the run's `results` 6.
    JSONWriter.writeArrayChunks(
      diagnostics, indent: 6,
      { diagnostic, indent, output in
        output += JSONWriter.write(sarifResult(diagnostic, ruleIndex: ruleIndex), indent: indent)
      },
      into: consume)
    consume(Array(log[(start + markerBytes.count)...]))
  }

  /// Each rule's position in `rules`, by id: a SARIF result names its rule by both.
  private static func ruleIndexes(_ rules: [Rule]) -> [String: Int] {
    Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($0.element.id, $0.offset) })
  }

  private static func sarifResult(_ diagnostic: Diagnostic, ruleIndex: [String: Int]) -> JSONValue {
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

  private static func sarifLog(results: JSONValue, rules: [Rule], toolVersion: String) -> JSONValue {
    let driver: JSONValue = .object([
      "name": "doccatalog",
      "version": .string(toolVersion),
      "informationUri": "https://github.com/doccatalog/doccatalog",
      "rules": .array(
        rules.map { rule in
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
      "runs": .array([.object(["tool": .object(["driver": driver]), "results": results])]),
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
      if byte < 0x80,
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
          || "-._~/!$&'()*+,;=:@".unicodeScalars.contains(scalar)
      {
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
