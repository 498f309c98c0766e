/// Everything a pipeline can see while it runs: the corpus, variables, functions, arguments, limits
/// and the cancellation check.
struct Environment {
    let index: CorpusIndex
    var variables: [String: Binding]
    var functions: [String: FunctionDefinition]
    var parameters: [String: Value] = [:]
    let limits: QueryLimits
    let isCancelled: @Sendable () -> Bool
    /// How many user functions are running inside each other (bounded, so recursion cannot hang).
    var callDepth = 0

    var semantics: ValueSemantics { ValueSemantics(index: index) }

    func lookup(_ name: String) -> Binding? { variables[name] }

    /// Polled every few thousand rows so Ctrl-C stops long stages promptly.
    func checkCancelled(_ row: Int) throws(QueryError) {
        if row & 0xFFF == 0, isCancelled() { throw QueryError.cancelled }
    }

    func checkRowLimit(_ rows: Int, at range: SourceRange) throws(QueryError) {
        if rows > limits.maximumRows {
            throw QueryError(
                "this stage would make more than \(limits.maximumRows) rows", at: range,
                help: "narrow the rows first with `where` or `take`", kind: .limit)
        }
    }

    func compiler(for table: Table) -> ExpressionCompiler {
        let variables = self.variables
        return ExpressionCompiler(index: index, table: table, parameters: parameters) { variables[$0] }
    }
}

/// Bounds that keep a query from exhausting memory or the stack.
public struct QueryLimits: Sendable {
    /// No stage may produce more rows than this.
    public var maximumRows: Int
    /// User functions may call each other this deep.
    public var maximumCallDepth: Int

    public init(maximumRows: Int = 5_000_000, maximumCallDepth: Int = 32) {
        self.maximumRows = maximumRows
        self.maximumCallDepth = maximumCallDepth
    }
}

/// A function made with `def`: its parameters and the pipeline it runs.
public struct FunctionDefinition: Sendable {
    public var name: String
    public var parameters: [String]
    public var body: Pipeline
    /// The definition as written, for `.defs`.
    public var source: String
}
