import CEditLine
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A line editor on the terminal, backed by libedit's native editline(3)/history(3) API.
///
/// Emacs bindings by default (vi on request), Ctrl-R searches history backwards, Ctrl-L clears the
/// screen, Tab asks the `Completer`, Ctrl-C abandons the line, Ctrl-D on an empty line ends input.
/// The recall history lives in memory; the shell persists it separately (see `HistoryFile`).
public final class EditLineReader: LineReader {
    private let editLine: OpaquePointer
    private let history: OpaquePointer
    private let completer: Completer?
    /// libedit asks for the prompt through a C callback, so the text must stay allocated between calls.
    private var promptBuffer: UnsafeMutablePointer<CChar>

    /// Sets up libedit on standard input and output. Call `InterruptSignal.install()` first so Ctrl-C
    /// reaches the shell's handler instead of ending the process.
    public init(programName: String, mode: EditingMode, historySize: Int, completer: Completer?) {
        Self.useUTF8Locale()
        self.completer = completer
        editLine = cel_init(programName)
        history = history_init()
        promptBuffer = strdup("")
        cel_history_setsize(history, Int32(clamping: historySize))
        cel_history_setunique(history, 1)
        cel_set_history(editLine, history)
        // libedit restores the terminal on a signal and passes it on to our handler.
        cel_set_signal(editLine, 1)
        cel_set_getcfn(editLine, TerminalCharacterReader.readCharacter)
        cel_set_clientdata(editLine, Unmanaged.passUnretained(self).toOpaque())
        cel_set_prompt_esc(editLine, { editLine in EditLineReader.owner(of: editLine).promptBuffer },
                           CChar(PromptEscapes.ignoreMarker.asciiValue!))
        cel_add_function(editLine, "dossier-complete", "Complete the word at the cursor") { editLine, _ in
            EditLineReader.owner(of: editLine).complete()
        }
        el_source(editLine, nil)
        applyBindings(mode)
    }

    deinit {
        el_end(editLine)
        history_end(history)
        free(promptBuffer)
    }

    public func readLine(prompt: String) -> LineInput {
        free(promptBuffer)
        promptBuffer = strdup(PromptEscapes.fence(prompt))
        // A Ctrl-C pressed between prompts was meant for what ran then, not for this line.
        InterruptSignal.clear()
        while true {
            var count: Int32 = 0
            if let bytes = el_gets(editLine, &count) {
                var line = String(cString: bytes)
                if line.hasSuffix("\n") { line.removeLast() }
                return .line(line)
            }
            guard count == -1 && errno == EINTR else { return .endOfInput }
            if InterruptSignal.consume() { return .interrupted }
            // Another signal (a window resize) interrupted the read; libedit has already handled it.
        }
    }

    public func remember(_ entry: String) {
        cel_history_enter(history, entry)
    }

    public func setEditingMode(_ mode: EditingMode) -> Bool {
        applyBindings(mode)
        return true
    }

    private func applyBindings(_ mode: EditingMode) {
        cel_set_editor(editLine, mode.rawValue)
        // Choosing an editor resets the key map, so the shell's own bindings follow it.
        cel_bind(editLine, "^I", "dossier-complete")
        cel_bind(editLine, "^R", "em-inc-search-prev")
        cel_bind(editLine, "^L", "ed-clear-screen")
    }

    /// libedit drops every non-ASCII byte unless LC_CTYPE names a UTF-8 locale; with LANG unset (cron,
    /// CI) the environment's locale is "C", so fall back to C.UTF-8.
    private static func useUTF8Locale() {
        setlocale(LC_CTYPE, "")
        if String(cString: nl_langinfo(nl_item(CODESET))) != "UTF-8" {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
    }

    /// C callbacks cannot capture context; the reader is stored in libedit's client data instead.
    private static func owner(of editLine: OpaquePointer?) -> EditLineReader {
        Unmanaged<EditLineReader>.fromOpaque(cel_get_clientdata(editLine)!).takeUnretainedValue()
    }

    private func complete() -> UInt8 {
        guard let completer, let info = el_line(editLine)?.pointee,
              let start = info.buffer, let cursor = info.cursor, let end = info.lastchar
        else { return UInt8(CC_ERROR) }
        let line = String(decoding: UnsafeRawBufferPointer(start: start, count: end - start), as: UTF8.self)
        let cursorOffset = cursor - start
        let completion = completer(line, cursorOffset)
        let lineBytes = Array(line.utf8)
        let lower = max(0, min(completion.replacing.lowerBound, cursorOffset))
        let word = String(decoding: lineBytes[lower..<cursorOffset], as: UTF8.self)
        switch CompletionEdit.decide(word: word, candidates: completion.candidates) {
        case .beep:
            return UInt8(CC_REFRESH_BEEP)
        case .replace(let text):
            el_deletestr(editLine, Int32(word.unicodeScalars.count))
            el_insertstr(editLine, text)
            return UInt8(CC_REFRESH)
        case .list(let names):
            let listing = "\n" + CandidateList.layout(names, width: TerminalSize.current().columns) + "\n"
            TerminalOutput.standardOutput.write(listing)
            return UInt8(CC_REDISPLAY)
        }
    }
}
