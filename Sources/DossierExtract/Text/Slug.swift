/// Makes identifiers from names: lowercase letters and digits joined by single hyphens.
public enum Slug {
    /// "Xi Jinping" → "xi-jinping", "Power of Siberia 2" → "power-of-siberia-2", "Erdoğan" → "erdogan".
    /// Common Latin letters with accents lose them; other letters are kept lowercased.
    public static func make(_ text: String) -> String {
        if let slug = asciiSlug(text) { return slug }
        var result = String.UnicodeScalarView()
        var pendingHyphen = false
        for scalar in text.unicodeScalars {
            if scalar == "'" || scalar == "\u{2019}" { continue }  // "Xi's" → "xis", not "xi-s"
            // A dash or a curly quote sends a name here, but its ASCII letters need no property lookups.
            guard Bytes.isLetterOrASCIIDigit(scalar) else {
                pendingHyphen = true
                continue
            }
            if pendingHyphen, !result.isEmpty { result.append("-") }
            pendingHyphen = false
            if scalar.isASCII {
                result.append(Unicode.Scalar(Bytes.lowercased(UInt8(scalar.value))))
                continue
            }
            let lower = scalar.properties.lowercaseMapping
            for folded in lower.unicodeScalars { result.append(accentFolds[folded] ?? folded) }
        }
        return String(result)
    }

    /// The same slug for all-ASCII text, byte by byte: most names are ASCII, and Unicode property
    /// lookups per scalar made slugging a hot spot of extraction. Nil when the text is not ASCII.
    private static func asciiSlug(_ text: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var pendingHyphen = false
        for byte in text.utf8 {
            let lower: UInt8
            switch byte {
            case 0x80...: return nil
            case UInt8(ascii: "'"): continue
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): lower = byte + 0x20
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): lower = byte
            default:
                pendingHyphen = true
                continue
            }
            if pendingHyphen, !bytes.isEmpty { bytes.append(UInt8(ascii: "-")) }
            pendingHyphen = false
            bytes.append(lower)
        }
        return String(decoding: bytes, as: UTF8.self)
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
