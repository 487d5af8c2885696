// swift-tools-version: 6.1
import PackageDescription

/// A libFuzzer target for the parser, apart from the main package so that a plain `swift build` there
/// never needs libFuzzer's `main`. Built and run by `make fuzz` (with `-sanitize=fuzzer,address`).
let package = Package(
  name: "DocCatalogFuzz",
  platforms: [.macOS(.v13)],
  dependencies: [.package(name: "DocCatalog", path: "..")],
  targets: [
    .executableTarget(
      name: "DocParserFuzzer",
      dependencies: [.product(name: "DocCatalog", package: "DocCatalog")]
    )
  ]
)
