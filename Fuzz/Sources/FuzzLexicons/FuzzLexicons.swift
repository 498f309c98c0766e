import DossierExtract
import DossierModel

/// One fuzz input: a user lexicon file (`--lexicon`, or one in the user's lexicon folder). It is parsed
/// as such a file is; when it parses, it is merged over the shipped lexicon and a fixed article is
/// extracted with the result, which must keep the model's promises.
func fuzzLexicon(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    guard let user = try? LexiconParser.parse(text, file: "fuzz.lex") else { return 0 }
    var entries = shipped
    entries.merge(user)
    var builder = CorpusBuilder(lexicon: Lexicon(entries: entries))
    _ = try? builder.add(text: article, path: "fuzz.txt")
    let problems = builder.build().integrityProblems()
    if !problems.isEmpty { fatalError(problems.joined(separator: "\n")) }
    return 0
}

private let shipped: LexiconEntries = {
    var entries = LexiconEntries()
    for url in LexiconLoader.shippedFiles() { entries.merge(try! LexiconLoader.read(url)) }
    return entries
}()

private let article = """
    Corridors and Claims

    Kazakhstan and China signed the Belt and Road Initiative deal on 3 May 2023. \u{201C}We will stay,\u{201D} \
    said Xi Jinping. According to officials in Astana, the SCO will meet in June.

    For Chinese scholars, the Power of Siberia 2 pipeline is stalled, analyst Dosym Satpayev argued.
    """
