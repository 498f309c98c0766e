import DossierModel

/// The timeline for a terminal: a vertical date axis with a tick per year, one line per event.
///
/// ```
/// 2014 ┼─● 2014-05-29  The treaty was signed in Astana…
///      │
///      ┊   2015–2016: nothing dated
/// 2017 ┼─● 2017        …
/// ```
public enum TimelineText {
    /// Lays the timeline out in `width` columns. `sanitize` makes article text safe for the place it is
    /// shown (the shell passes its terminal sanitiser); it is applied before widths are measured.
    public static func render(_ timeline: Timeline, width: Int, sanitize: (String) -> String) -> String {
        guard let years = timeline.years else { return "No dated events." }
        let width = max(40, width)
        var lines: [String] = []
        let count = timeline.entries.count
        lines.append("\(count) dated event\(count == 1 ? "" : "s"), \(years.lowerBound)–\(years.upperBound)")
        let dateWidth = (timeline.entries.map { DisplayWidth.of(dateLabel($0.event)) }.max() ?? 0) + 2
        var previousYear: Int?
        for entry in timeline.entries {
            let year = entry.event.date.year
            if let previousYear, year != previousYear {
                lines.append("     │")
                if year > previousYear + 1 {
                    let gap = year == previousYear + 2 ? "\(previousYear + 1)" : "\(previousYear + 1)–\(year - 1)"
                    lines.append("     ┊   \(gap): nothing dated")
                }
            }
            let tick = year == previousYear ? "     ├─● " : "\(DisplayWidth.padLeft(String(year), to: 4)) ┼─● "
            previousYear = year
            let date = DisplayWidth.pad(dateLabel(entry.event), to: dateWidth)
            let room = width - DisplayWidth.of(tick) - DisplayWidth.of(date)
            let text = sanitize(entry.event.text.split(whereSeparator: \.isNewline).joined(separator: " "))
            lines.append(tick + date + DisplayWidth.truncate(text, to: room))
        }
        return lines.joined(separator: "\n")
    }

    /// The normalised date, with the range's end when there is one, written as briefly as it stays
    /// clear: `2023-03-20–22`, `2023-03-30–04-02`, `2022-12-30–2023-01-02`.
    static func dateLabel(_ event: Event) -> String {
        guard let end = event.endDate, end != event.date else { return event.date.description }
        let start = event.date.description, finish = end.description
        if end.year == event.date.year, end.precision == event.date.precision {
            let sameMonth = end.month == event.date.month && end.precision == .day
            return start + "–" + finish.dropFirst(sameMonth ? 8 : 5)
        }
        return start + "–" + finish
    }
}
