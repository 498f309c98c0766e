// swift-tools-version:6.0
import PackageDescription

// Layers point one way: text in (Extract) → model → query → presentation (Shell, Teach) → executable.
let package = Package(
    name: "Dossier",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "dossier", targets: ["dossier"]),
        // The layers the fuzz targets under Fuzz/ link, built apart from the shell.
        .library(name: "DossierExtract", targets: ["DossierExtract"]),
        .library(name: "DossierQuery", targets: ["DossierQuery"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/pointfreeco/swift-custom-dump", from: "1.7.3"),
    ],
    targets: [
        .systemLibrary(name: "CEditLine", pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),
        .target(name: "DossierModel"),
        .target(
            name: "DossierExtract",
            dependencies: ["DossierModel"],
            resources: [.copy("Resources/Lexicons"), .copy("Resources/Samples")]
        ),
        .target(name: "DossierQuery", dependencies: ["DossierModel"]),
        .target(name: "DossierPictures", dependencies: ["DossierModel", "DossierQuery"]),
        .target(name: "DossierShell", dependencies: ["DossierModel", "DossierExtract", "DossierQuery", "DossierPictures", "CEditLine"]),
        .target(name: "DossierTeach", dependencies: ["DossierModel", "DossierExtract", "DossierQuery", "DossierShell"]),
        .executableTarget(
            name: "dossier",
            dependencies: [
                "DossierShell", "DossierTeach", "DossierExtract", "DossierPictures",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "DossierModelTests", dependencies: ["DossierModel"]),
        .testTarget(
            name: "DossierExtractTests",
            dependencies: ["DossierExtract", .product(name: "CustomDump", package: "swift-custom-dump")],
            resources: [.copy("Gold")]
        ),
        .testTarget(
            name: "DossierQueryTests",
            dependencies: ["DossierQuery", "DossierExtract", .product(name: "CustomDump", package: "swift-custom-dump")]
        ),
        .testTarget(name: "DossierShellTests", dependencies: ["DossierShell", "DossierPictures"]),
        .testTarget(name: "DossierTeachTests", dependencies: ["DossierTeach"]),
        .testTarget(name: "DossierPicturesTests", dependencies: ["DossierPictures"]),
    ]
)
