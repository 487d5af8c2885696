import PackagePlugin

/// `swift package --allow-writing-to-package-directory generate-catalog [--docs DIR] [build options]`:
/// regenerates checked-in outputs.
///
/// Runs `doccatalog build DIR` (default `docs`, or the `docs:` of `doccatalog-plugin.yml`) in the package,
/// passing the other arguments on, so the configuration's `outputs` (or `--swift FILE`, `--json FILE`) are
/// written. `swift package check-catalog` checks them without asking for write permission.
@main
struct GenerateCatalog: CommandPlugin {
  func performCommand(context: PluginContext, arguments: [String]) async throws {
    try CatalogCommand.run(context: context, verb: "generate-catalog", arguments: arguments)
  }
}
