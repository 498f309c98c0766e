@testable import DossierShell
#if canImport(Glibc)
import Glibc
#endif
import Testing

@Suite struct HistoryFileTests {
    @Test func entriesSurviveAReload() throws {
        let folder = TemporaryFolder()
        let file = HistoryFile(path: folder.file("state/dossier/history"))
        try file.append("claims | take 3")
        try file.append("actors | where kind == \"state\"")
        #expect(try HistoryFile(path: file.path).load() == ["claims | take 3", "actors | where kind == \"state\""])
    }

    @Test func multiLineEntriesAndBackslashesRoundTrip() throws {
        let folder = TemporaryFolder()
        let file = HistoryFile(path: folder.file("history"))
        let entry = "claims |\n  where text ~ \"\\bSCO\\b\""
        try file.append(entry)
        try file.append("events")
        #expect(folder.read("history") == "claims |\\n  where text ~ \"\\\\bSCO\\\\b\"\nevents\n")
        #expect(try file.load() == [entry, "events"])
    }

    @Test func aMissingFileIsAnEmptyHistory() throws {
        let folder = TemporaryFolder()
        #expect(try HistoryFile(path: folder.file("no/such/history")).load() == [])
    }

    @Test func aLineCutShortByACrashDoesNotSwallowTheNextEntry() throws {
        let folder = TemporaryFolder()
        folder.write("actors\nframeworks | ta", to: "history")
        let file = HistoryFile(path: folder.file("history"))
        try file.append("events")
        #expect(try file.load() == ["actors", "frameworks | ta", "events"])
    }

    @Test func compactionKeepsTheNewestEntries() throws {
        let folder = TemporaryFolder()
        let file = HistoryFile(path: folder.file("history"), keep: 5, compactionBytes: 200)
        for number in 1...60 { try file.append("claims | take \(number)") }
        let kept = try file.load()
        #expect(kept.last == "claims | take 60")
        #expect(kept.count == 5)
        let size = folder.read("history")?.utf8.count ?? 0
        #expect(size <= 200 + "claims | take 60\n".utf8.count)
        #expect(folder.read("history.\(getpid()).tmp") == nil)
    }

    @Test func concurrentWritersLoseNothing() async throws {
        let folder = TemporaryFolder()
        let path = folder.file("history")
        // Each writer opens the file on its own, as separate shells do; compaction runs meanwhile.
        await withTaskGroup(of: Void.self) { group in
            for writer in 0..<4 {
                group.addTask {
                    let file = HistoryFile(path: path, keep: 10_000, compactionBytes: 4_000)
                    for number in 0..<150 { try? file.append("writer \(writer) entry \(number)") }
                }
            }
        }
        let entries = try HistoryFile(path: path, keep: 10_000).load()
        #expect(entries.count == 600)
        #expect(Set(entries).count == 600)
        for writer in 0..<4 {
            let own = entries.filter { $0.hasPrefix("writer \(writer) ") }
            #expect(own == (0..<150).map { "writer \(writer) entry \($0)" })
        }
    }

    @Test func anUnwritableLocationIsAnErrorNotACrash() throws {
        let folder = TemporaryFolder()
        folder.write("not a folder", to: "blocker")
        let file = HistoryFile(path: folder.file("blocker/history"))
        #expect(throws: HistoryError.self) { try file.append("actors") }
    }
}

@Suite struct ShellHistoryTests {
    @Test func consecutiveDuplicatesAndSpacePrefixedLinesAreNotStored() throws {
        let folder = TemporaryFolder()
        let reader = ScriptedLineReader([])
        let history = ShellHistory(file: HistoryFile(path: folder.file("history")), reader: reader) { _ in }
        history.record("actors")
        history.record("actors")
        history.record(" frameworks | take 1")
        history.record("claims")
        history.record("actors")
        #expect(history.entries == ["actors", "claims", "actors"])
        #expect(reader.remembered == ["actors", "claims", "actors"])
        #expect(try HistoryFile(path: folder.file("history")).load() == ["actors", "claims", "actors"])
    }

    @Test func loadedEntriesAreRecallableInTheEditor() throws {
        let folder = TemporaryFolder()
        try HistoryFile(path: folder.file("history")).append("events | take 2")
        let reader = ScriptedLineReader([])
        let history = ShellHistory(file: HistoryFile(path: folder.file("history")), reader: reader) { _ in }
        #expect(reader.remembered == ["events | take 2"])
        history.record("events | take 2")
        #expect(history.entries == ["events | take 2"])
    }

    @Test func aBrokenFileIsReportedOnceAndHistoryGoesOnInMemory() {
        let folder = TemporaryFolder()
        folder.write("x", to: "blocker")
        var warnings: [String] = []
        let history = ShellHistory(file: HistoryFile(path: folder.file("blocker/history")), reader: ScriptedLineReader([])) {
            warnings.append($0)
        }
        history.record("actors")
        history.record("claims")
        #expect(history.entries == ["actors", "claims"])
        #expect(warnings.count == 1)
        #expect(warnings.first?.contains("blocker") == true)
    }
}
