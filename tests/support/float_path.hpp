// tests/support/float_path.hpp — a dense check of a function's FLOAT path.
//
// Several functions compute a float argument by a shorter path than their
// double algorithm (fewer polynomial terms, a cheaper reduction). This check
// runs the float path on millions of floats spread over the whole range
// (every stride-th bit pattern, both signs) and compares it with the double
// algorithm rounded to float. Where the two agree the result is within 1 ulp
// (the double algorithm is within 1 double ulp, which the double sweeps
// check, and rounding that to float adds at most half a float ulp plus a
// hair); where they differ MPFR decides. The report covers the differing
// arguments only; the counts say how many there were. Also: a table of
// floats for the float paths' compile-time / run-time bit-identity tests.
#ifndef FLUXION_TEST_FLOAT_PATH_HPP
#define FLUXION_TEST_FLOAT_PATH_HPP

#include "mpfr_oracle.hpp"

#include <array>
#include <bit>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <string>

namespace fluxion_test {

struct float_path_report {
    std::size_t checked = 0;
    std::size_t differ = 0;
    accuracy_report<float> differing; // MPFR's verdict on the differing arguments
};

// path(x): the float path; via_double(x): the double algorithm rounded to
// float. Bit patterns lo, lo + stride, ... below hi (positive floats), and
// their negatives when both_signs. The stride is divided by the sample knob
// (dense_stride; the sanitizer stage checks a tenth of the floats).
template <class Path, class ViaDouble>
float_path_report check_float_path(const std::string& what, Path path, ViaDouble via_double, mpfr_fn1 f,
                                   std::uint32_t lo, std::uint32_t hi, std::uint32_t stride, bool both_signs = true) {
    float_path_report r;
    r.differing.what = what + " float path";
    for (std::uint64_t b = lo, step = dense_stride(stride); b < hi; b += step)
        for (int sign = 0; sign < (both_signs ? 2 : 1); ++sign) {
            const float x = std::bit_cast<float>(static_cast<std::uint32_t>(b) | (sign ? 0x80000000u : 0u));
            ++r.checked;
            const float ours = path(x);
            if (ulp_distance(ours, via_double(x)) == 0) continue;
            ++r.differ;
            r.differing.add(ulp_distance(ours, correctly_rounded<float>(f, x)), x);
        }
    std::printf("float path %-24s %9zu floats, %6zu differ from the double algorithm; of those, max ulp %llu, "
                "%.3f%% correctly rounded\n",
                what.c_str(), r.checked, r.differ, static_cast<unsigned long long>(r.differing.max_ulp),
                r.differing.percent_correctly_rounded());
    return r;
}

// Floats for the bit-identity tests of the float paths (compile time against
// run time): 512 random bit patterns over every exponent field (subnormals
// included, both signs), then small integers, halves and the extremes.
inline constexpr std::size_t float_identity_size = 600;
constexpr std::array<float, float_identity_size> float_identity_arguments() {
    std::array<float, float_identity_size> xs{};
    std::uint64_t state = 0x2545F4914F6CDD1Du;
    for (std::size_t i = 0; i < 512; ++i) {
        state = state * 6364136223846793005u + 1442695040888963407u; // Knuth's MMIX LCG
        const auto exponent = static_cast<std::uint32_t>((i * 255) / 512); // 0 .. 254: all binades
        xs[i] = std::bit_cast<float>(static_cast<std::uint32_t>((state >> 41) | (exponent << 23) | ((state & 1u) << 31)));
    }
    for (std::size_t i = 512; i < 600; ++i) xs[i] = static_cast<float>(static_cast<int>(i) - 556) * 0.5f;
    xs[512] = 0x1.fffffep127f;
    xs[513] = -0x1.fffffep127f;
    xs[514] = 0x1p-149f;
    xs[515] = 0x1p-126f;
    return xs;
}

// f at every float identity argument (call it in a constant expression).
template <class F>
constexpr std::array<float, float_identity_size> evaluate_floats(F f) {
    constexpr std::array<float, float_identity_size> xs = float_identity_arguments();
    std::array<float, float_identity_size> ys{};
    for (std::size_t i = 0; i < float_identity_size; ++i) ys[i] = f(xs[i]);
    return ys;
}

// How many arguments give a different bit pattern at run time than `table`
// (computed at compile time); the arguments are laundered through a volatile.
template <class F>
std::size_t float_identity_mismatches(const std::array<float, float_identity_size>& table, F f) {
    constexpr std::array<float, float_identity_size> xs = float_identity_arguments();
    std::size_t differ = 0;
    for (std::size_t i = 0; i < float_identity_size; ++i) {
        volatile float laundered = xs[i];
        if (std::bit_cast<std::uint32_t>(f(laundered)) != std::bit_cast<std::uint32_t>(table[i])) ++differ;
    }
    return differ;
}

} // namespace fluxion_test

#endif
