@verbs
cautioned
pointed out
