/// Decides whether an acronym abbreviates a sequence of words: each word contributes its initial and
/// possibly further letters, in order ("Eurasian Economic Union" → EAEU, "Shanghai Cooperation
/// Organisation" → SCO); small connecting words may contribute nothing.
enum AcronymMatcher {
    static func matches(_ acronym: String, words: [String], skippable: (String) -> Bool) -> Bool {
        let letters = Array(acronym.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) })
        guard !letters.isEmpty, let first = words.first, first.lowercased().unicodeScalars.first == letters[0] else { return false }
        let lowerWords = words.map { $0.lowercased() }
        let lowered = lowerWords.map { Array($0.unicodeScalars) }
        // "Nordic-Baltic Eight" → NB8: a number spelt out gives its digits.
        let spelt = lowerWords.map { NumberWords.values[$0].map { Array(String($0).unicodeScalars) } }
        // Every (letter, word) pair is decided once: 0 unknown, 1 no, 2 yes.
        var memo = [UInt8](repeating: 0, count: (letters.count + 1) * (lowered.count + 1))
        func match(_ letter: Int, _ word: Int) -> Bool {
            if word == lowered.count { return letter == letters.count }
            let key = letter * (lowered.count + 1) + word
            if memo[key] != 0 { return memo[key] == 2 }
            var result = false
            if skippable(words[word]), match(letter, word + 1) { result = true }
            if !result, let digits = spelt[word],
               letters.count - letter >= digits.count, letters[letter..<letter + digits.count].elementsEqual(digits),
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
            memo[key] = result ? 2 : 1
            return result
        }
        return match(0, 0)
    }
}
