import DossierModel

/// Finds stated dates in a sentence: "11 August 2023", "August 11, 2023", "March 20-22, 2023",
/// "May 9", "October 2022", "in May", "In 2016", "the 2022 invasion". Dates without a year take the
/// article's year; phrases counted from the last date stated are `RelativeDateFinder`'s, and others ("last winter")
/// are not dates.
struct DateFinder {
    struct Found {
        var date: PartialDate
        var endDate: PartialDate?
        var range: Range<Int>
    }

    let words: RuleWords
    let sentence: SentenceTokens
    /// The article's own date: years for dates without one, and the month "last October" counts back from.
    let published: PartialDate?
    /// The year of the last date stated before this sentence: "that September" falls in it.
    let lastYear: Int?
    /// The sentence's names: tokens inside them ("Made in China 2025", "Vision 2040") are not dates.
    let matches: SentenceMatches

    private var articleYear: Int? { published?.year }

    func find() -> [Found] {
        var found: [Found] = []
        var index = 0
        while index < sentence.count {
            // Only a month name (capitalised) or a number can start a date: the cheap test first.
            let token = sentence.tokens[index]
            if !(token.isCapitalised || token.isNumber) || matches.owners[index].entity >= 0 && !opensDatedName(index) {
                index += 1
            } else if let date = monthDate(at: index) ?? yearDate(at: index) {
                found.append(date)
                index = date.range.upperBound
            } else {
                index += 1
            }
        }
        return found
    }

    /// "the November 2020 ceasefire statement", "the 1992 ceasefire agreement": a month and a year, or a year before a
    /// deal's noun, opening a framework's name date the deal, though the name holds them ("Vision 2040" and "Made in
    /// China 2025" hold a year but open with none; "the 2030 Agenda" is no deal).
    private func opensDatedName(_ index: Int) -> Bool {
        let owner = matches.entities[matches.owners[index].entity]
        guard owner.range.lowerBound == index, owner.ref.frameworkID != nil, index + 1 < owner.range.upperBound else { return false }
        if words.months[sentence.ids[index]] != nil { return year(index + 1) != nil }
        return year(index) != nil && Self.dealNouns.contains(sentence.word(owner.range.upperBound - 1).lowercased())
    }

    private static let dealNouns: WordSet = [
        "agreement", "ceasefire", "treaty", "accord", "accords", "statement", "protocol", "memorandum", "deal", "declaration", "truce",
    ]

    private func number(_ index: Int, digits: ClosedRange<Int>) -> Int? {
        guard index >= 0, index < sentence.count, sentence.tokens[index].isNumber else { return nil }
        let token = sentence.tokens[index]
        guard digits.contains(token.end - token.start) else { return nil }
        return Int(sentence.word(index))
    }

    private func year(_ index: Int) -> Int? {
        guard let value = number(index, digits: 4...4), (1000...2999).contains(value) else { return nil }
        return value
    }

    private func isDash(_ index: Int) -> Bool {
        index >= 0 && index < sentence.count && (sentence.ids[index] == words.hyphen || sentence.ids[index] == words.enDash)
    }

    private func monthDate(at index: Int) -> Found? {
        guard sentence.tokens[index].isCapitalised, let month = words.months[sentence.ids[index]] else { return nil }
        // Day before the month: "11 August 2023", "9 May", and a range "19–20 September 2023" or "from 22 to 24 October
        // 2024" from its first day.
        if let day = number(index - 1, digits: 1...2) {
            // "28 April to 1 May 2021": the first day takes the year written after the second, and the two make a range.
            if year(index + 1) == nil, let later = laterDate(after: index + 1, dayFirst: true) {
                guard let start = dated(later.date.year, month, day) else { return nil }
                return Found(date: start, endDate: later.date, range: index - 1..<later.end)
            }
            let anchored = year(index + 1) == nil ? thatYear(at: index + 1, before: index - 1) : nil
            guard let date = dated(year(index + 1) ?? anchored?.year ?? articleYear, month, day) else { return nil }
            let end = year(index + 1) != nil ? index + 2 : anchored?.end ?? index + 1
            let joined = isDash(index - 2) || index >= 2 && ["to", "and"].contains(sentence.word(index - 2))
            if joined, let first = number(index - 3, digits: 1...2), first < day, let start = dated(date.year, month, first) {
                return Found(date: start, endDate: date, range: index - 3..<end)
            }
            return Found(date: date, range: index - 1..<end)
        }
        // Day after the month: "August 11, 2023", "March 20-22, 2023", "May 9".
        if let day = number(index + 1, digits: 1...2) {
            var next = index + 2
            var endDay: Int?
            if isDash(next), let last = number(next + 1, digits: 1...2) {
                endDay = last
                next += 2
            }
            var explicitYear: Int?
            if next < sentence.count, sentence.ids[next] == words.comma, let value = year(next + 1) {
                explicitYear = value
                next += 2
            } else if let value = year(next) {
                explicitYear = value
                next += 1
            } else if let anchored = thatYear(at: next, before: index) {
                explicitYear = anchored.year
                next = anchored.end
            } else if endDay == nil, let later = laterDate(after: next, dayFirst: false) {
                // "February 28 to March 2, 2023"
                guard let start = dated(later.date.year, month, day) else { return nil }
                return Found(date: start, endDate: later.date, range: index..<later.end)
            }
            if let date = dated(explicitYear ?? articleYear, month, day) {
                let endDate = endDay.flatMap { dated(date.year, month, $0) }
                return Found(date: date, endDate: endDate, range: index..<next)
            }
        }
        if let value = year(index + 1) { return Found(date: PartialDate(year: value, month: month), range: index..<index + 2) }
        if let anchored = thatYear(at: index + 1, before: index) {
            return Found(date: PartialDate(year: anchored.year, month: month), range: index..<anchored.end)
        }
        // "last October": the latest such month before the article's.
        if index > 0, sentence.word(index - 1).lowercased() == "last", let published, let current = published.month {
            return Found(date: PartialDate(year: month < current ? published.year : published.year - 1, month: month), range: index - 1..<index + 1)
        }
        // "a dialogue opened that September": the month of the year the text spoke of last; in "said that May would be
        // busy" the month is the subject of a clause.
        if index > 0, sentence.word(index - 1) == "that", index + 1 == sentence.count || !Self.clauseVerbs.contains(sentence.word(index + 1)),
           let year = yearBefore(index) ?? lastYear {
            return Found(date: PartialDate(year: year, month: month), range: index - 1..<index + 1)
        }
        // A month on its own after a preposition: "in May", "since October".
        if index > 0, words.datePrepositions.contains(sentence.ids[index - 1]) || Self.monthOpeners.contains(sentence.word(index - 1)),
           let year = yearOfLaterMonth(after: index) ?? articleYear {
            return Found(date: PartialDate(year: year, month: month), range: index..<index + 1)
        }
        // "in mid-February": the prefix is a token of its own before the hyphen.
        if index > 1, isDash(index - 1), sentence.word(index - 2).lowercased() == "mid", let articleYear {
            return Found(date: PartialDate(year: articleYear, month: month), range: index - 2..<index + 1)
        }
        return nil
    }

