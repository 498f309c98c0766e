import Foundation

/// Finds and reads lexicon files: the shipped ones, then the user's, then explicit files, each later
/// file adding entries or replacing entries of the same name.
public enum LexiconLoader {
    /// The shipped lexicon files, sorted by name.
    public static func shippedFiles() -> [URL] {
        guard let folder = Bundle.module.url(forResource: "Lexicons", withExtension: nil) else { return [] }
        return lexFiles(in: folder)
    }

    /// `$XDG_CONFIG_HOME/dossier/lexicons/*.lex`, or `~/.config/dossier/lexicons/*.lex` without XDG_CONFIG_HOME.
    public static func userFiles(environment: [String: String] = ProcessInfo.processInfo.environment) -> [URL] {
        let base: URL
        if let xdg = environment["XDG_CONFIG_HOME"], !xdg.isEmpty {
            base = URL(fileURLWithPath: xdg, isDirectory: true)
        } else if let home = environment["HOME"], !home.isEmpty {
            base = URL(fileURLWithPath: home, isDirectory: true).appendingPathComponent(".config", isDirectory: true)
        } else {
            return []
        }
        return lexFiles(in: base.appendingPathComponent("dossier/lexicons", isDirectory: true))
    }

    /// The shipped lexicon plus the user's lexicons plus `extraFiles`.
    public static func load(
        extraFiles: [String] = [], environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(LexiconError) -> Lexicon {
        var entries = LexiconEntries()
        for url in shippedFiles() + userFiles(environment: environment) {
            entries.merge(try read(url))
        }
        for path in extraFiles {
            entries.merge(try read(URL(fileURLWithPath: path), named: path))
        }
        return Lexicon(entries: entries)
    }

    /// The shipped lexicon alone; it is part of the program, so an error in it is a programming error.
    public static let shipped: Lexicon = {
        do {
            var entries = LexiconEntries()
            for url in shippedFiles() { entries.merge(try read(url)) }
            return Lexicon(entries: entries)
        } catch {
            fatalError("shipped lexicon is invalid: \(error)")
        }
    }()

    /// Reads one lexicon file; errors name it as `name` (the path as the user gave it) or by its full path.
    public static func read(_ url: URL, named name: String? = nil) throws(LexiconError) -> LexiconEntries {
        let path = name ?? url.path
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw LexiconError(file: path, line: 0, message: "cannot read lexicon file")
        }
        let text: String
        do {
            text = try TextDecoding.decode(Array(data))
        } catch {
            throw LexiconError(file: path, line: 0, message: error.description)
        }
        return try LexiconParser.parse(text, file: path)
    }

    private static func lexFiles(in folder: URL) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".lex") }.sorted().map { folder.appendingPathComponent($0) }
    }
}
