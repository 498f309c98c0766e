import DossierExtract
import Foundation
import Testing

@testable import DossierShell

/// `dossier export` writes the document in pieces as it goes; the pieces must add up to exactly the
/// document rendered whole, whatever the piece size.
@Suite struct ModelJSONStreamingTests {
    static let corpus = SampleCorpus.load().corpus

    @Test(arguments: [1, 64, 4_096])
    func piecesJoinIntoTheWholeDocument(chunkSize: Int) {
        for indent in [nil, 2] as [Int?] {
            let whole = Array(ModelJSON.render(Self.corpus, pretty: indent != nil).utf8)
            var pieces: [[UInt8]] = []
            ModelJSON.document(Self.corpus).write(indent: indent, chunkSize: chunkSize) { pieces.append($0) }
            #expect(pieces.joined().elementsEqual(whole))
            if chunkSize == 1 { #expect(pieces.count > Self.corpus.claims.count) }
        }
    }

    @Test func emptyArraysAndNestedGeneratedArraysKeepTheirShape() {
        let value = JSONValue.object([
            ("none", .generated(count: 0) { _ in .null }),
            ("some", .generated(count: 2) { .array([.int($0), .generated(count: 1) { _ in .string("x") }]) }),
        ])
        #expect(value.rendered() == #"{"none":[],"some":[[0,["x"]],[1,["x"]]]}"#)
        var pieces: [[UInt8]] = []
        value.write(indent: nil, chunkSize: 1) { pieces.append($0) }
        #expect(String(decoding: pieces.joined(), as: UTF8.self) == value.rendered())
    }
}
