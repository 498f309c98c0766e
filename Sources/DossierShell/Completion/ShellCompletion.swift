extension Shell {
    /// What Tab offers at `cursor` (a UTF-8 offset) in `line`: command names and their arguments on a
    /// dot-command line, the query session's completions anywhere else.
    func completions(in line: String, at cursor: Int) -> Completion {
        let bytes = Array(line.utf8)
        let cursor = min(max(cursor, 0), bytes.count)
        let before = String(decoding: bytes[..<cursor], as: UTF8.self)
        guard DotCommandLine.isDotCommand(before) || before.drop(while: { $0 == " " }) == "." else {
            return queryCompletions(in: line, at: cursor)
        }
        let leading = before.utf8.prefix { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }.count
        let afterDot = before.utf8.dropFirst(leading + 1)
        guard let space = afterDot.firstIndex(where: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }) else {
            let typed = String(decoding: afterDot, as: UTF8.self)
            let names = DotCommandTable.names.filter { $0.hasPrefix(typed) }
            return Completion(replacing: leading..<cursor, candidates: names.map { CompletionCandidate("." + $0) })
        }
        let name = String(decoding: afterDot[..<space], as: UTF8.self)
        guard let command = DotCommandTable.command(named: name) else { return .none(at: cursor) }
        let wordStart = ArgumentWord.start(in: bytes, before: cursor)
        var word = String(decoding: bytes[wordStart..<cursor], as: UTF8.self)
        var replaceFrom = wordStart
        if word.hasPrefix("\"") || word.hasPrefix("'") {
            word.removeFirst()
            replaceFrom += 1
        }
        let candidates: [CompletionCandidate]
        switch command.completion {
        case .none:
            return .none(at: cursor)
        case .paths:
            candidates = PathCompletion.candidates(for: word, home: configuration.environment["HOME"])
        case .words(let words):
            candidates = words.filter { $0.hasPrefix(word) }.map { CompletionCandidate($0) }
        case .helpTopics:
            candidates = HelpTopics.names.filter { $0.hasPrefix(word) }.map { CompletionCandidate($0) }
        case .sources:
            candidates = sourceNames.filter { $0.hasPrefix(word) }.map { CompletionCandidate($0) }
        }
        return Completion(replacing: replaceFrom..<cursor, candidates: candidates)
    }
}

/// Finds where the argument under the cursor starts: after the last space outside quotes.
enum ArgumentWord {
    static func start(in bytes: [UInt8], before cursor: Int) -> Int {
        var start = 0
        var quote: UInt8?
        for index in 0..<cursor {
            let byte = bytes[index]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
                start = index
            } else if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") {
                start = index + 1
            }
        }
        return start
    }
}
