import DossierExtract
import DossierModel
import DossierQuery

/// One fuzz input: is query text, as typed at the prompt or saved in a script. A fresh
/// session over the sample articles runs it and reads every cell of every result; completion and the
/// prompt's "is this statement finished?" check see it too. Errors are fine; a crash, a hang (caught
/// by libFuzzer's timeout) or an error that cannot say where it happened is not.
func fuzzQuery(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let session = QuerySession(corpus: corpus, limits: QueryLimits(maximumRows: 200_000))
    _ = session.isComplete(text)
    _ = session.completions(in: text, at: text.utf8.count)
    let middle = text.unicodeScalars.index(text.unicodeScalars.startIndex, offsetBy: text.unicodeScalars.count / 2)
    _ = session.completions(in: text, at: text.utf8.distance(from: text.utf8.startIndex, to: middle))
    do {
        try session.run(text, named: "fuzz") { outcome in
            if case .rows(let result) = outcome {
                for row in 0..<min(result.rowCount, 50) { _ = result.row(row).map(\.plainText) }
            }
        }
        if let last = session.lastResult, last.rowCount > 0 { _ = try? session.provenance(ofRow: 0) }
    } catch {
        let rendered = error.rendered
        if error.range != nil {
            precondition(error.location != nil && rendered.hasPrefix("fuzz:"), "an error with a range lost its place: \(rendered)")
        }
    }
    return 0
}

private let corpus = SampleCorpus.load().corpus
