/// Everything the shell decides once, at start: how it looks, what it reads first.
public struct ShellConfiguration: Sendable {
    /// A person at a terminal: banner, prompt, history. Off when statements come from a pipe.
    public var isInteractive: Bool
    public var usesColor: Bool
    /// Whether standard output is a terminal (only then does the pager run).
    public var outputIsTerminal: Bool
    public var pagerMode: PagerMode
    public var editingMode: EditingMode
    /// The startup script to run before the first prompt, and whether the user named it (a missing
    /// file the user named is an error; a missing default one is not).
    public var startupFile: String?
    public var startupFileIsExplicit: Bool
    public var environment: [String: String]

    public init(
        isInteractive: Bool, usesColor: Bool, outputIsTerminal: Bool, pagerMode: PagerMode = .auto,
        editingMode: EditingMode = .emacs, startupFile: String? = nil, startupFileIsExplicit: Bool = false,
        environment: [String: String]
    ) {
        self.isInteractive = isInteractive
        self.usesColor = usesColor
        self.outputIsTerminal = outputIsTerminal
        self.pagerMode = pagerMode
        self.editingMode = editingMode
        self.startupFile = startupFile
        self.startupFileIsExplicit = startupFileIsExplicit
        self.environment = environment
    }

    var showsBanner: Bool { isInteractive }
    var showsPrompt: Bool { isInteractive }
}
