// fluxion/detail/log_kernel.hpp — log(x) as an unevaluated sum hi + lo: the
// shared core of log, log1p, log2, log10 (double) and pow.
//
// Two kernels on one table and one reduction:
//   log_hi_lo(x)          plain double with a few error-free steps; hi + lo
//                         within 2^-60 (relative) of log x (measured 2^-60.5):
//                         log, log10, log1p round it once, within
//                         0.5 + 2^-7 ulp. Clang: 12 steps. (log2 uses the
//                         table and the reduction in base 2, math/log2.hpp.)
//   log_double_double(x)  double-double, relative error below 2^-68 (measured
//                         2^-68.5, near x = 1 +- 2^-8): pow, where an error e in
//                         log x becomes y e in the exponent of the result and
//                         |y log x| <= 745 wherever x^y is finite and nonzero.
//
// Algorithm (table-driven, in the style of Tang, "Table-driven implementation
// of the logarithm function in IEEE floating-point arithmetic", ACM TOMS 16
// (1990), and of the FMA-free variants of ARM's optimized-routines log.c and
// pow.c by Szabolcs Nagy, which glibc uses since 2.28):
//   reduce       x = m 2^k with m in [0.75, 1.5); i = floor(256 m) picks a table
//                entry invc ~ 1/c, c the centre of [i/256, (i+1)/256).
//                r = m invc - 1 is computed EXACTLY as r_hi + r_lo: invc
//                has at most 20 significant bits and m is split into a 26-bit
//                head and a 27-bit tail, so both products are exact, the
//                subtraction of 1 is exact (Sterbenz) and fast_two_sum adds
//                the tail without error. |r| <= 2^-8. (optimized-routines
//                gets the exact r from an FMA, or without one from a second
//                table c = chi + clo; the split does it with one table.)
//   approximate  log(m) = log(1 + r) - log(invc). The table holds
//                -log(invc) as hi + lo (generated at 300 bits; the test
//                log_table_entries_match_mpfr in tests/runtime/math_log.cpp
//                regenerates every entry with MPFR and compares bit for bit);
//                log(1 + r) is its Taylor series r - r^2/2 + r^3/3 - ...
//                (coefficients (-1)^(n+1)/n, exact): to r^8/8 in plain double
//                for log_hi_lo (first omitted term below 2^-67 |r|), to r^9/9
//                with r and r^2/2 in double-double for log_double_double.
//   reconstruct  log(x) = k ln2 + log(m). ln2_hi and every table hi are
//                multiples of 2^-42, so k ln2_hi + (-log invc)_hi is exact for
//                |k| <= 1075; adding r_hi to it is error-free (fast_two_sum)
//                and all the small terms are collected in lo.
// For m in [255/256, 257/256) the entry is invc = 1 with log(invc) = 0 exactly:
// then log(x) is computed from r = x - 1 alone, which keeps full relative
// accuracy near 1 and makes log(1) exactly +0.
#ifndef FLUXION_DETAIL_LOG_KERNEL_HPP
#define FLUXION_DETAIL_LOG_KERNEL_HPP

#include <fluxion/detail/attributes.hpp>
#include <fluxion/detail/double_double.hpp>
#include <fluxion/detail/ieee.hpp>

#include <bit>
#include <cstdint>

