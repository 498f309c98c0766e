/// A compiled regular expression that runs in time linear in the text (a Pike VM: every NFA state is
/// advanced in lock step, so no pattern can backtrack exponentially), with bounded program size.
struct Regex: Sendable {
    /// Patterns that compile to more instructions than this are refused (`a{1000}{1000}` and friends).
    static let maximumProgramSize = 20_000
    static let maximumPatternLength = 2_000

    enum Instruction: Sendable {
        case scalar(Unicode.Scalar)
        case any
        case set(CharacterSet)
        case split(Int, Int)
        case jump(Int)
        case start, end
        case wordBoundary(negated: Bool)
        case match
    }

    let program: [Instruction]
    let ignoresCase: Bool
    /// When every match must start with this scalar, positions without it are skipped without running the VM.
    private let firstScalar: Unicode.Scalar?

    init(_ pattern: String) throws(RegexError) {
        guard pattern.unicodeScalars.count <= Self.maximumPatternLength else {
            throw RegexError(message: "patterns are limited to \(Self.maximumPatternLength) characters", offset: 0)
        }
        var parser = RegexParser(pattern)
        let (node, ignoresCase) = try parser.parse()
        var compiler = Compiler(ignoresCase: ignoresCase)
        try compiler.emit(node)
        compiler.program.append(.match)
        program = compiler.program
        self.ignoresCase = ignoresCase
        if case .scalar(let first) = compiler.program[0] { firstScalar = first } else { firstScalar = nil }
    }

    /// Whether the pattern matches anywhere in `text`.
    func matches(_ text: String) -> Bool {
        let input = Array(text.unicodeScalars)
        var current = ThreadList(capacity: program.count)
        var next = ThreadList(capacity: program.count)
        var position = 0
        while position <= input.count {
            if current.isEmpty, let firstScalar {
                while position < input.count, (ignoresCase ? Self.fold(input[position]) : input[position]) != firstScalar {
                    position += 1
                }
                if position == input.count { return false }
            }
            defer { position += 1 }
            // Starting a thread at every position makes the search unanchored.
            if add(0, at: position, input: input, to: &current) { return true }
            if current.isEmpty { continue }
            guard position < input.count else { break }
            let scalar = ignoresCase ? Self.fold(input[position]) : input[position]
            next.clear()
            for pc in current.members {
                let advances: Bool
                switch program[pc] {
                case .scalar(let expected): advances = scalar == expected
                case .any: advances = input[position] != "\n"
                case .set(let set): advances = set.contains(input[position], ignoringCase: ignoresCase)
                default: advances = false
                }
                if advances, add(pc + 1, at: position + 1, input: input, to: &next) { return true }
            }
            swap(&current, &next)
        }
        return false
    }

    /// Adds a thread and everything reachable without reading; true when that reaches `match`.
    private func add(_ start: Int, at position: Int, input: [Unicode.Scalar], to list: inout ThreadList) -> Bool {
        var stack = [start]
        while let pc = stack.popLast() {
            guard list.insert(pc) else { continue }
            switch program[pc] {
            case .match: return true
            case .jump(let target): stack.append(target)
            case .split(let first, let second):
                stack.append(second)
                stack.append(first)
            case .start: if position == 0 { stack.append(pc + 1) }
            case .end: if position == input.count { stack.append(pc + 1) }
            case .wordBoundary(let negated):
                let before = position > 0 && CharacterSet.isWord(input[position - 1])
                let after = position < input.count && CharacterSet.isWord(input[position])
                if (before != after) != negated { stack.append(pc + 1) }
            case .scalar, .any, .set: break
            }
        }
        return false
    }

    static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if scalar.isASCII {
            return scalar.value >= 0x41 && scalar.value <= 0x5A ? Unicode.Scalar(scalar.value | 0x20)! : scalar
        }
        return scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar
    }

    /// A set of program counters with O(1) insert and clear, in insertion order.
    private struct ThreadList {
        private var dense: [Int]
        private var sparse: [Int]
        private(set) var count = 0

        init(capacity: Int) {
            dense = [Int](repeating: 0, count: capacity)
            sparse = [Int](repeating: 0, count: capacity)
        }

        var isEmpty: Bool { count == 0 }
        var members: ArraySlice<Int> { dense[0..<count] }

        mutating func insert(_ value: Int) -> Bool {
            let slot = sparse[value]
            if slot < count, dense[slot] == value { return false }
            sparse[value] = count
            dense[count] = value
            count += 1
            return true
        }

        mutating func clear() { count = 0 }
    }

    private struct Compiler {
        let ignoresCase: Bool
        var program: [Instruction] = []

        mutating func emit(_ node: RegexNode) throws(RegexError) {
            guard program.count <= Regex.maximumProgramSize else {
                throw RegexError(message: "this pattern is too large once its repetitions are expanded", offset: 0)
            }
            switch node {
            case .empty: break
            case .scalar(let scalar): program.append(.scalar(ignoresCase ? Regex.fold(scalar) : scalar))
            case .any: program.append(.any)
            case .set(let set): program.append(.set(set))
            case .start: program.append(.start)
            case .end: program.append(.end)
            case .wordBoundary(let negated): program.append(.wordBoundary(negated: negated))
            case .concatenation(let items): for item in items { try emit(item) }
            case .alternation(let branches):
                var jumps: [Int] = []
                for (index, branch) in branches.enumerated() {
                    if index < branches.count - 1 {
                        let split = program.count
                        program.append(.split(split + 1, 0))
                        try emit(branch)
                        jumps.append(program.count)
                        program.append(.jump(0))
                        program[split] = .split(split + 1, program.count)
                    } else {
                        try emit(branch)
                    }
                }
                for jump in jumps { program[jump] = .jump(program.count) }
            case .repetition(let inner, let min, let max, let greedy):
                for _ in 0..<min { try emit(inner) }
                if let max {
                    var exits: [Int] = []
                    for _ in min..<max {
                        exits.append(program.count)
                        program.append(.split(0, 0))
                        try emit(inner)
                    }
                    for exit in exits { program[exit] = greedy ? .split(exit + 1, program.count) : .split(program.count, exit + 1) }
                } else {
                    let loop = program.count
                    program.append(.split(0, 0))
                    try emit(inner)
                    program.append(.jump(loop))
                    program[loop] = greedy ? .split(loop + 1, program.count) : .split(program.count, loop + 1)
                }
            }
        }
    }
}
