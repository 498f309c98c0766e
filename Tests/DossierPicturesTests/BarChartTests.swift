import Testing
@testable import DossierPictures

@Suite struct BarChartTests {
    @Test func eighthBlocksGiveSubCellPrecision() {
        #expect(BarChart.blocks(eighths: 0) == "")
        #expect(BarChart.blocks(eighths: 1) == "▏")
        #expect(BarChart.blocks(eighths: 8) == "█")
        #expect(BarChart.blocks(eighths: 13) == "█▋")
        #expect(BarChart.blocks(eighths: 23) == "██▉")
    }

    @Test func largestValueFillsTheBarAndOthersScale() {
        let chart = BarChart(bars: [.init(label: "China", value: 40), .init(label: "Russia", value: 10)])
        let lines = chart.render(width: 40).split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        // 40 columns − "Russia" (6) − " │" (2) − " " (1) − "40" (2) = 29 columns of bar.
        #expect(lines[0] == "China  │" + String(repeating: "█", count: 29) + " 40")
        // 10/40 of 29 columns is 7¼ columns: seven full blocks and a quarter block.
        #expect(lines[1] == "Russia │███████▎" + String(repeating: " ", count: 21) + " 10")
    }

    @Test func wideLabelsAreAlignedByDisplayColumns() {
        let chart = BarChart(bars: [.init(label: "中国", value: 2), .init(label: "Iran", value: 1)])
        let lines = chart.render(width: 30).split(separator: "\n").map(String.init)
        let bars = lines.map { DisplayWidth.of(String($0.prefix { $0 != "│" })) }
        #expect(bars[0] == bars[1])
        #expect(lines.allSatisfy { DisplayWidth.of($0) == 30 })
    }

    @Test(arguments: [20, 33, 80, 157])
    func noLineIsWiderThanAsked(width: Int) {
        let chart = BarChart(bars: [
            .init(label: String(repeating: "Shanghai Cooperation Organisation ", count: 4), value: 1234.5),
            .init(label: "タジキスタン共和国の外務省", value: 3),
            .init(label: "zero", value: 0),
            .init(label: "negative", value: -4),
        ], caption: "name, mentions")
        for line in chart.render(width: width).split(separator: "\n") {
            #expect(DisplayWidth.of(String(line)) <= width)
        }
    }

    @Test func tinyPositiveValuesStillShowAndNonPositiveShowNone() {
        let chart = BarChart(bars: [.init(label: "a", value: 1000), .init(label: "b", value: 0.001),
                                    .init(label: "c", value: 0), .init(label: "d", value: -2)])
        let lines = chart.render(width: 30).split(separator: "\n").map(String.init)
        #expect(lines[1].contains("▏"))
        #expect(!lines[2].contains("▏") && !lines[2].contains("█"))
        #expect(!lines[3].contains("▏") && !lines[3].contains("█"))
        #expect(lines[3].hasSuffix("-2"))
    }

    @Test func numbersAreShownWithoutNeedlessDecimals() {
        #expect(BarChart.format(12) == "12")
        #expect(BarChart.format(2.5) == "2.5")
        #expect(BarChart.format(1.0 / 3) == "0.33")
    }
}

@Suite struct DisplayWidthTests {
    @Test func countsWideCombiningAndPlainCharacters() {
        #expect(DisplayWidth.of("abc") == 3)
        #expect(DisplayWidth.of("習近平") == 6)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("Хүрэлсүх") == 8)
        #expect(DisplayWidth.of("ＡＢ") == 4)
    }

    @Test func truncationRespectsWideCharacters() {
        #expect(DisplayWidth.truncate("習近平主席", to: 5) == "習近…")
        #expect(DisplayWidth.truncate("short", to: 10) == "short")
        #expect(DisplayWidth.of(DisplayWidth.truncate("習近平主席", to: 6)) <= 6)
    }
}

@Suite struct BarChartLimitTests {
    @Test func anUnlimitedWidthGivesTheDefaultWidth() {
        let chart = BarChart(bars: [.init(label: "a", value: 3), .init(label: "b", value: 1)])
        let lines = chart.render(width: Int.max / 4).split(separator: "\n")
        #expect(lines.allSatisfy { DisplayWidth.of(String($0)) == BarChart.unboundedWidth })
    }
}
