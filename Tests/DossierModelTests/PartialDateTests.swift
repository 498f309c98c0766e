import DossierModel
import Testing

@Suite struct PartialDateTests {
    @Test(arguments: ["2016", "2022-10", "2023-08-11"])
    func roundTripsThroughText(_ text: String) throws {
        let date = try #require(PartialDate(text))
        #expect(date.description == text)
    }

    @Test(arguments: ["", "23", "2023-13", "2023-1", "2023-02-32", "2023-02-01-09", "year"])
    func rejectsMalformedText(_ text: String) {
        #expect(PartialDate(text) == nil)
    }

    @Test func precisionFollowsWhatIsKnown() {
        #expect(PartialDate(year: 2016).precision == .year)
        #expect(PartialDate(year: 2022, month: 10).precision == .month)
        #expect(PartialDate(year: 2023, month: 8, day: 11).precision == .day)
    }

    @Test func aDayWithoutAMonthIsDropped() {
        #expect(PartialDate(year: 2023, day: 9).description == "2023")
    }

    @Test func ordersByEarliestPossibleDay() {
        let dates = ["2023-05-09", "2023", "2022-10", "2023-05"].compactMap(PartialDate.init)
        #expect(dates.sorted().map(\.description) == ["2022-10", "2023", "2023-05", "2023-05-09"])
    }
}
