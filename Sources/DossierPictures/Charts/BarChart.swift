/// A horizontal bar chart drawn with Unicode block characters, one bar per line.
///
/// Bars use the eighth blocks (`▏▎▍▌▋▊▉█`) so a bar's length is exact to an eighth of a column,
/// and every bar is followed by its number, so the chart reads the same without colour or with a
/// font that draws blocks poorly.
///
/// ```
/// China   │████████████████████▌ 41
/// Russia  │█████████████▏        26
/// ```
public struct BarChart: Sendable, Equatable {
    /// One labelled value. Labels must already be safe for where the chart is shown (the shell passes
    /// them through its terminal sanitiser).
    public struct Bar: Sendable, Equatable {
        /// Shown left of the bar, cut with `…` when too long.
        public var label: String
        /// The bar's length, relative to the largest value; shown after the bar.
        public var value: Double

        public init(label: String, value: Double) {
            self.label = label
            self.value = value
        }
    }

    /// One per line, in order.
    public var bars: [Bar]
    /// The heading line above the bars (the column names), if any.
    public var caption: String?
    /// Rows left out of the chart, reported on a last line.
    public var overflow = 0

    public init(bars: [Bar], caption: String? = nil) {
        self.bars = bars
        self.caption = caption
    }

    /// Labels longer than this share of the width are cut with `…`, so bars always have room.
    static let maximumLabelShare = 0.4
    static let partialBlocks: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    /// Width used when the caller has no limit to give (output to a file or a pipe).
    public static let unboundedWidth = 80

    /// The chart laid out in `width` terminal columns (at least 20 are used; a width over 1,000 means
    /// "no limit" and gives `unboundedWidth`).
    ///
    /// Bars are scaled so the largest value fills the bar area; zero, negative and non-finite values
    /// draw no bar but still show their number.
    public func render(width: Int) -> String {
        let width = width > 1000 ? Self.unboundedWidth : max(20, width)
        let numbers = bars.map { Self.format($0.value) }
        let numberWidth = numbers.map(DisplayWidth.of).max() ?? 0
        let labelLimit = max(4, Int(Double(width) * Self.maximumLabelShare))
        let labels = bars.map { DisplayWidth.truncate($0.label, to: labelLimit) }
        let labelWidth = labels.map(DisplayWidth.of).max() ?? 0
        // A positive value too small to round to an eighth still gets the thinnest block, so it is not
        // mistaken for zero. Layout per line: label, " │", bar, " ", number.
        let barWidth = max(1, width - labelWidth - 2 - 1 - numberWidth)
        let largest = bars.map(\.value).filter { $0.isFinite }.max() ?? 0

        var lines: [String] = []
        if let caption { lines.append(DisplayWidth.truncate(caption, to: width)) }
        for (position, bar) in bars.enumerated() {
            let eighths = largest > 0 && bar.value.isFinite && bar.value > 0
                ? max(1, Int((bar.value / largest * Double(barWidth * 8)).rounded())) : 0
            let drawn = Self.blocks(eighths: eighths)
            let line = DisplayWidth.pad(labels[position], to: labelWidth) + " │"
                + DisplayWidth.pad(drawn, to: barWidth) + " " + DisplayWidth.padLeft(numbers[position], to: numberWidth)
            lines.append(line)
        }
        if overflow > 0 { lines.append(DisplayWidth.truncate("… \(overflow) more row\(overflow == 1 ? "" : "s") not drawn", to: width)) }
        return lines.joined(separator: "\n")
    }

    /// Full blocks for whole columns, then one partial block for the remaining eighths.
    static func blocks(eighths: Int) -> String {
        let whole = eighths / 8, rest = eighths % 8
        var text = String(repeating: "█", count: whole)
        if rest > 0 { text.append(partialBlocks[rest - 1]) }
        return text
    }

    /// Whole numbers without a decimal point; others with up to two decimals.
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value > 0 ? "∞" : "-∞") }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        let hundredths = (value * 100).rounded() / 100
        var text = String(hundredths)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }
}
