/// The version every part of Dossier reports.
public enum DossierVersion {
    public static let current = "0.1.0"
}

extension Shell {
    /// The greeting: the version, what is loaded, and where help is.
    func banner() -> String {
        let corpus = session.index.corpus
        return style.emphasis("Dossier \(DossierVersion.current)") + "\n"
            + "Loaded \(corpus.articleCount) from \(TerminalSafeText.escape(corpusOrigin)): \(corpus.contentSummary).\n"
            + "Type a query, or .help for examples and commands; Ctrl-D or .quit leaves."
    }
}
