import DossierModel

/// What may be typed at the cursor, and which part of the text it replaces.
public struct Completions: Sendable, Equatable {
    /// UTF-8 offsets of the partial word the candidates replace.
    public var replacing: Range<Int>
    /// Full words to put in its place, sorted, without duplicates.
    public var candidates: [String]
}

extension QuerySession {
    /// Completions at `cursor` (a UTF-8 offset into `text`): stage names after `|`, sources at the start
    /// of a statement, fields of the source being queried (and through references after `.`), entity
    /// names and aliases inside quotes, variables and functions.
    public func completions(in text: String, at cursor: Int) -> Completions {
        let bytes = Array(text.utf8.prefix(max(0, cursor)))
        if let quoteStart = openQuote(in: bytes) {
            let partial = String(decoding: bytes[(quoteStart + 1)...], as: UTF8.self).lowercased()
            var names = Set<String>()
            for source in [SourceKind.actors, .frameworks] {
                for name in index.allNames(of: source) where name.lowercased().hasPrefix(partial) { names.insert(name) }
            }
            return Completions(replacing: (quoteStart + 1)..<bytes.count, candidates: names.sorted())
        }
        var wordStart = bytes.count
        while wordStart > 0, Self.isWordByte(bytes[wordStart - 1]) { wordStart -= 1 }
        let partial = String(decoding: bytes[wordStart...], as: UTF8.self)
        let before = String(decoding: bytes[..<wordStart], as: UTF8.self)
        let words = candidates(before: before).filter { $0.hasPrefix(partial) && $0 != partial || partial.isEmpty }
        return Completions(replacing: wordStart..<bytes.count, candidates: Array(Set(words)).sorted())
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        let folded = byte | 0x20
        return (folded >= 0x61 && folded <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x5F
    }

    /// The offset of the quote that opens an unfinished string, if the cursor is inside one.
    private func openQuote(in bytes: [UInt8]) -> Int? {
        var open: (Int, UInt8)?
        var position = 0
        while position < bytes.count {
            let byte = bytes[position]
            if let (_, quote) = open {
                if byte == UInt8(ascii: "\\") { position += 1 } else if byte == quote { open = nil }
            } else if byte == UInt8(ascii: "#") {
                while position < bytes.count, bytes[position] != UInt8(ascii: "\n") { position += 1 }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                open = (position, byte)
            }
            position += 1
        }
        return open?.0
    }

    /// Words that fit after `before` (the text up to the partial word).
    private func candidates(before: String) -> [String] {
        let tokens = Self.lenientTokens(before)
        let statement = tokens.split(omittingEmptySubsequences: false) { $0.kind == .newline || $0.kind == .semicolon }
            .last.map(Array.init) ?? []
        let names = variableAndFunctionNames
        guard let last = statement.last else {
            return SourceKind.allCases.map(\.rawValue) + names + ["let", "def", "explain", "include", "cooccurrence"]
        }
        let previous = statement.count > 1 ? statement[statement.count - 2] : nil
        switch (last.kind, last.text) {
        case (.pipe, _): return Parser.stageKeywords
        case (.identifier, "join"), (.identifier, "lookup"), (.identifier, "cooccurrence"):
            return [SourceKind.actors.rawValue, SourceKind.frameworks.rawValue]
                + (last.text == "cooccurrence" ? [] : SourceKind.allCases.map(\.rawValue))
        case (.identifier, "by") where statement.first?.text == "cooccurrence": return ["sentence", "paragraph"]
        case (.identifier, "explain"): return SourceKind.allCases.map(\.rawValue) + names + ["cooccurrence"]
        case (.assign, _) where statement.first?.text == "let" && statement.count == 3:
            return SourceKind.allCases.map(\.rawValue) + names + ["cooccurrence"]
        case (.dot, _):
            return fieldsThrough(path: Self.pathBefore(statement.dropLast()), of: headSource(of: statement))
        case (.identifier, "sort") where previous?.kind == .pipe,
             (.identifier, "select") where previous?.kind == .pipe,
             (.identifier, "where") where previous?.kind == .pipe,
             (.identifier, "distinct") where previous?.kind == .pipe,
             (.identifier, "flatten") where previous?.kind == .pipe:
            return fieldNames(of: statement) + Builtin.allCases.map(\.rawValue) + names
        case (.identifier, "group") where previous?.kind == .pipe: return ["by"]
        default:
            let operators = ["and", "or", "not", "in", "has", "contains", "matches", "asc", "desc", "aggregate", "as", "on"]
            let aggregates = statement.contains { $0.text == "aggregate" } ? Aggregate.allCases.map(\.rawValue) : []
            return fieldNames(of: statement) + Builtin.allCases.map(\.rawValue) + aggregates + names + operators
        }
    }

    private var variableAndFunctionNames: [String] { definitions.map(\.name) + ["_"] }

    /// The source a statement starts from, if its head names one (or a variable holding its rows).
    private func headSource(of statement: [Token]) -> SourceKind? {
        var tokens = statement[...]
        if tokens.first?.text == "let" || tokens.first?.text == "def" {
            guard let assign = tokens.firstIndex(where: { $0.kind == .assign }) else { return nil }
            tokens = tokens[(assign + 1)...]
        }
        if tokens.first?.text == "explain" { tokens = tokens.dropFirst() }
        guard let head = tokens.first, head.kind == .identifier else { return nil }
        return SourceKind(rawValue: head.text)
    }

    /// Fields the rows at this point of the statement have: the head source's, the names a
    /// `select`/`group` made, or a variable's columns.
    private func fieldNames(of statement: [Token]) -> [String] {
        var names: [String] = []
        if let source = headSource(of: statement) {
            names = Schema.table(source).fields.map(\.name)
        } else if let head = statement.first(where: { $0.kind == .identifier && $0.text != "let" && $0.text != "explain" }),
                  case .table(let table) = variables[head.text] {
            names = table.columns.map(\.name)
        }
        // A `select` or `group` replaces the fields with the names it makes.
        if let shaping = statement.lastIndex(where: { ($0.text == "select" || $0.text == "group") && $0.kind == .identifier }),
           let stageEnd = statement[shaping...].firstIndex(where: { $0.kind == .pipe }), stageEnd < statement.count {
            names = Self.projectedNames(statement[shaping..<stageEnd])
        }
        return names + ["this"]
    }

    private static func projectedNames(_ tokens: ArraySlice<Token>) -> [String] {
        var names: [String] = []
        var current: [Token] = []
        var depth = 0
        for token in tokens.dropFirst() {
            if token.kind == .leftParen || token.kind == .leftBracket { depth += 1 }
            if token.kind == .rightParen || token.kind == .rightBracket { depth -= 1 }
            if depth == 0, token.kind == .comma || token.text == "aggregate" {
                names += projectedName(current)
                current = []
            } else if !(token.text == "by" && current.isEmpty) {
                current.append(token)
            }
        }
        return names + projectedName(current)
    }

    private static func projectedName(_ tokens: [Token]) -> [String] {
        if tokens.count > 1, tokens[1].kind == .assign { return [tokens[0].text] }
        if let last = tokens.last(where: { $0.kind == .identifier }) { return [last.text] }
        return []
    }

    /// The field names before a trailing `.`: `speaker.affiliation.` → ["speaker", "affiliation"].
    private static func pathBefore(_ tokens: ArraySlice<Token>) -> [String] {
        var path: [String] = []
        var position = tokens.endIndex
        while position > tokens.startIndex {
            let token = tokens[position - 1]
            guard token.kind == .identifier else { break }
            path.insert(token.text, at: 0)
            position -= 1
            guard position > tokens.startIndex, tokens[position - 1].kind == .dot else { break }
            position -= 1
        }
        return path
    }

    private func fieldsThrough(path: [String], of source: SourceKind?) -> [String] {
        var sources: [SourceKind] = source.map { [$0] } ?? SourceKind.allCases
        for name in path {
            var next: [SourceKind] = []
            for current in sources {
                switch Schema.table(current)[name]?.type {
                case .row(let kind), .list(.row(let kind)): next.append(kind)
                case .entity, .list(.entity): next += [.actors, .frameworks]
                default: break
                }
            }
            if next.isEmpty, let first = path.first, name == first {
                // The path may start from a variable or `this`; then any source's fields are fair game.
                next = name == "this" ? sources : SourceKind.allCases
            }
            sources = next
        }
        return sources.flatMap { Schema.table($0).fields.map(\.name) }
    }

    /// Tokens of possibly unfinished text; stops quietly at the first lexical error.
    private static func lenientTokens(_ text: String) -> [Token] {
        var lexer = Lexer(text)
        var tokens: [Token] = []
        while let token = try? lexer.next(), token.kind != .end { tokens.append(token) }
        return tokens
    }
}
