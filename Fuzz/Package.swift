// swift-tools-version: 6.0
// libFuzzer targets for Enmienda, kept in their own package: they are built only with
// `-sanitize=fuzzer` (see Fuzz/run.sh), which the main package's executables must not get.
import PackageDescription

let fuzzTargets = ["FuzzGlossary", "FuzzAligner", "FuzzCorrections", "FuzzReview"]

let package = Package(
    name: "EnmiendaFuzz",
    products: fuzzTargets.map { .executable(name: $0, targets: [$0]) },
    dependencies: [.package(name: "Enmienda", path: "..")],
    targets: [.target(name: "FuzzSupport", dependencies: [.product(name: "Enmienda", package: "Enmienda")])]
        + fuzzTargets.map {
            .executableTarget(
                name: $0, dependencies: ["FuzzSupport", .product(name: "Enmienda", package: "Enmienda")],
                swiftSettings: [.unsafeFlags(["-parse-as-library"])])
        },
    swiftLanguageModes: [.v6]
)
