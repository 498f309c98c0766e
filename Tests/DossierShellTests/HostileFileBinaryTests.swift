#if canImport(Glibc)
import Glibc
#endif
@testable import DossierShell
import Testing

/// Bad files given to the real binary: each is named on one line of standard error with its reason,
/// the good ones still load, and the exit status says whether anything could be read. Every run has a
/// deadline, so a hang fails the test instead of stalling the suite.
@Suite struct HostileFileBinaryTests {
    static let good = "Pipelines and Promises\n\nKazakhstan and China signed a deal on 3 May 2023. \u{201C}It will last,\u{201D} the minister said.\n"

    /// A folder holding one good article and one of every kind of bad file.
    static func corpusFolder() -> TemporaryFolder {
        let folder = TemporaryFolder()
        folder.write(good, to: "good.txt")
        folder.write(good.replacingOccurrences(of: "\n", with: "\r\n"), to: "windows.txt")
        let units = Array(good.utf16)
        writeBytes([0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }, to: folder.file("utf16.txt"))
        folder.write("", to: "empty.txt")
        writeBytes([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x00, 0x00, 0x01], to: folder.file("program.txt"))
        writeBytes(Array("Caf".utf8) + [0xE9] + Array(" au lait\n".utf8), to: folder.file("latin1.txt"))
        _ = symlink(folder.file("loop-b.txt"), folder.file("loop-a.txt"))
        _ = symlink(folder.file("loop-a.txt"), folder.file("loop-b.txt"))
        _ = symlink(folder.file("gone.txt"), folder.file("dangling.txt"))
        _ = mkfifo(folder.file("pipe.txt"), 0o600)
        folder.write("\n\n   \n", to: "blank.md")
        return folder
    }

    static func writeBytes(_ bytes: [UInt8], to path: String) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        _ = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
    }

    @Test func everyBadFileIsNamedOnceAndTheGoodOnesLoad() {
        let folder = Self.corpusFolder()
        let run = BinaryRun(["-c", "articles | sort id | select id", "--format", "csv", "."], in: folder, deadline: 120)
        #expect(run.status == 0)
        #expect(run.output == "id\ngood\nutf16\nwindows\n")
        let lines = run.errors.split(separator: "\n").map(String.init).sorted()
        #expect(lines == [
            "dossier: ./blank.md: no article text (only blank lines or furniture)",
            "dossier: ./dangling.txt: symbolic link loop or broken link",
            "dossier: ./empty.txt: empty file",
            "dossier: ./latin1.txt: invalid UTF-8 at 1:4",
            "dossier: ./loop-a.txt: symbolic link loop or broken link",
            "dossier: ./loop-b.txt: symbolic link loop or broken link",
            "dossier: ./pipe.txt: not a regular file",
            "dossier: ./program.txt: binary file (NUL byte at byte 5)",
        ])
    }

    @Test func nothingReadableIsAnInputErrorAndExportSaysSoToo() {
        let folder = Self.corpusFolder()
        let none = BinaryRun(["-c", "articles | count", "empty.txt", "program.txt", "pipe.txt", "missing.txt"], in: folder)
        #expect(none.status == 2)
        #expect(none.errors.contains("dossier: missing.txt: no such file or folder"))
        #expect(none.errors.contains("no articles could be read"))
        let export = BinaryRun(["export", "."], in: folder, deadline: 120)
        #expect(export.status == 2)
        #expect(export.output.contains("\"good\""))
        #expect(export.errors.split(separator: "\n").count == 8)
    }

    /// Run as root (as CI does), a file with mode 000 is still readable, so it loads; anyone else is
    /// told "permission denied". Either way the run goes on.
    @Test func anUnreadableFileIsHandledHonestly() {
        let folder = TemporaryFolder()
        folder.write(Self.good, to: "locked.txt")
        folder.write(Self.good, to: "open.txt")
        _ = chmod(folder.file("locked.txt"), 0)
        defer { _ = chmod(folder.file("locked.txt"), 0o600) }
        let run = BinaryRun(["-c", "articles | count", "--format", "csv", "locked.txt", "open.txt"], in: folder)
        #expect(run.status == 0)
        if geteuid() == 0 {
            #expect(run.output == "count\n2\n")
            #expect(run.errors.isEmpty)
        } else {
            #expect(run.output == "count\n1\n")
            #expect(run.errors == "dossier: locked.txt: permission denied\n")
        }
    }

    @Test func aFolderLinkedIntoItselfIsWalkedOnce() {
        let folder = TemporaryFolder()
        _ = system("mkdir -p '\(folder.file("a/b"))'")
        folder.write(Self.good, to: "a/b/deep.txt")
        _ = symlink(folder.file("a"), folder.file("a/b/up"))
        let run = BinaryRun(["-c", "articles | count", "--format", "csv", "a"], in: folder)
        #expect(run.output == "count\n1\n")
        #expect(run.errors.contains("a/b/up: symbolic link loop (folder already visited)"))
    }

    /// A 4 MB file on a single line, through the debug build the suite uses; 20 MB and 100 MB are
    /// timed by hand on a release build (Docs/security.md).
    @Test func aLongSingleLineLoads() {
        let folder = TemporaryFolder()
        let chunk = "officials in Astana said the corridor across the Caspian would open according to Kazakhstan and China "
        folder.write(String(repeating: chunk, count: 4_000_000 / chunk.utf8.count), to: "line.txt")
        let run = BinaryRun(["-c", "articles | select words", "--format", "csv", "line.txt"], in: folder, deadline: 300)
        #expect(run.status == 0)
        #expect(run.output == "words\n\(4_000_000 / chunk.utf8.count * 16)\n")
    }
}

/// `.load` in the shell polls Ctrl-C between files; a cancelled load changes nothing.
@Suite struct HostileLoadCancellationTests {
    @Test func aCancelledLoadIsFatalAndSaysSo() {
        let folder = TemporaryFolder()
        for number in 0..<5 { folder.write(HostileFileBinaryTests.good, to: "a\(number).txt") }
        let cancelled = CorpusSource.load(paths: [folder.path], isCancelled: { true })
        #expect(cancelled.cancelled && cancelled.fatal)
        let loaded = CorpusSource.load(paths: [folder.path], isCancelled: { false })
        #expect(!loaded.cancelled && loaded.corpus.articles.count == 5)
    }
}
