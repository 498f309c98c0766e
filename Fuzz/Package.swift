// swift-tools-version:6.0
import Foundation
import PackageDescription

// Fuzz targets, kept out of the main build: `Scripts/fuzz` builds them with `-sanitize=fuzzer` and runs
// each for a bounded time. They depend on the main package by path; SwiftPM names a path dependency
// after its folder, which differs between checkouts, so the name is read from the path.
let root = URL(fileURLWithPath: Context.packageDirectory).deletingLastPathComponent()
let dossier = root.lastPathComponent

let package = Package(
    name: "DossierFuzz",
    platforms: [.macOS(.v14)],
    dependencies: [.package(path: root.path)],
    targets: [
        .target(name: "LibFuzzer"),
        .executableTarget(
            name: "FuzzArticles",
            dependencies: ["LibFuzzer", .product(name: "DossierExtract", package: dossier)]
        ),
        .executableTarget(
            name: "FuzzLexicons",
            dependencies: ["LibFuzzer", .product(name: "DossierExtract", package: dossier)]
        ),
        .executableTarget(
            name: "FuzzQueries",
            dependencies: [
                "LibFuzzer",
                .product(name: "DossierExtract", package: dossier),
                .product(name: "DossierQuery", package: dossier),
            ]
        ),
    ]
)
