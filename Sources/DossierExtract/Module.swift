/// Placeholder until the extraction lands.
