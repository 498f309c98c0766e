import DossierModel

/// A claim found in a sentence before it is placed in the article: who, by what cue, and which rule.
struct ClaimDraft {
    var speaker: SpeakerResolver.Speaker?
    var cue: String
    var rule: String
    var quote: QuoteSpan?
    /// Whether the draft stands even without a resolved speaker ("It is said that…", "According to the ministry").
    var allowsUnknownSpeaker = false
}