    /// "to 1 May 2021", "and 16 September 1939", "to March 2, 2023": the dated end of a range that runs into another
    /// month, with the year written, and where it ends.
    private func laterDate(after joiner: Int, dayFirst: Bool) -> (date: PartialDate, end: Int)? {
        guard joiner + 3 < sentence.count, Self.rangeJoiners.contains(sentence.word(joiner)) || isDash(joiner) else { return nil }
        let (dayIndex, monthIndex) = dayFirst ? (joiner + 1, joiner + 2) : (joiner + 2, joiner + 1)
        guard let day = number(dayIndex, digits: 1...2), let month = words.months[sentence.ids[monthIndex]] else { return nil }
        var yearIndex = joiner + 3
        if !dayFirst, yearIndex + 1 < sentence.count, sentence.ids[yearIndex] == words.comma { yearIndex += 1 }
        guard let value = year(yearIndex), let date = dated(value, month, day) else { return nil }
        return (date, yearIndex + 1)
    }

    private static let rangeJoiners: WordSet = ["to", "and", "until", "through"]

    /// "July 13 of that year", "in March that year": the year of a date stated before, in this sentence or earlier.
    private func thatYear(at index: Int, before start: Int) -> (year: Int, end: Int)? {
        var next = index
        if next < sentence.count, sentence.ids[next] == words.of { next += 1 }
        guard next + 1 < sentence.count, sentence.word(next) == "that", sentence.word(next + 1) == "year",
              let year = yearBefore(start) ?? lastYear ?? articleYear else { return nil }
        return (year, next + 2)
    }

    /// The year of a date stated earlier in this sentence: "In 2024 …, while a dialogue opened that September".
    private func yearBefore(_ index: Int) -> Int? {
        (0..<index).reversed().lazy.compactMap { self.year($0) }.first
    }

    /// Verbs a month may be the subject of: "that May would be busy".
    private static let clauseVerbs: WordSet = ["will", "would", "could", "can", "may", "might", "should", "is", "was", "has", "had"]

    /// Words before a bare month that make it a date: "early May", "this April", "scheduled for September".
    private static let monthOpeners: WordSet = ["early", "late", "mid", "this", "for"]

    /// "between April and June 2024", "from March to May 2023": the first month shares the second one's year.
    private func yearOfLaterMonth(after index: Int) -> Int? {
        let joiner = index + 1
        guard joiner + 2 < sentence.count, ["and", "to", "until", "through"].contains(sentence.word(joiner)) || isDash(joiner),
              words.monthWords.contains(sentence.ids[joiner + 1]) else { return nil }
        return year(joiner + 2)
    }

    private func yearDate(at index: Int) -> Found? {
        guard let value = year(index), (1800...2100).contains(value) else { return nil }
        if index + 1 < sentence.count, ["%", "percent", "km", "kilometres", "kilometers", "tonnes", "tons", "MW", "megawatts"].contains(sentence.word(index + 1)) {
            return nil
        }
        if index > 0, ["$", "€", "£", "No", "no", "No."].contains(sentence.word(index - 1)) { return nil }
        return Found(date: PartialDate(year: value), range: index..<index + 1)
    }

    private func dated(_ year: Int?, _ month: Int, _ day: Int) -> PartialDate? {
        guard let year, day >= 1, day <= CalendarNames.daysIn(month: month, year: year) else { return nil }
        return PartialDate(year: year, month: month, day: day)
    }
}
