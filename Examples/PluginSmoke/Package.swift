// swift-tools-version: 6.1
import PackageDescription

/// A new app as a DocCatalog user makes it: DocCatalog by path, its build-tool plugin applied to the app's
/// target. Not part of the DocCatalog package: build it in a copy to time what the plugin adds to an app's
/// builds (BENCHMARKS.md, "What the plugin costs an app").
let package = Package(
  name: "PluginSmoke",
  platforms: [.macOS(.v13)],
  dependencies: [.package(name: "DocCatalog", path: "../..")],
  targets: [
    .executableTarget(
      name: "PluginSmoke",
      plugins: [.plugin(name: "DocCatalogPlugin", package: "DocCatalog")]
    )
  ]
)
