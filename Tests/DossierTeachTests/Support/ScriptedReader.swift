import DossierShell

/// Feeds the guided prompt a fixed list of lines, then the end of input, and records the prompts shown.
final class ScriptedReader: LineReader {
    private var lines: [String]
    private(set) var prompts: [String] = []
    private(set) var remembered: [String] = []

    init(_ lines: [String]) { self.lines = lines }

    func readLine(prompt: String) -> LineInput {
        prompts.append(prompt)
        return lines.isEmpty ? .endOfInput : .line(lines.removeFirst())
    }

    func remember(_ entry: String) { remembered.append(entry) }

    func setEditingMode(_ mode: EditingMode) -> Bool { false }
}
