#if canImport(Glibc)
import Glibc
#endif
import DossierQuery
@testable import DossierShell
import Testing

/// Scripts come from other people (a colleague's analysis, a downloaded exercise). Whatever they say,
/// they cannot write a file or run a command: the query language has no statement that does, and the
/// shell's one writing command, `.save`, runs only when typed at the prompt.
@Suite struct HostileScriptTests {
    /// Every file under `folder`, so a test can prove nothing appeared.
    static func listing(_ folder: TemporaryFolder) -> [String] {
        var names: [String] = []
        func walk(_ path: String, _ prefix: String) {
            guard let directory = opendir(path) else { return }
            defer { closedir(directory) }
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
                guard name != ".", name != ".." else { continue }
                names.append(prefix + name)
                if entry.pointee.d_type == UInt8(DT_DIR) { walk(path + "/" + name, prefix + name + "/") }
            }
        }
        walk(folder.path, "")
        return names.sorted()
    }

    /// Statements a hostile script might try, one per line; none may leave a file behind.
    static let attempts = [
        ".save stolen.dq", ".shell touch shelled", "!touch banged", "save \"saved.dq\"", "write \"written.dq\"",
        "output \"output.dq\"", "claims | select system(\"touch systemed\")", "claims | select shell(\"touch shelled\")",
        "let x = claims | export(\"exported.json\")", "include \"/etc/hostname\"", "include \"../../../../../../etc/passwd\"",
        "claims | why | select text | take 1", "def f(x) = claims | where speaker == x", "let everything = claims",
    ]

    @Test func aBatchScriptCannotWriteOrRunAnything() {
        let folder = TemporaryFolder()
        let before = Self.listing(folder)
        for (number, attempt) in Self.attempts.enumerated() {
            folder.write("# attempt \(number)\n\(attempt)\n", to: "attempt.dq")
            let run = BinaryRun(["run", "attempt.dq"], environment: ["HOME": folder.path], in: folder)
            #expect(run.status == 0 || run.status == 3, "\(attempt): \(run.errors)")
            if run.status == 3 {
                // The error names its place: the script's line 2, or the line of the file it included.
                #expect(run.errors.contains(try! Regex(#"^(attempt\.dq:2|/etc/\w+:1):\d+: error: "#)), "\(attempt): \(run.errors)")
            }
            #expect(Self.listing(folder) == (before + ["attempt.dq"]).sorted(), "\(attempt) left a file")
        }
    }

    @Test func commandsGivenWithDashCCannotWriteEither() {
        let folder = TemporaryFolder()
        for attempt in Self.attempts {
            _ = BinaryRun(["-c", attempt], environment: ["HOME": folder.path], in: folder)
            let piped = BinaryRun([], input: attempt + "\n", environment: ["HOME": folder.path], in: folder)
            #expect(piped.status != -1)
        }
        #expect(Self.listing(folder) == [])
    }

    @Test func saveFromAScriptReadByTheShellIsRefused() {
        let folder = TemporaryFolder()
        folder.write("actors | count\n.save \(folder.file("pwned.dq"))\nactors | count\n", to: "evil.dq")
        let (shell, _, _, errors) = ShellFixture.shell(lines: [".read \(folder.file("evil.dq"))", "claims | count", ".save \(folder.file("mine.dq"))"])
        _ = shell.run()
        #expect(errors.text.contains("evil.dq:2: error: `.save` writes a file, so it runs only when typed at the prompt, never from a script"))
        #expect(!TemporaryFolder.exists(folder.file("pwned.dq")))
        // The same command typed by the user works.
        #expect(folder.read("mine.dq")?.contains("claims | count") == true)
    }

    @Test func saveFromTheStartupFileIsRefused() {
        let folder = TemporaryFolder()
        folder.write(".save \(folder.file("from-startup.dq"))\n", to: "startup.dq")
        let (shell, _, _, errors) = ShellFixture.shell(lines: ["actors | count"], startupFile: folder.file("startup.dq"), explicitStartup: true)
        _ = shell.run()
        #expect(errors.text.contains("startup.dq:1: error: `.save` writes a file"))
        #expect(!TemporaryFolder.exists(folder.file("from-startup.dq")))
    }

    /// The language's own words: no statement or function names writing, exporting or running.
    @Test func theLanguageHasNoWritingOrRunningWords() {
        let words = DotCommandTable.all.filter(\.writesFiles).map(\.name)
        #expect(words == ["save"])
        for name in ["save", "write", "output", "export", "system", "shell", "exec", "run", "open"] {
            #expect(!QuerySession.stageKeywords.contains(name))
            #expect(!QuerySession.functionSummaries.map(\.name).contains(name))
        }
    }
}

/// A script that never ends (a device) or is absurdly large is refused instead of filling memory.
@Suite struct HostileScriptSizeTests {
    @Test func devicesAsScriptsAreRefusedQuickly() {
        let run = BinaryRun(["run", "/dev/zero"], deadline: 60)
        #expect(run.status == 2)
        #expect(run.errors == "dossier: cannot read \"/dev/zero\": File too large\n")
        let folder = TemporaryFolder()
        folder.write("articles | count\ninclude \"/dev/urandom\"\n", to: "greedy.dq")
        let included = BinaryRun(["run", "greedy.dq", "--format", "csv"], in: folder, deadline: 60)
        #expect(included.status == 3)
        #expect(included.errors.hasPrefix("greedy.dq:2:1: error: cannot read \"/dev/urandom\": File too large"))
    }

    @Test func theLimitIsCheckedAsTheFileIsRead() throws {
        let folder = TemporaryFolder()
        folder.write(String(repeating: "x", count: 5_000), to: "big.dq")
        #expect(throws: FileError(path: folder.file("big.dq"), code: EFBIG)) { try FileBytes.read(folder.file("big.dq"), limit: 4_096) }
        #expect(try FileBytes.read(folder.file("big.dq"), limit: 5_000).count == 5_000)
    }
}
