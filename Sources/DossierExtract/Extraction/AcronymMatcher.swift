/// Decides whether an acronym abbreviates a sequence of words: each word contributes its initial and
/// possibly further letters, in order ("Eurasian Economic Union" → EAEU, "Shanghai Cooperation
/// Organisation" → SCO); small connecting words may contribute nothing.
enum AcronymMatcher {
    /// A word as the matcher reads it, prepared once however many expansions it is tried in.
    struct Word {
        let scalars: [Unicode.Scalar]
        /// A connecting word that may give no letter.
        let skippable: Bool
        /// "Nordic-Baltic Eight" → NB8: a number spelt out gives its digits.
        let digits: [Unicode.Scalar]?

        init(_ text: String, skippable: Bool) {
            let lower = text.lowercased()
            scalars = Array(lower.unicodeScalars)
            self.skippable = skippable
            digits = NumberWords.values[lower].map { Array(String($0).unicodeScalars) }
        }
    }

    static func matches(_ acronym: String, words: [String], skippable: (String) -> Bool) -> Bool {
        matches(letters(of: acronym), words: words.map { Word($0, skippable: skippable($0)) })
    }

    static func matches(_ letters: [Unicode.Scalar], words: [Word]) -> Bool {
        guard !letters.isEmpty, let first = words.first, first.scalars.first == letters[0] else { return false }
        // Every (letter, word) pair is decided once: 0 unknown, 1 no, 2 yes.
        var memo = [UInt8](repeating: 0, count: (letters.count + 1) * (words.count + 1))
        func match(_ letter: Int, _ word: Int) -> Bool {
            if word == words.count { return letter == letters.count }
            let key = letter * (words.count + 1) + word
            if memo[key] != 0 { return memo[key] == 2 }
            var result = false
            if words[word].skippable, match(letter, word + 1) { result = true }
            if !result, let digits = words[word].digits,
               letters.count - letter >= digits.count, letters[letter..<letter + digits.count].elementsEqual(digits),
               match(letter + digits.count, word + 1) {
                result = true
            }
            let scalars = words[word].scalars
            if !result, letter < letters.count, scalars.first == letters[letter] {
                // The word gives its initial, then optionally more of its letters in order.
                var position = 1
                var next = letter + 1
                if match(next, word + 1) { result = true }
                while !result, next < letters.count, position < scalars.count {
                    if scalars[position] == letters[next] {
                        next += 1
                        if match(next, word + 1) { result = true }
                    }
                    position += 1
                }
            }
            memo[key] = result ? 2 : 1
            return result
        }
        return match(0, 0)
    }

    /// The acronym's letters and digits, lower-cased. Every word but a skippable one gives at least one of them, so
    /// words that outnumber them spell no acronym.
    static func letters(of acronym: String) -> [Unicode.Scalar] {
        acronym.lowercased().unicodeScalars.filter(Bytes.isLetterOrASCIIDigit)
    }
}
