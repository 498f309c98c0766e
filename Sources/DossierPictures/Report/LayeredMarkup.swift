/// Turns text plus possibly overlapping, possibly crossing marked spans into well-formed nested markup.
///
/// Spans belong to layers (outermost first: sentences, then claims, then mentions). The text is cut at
/// every span boundary; for each piece, each layer contributes the earliest-starting span covering it,
/// and elements are closed and reopened as needed. A span that crosses another layer's boundary is
/// therefore split into pieces with the same attributes — only its first piece carries its `id` —
/// and the output nests properly whatever the input.
struct LayeredMarkup {
    struct Mark {
        var layer: Int
        var start: Int
        var end: Int
        /// The element name (`span`).
        var element: String
        /// Attributes for every piece, already escaped (` class="…" title="…"`).
        var attributes: String
        /// Added to the first piece only (` id="…"`).
        var firstAttributes: String
    }

    var layers: Int

    /// Markup for `scalars[range]` with the given marks (offsets index `scalars`).
    func render(_ scalars: [Unicode.Scalar], range: Range<Int>, marks: [Mark]) -> String {
        // Ties keep the caller's order, so the same input always gives the same markup.
        let marks = marks.enumerated()
            .filter { $0.element.start < range.upperBound && $0.element.end > range.lowerBound && $0.element.start < $0.element.end }
            .sorted { ($0.element.start, -$0.element.end, $0.offset) < ($1.element.start, -$1.element.end, $1.offset) }
            .map(\.element)
        var cuts = Set([range.lowerBound, range.upperBound])
        for mark in marks {
            cuts.insert(max(range.lowerBound, mark.start))
            cuts.insert(min(range.upperBound, mark.end))
        }
        let boundaries = cuts.sorted()
        var output = ""
        var open: [Int] = []
        var started = Set<Int>()
        // Marks in force at the current piece, per layer, in sorted order: every mark boundary is a
        // cut, so a mark that has started and not ended covers the whole piece.
        var active = [[Int]](repeating: [], count: layers)
        var next = 0
        for (from, to) in zip(boundaries, boundaries.dropFirst()) {
            while next < marks.count, marks[next].start <= from {
                if marks[next].layer >= 0 && marks[next].layer < layers { active[marks[next].layer].append(next) }
                next += 1
            }
            var wanted: [Int] = []
            for layer in 0..<layers {
                active[layer].removeAll { marks[$0].end <= from }
                if let first = active[layer].first { wanted.append(first) }
            }
            var keep = 0
            while keep < open.count, keep < wanted.count, open[keep] == wanted[keep] { keep += 1 }
            for index in open[keep...].reversed() { output += "</\(marks[index].element)>" }
            open.removeSubrange(keep...)
            for index in wanted[keep...] {
                let mark = marks[index]
                let first = started.insert(index).inserted ? mark.firstAttributes : ""
                output += "<\(mark.element)\(first)\(mark.attributes)>"
                open.append(index)
            }
            var piece = String.UnicodeScalarView()
            piece.append(contentsOf: scalars[from..<to])
            output += MarkupEscaping.text(String(piece))
        }
        for index in open.reversed() { output += "</\(marks[index].element)>" }
        return output
    }
}
