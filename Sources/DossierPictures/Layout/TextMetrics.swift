/// Estimates how wide text is drawn in the pictures' sans-serif font, without a font engine.
///
/// The advances are those of DejaVu Sans / Verdana (the widest common sans-serif faces) rounded up,
/// so a box computed here holds the text in any of the fonts the pictures name; the label-overlap
/// pass relies on boxes never being too small.
enum TextMetrics {
    /// The font list every picture uses.
    static let fontFamily = "DejaVu Sans, Verdana, Arial, sans-serif"

    static func width(of text: String, fontSize: Double) -> Double {
        var ems = 0.0
        for character in text {
            ems += advance(of: character)
        }
        return ems * fontSize
    }

    private static func advance(of character: Character) -> Double {
        guard let scalar = character.unicodeScalars.first else { return 0 }
        if DisplayWidth.of(character) == 2 { return 1.0 }
        if DisplayWidth.of(character) == 0 { return 0 }
        switch scalar {
        case "i", "j", "l", "'", "|", ".", ",", ":", ";", "!", "I": return 0.32
        case "f", "t", "r", " ", "(", ")", "[", "]", "-", "/", "\\", "\"": return 0.42
        case "m", "w": return 0.9
        case "M", "W": return 1.0
        case "a"..."z": return 0.62
        case "A"..."Z", "0"..."9", "&", "%", "#", "@": return 0.76
        default: return 0.72
        }
    }
}
