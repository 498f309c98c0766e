#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import DossierQuery

/// Runs statements without a prompt: `-c` texts, script files, standard input. Results go to
/// `output`, diagnostics to `errors`; the first error stops the run. `include "file"` runs another
/// script, with its path taken relative to the including script.
public final class BatchRunner {
    public let session: QuerySession
    public var outcomeText: OutcomeText
    private let output: TextSink
    private let errors: TextSink
    /// Scripts including scripts may nest this deep.
    public static let maximumIncludeDepth = 16
    private var includeStack: [String] = []

    public init(session: QuerySession, outcomeText: OutcomeText, output: TextSink, errors: TextSink) {
        self.session = session
        self.outcomeText = outcomeText
        self.output = output
        self.errors = errors
    }

    /// Runs query text (from `-c` or standard input); `name` is how errors refer to it.
    public func run(text: String, named name: String, failure: ExitStatus = .queryError) -> ExitStatus {
        do {
            try runChunk(text, named: name, directory: Self.currentDirectory())
            return .success
        } catch {
            report(error)
            return error.kind == .cancelled ? .scriptAborted : failure
        }
    }

    /// Runs a script file. A file that cannot be read is an input error; an error inside aborts the script.
    public func run(scriptAt path: String) -> ExitStatus {
        let text: String
        do {
            text = try Self.readScript(path)
        } catch {
            errors.write(TerminalSafeText.escape("dossier: \(error.message)") + "\n")
            return .usageOrInputError
        }
        let absolute = Self.absolutePath(path)
        includeStack = [absolute]
        defer { includeStack = [] }
        do {
            try runChunk(text, named: path, directory: Self.directory(of: absolute))
            return .success
        } catch {
            report(error)
            return .scriptAborted
        }
    }

    private func report(_ error: QueryError) {
        errors.write(OutcomeText.diagnostic(error))
    }

    private func runChunk(_ text: String, named name: String, directory: String) throws(QueryError) {
        try session.run(text, named: name) { outcome throws(QueryError) in
            if case .include(let path, let range) = outcome {
                try include(path, from: directory, at: range, in: name, text: text)
                return
            }
            let (out, err) = outcomeText.text(for: outcome)
            if !err.isEmpty { errors.write(err) }
            if !out.isEmpty { output.write(out) }
        }
    }

    private func include(_ path: String, from directory: String, at range: SourceRange, in name: String, text: String) throws(QueryError) {
        func failure(_ message: String, help: String? = nil) -> QueryError {
            var error = QueryError(message, at: range, help: help, kind: .runtime)
            error.sourceName = name
            error.sourceText = text
            return error
        }
        let resolved = path.hasPrefix("/") ? path : directory + "/" + path
        let absolute = Self.absolutePath(resolved)
        guard includeStack.count < Self.maximumIncludeDepth else {
            throw failure("scripts include each other more than \(Self.maximumIncludeDepth) deep")
        }
        guard !includeStack.contains(absolute) else {
            throw failure("\"\(path)\" is already being run; including it again would never end",
                          help: "remove the include that leads back to it")
        }
        let included: String
        do {
            included = try Self.readScript(resolved)
        } catch {
            throw failure(error.message, help: "include paths are relative to the script that includes them")
        }
        includeStack.append(absolute)
        defer { includeStack.removeLast() }
        try runChunk(included, named: path.hasPrefix("/") ? path : Self.relativeName(resolved), directory: Self.directory(of: absolute))
    }

    struct ScriptReadError: Error {
        var message: String
    }

    /// Reads a script as UTF-8 (a BOM is skipped); anything else is refused with a reason.
    static func readScript(_ path: String) throws(ScriptReadError) -> String {
        let bytes: [UInt8]
        do {
            bytes = try FileBytes.read(path)
        } catch {
            throw ScriptReadError(message: "cannot read \"\(path)\": \(String(cString: strerror(error.code)))")
        }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        if body.contains(0) { throw ScriptReadError(message: "\"\(path)\" is a binary file, not a script") }
        guard let text = String(validating: body, as: UTF8.self) else {
            throw ScriptReadError(message: "\"\(path)\" is not valid UTF-8")
        }
        return text.replacingAll("\r", with: "")
    }

    static func currentDirectory() -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        guard getcwd(&buffer, buffer.count) != nil else { return "." }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    static func absolutePath(_ path: String) -> String {
        if let resolved = realpath(path, nil) {
            defer { free(resolved) }
            return String(cString: resolved)
        }
        return path.hasPrefix("/") ? path : currentDirectory() + "/" + path
    }

    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// A path shown relative to the working directory when it lies inside it.
    private static func relativeName(_ path: String) -> String {
        let absolute = absolutePath(path)
        let base = currentDirectory() + "/"
        return absolute.hasPrefix(base) ? String(absolute.dropFirst(base.count)) : absolute
    }
}
