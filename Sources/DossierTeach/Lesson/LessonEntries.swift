/// The first pass over a lesson file: `key: value` lines at the left margin, each with the indented
/// block of lines that follows it. Comments (`#` at the left margin) and blank lines between entries
/// are dropped; inside a block everything is kept, so queries may contain `#` comments.
struct LessonEntry {
    var key: String
    var line: Int
    /// The text after the colon on the key's own line, trimmed; empty when the value is a block.
    var inlineValue: String
    /// Column (from 1) where `inlineValue` starts.
    var valueColumn: Int
    /// The indented lines after the key line, with the common indentation removed.
    var block: [String]
    /// The line number of `block[0]`.
    var blockLine: Int
    var lineText: String

    /// The value, whether written on the key's line or as a block.
    var value: String {
        if !inlineValue.isEmpty {
            return block.isEmpty ? inlineValue : ([inlineValue] + block).joined(separator: "\n")
        }
        return block.joined(separator: "\n")
    }
}

enum LessonEntries {
    static func split(_ text: String, path: String) throws(LessonError) -> [LessonEntry] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
        }
        var entries: [LessonEntry] = []
        var pendingBlock: [(Int, String)] = []

        func closeBlock() {
            guard !entries.isEmpty else { return }
            while let last = pendingBlock.last, last.1.allSatisfy(\.isWhitespace) { pendingBlock.removeLast() }
            let indent = pendingBlock.filter { !$0.1.allSatisfy(\.isWhitespace) }
                .map { $0.1.prefix { $0 == " " || $0 == "\t" }.count }.min() ?? 0
            entries[entries.count - 1].block = pendingBlock.map { String($0.1.dropFirst(min(indent, $0.1.count))) }
            entries[entries.count - 1].blockLine = pendingBlock.first?.0 ?? entries[entries.count - 1].line + 1
            pendingBlock = []
        }

        for (index, line) in lines.enumerated() {
            let number = index + 1
            if line.allSatisfy(\.isWhitespace) {
                if !pendingBlock.isEmpty { pendingBlock.append((number, "")) }
                continue
            }
            if line.first == " " || line.first == "\t" {
                guard !entries.isEmpty else {
                    throw LessonError(path: path, line: number, column: 1,
                                      message: "an indented line must follow a `key:` line it belongs to", lineText: line)
                }
                pendingBlock.append((number, line))
                continue
            }
            if line.first == "#" { continue }
            closeBlock()
            guard let colon = line.firstIndex(of: ":") else {
                throw LessonError(path: path, line: number, column: 1,
                                  message: "expected `key: value` (or an indented line continuing the key above)", lineText: line)
            }
            let key = String(line[..<colon]).lowercased()
            guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0 == "-" }) else {
                throw LessonError(path: path, line: number, column: 1,
                                  message: "`\(line[..<colon])` is not a key; keys are words like `prompt` or `check-corpus`", lineText: line)
            }
            let afterColon = line[line.index(after: colon)...]
            let leading = afterColon.prefix { $0 == " " || $0 == "\t" }.count
            let value = RowTableText.trim(String(afterColon))
            let column = line[..<colon].count + 2 + leading
            entries.append(LessonEntry(
                key: key, line: number, inlineValue: value, valueColumn: column, block: [], blockLine: number + 1, lineText: line))
        }
        closeBlock()
        return entries
    }
}
