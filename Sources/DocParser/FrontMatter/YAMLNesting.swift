internal import CYaml

/// Finds where YAML nests deeper than a bound, with libyaml's parser events alone, before anything composes
/// the text: composing and walking nodes recurses once per level, so a file of many thousand nested lists
/// would exhaust the stack.
enum YAMLNesting {
  /// The 1-based line and column of the first sequence or mapping nested deeper than `limit`; `nil` when
  /// there is none, or when the YAML is not valid before one (Yams then reports it as it reads it).
  static func firstPlace(deeperThan limit: Int, in yaml: String) -> (line: Int, column: Int)? {
    var parser = yaml_parser_t()
    guard yaml_parser_initialize(&parser) == 1 else { return nil }
    defer { yaml_parser_delete(&parser) }
    let bytes = Array(yaml.utf8)
    return bytes.withUnsafeBufferPointer { buffer -> (line: Int, column: Int)? in
      yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
      yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
      var event = yaml_event_t()
      var depth = 0
      while yaml_parser_parse(&parser, &event) == 1 {
        defer { yaml_event_delete(&event) }
        switch event.type {
        case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
          depth += 1
          if depth > limit { return (Int(event.start_mark.line) + 1, Int(event.start_mark.column) + 1) }
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
          depth -= 1
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
