import Yams

/// What Yams found wrong with a YAML text, and where: the message a diagnostic shows and the place of the
/// problem (line and column from 1), for front matter, configurations and tables of contents alike.
struct YAMLProblem {
  var message: String
  var line: Int
  var column: Int

  init(_ error: YamlError) {
    var mark: Mark?
    switch error {
    case .scanner(_, let problem, let at, _), .parser(_, let problem, let at, _), .composer(_, let problem, let at, _):
      message = problem
      mark = at
    case .duplicatedKeysInMapping(let duplicates, let context):
      message = "duplicate keys \(duplicates.sorted().map { "'\($0)'" }.joined(separator: ", "))"
      mark = context.mark
    default:
      message = "\(error)"
    }
    line = mark?.line ?? 1
    column = mark?.column ?? 1
  }
}
