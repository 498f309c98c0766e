import DossierExtract
import DossierModel
import Foundation
import Testing

/// Scores extraction on the held-out articles: analysis pieces on regions and frameworks the samples do not
/// cover. Rules and lexicons must stay general enough to do well here without being tuned on these texts; the
/// floors sit a little below what is achieved, so a regression fails. Each set is scored on its own, because
/// each later set was written after the earlier ones had already guided fixes.
@Suite struct HeldoutGoldTests {
    struct Floors: Sendable {
        var actors: Double
        var frameworks: Double
        var claims: Double
        var claimRecall: Double
        var speakerAccuracy: Double
        var events: Double
    }

    /// Each set with the floors it must meet; a later set's floors are lower where its first reading was. The framework
    /// floors of Heldout2, 3, 4 and 26 were lowered when NATO became a framework: their gold files list it as an actor,
    /// as 7 gold files do against 15 that list it as a framework. Heldout40's claims floor went from 0.93 to 0.92 when verbs
    /// of condemning and blaming began to report without a clause: one more claim there, which its gold does not count.
    /// Heldout52's framework floor went from 0.65 to 0.64 when a date began to pin down a described deal: its "2024
    /// action plan" is not in its gold file. Heldout4's framework floor went from 0.82 to 0.80 and Heldout42's from 0.79 to 0.78
    /// when a summit named with a defined acronym or after "summit of" became a framework ("the APEC summit in Lima"):
    /// their gold files read such summits as mentions of the body, as the newer gold files do not. Heldout83's speaker floor
    /// went from 0.95 to 0.94 when a junta became its state's voice: "the junta told Bangladeshi officials …" is now found,
    /// and its gold file names the speaker "Myanmar military" where the conventions resolve a government to its state.
    /// The framework floors of Heldout4 (0.80 to 0.77), Heldout25 (0.92 to 0.90), Heldout30 (0.93 to 0.92) and Heldout93
    /// (0.91 to 0.90) went down when the OSCE, the WTO, the African Union and the Arab League became frameworks: those
    /// gold files, written to the older conventions, list them as actors, while the independent ones file them as frameworks.
    /// The event floors of Heldout28, 30, 32, 34, 35, 45, 51 and 55 went down by one or two points when dates counted from
    /// the last one stated ("two days later", "the next day", "later that month") became events: the older conventions
    /// left them out, and the independent gold files list most of them. Heldout26's framework floor went from 0.92 to 0.91
    /// when "announced" began to conclude described deals ("announced a €12 billion investment package"): its gold file
    /// does not list the Gazprom–CNPC memorandum announced there. The event floors of Heldout28 (0.96 to 0.95), Heldout41 and
    /// Heldout91 (0.97 to 0.96) went down when "that year" and "that month" became dates ("a single term followed later
    /// that year"): their gold files keep one event to a sentence, or leave such phrases out, as the independent ones do not. Heldout39's (0.99 to 0.98)
    /// and Heldout46's (0.98 to 0.97) went down when "last November" became the latest November before the article's date:
    /// their gold files leave out the two happenings dated so. The actor floors of Heldout (0.95 to 0.91) and Heldout3 (0.95
    /// to 0.93) went down when seas, straits, shoals and valleys that analyses treat as theatres (the South China Sea,
    /// Second Thomas Shoal, the Caspian, the Fergana Valley) became regions: the older gold files leave them out, the
    /// independent ones list them in most articles that name them. Heldout48's framework floor went from 0.80 to 0.79 when
    /// the city someone visited or flew to for a body's summit became its venue ("flew to Astana for the summit of the
    /// SCO"): its gold file lists no such summit. The speaker floors of Heldout5, 7, 19, 20, 33, 34, 41, 42 and 46 (by two to
    /// four points), their claim floors where the same claims count (Heldout7, 34, 41, 46) and Heldout53's actor floor (0.95
    /// to 0.93) went down when a state's ministry became an actor of its own, in capitals or not ("China's foreign ministry
    /// said"): those gold files, written to the older conventions, give such claims to the state, while the independent
    /// ones name the ministry as the speaker and list it as an actor in 63 of the 69 articles that name one. Heldout29's
    /// actor floor went from 0.94 to 0.92 when a state's parliament and embassies became actors too ("the Iranian
    /// parliament", "the Azerbaijani embassy in Tehran"): its gold file leaves them out, as the independent ones do not.
    /// The event floors of Heldout19, 27, 32, 34, 35, 42, 44, 53 and 92 went down by one or two points when "last month",
    /// "this month" and "next month" began to count from the article's date: those gold files leave such phrases out,
    /// while the independent ones list most of them. Heldout20's claim floor (0.93 to 0.92) went down when a coordinated
    /// verb with a clause of its own after "told … that …, and" became a second claim ("and urged both sides to …"): its
    /// gold file counts one claim a sentence. Heldout29's speaker floor (0.96 to 0.95) went down when "several" and "some"
    /// began to stand for the group spoken of last: one such claim goes to the group of an earlier sentence. Heldout32's
    /// framework floor (0.88 to 0.87) went down when "sealed", "clinched", "closed" and "secured" began to conclude deals:
    /// its gold file leaves out the loan deal Russia and Iran sealed for the Rasht–Astara railway. The framework floors of
    /// Heldout30 (0.92 to 0.91) and Heldout48 (0.79 to 0.78) went down when arriving or landing in a city for a body's
    /// summit began to name where it met ("arrived in Tianjin for the summit of the SCO"): their gold files list no such
    /// summit, as they list none for "flew to Astana for the summit". Heldout27's framework floor (0.88 to 0.87) went down
    /// when the Durand Line became a place: its gold file lists the border as a framework, as 1 of the 6 gold files that
    /// name it does. Heldout41's actor floor (0.95 to 0.94) went down when "Soviet" used once stopped counting as a mention
    /// of the Soviet Union: its gold file lists the Soviet Union for one "Soviet-era", as 17 gold files do and 22 do not.
    /// Heldout2's actor floor (0.96 to 0.95) went down when "the Trump administration" became a government of its own
    /// rather than a mention of Donald Trump: its gold file lists Trump for that one mention, as 8 of the 22 gold files that
    /// name a leader only so do, where 14 list the administration. Heldout30's framework floor (0.91 to 0.90) went down
    /// when the A7A5 stablecoin entered the frameworks lexicon: its gold file leaves it out, as 3 of the 6 gold files that
    /// name it do. Heldout3's framework floor (0.90 to 0.89) went down when China's "near-Arctic state" entered the
    /// frameworks lexicon: its gold file leaves the label out, as 1 of the 5 gold files that use it does.
    static let sets: [(String, Floors)] = [
        ("Heldout", Floors(actors: 0.91, frameworks: 0.86, claims: 0.9, claimRecall: 0.93, speakerAccuracy: 0.97, events: 0.97)),
        ("Heldout2", Floors(actors: 0.95, frameworks: 0.87, claims: 0.95, claimRecall: 0.94, speakerAccuracy: 0.97, events: 0.97)),
        ("Heldout3", Floors(actors: 0.93, frameworks: 0.89, claims: 0.93, claimRecall: 0.93, speakerAccuracy: 0.98, events: 0.98)),
        ("Heldout4", Floors(actors: 0.91, frameworks: 0.77, claims: 0.88, claimRecall: 0.87, speakerAccuracy: 0.95, events: 0.96)),
        ("Heldout5", Floors(actors: 0.93, frameworks: 0.72, claims: 0.9, claimRecall: 0.92, speakerAccuracy: 0.94, events: 0.98)),
        ("Heldout6", Floors(actors: 0.92, frameworks: 0.78, claims: 0.89, claimRecall: 0.94, speakerAccuracy: 0.92, events: 0.97)),
        ("Heldout7", Floors(actors: 0.93, frameworks: 0.79, claims: 0.88, claimRecall: 0.93, speakerAccuracy: 0.94, events: 0.98)),
        ("Heldout8", Floors(actors: 0.92, frameworks: 0.82, claims: 0.93, claimRecall: 0.95, speakerAccuracy: 0.97, events: 0.98)),
        ("Heldout9", Floors(actors: 0.95, frameworks: 0.89, claims: 0.92, claimRecall: 0.97, speakerAccuracy: 0.95, events: 0.97)),
        ("Heldout10", Floors(actors: 0.93, frameworks: 0.86, claims: 0.86, claimRecall: 0.93, speakerAccuracy: 0.92, events: 0.98)),
        ("Heldout11", Floors(actors: 0.94, frameworks: 0.86, claims: 0.86, claimRecall: 0.89, speakerAccuracy: 0.92, events: 0.98)),
        ("Heldout12", Floors(actors: 0.91, frameworks: 0.75, claims: 0.85, claimRecall: 0.91, speakerAccuracy: 0.93, events: 0.98)),
        ("Heldout13", Floors(actors: 0.88, frameworks: 0.73, claims: 0.86, claimRecall: 0.85, speakerAccuracy: 0.91, events: 0.98)),
        ("Heldout14", Floors(actors: 0.93, frameworks: 0.82, claims: 0.86, claimRecall: 0.88, speakerAccuracy: 0.96, events: 0.98)),
        ("Heldout15", Floors(actors: 0.93, frameworks: 0.82, claims: 0.87, claimRecall: 0.9, speakerAccuracy: 0.94, events: 0.98)),
        ("Heldout16", Floors(actors: 0.92, frameworks: 0.83, claims: 0.91, claimRecall: 0.95, speakerAccuracy: 0.95, events: 0.98)),
        ("Heldout17", Floors(actors: 0.93, frameworks: 0.77, claims: 0.89, claimRecall: 0.95, speakerAccuracy: 0.95, events: 0.98)),
        ("Heldout18", Floors(actors: 0.91, frameworks: 0.74, claims: 0.86, claimRecall: 0.95, speakerAccuracy: 0.92, events: 0.98)),
        ("Heldout19", Floors(actors: 0.93, frameworks: 0.79, claims: 0.92, claimRecall: 0.97, speakerAccuracy: 0.95, events: 0.96)),
        ("Heldout20", Floors(actors: 0.9, frameworks: 0.66, claims: 0.92, claimRecall: 0.95, speakerAccuracy: 0.95, events: 0.98)),
        ("Heldout21", Floors(actors: 0.87, frameworks: 0.79, claims: 0.91, claimRecall: 0.91, speakerAccuracy: 0.95, events: 0.98)),
        ("Heldout22", Floors(actors: 0.91, frameworks: 0.81, claims: 0.92, claimRecall: 0.93, speakerAccuracy: 0.96, events: 0.98)),
        ("Heldout23", Floors(actors: 0.93, frameworks: 0.86, claims: 0.9, claimRecall: 0.96, speakerAccuracy: 0.96, events: 0.98)),
        ("Heldout24", Floors(actors: 0.94, frameworks: 0.89, claims: 0.88, claimRecall: 0.94, speakerAccuracy: 0.93, events: 0.97)),
        ("Heldout25", Floors(actors: 0.95, frameworks: 0.90, claims: 0.9, claimRecall: 0.96, speakerAccuracy: 0.95, events: 0.98)),
        ("Heldout26", Floors(actors: 0.93, frameworks: 0.91, claims: 0.88, claimRecall: 0.91, speakerAccuracy: 0.94, events: 0.98)),
        ("Heldout27", Floors(actors: 0.92, frameworks: 0.87, claims: 0.91, claimRecall: 0.95, speakerAccuracy: 0.96, events: 0.94)),
        ("Heldout28", Floors(actors: 0.93, frameworks: 0.83, claims: 0.91, claimRecall: 0.95, speakerAccuracy: 0.95, events: 0.95)),
        ("Heldout29", Floors(actors: 0.92, frameworks: 0.85, claims: 0.91, claimRecall: 0.97, speakerAccuracy: 0.95, events: 0.99)),
        ("Heldout30", Floors(actors: 0.92, frameworks: 0.90, claims: 0.88, claimRecall: 0.96, speakerAccuracy: 0.93, events: 0.97)),
        ("Heldout31", Floors(actors: 0.92, frameworks: 0.8, claims: 0.89, claimRecall: 0.91, speakerAccuracy: 0.96, events: 0.99)),
        ("Heldout32", Floors(actors: 0.94, frameworks: 0.87, claims: 0.92, claimRecall: 0.95, speakerAccuracy: 0.96, events: 0.94)),
        ("Heldout33", Floors(actors: 0.95, frameworks: 0.87, claims: 0.88, claimRecall: 0.91, speakerAccuracy: 0.91, events: 0.99)),
        ("Heldout34", Floors(actors: 0.89, frameworks: 0.79, claims: 0.91, claimRecall: 0.96, speakerAccuracy: 0.94, events: 0.95)),
        ("Heldout150", Floors(actors: 0.81, frameworks: 0.54, claims: 0.81, claimRecall: 0.84, speakerAccuracy: 0.90, events: 0.82)),
        ("Heldout149", Floors(actors: 0.87, frameworks: 0.65, claims: 0.81, claimRecall: 0.84, speakerAccuracy: 0.90, events: 0.86)),
        ("Heldout148", Floors(actors: 0.84, frameworks: 0.69, claims: 0.78, claimRecall: 0.81, speakerAccuracy: 0.88, events: 0.83)),
        ("Heldout147", Floors(actors: 0.84, frameworks: 0.69, claims: 0.76, claimRecall: 0.77, speakerAccuracy: 0.88, events: 0.84)),
        ("Heldout146", Floors(actors: 0.87, frameworks: 0.65, claims: 0.79, claimRecall: 0.85, speakerAccuracy: 0.89, events: 0.86)),
        ("Heldout145", Floors(actors: 0.87, frameworks: 0.72, claims: 0.84, claimRecall: 0.84, speakerAccuracy: 0.94, events: 0.82)),
        ("Heldout144", Floors(actors: 0.85, frameworks: 0.57, claims: 0.79, claimRecall: 0.84, speakerAccuracy: 0.88, events: 0.86)),
        ("Heldout143", Floors(actors: 0.83, frameworks: 0.57, claims: 0.72, claimRecall: 0.78, speakerAccuracy: 0.85, events: 0.88)),
        ("Heldout142", Floors(actors: 0.83, frameworks: 0.75, claims: 0.79, claimRecall: 0.80, speakerAccuracy: 0.90, events: 0.86)),
        ("Heldout141", Floors(actors: 0.83, frameworks: 0.56, claims: 0.76, claimRecall: 0.81, speakerAccuracy: 0.87, events: 0.87)),
        ("Heldout140", Floors(actors: 0.84, frameworks: 0.65, claims: 0.85, claimRecall: 0.84, speakerAccuracy: 0.94, events: 0.89)),
        ("Heldout139", Floors(actors: 0.86, frameworks: 0.79, claims: 0.84, claimRecall: 0.90, speakerAccuracy: 0.91, events: 0.96)),
        ("Heldout138", Floors(actors: 0.80, frameworks: 0.68, claims: 0.83, claimRecall: 0.86, speakerAccuracy: 0.92, events: 0.93)),
        ("Heldout137", Floors(actors: 0.84, frameworks: 0.65, claims: 0.88, claimRecall: 0.92, speakerAccuracy: 0.93, events: 0.93)),
        ("Heldout136", Floors(actors: 0.89, frameworks: 0.83, claims: 0.86, claimRecall: 0.86, speakerAccuracy: 0.97, events: 0.90)),
        ("Heldout135", Floors(actors: 0.82, frameworks: 0.75, claims: 0.84, claimRecall: 0.89, speakerAccuracy: 0.90, events: 0.89)),
        ("Heldout134", Floors(actors: 0.87, frameworks: 0.67, claims: 0.84, claimRecall: 0.89, speakerAccuracy: 0.90, events: 0.85)),
        ("Heldout133", Floors(actors: 0.84, frameworks: 0.74, claims: 0.84, claimRecall: 0.89, speakerAccuracy: 0.91, events: 0.92)),
        ("Heldout132", Floors(actors: 0.89, frameworks: 0.78, claims: 0.92, claimRecall: 0.90, speakerAccuracy: 0.97, events: 0.91)),
        ("Heldout130", Floors(actors: 0.87, frameworks: 0.68, claims: 0.89, claimRecall: 0.92, speakerAccuracy: 0.94, events: 0.91)),
        ("Heldout131", Floors(actors: 0.86, frameworks: 0.73, claims: 0.84, claimRecall: 0.89, speakerAccuracy: 0.91, events: 0.90)),
        ("Heldout129", Floors(actors: 0.85, frameworks: 0.77, claims: 0.87, claimRecall: 0.92, speakerAccuracy: 0.94, events: 0.86)),
        ("Heldout128", Floors(actors: 0.81, frameworks: 0.78, claims: 0.84, claimRecall: 0.88, speakerAccuracy: 0.91, events: 0.92)),
        ("Heldout127", Floors(actors: 0.84, frameworks: 0.70, claims: 0.88, claimRecall: 0.93, speakerAccuracy: 0.93, events: 0.86)),
        ("Heldout126", Floors(actors: 0.86, frameworks: 0.83, claims: 0.94, claimRecall: 0.95, speakerAccuracy: 0.97, events: 0.87)),
        ("Heldout125", Floors(actors: 0.87, frameworks: 0.78, claims: 0.88, claimRecall: 0.89, speakerAccuracy: 0.94, events: 0.88)),
        ("Heldout124", Floors(actors: 0.89, frameworks: 0.79, claims: 0.88, claimRecall: 0.86, speakerAccuracy: 0.96, events: 0.91)),
        ("Heldout123", Floors(actors: 0.79, frameworks: 0.70, claims: 0.90, claimRecall: 0.92, speakerAccuracy: 0.95, events: 0.93)),
        ("Heldout122", Floors(actors: 0.83, frameworks: 0.79, claims: 0.92, claimRecall: 0.90, speakerAccuracy: 0.99, events: 0.92)),
        ("Heldout121", Floors(actors: 0.80, frameworks: 0.69, claims: 0.79, claimRecall: 0.83, speakerAccuracy: 0.91, events: 0.91)),
        ("Heldout120", Floors(actors: 0.87, frameworks: 0.86, claims: 0.83, claimRecall: 0.90, speakerAccuracy: 0.93, events: 0.89)),
        ("Heldout119", Floors(actors: 0.84, frameworks: 0.77, claims: 0.93, claimRecall: 0.94, speakerAccuracy: 0.98, events: 0.90)),
        ("Heldout118", Floors(actors: 0.85, frameworks: 0.84, claims: 0.75, claimRecall: 0.81, speakerAccuracy: 0.85, events: 0.90)),
        ("Heldout117", Floors(actors: 0.82, frameworks: 0.79, claims: 0.79, claimRecall: 0.90, speakerAccuracy: 0.88, events: 0.93)),
        ("Heldout116", Floors(actors: 0.86, frameworks: 0.90, claims: 0.91, claimRecall: 0.96, speakerAccuracy: 0.94, events: 0.91)),
        ("Heldout115", Floors(actors: 0.86, frameworks: 0.85, claims: 0.84, claimRecall: 0.91, speakerAccuracy: 0.90, events: 0.90)),
        ("Heldout114", Floors(actors: 0.86, frameworks: 0.79, claims: 0.83, claimRecall: 0.85, speakerAccuracy: 0.92, events: 0.90)),
        ("Heldout113", Floors(actors: 0.84, frameworks: 0.76, claims: 0.86, claimRecall: 0.87, speakerAccuracy: 0.95, events: 0.88)),
        ("Heldout112", Floors(actors: 0.89, frameworks: 0.88, claims: 0.86, claimRecall: 0.89, speakerAccuracy: 0.93, events: 0.92)),
        ("Heldout111", Floors(actors: 0.89, frameworks: 0.84, claims: 0.82, claimRecall: 0.84, speakerAccuracy: 0.91, events: 0.94)),
        ("Heldout110", Floors(actors: 0.84, frameworks: 0.73, claims: 0.79, claimRecall: 0.82, speakerAccuracy: 0.90, events: 0.91)),
        ("Heldout109", Floors(actors: 0.87, frameworks: 0.80, claims: 0.90, claimRecall: 0.91, speakerAccuracy: 0.95, events: 0.92)),
        ("Heldout108", Floors(actors: 0.88, frameworks: 0.79, claims: 0.77, claimRecall: 0.84, speakerAccuracy: 0.87, events: 0.93)),
        ("Heldout107", Floors(actors: 0.86, frameworks: 0.65, claims: 0.82, claimRecall: 0.85, speakerAccuracy: 0.91, events: 0.87)),
        ("Heldout106", Floors(actors: 0.85, frameworks: 0.59, claims: 0.77, claimRecall: 0.84, speakerAccuracy: 0.87, events: 0.93)),
        ("Heldout105", Floors(actors: 0.84, frameworks: 0.76, claims: 0.81, claimRecall: 0.91, speakerAccuracy: 0.88, events: 0.88)),
        ("Heldout104", Floors(actors: 0.82, frameworks: 0.72, claims: 0.78, claimRecall: 0.85, speakerAccuracy: 0.90, events: 0.89)),
        ("Heldout103", Floors(actors: 0.89, frameworks: 0.80, claims: 0.81, claimRecall: 0.85, speakerAccuracy: 0.90, events: 0.92)),
        ("Heldout102", Floors(actors: 0.88, frameworks: 0.73, claims: 0.83, claimRecall: 0.87, speakerAccuracy: 0.90, events: 0.91)),
        ("Heldout101", Floors(actors: 0.85, frameworks: 0.78, claims: 0.79, claimRecall: 0.84, speakerAccuracy: 0.89, events: 0.88)),
        ("Heldout100", Floors(actors: 0.84, frameworks: 0.67, claims: 0.80, claimRecall: 0.85, speakerAccuracy: 0.89, events: 0.88)),
        ("Heldout99", Floors(actors: 0.85, frameworks: 0.74, claims: 0.81, claimRecall: 0.90, speakerAccuracy: 0.89, events: 0.91)),
        ("Heldout98", Floors(actors: 0.86, frameworks: 0.71, claims: 0.83, claimRecall: 0.87, speakerAccuracy: 0.92, events: 0.90)),
        ("Heldout97", Floors(actors: 0.89, frameworks: 0.69, claims: 0.87, claimRecall: 0.89, speakerAccuracy: 0.95, events: 0.89)),
        ("Heldout96", Floors(actors: 0.88, frameworks: 0.74, claims: 0.84, claimRecall: 0.91, speakerAccuracy: 0.91, events: 0.89)),
        ("Heldout95", Floors(actors: 0.85, frameworks: 0.72, claims: 0.79, claimRecall: 0.89, speakerAccuracy: 0.86, events: 0.91)),
        ("Heldout94", Floors(actors: 0.82, frameworks: 0.62, claims: 0.75, claimRecall: 0.82, speakerAccuracy: 0.87, events: 0.88)),
        ("Heldout93", Floors(actors: 0.94, frameworks: 0.90, claims: 0.9, claimRecall: 0.94, speakerAccuracy: 0.94, events: 0.97)),
        ("Heldout92", Floors(actors: 0.95, frameworks: 0.88, claims: 0.92, claimRecall: 0.97, speakerAccuracy: 0.94, events: 0.95)),
        ("Heldout91", Floors(actors: 0.92, frameworks: 0.86, claims: 0.93, claimRecall: 0.96, speakerAccuracy: 0.96, events: 0.96)),
        ("Heldout90", Floors(actors: 0.84, frameworks: 0.79, claims: 0.79, claimRecall: 0.87, speakerAccuracy: 0.86, events: 0.92)),
        ("Heldout89", Floors(actors: 0.86, frameworks: 0.76, claims: 0.77, claimRecall: 0.9, speakerAccuracy: 0.83, events: 0.93)),
        ("Heldout88", Floors(actors: 0.84, frameworks: 0.75, claims: 0.87, claimRecall: 0.96, speakerAccuracy: 0.9, events: 0.91)),
        ("Heldout87", Floors(actors: 0.88, frameworks: 0.71, claims: 0.83, claimRecall: 0.91, speakerAccuracy: 0.86, events: 0.94)),
        ("Heldout86", Floors(actors: 0.86, frameworks: 0.86, claims: 0.76, claimRecall: 0.91, speakerAccuracy: 0.84, events: 0.9)),
        ("Heldout85", Floors(actors: 0.89, frameworks: 0.77, claims: 0.84, claimRecall: 0.85, speakerAccuracy: 0.94, events: 0.91)),
        ("Heldout84", Floors(actors: 0.88, frameworks: 0.72, claims: 0.82, claimRecall: 0.87, speakerAccuracy: 0.91, events: 0.91)),
        ("Heldout83", Floors(actors: 0.84, frameworks: 0.69, claims: 0.84, claimRecall: 0.84, speakerAccuracy: 0.94, events: 0.94)),
        ("Heldout82", Floors(actors: 0.87, frameworks: 0.74, claims: 0.78, claimRecall: 0.82, speakerAccuracy: 0.88, events: 0.85)),
        ("Heldout81", Floors(actors: 0.86, frameworks: 0.76, claims: 0.78, claimRecall: 0.85, speakerAccuracy: 0.89, events: 0.95)),
        ("Heldout80", Floors(actors: 0.86, frameworks: 0.75, claims: 0.78, claimRecall: 0.84, speakerAccuracy: 0.89, events: 0.93)),
        ("Heldout79", Floors(actors: 0.86, frameworks: 0.73, claims: 0.76, claimRecall: 0.87, speakerAccuracy: 0.84, events: 0.88)),
        ("Heldout78", Floors(actors: 0.8, frameworks: 0.7, claims: 0.79, claimRecall: 0.81, speakerAccuracy: 0.9, events: 0.9)),
        ("Heldout77", Floors(actors: 0.85, frameworks: 0.78, claims: 0.84, claimRecall: 0.89, speakerAccuracy: 0.92, events: 0.93)),
        ("Heldout76", Floors(actors: 0.84, frameworks: 0.77, claims: 0.81, claimRecall: 0.89, speakerAccuracy: 0.89, events: 0.87)),
        ("Heldout75", Floors(actors: 0.88, frameworks: 0.73, claims: 0.85, claimRecall: 0.87, speakerAccuracy: 0.92, events: 0.92)),
        ("Heldout74", Floors(actors: 0.88, frameworks: 0.74, claims: 0.86, claimRecall: 0.87, speakerAccuracy: 0.94, events: 0.92)),
        ("Heldout73", Floors(actors: 0.83, frameworks: 0.72, claims: 0.78, claimRecall: 0.88, speakerAccuracy: 0.85, events: 0.9)),
        ("Heldout72", Floors(actors: 0.87, frameworks: 0.72, claims: 0.82, claimRecall: 0.83, speakerAccuracy: 0.91, events: 0.92)),
        ("Heldout71", Floors(actors: 0.85, frameworks: 0.72, claims: 0.78, claimRecall: 0.83, speakerAccuracy: 0.87, events: 0.92)),
        ("Heldout35", Floors(actors: 0.88, frameworks: 0.84, claims: 0.84, claimRecall: 0.93, speakerAccuracy: 0.9, events: 0.96)),
        ("Heldout36", Floors(actors: 0.92, frameworks: 0.84, claims: 0.89, claimRecall: 0.93, speakerAccuracy: 0.94, events: 0.98)),
        ("Heldout70", Floors(actors: 0.82, frameworks: 0.73, claims: 0.72, claimRecall: 0.84, speakerAccuracy: 0.81, events: 0.92)),
        ("Heldout69", Floors(actors: 0.87, frameworks: 0.7, claims: 0.82, claimRecall: 0.84, speakerAccuracy: 0.91, events: 0.88)),
        ("Heldout68", Floors(actors: 0.81, frameworks: 0.59, claims: 0.68, claimRecall: 0.81, speakerAccuracy: 0.78, events: 0.9)),
        ("Heldout67", Floors(actors: 0.85, frameworks: 0.69, claims: 0.77, claimRecall: 0.83, speakerAccuracy: 0.87, events: 0.93)),
        ("Heldout66", Floors(actors: 0.81, frameworks: 0.7, claims: 0.81, claimRecall: 0.9, speakerAccuracy: 0.87, events: 0.93)),
        ("Heldout65", Floors(actors: 0.87, frameworks: 0.8, claims: 0.78, claimRecall: 0.83, speakerAccuracy: 0.87, events: 0.92)),
        ("Heldout64", Floors(actors: 0.85, frameworks: 0.72, claims: 0.71, claimRecall: 0.83, speakerAccuracy: 0.82, events: 0.93)),
        ("Heldout63", Floors(actors: 0.8, frameworks: 0.65, claims: 0.79, claimRecall: 0.8, speakerAccuracy: 0.93, events: 0.91)),
        ("Heldout62", Floors(actors: 0.86, frameworks: 0.85, claims: 0.82, claimRecall: 0.83, speakerAccuracy: 0.91, events: 0.92)),
        ("Heldout61", Floors(actors: 0.83, frameworks: 0.75, claims: 0.79, claimRecall: 0.82, speakerAccuracy: 0.89, events: 0.9)),
        ("Heldout60", Floors(actors: 0.85, frameworks: 0.69, claims: 0.71, claimRecall: 0.85, speakerAccuracy: 0.81, events: 0.93)),
        ("Heldout59", Floors(actors: 0.85, frameworks: 0.72, claims: 0.74, claimRecall: 0.80, speakerAccuracy: 0.87, events: 0.89)),
        ("Heldout58", Floors(actors: 0.86, frameworks: 0.78, claims: 0.8, claimRecall: 0.84, speakerAccuracy: 0.89, events: 0.93)),
        ("Heldout57", Floors(actors: 0.86, frameworks: 0.76, claims: 0.76, claimRecall: 0.85, speakerAccuracy: 0.87, events: 0.92)),
        ("Heldout56", Floors(actors: 0.96, frameworks: 0.83, claims: 0.9, claimRecall: 0.94, speakerAccuracy: 0.94, events: 0.97)),
        ("Heldout55", Floors(actors: 0.92, frameworks: 0.76, claims: 0.87, claimRecall: 0.89, speakerAccuracy: 0.93, events: 0.97)),
        ("Heldout54", Floors(actors: 0.89, frameworks: 0.77, claims: 0.92, claimRecall: 0.88, speakerAccuracy: 0.99, events: 0.98)),
        ("Heldout53", Floors(actors: 0.93, frameworks: 0.78, claims: 0.92, claimRecall: 0.94, speakerAccuracy: 0.96, events: 0.97)),
        ("Heldout52", Floors(actors: 0.88, frameworks: 0.64, claims: 0.83, claimRecall: 0.91, speakerAccuracy: 0.89, events: 0.99)),
        ("Heldout51", Floors(actors: 0.91, frameworks: 0.81, claims: 0.89, claimRecall: 0.93, speakerAccuracy: 0.94, events: 0.96)),
        ("Heldout50", Floors(actors: 0.93, frameworks: 0.85, claims: 0.93, claimRecall: 0.94, speakerAccuracy: 0.96, events: 0.98)),
        ("Heldout49", Floors(actors: 0.91, frameworks: 0.89, claims: 0.9, claimRecall: 0.94, speakerAccuracy: 0.94, events: 0.99)),
        ("Heldout48", Floors(actors: 0.93, frameworks: 0.78, claims: 0.92, claimRecall: 0.94, speakerAccuracy: 0.96, events: 0.98)),
        ("Heldout47", Floors(actors: 0.93, frameworks: 0.84, claims: 0.91, claimRecall: 0.92, speakerAccuracy: 0.97, events: 0.97)),
        ("Heldout46", Floors(actors: 0.93, frameworks: 0.75, claims: 0.82, claimRecall: 0.89, speakerAccuracy: 0.91, events: 0.97)),
        ("Heldout45", Floors(actors: 0.94, frameworks: 0.79, claims: 0.89, claimRecall: 0.91, speakerAccuracy: 0.96, events: 0.97)),
        ("Heldout44", Floors(actors: 0.9, frameworks: 0.79, claims: 0.89, claimRecall: 0.91, speakerAccuracy: 0.95, events: 0.97)),
        ("Heldout43", Floors(actors: 0.94, frameworks: 0.87, claims: 0.92, claimRecall: 0.94, speakerAccuracy: 0.96, events: 0.98)),
        ("Heldout42", Floors(actors: 0.94, frameworks: 0.78, claims: 0.91, claimRecall: 0.93, speakerAccuracy: 0.95, events: 0.97)),
        ("Heldout41", Floors(actors: 0.94, frameworks: 0.89, claims: 0.92, claimRecall: 0.96, speakerAccuracy: 0.94, events: 0.96)),
        ("Heldout40", Floors(actors: 0.95, frameworks: 0.82, claims: 0.92, claimRecall: 0.93, speakerAccuracy: 0.96, events: 0.98)),
        ("Heldout39", Floors(actors: 0.91, frameworks: 0.85, claims: 0.92, claimRecall: 0.96, speakerAccuracy: 0.94, events: 0.98)),
        ("Heldout37", Floors(actors: 0.92, frameworks: 0.8, claims: 0.9, claimRecall: 0.93, speakerAccuracy: 0.95, events: 0.98)),
        ("Heldout38", Floors(actors: 0.9, frameworks: 0.69, claims: 0.87, claimRecall: 0.9, speakerAccuracy: 0.93, events: 0.98)),
    ]

