/// Which exercises are open to a student, and which comes next.
///
/// An exercise opens when everything it `requires:` is solved. The next exercise is the first open,
/// unsolved one after the current, in the lesson's order: one not skipped if there is one, else a
/// skipped one, and the current exercise itself only when nothing else is left.
struct ExerciseRoute {
    let lesson: Lesson

    func isOpen(_ exercise: Exercise, in progress: Progress) -> Bool {
        exercise.prerequisites.allSatisfy { progress.solved[$0] != nil }
    }

    /// What must be solved before `exercise` opens.
    func missingPrerequisites(of exercise: Exercise, in progress: Progress) -> [String] {
        exercise.prerequisites.filter { progress.solved[$0] == nil }
    }

    /// The exercise to show after `current` (or from the start), nil when every open exercise is solved.
    func next(after current: String?, in progress: Progress) -> Exercise? {
        let exercises = lesson.exercises
        let start = current.flatMap { id in exercises.firstIndex { $0.id == id } }.map { $0 + 1 } ?? 0
        let order = exercises[start...] + exercises[..<start]
        let candidates = order.filter { progress.solved[$0.id] == nil && isOpen($0, in: progress) }
        let others = candidates.filter { $0.id != current }
        return others.first { !progress.skipped.contains($0.id) } ?? others.first ?? candidates.first
    }
}
