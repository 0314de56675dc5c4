// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Enmienda",
    products: [
        .library(name: "Enmienda", targets: ["Enmienda"]),
        .executable(name: "enmienda", targets: ["EnmiendaCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        // The project configuration file (.enmienda.toml), read in the edge only.
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        // SHA-256 for the keys and the integrity of compiled-glossary cache files.
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        // `enmienda serve`: the HTTP server, its graceful shutdown and its Prometheus metrics.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        // SwiftNIO under Hummingbird: one channel handler of `serve` (FlushBeforeClose).
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // The pure core: text, Spanish morphology, the glossary model, matching, suggestions
        // and results. No file system, no C, no file formats (ARCHITECTURE.md).
        .target(name: "EnmiendaCore"),
        // The edge and the product: XML through libxml2, files, formats and reports. It
        // re-exports EnmiendaCore, so `import Enmienda` gives the whole library.
        // The glossaries and schemas of glossaries/ and the review page's stylesheet and
        // script (Reports/HTML/Resources) are embedded as Swift source by EmbedFiles, not
        // bundled as resources: the binary works when copied alone.
        .target(
            name: "Enmienda",
            dependencies: [
                "EnmiendaCore", "CLibXML2", .product(name: "CSV", package: "CSV.swift"),
                .product(name: "TOMLKit", package: "TOMLKit"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            exclude: ["Reports/HTML/Resources"],
            plugins: ["EmbedFiles"]
        ),
        .executableTarget(name: "FileEmbedder"),
        .plugin(
            name: "EmbedFiles",
            capability: .buildTool(),
            dependencies: ["FileEmbedder"]
        ),
        // `enmienda serve`: the LanguageTool-compatible HTTP server on Hummingbird (routes,
        // limits, reloading, metrics, lifecycle); the HTTP-agnostic logic is Enmienda/Service.
        .target(
            name: "EnmiendaServer",
            dependencies: [
                "Enmienda",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "NIOCore", package: "swift-nio"),
            ]
        ),
        .executableTarget(
            name: "EnmiendaCLI",
            dependencies: [
                "Enmienda", "EnmiendaServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Helpers shared by the test targets (glossaries built in code, seeded generators).
        .target(name: "EnmiendaTestSupport", dependencies: ["EnmiendaCore"], path: "Tests/Support"),
        // The core, with glossaries built in code: no file, no XML.
        .testTarget(
            name: "EnmiendaCoreTests",
            dependencies: ["EnmiendaCore", "EnmiendaTestSupport"]
        ),
        // The edge, and the whole library through real glossary files and formats.
        .testTarget(
            name: "EnmiendaTests",
            dependencies: ["Enmienda", "EnmiendaCore", "EnmiendaTestSupport"],
            exclude: ["Reports/Golden"]
        ),
        .testTarget(
            name: "EnmiendaServerTests",
            dependencies: [
                "EnmiendaServer", "Enmienda",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "NIOEmbedded", package: "swift-nio"),
            ]
        ),
        .testTarget(
            name: "EnmiendaCLITests",
            dependencies: ["EnmiendaCLI", "Enmienda", "EnmiendaCore", "EnmiendaTestSupport"],
            exclude: ["Golden"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
