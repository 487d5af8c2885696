public import DocModel
public import DocParser
import DocValidation

/// A docs folder and its configuration, read (or, without a configuration file, inferred from its folders):
/// where every command starts.
public struct DocsFolder: Sendable {
  /// The docs folder, as given.
  public var root: String
  /// The configuration file named on the command line, if any.
  public var configPath: String?
  public var configuration: Configuration
  /// What reading the configuration found (none are errors: a configuration with errors stops here).
  public var configDiagnostics: [Diagnostic]
  /// The targets of the xrefmaps the configuration names (``XrefMapLoader``).
  public var xrefMap = XrefMap()

  /// What a configuration may name: the registered outputs and rules.
  public static let vocabulary = ConfigurationVocabulary(
    outputs: OutputRegistry.keys, isRule: { RuleRegistry.rule(named: $0) != nil })

  /// Reads the configuration of `root` (`configPath`, else `root/doccatalog.yml`, else inferred). An invalid
  /// one is reported to `observer` and fails; a missing folder or unreadable file is a usage failure. An
  /// output the configuration names where no output may go (see ``OutputPlacement``) makes it invalid,
  /// unless the command line names that output (`replacedOutputs`); `checksOutputsOnDisk` also looks at
  /// what is at their paths now (a folder the build did not write, a folder where a file is meant).
  public static func open(
    root: String, configPath: String?, observer: any BuildObserver, replacedOutputs: Set<String> = [],
    checksOutputsOnDisk: Bool = false
  ) throws(BuildFailure) -> DocsFolder {
    do {
      var (configuration, diagnostics) = try DocSetReader().configuration(
        root: root, configPath: configPath, vocabulary: vocabulary)
      if let found = configuration {
        let problems = outputProblems(
          found, root: root, configPath: configPath, skipping: replacedOutputs, checksDisk: checksOutputsOnDisk)
        if !problems.isEmpty {
          diagnostics += problems
          configuration = nil
        }
      }
      var xrefMap = XrefMap()
      if let found = configuration, !found.xrefmaps.isEmpty {
        let (targets, problems) = XrefMapLoader.load(root: root, configuration: found)
        xrefMap.external = targets
        if !problems.isEmpty {
          diagnostics += problems.sorted()
          configuration = nil
        }
      }
      guard let configuration else {
        observer.observe(.diagnostics(diagnostics))
        throw BuildFailure(.failed, "invalid configuration; nothing was built")
      }
      var folder = DocsFolder(
        root: root, configPath: configPath, configuration: configuration, configDiagnostics: diagnostics)
      folder.xrefMap = xrefMap
      return folder
    } catch let failure as DocSetReader.Failure {
      throw BuildFailure(.usage, failure.description)
    } catch let failure as BuildFailure {
      throw failure
    } catch {
      throw BuildFailure(.usage, "\(error)")
    }
  }

  /// The configuration's outputs that may not go where it names them, each at its line.
  private static func outputProblems(
    _ configuration: Configuration, root: String, configPath: String?, skipping: Set<String>, checksDisk: Bool
  ) -> [Diagnostic] {
    let keys = configuration.outputs.keys.filter { !skipping.contains($0) }
    guard !keys.isEmpty else { return [] }
    let placement = OutputPlacement(docsDirectory: root, configPath: configPath)
    var problems: [Diagnostic] = []
    for key in keys {
      guard let path = configuration.outputs[key] else { continue }
      let isFolder = OutputRegistry.all.first { $0.key == key }?.isFolder ?? false
      let target = path.hasPrefix("/") || path.isEmpty ? path : root + "/" + path
      guard
        let problem = placement.problem(
          target.isEmpty ? root : target, isFolder: isFolder, fromConfiguration: true, checksDisk: checksDisk)
      else { continue }
      let location = configuration.outputs.locations[key]
      problems.append(
        ConfigInvalid.finding(
          ConfigInvalid.forbiddenOutput(key, "'\(path)' " + problem),
          file: configuration.path ?? root, line: location?.line ?? 1, column: location?.column ?? 1))
    }
    return problems.sorted()
  }
}
