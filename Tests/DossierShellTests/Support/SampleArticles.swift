/// The shipped sample articles, read from the source tree (the test target has no access to the
/// extraction target's resources).
enum SampleArticles {
    static var folder: String {
        "/" + String(#filePath).split(separator: "/").dropLast(4).joined(separator: "/") + "/Sources/DossierExtract/Resources/Samples"
    }

    static var paths: [String] {
        ["caspian-middle-corridor", "pipelines-to-the-east", "summits-and-formats", "water-and-power-fergana"]
            .map { folder + "/" + $0 + ".txt" }
            .filter { TemporaryFolder.exists($0) }
    }

    static func text(of path: String) -> String {
        TemporaryFolder.readAbsolute(path) ?? ""
    }
}
