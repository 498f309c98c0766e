import DossierModel

/// Draws a timeline as SVG: a horizontal date axis with a tick per year, each event as a mark
/// covering what its date means (a whole year, a month, a day or a range) with a label beside it.
/// Each event is a link to its sentence and carries the sentence as its tooltip.
public struct TimelineSVG: Sendable {
    /// The heading drawn at the top left and read by screen readers.
    public var title: String
    /// Put before each sentence anchor in links: empty inside a briefing, `briefing.html` for a
    /// standalone picture that sits next to one.
    public var linkBase: String
    /// The most events drawn; a picture with more is unreadable, so the rest are counted in a note
    /// at the bottom (tables and the text timeline list them all).
    public var maximumEvents: Int

    public init(title: String = "Timeline", linkBase: String = "", maximumEvents: Int = 400) {
        self.title = title
        self.linkBase = linkBase
        self.maximumEvents = maximumEvents
    }

    static let width = 960.0
    static let axisLeft = 24.0
    static let axisRight = 24.0
    static let axisY = 58.0
    static let laneHeight = 22.0
    static let labelFontSize = 11.0
    static let labelCharacters = 48

    /// The whole picture as a standalone SVG document (also fit to inline in HTML).
    public func render(_ timeline: Timeline) -> String {
        guard let years = timeline.years else {
            return SVGFormat.open(width: 360, height: 40, label: title)
                + "<text x=\"12\" y=\"24\" font-size=\"13\" fill=\"#444\">No dated events.</text></svg>\n"
        }
        // Years as Doubles: the model allows any year, and an absurd one must not overflow the axis.
        let first = Double(years.lowerBound), last = Double(years.upperBound) + 1
        let span = Self.width - Self.axisLeft - Self.axisRight
        func x(_ value: Double) -> Double { Self.axisLeft + (value - first) / (last - first) * span }

        // Lanes: an event goes in the first lane whose previous label ends before this event starts.
        var laneEnds: [Double] = []
        var marks: [(entry: Timeline.Entry, start: Double, end: Double, lane: Int, label: String)] = []
        let drawn = Self.evenlySpread(timeline.entries, keeping: maximumEvents)
        for entry in drawn {
            let (from, to) = Self.interval(entry.event)
            let start = x(from), end = max(x(to), x(from) + 3)
            let label = Self.label(entry.event)
            let labelEnd = end + 4 + TextMetrics.width(of: label, fontSize: Self.labelFontSize)
            let lane = laneEnds.firstIndex { $0 + 6 <= start } ?? laneEnds.count
            if lane == laneEnds.count { laneEnds.append(labelEnd) } else { laneEnds[lane] = labelEnd }
            marks.append((entry, start, end, lane, label))
        }
        let rightmost = max(Self.width, (laneEnds.max() ?? 0) + 12)
        let left = timeline.entries.count - drawn.count
        let height = Self.axisY + 24 + Double(laneEnds.count) * Self.laneHeight + (left > 0 ? Self.laneHeight : 0)

        var out = [SVGFormat.open(width: rightmost, height: height, label: title)]
        out.append("<title>\(MarkupEscaping.text(title))</title>")
        out.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>")
        out.append("<text x=\"16\" y=\"20\" font-size=\"14\" font-weight=\"bold\" fill=\"#222\">\(MarkupEscaping.text(title))</text>")
        out.append("<g class=\"axis\" font-size=\"10\" fill=\"#444\">")
        out.append("<line x1=\"\(SVGFormat.number(x(first)))\" y1=\"\(SVGFormat.number(Self.axisY))\" "
            + "x2=\"\(SVGFormat.number(x(last)))\" y2=\"\(SVGFormat.number(Self.axisY))\" stroke=\"#444\" stroke-width=\"1.2\"/>")
        let step = Self.yearStep(last - first)
        let minorTicks = step == 1 || (last - first) <= 200
        var year = years.lowerBound
        while Double(year) <= last {
            let position = x(Double(year))
            let labelled = (Double(year) - first).truncatingRemainder(dividingBy: Double(step)) == 0 && Double(year) < last
            out.append("<line x1=\"\(SVGFormat.number(position))\" y1=\"\(SVGFormat.number(Self.axisY - (labelled ? 6 : 3)))\" "
                + "x2=\"\(SVGFormat.number(position))\" y2=\"\(SVGFormat.number(height - 8))\" "
                + "stroke=\"#e3e3e3\" stroke-width=\"\(labelled ? 1 : 0.5)\"/>")
            if labelled {
                out.append("<text x=\"\(SVGFormat.number(position + 3))\" y=\"\(SVGFormat.number(Self.axisY - 8))\">\(year)</text>")
            }
            let (next, overflow) = year.addingReportingOverflow(minorTicks ? 1 : step)
            if overflow { break }
            year = next
        }
        out.append("</g>")
        out.append("<g class=\"events\" font-size=\"\(SVGFormat.number(Self.labelFontSize))\">")
        for mark in marks {
            let y = Self.axisY + 18 + Double(mark.lane) * Self.laneHeight
            let precise = mark.entry.event.date.precision == .day
            let colour = precise ? "#c0504d" : mark.entry.event.date.precision == .month ? "#e08a3c" : "#4e79a7"
            let tip = "\(TimelineText.dateLabel(mark.entry.event)) — \(mark.entry.articleTitle)\n\(mark.entry.event.text)"
            out.append("<a class=\"event\" href=\"\(MarkupEscaping.attribute(linkBase + "#" + mark.entry.anchor))\">"
                + "<title>\(MarkupEscaping.text(tip))</title>"
                + "<line x1=\"\(SVGFormat.number((mark.start + mark.end) / 2))\" y1=\"\(SVGFormat.number(Self.axisY))\" "
                + "x2=\"\(SVGFormat.number((mark.start + mark.end) / 2))\" y2=\"\(SVGFormat.number(y - 5))\" stroke=\"\(colour)\" stroke-opacity=\"0.35\"/>"
                + "<rect x=\"\(SVGFormat.number(mark.start))\" y=\"\(SVGFormat.number(y - 5))\" "
                + "width=\"\(SVGFormat.number(mark.end - mark.start))\" height=\"10\" rx=\"\(precise ? 1.5 : 2)\" fill=\"\(colour)\"/>"
                + "<text x=\"\(SVGFormat.number(mark.end + 4))\" y=\"\(SVGFormat.number(y + 4))\" fill=\"#1a1a1a\">"
                + MarkupEscaping.text(mark.label) + "</text></a>")
        }
        out.append("</g>")
        if left > 0 {
            out.append("<text x=\"16\" y=\"\(SVGFormat.number(height - 8))\" font-size=\"11\" fill=\"#555\">"
                + "\(drawn.count) of \(timeline.entries.count) events drawn, evenly spread over the timeline; narrow it with -q.</text>")
        }
        out.append("</svg>")
        return out.joined(separator: "\n") + "\n"
    }

