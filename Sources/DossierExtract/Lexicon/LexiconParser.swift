import DossierModel

/// Parses the `.lex` format described in Docs/lexicons.md. Every error names the file and line.
public enum LexiconParser {
    private enum Section { case actors, frameworks, roles, verbs, givenNames }

    public static func parse(_ text: String, file: String) throws(LexiconError) -> LexiconEntries {
        var entries = LexiconEntries()
        var section: Section?
        // Split on bytes, not Characters: grapheme breaking made reading the lexicon most of startup.
        for (offset, rawLine) in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            let lineNumber = offset + 1
            let line = Substring(rawLine.last == UInt8(ascii: "\r") ? rawLine.dropLast() : rawLine)
            if section == .givenNames, let entry = plainGivenName(line) {
                entries.givenNames.append(entry)
                continue
            }
            let trimmed = String(line).strippingScalars(in: " \t")
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            func fail(_ message: String) -> LexiconError { LexiconError(file: file, line: lineNumber, message: message) }
            if trimmed.hasPrefix("@") {
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
            let columns = line.utf8.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: true)
                .map { String(Substring($0)).strippingScalars(in: " ") }
            guard let name = columns.first, !name.isEmpty else { throw fail("missing name") }
            var fields: [String: String] = [:]
            for column in columns.dropFirst() where !column.isEmpty {
                guard let equals = column.firstIndex(of: "=") else { throw fail("field '\(column)' is not key=value (fields are separated by tabs)") }
                let key = String(column[..<equals])
                guard fields[key] == nil else { throw fail("field '\(key)' given twice") }
                fields[key] = String(column[column.index(after: equals)...])
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

    /// "Aigerim<TAB>gender=female" read straight from its bytes: the given-names file is the longest, and every start
    /// reads it. Anything else on the line goes through the general path, which reports errors.
    private static func plainGivenName(_ line: Substring) -> GivenNameEntry? {
        let bytes = line.utf8
        guard let tab = bytes.firstIndex(of: UInt8(ascii: "\t")), tab != bytes.startIndex,
              let first = bytes.first, first != UInt8(ascii: "#"), first != UInt8(ascii: "@"), first != UInt8(ascii: " ") else { return nil }
        let gender: Gender
        switch line[line.index(after: tab)...] {
        case "gender=female": gender = .female
        case "gender=male": gender = .male
        default: return nil
        }
        let name = line[..<tab]
        guard name.utf8.last != UInt8(ascii: " ") else { return nil }
        return GivenNameEntry(name: String(name), gender: gender)
    }

    private static let directives = "@entities actor, @entities framework, @roles, @verbs or @given-names"

    private static func gender(_ text: String, _ reader: FieldReader) throws(LexiconError) -> Gender {
        guard let gender = Gender(rawValue: text) else { throw reader.fail("unknown gender '\(text)' (expected female or male)") }
        return gender
    }

    private static func actor(_ name: String, _ reader: inout FieldReader) throws(LexiconError) -> ActorEntry {
        let kindText = try reader.required("kind")
        guard let kind = kindText == "place" ? .region : Actor.Kind(rawValue: kindText) else {
            throw reader.fail("unknown actor kind '\(kindText)' (expected \(Actor.Kind.allCases.map(\.rawValue).joined(separator: ", ")), place)")
        }
        var entry = ActorEntry(name: name, kind: kind)
        entry.isPlace = kindText == "place"
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
    var fields: [String: String]
    let fail: (String) -> LexiconError

    mutating func single(_ key: String) -> String? {
        guard let value = fields.removeValue(forKey: key), !value.isEmpty else { return nil }
        return value
    }

    mutating func list(_ key: String) -> [String] {
        guard let value = fields.removeValue(forKey: key) else { return [] }
        return value.utf8.split(separator: UInt8(ascii: "|")).map { String(Substring($0)).strippingScalars(in: " ") }.filter { !$0.isEmpty }
    }

    mutating func required(_ key: String) throws(LexiconError) -> String {
        guard let value = single(key) else { throw fail("missing \(key)=") }
        return value
    }

    func finish() throws(LexiconError) {
        if let unknown = fields.keys.sorted().first { throw fail("unknown field '\(unknown)'") }
    }
}
