// swift-tools-version: 6.0
// libFuzzer targets for Dyad (not part of the normal build): see scripts/fuzz.sh.
import PackageDescription

let fuzz: [SwiftSetting] = [.unsafeFlags(["-sanitize=fuzzer,address"])]
let link: [LinkerSetting] = [.unsafeFlags(["-sanitize=fuzzer,address"])]

let package = Package(
    name: "DyadFuzz",
    dependencies: [.package(name: "Dyad", path: "..")],
    targets: [
        .target(name: "FuzzSupport", swiftSettings: fuzz),
        .executableTarget(
            name: "FuzzGraphReader", dependencies: ["FuzzSupport", .product(name: "DyadCore", package: "Dyad")], swiftSettings: fuzz, linkerSettings: link),
        .executableTarget(
            name: "FuzzPack", dependencies: ["FuzzSupport", .product(name: "DyadExtraction", package: "Dyad")], swiftSettings: fuzz, linkerSettings: link),
        .executableTarget(
            name: "FuzzExtractor", dependencies: ["FuzzSupport", .product(name: "DyadExtraction", package: "Dyad")], swiftSettings: fuzz,
            linkerSettings: link),
        .executableTarget(
            name: "FuzzDOT",
            dependencies: ["FuzzSupport", .product(name: "DyadExport", package: "Dyad"), .product(name: "GraphvizKit", package: "Dyad")],
            swiftSettings: fuzz, linkerSettings: link),
        .executableTarget(
            name: "FuzzDiffPath", dependencies: ["FuzzSupport", .product(name: "DyadCore", package: "Dyad")], swiftSettings: fuzz, linkerSettings: link),
    ]
)
