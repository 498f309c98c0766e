/// The words after a dot-command's name, split like a shell would: on spaces, with "double" or
/// 'single' quotes keeping spaces inside one word. `raw` keeps the text as typed, for commands
/// such as `.explain` that take a query.
public struct DotArguments: Equatable, Sendable {
    public var raw: String
    public var words: [String]

    /// Splits `raw`; an unclosed quote is an error that names the column where it opened.
    public init(_ raw: String) throws(ShellError) {
        self.raw = raw
        var words: [String] = []
        var current = ""
        var inWord = false
        var quote: (character: Character, column: Int)?
        for (column, character) in raw.enumerated() {
            if let open = quote {
                if character == open.character { quote = nil } else { current.append(character) }
            } else if character == "\"" || character == "'" {
                quote = (character, column + 1)
                inWord = true
            } else if character == " " || character == "\t" {
                if inWord { words.append(current) }
                current = ""
                inWord = false
            } else {
                current.append(character)
                inWord = true
            }
        }
        if let open = quote {
            throw ShellError("the quote \(open.character) opened at column \(open.column) of the arguments is never closed")
        }
        if inWord { words.append(current) }
        self.words = words
    }
}

/// A dot-command failed; the message says why and what to do.
public struct ShellError: Error, Equatable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}

extension DotArguments {
    /// The words as paths, with a leading `~/` meaning the home folder, as in other shells.
    func paths(home: String?) -> [String] {
        words.map { word in
            guard word.hasPrefix("~/"), let home else { return word }
            return (home.hasSuffix("/") ? String(home.dropLast()) : home) + word.dropFirst()
        }
    }
}
