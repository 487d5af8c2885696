// swift-tools-version: 6.1
import PackageDescription

/// libFuzzer targets, apart from the main package so that a plain `swift build` there never needs
/// libFuzzer's `main`. Built and run by `make fuzz` (with `-sanitize=fuzzer,address`):
/// - `DocParserFuzzer`: one page through the parser;
/// - `DocSetFuzzer`: a small doc set (pages, includes, configuration) through `build`, with its outputs.
let package = Package(
  name: "DocCatalogFuzz",
  platforms: [.macOS(.v13)],
  dependencies: [.package(name: "DocCatalog", path: "..")],
  targets: [
    .target(name: "LibFuzzerDriver"),
    .executableTarget(
      name: "DocParserFuzzer",
      dependencies: ["LibFuzzerDriver", .product(name: "DocCatalog", package: "DocCatalog")]
    ),
    .executableTarget(
      name: "DocSetFuzzer",
      dependencies: ["LibFuzzerDriver", .product(name: "DocCatalog", package: "DocCatalog")]
    ),
  ]
)
