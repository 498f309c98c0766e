import DossierModel

/// Reads a whole line that is only a date: the dateline of an article or a front-matter value.
/// "11 August 2023", "August 11, 2023", "Friday, 11 August 2023", "2023-08-11", "August 2023", "2023".
enum DateLine {
    static func parse(_ line: String) -> PartialDate? {
        let trimmed = line.strippingScalars(in: " \t\"'")
        if let iso = PartialDate(trimmed), iso.year >= 1000 { return iso }
        var words = trimmed.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" }).map(String.init)
        if let first = words.first, CalendarNames.weekdays.contains(first) { words.removeFirst() }
        var year: Int?
        var month: Int?
        var day: Int?
        for word in words {
            let stripped = word.hasSuffix(".") ? String(word.dropLast()) : word
            if let value = CalendarNames.months[stripped], month == nil {
                month = value
            } else if let number = Int(stripped.trimmingSuffixes(["st", "nd", "rd", "th"])) {
                if stripped.count == 4, year == nil, number >= 1000 {
                    year = number
                } else if stripped.count <= 4, day == nil, (1...31).contains(number) {
                    day = number
                } else {
                    return nil
                }
            } else {
                return nil
            }
        }
        guard let year else { return nil }
        if let month, let day, day > CalendarNames.daysIn(month: month, year: year) { return nil }
        if month == nil, day != nil { return nil }
        return PartialDate(year: year, month: month, day: day)
    }
}

extension String {
    func strippingScalars(in set: String) -> String {
        // `set` is a character or two: a linear scan beats building a Set on every call.
        let scalars = set.unicodeScalars
        var view = Substring(self).unicodeScalars
        while let first = view.first, scalars.contains(first) { view.removeFirst() }
        while let last = view.last, scalars.contains(last) { view.removeLast() }
        return String(view)
    }

    func trimmingSuffixes(_ suffixes: [String]) -> String {
        for suffix in suffixes where hasSuffix(suffix) && count > suffix.count { return String(dropLast(suffix.count)) }
        return self
    }
}
