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

  /// What a configuration may name: the registered outputs and rules.
  public static let vocabulary = ConfigurationVocabulary(
    outputs: OutputRegistry.keys, isRule: { RuleRegistry.rule(named: $0) != nil })

  /// Reads the configuration of `root` (`configPath`, else `root/doccatalog.yml`, else inferred). An invalid
  /// one is reported to `observer` and fails; a missing folder or unreadable file is a usage failure.
  public static func open(root: String, configPath: String?, observer: any BuildObserver) throws(BuildFailure)
    -> DocsFolder
  {
    do {
      let (configuration, diagnostics) = try DocSetReader().configuration(
        root: root, configPath: configPath, vocabulary: vocabulary)
      guard let configuration else {
        observer.observe(.diagnostics(diagnostics))
        throw BuildFailure(.failed, "invalid configuration; nothing was built")
      }
      return DocsFolder(
        root: root, configPath: configPath, configuration: configuration, configDiagnostics: diagnostics)
    } catch let failure as DocSetReader.Failure {
      throw BuildFailure(.usage, failure.description)
    } catch let failure as BuildFailure {
      throw failure
    } catch {
      throw BuildFailure(.usage, "\(error)")
    }
  }
}
