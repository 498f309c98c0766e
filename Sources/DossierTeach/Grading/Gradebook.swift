/// Every student's result on every exercise of a lesson.
public struct Gradebook: Sendable {
    public struct Grade: Sendable {
        public var exercise: String
        /// Whether the student wrote an answer for it.
        public var answered: Bool
        public var passed: Bool
        public var points: Double
        public var maximum: Double
        /// The checker's words, on one line.
        public var message: String
    }

    public struct Student: Sendable {
        public var name: String
        public var file: String
        /// Why the submission could not be graded; then `grades` is empty.
        public var problem: String?
        public var grades: [Grade]

        public var total: Double { LessonChecker.rounded(grades.reduce(0) { $0 + $1.points }) }
    }

    public var lesson: String
    public var maximum: Double
    public var students: [Student]

    /// Whether any submission could not be graded, or any exercise could not be checked.
    public var hasProblems: Bool
}
