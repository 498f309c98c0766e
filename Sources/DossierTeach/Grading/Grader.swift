import DossierQuery

/// Grades answer files against a lesson. A malformed or unreadable file is reported for its student
/// and grading goes on with the others.
public struct Grader {
    public let checker: LessonChecker

    public init(checker: LessonChecker) {
        self.checker = checker
    }

    public func grade(files: [String]) -> Gradebook {
        var brokenExercise = false
        var students: [Gradebook.Student] = []
        for file in files {
            let submission: Submission
            do {
                let text = try TeachFiles.readText(file)
                submission = try SubmissionParser.parse(text, path: file, exerciseIDs: Set(checker.lesson.exercises.map(\.id)))
            } catch {
                students.append(Gradebook.Student(name: "?", file: file, problem: String(describing: error), grades: []))
                continue
            }
            var grades: [Gradebook.Grade] = []
            for exercise in checker.lesson.exercises {
                guard let answer = submission.answer(to: exercise.id), !answer.text.allSatisfy(\.isWhitespace) else {
                    grades.append(Gradebook.Grade(
                        exercise: exercise.id, answered: false, passed: false, points: 0, maximum: exercise.points, message: "no answer"))
                    continue
                }
                let result = checker.check(exercise, rows: checker.run(answer.text, located: answer, in: file))
                if result.exerciseBroken { brokenExercise = true }
                grades.append(Gradebook.Grade(
                    exercise: exercise.id, answered: true, passed: result.passed, points: result.points, maximum: exercise.points,
                    message: result.summary))
            }
            students.append(Gradebook.Student(name: submission.student, file: file, problem: nil, grades: grades))
        }
        return Gradebook(
            lesson: checker.lesson.title, maximum: checker.lesson.maximumPoints, students: students,
            hasProblems: brokenExercise || students.contains { $0.problem != nil })
    }
}

extension LessonChecker {
    /// Runs an answer from a file so that its query errors name the file and the line in it.
    func run(_ text: String, located answer: Submission.Answer, in file: String) -> AnswerRows {
        // Blank lines above the text keep the query's line numbers equal to the file's.
        let padded = String(repeating: "\n", count: max(0, answer.line - 1)) + text
        return run(padded, named: file)
    }
}
