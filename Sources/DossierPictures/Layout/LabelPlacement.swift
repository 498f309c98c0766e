/// Puts one label beside each node so that no two label boxes intersect and, where possible, no label
/// covers a node.
///
/// Labels are placed in order (the caller passes the most important first). Each tries positions
/// right, left, below and above its node, then the same directions further out in growing rings, and
/// takes the first that is clear. Far enough out every position is clear, so the search always ends;
/// a label pushed away from its node gets a leader line.
enum LabelPlacement {
    /// A label to place: its size and the node circle it belongs to.
    struct Request: Sendable, Equatable {
        var anchor: Point
        var radius: Double
        var width: Double
        var height: Double
    }

    static let gap = 3.0
    static let ringStep = 8.0
    static let maximumRings = 400

    /// One box per request, in the same order, none intersecting another.
    static func place(_ requests: [Request]) -> [Box] {
        let nodeBoxes = requests.map {
            Box(x: $0.anchor.x - $0.radius, y: $0.anchor.y - $0.radius, width: 2 * $0.radius, height: 2 * $0.radius)
        }
        var grid = BoxGrid(cell: 48)
        for box in nodeBoxes { grid.insert(box, isLabel: false) }
        var placed: [Box] = []
        placed.reserveCapacity(requests.count)
        for request in requests {
            let box = bestBox(for: request, in: grid)
            grid.insert(box, isLabel: true)
            placed.append(box)
        }
        return placed
    }

    private static func bestBox(for request: Request, in grid: BoxGrid) -> Box {
        var fallback: Box?
        for ring in 0..<maximumRings {
            for box in candidates(for: request, ring: ring) {
                switch grid.conflict(with: box) {
                case .none: return box
                case .nodeOnly: if fallback == nil { fallback = box }
                case .label: continue
                }
            }
            // After a few rings, a spot that only touches a node beats a label far from its node.
            if ring >= 3, let fallback { return fallback }
        }
        // Unreachable in practice: the outermost ring lies beyond every other box. Stack below all.
        let bottom = grid.lowestEdge + gap
        return Box(x: request.anchor.x, y: bottom, width: request.width, height: request.height)
    }

    private static func candidates(for request: Request, ring: Int) -> [Box] {
        let reach = request.radius + gap + Double(ring) * ringStep
        let x = request.anchor.x, y = request.anchor.y
        let width = request.width, height = request.height
        return [
            Box(x: x + reach, y: y - height / 2, width: width, height: height),
            Box(x: x - reach - width, y: y - height / 2, width: width, height: height),
            Box(x: x - width / 2, y: y + reach, width: width, height: height),
            Box(x: x - width / 2, y: y - reach - height, width: width, height: height),
            Box(x: x + reach * 0.7, y: y + reach * 0.7, width: width, height: height),
            Box(x: x - reach * 0.7 - width, y: y + reach * 0.7, width: width, height: height),
            Box(x: x + reach * 0.7, y: y - reach * 0.7 - height, width: width, height: height),
            Box(x: x - reach * 0.7 - width, y: y - reach * 0.7 - height, width: width, height: height),
        ]
    }
}

/// Boxes bucketed by a coarse grid, so checking a candidate looks only at its neighbours instead of at
/// every label placed so far.
struct BoxGrid {
    enum Conflict { case none, nodeOnly, label }

    let cell: Double
    private var buckets: [Int64: [(box: Box, isLabel: Bool)]] = [:]
    private(set) var lowestEdge = -Double.infinity

    init(cell: Double) {
        self.cell = cell
    }

    mutating func insert(_ box: Box, isLabel: Bool) {
        lowestEdge = max(lowestEdge, box.maxY)
        for key in keys(covering: box) { buckets[key, default: []].append((box, isLabel)) }
    }

    func conflict(with box: Box) -> Conflict {
        var result = Conflict.none
        for key in keys(covering: box) {
            for entry in buckets[key] ?? [] where entry.box.intersects(box) {
                if entry.isLabel { return .label }
                result = .nodeOnly
            }
        }
        return result
    }

    private func keys(covering box: Box) -> [Int64] {
        let left = Int64((box.x / cell).rounded(.down)), right = Int64((box.maxX / cell).rounded(.down))
        let top = Int64((box.y / cell).rounded(.down)), bottom = Int64((box.maxY / cell).rounded(.down))
        var keys: [Int64] = []
        keys.reserveCapacity(Int((right - left + 1) * (bottom - top + 1)))
        for column in left...right {
            for row in top...bottom { keys.append(column &* 1_000_003 &+ row) }
        }
        return keys
    }
}
