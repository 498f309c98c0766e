/// What a name bound with `let`, a function parameter, or `_` holds.
public enum Binding: Sendable {
    case value(Value)
    case table(Table)
}
