/// What a sentence contains that the rarer name rules look for, read in one pass over its tokens so that the
/// rules a sentence cannot feed are not run at all: most sentences hold no number, quotation or instrument noun.
struct SentenceFeatures {
    /// A number or a token opening with a digit ("19th", "5+2").
    var hasNumber = false
    var hasOpenQuote = false
    var hasDash = false
    var hasInstrumentNoun = false
    /// "law", "ban", "policy" or "doctrine".
    var hasStatePolicyNoun = false
    var hasInfrastructureNoun = false
    var hasPackage = false

    init(_ sentence: SentenceTokens, _ words: RuleWords) {
        for (token, id) in zip(sentence.tokens, sentence.ids) {
            // "19th" is no number token, but opens with a digit.
            if token.isNumber || Bytes.isDigit(sentence.bytes[token.start]) { hasNumber = true }
            if token.flags.contains(.openQuote) { hasOpenQuote = true }
            if id == words.enDash || id == words.hyphen { hasDash = true }
            if words.describedInstrumentNouns.contains(id) { hasInstrumentNoun = true }
            if words.statePolicyNouns.contains(id) { hasStatePolicyNoun = true }
            if words.infrastructureNouns.contains(id) { hasInfrastructureNoun = true }
            if id == words.package { hasPackage = true }
        }
    }
}
