// tests/tools/gen_two_over_pi.cpp — prints the table of the binary digits of
// 2/pi used by fluxion's Payne-Hanek argument reduction
// (include/fluxion/detail/two_over_pi.hpp), and the split constants of pi/2.
//
// Not part of the build: run it by hand when the table has to be regenerated,
// and paste its output into the header:
//
//     g++ -std=c++20 -O2 tests/tools/gen_two_over_pi.cpp -lmpfr -lgmp -o /tmp/gen_two_over_pi
//     /tmp/gen_two_over_pi
//
// MPFR computes pi correctly rounded to 2000 bits; the table keeps the first
// 48 * 32 = 1536 bits after the binary point of 2/pi (more than the 1184 a
// double of exponent 1023 needs: see reduce_pi_over_2.hpp). The output is
// cross-checked against the published digits 0xA2F9836E 4E441529 FC2757D1
// F534DDC0 DB629599 3C439041 FE5163AB (fdlibm's k_rem_pio2.c, ipio2[]).
#include <mpfr.h>

#include <cstdint>
#include <cstdio>

int main() {
    constexpr int words = 48;
    mpfr_t v, t;
    mpfr_inits2(2000, v, t, static_cast<mpfr_ptr>(nullptr));

    mpfr_const_pi(v, MPFR_RNDN);
    mpfr_ui_div(v, 2, v, MPFR_RNDN); // 2/pi, relative error 2^-2000
    std::printf("// 2/pi in 32-bit words, most significant first (bits 1 to %d after the point)\n", 32 * words);
    std::printf("inline constexpr std::uint32_t two_over_pi_bits[%d] = {\n", words);
    for (int i = 0; i < words; ++i) {
        mpfr_mul_2ui(v, v, 32, MPFR_RNDN);           // exact
        mpfr_floor(t, v);                             // next 32 bits
        const auto w = static_cast<std::uint32_t>(mpfr_get_ui(t, MPFR_RNDN));
        mpfr_sub(v, v, t, MPFR_RNDN);                 // exact
        std::printf("%s0x%08X,%s", i % 6 == 0 ? "    " : "", w, i % 6 == 5 ? "\n" : " ");
    }
    std::printf("};\n");

    // pi/2 as a double-double (hi, lo): used to turn the reduced fraction into radians.
    mpfr_t p, hi, lo;
    mpfr_init2(p, 2000);
    mpfr_inits2(53, hi, lo, static_cast<mpfr_ptr>(nullptr));
    mpfr_const_pi(p, MPFR_RNDN);
    mpfr_div_2ui(p, p, 1, MPFR_RNDN);
    mpfr_set(hi, p, MPFR_RNDN);
    mpfr_sub(p, p, hi, MPFR_RNDN);
    mpfr_set(lo, p, MPFR_RNDN);
    std::printf("pi/2 hi = %a\npi/2 lo = %a\n", mpfr_get_d(hi, MPFR_RNDN), mpfr_get_d(lo, MPFR_RNDN));

    // The Cody-Waite constants of fdlibm's e_rem_pio2.c: how far their sum is from pi/2.
    const double parts[] = {0x1.921fb544p+0, 0x1.0b4611a6p-34, 0x1.3198a2ep-69, 0x1.b839a252049c1p-104};
    mpfr_const_pi(p, MPFR_RNDN);
    mpfr_div_2ui(p, p, 1, MPFR_RNDN);
    for (double d : parts) mpfr_sub_d(p, p, d, MPFR_RNDN);
    mpfr_printf("pi/2 - (pio2_1 + pio2_2 + pio2_3 + pio2_3t) = %.6Re\n", p);
    return 0;
}
