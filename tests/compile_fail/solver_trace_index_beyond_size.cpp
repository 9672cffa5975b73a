// A solver's trace holds x_0 ... x_{size() - 1}; the slots after them are not
// iterates. Reading one in a constant expression is a mistake, and the
// library's non-constexpr detail::trace_index_beyond_size names it (at run
// time the same call throws std::out_of_range).
#include <fluxion/solvers/newton_root.hpp>

constexpr auto run = fluxion::newton_root([](auto x) { return x * x - 9; }, 1.0); // 8 iterates
#ifdef FLUXION_COMPILE_FAIL
constexpr double last = run.trace[run.trace.size()];
#else
constexpr double last = run.trace[run.trace.size() - 1];
#endif

// expect: trace_index_beyond_size
// expect-first: trace_index_beyond_size

int main() { return last == 3.0 ? 0 : 1; }