    /// At most `limit` entries, taken at even steps through the date order so every period keeps a
    /// share of its events.
    static func evenlySpread(_ entries: [Timeline.Entry], keeping limit: Int) -> [Timeline.Entry] {
        guard entries.count > limit else { return entries }
        guard limit > 0 else { return [] }
        return (0..<limit).map { entries[$0 * entries.count / limit] }
    }

    /// The stretch of time (in fractional years) a date stands for: a year, a month, or a day.
    static func interval(_ event: Event) -> (Double, Double) {
        let start = fractionalYear(event.date)
        let endDate = event.endDate ?? event.date
        return (start, max(start, fractionalYear(endDate) + length(of: endDate)))
    }

    static func fractionalYear(_ date: PartialDate) -> Double {
        Double(date.year) + Double((date.month ?? 1) - 1) / 12 + Double((date.day ?? 1) - 1) / 365
    }

    static func length(of date: PartialDate) -> Double {
        switch date.precision {
        case .year: 1
        case .month: 1.0 / 12
        case .day: 1.0 / 365
        }
    }

    /// The date as written and the start of the sentence, short enough to share a lane.
    static func label(_ event: Event) -> String {
        let text = event.text.split(whereSeparator: \.isNewline).joined(separator: " ")
        let short = text.count > labelCharacters ? String(text.prefix(labelCharacters - 1)) + "…" : text
        return "\(event.dateText): \(short)"
    }

    /// Label every year on short axes; on longer ones every 2nd, 5th, 10th, 20th, 50th… year, so there
    /// are at most 16 labels.
    static func yearStep(_ years: Double) -> Int {
        var step = 1.0
        while years / step > 16, step <= 1e18 {
            for factor in [2.0, 2.5, 2.0] where years / step > 16 { step *= factor }
        }
        return Int(step)
    }
}
