import DossierShell

extension TeachSession {
    /// What Tab offers: lesson commands after a leading `.`, exercise ids after `.goto`, and the query
    /// language's completions everywhere else (also inside `.answer QUERY`).
    func completions(in line: String, at cursor: Int) -> Completion {
        let bytes = Array(line.utf8.prefix(cursor))
        let typed = String(decoding: bytes, as: UTF8.self)
        let leading = typed.prefix { $0 == " " }.utf8.count
        if typed.dropFirst(leading).first == "." {
            let word = typed.dropFirst(leading + 1)
            if !word.contains(" ") {
                let names = Self.commands.map(\.name).filter { $0.hasPrefix(word) }.sorted()
                return Completion(replacing: (leading + 1)..<bytes.count, candidates: names.map { CompletionCandidate($0) })
            }
            if word.hasPrefix("goto ") {
                let partial = word.dropFirst("goto ".count).drop { $0 == " " }
                let ids = lesson.exercises.map(\.id).filter { $0.hasPrefix(partial) }
                return Completion(replacing: (bytes.count - partial.utf8.count)..<bytes.count, candidates: ids.map { CompletionCandidate($0) })
            }
            if word.hasPrefix("answer ") {
                let start = leading + 1 + "answer ".utf8.count
                let query = String(decoding: bytes[start...], as: UTF8.self)
                let inner = queryCompletions(in: query, at: query.utf8.count)
                return Completion(
                    replacing: (inner.replacing.lowerBound + start)..<(inner.replacing.upperBound + start), candidates: inner.candidates)
            }
            return .none(at: cursor)
        }
        return queryCompletions(in: line, at: cursor)
    }

    private func queryCompletions(in text: String, at cursor: Int) -> Completion {
        let found = session.completions(in: text, at: cursor)
        let utf8 = Array(text.utf8)
        let insideQuotes = found.replacing.lowerBound > 0
            && [UInt8(ascii: "\""), UInt8(ascii: "'")].contains(utf8[found.replacing.lowerBound - 1])
        return Completion(
            replacing: found.replacing,
            candidates: found.candidates.map { CompletionCandidate($0, terminator: insideQuotes ? "" : " ") })
    }
}
