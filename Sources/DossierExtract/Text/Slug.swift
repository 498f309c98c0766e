/// Makes identifiers from names: lowercase letters and digits joined by single hyphens.
public enum Slug {
    /// "Xi Jinping" → "xi-jinping", "Power of Siberia 2" → "power-of-siberia-2", "Erdoğan" → "erdogan".
    /// Common Latin letters with accents lose them; other letters are kept lowercased.
    public static func make(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var pendingHyphen = false
        for scalar in text.unicodeScalars {
            if scalar == "'" || scalar == "\u{2019}" { continue }  // "Xi's" → "xis", not "xi-s"
            let isWordScalar = scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
            guard isWordScalar else {
                pendingHyphen = true
                continue
            }
            if pendingHyphen, !result.isEmpty { result.append("-") }
            pendingHyphen = false
            let lower = scalar.properties.lowercaseMapping
            for folded in lower.unicodeScalars { result.append(accentFolds[folded] ?? folded) }
        }
        return String(result)
    }

    private static let accentFolds: [Unicode.Scalar: Unicode.Scalar] = {
        let groups: [(Unicode.Scalar, String)] = [
            ("a", "àáâãäåāăą"), ("c", "çćĉċč"), ("d", "ďđ"), ("e", "èéêëēĕėęě"), ("g", "ĝğġģ"), ("h", "ĥħ"),
            ("i", "ìíîïĩīĭįı"), ("j", "ĵ"), ("k", "ķ"), ("l", "ĺļľŀł"), ("n", "ñńņň"), ("o", "òóôõöøōŏő"),
            ("r", "ŕŗř"), ("s", "śŝşšș"), ("t", "ţťŧț"), ("u", "ùúûüũūŭůűų"), ("w", "ŵ"), ("y", "ýÿŷ"), ("z", "źżž"),
        ]
        var table: [Unicode.Scalar: Unicode.Scalar] = [:]
        for (base, letters) in groups {
            for letter in letters.unicodeScalars { table[letter] = base }
        }
        return table
    }()
}
