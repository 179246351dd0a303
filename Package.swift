// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Dyad",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "dyad", targets: ["dyad"]),
        .executable(name: "dyad-graphviz", targets: ["dyad-graphviz"]),
        .library(name: "DyadCore", targets: ["DyadCore"]),
        .library(name: "DyadExtraction", targets: ["DyadExtraction"]),
        .library(name: "DyadExport", targets: ["DyadExport"]),
        .library(name: "DyadInterop", targets: ["DyadInterop"]),
        .library(name: "GraphvizKit", targets: ["GraphvizKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.0.0"),
    ],
    targets: [
        // The operating-system calls outside Foundation, once for Glibc, Musl and Darwin.
        .target(name: "DyadPOSIX"),
        // Model, merge, snapshots, graph files, paths, diff.
        .target(
            name: "DyadCore",
            dependencies: [
                .product(name: "Collections", package: "swift-collections"),
                .product(name: "HeapModule", package: "swift-collections"),
                .product(name: "DequeModule", package: "swift-collections"),
                .product(name: "HashTreeCollections", package: "swift-collections"),
            ]
        ),
        // Tokenizer, gazetteer, rule language, matcher, the bundled rule pack.
        .target(
            name: "DyadExtraction",
            dependencies: ["DyadCore", .product(name: "Yams", package: "Yams")],
            resources: [.copy("DefaultPack")]
        ),
        // The C library, bridged through pkg-config.
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        // Swift ownership and serialisation over libgvc/libcgraph.
        .target(name: "GraphvizKit", dependencies: ["CGraphviz", "DyadPOSIX"]),
        // DOT writer, renderer front end, interchange formats.
        .target(name: "DyadExport", dependencies: ["DyadCore", "GraphvizKit", "DyadPOSIX"]),
        // Importers: edge lists (CSV), GraphML, PETRARCH/TABARI dictionaries into rule packs.
        .target(
            name: "DyadInterop",
            dependencies: [
                "DyadCore", "DyadExtraction", "DyadExport",
                .product(name: "CSV", package: "CSV.swift"), .product(name: "Yams", package: "Yams"),
            ],
            resources: [.copy("Resources/cameo-mapping.yaml")]
        ),
        // The local, read-only browser viewer behind `dyad serve`: JSON API and the page.
        .target(
            name: "DyadServe",
            dependencies: [
                "DyadCore", "DyadExport", .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            resources: [.copy("Web")]
        ),
        // Every command of the `dyad` tool.
        .target(
            name: "DyadCLI",
            dependencies: [
                "DyadCore", "DyadExtraction", "DyadExport", "DyadInterop", "DyadServe", "DyadPOSIX",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "dyad", dependencies: ["DyadCLI"]),
        // Isolated layout helper: DOT on stdin, rendered output on stdout.
        .executableTarget(name: "dyad-graphviz", dependencies: ["GraphvizKit", "DyadCore", "DyadPOSIX"]),
        // Benchmarks print their figures; they are not tests.
        .executableTarget(
            name: "dyad-bench",
            dependencies: ["DyadCore", "DyadExtraction", "DyadExport", "DyadInterop", "DyadPOSIX"]
        ),
        .testTarget(name: "DyadCoreTests", dependencies: ["DyadCore"]),
        .testTarget(name: "DyadExtractionTests", dependencies: ["DyadExtraction"], exclude: ["Fixtures"]),
        .testTarget(name: "DyadExportTests", dependencies: ["DyadExport", "GraphvizKit"], exclude: ["Golden"]),
        .testTarget(name: "DyadInteropTests", dependencies: ["DyadInterop", "DyadExport"], exclude: ["Fixtures"]),
        .testTarget(name: "GraphvizKitTests", dependencies: ["GraphvizKit"]),
        .testTarget(name: "DyadCLITests", dependencies: ["DyadCLI"], exclude: ["Golden"]),
        .testTarget(
            name: "DyadServeTests",
            dependencies: [
                "DyadServe", .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
    ]
)
