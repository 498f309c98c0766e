import DossierModel

/// The briefing's tables: actors, frameworks, claims and events, each row linking to its sentence
/// where it has one.
struct ReportTables {
    let corpus: Corpus
    let scope: CorpusScope
    /// The actors and frameworks in the (scoped) network: the tables list the same ones.
    let shown: Set<EntityID>

    func actors() -> String {
        let rows = corpus.actors.filter { shown.contains($0.id) && !$0.mentions.isEmpty }
            .sorted { ($1.mentions.count, $0.name) < ($0.mentions.count, $1.name) }
            .map { actor in
                [
                    cell(actor.name), cell(actor.kind.rawValue),
                    cell(actor.affiliation.map { corpus.actor($0)?.name ?? $0 } ?? ""),
                    cell(actor.role ?? actor.lexiconRole ?? ""), number(actor.mentions.count),
                ]
            }
        return table(["name", "kind", "affiliation", "role", "mentions"], numeric: [4], rows: rows)
    }

    func frameworks() -> String {
        let rows = corpus.frameworks.filter { shown.contains($0.id) && !$0.mentions.isEmpty }
            .sorted { ($1.mentions.count, $0.name) < ($0.mentions.count, $1.name) }
            .map { framework in
                [
                    cell(framework.name), cell(framework.acronym ?? ""), cell(framework.kind.rawValue),
                    cell(framework.sponsors.map { corpus.actor($0)?.name ?? $0 }.joined(separator: ", ")),
                    cell(framework.year.map(String.init) ?? ""), number(framework.mentions.count),
                ]
            }
        return table(["name", "acronym", "kind", "sponsors", "year", "mentions"], numeric: [4, 5], rows: rows)
    }

    func claims() -> String {
        let rows = corpus.claims.filter(scope.includes).map { claim in
            [
                cell(claim.speaker.map { corpus.actor($0)?.name ?? $0 } ?? claim.speakerText.map { "(\($0))" } ?? "—"),
                cell(claim.kind.rawValue), cell(claim.cue),
                "<td><a href=\"#\(MarkupEscaping.attribute(ClaimAnchor.id(claim)))\">\(MarkupEscaping.text(claim.text))</a></td>",
            ]
        }
        return table(["speaker", "kind", "cue", "text"], numeric: [], rows: rows)
    }

    func events(_ timeline: Timeline) -> String {
        let rows = timeline.entries.map { entry in
            [
                cell(TimelineText.dateLabel(entry.event)), cell(entry.event.dateText),
                "<td><a href=\"#\(entry.anchor)\">\(MarkupEscaping.text(entry.event.text))</a></td>",
            ]
        }
        return table(["date", "as written", "sentence"], numeric: [], rows: rows)
    }

    private func cell(_ text: String) -> String { "<td>\(MarkupEscaping.text(text))</td>" }

    private func number(_ value: Int) -> String { "<td class=\"num\">\(value)</td>" }

    private func table(_ headings: [String], numeric: Set<Int>, rows: [[String]]) -> String {
        guard !rows.isEmpty else { return "<p class=\"byline\">None.</p>" }
        let head = headings.enumerated().map { index, heading in
            "<th\(numeric.contains(index) ? " class=\"num\"" : "")>\(heading)</th>"
        }.joined()
        let body = rows.map { "<tr>" + $0.joined() + "</tr>" }.joined(separator: "\n")
        return "<div class=\"scroll\"><table><thead><tr>\(head)</tr></thead><tbody>\n\(body)\n</tbody></table></div>"
    }
}
