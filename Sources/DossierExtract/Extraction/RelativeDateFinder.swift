import DossierModel

/// Dates the text gives from the last one it stated: "two days later", "the next day", "the same day", "a month later",
/// "the following month", "later that month", "that same month", "at the end of that year"; and months it gives from the
/// article's own date: "last month", "this month", "next month". The reference must be as precise as the phrase:
/// "three days later" after "in December 2024" names no day, and makes no event. Counts back ("a day earlier"), counts
/// of months or years ("two months later", "a year later") and "the same month" without "that" are left alone: in
/// the gold files they mostly measure from something other than the last date stated.
struct RelativeDateFinder {
    let words: RuleWords
    let sentence: SentenceTokens
    let matches: SentenceMatches
    /// The last date stated before this sentence.
    let reference: PartialDate?
    /// The dates this sentence states: one before the phrase is its reference ("on 26 April …, and two days later …").
    let stated: [DateFinder.Found]
    /// The article's own date, from which "last month" and "next month" count.
    let published: PartialDate?

    /// Whether the sentence has a word such a phrase turns on: most have none, and the finder is then never built.
    static func mayHoldOne(_ sentence: SentenceTokens, _ words: RuleWords) -> Bool {
        sentence.ids.contains { words.features(of: $0).contains(.relativeDate) }
    }

    func find() -> [DateFinder.Found] {
        var found: [DateFinder.Found] = []
        // The words that anchor a phrase ("later", "next", "same"…) are read from the feature table; the phrase is then
        // checked around them.
        for index in 0..<sentence.count where words.features(of: sentence.ids[index]).contains(.relativeDate) {
            guard let date = relativeDate(anchoredAt: index), found.last.map({ $0.range.upperBound <= date.range.lowerBound }) ?? true,
                  !stated.contains(where: { $0.range.overlaps(date.range) }),
                  // "Two days later, on 25 November": the date stated right after the phrase is the one it counts to.
                  !stated.contains(where: { $0.range.lowerBound >= date.range.upperBound && $0.range.lowerBound - date.range.upperBound <= 3 }),
                  date.range.allSatisfy({ matches.owners[$0].entity == -1 }) else { continue }
            found.append(date)
        }
        return found
    }

    private enum Unit { case day, month }

    private func relativeDate(anchoredAt anchor: Int) -> DateFinder.Found? {
        let word = sentence.word(anchor)
        // "that year", "later that year", "at the end of that month": the year or month of the last date stated, also
        // after one stated earlier in the sentence ("signed on 13 March, and a summit at the end of that month …").
        if word == "year" || word == "month", anchor >= 1, sentence.word(anchor - 1).lowercased() == "that",
           anchor + 1 == sentence.count || !words.features(of: sentence.ids[anchor + 1]).contains(.dash) {
            return word == "year" ? sameYear(anchor - 1..<anchor + 1) : shifted(by: 0, .month, anchor - 1..<anchor + 1)
        }
        // "last month", "this month", "next month": counted from the article's own date. "Last year" and "this year" frame
        // trends more often than they date a happening, and are left alone.
        if word == "month", anchor >= 1, let step = Self.fromPublication[sentence.word(anchor - 1).lowercased()],
           anchor + 1 == sentence.count || !words.features(of: sentence.ids[anchor + 1]).contains(.dash) {
            return fromPublication(by: step, .month, anchor - 1..<anchor + 1)
        }
        if word == "later" || word == "Later" {
            // "two days later", "a day later", "a month later"
            if anchor >= 2, let unit = unit(at: anchor - 1),
               let count = Self.count(sentence.word(anchor - 2).lowercased()) ?? number(at: anchor - 2), unit == .day || count == 1 {
                return shifted(by: count, unit, anchor - 2..<anchor + 1)
            }
            // "later that month"
            if anchor + 2 < sentence.count, sentence.word(anchor + 1) == "that", sentence.word(anchor + 2) == "month" {
                return shifted(by: 0, .month, anchor..<anchor + 3)
            }
            return nil
        }
        // "the next day", "the following month", "the very next day", "the same day", "that same month"
        guard let step = Self.steps[word], anchor >= 1, anchor + 1 < sentence.count, let unit = unit(at: anchor + 1, singularOnly: true)
        else { return nil }
        var opening = anchor - 1
        if sentence.word(opening) == "very", opening >= 1 { opening -= 1 }
        switch sentence.word(opening).lowercased() {
        case "the" where step == 1 || unit == .day: return shifted(by: step, unit, opening..<anchor + 2)
        case "that" where step == 0: return shifted(by: 0, unit, opening..<anchor + 2)
        default: return nil
        }
    }

    private func number(at index: Int) -> Int? {
        guard sentence.tokens[index].isNumber, let value = Int(sentence.word(index)), (1...31).contains(value) else { return nil }
        return value
    }

    private func unit(at index: Int, singularOnly: Bool = false) -> Unit? {
        switch sentence.word(index) {
        case "day": .day
        case "month": .month
        case "days" where !singularOnly: .day
        case "months" where !singularOnly: .month
        default: nil
        }
    }

    private func fromPublication(by step: Int, _ unit: Unit, _ range: Range<Int>) -> DateFinder.Found? {
        published.flatMap { counted(from: $0, by: step, unit, range) }
    }

    private func sameYear(_ range: Range<Int>) -> DateFinder.Found? {
        guard let reference = reference(before: range) else { return nil }
        return DateFinder.Found(date: PartialDate(year: reference.year), endDate: nil, range: range)
    }

    private func reference(before range: Range<Int>) -> PartialDate? {
        stated.last(where: { $0.range.upperBound <= range.lowerBound })?.date ?? reference
    }

    private func shifted(by amount: Int, _ unit: Unit, _ range: Range<Int>) -> DateFinder.Found? {
        reference(before: range).flatMap { counted(from: $0, by: amount, unit, range) }
    }

    /// `base` moved on by `amount` units, as precise as the unit: "a day later" needs a day to count from.
    private func counted(from base: PartialDate, by amount: Int, _ unit: Unit, _ range: Range<Int>) -> DateFinder.Found? {
        let date: PartialDate
        switch unit {
        case .month:
            guard let month = base.month else { return nil }
            let months = base.year * 12 + (month - 1) + amount
            date = PartialDate(year: months / 12, month: months % 12 + 1)
        case .day:
            guard let month = base.month, let day = base.day else { return nil }
            date = Self.adding(days: amount, to: (base.year, month, day))
        }
        return DateFinder.Found(date: date, endDate: nil, range: range)
    }

    /// Calendar arithmetic for the few days a text counts forward.
    private static func adding(days: Int, to start: (year: Int, month: Int, day: Int)) -> PartialDate {
        var (year, month, day) = start
        var remaining = days
        while remaining > 0 {
            if day < length(of: month, in: year) { day += 1 } else { day = 1; month += 1; if month > 12 { month = 1; year += 1 } }
            remaining -= 1
        }
        return PartialDate(year: year, month: month, day: day)
    }

    private static func length(of month: Int, in year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// "a day later", "three days later": the article counts one. Counts past ten ("twelve days later") mostly measure
    /// from something other than the last date stated, and are left alone.
    private static func count(_ word: String) -> Int? {
        word == "a" || word == "an" ? 1 : NumberWords.values[word].flatMap { $0 <= 10 ? $0 : nil }
    }
    private static let steps: WordMap<Int> = ["next": 1, "following": 1, "same": 0]
    private static let fromPublication: WordMap<Int> = ["last": -1, "this": 0, "next": 1]
}
