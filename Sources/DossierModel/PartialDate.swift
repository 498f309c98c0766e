/// A calendar date known to the year, the month or the day, as articles state them
/// ("2016", "October 2022", "11 August 2023"). Its text form is `YYYY`, `YYYY-MM` or `YYYY-MM-DD`,
/// which also sorts correctly as a string.
public struct PartialDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int?
    public var day: Int?

    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = month == nil ? nil : day
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; nil for anything else or an impossible month or day.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, let year = Int(parts[0]) else { return nil }
        var month: Int?
        var day: Int?
        if parts.count > 1 {
            guard parts[1].count == 2, let value = Int(parts[1]), (1...12).contains(value) else { return nil }
            month = value
        }
        if parts.count > 2 {
            guard parts[2].count == 2, let value = Int(parts[2]), (1...31).contains(value) else { return nil }
            day = value
        }
        self.init(year: year, month: month, day: day)
    }

    public enum Precision: String, Sendable, Codable { case year, month, day }

    public var precision: Precision { day != nil ? .day : month != nil ? .month : .year }

    public var description: String {
        var text = String(year)
        if let month { text += "-" + Self.twoDigits(month) }
        if let day { text += "-" + Self.twoDigits(day) }
        return text
    }

    /// Orders by the earliest day each date could mean, so `2023` sorts before `2023-01-05`.
    public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
        (lhs.year, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
    }

    private static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
}

extension PartialDate: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = PartialDate(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a YYYY[-MM[-DD]] date: \(text)")
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
