// fluxion/detail/log_float.hpp — log(x) in plain double, the shorter kernel
// behind the FLOAT paths of log, log2, log10, log1p and pow.
//
// Law: for a finite x > 0, log_float_kernel(x) is within about 2^-52 |log x|
// + 2^-53 ulp-level noise of ln x when x has at most 33 significant bits (a
// float, or 1 + a float of magnitude 2^-8 .. 2^24), and within 2^-53
// absolute otherwise; with |ln x| >= 2^-8 away from the exact-r case below,
// that is 2^-45 relative at worst. A float result needs about 2^-30 to be
// correctly rounded almost always, and 2^-25 to be within 1 ulp.
//
// Algorithm: that of detail/log_kernel.hpp (Tang's table-driven method),
// with its table, but without the double-double bookkeeping:
//   reduce       x = m 2^k, m in [0.75, 1.5), invc ~ 1/c from the table,
//                r = m invc - 1. invc has at most 20 significant bits, so for
//                m with at most 33 bits the product is exact, and "- 1" is
//                exact (Sterbenz): r is exact, |r| <= 2^-8.
//   approximate  log(1 + r) = r - r^2/2 + r^3/3 - ... - r^6/6 (Taylor,
//                coefficients (-1)^(n+1)/n, exact), in Estrin's form as the
//                double kernel's log1p_minus_r, two terms shorter: the first
//                omitted term is r^7/7 < 2^-58 |r|.
//   reconstruct  log x = (k ln2_hi + log_c_hi) + (k ln2_lo + log_c_lo + log(1 + r)),
//                the first sum exact (multiples of 2^-42), one rounding each
//                for the small sum and the total.
// For m in [255/256, 257/256) invc = 1 and log_c = 0: log x = log(1 + r) with
// r = m - 1, full relative accuracy near 1, and log(1) = +0 exactly.
#ifndef FLUXION_DETAIL_LOG_FLOAT_HPP
#define FLUXION_DETAIL_LOG_FLOAT_HPP

#include <fluxion/detail/log_kernel.hpp>

#include <bit>
#include <cstdint>

namespace fluxion::detail {

// ln x in double, for a normal double x > 0 (every positive float is one):
// log x = k ln 2 + log_c + log(1 + r).
constexpr double log_float_kernel(double x) noexcept {
    // x = m 2^k, m in [0.75, 1.5): as in log_kernel_normal.
    const std::uint64_t tmp = std::bit_cast<std::uint64_t>(x) - 0x3fe8'0000'0000'0000;
    const double m = std::bit_cast<double>((tmp & 0x000f'ffff'ffff'ffff) + 0x3fe8'0000'0000'0000);
    const log_table_entry& t = log_table[static_cast<int>(m * 256.0) - 192];
    const double r = m * t.invc - 1.0;
    const double r2 = r * r;
    // k as in log_parts_normal: from the bits, no cvtsi2sd
    const double k = std::bit_cast<double>(0x4338'0000'0000'0000 + static_cast<std::uint64_t>(static_cast<std::int64_t>(tmp) >> 52)) - 0x1.8p52;
    return (k * ln2_hi + t.log_c_hi) +
           ((k * ln2_lo + t.log_c_lo) + (r + r2 * ((-0.5 + r * (1.0 / 3)) + r2 * ((-0.25 + r * 0.2) + r2 * (-1.0 / 6)))));
}

} // namespace fluxion::detail

#endif
