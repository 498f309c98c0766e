/// Small helpers for writing SVG by hand: numbers with one decimal, shapes as path data.
enum SVGFormat {
    /// A coordinate with at most one decimal, `-0` written as `0`: short files, stable output.
    static func number(_ value: Double) -> String {
        let tenths = (value * 10).rounded() / 10
        // Layouts keep coordinates small; anything else is a bug better drawn at 0 than trapped on.
        guard tenths.isFinite, abs(tenths) < 1e15 else { return "0" }
        if tenths == tenths.rounded() { return String(Int(tenths)) }
        return String(tenths)
    }

    /// The opening tag of a standalone SVG document of the given size.
    static func open(width: Double, height: Double, label: String) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(number(width)) \(number(height))\" "
            + "width=\"\(number(width))\" height=\"\(number(height))\" role=\"img\" "
            + "aria-label=\"\(MarkupEscaping.attribute(label))\" font-family=\"\(TextMetrics.fontFamily)\">"
    }

    /// A shape centred on `centre` with "radius" `radius`, as an SVG element with the given attributes.
    static func shape(_ shape: NodeStyle.Shape, centre: Point, radius: Double, attributes: String) -> String {
        let x = centre.x, y = centre.y, r = radius
        switch shape {
        case .circle:
            return "<circle cx=\"\(number(x))\" cy=\"\(number(y))\" r=\"\(number(r))\" \(attributes)/>"
        case .square:
            let side = r * 1.8
            return "<rect x=\"\(number(x - side / 2))\" y=\"\(number(y - side / 2))\" width=\"\(number(side))\" "
                + "height=\"\(number(side))\" rx=\"\(number(r * 0.2))\" \(attributes)/>"
        case .hexagon:
            let points = (0..<6).map { corner -> String in
                let angle = Double(corner) * Double.pi / 3
                return "\(number(x + r * cosine(angle))),\(number(y + r * sine(angle)))"
            }
            return "<polygon points=\"\(points.joined(separator: " "))\" \(attributes)/>"
        case .diamond:
            let d = r * 1.25
            let points = ["\(number(x)),\(number(y - d))", "\(number(x + d)),\(number(y))",
                          "\(number(x)),\(number(y + d))", "\(number(x - d)),\(number(y))"]
            return "<polygon points=\"\(points.joined(separator: " "))\" \(attributes)/>"
        }
    }

    // Exact values for the six hexagon corners, so output does not depend on the platform's libm.
    private static func cosine(_ angle: Double) -> Double {
        let table = [1.0, 0.5, -0.5, -1.0, -0.5, 0.5]
        return table[Int((angle / (Double.pi / 3)).rounded()) % 6]
    }

    private static func sine(_ angle: Double) -> Double {
        let root = 0.8660254037844386
        let table = [0.0, root, root, 0.0, -root, -root]
        return table[Int((angle / (Double.pi / 3)).rounded()) % 6]
    }
}
