// fluxion/detail/exp_kernel.hpp — what exp, expm1, sinh, cosh, tanh and sigmoid
// share: the table of 2^(j/128), the constants of the argument reduction,
// exp_split, e^x in pieces, from which exp_as_double_double (e^x) is built,
// and exp_pair (e^a and e^-a at once).
//
// Reduction (Tang, "Table-driven implementation of the exponential function in
// IEEE floating-point arithmetic", ACM TOMS 15(2), 1989): with k = round(x * 128 / ln2),
//     x = k * ln2/128 + r,  |r| <= ln2/256 ~ 0.0027,
//     exp(x) = 2^(k >> 7) * 2^((k & 127) / 128) * exp(r).
// 2^(j/128) comes from the table below as a double-double (hi + lo, about 107
// correct bits); exp(r) - 1 from its Taylor series r + r^2/2! + ... + r^6/6!,
// whose first omitted term r^7/7! < 2^-72 is far below a double's rounding.
#ifndef FLUXION_DETAIL_EXP_KERNEL_HPP
#define FLUXION_DETAIL_EXP_KERNEL_HPP

#include <fluxion/detail/double_double.hpp>
#include <fluxion/detail/ieee.hpp>

namespace fluxion::detail {

// 128 / ln2 rounded to double: only used to pick k, so its rounding is harmless.
inline constexpr double exp_inv_step = 0x1.71547652b82fep7;
// ln2 / 128 split as in FreeBSD msun / fdlibm e_exp.c (ln2HI, ln2LO, divided by
// 128, which is exact): step_hi has 32 significant bits, so k * step_hi is exact
// for |k| < 2^21 and x - k * step_hi is exact (Sterbenz); step_hi + step_lo is
// ln2/128 to about 2^-93.
inline constexpr double exp_step_hi = 0x1.62e42feep-8;
inline constexpr double exp_step_lo = 0x1.a39ef35793c76p-40;

// exp(r) - 1 - r for |r| <= 0.0028 (0.0069 from pow's exp_double_double,
// first omitted term r^7/7! below 2^-62.6): the Taylor series r^2/2! + ... + r^6/6!
// in Estrin's form (pairs of terms c + c' r, then powers of r^2): the longest
// chain of dependent operations is 6 multiplications and additions after r
// instead of Horner's 9, and the callers (exp, pow, expm1, sigmoid) wait
// for it. Its value is below 2^-8 |r|, so its own rounding errors are
// negligible next to the final rounding of the caller. (r * r is written out
// rather than named: one constexpr step less; the compiler computes it once.)
constexpr double exp_taylor_tail(double r) noexcept {
    return (r * r) * ((0.5 + r * (1.0 / 6)) + (r * r) * ((1.0 / 24 + r * (1.0 / 120)) + (r * r) * (1.0 / 720)));
}

// exp_table[j] = 2^(j/128) as hi + lo: hi is 2^(j/128) correctly rounded to a
// double, lo is the rest, correctly rounded. Generated with MPFR at 300 bits
// (mpfr_exp2 of j/128); the test case `exp_table_is_correctly_rounded` in
// tests/runtime/math_exp.cpp recomputes every entry and prints the table if
// any entry differs, so it is also the generator.
inline constexpr double_double exp_table[128] = {
    {0x1p0, 0.0},
    {0x1.0163da9fb3335p0, 0x1.b61299ab8cdb7p-54},
    {0x1.02c9a3e778061p0, -0x1.19083535b085dp-56},
    {0x1.04315e86e7f85p0, -0x1.0a31c1977c96ep-54},
    {0x1.059b0d3158574p0, 0x1.d73e2a475b465p-55},
    {0x1.0706b29ddf6dep0, -0x1.c91dfe2b13c27p-55},
    {0x1.0874518759bc8p0, 0x1.186be4bb284ffp-57},
    {0x1.09e3ecac6f383p0, 0x1.1487818316136p-54},
    {0x1.0b5586cf9890fp0, 0x1.8a62e4adc610bp-54},
    {0x1.0cc922b7247f7p0, 0x1.01edc16e24f71p-54},
    {0x1.0e3ec32d3d1a2p0, 0x1.03a1727c57b53p-59},
    {0x1.0fb66affed31bp0, -0x1.b9bedc44ebd7bp-57},
    {0x1.11301d0125b51p0, -0x1.6c51039449b3ap-54},
    {0x1.12abdc06c31ccp0, -0x1.1b514b36ca5c7p-58},
    {0x1.1429aaea92dep0, -0x1.32fbf9af1369ep-54},
    {0x1.15a98c8a58e51p0, 0x1.2406ab9eeab0ap-55},
    {0x1.172b83c7d517bp0, -0x1.19041b9d78a76p-55},
    {0x1.18af9388c8deap0, -0x1.11023d1970f6cp-54},
    {0x1.1a35beb6fcb75p0, 0x1.e5b4c7b4968e4p-55},
    {0x1.1bbe084045cd4p0, -0x1.95386352ef607p-54},
    {0x1.1d4873168b9aap0, 0x1.e016e00a2643cp-54},
    {0x1.1ed5022fcd91dp0, -0x1.1df98027bb78cp-54},
    {0x1.2063b88628cd6p0, 0x1.dc775814a8495p-55},
    {0x1.21f49917ddc96p0, 0x1.2a97e9494a5eep-55},
    {0x1.2387a6e756238p0, 0x1.9b07eb6c70573p-54},
    {0x1.251ce4fb2a63fp0, 0x1.ac155bef4f4a4p-55},
    {0x1.26b4565e27cddp0, 0x1.2bd339940e9d9p-55},
    {0x1.284dfe1f56381p0, -0x1.a4c3a8c3f0d7ep-54},
    {0x1.29e9df51fdee1p0, 0x1.612e8afad1255p-55},
    {0x1.2b87fd0dad99p0, -0x1.10adcd6381aa4p-59},
    {0x1.2d285a6e4030bp0, 0x1.0024754db41d5p-54},
    {0x1.2ecafa93e2f56p0, 0x1.1ca0f45d52383p-56},
    {0x1.306fe0a31b715p0, 0x1.6f46ad23182e4p-55},
    {0x1.32170fc4cd831p0, 0x1.a9ce78e18047cp-55},
    {0x1.33c08b26416ffp0, 0x1.32721843659a6p-54},
    {0x1.356c55f929ff1p0, -0x1.b5cee5c4e4628p-55},
    {0x1.371a7373aa9cbp0, -0x1.63aeabf42eae2p-54},
    {0x1.38cae6d05d866p0, -0x1.e958d3c9904bdp-54},
    {0x1.3a7db34e59ff7p0, -0x1.5e436d661f5e3p-56},
    {0x1.3c32dc313a8e5p0, -0x1.efff8375d29c3p-54},
    {0x1.3dea64c123422p0, 0x1.ada0911f09ebcp-55},
    {0x1.3fa4504ac801cp0, -0x1.7d023f956f9f3p-54},
    {0x1.4160a21f72e2ap0, -0x1.ef3691c309278p-58},
    {0x1.431f5d950a897p0, -0x1.1c7dde35f7999p-55},
    {0x1.44e086061892dp0, 0x1.89b7a04ef80dp-59},
    {0x1.46a41ed1d0057p0, 0x1.c944bd1648a76p-54},
    {0x1.486a2b5c13cdp0, 0x1.3c1a3b69062fp-56},
    {0x1.4a32af0d7d3dep0, 0x1.9cb62f3d1be56p-54},
    {0x1.4bfdad5362a27p0, 0x1.d4397afec42e2p-56},
    {0x1.4dcb299fddd0dp0, 0x1.8ecdbbc6a7833p-54},
    {0x1.4f9b2769d2ca7p0, -0x1.4b309d25957e3p-54},
    {0x1.516daa2cf6642p0, -0x1.f768569bd93efp-55},
    {0x1.5342b569d4f82p0, -0x1.07abe1db13cadp-55},
    {0x1.551a4ca5d920fp0, -0x1.d689cefede59bp-55},
    {0x1.56f4736b527dap0, 0x1.9bb2c011d93adp-54},
    {0x1.58d12d497c7fdp0, 0x1.295e15b9a1de8p-55},
    {0x1.5ab07dd485429p0, 0x1.6324c054647adp-54},
    {0x1.5c9268a5946b7p0, 0x1.c4b1b816986a2p-60},
    {0x1.5e76f15ad2148p0, 0x1.ba6f93080e65ep-54},
    {0x1.605e1b976dc09p0, -0x1.3e2429b56de47p-54},
    {0x1.6247eb03a5585p0, -0x1.383c17e40b497p-54},
    {0x1.6434634ccc32p0, -0x1.c483c759d8933p-55},
    {0x1.6623882552225p0, -0x1.bb60987591c34p-54},
    {0x1.68155d44ca973p0, 0x1.038ae44f73e65p-57},
    {0x1.6a09e667f3bcdp0, -0x1.bdd3413b26456p-54},
    {0x1.6c012750bdabfp0, -0x1.2895667ff0b0dp-56},
    {0x1.6dfb23c651a2fp0, -0x1.bbe3a683c88abp-57},
    {0x1.6ff7df9519484p0, -0x1.83c0f25860ef6p-55},
    {0x1.71f75e8ec5f74p0, -0x1.16e4786887a99p-55},
    {0x1.73f9a48a58174p0, -0x1.0a8d96c65d53cp-54},
    {0x1.75feb564267c9p0, -0x1.0245957316dd3p-54},
    {0x1.780694fde5d3fp0, 0x1.866b80a02162dp-54},
    {0x1.7a11473eb0187p0, -0x1.41577ee04992fp-55},
    {0x1.7c1ed0130c132p0, 0x1.f124cd1164dd6p-54},
    {0x1.7e2f336cf4e62p0, 0x1.05d02ba15797ep-56},
    {0x1.80427543e1a12p0, -0x1.27c86626d972bp-54},
    {0x1.82589994cce13p0, -0x1.d4c1dd41532d8p-54},
    {0x1.8471a4623c7adp0, -0x1.8d684a341cdfbp-55},
    {0x1.868d99b4492edp0, -0x1.fc6f89bd4f6bap-54},
    {0x1.88ac7d98a6699p0, 0x1.994c2f37cb53ap-54},
    {0x1.8ace5422aa0dbp0, 0x1.6e9f156864b27p-54},
    {0x1.8cf3216b5448cp0, -0x1.0d55e32e9e3aap-56},
    {0x1.8f1ae99157736p0, 0x1.5cc13a2e3976cp-55},
    {0x1.9145b0b91ffc6p0, -0x1.dd6792e582524p-54},
    {0x1.93737b0cdc5e5p0, -0x1.75fc781b57ebcp-57},
    {0x1.95a44cbc8520fp0, -0x1.64b7c96a5f039p-56},
    {0x1.97d829fde4e5p0, -0x1.d185b7c1b85d1p-54},
    {0x1.9a0f170ca07bap0, -0x1.173bd91cee632p-54},
    {0x1.9c49182a3f09p0, 0x1.c7c46b071f2bep-56},
    {0x1.9e86319e32323p0, 0x1.824ca78e64c6ep-56},
    {0x1.a0c667b5de565p0, -0x1.359495d1cd533p-54},
    {0x1.a309bec4a2d33p0, 0x1.6305c7ddc36abp-54},
    {0x1.a5503b23e255dp0, -0x1.d2f6edb8d41e1p-54},
    {0x1.a799e1330b358p0, 0x1.bcb7ecac563c7p-54},
    {0x1.a9e6b5579fdbfp0, 0x1.0fac90ef7fd31p-54},
    {0x1.ac36bbfd3f37ap0, -0x1.f9234cae76cdp-55},
    {0x1.ae89f995ad3adp0, 0x1.7a1cd345dcc81p-54},
    {0x1.b0e07298db666p0, -0x1.bdef54c80e425p-54},
    {0x1.b33a2b84f15fbp0, -0x1.2805e3084d708p-57},
    {0x1.b59728de5593ap0, -0x1.c71dfbbba6de3p-54},
    {0x1.b7f76f2fb5e47p0, -0x1.5584f7e54ac3bp-56},
    {0x1.ba5b030a1064ap0, -0x1.efcd30e54292ep-54},
    {0x1.bcc1e904bc1d2p0, 0x1.23dd07a2d9e84p-55},
    {0x1.bf2c25bd71e09p0, -0x1.efdca3f6b9c73p-54},
    {0x1.c199bdd85529cp0, 0x1.11065895048ddp-55},
    {0x1.c40ab5fffd07ap0, 0x1.b4537e083c60ap-54},
    {0x1.c67f12e57d14bp0, 0x1.2884dff483cadp-54},
    {0x1.c8f6d9406e7b5p0, 0x1.1acbc48805c44p-56},
    {0x1.cb720dcef9069p0, 0x1.503cbd1e949dbp-56},
    {0x1.cdf0b555dc3fap0, -0x1.dd83b53829d72p-55},
    {0x1.d072d4a07897cp0, -0x1.cbc3743797a9cp-54},
    {0x1.d2f87080d89f2p0, -0x1.d487b719d8578p-54},
    {0x1.d5818dcfba487p0, 0x1.2ed02d75b3707p-55},
    {0x1.d80e316c98398p0, -0x1.11ec18beddfe8p-54},
    {0x1.da9e603db3285p0, 0x1.c2300696db532p-54},
    {0x1.dd321f301b46p0, 0x1.2da5778f018c3p-54},
    {0x1.dfc97337b9b5fp0, -0x1.1a5cd4f184b5cp-54},
    {0x1.e264614f5a129p0, -0x1.7b627817a1496p-54},
    {0x1.e502ee78b3ff6p0, 0x1.39e8980a9cc8fp-55},
    {0x1.e7a51fbc74c83p0, 0x1.2d522ca0c8de2p-54},
    {0x1.ea4afa2a490dap0, -0x1.e9c23179c2893p-54},
    {0x1.ecf482d8e67f1p0, -0x1.c93f3b411ad8cp-54},
    {0x1.efa1bee615a27p0, 0x1.dc7f486a4b6bp-54},
    {0x1.f252b376bba97p0, 0x1.3a1a5bf0d8e43p-54},
    {0x1.f50765b6e454p0, 0x1.9d3e12dd8a18bp-54},
    {0x1.f7bfdad9cbe14p0, -0x1.dbb12d006350ap-54},
    {0x1.fa7c1819e90d8p0, 0x1.74853f3a5931ep-55},
    {0x1.fd3c22b8f71f1p0, 0x1.2eb74966579e7p-57},
};

// e^x split for the double-double callers: e^x = scale * (head + tail.hi +
// tail.lo) with head = 2^(j/128) rounded (t.hi) and |tail| < 0.006 head, for
// -38 <= x <= 45 (any finite x in that range, tiny ones included), relative
// error below 2^-60. With e^x = 2^m t (1 + p), p = e^r - 1:
//     e^x = 2^m (t.hi + (t p + t.lo)).
// Every piece is kept exact or in double-double: r (two_sum), p (fast_two_sum),
// the product of the heads t.hi p.hi (two_prod).
// The error-free transformations are written out inline (Knuth's two_sum,
// Dekker's fast_two_sum, see double_double.hpp) rather than called: this
// kernel serves several functions, and each call costs constant-evaluation steps.
struct exp_split_parts {
    double scale;       // 2^m, |m| <= 65: multiplying by it is exact
    double head;        // t.hi
    double_double tail; // t p + t.lo
};
constexpr exp_split_parts exp_split(double x) noexcept {
    // Reduce as exp does: x = k ln2/128 + r, r = r1 + r2 with r1 exact and
    // |r2| < 2^-26; (rh, rl) = two_sum(r1, r2), exact even when r1 is tiny.
    const double kd = round_to_integer(x * exp_inv_step);
    const double r1 = x - kd * exp_step_hi;
    const double r2 = -kd * exp_step_lo;
    const double rh = r1 + r2;
    const double rl = (r1 - (rh - (rh - r1))) + (r2 - (rh - r1));
    // p = e^r - 1 = ph + pl: |tail| < 2^-9 |rh|, so fast_two_sum(rh, tail) is
    // exact; using rh alone in the tail changes it by |rh rl| < 2^-60 |r| 2^-9.
    const double tail = exp_taylor_tail(rh);
    const double ph = rh + tail;
    const double pl = (tail - (ph - rh)) + rl;
    // t p + t.lo = tp.hi + (tp.lo + t.hi pl + t.lo ph + t.lo): tp.hi + tp.lo is
    // the heads' product exactly; the other terms are each below 2^-52 t.hi, so
    // rounding their sum costs about 2^-105 t.hi (and nothing when k = 0).
    const int k = static_cast<int>(kd);
    const double_double t = exp_table[k & 127];
    const double_double tp = two_prod(t.hi, ph);
    const double rest = tp.lo + (t.hi * pl + t.lo * ph + t.lo);
    return {pow2(k >> 7), t.hi, {tp.hi, rest}};
}

// e^x as a double-double, relative error below 2^-60, for -38 <= x <= 45
// (sigmoid needs e^x itself, far below 1).
constexpr double_double exp_as_double_double(double x) noexcept {
    const exp_split_parts e = exp_split(x);
    return fast_two_sum(e.scale * e.head, e.scale * e.tail.hi) + e.scale * e.tail.lo;
}

// e^a and e^-a together, for 0 <= a <= 45, each as an unevaluated sum
// head + tail: head = 2^m t.hi exactly, |tail| < 0.006 head, and head + tail
// within 2^-59.5 (relative) of the exponential, as in exp_double (exp.hpp):
// the tail's four roundings (of r, of p = e^r - 1, of t.hi p and of + t.lo)
// are each at most 2^-54 of values below 0.0028 head.
// One reduction serves both (cosh, sinh and tanh need both): round-to-nearest
// is symmetric, so -a = (-k) ln2/128 + (-r) with the same |r| <= ln2/256, and
// e^-a = 2^m' 2^(j'/128) e^-r with -k = 128 m' + j'. e^r - 1 and e^-r - 1 are
// even + odd and even - odd, the even and odd halves of exp_taylor_tail's
// series r + r^2/2! + ... + r^6/6!. Cheaper than exp_split (no double-double
// steps), but its error is relative to e^a, not to e^a - e^-a: sinh and tanh
// take it only for |x| >= 1 (below, detail/hyperbolic_series.hpp).
struct exp_pair_parts {
    double plus_head, plus_tail;   // e^a
    double minus_head, minus_tail; // e^-a
};
constexpr exp_pair_parts exp_pair(double a) noexcept {
    const double kd = round_to_integer(a * exp_inv_step);
    const double r = (a - kd * exp_step_hi) - kd * exp_step_lo;
    const double r2 = r * r;
    const double even = r2 * (0.5 + r2 * (1.0 / 24 + r2 * (1.0 / 720)));
    const double odd = r + r * r2 * (1.0 / 6 + r2 * (1.0 / 120));
    const int k = static_cast<int>(kd);
    const double_double t = exp_table[k & 127], u = exp_table[-k & 127];
    const double scale = from_bits(std::uint64_t((k >> 7) + 1023) << 52); // 2^m, |m| <= 66
    const double inverse_scale = from_bits(std::uint64_t((-k >> 7) + 1023) << 52);
    return {scale * t.hi, scale * (t.hi * (even + odd) + t.lo), inverse_scale * u.hi,
            inverse_scale * (u.hi * (even - odd) + u.lo)};
}

// a / b in double-double (relative error about 2^-100), for b != 0 with no
// overflow or underflow, b normalised: a first quotient q, the exact remainder
// a - q b (two_prod), and one correction (Dekker 1971, div2). One division
// instead of Dekker's two: q = a.hi (1 / b.hi) is within 2 ulp of a.hi / b.hi
// (two roundings), which leaves a.hi - q b.hi exact (Sterbenz) and the
// remainder a few ulp of a, and the correction is the remainder times the same
// reciprocal (its relative error 2^-52 costs 2^-104 of the result). A division
// takes 13 to 20 cycles and the second one waited for the first; a
// multiplication takes 3 or 4.
constexpr double_double exp_dd_divide(double_double a, double_double b) noexcept {
    const double inverse = 1.0 / b.hi;
    const double q = a.hi * inverse;
    const double_double qb = two_prod(q, b.hi);
    const double remainder = (((a.hi - qb.hi) - qb.lo) + a.lo) - q * b.lo;
    return fast_two_sum(q, remainder * inverse);
}

} // namespace fluxion::detail

#endif
