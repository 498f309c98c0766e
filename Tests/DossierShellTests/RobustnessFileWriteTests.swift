#if canImport(Glibc)
import Glibc
#endif
@testable import DossierShell
import Testing

/// Files Dossier writes go through `AtomicFileWrite`: a crash or a full disk in the middle of a write
/// leaves the old file whole, never a truncated one, and the code base has no other way to write.
@Suite struct RobustnessFileWriteTests {
    static func mode(_ path: String) -> mode_t {
        var status = stat()
        return stat(path, &status) == 0 ? status.st_mode & 0o7777 : 0
    }

    static func visibleNames(_ folder: TemporaryFolder) -> [String] {
        HostileScriptTests.listing(folder).filter { !$0.hasPrefix(".") }
    }

    @Test func replacingKeepsTheModeAndLeavesNothingBehind() throws {
        let folder = TemporaryFolder()
        folder.write("old", to: "notes.dq")
        #expect(chmod(folder.file("notes.dq"), 0o640) == 0)
        try AtomicFileWrite.replace(folder.file("notes.dq"), with: "new")
        #expect(folder.read("notes.dq") == "new")
        #expect(Self.mode(folder.file("notes.dq")) == 0o640)
        #expect(HostileScriptTests.listing(folder) == ["notes.dq"])
    }

    @Test func newFilesGetTheUsualModeAndPrivateOnesStayPrivate() throws {
        let folder = TemporaryFolder()
        let mask = umask(0o022)
        umask(mask)
        try AtomicFileWrite.replace(folder.file("deep/er/picture.svg"), with: "<svg/>")
        #expect(Self.mode(folder.file("deep/er/picture.svg")) == 0o666 & ~mask)
        try AtomicFileWrite.replace(folder.file("history"), with: "claims\n", permissions: 0o600)
        #expect(Self.mode(folder.file("history")) == 0o600)
    }

    @Test func aLinkIsWrittenThroughAndStaysALink() throws {
        let folder = TemporaryFolder()
        folder.write("old", to: "real.dq")
        #expect(symlink(folder.file("real.dq"), folder.file("link.dq")) == 0)
        try AtomicFileWrite.replace(folder.file("link.dq"), with: "new")
        #expect(folder.read("real.dq") == "new")
        var status = stat()
        #expect(lstat(folder.file("link.dq"), &status) == 0 && status.st_mode & S_IFMT == S_IFLNK)
    }

    @Test func aFailedWriteThrowsNamesTheFileAndLeavesTheOldOne() {
        let folder = TemporaryFolder()
        folder.write("old", to: "kept.dq")
        _ = system("mkdir '\(folder.file("kept.dq.dir"))'")
        #expect(throws: FileError.self) { try AtomicFileWrite.replace(folder.file("kept.dq.dir"), with: "x") }
        #expect(throws: FileError.self) { try AtomicFileWrite.replace(folder.file("kept.dq/inside"), with: "x") }
        #expect(folder.read("kept.dq") == "old")
        #expect(HostileScriptTests.listing(folder) == ["kept.dq", "kept.dq.dir"])
    }

    /// Runs the binary under a file-size limit of 1 KB: with SIGXFSZ ignored a write past it fails as
    /// on a full disk; with the default action the process is killed mid-write, as by a crash.
    static func runWithTinyFileLimit(_ folder: TemporaryFolder, ignoringSignal: Bool, _ arguments: String) -> Int32 {
        let trap = ignoringSignal ? "trap '' XFSZ; " : ""
        let command = "cd '\(folder.path)' && timeout 120 sh -c \"\(trap)ulimit -f 2; exec '\(DossierBinary.path)' \(arguments)\" >/dev/null 2>'\(folder.path)/.errors'"
        return system(command)
    }

    @Test func aFullDiskLeavesTheOldPictureWhole() {
        let folder = TemporaryFolder()
        folder.write("the old picture\n", to: "network.svg")
        let status = Self.runWithTinyFileLimit(folder, ignoringSignal: true, "graph -o network.svg")
        #expect(status != 0)
        #expect(folder.read(".errors")?.contains("cannot write network.svg: File too large") == true)
        #expect(folder.read("network.svg") == "the old picture\n")
        #expect(HostileScriptTests.listing(folder) == [".errors", "network.svg"])
    }

    @Test func aCrashMidWriteLeavesTheOldPictureWhole() {
        let folder = TemporaryFolder()
        folder.write("the old picture\n", to: "network.svg")
        let status = Self.runWithTinyFileLimit(folder, ignoringSignal: false, "graph -o network.svg")
        #expect(status != 0)
        #expect(folder.read("network.svg") == "the old picture\n")
        // The half-written temporary is hidden, so a folder of articles never reads it.
        #expect(Self.visibleNames(folder) == ["network.svg"])
    }

    /// The audit, kept honest: outside the one helper (and the history's single-write appends), no
    /// source file opens a file for writing.
    @Test func everyFileWriteGoesThroughTheOneHelper() throws {
        let sources = "/" + String(#filePath).split(separator: "/").dropLast(3).joined(separator: "/") + "/Sources"
        let allowed: Set<String> = ["AtomicFileWrite.swift", "HistoryFile.swift"]
        let writing = try Regex(
            #"\bO_(WRONLY|RDWR|CREAT|APPEND|TRUNC)\b|\b(fopen|creat|mkstemp|ftruncate|createFile)\(|\.write\(to: *[^&\s]|atomically: *(true|false)|FileHandle\(for(Writing|Updating)"#)
        let listing = String(cString: popen("find '\(sources)' -name '*.swift'", "r").map { pipe in
            var bytes: [UInt8] = []
            var chunk = [UInt8](repeating: 0, count: 4096)
            while true {
                let count = fread(&chunk, 1, chunk.count, pipe)
                if count == 0 { break }
                bytes += chunk[0..<count]
            }
            pclose(pipe)
            return bytes + [0]
        } ?? [0])
        let files = listing.split(separator: "\n").map(String.init)
        #expect(files.count > 50)
        var offenders: [String] = []
        for file in files where !allowed.contains(String(file.split(separator: "/").last!)) {
            let text = TemporaryFolder.readAbsolute(file) ?? ""
            for line in text.split(separator: "\n") where !line.trimmingPrefix(while: \.isWhitespace).hasPrefix("//") {
                if let match = line.firstMatch(of: writing) { offenders.append("\(file): \(match.output[0].substring ?? "")") }
            }
        }
        #expect(offenders == [])
    }
}
