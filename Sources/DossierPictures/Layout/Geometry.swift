/// A point in picture coordinates (SVG user units, y grows downwards).
struct Point: Sendable, Equatable {
    var x: Double
    var y: Double
}

/// An axis-aligned rectangle in picture coordinates.
struct Box: Sendable, Equatable {
    var x: Double
    var y: Double
    var width: Double
    var height: Double

    var maxX: Double { x + width }
    var maxY: Double { y + height }

    /// Whether the two boxes share any area (touching edges do not count).
    func intersects(_ other: Box) -> Bool {
        x < other.maxX && other.x < maxX && y < other.maxY && other.y < maxY
    }

    /// The smallest box holding both.
    func union(_ other: Box) -> Box {
        let left = min(x, other.x), top = min(y, other.y)
        return Box(x: left, y: top, width: max(maxX, other.maxX) - left, height: max(maxY, other.maxY) - top)
    }
}
