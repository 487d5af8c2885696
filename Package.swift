// swift-tools-version: 6.1
import PackageDescription

/// The artifact bundle of a prebuilt `doccatalog` the plugins run instead of building the tool from source:
/// `DOCCATALOG_TOOL_BUNDLE`, a path inside this package such as `Binaries/doccatalog.artifactbundle` (see
/// README, "For maintainers"). An environment variable rather than the bundle's presence on disk: SwiftPM
/// caches what a manifest declares by its text and environment, not by the files beside it.
let toolBundle = Context.environment["DOCCATALOG_TOOL_BUNDLE"].flatMap { $0.isEmpty ? nil : $0 }
/// The tool the command plugins depend on: the artifact bundle's binary, else the executable built from source.
let pluginTool: Target.Dependency = toolBundle == nil ? "doccatalog" : "DocCatalogTool"
/// The tool the build-tool plugin depends on: the artifact bundle's binary, else `doccatalog-plugin-tool`,
/// which an app's first build compiles without swift-argument-parser and the command line.
let buildPluginTool: Target.Dependency = toolBundle == nil ? "doccatalog-plugin-tool" : "DocCatalogTool"

/// Settings shared by every target: Swift 6 language mode with strict concurrency.
let swiftSettings: [SwiftSetting] = [
  .enableUpcomingFeature("ExistentialAny"),
  .enableUpcomingFeature("InternalImportsByDefault"),
]

/// Tests and their helpers import their modules publicly, as usual.
let testSwiftSettings: [SwiftSetting] = [.enableUpcomingFeature("ExistentialAny")]

