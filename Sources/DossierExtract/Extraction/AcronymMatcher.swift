/// Decides whether an acronym abbreviates a sequence of words: each word contributes its initial and
/// possibly further letters, in order ("Eurasian Economic Union" → EAEU, "Shanghai Cooperation
/// Organisation" → SCO); small connecting words may contribute nothing.
enum AcronymMatcher {
    static func matches(_ acronym: String, words: [String], skippable: (String) -> Bool) -> Bool {
        let letters = Array(acronym.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) })
        let lowered = words.map { Array($0.lowercased().unicodeScalars) }
        guard !letters.isEmpty, !lowered.isEmpty, lowered[0].first == letters[0] else { return false }
        var memo: [Int: Bool] = [:]
        func match(_ letter: Int, _ word: Int) -> Bool {
            if word == lowered.count { return letter == letters.count }
            let key = letter * 64 + word
            if let known = memo[key] { return known }
            var result = false
            if skippable(words[word]), match(letter, word + 1) { result = true }
            // "Nordic-Baltic Eight" → NB8: a number spelt out gives its digits.
            if !result, let digits = numberDigits[String(String.UnicodeScalarView(lowered[word]))],
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

    private static let numberDigits: [String: [Unicode.Scalar]] = [
        "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
        "ten": "10", "eleven": "11", "twelve": "12", "twenty": "20",
    ].mapValues { Array($0.unicodeScalars) }
}
