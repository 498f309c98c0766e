/// A dated happening: a sentence that states a date, with the date normalised.
public struct Event: Hashable, Sendable, Identifiable {
    public var id: String
    public var location: Location
    public var date: PartialDate
    /// The last day of a range such as "March 20-22, 2023".
    public var endDate: PartialDate?
    /// The date as written.
    public var dateText: String
    /// The whole sentence.
    public var text: String
    public var actors: [EntityID]
    public var frameworks: [EntityID]

    public init(
        id: String, location: Location, date: PartialDate, endDate: PartialDate? = nil, dateText: String,
        text: String, actors: [EntityID], frameworks: [EntityID]
    ) {
        self.id = id
        self.location = location
        self.date = date
        self.endDate = endDate
        self.dateText = dateText
        self.text = text
        self.actors = actors
        self.frameworks = frameworks
    }
}
