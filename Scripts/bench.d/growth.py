"""How time grows with corpus size."""
import math

# Fixed costs (launch, lexicon loading) make small corpora look cheap per article, which pulls the
# exponent below 1; anything clearly above 1 means work that grows faster than the text.
LINEAR_LIMIT = 1.15


def growth_exponent(size_from, size_to, seconds_from, seconds_to):
    """k in time ∝ size^k between two sizes: 1 is linear, 2 quadratic."""
    return math.log(seconds_to / seconds_from) / math.log(size_to / size_from)


def is_linear(exponent):
    return exponent <= LINEAR_LIMIT
