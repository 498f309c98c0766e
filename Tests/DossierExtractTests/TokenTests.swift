import Testing

@testable import DossierExtract

@Suite struct TokenTests {
    static func texts(_ text: String, interner: TokenInterner = TokenInterner()) -> [String] {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            Tokenizer(interner: interner).tokens(buffer, 0..<buffer.count).map { Bytes.string(buffer, $0.start..<$0.end) }
        }
    }

    @Test func splitsPossessivesHyphensAndPunctuation() {
        #expect(Self.texts("China’s Sino-Russian plan, U.S. 2,000 3.5 C5+1 Xi'an") == [
            "China", "’s", "Sino", "-", "Russian", "plan", ",", "U.S.", "2,000", "3.5", "C5", "+", "1", "Xi'an",
        ])
        #expect(Self.texts("Satpayev's “view”") == ["Satpayev", "'s", "“", "view", "”"])
    }

    @Test func digitsJoinedByACommaOrAPointStayANumber() {
        let bytes = Array("2,000 3.5 U.S. 2024 C5".utf8)
        let numbers = bytes.withUnsafeBufferPointer { Tokenizer(interner: TokenInterner()).tokens($0, 0..<$0.count).map(\.isNumber) }
        #expect(numbers == [true, true, false, true, false])
    }

    @Test func internsAndLooksUpTokens() {
        var interner = TokenInterner()
        let china = interner.intern("China")
        let possessive = interner.intern("'s")
        #expect(interner.intern("China") == china)
        #expect(interner.lookup("China") == china)
        #expect(interner.lookup("Russia") == TokenInterner.unknown)
        for index in 0..<5000 { interner.intern("word\(index)") }  // forces the table to grow
        #expect(interner.lookup("China") == china)
        #expect(interner.lookup("word4999") != TokenInterner.unknown)
        let bytes = Array("China’s".utf8)
        let ids = bytes.withUnsafeBufferPointer { Tokenizer(interner: interner).tokens($0, 0..<$0.count).map(\.id) }
        #expect(ids == [china, possessive])
    }

    @Test func trieFindsTheLongestEntry() {
        var trie = TokenTrie<String>()
        trie.insert([1, 2], "short")
        trie.insert([1, 2, 3, 4], "long")
        trie.insert([5], "single")
        let tokens: [Int32] = [9, 1, 2, 3, 4, 5, 1, 2, 3]
        #expect(trie.longestMatch(tokens, from: 0) == nil)
        #expect(trie.longestMatch(tokens, from: 1).map { ($0.length, $0.payloads) }! == (4, ["long"]))
        #expect(trie.longestMatch(tokens, from: 5).map { ($0.length, $0.payloads) }! == (1, ["single"]))
        #expect(trie.longestMatch(tokens, from: 6).map { ($0.length, $0.payloads) }! == (2, ["short"]))
    }

    @Test func acronymsMatchTheirExpansions() {
        let skip: (String) -> Bool = { ["of", "and"].contains($0) }
        #expect(AcronymMatcher.matches("SCO", words: ["Shanghai", "Cooperation", "Organisation"], skippable: skip))
        #expect(AcronymMatcher.matches("EAEU", words: ["Eurasian", "Economic", "Union"], skippable: skip))
        #expect(AcronymMatcher.matches("OTS", words: ["Organization", "of", "Turkic", "States"], skippable: skip))
        #expect(!AcronymMatcher.matches("SCO", words: ["Eurasian", "Economic", "Union"], skippable: skip))
        #expect(AcronymMatcher.matches("NB8", words: ["Nordic", "Baltic", "Eight"], skippable: skip))
        #expect(AcronymMatcher.matches("G20", words: ["Group", "of", "Twenty"], skippable: skip))
        #expect(!AcronymMatcher.matches("NB9", words: ["Nordic", "Baltic", "Eight"], skippable: skip))
    }

    @Test func scalarOffsetsFollowMultiByteText() {
        let text = "aé“b”\u{1F600}c"
        let map = ScalarOffsetMap(bytes: Array(text.utf8))
        var byte = 0
        for (scalarIndex, scalar) in text.unicodeScalars.enumerated() {
            #expect(map.scalarOffset(ofByte: byte) == scalarIndex)
            byte += String(scalar).utf8.count
        }
        #expect(map.scalarOffset(ofByte: text.utf8.count) == text.unicodeScalars.count)
    }

    /// Checkpoints are counted eight bytes at a time; long mixed texts of every length check the blocks
    /// and the ragged end against counting scalars one by one.
    @Test func scalarOffsetsAgreeWithCountingOnLongMixedText() {
        let pieces = ["a", "Kazakhstan ", "é", "“", "”", "\u{1F600}", "ж", " ", "漢字", "—"]
        var generator = SystemRandomNumberGenerator()
        for length in [1, 7, 8, 15, 16, 17, 31, 33, 64, 65, 200] {
            let text = (0..<length).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let map = ScalarOffsetMap(bytes: Array(text.utf8))
            var byte = 0
            for (scalarIndex, scalar) in text.unicodeScalars.enumerated() {
                #expect(map.scalarOffset(ofByte: byte) == scalarIndex, "at byte \(byte) of \(text)")
                byte += String(scalar).utf8.count
            }
            #expect(map.scalarOffset(ofByte: text.utf8.count) == text.unicodeScalars.count)
        }
    }
}
