import DocModel

/// Writes a ``CatalogProposal`` as `doccatalog.yml`, in the `fields:` form. Every text from the docs is written
/// as a double-quoted YAML string with escapes, so that any header (with `: `, `#`, quotes, line breaks or
/// characters YAML does not allow) reads back as written; comments quote them the same way, so no text of the
/// docs can end a comment's line.
enum ProposalYAML {
  static func render(_ proposal: CatalogProposal) -> String {
    var lines: [String] = [
      "# Proposed by `doccatalog init`: check each catalog's fields, then run `doccatalog build`.",
      "# The locale the others are translated from: its rows define the catalog's entries.",
      "sourceLocale: \(quoted(proposal.sourceLocale))",
      "locales: [\(proposal.locales.map(quoted).joined(separator: ", "))]",
      "",
    ]
    if proposal.catalogs.isEmpty {
      lines.append("# No table looks like an error catalog: `doccatalog init` says why for each.")
      lines.append("catalogs: []")
    } else {
      lines.append("catalogs:")
    }
    for catalog in proposal.catalogs {
      let definition = catalog.definition
      let pageCount = definition.pages.count
      lines.append(
        "  # \(catalog.tableCount) table\(catalog.tableCount == 1 ? "" : "s") on \(pageCount) "
          + "page\(pageCount == 1 ? "" : "s"), whose headers name error columns: "
          + catalog.matchedHeaders.joined(separator: ", ") + ".")
      lines.append("  - name: \(quoted(definition.name))")
      lines.append("    pages: [\(definition.pages.map(quoted).joined(separator: ", "))]")
      lines.append("    # Key: \(catalog.keyReason).")
      lines.append("    key: [\(definition.key.map(quoted).joined(separator: ", "))]")
      if let lookup = catalog.declaredLookup {
        lines.append("    # Lookup: the key, there being no pattern, code or status field.")
        lines.append("    lookup: [\(lookup.map(quoted).joined(separator: ", "))]")
      }
      lines.append("    fields:")
      for (index, field) in definition.fields.enumerated() {
        lines.append("      # \(field.type.rawValue): \(catalog.fieldReasons[index]).")
        lines.append("      \(quoted(field.name)):")
        lines.append("        type: \(field.type.rawValue)")
        if let any = field.anyValue { lines.append("        any: \(quoted(any))") }
        let locales = proposal.locales.filter { field.header[$0] != nil }
        if locales == [proposal.sourceLocale], let headers = field.header[proposal.sourceLocale], headers.count == 1 {
          lines.append("        header: \(quoted(headers[0]))")
        } else {
          lines.append("        header:")
          for locale in locales {
            let headers = field.header[locale] ?? []
            let value = headers.count == 1 ? quoted(headers[0]) : "[\(headers.map(quoted).joined(separator: ", "))]"
            lines.append("          \(quoted(locale)): \(value)")
          }
        }
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// A double-quoted YAML string: `"`, `\` and line breaks escaped, and every character outside what YAML
  /// allows printed (or that YAML 1.1 reads as a line break) written as `\u` escape.
  static func quoted(_ text: String) -> String {
    var output = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": output += "\\\""
      case "\\": output += "\\\\"
      case "\n": output += "\\n"
      case "\r": output += "\\r"
      case "\t": output += "\\t"
      default:
        if isPrintable(scalar) {
          output.unicodeScalars.append(scalar)
        } else if scalar.value <= 0xFFFF {
          output += "\\u" + hex(scalar.value, width: 4)
        } else {
          output += "\\U" + hex(scalar.value, width: 8)
        }
      }
    }
    return output + "\""
  }

  /// What YAML reads as a printable character inside a line.
  private static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x20...0x7E, 0xA0...0x2027, 0x202A...0xD7FF, 0xE000...0xFEFE, 0xFF00...0xFFFD, 0x10000...0x10FFFF: true
    default: false
    }
  }

  private static func hex(_ value: UInt32, width: Int) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }
}
