/// libedit measures the prompt to place the cursor, so colour sequences in it must be fenced with an
/// "ignore" character it skips when counting (`EL_PROMPT_ESC`).
enum PromptEscapes {
    static let ignoreMarker: Character = "\u{1}"

    /// Wraps every `ESC [ … final-byte` sequence in `prompt` between two ignore markers.
    static func fence(_ prompt: String) -> String {
        guard prompt.contains("\u{1B}") else { return prompt }
        var result = ""
        var scalars = prompt.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            guard scalar == "\u{1B}" else {
                result.unicodeScalars.append(scalar)
                continue
            }
            result.append(ignoreMarker)
            result.unicodeScalars.append(scalar)
            while let next = scalars.next() {
                result.unicodeScalars.append(next)
                if next != "[" && (0x40...0x7E).contains(next.value) { break }
            }
            result.append(ignoreMarker)
        }
        return result
    }
}
