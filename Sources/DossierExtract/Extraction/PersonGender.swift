import DossierModel

/// Whether a person is "she" or "he", so a pronoun skips people it cannot mean ("Aigerim Bekova met Nodir
/// Rashidov. She said …" is Bekova). The evidence, surest first: the lexicon entry's `gender=`, a gendered role
/// as the text states it ("spokeswoman"), a surname ending that marks gender in Slavic and Central Asian names,
/// then the given name (`@given-names`). An honorific in the text ("Ms Bekova") outranks all of them; the
/// article state records it where it is seen.
struct PersonGender {
    let lexicon: Lexicon

    func guess(_ actor: Actor) -> Gender? {
        if let known = lexicon.actorGenders[actor.id] { return known }
        if let role = actor.role, let gender = Self.gender(ofRole: role) { return gender }
        let parts = actor.name.split(separator: " ")
        guard parts.count >= 2, let first = parts.first, let last = parts.last else { return nil }
        // A Slavic or Turkic surname ending is surer than a given name, which can be a man's in one country and a
        // woman's in another (Meret).
        return Self.gender(ofSurname: last.lowercased()) ?? lexicon.givenNameGenders[String(first)]
    }

    /// "spokeswoman", "chairwoman", "businessman": the role's last word says it.
    private static func gender(ofRole role: String) -> Gender? {
        let word = role.split(separator: " ").last.map { $0.lowercased() } ?? ""
        if word.hasSuffix("woman") || word.hasSuffix("women") { return .female }
        if word.hasSuffix("man") || word.hasSuffix("men") { return .male }
        return nil
    }

    /// Russian, Kazakh, Uzbek, Tajik and Kyrgyz surnames agree with the bearer: Bekova and Rashidov, Kuanysheva and
    /// Nazarbayev, Matviyenko excepted (no ending), and the patronymic forms -kyzy (daughter) and -uly or -uulu (son).
    private static func gender(ofSurname surname: String) -> Gender? {
        if femaleEndings.contains(where: surname.hasSuffix) { return .female }
        if maleEndings.contains(where: surname.hasSuffix) { return .male }
        return nil
    }

    /// A surname ending that only people's names have, long enough not to be a short word that happens to end so.
    static func hasSurnameEnding(_ word: String) -> Bool {
        word.count >= 5 && gender(ofSurname: word.lowercased()) != nil
    }

    private static let femaleEndings = ["ova", "eva", "yova", "ëva", "skaya", "tskaya", "kyzy", "qyzy", "gyzy"]
    private static let maleEndings = ["ov", "ev", "yov", "ëv", "sky", "skiy", "skii", "ovich", "evich", "uly", "uulu", "ogly", "oglu"]
}
