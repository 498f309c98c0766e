import DossierModel
import Testing

@testable import DossierExtract

@Suite struct DateTests {
    static func dates(_ sentence: String, year: Int? = 2023) -> [String] {
        var builder = CorpusBuilder(lexicon: LexiconLoader.shipped)
        let header = year.map { "1 January \($0)\n\n" } ?? ""
        _ = try? builder.add(text: header + "Title\n\nAuthor\n\n" + sentence + "\n", path: "d.txt")
        return builder.build().events.map { event in
            event.date.description + (event.endDate.map { "/" + $0.description } ?? "")
        }
    }

    @Test(arguments: [
        ("They met on 11 August 2023 in Astana.", ["2023-08-11"]),
        ("They met on August 11, 2023, in Astana.", ["2023-08-11"]),
        ("The summit ran March 20-22, 2023.", ["2023-03-20/2023-03-22"]),
        ("They celebrated on May 9.", ["2023-05-09"]),
        ("Trade fell in October 2022.", ["2022-10"]),
        ("In 2016, the plan changed.", ["2016"]),
        ("Until the 2022 invasion, trade grew, and since 2019 it had doubled.", ["2022", "2019"]),
        ("Ministers met in May and again in July.", ["2023-05", "2023-07"]),
        ("The deal may be signed in March 2024.", ["2024-03"]),
        ("Output rose 2023 percent last winter.", []),
        ("They met on Monday.", []),
        ("It was February 30, 2023.", ["2023"]),  // an impossible day keeps only the year
        ("The offensive of 19–20 September 2023 ended the war.", ["2023-09-19/2023-09-20"]),
        ("The fighting of 28 April to 1 May 2021 began at a water intake.", ["2021-04-28/2021-05-01"]),
        ("The visit ran from February 28 to March 2, 2021.", ["2021-02-28/2021-03-02"]),
        ("9 May is a holiday.", ["2023-05-09"]),  // a day opening the sentence: nothing to look back on
        ("Drills ran between April and June 2024.", ["2024-04", "2024-06"]),
        ("Talks ran from March to May 2022.", ["2022-03", "2022-05"]),
    ])
    func normalisesDates(sentence: String, expected: [String]) {
        #expect(Self.dates(sentence) == expected)
    }

    @Test func yearlessDatesNeedTheArticleYear() {
        #expect(Self.dates("They celebrated on May 9.", year: nil) == [])
    }

    @Test(arguments: [
        ("11 August 2023", "2023-08-11"), ("August 11, 2023", "2023-08-11"), ("Friday, 11 August 2023", "2023-08-11"),
        ("2023-08-11", "2023-08-11"), ("August 2023", "2023-08"), ("2023", "2023"),
    ])
    func readsDateLines(line: String, expected: String) {
        #expect(DateLine.parse(line)?.description == expected)
    }

    @Test func rejectsLinesThatAreNotDates() {
        #expect(DateLine.parse("A New Title") == nil)
        #expect(DateLine.parse("31 February 2023") == nil)
    }
}
