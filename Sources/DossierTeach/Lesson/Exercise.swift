/// One task of a lesson: a question, how its answer is checked, and what the student is told.
public struct Exercise: Sendable, Equatable {
    public var id: String
    public var title: String?
    public var prompt: String
    /// What a right answer produces.
    public var expected: ExpectedResult
    /// Other queries the author says are right too; `dossier lesson check` makes sure they pass.
    public var alternatives: [String]
    public var comparison: Comparison
    public var points: Double
    /// Whether a wrong answer earns matched ÷ expected rows of the points.
    public var allowsPartialCredit: Bool
    /// Whether feedback may show one of the rows the answer is missing.
    public var showsMissingExample: Bool
    /// Whether the reference query may be shown after the exercise is solved or skipped.
    public var revealsAnswer: Bool
    /// Shown one at a time, in order, by `.hint`.
    public var hints: [String]
    /// Wrong answers the author expects, each with the message that explains it.
    public var mistakes: [KnownMistake]
    /// Shown after a right answer.
    public var explanation: String?
    /// Exercises that must be solved before this one opens.
    public var prerequisites: [String]
    /// The line where the exercise starts in its lesson file, for messages.
    public var line: Int

    public init(
        id: String, title: String? = nil, prompt: String, expected: ExpectedResult, alternatives: [String] = [],
        comparison: Comparison = Comparison(), points: Double = 1, allowsPartialCredit: Bool = false,
        showsMissingExample: Bool = true, revealsAnswer: Bool = false, hints: [String] = [],
        mistakes: [KnownMistake] = [], explanation: String? = nil, prerequisites: [String] = [], line: Int = 1
    ) {
        self.id = id
        self.title = title
        self.prompt = prompt
        self.expected = expected
        self.alternatives = alternatives
        self.comparison = comparison
        self.points = points
        self.allowsPartialCredit = allowsPartialCredit
        self.showsMissingExample = showsMissingExample
        self.revealsAnswer = revealsAnswer
        self.hints = hints
        self.mistakes = mistakes
        self.explanation = explanation
        self.prerequisites = prerequisites
        self.line = line
    }

    /// The reference query, when the expected rows come from one.
    public var referenceQuery: String? {
        if case .query(let text) = expected { return text }
        return nil
    }
}

/// Where an exercise's expected rows come from.
public enum ExpectedResult: Sendable, Equatable {
    /// A reference query, run on the lesson's corpus (and on the check corpus).
    case query(String)
    /// Rows written out in the lesson.
    case rows(RowTable)
}

/// An answer the author knows is wrong, and what to say when a student gives it.
public struct KnownMistake: Sendable, Equatable {
    public enum Answer: Sendable, Equatable {
        /// A query; a student's answer matches when it gives the same rows on every corpus of the lesson.
        case query(String)
        /// Rows written out; matched on the lesson's corpus.
        case rows(RowTable)
    }

    public var answer: Answer
    public var message: String
    public var line: Int

    public init(answer: Answer, message: String, line: Int) {
        self.answer = answer
        self.message = message
        self.line = line
    }
}

/// How a student's rows are compared with the expected ones.
public struct Comparison: Sendable, Equatable {
    public enum Order: Sendable, Equatable {
        /// Any order; a row repeated in one result must be repeated in the other.
        case unordered
        /// Any order, and repeats do not matter.
        case set
        /// Row by row, in the same order.
        case ordered
        /// Any order among rows that tie on these columns; the columns' values must come in the expected order.
        case orderedBy([String])
    }

    public enum Columns: Sendable, Equatable {
        /// The same column names, in any order (letter case ignored).
        case byName
        /// The same number of columns; names are ignored and columns are matched left to right.
        case byPosition
    }

    public var order: Order
    public var columns: Columns

    public init(order: Order = .unordered, columns: Columns = .byName) {
        self.order = order
        self.columns = columns
    }
}
