import DossierExtract
import DossierModel

/// One fuzz input: the bytes of an article file. It is decoded as a file would be, read both as plain
/// text and as Markdown, extracted against the shipped lexicon, and the result must keep the model's
/// promises (`Corpus.integrityProblems`). A broken promise traps, which libFuzzer reports as a crash.
func fuzzArticle(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let text = try? TextDecoding.decode(bytes) else { return 0 }
    for markdown in [false, true] {
        var builder = CorpusBuilder(lexicon: lexicon)
        guard (try? builder.add(text: text, path: markdown ? "fuzz.md" : "fuzz.txt", markdown: markdown)) != nil else { continue }
        let problems = builder.build().integrityProblems()
        if !problems.isEmpty { fatalError(problems.joined(separator: "\n")) }
    }
    return 0
}

private let lexicon = LexiconLoader.shipped
