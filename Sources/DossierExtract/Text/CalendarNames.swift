/// Month and weekday names as articles write them.
enum CalendarNames {
    /// Full and abbreviated month names (with or without the abbreviation's period stripped) → 1...12.
    static let months: [String: Int] = {
        let names = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                     "October", "November", "December"]
        var table: [String: Int] = [:]
        for (index, name) in names.enumerated() {
            table[name] = index + 1
            table[String(name.prefix(3))] = index + 1
        }
        table["Sept"] = 9
        return table
    }()

    /// Weekdays written out. Their abbreviations appear only on date lines: in prose "Sun" and "Thu" are names
    /// ("Sun Weidong", "Tran Thu Hien").
    static let weekdayNames: WordSet = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    static let weekdays: WordSet = weekdayNames.union(["Mon", "Tue", "Tues", "Wed", "Thu", "Thurs", "Fri", "Sat", "Sun"])

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
