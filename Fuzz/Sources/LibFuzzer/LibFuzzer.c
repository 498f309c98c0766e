// The declaration in include/LibFuzzer.h is the whole module; the definition comes from libFuzzer.
#include "LibFuzzer.h"
