// random_expression.hpp — random expression trees, built by the compiler from a seed (test support).
//
// random_tree<Seed, Depth>() is an expression of x whose shape is drawn by splitmix64 from Seed:
// each node picks one of 13 kinds (sum, difference, product, quotient, exp, log, sin, cos, tanh,
// sqrt, integer power, a run-time constant factor, negation) and recurses. Domains are kept
// valid by construction: quotients divide by 1 + b^2, log and sqrt take 1 + a^2. exp may still
// overflow for deep nestings; the tests skip points where a value is not finite (and count them).
// The same seed always gives the same type: the suite is reproducible.
#ifndef FLUXION_TEST_RANDOM_EXPRESSION_HPP
#define FLUXION_TEST_RANDOM_EXPRESSION_HPP

#include <fluxion/expr.hpp>

#include <cstdint>
#include <type_traits>

namespace fluxion_test {

// splitmix64 (Steele, Lea and Flood, "Fast splittable pseudorandom number generators", 2014).
constexpr std::uint64_t splitmix64(std::uint64_t z) {
    z += 0x9e3779b97f4a7c15u;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
    return z ^ (z >> 31);
}

template <std::uint64_t Seed, int Depth>
constexpr auto random_tree() {
    using namespace fluxion;
    constexpr std::uint64_t h = splitmix64(Seed);
    constexpr std::uint64_t left = splitmix64(Seed ^ 0x1234567u), right = splitmix64(Seed ^ 0x7654321u);
    // Children are one or two levels shallower, so trees are not all complete.
    constexpr int dl = Depth - 1 - ((h >> 40) & 1 ? 1 : 0), dr = Depth - 1 - ((h >> 41) & 1 ? 1 : 0);
    if constexpr (Depth <= 0) {
        constexpr int leaf = static_cast<int>((h >> 8) % 6);
        if constexpr (leaf < 4) return x;
        else if constexpr (leaf == 4) return constant<static_cast<long long>(h % 4) + 1>{};
        else return 0.25 * static_cast<double>(h % 7 + 1) * x;
    } else {
        constexpr int kind = static_cast<int>((h >> 8) % 13);
        constexpr auto a = random_tree<left, dl>();
        constexpr auto b = random_tree<right, dr>();
        if constexpr (kind == 0) return a + b;
        else if constexpr (kind == 1) return a - b;
        else if constexpr (kind == 2) return a * b;
        else if constexpr (kind == 3) return a / (1_c + b * b);
        else if constexpr (kind == 4) return exp(a);
        else if constexpr (kind == 5) return log(1_c + a * a);
        else if constexpr (kind == 6) return sin(a);
        else if constexpr (kind == 7) return cos(a);
        else if constexpr (kind == 8) return tanh(a);
        else if constexpr (kind == 9) return sqrt(1_c + a * a);
        else if constexpr (kind == 10) return pow(a, constant<2 + static_cast<long long>(h % 2)>{});
        else if constexpr (kind == 11) return (0.5 + 0.25 * static_cast<double>(h % 5)) * a;
        else return -a;
    }
}

// A random function of x: a tree that came out constant is multiplied by x.
template <std::uint64_t Seed, int Depth>
constexpr auto random_function() {
    constexpr auto t = random_tree<Seed, Depth>();
    if constexpr (fluxion::detail::arity<std::remove_cv_t<decltype(t)>> == 1) return t;
    else return t * fluxion::x;
}

} // namespace fluxion_test

#endif
