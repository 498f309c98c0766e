/// Numbers written as words in running text, "one" to "twenty": the counts rules read ("two days later", "the
/// 28-point plan" written "twenty-eight" aside, "the two sides", "three officials").
enum NumberWords {
    static let values: WordMap<Int> = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19, "twenty": 20,
    ]

    /// A count of more than one: "two", "three" … "twenty".
    static func isPlural(_ word: String) -> Bool {
        (values[word] ?? 0) >= 2
    }
}
