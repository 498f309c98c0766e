import Foundation
import Testing

/// `Scripts/bench` is not part of the suite (its figures need a release build and minutes), but it
/// must keep working as the code under it changes: this runs its quick mode on the test build and
/// checks the JSON it writes. Speed itself is never asserted here.
@Suite(.serialized) struct BenchSmokeTests {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var binaryPath: String {
        ProcessInfo.processInfo.environment["DOSSIER_BIN"]
            ?? repositoryRoot.appendingPathComponent(".build/debug/dossier").path
    }

    @Test func quickRunWritesEveryFigure() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-bench-smoke-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("figures.json")

        let run = try runBench(
            ["--quick", "--binary", Self.binaryPath, "--json", output.path],
            environment: ["DOSSIER_BENCH_DIR": folder.appendingPathComponent("corpora").path], in: folder)
        try #require(run.status == 0, "Scripts/bench failed:\n\(run.errors)")

        let figures = try #require(
            JSONSerialization.jsonObject(with: Data(contentsOf: output)) as? [String: Any])
        #expect(Set(figures.keys).isSuperset(of: ["date", "machine", "settings", "extraction", "startup", "skipped", "targets"]))
        let machine = try #require(figures["machine"] as? [String: Any])
        #expect((machine["cpus"] as? Int ?? 0) > 0)
        #expect((machine["memory_mb"] as? Int ?? 0) > 0)

        // Every feature the bench measures exists now, so nothing may be skipped.
        let skipped = try #require(figures["skipped"] as? [String: String])
        #expect(skipped.isEmpty, "skipped: \(skipped)")

        let extraction = try #require(figures["extraction"] as? [String: Any])
        let sizes = try #require(extraction["sizes"] as? [[String: Any]])
        #expect(sizes.map { $0["articles"] as? Int } == [10, 20])
        // Real text: a quick run reads the first ten gold articles.
        let realText = try #require(figures["real_text"] as? [String: Any])
        #expect(realText["articles"] as? Int == 10)
        #expect((realText["bytes"] as? Int ?? 0) > 0)
        for size in sizes {
            for key in ["bytes", "words", "seconds", "cpu_seconds", "peak_rss_mib", "mb_per_s", "words_per_s"] {
                #expect(Self.number(size[key]) > 0, "extraction \(key) should be positive")
            }
        }
        let growth = try #require(extraction["growth"] as? [[String: Any]])
        #expect(growth.count == 1)
        #expect(Self.number(growth.first?["time_ratio"]) > 0)

        let startup = try #require(figures["startup"] as? [String: Any])
        #expect(Self.number(startup["first_prompt_ms"]) > 0)
        #expect(Self.number(startup["one_line_query_ms"]) > 0)
        let load = try #require(figures["load"] as? [String: Any])
        #expect(Self.number(load["seconds"]) > 0)
        #expect(Self.number(load["in_process_seconds"]) > 0)
        #expect(Self.number(load["peak_rss_mib"]) > 0)
        let export = try #require(figures["export"] as? [String: Any])
        #expect(Self.number(export["mb_per_cpu_s"]) > 0)

        let queries = try #require(figures["queries"] as? [String: Any])
        let latencies = try #require(queries["latencies"] as? [[String: Any]])
        #expect(Set(latencies.compactMap { $0["name"] as? String })
            == ["filter", "text search", "sort", "group by", "join", "co-occurrence"])
        for latency in latencies {
            #expect(Self.number(latency["median_ms"]) > 0, "\(latency["name"] ?? "?") should take some time")
        }
        let targets = try #require(figures["targets"] as? [[String: Any]])
        #expect(targets.contains { $0["key"] as? String == "first_prompt" })
    }

    @Test func badSizesAreRefusedWithAUsageError() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-bench-usage-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try runBench(["--binary", Self.binaryPath, "--sizes", "20,10"], environment: [:], in: folder)
        #expect(run.status == 2)
        #expect(run.errors.contains("ascending"))
    }

    /// Runs the script with its stderr in a file (a pipe nobody reads while waiting could fill up).
    private func runBench(
        _ arguments: [String], environment: [String: String], in folder: URL
    ) throws -> (status: Int32, errors: String) {
        let errorsFile = folder.appendingPathComponent("bench.stderr")
        try #require(FileManager.default.createFile(atPath: errorsFile.path, contents: nil))
        let errors = try FileHandle(forWritingTo: errorsFile)
        defer { try? errors.close() }
        let process = Process()
        process.executableURL = Self.repositoryRoot.appendingPathComponent("Scripts/bench")
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
        // A bench that hangs must fail this test, not stall the suite.
        let deadline = Date().addingTimeInterval(300)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        if process.isRunning {
            process.terminate()
            Issue.record("Scripts/bench did not finish within 300 s")
        }
        process.waitUntilExit()
        return (process.terminationStatus, (try? String(contentsOf: errorsFile, encoding: .utf8)) ?? "")
    }

    private static func number(_ value: Any?) -> Double {
        (value as? NSNumber)?.doubleValue ?? 0
    }
}
