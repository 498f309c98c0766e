/// Decides whether an acronym abbreviates a sequence of words: each word contributes its initial and
/// possibly further letters, in order ("Eurasian Economic Union" → EAEU, "Shanghai Cooperation
/// Organisation" → SCO); small connecting words may contribute nothing.
enum AcronymMatcher {
    static func matches(_ acronym: String, words: [String], skippable: (String) -> Bool) -> Bool {
        let letters = Array(acronym.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) })
        let lowered = words.map { Array($0.lowercased().unicodeScalars) }
        guard !letters.isEmpty, !lowered.isEmpty, lowered[0].first == letters[0] else { return false }
        // "Nordic-Baltic Eight" → NB8: a number spelt out gives its digits.
        let spelt = lowered.map { NumberWords.values[String(String.UnicodeScalarView($0))].map { Array(String($0).unicodeScalars) } }
        var memo: [Int: Bool] = [:]
        func match(_ letter: Int, _ word: Int) -> Bool {
            if word == lowered.count { return letter == letters.count }
            let key = letter * 64 + word
            if let known = memo[key] { return known }
            var result = false
            if skippable(words[word]), match(letter, word + 1) { result = true }
            if !result, let digits = spelt[word],
               letters.count - letter >= digits.count, Array(letters[letter..<letter + digits.count]) == digits,
               match(letter + digits.count, word + 1) {
                result = true
            }
            if !result, letter < letters.count, lowered[word].first == letters[letter] {
                // The word gives its initial, then optionally more of its letters in order.
                var position = 1
                var next = letter + 1
                if match(next, word + 1) { result = true }
                while !result, next < letters.count, position < lowered[word].count {
                    if lowered[word][position] == letters[next] {
                        next += 1
                        if match(next, word + 1) { result = true }
                    }
                    position += 1
                }
            }
            memo[key] = result
            return result
        }
        return match(0, 0)
    }
}
