import DossierModel

/// Parses the `.lex` format described in Docs/lexicons.md. Every error names the file and line.
public enum LexiconParser {
    private enum Section { case actors, frameworks, roles, verbs, givenNames }

    public static func parse(_ text: String, file: String) throws(LexiconError) -> LexiconEntries {
        var text = text
        // Scanned as bytes: splitting Strings and Substrings into lines and columns was most of reading a lexicon,
        // which every start does.
        let result = text.withUTF8 { bytes in Result { () throws(LexiconError) in try parse(bytes, file: file) } }
        return try result.get()
    }

    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>, file: String) throws(LexiconError) -> LexiconEntries {
        var entries = LexiconEntries()
        var section: Section?
        var lineStart = 0
        var lineNumber = 0
        while lineStart <= bytes.count {
            lineNumber += 1
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != newline { lineEnd += 1 }
            defer { lineStart = lineEnd + 1 }
            var end = lineEnd
            if end > lineStart, bytes[end - 1] == carriageReturn { end -= 1 }
            let line = lineStart..<end
            if section == .givenNames, let entry = plainGivenName(bytes, line) {
                entries.givenNames.append(entry)
                continue
            }
            // Blank lines and comments are told by their first byte that is no space, before any string is made.
            guard let first = line.first(where: { bytes[$0] != space && bytes[$0] != tab }).map({ bytes[$0] }), first != hash else { continue }
            func fail(_ message: String) -> LexiconError { LexiconError(file: file, line: lineNumber, message: message) }
            if first == at {
                let trimmed = string(bytes, line).strippingScalars(in: " \t")
                switch trimmed.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ") {
                case "@entities actor": section = .actors
                case "@entities framework": section = .frameworks
                case "@roles": section = .roles
                case "@verbs": section = .verbs
                case "@given-names": section = .givenNames
                default: throw fail("unknown directive '\(trimmed)' (expected \(directives))")
                }
                continue
            }
            guard let section else { throw fail("entry before any directive (start the file with one of \(directives))") }
            var columns: [String] = []
            var columnStart = line.lowerBound
            while columnStart < line.upperBound {
                var columnEnd = columnStart
                while columnEnd < line.upperBound, bytes[columnEnd] != tab { columnEnd += 1 }
                if columnEnd > columnStart { columns.append(stripped(bytes, columnStart..<columnEnd)) }
                columnStart = columnEnd + 1
            }
            guard let name = columns.first, !name.isEmpty else { throw fail("missing name") }
            // A handful of fields a line: a list searched in order costs less than hashing them into a dictionary.
            var fields: [(key: Substring, value: String)] = []
            for column in columns.dropFirst() where !column.isEmpty {
                // Found among the bytes: walking Characters to the "=" cost as much as the rest of the line.
                guard let equals = column.utf8.firstIndex(of: UInt8(ascii: "=")) else {
                    throw fail("field '\(column)' is not key=value (fields are separated by tabs)")
                }
                let key = column[..<equals]
                guard !fields.contains(where: { $0.key == key }) else { throw fail("field '\(key)' given twice") }
                fields.append((key, String(column[column.utf8.index(after: equals)...])))
            }
            var reader = FieldReader(fields: fields, fail: fail)
            switch section {
            case .actors: entries.actors.append(try actor(name, &reader))
            case .frameworks: entries.frameworks.append(try framework(name, &reader))
            case .roles: entries.roles.append(try role(name, &reader))
            case .verbs: entries.verbs.append(try verb(name, &reader))
            case .givenNames: entries.givenNames.append(GivenNameEntry(name: name, gender: try gender(try reader.required("gender"), reader)))
            }
            try reader.finish()
        }
        return entries
    }

    private static let newline = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r"), space = UInt8(ascii: " ")
    private static let tab = UInt8(ascii: "\t"), hash = UInt8(ascii: "#"), at = UInt8(ascii: "@")

    private static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// A column without the spaces around it.
    private static func stripped(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        var range = range
        while !range.isEmpty, bytes[range.lowerBound] == space { range = range.lowerBound + 1..<range.upperBound }
        while !range.isEmpty, bytes[range.upperBound - 1] == space { range = range.lowerBound..<range.upperBound - 1 }
        return string(bytes, range)
    }

    /// "Aigerim<TAB>gender=female" read straight from its bytes: the given-names file is the longest, and every start
    /// reads it. Anything else on the line goes through the general path, which reports errors.
    private static func plainGivenName(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> GivenNameEntry? {
        guard let tabIndex = line.first(where: { bytes[$0] == tab }), tabIndex != line.lowerBound else { return nil }
        let first = bytes[line.lowerBound]
        guard first != hash, first != at, first != space, bytes[tabIndex - 1] != space else { return nil }
        let gender: Gender
        switch string(bytes, tabIndex + 1..<line.upperBound) {
        case "gender=female": gender = .female
        case "gender=male": gender = .male
        default: return nil
        }
        return GivenNameEntry(name: string(bytes, line.lowerBound..<tabIndex), gender: gender)
    }

    private static let directives = "@entities actor, @entities framework, @roles, @verbs or @given-names"

    private static func gender(_ text: String, _ reader: FieldReader) throws(LexiconError) -> Gender {
        guard let gender = Gender(rawValue: text) else { throw reader.fail("unknown gender '\(text)' (expected female or male)") }
        return gender
    }

    private static func actor(_ name: String, _ reader: inout FieldReader) throws(LexiconError) -> ActorEntry {
        let kindText = try reader.required("kind")
        guard let kind = kindText == "place" || kindText == "theatre" ? .region : Actor.Kind(rawValue: kindText) else {
            throw reader.fail("unknown actor kind '\(kindText)' (expected \(Actor.Kind.allCases.map(\.rawValue).joined(separator: ", ")), place, theatre)")
        }
        var entry = ActorEntry(name: name, kind: kind)
        entry.isPlace = kindText == "place" || kindText == "theatre"
        entry.isTheatre = kindText == "theatre"
        entry.aliases = reader.list("alias")
        entry.acronyms = reader.list("acronym")
        entry.demonyms = reader.list("demonym")
        entry.capitals = reader.list("capital")
        entry.metonyms = reader.list("metonym")
        entry.affiliation = reader.single("affiliation")
        entry.role = reader.single("role")
        entry.titles = reader.list("title")
        entry.shortForms = reader.list("short")
        if let text = reader.single("gender") { entry.gender = try gender(text, reader) }
        if let text = reader.single("adjectives") {
            guard let count = Int(text), count >= 1 else { throw reader.fail("adjectives must be a whole number of 1 or more, not '\(text)'") }
            entry.passingAdjectives = count
        }
        if let text = reader.single("names") {
            guard let count = Int(text), count >= 1 else { throw reader.fail("names must be a whole number of 1 or more, not '\(text)'") }
            entry.passingNames = count
        }
        return entry
    }

    private static func framework(_ name: String, _ reader: inout FieldReader) throws(LexiconError) -> FrameworkEntry {
        let kindText = try reader.required("kind")
        guard let kind = Framework.Kind(rawValue: kindText) else {
            throw reader.fail("unknown framework kind '\(kindText)' (expected \(Framework.Kind.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        var entry = FrameworkEntry(name: name, kind: kind)
        entry.acronyms = reader.list("acronym")
        entry.aliases = reader.list("alias")
        entry.sponsors = reader.list("sponsor")
        if let year = reader.single("year") {
            guard let value = Int(year), (1000...2999).contains(value) else { throw reader.fail("year '\(year)' is not a four-digit year") }
            entry.year = value
        }
        return entry
    }

    private static func role(_ name: String, _ reader: inout FieldReader) throws(LexiconError) -> RoleEntry {
        var entry = RoleEntry(text: name, role: reader.single("role") ?? name)
        entry.plurals = reader.list("plural")
        if let title = reader.single("title") {
            guard title == "yes" || title == "no" else { throw reader.fail("title must be yes or no, not '\(title)'") }
            entry.isTitle = title == "yes"
        }
        if let roleClass = reader.single("class") {
            guard let value = RoleEntry.RoleClass(rawValue: roleClass) else { throw reader.fail("unknown role class '\(roleClass)'") }
            entry.roleClass = value
        }
        return entry
    }

    private static func verb(_ name: String, _ reader: inout FieldReader) throws(LexiconError) -> VerbEntry {
        let kindText = try reader.required("kind")
        guard let kind = VerbEntry.Kind(rawValue: kindText) else {
            throw reader.fail("unknown verb kind '\(kindText)' (expected speech, belief, writing, support or opposition)")
        }
        var forms = reader.list("forms")
        if forms.isEmpty { forms = [name] }
        var entry = VerbEntry(lemma: name, forms: forms, kind: kind)
        if let requires = reader.single("requires") {
            guard requires == "object" else { throw reader.fail("requires must be 'object', not '\(requires)'") }
            entry.requiresObject = true
        }
        if let object = reader.single("object") {
            guard object == "framework" else { throw reader.fail("object must be 'framework', not '\(object)'") }
            entry.objectIsFramework = true
        }
        return entry
    }
}

/// Reads the fields of one entry and reports any it did not use, so typos in keys do not pass silently.
private struct FieldReader {
    var fields: [(key: Substring, value: String)]
    let fail: (String) -> LexiconError

    private mutating func take(_ key: String) -> String? {
        guard let index = fields.firstIndex(where: { $0.key == key }) else { return nil }
        return fields.remove(at: index).value
    }

    mutating func single(_ key: String) -> String? {
        guard let value = take(key), !value.isEmpty else { return nil }
        return value
    }

    mutating func list(_ key: String) -> [String] {
        guard let value = take(key) else { return [] }
        // Split on the bytes: splitting on Characters found grapheme boundaries in every name of every list, a tenth of
        // starting up. Most items have no spaces around them; only those that do are stripped.
        return value.utf8.split(separator: UInt8(ascii: "|")).map { piece in
            let item = String(Substring(piece))
            return piece.first == UInt8(ascii: " ") || piece.last == UInt8(ascii: " ") ? item.strippingScalars(in: " ") : item
        }.filter { !$0.isEmpty }
    }

    mutating func required(_ key: String) throws(LexiconError) -> String {
        guard let value = single(key) else { throw fail("missing \(key)=") }
        return value
    }

    func finish() throws(LexiconError) {
        if let unknown = fields.map(\.key).sorted().first { throw fail("unknown field '\(unknown)'") }
    }
}
