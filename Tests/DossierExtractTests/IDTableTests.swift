import Testing

@testable import DossierExtract

@Suite struct IDTableTests {
    @Test func findsEveryIdThroughManyGrowths() {
        var table = IDTable()
        let ids = (0..<1_000).map { "entity-\($0)" } + ["xi-jinping", "café-société", "a-much-longer-identifier-than-fifteen-bytes", ""]
        for (position, id) in ids.enumerated() { table.insert(id, at: position) }
        for (position, id) in ids.enumerated() { #expect(table[id] == position) }
        #expect(table["entity-1000"] == nil)
        #expect(table["Xi-Jinping"] == nil)
        #expect(table.ids == ids)
    }

    @Test func anIdKeepsItsFirstPosition() {
        var table = IDTable()
        table.insert("china", at: 3)
        table.insert("china", at: 7)
        #expect(table["china"] == 3)
        #expect(table.ids == ["china"])
    }
}
