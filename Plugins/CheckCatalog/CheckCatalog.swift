import PackagePlugin

/// `swift package check-catalog [--docs DIR] [build options]`: fails when a checked-in output is stale.
///
/// Runs `doccatalog build DIR --check`, which writes nothing, so the plugin asks for no permission (a CI
/// step can run it as it is); a stale file's message names `generate-catalog`, which updates it.
@main
struct CheckCatalog: CommandPlugin {
  func performCommand(context: PluginContext, arguments: [String]) async throws {
    try CatalogCommand.run(context: context, verb: "check-catalog", arguments: arguments, extraArguments: ["--check"])
  }
}
