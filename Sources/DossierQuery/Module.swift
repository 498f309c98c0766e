/// Placeholder until the query language lands.
