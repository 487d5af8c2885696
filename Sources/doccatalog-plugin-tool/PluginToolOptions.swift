import DocBuild
import DocModel

/// The command line of `doccatalog-plugin-tool`: the part of `doccatalog build` the build-tool plugin
/// passes, with the same meaning, read without swift-argument-parser so that the tool an app builds for the
/// plugin needs neither it nor the command line's other commands.
struct PluginToolOptions {
  /// A command line the tool does not take; printed before it exits with status 2.
  struct UsageError: Error, CustomStringConvertible {
    var description: String
  }

  static let usage = """
    usage: doccatalog-plugin-tool build [DOCS_DIR] --swift FILE [--templates DIR] \
    [--swift-access internal|public] [--swift-strings literals|catalog] [--no-config-outputs] [--no-cache] \
    [--quiet]
    """

  var request: BuildPipeline.Request
  /// Print findings and problems only.
  var quiet = false

  /// Reads `arguments` (without the program's name), which begin with `build`; the docs folder is
  /// `docs` unless one is named.
  init(arguments: [String]) throws(UsageError) {
    guard arguments.first == "build" else {
      throw UsageError(description: "expected 'build' first, found '\(arguments.first ?? "nothing")'")
    }
    var remaining = arguments.dropFirst()
    var docs: String?
    var swift: String?
    var templates: String?
    var settings = SwiftSettings()
    var usesConfigurationOutputs = true
    var usesCache = true
    func value(of option: String) throws(UsageError) -> String {
      guard let value = remaining.popFirst() else { throw UsageError(description: "\(option) needs a value") }
      return value
    }
    while let argument = remaining.popFirst() {
      switch argument {
      case "--swift": swift = try value(of: argument)
      case "--templates": templates = try value(of: argument)
      case "--swift-access":
        let text = try value(of: argument)
        guard let access = SwiftAccess(rawValue: text) else {
          throw UsageError(description: "--swift-access must be 'internal' or 'public', not '\(text)'")
        }
        settings.access = access
      case "--swift-strings":
        let text = try value(of: argument)
        guard let strings = SwiftStrings(rawValue: text) else {
          throw UsageError(description: "--swift-strings must be 'literals' or 'catalog', not '\(text)'")
        }
        settings.strings = strings
      case "--no-config-outputs": usesConfigurationOutputs = false
      case "--no-cache": usesCache = false
      case "--quiet", "-q": quiet = true
      case _ where argument.hasPrefix("-"): throw UsageError(description: "unknown option '\(argument)'")
      default:
        guard docs == nil else { throw UsageError(description: "unexpected argument '\(argument)'") }
        docs = argument
      }
    }
    guard let swift else { throw UsageError(description: "--swift FILE is missing") }
    request = BuildPipeline.Request(
      docsDirectory: docs ?? "docs", outputPaths: [SwiftSourceOutput.key: swift], templatesDirectory: templates,
      usesCache: usesCache, usesConfigurationOutputs: usesConfigurationOutputs, swift: settings)
  }
}