namespace fluxion::detail {

// ln 2 = ln2_hi + ln2_lo: ln2_hi is ln 2 rounded to a multiple of 2^-42 (so
// k ln2_hi is exact for |k| < 2^11), ln2_lo the rest rounded to double; the sum
// is within 2^-102 of ln 2 (values from MPFR at 300 bits).
inline constexpr double ln2_hi = 0x1.62e42fefa3800p-1;
inline constexpr double ln2_lo = 0x1.ef35793c76730p-45;

struct log_table_entry {
    double invc;       // ~ 1 / c_i, at most 20 significant bits
    double log_c_hi;   // -log(invc) rounded to a multiple of 2^-42
    double log_c_lo;   // -log(invc) - log_c_hi, rounded to double
};

// Entry i - 192 covers m in [i/256, (i+1)/256), i = 192 .. 383:
// c = (i + 1/2)/256, invc = 1/c rounded to nearest at 20 bits (1 for i = 255,
// 256), log_c = -log(invc), log_c_hi = log_c rounded to a multiple of 2^-42,
// log_c_lo = log_c - log_c_hi rounded to nearest double. Generated with mpmath
// at 300 bits; regenerated and compared with MPFR by the run-time suite.
inline constexpr log_table_entry log_table[192] = {
    {0x1.5472600000000p+0, -0x1.23ec5e51ec000p-2, 0x1.790644813ffcdp-44}, // i = 192
    {0x1.52b0000000000p+0, -0x1.1e9e367889000p-2, -0x1.f45475b87c132p-46}, // i = 193
    {0x1.50f2200000000p+0, -0x1.1956a8f9bb000p-2, -0x1.2ccfa067db84cp-44}, // i = 194
    {0x1.4f39000000000p+0, -0x1.14169cf367000p-2, -0x1.ec080eeda7de4p-48}, // i = 195
    {0x1.4d84400000000p+0, -0x1.0edd128b78000p-2, 0x1.6f64a811a7574p-47}, // i = 196
    {0x1.4bd3e00000000p+0, -0x1.09aa2c6e6c000p-2, 0x1.dcbdfb577d97bp-44}, // i = 197
    {0x1.4a28000000000p+0, -0x1.047e70cde8000p-2, -0x1.b7be26fc852cep-46}, // i = 198
    {0x1.4880600000000p+0, -0x1.feb279be9e000p-3, -0x1.5258e145d5717p-44}, // i = 199
    {0x1.46dce00000000p+0, -0x1.f4749cb4e0000p-3, 0x1.ef6c9f77b5613p-44}, // i = 200
    {0x1.453da00000000p+0, -0x1.ea4455704a000p-3, -0x1.4e0966470a4e0p-44}, // i = 201
    {0x1.43a2800000000p+0, -0x1.e0211e6234000p-3, -0x1.c50220342ba25p-49}, // i = 202
    {0x1.420b600000000p+0, -0x1.d60a6e7902000p-3, 0x1.04b5eca64ffe7p-44}, // i = 203
    {0x1.4078200000000p+0, -0x1.cbffb91db2000p-3, -0x1.161436d1c6e01p-47}, // i = 204
    {0x1.3ee9000000000p+0, -0x1.c202d6b17e000p-3, -0x1.923e6ac71954ep-46}, // i = 205
    {0x1.3d5da00000000p+0, -0x1.b8119f8b82000p-3, 0x1.f5196dee7c1abp-46}, // i = 206
    {0x1.3bd6000000000p+0, -0x1.ae2c4ef670000p-3, -0x1.b28d3f2aa3c59p-44}, // i = 207
    {0x1.3a52400000000p+0, -0x1.a453f12e6a000p-3, -0x1.1e877c0339c0ap-44}, // i = 208
    {0x1.38d2200000000p+0, -0x1.9a87225eb8000p-3, -0x1.9fc7899a19b8cp-44}, // i = 209
    {0x1.3755c00000000p+0, -0x1.90c6ee9fcc000p-3, 0x1.23efab29e16a0p-45}, // i = 210
    {0x1.35dce00000000p+0, -0x1.8711ebf50e000p-3, -0x1.be1ac6b68262dp-46}, // i = 211
    {0x1.3467a00000000p+0, -0x1.7d69264af6000p-3, 0x1.3acb571259142p-44}, // i = 212
    {0x1.32f5c00000000p+0, -0x1.73cb2d74fa000p-3, -0x1.607547b4b6373p-44}, // i = 213
    {0x1.3187800000000p+0, -0x1.6a39e3abbc000p-3, -0x1.7d97f1c91e95bp-49}, // i = 214
    {0x1.301c800000000p+0, -0x1.60b2fe0b0a000p-3, 0x1.99c56cd54f81ap-44}, // i = 215
    {0x1.2eb4e00000000p+0, -0x1.5737881018000p-3, 0x1.5dbb25512afe9p-45}, // i = 216
    {0x1.2d50a00000000p+0, -0x1.4dc7b817bc000p-3, -0x1.c75b60ae1d464p-47}, // i = 217
    {0x1.2befa00000000p+0, -0x1.4462ea5c9a000p-3, -0x1.55727a33453a2p-44}, // i = 218
    {0x1.2a91c00000000p+0, -0x1.3b0877757e000p-3, -0x1.94059aa896d0fp-46}, // i = 219
    {0x1.2937200000000p+0, -0x1.31b96d53a4000p-3, -0x1.2d90ebb856226p-44}, // i = 220
    {0x1.27dfa00000000p+0, -0x1.287523411a000p-3, -0x1.298ce2bfffd7bp-44}, // i = 221
    {0x1.268b400000000p+0, -0x1.1f3bcb5f26000p-3, 0x1.edfd32e309011p-44}, // i = 222
    {0x1.2539e00000000p+0, -0x1.160cb8a4b2000p-3, 0x1.31e2c6c26b149p-45}, // i = 223
    {0x1.23eb800000000p+0, -0x1.0ce81adccc000p-3, 0x1.6dd68ab4302aap-45}, // i = 224
    {0x1.22a0200000000p+0, -0x1.03ce22251c000p-3, -0x1.bac3e99aceda0p-45}, // i = 225
    {0x1.2157a00000000p+0, -0x1.f57c38d900000p-4, 0x1.315e462e97bb0p-44}, // i = 226
    {0x1.2012000000000p+0, -0x1.e3706ee304000p-4, -0x1.fed09cb978024p-46}, // i = 227
    {0x1.1ecf400000000p+0, -0x1.d179428218000p-4, -0x1.b6467523e7d9ap-45}, // i = 228
    {0x1.1d8f600000000p+0, -0x1.bf971069fc000p-4, 0x1.a97b8e7fd0954p-44}, // i = 229
    {0x1.1c52200000000p+0, -0x1.adc69be5a8000p-4, -0x1.79f28f94e1300p-46}, // i = 230
    {0x1.1b17c00000000p+0, -0x1.9c0bd4d4d0000p-4, -0x1.4063f1de4a319p-44}, // i = 231
    {0x1.19e0200000000p+0, -0x1.8a6548a918000p-4, -0x1.b610e5a38546ep-46}, // i = 232
    {0x1.18ab000000000p+0, -0x1.78cfaa63d8000p-4, 0x1.94c959a092f20p-44}, // i = 233
    {0x1.1778a00000000p+0, -0x1.674ef19364000p-4, -0x1.971194b9fb856p-44}, // i = 234
    {0x1.1648e00000000p+0, -0x1.55e1a150dc000p-4, -0x1.0e32fd529c98dp-44}, // i = 235
    {0x1.151ba00000000p+0, -0x1.4486353dbc000p-4, -0x1.190c71accaf45p-44}, // i = 236
    {0x1.13f0e00000000p+0, -0x1.333cfc8180000p-4, -0x1.dc6e993cbe4b0p-44}, // i = 237
    {0x1.12c8c00000000p+0, -0x1.220823c784000p-4, 0x1.82394bcf07e29p-47}, // i = 238
    {0x1.11a3000000000p+0, -0x1.10e4433cb0000p-4, 0x1.8ef69296a3466p-44}, // i = 239
    {0x1.107fc00000000p+0, -0x1.ffa70d1ab8000p-5, -0x1.fe465f8137b9fp-48}, // i = 240
    {0x1.0f5ee00000000p+0, -0x1.dda8b7c680000p-5, 0x1.1caac64d4aed9p-45}, // i = 241
    {0x1.0e40600000000p+0, -0x1.bbce1dc690000p-5, 0x1.2c061ce4c0fafp-44}, // i = 242
    {0x1.0d24400000000p+0, -0x1.9a17d75740000p-5, 0x1.de42e7ba3af0fp-44}, // i = 243
    {0x1.0c0a800000000p+0, -0x1.78867da358000p-5, 0x1.e6ac2c308269bp-44}, // i = 244
    {0x1.0af3000000000p+0, -0x1.5716d4c038000p-5, -0x1.abb976786d0a2p-47}, // i = 245
    {0x1.09ddc00000000p+0, -0x1.35c96baa10000p-5, -0x1.386fb257a2a1fp-45}, // i = 246
    {0x1.08cac00000000p+0, -0x1.149ed24008000p-5, 0x1.d6b8a79473ec5p-44}, // i = 247
    {0x1.07ba000000000p+0, -0x1.e72f328120000p-6, -0x1.f145a379992cep-44}, // i = 248
    {0x1.06ab600000000p+0, -0x1.a560d88c50000p-6, -0x1.eaf47faaf821fp-44}, // i = 249
    {0x1.059ee00000000p+0, -0x1.63d3a38680000p-6, -0x1.2d0fd363c5e45p-44}, // i = 250
    {0x1.0494a00000000p+0, -0x1.22907dfea0000p-6, -0x1.9d5c67bc16395p-46}, // i = 251
    {0x1.038c600000000p+0, -0x1.c311904c60000p-7, 0x1.41bb5df800f51p-44}, // i = 252
    {0x1.0286400000000p+0, -0x1.418acf9640000p-7, -0x1.897d9bbc5ea9fp-45}, // i = 253
    {0x1.0182400000000p+0, -0x1.811dc14580000p-8, -0x1.0340d3d54fa95p-48}, // i = 254
    {0x1.0000000000000p+0, 0x0.0p+0, 0x0.0p+0}, // i = 255
    {0x1.0000000000000p+0, 0x0.0p+0, 0x0.0p+0}, // i = 256
    {0x1.fd04800000000p-1, 0x1.7eddbebd80000p-8, 0x1.13674d7138ec3p-45}, // i = 257
    {0x1.fb0c600000000p-1, 0x1.3e72d9d260000p-7, -0x1.5c181ff100a6ap-45}, // i = 258
    {0x1.f918200000000p-1, 0x1.bcf9f6c740000p-7, 0x1.7bf9866580249p-44}, // i = 259
    {0x1.f727c00000000p-1, 0x1.1d8122b9f0000p-6, 0x1.08231bd35ffe6p-44}, // i = 260
    {0x1.f53b400000000p-1, 0x1.5c44e91b90000p-6, -0x1.b356c64a6fa11p-46}, // i = 261
    {0x1.f352600000000p-1, 0x1.9acf8751d0000p-6, -0x1.6433294ee997ap-46}, // i = 262
    {0x1.f16d400000000p-1, 0x1.d91bfac550000p-6, -0x1.ce286f960e5fbp-44}, // i = 263
    {0x1.ef8be00000000p-1, 0x1.0b94a8c198000p-5, -0x1.87149790a10c6p-45}, // i = 264
    {0x1.edae000000000p-1, 0x1.2a7f722150000p-5, 0x1.acc63d16521d8p-47}, // i = 265
    {0x1.ebd3c00000000p-1, 0x1.494bd634e0000p-5, -0x1.4e542edd2ccddp-44}, // i = 266
    {0x1.e9fd200000000p-1, 0x1.67f9600948000p-5, 0x1.ef03f3e8b1a2cp-44}, // i = 267
    {0x1.e82a000000000p-1, 0x1.8689b30840000p-5, 0x1.087711fa2a56fp-44}, // i = 268
    {0x1.e65a400000000p-1, 0x1.a4fe79fa40000p-5, -0x1.63104a0cf0e7ap-44}, // i = 269
    {0x1.e48e000000000p-1, 0x1.c3552d0920000p-5, 0x1.eb66615ea6d54p-44}, // i = 270
    {0x1.e2c5200000000p-1, 0x1.e18f79c278000p-5, 0x1.ba9f86907df14p-45}, // i = 271
    {0x1.e0ff800000000p-1, 0x1.ffaf1519b8000p-5, 0x1.2039bb896e2f2p-44}, // i = 272
    {0x1.df3d400000000p-1, 0x1.0ed8bab554000p-4, 0x1.dfa3105a821b3p-46}, // i = 273
    {0x1.dd7e600000000p-1, 0x1.1dcb16bdb0000p-4, 0x1.9bc6f5e50f4d7p-44}, // i = 274
    {0x1.dbc2a00000000p-1, 0x1.2cb08ebf60000p-4, -0x1.ab7f9bbeeab1ep-45}, // i = 275
    {0x1.da0a200000000p-1, 0x1.3b87dd0b1c000p-4, 0x1.8b415eeb74241p-44}, // i = 276
    {0x1.d854e00000000p-1, 0x1.4a50cd2a1c000p-4, -0x1.f55a13094e537p-45}, // i = 277
    {0x1.d6a2c00000000p-1, 0x1.590c40df04000p-4, -0x1.78e6230534426p-45}, // i = 278
    {0x1.d4f3a00000000p-1, 0x1.67bb1da6ec000p-4, 0x1.f8b25c3cc8c99p-48}, // i = 279
    {0x1.d347a00000000p-1, 0x1.765c1bba6c000p-4, 0x1.70640274c50a1p-48}, // i = 280
    {0x1.d19ec00000000p-1, 0x1.84ef088e84000p-4, 0x1.1556459c7b8afp-45}, // i = 281
    {0x1.cff8c00000000p-1, 0x1.9375e65594000p-4, 0x1.ede437380c8bap-44}, // i = 282
    {0x1.ce55c00000000p-1, 0x1.a1ef6c8064000p-4, -0x1.6fb6869e6de4bp-44}, // i = 283
    {0x1.ccb5c00000000p-1, 0x1.b05b6abee4000p-4, 0x1.87b16182ee541p-46}, // i = 284
    {0x1.cb18a00000000p-1, 0x1.bebace0148000p-4, -0x1.a5ab124e031a8p-45}, // i = 285
    {0x1.c97e600000000p-1, 0x1.cd0d6878c4000p-4, -0x1.64245a4f31e65p-46}, // i = 286
    {0x1.c7e7200000000p-1, 0x1.db51ec9880000p-4, -0x1.449a1897dcb05p-46}, // i = 287
    {0x1.c652800000000p-1, 0x1.e98b8a9670000p-4, 0x1.a197496958eb7p-44}, // i = 288
    {0x1.c4c0c00000000p-1, 0x1.f7b7d6ec38000p-4, 0x1.e3a7883b93ec0p-47}, // i = 289
    {0x1.c331c00000000p-1, 0x1.02ebe2abf4000p-3, 0x1.6f483547adb0cp-45}, // i = 290
    {0x1.c1a5800000000p-1, 0x1.09f594ee72000p-3, 0x1.f61f676c26324p-46}, // i = 291
    {0x1.c01c000000000p-1, 0x1.10f8ec2254000p-3, -0x1.83b38428eb85cp-45}, // i = 292
    {0x1.be95200000000p-1, 0x1.17f664cfca000p-3, 0x1.3c31d7c2827fep-44}, // i = 293
    {0x1.bd11000000000p-1, 0x1.1eed56e2dc000p-3, 0x1.fcd585d1f312cp-44}, // i = 294
    {0x1.bb8f600000000p-1, 0x1.25ded36bc6000p-3, 0x1.5b2a54f1adb9ep-44}, // i = 295
    {0x1.ba10600000000p-1, 0x1.2cca329f60000p-3, -0x1.1a9d1752be2c1p-44}, // i = 296
    {0x1.b894000000000p-1, 0x1.33af5f5770000p-3, 0x1.d1ecca353c7fap-44}, // i = 297
    {0x1.b71a200000000p-1, 0x1.3a8ed9931a000p-3, 0x1.2a70e0538ebeep-44}, // i = 298
    {0x1.b5a2e00000000p-1, 0x1.4167f7b728000p-3, 0x1.9a7f83e23e847p-45}, // i = 299
    {0x1.b42e000000000p-1, 0x1.483bd0ce6e000p-3, 0x1.f6a52726a0e14p-46}, // i = 300
    {0x1.b2bba00000000p-1, 0x1.4f09bb8a24000p-3, -0x1.85fd2ec5123abp-44}, // i = 301
    {0x1.b14bc00000000p-1, 0x1.55d1a3c232000p-3, 0x1.b9214dd176293p-44}, // i = 302
    {0x1.afde400000000p-1, 0x1.5c940cf598000p-3, -0x1.955148b8cadcbp-44}, // i = 303
    {0x1.ae73200000000p-1, 0x1.6350e44aac000p-3, -0x1.f14fde26374bdp-45}, // i = 304
    {0x1.ad0a800000000p-1, 0x1.6a077e0f7a000p-3, 0x1.d25f83127ea83p-44}, // i = 305
    {0x1.aba4200000000p-1, 0x1.70b8f83a1a000p-3, 0x1.4ed84f6a90899p-44}, // i = 306
    {0x1.aa40200000000p-1, 0x1.7764a768f2000p-3, 0x1.df2c7edc65fa9p-46}, // i = 307
    {0x1.a8de600000000p-1, 0x1.7e0b12a30c000p-3, 0x1.0dd7e1b461988p-45}, // i = 308
    {0x1.a77f000000000p-1, 0x1.84ab8d5866000p-3, -0x1.f8b561f145627p-45}, // i = 309
    {0x1.a621c00000000p-1, 0x1.8b473aa238000p-3, -0x1.8bd02bc7f400fp-44}, // i = 310
    {0x1.a4c6e00000000p-1, 0x1.91dcd28340000p-3, 0x1.87a8abe797946p-44}, // i = 311
    {0x1.a36e200000000p-1, 0x1.986d79e81a000p-3, -0x1.63429aaa87659p-44}, // i = 312
    {0x1.a217a00000000p-1, 0x1.9ef883676a000p-3, 0x1.af5c507b87a24p-44}, // i = 313
    {0x1.a0c3600000000p-1, 0x1.a57ddcc244000p-3, 0x1.f4be8c36ac0c9p-44}, // i = 314
    {0x1.9f71400000000p-1, 0x1.abfe116462000p-3, 0x1.d9713883ec6b1p-45}, // i = 315
    {0x1.9e21200000000p-1, 0x1.b279aea464000p-3, -0x1.430d49317002dp-45}, // i = 316
    {0x1.9cd3400000000p-1, 0x1.b8ef678420000p-3, 0x1.875b332178e35p-44}, // i = 317
    {0x1.9b87600000000p-1, 0x1.bf6067f0e6000p-3, -0x1.1a11476fe6082p-45}, // i = 318
    {0x1.9a3dc00000000p-1, 0x1.c5cb60c3b0000p-3, -0x1.30e31dae7aaedp-44}, // i = 319
    {0x1.98f6000000000p-1, 0x1.cc32200176000p-3, 0x1.a4903a4cfe252p-45}, // i = 320
    {0x1.97b0600000000p-1, 0x1.d29355db6c000p-3, -0x1.82850128c905fp-44}, // i = 321
    {0x1.966cc00000000p-1, 0x1.d8ef922f32000p-3, -0x1.50e5fc364b22ep-46}, // i = 322
    {0x1.952b200000000p-1, 0x1.df46c50722000p-3, 0x1.a82a2b0c45b8ep-44}, // i = 323
    {0x1.93eb800000000p-1, 0x1.e598de5a88000p-3, -0x1.e0697c1653110p-48}, // i = 324
    {0x1.92ade00000000p-1, 0x1.ebe5ce0dda000p-3, -0x1.6570af5b3036dp-44}, // i = 325
    {0x1.9172200000000p-1, 0x1.f22e2732f2000p-3, -0x1.db0be079394efp-46}, // i = 326
    {0x1.9038400000000p-1, 0x1.f871db0956000p-3, -0x1.2a57d3f12be59p-44}, // i = 327
    {0x1.8f00600000000p-1, 0x1.feb0367e60000p-3, 0x1.27dd71e0fd7c1p-44}, // i = 328
    {0x1.8dca600000000p-1, 0x1.0274e6f6c2000p-2, 0x1.06f14552ef4efp-44}, // i = 329
    {0x1.8c96400000000p-1, 0x1.058f49303f000p-2, -0x1.7a7cd640d4d27p-45}, // i = 330
    {0x1.8b64000000000p-1, 0x1.08a73a67c5000p-2, 0x1.f3c1d411af87ep-44}, // i = 331
    {0x1.8a33a00000000p-1, 0x1.0bbcb310d3000p-2, -0x1.6e5b395efce1ap-44}, // i = 332
    {0x1.8905000000000p-1, 0x1.0ecffef658000p-2, -0x1.f98ea57daa552p-46}, // i = 333
    {0x1.87d8400000000p-1, 0x1.11e0c39ada000p-2, 0x1.160831927761cp-44}, // i = 334
    {0x1.86ad400000000p-1, 0x1.14ef4d3887000p-2, -0x1.0764d835ca095p-45}, // i = 335
    {0x1.8584000000000p-1, 0x1.17fb94e151000p-2, -0x1.a0a8ba79f7bd9p-44}, // i = 336
    {0x1.845c800000000p-1, 0x1.1b05939f08000p-2, 0x1.8a5cf993bc84fp-47}, // i = 337
    {0x1.8336e00000000p-1, 0x1.1e0cedd372000p-2, -0x1.063dbd08c3441p-45}, // i = 338
    {0x1.8212e00000000p-1, 0x1.2112457862000p-2, -0x1.fb1675bad04fap-44}, // i = 339
    {0x1.80f0a00000000p-1, 0x1.24153f1fd2000p-2, -0x1.b6ae1257a3a58p-44}, // i = 340
    {0x1.7fd0000000000p-1, 0x1.27162913f8000p-2, 0x1.cf4f20b6aba49p-44}, // i = 341
    {0x1.7eb1200000000p-1, 0x1.2a14a75763000p-2, -0x1.6893e8afae6cfp-45}, // i = 342
    {0x1.7d93e00000000p-1, 0x1.2d1108a509000p-2, 0x1.9b106eaf25cc7p-45}, // i = 343
    {0x1.7c78600000000p-1, 0x1.300af07063000p-2, 0x1.52c768c634aadp-44}, // i = 344
    {0x1.7b5e800000000p-1, 0x1.3302ade587000p-2, -0x1.dfc8263fa9ee8p-44}, // i = 345
    {0x1.7a46400000000p-1, 0x1.35f83a8933000p-2, 0x1.f6ca00c014d64p-44}, // i = 346
    {0x1.792f800000000p-1, 0x1.38ebe6b8ed000p-2, 0x1.0a4c17b2a7bb7p-44}, // i = 347
    {0x1.781a800000000p-1, 0x1.3bdcfe6b15000p-2, 0x1.bfa4a3fb8c433p-44}, // i = 348
    {0x1.7707000000000p-1, 0x1.3ecc290ef6000p-2, 0x1.787aebc013206p-44}, // i = 349
    {0x1.75f5000000000p-1, 0x1.41b960cce1000p-2, 0x1.b82e10e8a3225p-45}, // i = 350
    {0x1.74e4c00000000p-1, 0x1.44a3f0063d000p-2, 0x1.8c54e9c3fd181p-45}, // i = 351
    {0x1.73d5e00000000p-1, 0x1.478cd7b59b000p-2, 0x1.f10dbf0e26743p-45}, // i = 352
    {0x1.72c8a00000000p-1, 0x1.4a7361eed0000p-2, -0x1.f4c2a1364e676p-45}, // i = 353
    {0x1.71bce00000000p-1, 0x1.4d57e09efe000p-2, 0x1.c8db2f47aa38dp-44}, // i = 354
    {0x1.70b2a00000000p-1, 0x1.503a4dccb2000p-2, 0x1.111764f71aeffp-45}, // i = 355
    {0x1.6fa9e00000000p-1, 0x1.531aa377ef000p-2, -0x1.0694ede9d77f1p-50}, // i = 356
    {0x1.6ea2800000000p-1, 0x1.55f934fa45000p-2, -0x1.ad790e0f3a129p-44}, // i = 357
    {0x1.6d9cc00000000p-1, 0x1.58d549c6e0000p-2, 0x1.9a2f3087e5cc2p-45}, // i = 358
    {0x1.6c98600000000p-1, 0x1.5baf8ecaa2000p-2, -0x1.03dc8f2a2f2e0p-44}, // i = 359
    {0x1.6b95800000000p-1, 0x1.5e87a48c29000p-2, 0x1.ad9d182a6b91ap-44}, // i = 360
    {0x1.6a94000000000p-1, 0x1.615ddf4bec000p-2, 0x1.5c7ca92115a08p-46}, // i = 361
    {0x1.6994000000000p-1, 0x1.6431df0445000p-2, 0x1.df8061c07791ep-46}, // i = 362
    {0x1.6895400000000p-1, 0x1.6704534985000p-2, -0x1.718ed0d574f84p-44}, // i = 363
    {0x1.6798000000000p-1, 0x1.69d4812a04000p-2, 0x1.5637e19dabd7fp-45}, // i = 364
    {0x1.669c400000000p-1, 0x1.6ca2626e35000p-2, 0x1.f321fda9e1f89p-44}, // i = 365
    {0x1.65a1c00000000p-1, 0x1.6f6ea818b3000p-2, -0x1.ff6a8b72c3c14p-45}, // i = 366
    {0x1.64a8a00000000p-1, 0x1.7238f18651000p-2, -0x1.561368ed6d700p-44}, // i = 367
    {0x1.63b0c00000000p-1, 0x1.7501954e2c000p-2, 0x1.9ac988354fe27p-44}, // i = 368
    {0x1.62ba600000000p-1, 0x1.77c7d5e1bc000p-2, -0x1.b61a19460b58ap-44}, // i = 369
    {0x1.61c5400000000p-1, 0x1.7a8c662cdf000p-2, 0x1.af8fd77af23f8p-44}, // i = 370
    {0x1.60d1800000000p-1, 0x1.7d4ee475ef000p-2, -0x1.5ac1905017d77p-45}, // i = 371
    {0x1.5fdf000000000p-1, 0x1.800fa83dc9000p-2, 0x1.5b3cfeaa9c8a9p-44}, // i = 372
    {0x1.5eede00000000p-1, 0x1.82ce4f3fe5000p-2, 0x1.00e87403d1a29p-44}, // i = 373
    {0x1.5dfe000000000p-1, 0x1.858b31725d000p-2, 0x1.e2ab537d09dd9p-44}, // i = 374
    {0x1.5d0f600000000p-1, 0x1.884649e601000p-2, -0x1.148f6831b4cabp-44}, // i = 375
    {0x1.5c22000000000p-1, 0x1.8aff93a661000p-2, 0x1.e1fa3a7da6813p-44}, // i = 376
    {0x1.5b35e00000000p-1, 0x1.8db709b9e3000p-2, -0x1.44882ea9dd508p-45}, // i = 377
    {0x1.5a4b200000000p-1, 0x1.906c4881c5000p-2, 0x1.31730f258760dp-45}, // i = 378
    {0x1.5961800000000p-1, 0x1.932007fa35000p-2, 0x1.78c86a6762aa5p-44}, // i = 379
    {0x1.5879200000000p-1, 0x1.95d1e4ba5d000p-2, -0x1.f6ec3efa867efp-45}, // i = 380
    {0x1.5792000000000p-1, 0x1.9881d9b46b000p-2, 0x1.1c06335076359p-45}, // i = 381
    {0x1.56ac000000000p-1, 0x1.9b304175a3000p-2, 0x1.8fc72f4f24bd5p-44}, // i = 382
    {0x1.55c7400000000p-1, 0x1.9ddcb7c66e000p-2, 0x1.eaaefcc3a2d19p-44}, // i = 383
};

// The same entries indexed by bits instead of by floor(256 m) - 192: with tmp
// = bits(x) - bits(0.75) as in the kernels below, u = (tmp >> 44) & 255 (the
// top 8 bits of tmp's significand field) determines the cell of m: m = 0.75 +
// T 2^-53 for the 52-bit field T < 2^51 (entry T >> 45 = u >> 1), m = 1 +
// (T - 2^51) 2^-52 otherwise (entry (T >> 44) - 64 = u - 64). Two integer
// operations on the bits then replace a multiplication, a conversion to an
// integer and the crossing between the floating-point and integer units: a
// shorter dependency chain in front of the table load, which every later step
// waits for (the layout of the index is that of ARM's optimized-routines log.c,
// which indexes its table by the top bits of tmp). No new numbers: every entry
// is a copy of log_table's, the cells of m in [0.75, 1) twice.
struct log_table_by_bits_t {
    log_table_entry entry[256];
};
constexpr log_table_by_bits_t make_log_table_by_bits() noexcept {
    log_table_by_bits_t t{};
    for (int u = 0; u < 256; ++u) t.entry[u] = log_table[u < 128 ? u >> 1 : u - 64];
    return t;
}
inline constexpr log_table_by_bits_t log_table_by_bits = make_log_table_by_bits();

// ---- the plain-double kernel of log, log10 and log1p ----

// log(1 + r) - r for |r| <= 2^-8: the Taylor series -r^2/2 + r^3/3 - ... - r^8/8
// (coefficients (-1)^(n+1)/n), in Estrin's form: pairs of terms p_i = c + c' r,
// then r^2 ((p1 + r^2 p2) + r^4 (p3 + r^2 c8)), whose longest chain is 5
// multiplications and additions after r^2 (a Horner scheme in r^2 has 7). The
// outermost operation is a product on purpose: a sum there would be paired
// with the sum of the other small terms by clang's SLP vectorizer into one
// vector addition, which waits for both (log took 40 % longer that way). The first omitted term r^9/9 is below 2^-67 |r|. Its
// value is below 2^-9 |r|, so its own rounding errors (a few 2^-53 of it) stay
// below 2^-61 |r|. (r * r is written out each time rather than named: one
// constexpr step less per call; the compiler computes it once.)
constexpr double log1p_minus_r(double r) noexcept {
    return (r * r) * (((-0.5 + r * (1.0 / 3)) + (r * r) * (-0.25 + r * 0.2)) +
                      ((r * r) * (r * r)) * ((-1.0 / 6 + r * (1.0 / 7)) + (r * r) * -0.125));
}

// log(x) = hi + early + series for a normal x > 0 (2^-1022 <= x < inf) times
// 2^k_bias: hi + early + series is within 2^-60 of log(x) (relative; measured
// 2^-60.3), |early| + |series| <= 2^-8 |hi|, and rounding hi + (early +
// series) once gives log within 0.5 + 2^-7 ulp.
//
// The same reduction as log_kernel_normal below, but the series in plain double:
//   r = m invc - 1 = r_hi + r_lo exactly: invc has at most 20 significant bits,
//     m's 26-bit head times invc is exact and so is "- 1" (Sterbenz), the tail
//     times invc is exact; r_hi + r_lo is then Dekker's fast_two_sum, exact
//     because either |a| >= |b| or the sum a + b is itself a double (|a| < |b|
//     < 2^-25 and both are multiples of 2^-73). The head is m's significand
//     cut after 26 bits (any exact split gives the same r_hi and r_lo).
//   log x = w + r + (log(1 + r) - r),  w = k ln2_hi + log_c_hi exact (multiples
//     of 2^-42), and w + r_hi is again error-free by fast_two_sum: w = 0 (the
//     two cells around 1 with k = 0) or |w| >= 2^-7.4 > |r_hi|. Everything
//     else (that sum's error, r_lo, k ln2_lo, log_c_lo and the series) is
//     below 2^-8 |log x|, where its rounding errors are small.
// The series is returned apart from the other small terms (`early`, ready
// long before it) so that callers add it last: it ends the longest chain of
// dependent operations (table load, r, the polynomial), and every operation
// after it adds its latency to the whole call.
struct log_parts {
    double hi;     // w + r_hi rounded
    double early;  // its rounding error, r_lo, k ln2_lo + log_c_lo
    double series; // log(1 + r) - r
};
constexpr log_parts log_parts_normal(double x, std::int64_t k_bias) noexcept {
    // reduce: x = m 2^k with m in [0.75, 1.5), as in log_kernel_normal
    const std::uint64_t tmp = std::bit_cast<std::uint64_t>(x) - 0x3fe8'0000'0000'0000;
    const double m = std::bit_cast<double>((tmp & 0x000f'ffff'ffff'ffff) + 0x3fe8'0000'0000'0000);
    // k as a double, exact for |k| < 2^51: the bits of 1.5 2^52 + k (whose ulp
    // is 1) minus 1.5 2^52. The same value as static_cast<double>(k), without
    // its instruction: x86's cvtsi2sd writes only the low half of its register
    // and so waits for that register's last write, which clang (across a call
    // it cannot see) may leave to the previous call's last operations; that
    // chain from call to call set the time of log1p (double) with clang++:
    // 12.2 ns against 7.8 with g++ (which clears the register first), 8.7 now.
    // (Written out here and in the kernels below rather than as a helper: one
    // Clang constexpr step instead of six.)
    const double k =
        std::bit_cast<double>(0x4338'0000'0000'0000 + static_cast<std::uint64_t>((static_cast<std::int64_t>(tmp) >> 52) + k_bias)) - 0x1.8p52;
    const log_table_entry& t = log_table_by_bits.entry[(tmp >> 44) & 0xff]; // the cell of m
    // m's 26-bit head: its significand cut after 26 bits (the tail m - m_head,
    // 27 bits, is exact); read from the bits rather than by Veltkamp's split,
    // one integer operation instead of three floating-point ones.
    const double m_head =
        std::bit_cast<double>(((tmp & 0x000f'ffff'ffff'ffff) + 0x3fe8'0000'0000'0000) & ~std::uint64_t{0x7ff'ffff});
    const double a = m_head * t.invc - 1.0;
    const double b = (m - m_head) * t.invc;
    const double r = a + b;
    // reconstruct: w + r = hi + (w - hi + r) exactly, w = k ln2_hi + log_c_hi
    // (written out twice: one constexpr step less); then the small terms
    const double hi = (k * ln2_hi + t.log_c_hi) + r;
    return {hi, (((k * ln2_hi + t.log_c_hi) - hi) + r) + ((b - (r - a)) + (k * ln2_lo + t.log_c_lo)),
            log1p_minus_r(r)};
}

// log(x) = hi + lo for a normal x > 0 times 2^k_bias, with hi + lo within
// 2^-60 of log(x) (relative) and |lo| <= 2^-8 |hi|: rounding hi + lo once gives
// log within 0.5 + 2^-7 ulp.
constexpr double_double log_hi_lo_normal(double x, std::int64_t k_bias) noexcept {
    const log_parts p = log_parts_normal(x, k_bias);
    return {p.hi, p.early + p.series};
}

// log(x) = hi + lo as above, for every finite x > 0 (subnormals scaled by 2^64).
constexpr double_double log_hi_lo(double x) noexcept {
    if (x < 0x1p-1022) return log_hi_lo_normal(x * 0x1p64, -64);
    return log_hi_lo_normal(x, 0);
}

// log(x) c from the kernel's parts p of x (log_parts_normal), for a constant
// c = c_hi + c_lo (1/ln 10), c_hi with at most 26 significant bits,
// rounded once: with hi = h + t split by Veltkamp (26 + 27 bits), h c_hi and
// t c_hi are exact products, so only the small terms round: h c_lo, about
// 2^-26 of the result, and (early + series) c, below 2^-8 of it (two
// roundings of at most 2^-61 of the result). The split of hi and its
// products run while the series is still being computed, which is then
// added to early, multiplied by c and added twice: the series is last (see
// log_parts).
constexpr double log_times(log_parts p, double c_hi, double c_lo) noexcept {
    const double h = 134217729.0 * p.hi - (134217729.0 * p.hi - p.hi);
    return h * c_hi + (((p.hi - h) * c_hi + p.hi * c_lo) + (p.early + p.series) * (c_hi + c_lo));
}

// ---- the double-double kernel of pow ----

// log(x) = hi + lo for a normal x > 0 (2^-1022 <= x < inf) times 2^k_bias,
// NOT normalised: |lo| <= 2^-17.5 |hi| (see below); log_double_double also
// takes subnormals (pow passes a subnormal scaled by 2^64 with k_bias = -64).
//
// Written for Clang's constexpr step counter (about one step per statement, two
// or more per function call): no helper calls on this path, every error-free
// sum written out in place, and the comments name the textbook operation each
// line performs. Forced inline: pow's run time is the latency of one chain
// through this kernel, the product and exp, and a call in the middle of it
// costs Clang spills and a return through memory.
FLUXION_ALWAYS_INLINE constexpr double_double log_kernel_normal(double x, std::int64_t k_bias) noexcept {
    // reduce: x = m 2^k with m in [0.75, 1.5), read from the bits. Subtracting the
    // bits of 0.75 makes the exponent field of tmp equal k (arithmetic shift), and
    // its low 52 bits plus those of 0.75 are the bits of m.
    const std::uint64_t tmp = std::bit_cast<std::uint64_t>(x) - 0x3fe8'0000'0000'0000;
    const double m = std::bit_cast<double>((tmp & 0x000f'ffff'ffff'ffff) + 0x3fe8'0000'0000'0000);
    // (k by a conversion here, not from the bits as in log_parts_normal: inlined
    // into pow_double, this costs clang++ no false dependency, and the bits'
    // three more instructions made pow 4 % slower with it.)
    const double k = static_cast<double>((static_cast<std::int64_t>(tmp) >> 52) + k_bias);
    const log_table_entry& t = log_table_by_bits.entry[(tmp >> 44) & 0xff]; // the cell of m
    // r = m invc - 1 exactly, as r_hi + r_lo: m split into a 26-bit head (its
    // significand cut after 26 bits, read from the bits) and a 27-bit tail
    // makes both products exact, "- 1" is exact (Sterbenz), and fast_two_sum
    // (Dekker) adds the two parts without error: either |a| >= |b|, or
    // |a| < |b| < 2^-25 and a + b, a multiple of 2^-73, is itself a double.
    const double m_head =
        std::bit_cast<double>(((tmp & 0x000f'ffff'ffff'ffff) + 0x3fe8'0000'0000'0000) & ~std::uint64_t{0x7ff'ffff});
    const double a = m_head * t.invc - 1.0;
    const double b = (m - m_head) * t.invc;
    const double r_hi = a + b;
    const double r_lo = b - (r_hi - a);
    // head of r_hi: r_hi rounded to a multiple of 2^-34 (adding and subtracting
    // 1.5 2^18, whose ulp is 2^-34: two dependent operations where Veltkamp's
    // split takes three, and no crossing to the integer unit as a cut of the
    // bits would take). |rh| <= 2^-8 has at most 26 significant bits, so rh^2
    // is an exact product, and rt = r_hi - rh is exact with |rt| <= 2^-35.
    const double rh = (r_hi + 0x1.8p18) - 0x1.8p18;
    // reconstruct: A = k ln2_hi + log_c_hi is exact. |A| >= |r_hi| unless A = 0,
    // and |s_hi| >= rh^2 / 2, so fast_two_sum (Dekker) is exact for both sums.
    const double s_hi = (k * ln2_hi + t.log_c_hi) + r_hi;
    const double u_hi = s_hi - 0.5 * (rh * rh);
    // the small terms: the two rounding errors of the sums above, ln2_lo and
    // the table's lo part, r_lo, the rest of -r^2/2, and last (it ends the
    // longest chain of dependent operations) log(1 + r) - (r - r^2/2)
    // = r^3 (1/3 - r/4 + r^2/5 - ... + r^6/9) (Taylor coefficients (-1)^(n+1)/n,
    // truncation error below 2^-75 |r| for |r| <= 2^-8), Estrin's form (pairs
    // of terms p_i, then p1 + r^2 p2 + r^4 (p3 + r^2/9)), with r^3 = r_hi^3
    // (two roundings, r_lo left out: relative error below 2^-51.4, so below
    // 2^-69 of log x). The rest of r^2/2 beyond rh^2/2: with r_hi = rh + rt,
    // r_hi^2 - rh^2 = rt (rh + r_hi), so it is h (rt + r_lo) with h = (rh + r_hi)/2,
    // up to (rt/2) r_lo + r_lo^2/2, below 2^-88 |r|.
    const double lo =
        ((r_hi - (s_hi - (k * ln2_hi + t.log_c_hi))) + (-0.5 * (rh * rh) - (u_hi - s_hi)) +
         (k * ln2_lo + t.log_c_lo + r_lo - ((rh + r_hi) * 0.5) * ((r_hi - rh) + r_lo))) +
        r_hi * (r_hi * r_hi) *
            (((1.0 / 3 - r_hi * 0.25) + (r_hi * r_hi) * (0.2 - r_hi * (1.0 / 6))) +
             ((r_hi * r_hi) * (r_hi * r_hi)) * ((1.0 / 7 - r_hi * 0.125) + (r_hi * r_hi) * (1.0 / 9)));
    // Not normalised (no fast_two_sum(u_hi, lo)): pow multiplies u_hi by y
    // without waiting for lo, the end of the longest chain. lo is at most the
    // series term, r^3/3 (1 + 2^-9) < 2^-17.5 |u_hi| when A = 0 (|r| <= 2^-8,
    // |u_hi| >= |r| (1 - 2^-9)), and below 2^-20 |u_hi| otherwise (|r| <= 2^-9
    // in the cells away from 1, where |log x| >= 2^-8).
    return {u_hi, lo};
}

// log(x) = hi + lo, not normalised (|lo| <= 2^-17.5 |hi|), for every finite x > 0.
constexpr double_double log_double_double(double x) noexcept {
    if (x < 0x1p-1022) return log_kernel_normal(x * 0x1p64, -64); // subnormal: scaled by 2^64 (exact)
    return log_kernel_normal(x, 0);
}

} // namespace fluxion::detail

#endif
