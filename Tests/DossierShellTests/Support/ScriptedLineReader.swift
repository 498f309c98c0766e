import DossierShell

/// A line reader that replays prepared input and records the prompts it was shown.
final class ScriptedLineReader: LineReader {
    private var inputs: [LineInput]
    private(set) var prompts: [String] = []
    private(set) var remembered: [String] = []
    private(set) var modes: [EditingMode] = []

    init(_ inputs: [LineInput]) {
        self.inputs = inputs
    }

    convenience init(lines: [String]) {
        self.init(lines.map(LineInput.line))
    }

    func readLine(prompt: String) -> LineInput {
        prompts.append(prompt)
        return inputs.isEmpty ? .endOfInput : inputs.removeFirst()
    }

    func remember(_ entry: String) { remembered.append(entry) }

    func setEditingMode(_ mode: EditingMode) -> Bool {
        modes.append(mode)
        return true
    }
}
