/// Placeholder until lessons land.
