import Testing
@testable import DossierQuery

/// Docs/language.md documents every source field, stage, function and aggregate the code has.
@Suite struct LanguageReferenceTests {
    private let reference = (try? RepositoryFiles.text("Docs/language.md")) ?? ""

    @Test func everyFieldIsInItsSourcesSection() {
        for source in SourceKind.allCases {
            let heading = "### `\(source.rawValue)`"
            guard let start = reference.range(of: heading) else {
                Issue.record("no section for \(source.rawValue)")
                continue
            }
            let section = reference[start.upperBound...].prefix { _ in true }.split(separator: "###", maxSplits: 1).first ?? ""
            for field in QuerySession.schema(of: source) {
                #expect(section.contains("| `\(field.name)` | \(field.type) |"), "\(source.rawValue).\(field.name)")
            }
        }
    }

    @Test func everyStageFunctionAndAggregateIsDocumented() {
        for stage in QuerySession.stageKeywords {
            #expect(reference.contains("`\(stage)`"), "stage \(stage)")
        }
        for (name, _) in QuerySession.functionSummaries {
            #expect(reference.contains("| `\(name)` |"), "function \(name)")
        }
    }

    @Test func everyExampleInTheReferenceParses() throws {
        let blocks = reference.components(separatedBy: "```dq\n").dropFirst().map { $0.components(separatedBy: "\n```")[0] }
        #expect(blocks.count > 20)
        for block in blocks {
            #expect(throws: Never.self, "\(block)") { try Parser.parse(block) }
        }
    }
}
