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
        let files = (shippedFiles() + userFiles(environment: environment)).map { (url: $0, name: String?.none) }
            + extraFiles.map { (url: URL(fileURLWithPath: $0), name: String?.some($0)) }
        var entries = LexiconEntries()
        for parsed in try readAll(files) { entries.merge(parsed) }
        return Lexicon(entries: entries)
    }

    /// The shipped lexicon alone; it is part of the program, so an error in it is a programming error.
    public static let shipped: Lexicon = {
        do {
            var entries = LexiconEntries()
            for parsed in try readAll(shippedFiles().map { (url: $0, name: nil) }) { entries.merge(parsed) }
            return Lexicon(entries: entries)
        } catch {
            fatalError("shipped lexicon is invalid: \(error)")
        }
    }()

    /// Reads every file, in their order, half of them on another thread: parsing the lexicon text is the largest part
    /// of starting up, and no file depends on another. Files alternate between the threads, which splits the shipped
    /// lexicon's bytes about evenly. The first failing file in order is the error reported.
    private static func readAll(_ files: [(url: URL, name: String?)]) throws(LexiconError) -> [LexiconEntries] {
        let elsewhere = files.enumerated().filter { $0.offset % 2 == 1 }.map(\.element)
        let background = BackgroundWork { elsewhere.map { file in Result { () throws(LexiconError) in try read(file.url, named: file.name) } } }
        let here = files.enumerated().filter { $0.offset % 2 == 0 }.map { file in
            Result { () throws(LexiconError) in try read(file.element.url, named: file.element.name) }
        }
        let there = background.wait()
        var parsed: [LexiconEntries] = []
        for index in files.indices {
            parsed.append(try (index % 2 == 0 ? here[index / 2] : there[index / 2]).get())
        }
        return parsed
    }

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
