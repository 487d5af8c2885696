import DocModel

/// Writes an entry's value into the catalog JSON. The shapes nearly every value has (text, Markdown with its
/// text, links) are written straight into the output; the others go through ``CatalogValue/json(as:)``.
/// Either way the bytes are those ``JSONWriter`` writes for `json(as:)`.
enum CatalogValueJSON {
  /// Writes `value`, read as a field of `type`, as a member's value `indent` spaces deep.
  static func write(_ value: CatalogValue, as type: CatalogFieldType, indent: Int, into output: inout [UInt8]) {
    switch (type, value.value) {
    case (.text, _), (.pattern, _), (.enum, _):
      JSONWriter.writeString(value.cell.text, into: &output)
    case (.markdown, _):
      JSONWriter.openObject(into: &output)
      JSONWriter.member("markdown", isFirst: true, indent: indent, into: &output)
      JSONWriter.writeString(value.cell.markdown, into: &output)
      JSONWriter.member("text", isFirst: false, indent: indent, into: &output)
      JSONWriter.writeString(value.cell.text, into: &output)
      JSONWriter.closeObject(indent: indent, into: &output)
    case (.links, .strings(let targets)) where !targets.isEmpty:
      JSONWriter.openObject(into: &output)
      JSONWriter.member("markdown", isFirst: true, indent: indent, into: &output)
      JSONWriter.writeString(value.cell.markdown, into: &output)
      JSONWriter.member("targets", isFirst: false, indent: indent, into: &output)
      output += [UInt8(ascii: "["), 0x0A]
      for (index, target) in targets.enumerated() {
        JSONWriter.pad(indent + 4, &output)
        JSONWriter.writeString(target, into: &output)
        if index < targets.count - 1 { output.append(UInt8(ascii: ",")) }
        output.append(0x0A)
      }
      JSONWriter.pad(indent + 2, &output)
      output.append(UInt8(ascii: "]"))
      JSONWriter.member("text", isFirst: false, indent: indent, into: &output)
      JSONWriter.writeString(value.cell.text, into: &output)
      JSONWriter.closeObject(indent: indent, into: &output)
    default:
      JSONWriter.write(value.json(as: type), indent: indent, into: &output)
    }
  }
}