    @Test(arguments: sets)
    func heldoutSetMeetsItsFloors(set: String, floors: Floors) throws {
        let goldFiles = GoldData.heldoutGoldFiles(set)
        #expect(goldFiles.count >= 3)
        let golds = try goldFiles.map(GoldData.load)
        let folder = try #require(GoldData.heldoutFolder(set))
        let paths = golds.map { folder.appendingPathComponent($0.article).path }
        let result = CorpusLoader(lexicon: LexiconLoader.shipped).load(paths: paths)
        #expect(result.problems.isEmpty)
        var total = GoldScorer.Report()
        for gold in golds {
            let id = GoldData.slug(ofArticle: gold.article)
            try #require(result.corpus.article(id) != nil)
            let report = GoldScorer(corpus: result.corpus, article: id).score(gold)
            // One print per article, so parallel sets do not interleave their lines.
            print((["\(set) \(id):", report.summary] + report.misses.map { "    \($0)" }).joined(separator: "\n"))
            total = total + report
        }
        print("\(set) total (\(golds.count) articles):\n\(total.summary)")
        #expect(total.actors.f1 >= floors.actors)
        #expect(total.frameworks.f1 >= floors.frameworks)
        #expect(total.claims.f1 >= floors.claims)
        #expect(total.claimRecall.value >= floors.claimRecall)
        #expect(total.speakerAccuracy.value >= floors.speakerAccuracy)
        #expect(total.events.f1 >= floors.events)
    }
}
