/// An expression after names are resolved and types checked: ready to run on every row without
/// looking anything up by name.
indirect enum CompiledExpression: Sendable {
    case constant(Value)
    case slot(Int)
    case path(CompiledExpression, [PathStep])
    case not(CompiledExpression)
    case negate(CompiledExpression)
    case and(CompiledExpression, CompiledExpression)
    case or(CompiledExpression, CompiledExpression)
    case equal(CompiledExpression, CompiledExpression, negated: Bool)
    /// An entity compared with a constant name: the matching rows are looked up once.
    case entityIn(CompiledExpression, Set<RowReference>, negated: Bool)
    case order(BinaryOperator, CompiledExpression, CompiledExpression)
    case arithmetic(BinaryOperator, CompiledExpression, CompiledExpression)
    case coalesce(CompiledExpression, CompiledExpression)
    case membership(CompiledExpression, CompiledExpression, negated: Bool)
    /// `has` / `contains` with a constant needle, folded once.
    case text(TextSearch, CompiledExpression)
    /// `has` / `contains` whose needle is computed per row.
    case dynamicText(wholeWord: Bool, CompiledExpression, CompiledExpression)
    case regex(CompiledExpression, Regex, negated: Bool)
    case dynamicRegex(CompiledExpression, CompiledExpression, negated: Bool, SourceRange)
    case builtin(Builtin, [CompiledExpression])
    case list([CompiledExpression])

    var constantValue: Value? { if case .constant(let value) = self { value } else { nil } }
}
