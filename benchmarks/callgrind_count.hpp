// benchmarks/callgrind_count.hpp — the --count mode of the benchmark programs.
//
// Each case runs once over its inputs with callgrind's collection switched on
// around it and its counters dumped under the case's name; gbench.py reads the
// dumps and divides by the inputs per case. Instruction counts do not depend on
// the machine's load, so they are the stable companion of the timings. Run as
// `valgrind --tool=callgrind --collect-atstart=no PROGRAM --count [substring]`.
#ifndef FLUXION_BENCH_CALLGRIND_COUNT_HPP
#define FLUXION_BENCH_CALLGRIND_COUNT_HPP

#include <cstddef>
#include <cstdio>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#if __has_include(<valgrind/callgrind.h>)
#include <valgrind/callgrind.h>
#define FLUXION_BENCH_CALLGRIND 1
#endif

namespace fluxion_bench {

/// A case's name and the loop over its inputs.
using count_case = std::pair<std::string, std::function<void()>>;

/// Runs every case whose name contains filter (all if null) under callgrind;
/// returns the program's exit code.
inline int count_instructions(const std::vector<count_case>& cases, const char* filter, std::size_t inputs_per_case) {
#ifdef FLUXION_BENCH_CALLGRIND
    for (const auto& [name, f] : cases) {
        if (filter && name.find(filter) == std::string::npos) continue;
        CALLGRIND_ZERO_STATS;
        CALLGRIND_TOGGLE_COLLECT;
        f();
        CALLGRIND_TOGGLE_COLLECT;
        CALLGRIND_DUMP_STATS_AT(name.c_str());
    }
    std::printf("inputs per case: %zu\n", inputs_per_case);
    return 0;
#else
    (void)cases;
    (void)filter;
    (void)inputs_per_case;
    std::fprintf(stderr, "built without <valgrind/callgrind.h>: --count is unavailable\n");
    return 1;
#endif
}

} // namespace fluxion_bench

#endif
