/// A fixed table from words to what a rule makes of them ("Treaty" → agreement), asked about nearly every name word.
/// Like `WordSet`, it turns away most words by their length and first byte before hashing them.
struct WordMap<Value>: ExpressibleByDictionaryLiteral {
    private let entries: [String: Value]
    private let words: WordSet

    init(_ entries: [String: Value]) {
        self.entries = entries
        words = WordSet(entries.keys)
    }

    init(dictionaryLiteral elements: (String, Value)...) {
        self.init(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }

    subscript(word: String) -> Value? {
        words.contains(word) ? entries[word] : nil
    }

    var keys: Dictionary<String, Value>.Keys { entries.keys }
}

extension WordMap: Sendable where Value: Sendable {}
