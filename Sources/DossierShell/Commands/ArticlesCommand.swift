extension DotCommand {
    static let articles = DotCommand(
        name: "articles",
        summary: "list the loaded articles",
        details: """
        Lists the loaded articles: id, date, author, title and size. The id is what `article.id` holds in
        queries; `.load` replaces the articles.

            .articles
            articles | where date >= 2024 | select title, author
        """
    ) { arguments, shell throws(ShellError) in
        try arguments.expectNone(for: "articles")
        let articles = shell.session.index.corpus.articles
        guard !articles.isEmpty else {
            shell.output.write("no articles loaded: `.load PATHS` reads files, folders or globs\n")
            return
        }
        let ids = articles.map { TerminalSafeText.escape($0.id) }
        let idWidth = ids.map(\.count).max() ?? 0
        var listing = ""
        for (article, id) in zip(articles, ids) {
            let date = article.date?.description ?? "—"
            let author = article.author.map { TerminalSafeText.escape($0) } ?? "unknown author"
            listing += id.padded(to: idWidth) + "  " + date.padded(to: 10) + "  " + TerminalSafeText.escape(article.title)
                + "\n" + String(repeating: " ", count: idWidth + 12) + "by \(author), \(article.wordCount) words, "
                + "\(article.sentences.count) sentences\n"
        }
        shell.present(listing)
    }
}
