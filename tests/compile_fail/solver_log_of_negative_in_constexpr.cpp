// Mistake (in a constant expression): Newton for log x = 0 from 3 steps to
// 3 - 3 log 3 < 0, where log is undefined. At run time the solver reports
// status::non_finite; a constant expression cannot hold a NaN, so compilation
// stops, and the diagnostic names the domain error (the twin starts at 1.5,
// whose iterates stay positive).
#include <fluxion/solvers/newton_root.hpp>
#include <fluxion/math/log.hpp>

constexpr auto f = [](auto x) { return fluxion::log(x); };
#ifdef FLUXION_COMPILE_FAIL
constexpr auto r = fluxion::newton_root(f, 3.0);
#else
constexpr auto r = fluxion::newton_root(f, 1.5);
#endif

// expect: log_of_negative_argument
// expect-first: log_of_negative_argument
// Clang prints one note per constexpr call frame from newton_root down to
// log (10 frames, 3 lines each): the mistake is named in its first note.
// max-lines-clang: 45

int main() { return r.x == 1.0 ? 0 : 1; }
