/// A teaching lesson: a corpus to work on, and exercises whose answers are queries over it.
public struct Lesson: Sendable, Equatable {
    public var title: String
    /// Text shown when the lesson opens.
    public var introduction: String?
    /// The articles the exercises are about.
    public var corpus: CorpusChoice
    /// A second set of articles every answer is also checked against, so an answer that writes out
    /// the visible data (names, counts) instead of asking for it fails.
    public var checkCorpus: CorpusChoice?
    public var exercises: [Exercise]
    /// The file the lesson was read from; corpus paths are relative to its folder.
    public var path: String

    public init(
        title: String, introduction: String? = nil, corpus: CorpusChoice, checkCorpus: CorpusChoice? = nil,
        exercises: [Exercise], path: String
    ) {
        self.title = title
        self.introduction = introduction
        self.corpus = corpus
        self.checkCorpus = checkCorpus
        self.exercises = exercises
        self.path = path
    }

    /// The exercise with this id.
    public func exercise(_ id: String) -> Exercise? { exercises.first { $0.id == id } }

    /// The most points the lesson gives.
    public var maximumPoints: Double { exercises.reduce(0) { $0 + $1.points } }
}

/// Where a lesson's articles come from.
public enum CorpusChoice: Sendable, Equatable {
    /// The sample articles shipped with Dossier.
    case sample
    /// Files or folders, already resolved against the lesson's folder.
    case paths([String])
}
