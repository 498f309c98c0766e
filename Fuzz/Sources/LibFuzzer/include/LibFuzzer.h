// libFuzzer's driver, linked in by `-sanitize=fuzzer`. SwiftPM gives every executable its own `main`,
// so libFuzzer's is not used; each target's main.swift hands its arguments to this instead.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*test_one_input)(const uint8_t *data, size_t size));
