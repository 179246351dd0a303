// swift-tools-version: 6.0
// libFuzzer targets for Dyad (not part of the normal build): see Fuzz/README.md and scripts/fuzz.sh.
import PackageDescription

let fuzz: [SwiftSetting] = [.unsafeFlags(["-sanitize=fuzzer,address", "-parse-as-library"])]
let link: [LinkerSetting] = [.unsafeFlags(["-sanitize=fuzzer,address"])]

let package = Package(
    name: "DyadFuzz",
    dependencies: [.package(name: "Dyad", path: "..")],
    targets: [
        .executableTarget(
            name: "FuzzGraphReader", dependencies: [.product(name: "DyadCore", package: "Dyad")], swiftSettings: fuzz, linkerSettings: link),
        .executableTarget(
            name: "FuzzPack", dependencies: [.product(name: "DyadExtraction", package: "Dyad")], swiftSettings: fuzz, linkerSettings: link),
        .executableTarget(
            name: "FuzzExtractor", dependencies: [.product(name: "DyadExtraction", package: "Dyad")], swiftSettings: fuzz,
            linkerSettings: link),
        .executableTarget(
            name: "FuzzDOT",
            dependencies: [.product(name: "DyadExport", package: "Dyad"), .product(name: "GraphvizKit", package: "Dyad")],
            swiftSettings: fuzz, linkerSettings: link),
        .executableTarget(
            name: "FuzzDiffPath", dependencies: [.product(name: "DyadCore", package: "Dyad")], swiftSettings: fuzz, linkerSettings: link),
    ]
)
