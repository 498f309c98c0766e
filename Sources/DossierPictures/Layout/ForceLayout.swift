import Foundation

/// Places the nodes of a graph with a force-directed simulation (Fruchterman–Reingold): linked nodes
/// pull together, all nodes push apart, a weak pull to the centre keeps separate clusters in view.
///
/// The start positions come from a seeded generator and every loop runs in node order, so the same
/// graph and seed always give the same picture.
struct ForceLayout: Sendable {
    /// A link between two nodes (by position in the node list), pulling harder the heavier it is.
    struct Link: Sendable, Equatable {
        var from: Int
        var to: Int
        var weight: Double

        init(from: Int, to: Int, weight: Double) {
            self.from = from
            self.to = to
            self.weight = weight
        }
    }

    var seed: UInt64
    var iterations: Int

    init(seed: UInt64 = 20_240_229, iterations: Int = 400) {
        self.seed = seed
        self.iterations = iterations
    }

    /// Positions for `radii.count` nodes inside a square of side `side` (top-left at the origin),
    /// keeping each node's circle (of the given radius) clear of the others where the simulation can.
    func positions(radii: [Double], links: [Link], side: Double) -> [Point] {
        let count = radii.count
        guard count > 0 else { return [] }
        var random = SeededRandom(seed: seed)
        let centre = side / 2
        var x = [Double](repeating: 0, count: count), y = [Double](repeating: 0, count: count)
        for node in 0..<count {
            let angle = random.unit() * 2 * Double.pi
            let distance = (0.1 + 0.9 * random.unit().squareRoot()) * side * 0.4
            x[node] = centre + cos(angle) * distance
            y[node] = centre + sin(angle) * distance
        }
        guard count > 1 else { return [Point(x: centre, y: centre)] }

        // Hubs push harder and are pulled less (as in ForceAtlas2), so the most connected actors do not
        // collapse into one knot in the middle.
        var degree = [Double](repeating: 1, count: count)
        for link in links where link.from != link.to {
            degree[link.from] += 1
            degree[link.to] += 1
        }
        let ideal = 0.9 * (side * side / Double(count)).squareRoot()
        var temperature = side / 8
        let cooling = temperature / Double(max(1, iterations))
        var dx = [Double](repeating: 0, count: count), dy = [Double](repeating: 0, count: count)
        for _ in 0..<iterations {
            for node in 0..<count { dx[node] = 0; dy[node] = 0 }
            for first in 0..<count {
                for second in (first + 1)..<count {
                    var ex = x[first] - x[second], ey = y[first] - y[second]
                    var distance = (ex * ex + ey * ey).squareRoot()
                    if distance < 0.01 {
                        // Coincident nodes: separate them in a direction fixed by their positions.
                        ex = Double(first - second); ey = 1; distance = 0.01
                    }
                    var push = ideal * ideal / distance * (degree[first] * degree[second]).squareRoot() * 0.5
                    let clearance = radii[first] + radii[second] + 6
                    if distance < clearance { push += (clearance - distance) * 4 }
                    dx[first] += ex / distance * push; dy[first] += ey / distance * push
                    dx[second] -= ex / distance * push; dy[second] -= ey / distance * push
                }
            }
            for link in links where link.from != link.to {
                let ex = x[link.from] - x[link.to], ey = y[link.from] - y[link.to]
                let distance = max(0.01, (ex * ex + ey * ey).squareRoot())
                let pull = distance * distance / ideal * (1 + log2(max(1, link.weight)))
                    / (degree[link.from] * degree[link.to]).squareRoot()
                dx[link.from] -= ex / distance * pull; dy[link.from] -= ey / distance * pull
                dx[link.to] += ex / distance * pull; dy[link.to] += ey / distance * pull
            }
            for node in 0..<count {
                // Gravity grows with degree, so hubs hold the middle and leaves settle around them.
                dx[node] += (centre - x[node]) * 0.06 * degree[node].squareRoot()
                dy[node] += (centre - y[node]) * 0.06 * degree[node].squareRoot()
                let length = max(0.01, (dx[node] * dx[node] + dy[node] * dy[node]).squareRoot())
                let step = min(length, temperature)
                x[node] += dx[node] / length * step
                y[node] += dy[node] / length * step
            }
            temperature = max(side / 400, temperature - cooling)
        }
        var points = Self.fitted(x: x, y: y, side: side)
        Self.separate(&points, radii: radii)
        return points
    }

    /// Pushes apart nodes whose shapes still overlap after the simulation (or after shrinking), a few
    /// sweeps at a time, so no node hides another.
    static func separate(_ points: inout [Point], radii: [Double], gap: Double = 4, sweeps: Int = 60) {
        for _ in 0..<sweeps {
            var moved = false
            for first in points.indices {
                for second in points.indices where second > first {
                    var ex = points[second].x - points[first].x, ey = points[second].y - points[first].y
                    var distance = (ex * ex + ey * ey).squareRoot()
                    let needed = (radii[first] + radii[second]) * 1.25 + gap
                    guard distance < needed else { continue }
                    if distance < 0.01 { ex = 1; ey = 0; distance = 1 }
                    let shift = (needed - distance) / 2 + 0.01
                    points[first].x -= ex / distance * shift; points[first].y -= ey / distance * shift
                    points[second].x += ex / distance * shift; points[second].y += ey / distance * shift
                    moved = true
                }
            }
            if !moved { return }
        }
    }

    /// Shrinks the drawing into the square when the simulation spread it wider, keeping its shape.
    private static func fitted(x: [Double], y: [Double], side: Double) -> [Point] {
        let left = x.min()!, top = y.min()!
        let extent = max(x.max()! - left, y.max()! - top)
        let scale = extent > side ? side / extent : 1
        return x.indices.map { Point(x: (x[$0] - left) * scale, y: (y[$0] - top) * scale) }
    }
}