let package = Package(
  name: "DocCatalog",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "doccatalog", targets: ["doccatalog"]),
    .library(
      name: "DocCatalog",
      targets: [
        "DocModel", "DocParser", "DocValidation", "JSONGenerator", "SwiftGenerator", "HTMLGenerator", "DocBuild",
      ]),
    .plugin(name: "DocCatalogPlugin", targets: ["DocCatalogPlugin"]),
    .plugin(name: "GenerateCatalog", targets: ["GenerateCatalog"]),
    .plugin(name: "CheckCatalog", targets: ["CheckCatalog"]),
  ],
  traits: [
    .trait(
      name: "Mimalloc",
      description: """
        Link mimalloc (Debian libmimalloc-dev) into doccatalog as the process's allocator. The build allocates \
        and frees small blocks (libcmark's nodes, Swift's strings and arrays) on every core, where glibc's \
        allocator takes a lock each time: mimalloc makes builds and validation about a fifth faster. The \
        Makefile turns it on.
        """)
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
  ],
  targets: [
    // C libraries
    .systemLibrary(
      name: "CCMark",
      pkgConfig: "libcmark",
      providers: [.apt(["libcmark-dev"]), .brew(["cmark"])]
    ),

    // Model: plain Sendable values, no dependencies.
    .target(name: "DocModel", swiftSettings: swiftSettings),

    // Parser: the only code that sees libcmark and YAML.
    .target(
      name: "DocParser",
      dependencies: ["DocModel", "CCMark", .product(name: "Yams", package: "Yams")],
      swiftSettings: swiftSettings
    ),

    // Generators: each reads the model only.
    .target(name: "JSONGenerator", dependencies: ["DocModel"], swiftSettings: swiftSettings),
    // Validation: rules across pages and locales, on the parsed model.
    .target(name: "DocValidation", dependencies: ["DocModel", "DocParser"], swiftSettings: swiftSettings),

    // What the template-driven generators hand to swift-mustache.
    .target(
      name: "TemplateSupport",
      dependencies: [.product(name: "Mustache", package: "swift-mustache")],
      swiftSettings: swiftSettings
    ),
    .target(
      name: "HTMLGenerator",
      dependencies: ["DocModel", "TemplateSupport", .product(name: "Mustache", package: "swift-mustache")],
      swiftSettings: swiftSettings
    ),
    .target(
      name: "SwiftGenerator",
      dependencies: ["DocModel", "TemplateSupport", .product(name: "Mustache", package: "swift-mustache")],
      swiftSettings: swiftSettings
    ),

    // Pipeline: reads a docs folder in one pass over its pages, feeding each command's consumers; the
    // outputs, the cache and atomic writes. It returns results and tells an observer; it never prints.
    .target(
      name: "DocBuild",
      dependencies: [
        "DocModel", "DocParser", "DocValidation", "JSONGenerator", "SwiftGenerator", "HTMLGenerator",
      ],
      swiftSettings: swiftSettings
    ),

    // Printing for the executables: findings, messages, standard output.
    .target(name: "DocConsole", dependencies: ["DocModel", "DocParser", "DocBuild"], swiftSettings: swiftSettings),

    // CLI: maps options onto the pipeline and prints; a thin executable runs it.
    .target(
      name: "DocCLI",
      dependencies: [
        "DocModel", "DocParser", "DocValidation", "DocBuild", "DocConsole", "JSONGenerator",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: swiftSettings
    ),
    .executableTarget(
      name: "doccatalog", dependencies: ["DocCLI"], swiftSettings: swiftSettings,
      linkerSettings: [.linkedLibrary("mimalloc", .when(platforms: [.linux], traits: ["Mimalloc"]))]),
    // What the build-tool plugin runs: `build --swift` alone, options read by hand (no swift-argument-parser).
    .executableTarget(
      name: "doccatalog-plugin-tool", dependencies: ["DocModel", "DocBuild", "DocConsole"],
      swiftSettings: swiftSettings),

    // Plugins: catalog code at build time, and on demand for checked-in files (written, or checked without
    // asking for write permission). The command plugins share CatalogCommand.swift and PluginSettings.swift
    // with DocCatalogPlugin (symbolic links: plugins cannot depend on a library).
    .plugin(name: "DocCatalogPlugin", capability: .buildTool(), dependencies: [buildPluginTool]),
    .plugin(
      name: "GenerateCatalog",
      capability: .command(
        intent: .custom(verb: "generate-catalog", description: "Regenerate the catalog outputs from docs/"),
        permissions: [.writeToPackageDirectory(reason: "Writes the generated catalog files the configuration names")]
      ),
      dependencies: [pluginTool]
    ),
    .plugin(
      name: "CheckCatalog",
      capability: .command(
        intent: .custom(verb: "check-catalog", description: "Fail when the checked-in catalog outputs are stale")),
      dependencies: [pluginTool]
    ),

    // The prebuilt tool, when DOCCATALOG_TOOL_BUNDLE names its artifact bundle.
  ] + (toolBundle.map { [.binaryTarget(name: "DocCatalogTool", path: $0)] } ?? []) + [

    // Example: an app target whose catalog code the plugin generates from docs/.
    .target(
      name: "AppConnectorErrorsExample",
      path: "Examples/AppConnectorErrors",
      swiftSettings: testSwiftSettings,
      plugins: [.plugin(name: "DocCatalogPlugin")]
    ),

    // Tests
    .target(
      name: "DocTestSupport",
      dependencies: ["DocModel", "DocParser", "HTMLGenerator", "DocBuild"],
      path: "Tests/DocTestSupport",
      swiftSettings: testSwiftSettings
    ),
    .testTarget(
      name: "DocParserTests",
      dependencies: ["DocParser", "DocModel", "DocBuild", "DocTestSupport"],
      swiftSettings: testSwiftSettings
    ),
    .testTarget(
      name: "JSONGeneratorTests",
      dependencies: ["JSONGenerator", "DocParser", "DocModel", "DocTestSupport"],
      exclude: ["Fixtures", "Golden"],
      swiftSettings: testSwiftSettings
    ),
    .testTarget(
      name: "SwiftGeneratorTests",
      dependencies: ["SwiftGenerator", "DocParser", "DocModel", "DocTestSupport"],
      exclude: ["Golden"],
      swiftSettings: testSwiftSettings
    ),
    .testTarget(
      name: "DocValidationTests",
      dependencies: ["DocValidation", "DocParser", "DocModel", "DocBuild", "DocTestSupport", "doccatalog"],
      exclude: ["Fixtures"],
      swiftSettings: testSwiftSettings
    ),
    .testTarget(
      name: "HTMLGeneratorTests",
      dependencies: [
        "HTMLGenerator", "DocParser", "DocModel", "DocTestSupport", "TemplateSupport",
        .product(name: "Mustache", package: "swift-mustache"),
      ],
      exclude: ["Golden", "Fixtures", "Scripts"],
      swiftSettings: testSwiftSettings
    ),
    .testTarget(
      name: "AppConnectorErrorsExampleTests",
      dependencies: ["AppConnectorErrorsExample"],
      swiftSettings: testSwiftSettings
    ),
    // One file per rule, each with marked fixtures (MarkedDocs) where its findings must point.
    .testTarget(
      name: "RuleTests",
      dependencies: ["DocModel", "DocParser", "DocValidation", "DocBuild", "DocTestSupport"],
      swiftSettings: testSwiftSettings
    ),
    .testTarget(
      name: "DocCLITests",
      dependencies: [
        "DocCLI", "DocConsole", "DocBuild", "DocModel", "DocParser", "DocValidation", "DocTestSupport",
        "SwiftGenerator", "doccatalog", "doccatalog-plugin-tool",
        .product(name: "Yams", package: "Yams"),
      ],
      swiftSettings: testSwiftSettings
    ),
  ]
)
