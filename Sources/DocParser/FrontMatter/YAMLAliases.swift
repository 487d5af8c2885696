internal import CYaml

/// Finds YAML aliases (`*name`) with libyaml's parser events alone, before anything composes the text.
///
/// An alias repeats the node its anchor names, and aliases of aliases repeat it exponentially: a few hundred
/// bytes expand to gigabytes, and Yams expands them as soon as it composes the text (it hashes every key of
/// a mapping, aliases included, to find duplicates). Untrusted YAML (front matter, the configuration) is
/// therefore scanned first, in time linear in its size, and refused when it holds one. The parser events
/// come from the libyaml that Yams is built on, so the scan reads the YAML exactly as Yams would.
enum YAMLAliases {
  /// The first alias: its name and its 1-based line and column in `yaml`.
  struct Found: Equatable {
    var name: String
    var line: Int
    var column: Int
  }

  /// The first alias in `yaml`, or `nil` when there is none; also `nil` when the YAML is not valid before
  /// any alias, which Yams then reports as it reads it.
  static func first(in yaml: String) -> Found? {
    // No alias without a `*`: most texts never reach the parser.
    guard yaml.utf8.contains(UInt8(ascii: "*")) else { return nil }
    var parser = yaml_parser_t()
    guard yaml_parser_initialize(&parser) == 1 else { return nil }
    defer { yaml_parser_delete(&parser) }
    let bytes = Array(yaml.utf8)
    return bytes.withUnsafeBufferPointer { buffer -> Found? in
      yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
      yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
      var event = yaml_event_t()
      while yaml_parser_parse(&parser, &event) == 1 {
        defer { yaml_event_delete(&event) }
        switch event.type {
        case YAML_ALIAS_EVENT:
          let name = event.data.alias.anchor.map { String(cString: $0) } ?? ""
          return Found(name: name, line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
        case YAML_STREAM_END_EVENT:
          return nil
        default:
          continue
        }
      }
      return nil
    }
  }
}
