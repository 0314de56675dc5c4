// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Enmienda",
    products: [
        .library(name: "Enmienda", targets: ["Enmienda"]),
        .executable(name: "enmienda", targets: ["EnmiendaCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(
            name: "Enmienda",
            dependencies: ["CLibXML2"],
            plugins: ["EmbedGlossaries"]
        ),
        .executableTarget(name: "GlossaryEmbedder"),
        .plugin(
            name: "EmbedGlossaries",
            capability: .buildTool(),
            dependencies: ["GlossaryEmbedder"]
        ),
        .executableTarget(
            name: "EnmiendaCLI",
            dependencies: [
                "Enmienda",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "EnmiendaTests",
            dependencies: ["Enmienda"],
            exclude: ["Reports/Golden"]
        ),
        .testTarget(
            name: "EnmiendaCLITests",
            dependencies: ["EnmiendaCLI", "Enmienda"],
            exclude: ["Golden"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
