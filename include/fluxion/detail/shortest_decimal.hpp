// fluxion/detail/shortest_decimal.hpp — the shortest decimal that reads back as the same double,
// in constant expressions.
//
// std::to_chars does this at run time but is not constexpr before C++23, and printing an
// expression with a run-time constant (0.8 * pow(y, 4_c)) must work in a static_assert. This is
// Steele & White's free-format algorithm in the form of Burger & Dybvig ("Printing Floating-Point
// Numbers Quickly and Accurately", PLDI 1996, section 2, algorithm (FPP)^2 with exact integers):
// with v = f * 2^e, the doubles next to v bound an interval (v - m-, v + m+) of real numbers that
// read back as v (boundaries included when f is even: reading rounds ties to even). Digits of v
// are generated one at a time from exact big-integer ratios r / s; generation stops at the first
// digit position where the number so far, or it plus one unit in the last place, lies inside the
// interval, and of those two the one nearer v is kept (ties: the even digit). The result is
// therefore the shortest digit string that reads back as v and, among those, the nearest to v:
// the same digits as std::to_chars (tested on 100,000 random doubles).
//
// Layout (tested against std::to_chars character for character): with the decimal exponent E
// of the first digit (v = d.ddd * 10^E), scientific notation "1.5e-07" / "1e+16" (sign and at
// least two exponent digits, as printf's %e) when E < -4 or E >= 16, else positional "0.8",
// "2", "1234.5" (no decimal point for an integer). That is Python's repr rule, except that an
// integer prints as "2", not "2.0". -0.0 prints "-0"; infinities "inf" / "-inf"; NaN "nan".
//
// Cost in a constant expression (Clang's step count, measured): 5,000 to 10,000 steps for
// ordinary numbers (0.8, 1/90), 100,000 to 200,000 for the extreme exponents (5e-324, 1e308);
// the default budget is 1,048,576 per evaluation.
#ifndef FLUXION_DETAIL_SHORTEST_DECIMAL_HPP
#define FLUXION_DETAIL_SHORTEST_DECIMAL_HPP

#include <fluxion/detail/ieee.hpp>
#include <fluxion/fixed_string.hpp>

#include <array>
#include <cstdint>

namespace fluxion::detail {

// A nonnegative integer below 2^1280 (40 limbs of 32 bits, least significant first). The
// largest value the algorithm forms is about 2^1140 (r = 4 f 10^324 for the smallest subnormal).
struct big_unsigned {
    static constexpr int capacity = 40;
    std::array<std::uint32_t, capacity> limb{};
    int used = 0; // limbs in use; limb[used - 1] != 0 unless the value is 0

    static constexpr big_unsigned from(std::uint64_t v) {
        big_unsigned b;
        b.limb[0] = static_cast<std::uint32_t>(v);
        b.limb[1] = static_cast<std::uint32_t>(v >> 32);
        b.used = b.limb[1] != 0 ? 2 : (b.limb[0] != 0 ? 1 : 0);
        return b;
    }
    constexpr void multiply(std::uint32_t k) {
        std::uint64_t carry = 0;
        for (int i = 0; i < used; ++i) {
            const std::uint64_t t = std::uint64_t{limb[i]} * k + carry;
            limb[i] = static_cast<std::uint32_t>(t);
            carry = t >> 32;
        }
        if (carry != 0) limb[used++] = static_cast<std::uint32_t>(carry);
    }
    constexpr void shift_left(int bits) { // multiply by 2^bits
        if (used == 0) return;
        const int words = bits / 32, rest = bits % 32;
        if (rest != 0) multiply(std::uint32_t{1} << rest);
        if (words == 0) return;
        for (int i = used - 1; i >= 0; --i) limb[i + words] = limb[i];
        for (int i = 0; i < words; ++i) limb[i] = 0;
        used += words;
    }
    constexpr void multiply_by_power_of_10(int n) {
        for (; n >= 9; n -= 9) multiply(1000000000u);
        std::uint32_t p = 1;
        for (; n > 0; --n) p *= 10;
        multiply(p);
    }
    friend constexpr int compare(const big_unsigned& a, const big_unsigned& b) {
        if (a.used != b.used) return a.used < b.used ? -1 : 1;
        for (int i = a.used - 1; i >= 0; --i)
            if (a.limb[i] != b.limb[i]) return a.limb[i] < b.limb[i] ? -1 : 1;
        return 0;
    }
    friend constexpr big_unsigned operator+(const big_unsigned& a, const big_unsigned& b) {
        big_unsigned s;
        const int n = a.used > b.used ? a.used : b.used;
        std::uint64_t carry = 0;
        for (int i = 0; i < n; ++i) {
            const std::uint64_t t = std::uint64_t{a.limb[i]} + b.limb[i] + carry;
            s.limb[i] = static_cast<std::uint32_t>(t);
            carry = t >> 32;
        }
        s.used = n;
        if (carry != 0) s.limb[s.used++] = static_cast<std::uint32_t>(carry);
        return s;
    }
    constexpr void subtract(const big_unsigned& b) { // requires *this >= b
        std::int64_t borrow = 0;
        for (int i = 0; i < used; ++i) {
            std::int64_t t = std::int64_t{limb[i]} - (i < b.used ? std::int64_t{b.limb[i]} : 0) - borrow;
            borrow = t < 0 ? 1 : 0;
            if (t < 0) t += std::int64_t{1} << 32;
            limb[i] = static_cast<std::uint32_t>(t);
        }
        while (used > 0 && limb[used - 1] == 0) --used;
    }
};

// v = 0.d1 d2 ... dn * 10^point, d1 != 0 (for v != 0).
struct decimal_digits {
    std::array<char, 17> digit{}; // '0'..'9'
    int count = 0;
    int point = 0;
};

// The shortest digits of a finite, positive double (Burger & Dybvig's free-format algorithm).
constexpr decimal_digits shortest_digits(double v) {
    const std::uint64_t bits = to_bits(v);
    const int field = static_cast<int>((bits >> 52) & 0x7ff);
    const std::uint64_t fraction = bits & ((std::uint64_t{1} << 52) - 1);
    const std::uint64_t f = field == 0 ? fraction : fraction | (std::uint64_t{1} << 52);
    const int e = (field == 0 ? 1 : field) - 1075;              // v = f * 2^e exactly
    const bool even = (f & 1) == 0;                              // boundaries read back as v
    // At a power of two (above the smallest normal) the gap below v is half the gap above.
    const bool unequal_gaps = fraction == 0 && field > 1;

    // r / s = v, m+ / s and m- / s = the half-gaps above and below v, all scaled by 2 (or 4)
    // so they are integers (Burger & Dybvig, table 1).
    big_unsigned r = big_unsigned::from(f), s = big_unsigned::from(1), mp = big_unsigned::from(1);
    if (e >= 0) {
        r.shift_left(e + (unequal_gaps ? 2 : 1));
        s.shift_left(unequal_gaps ? 2 : 1);
        mp.shift_left(e + (unequal_gaps ? 1 : 0));
    } else {
        r.shift_left(unequal_gaps ? 2 : 1);
        s.shift_left(-e + (unequal_gaps ? 2 : 1));
        mp.shift_left(unequal_gaps ? 1 : 0);
    }
    big_unsigned mm = big_unsigned::from(1);
    if (e >= 0) mm.shift_left(e);

    // Scale by 10^-k so that r / s < 1 <= (r + m+) / s * 10 : k = the position of the first
    // digit. Start from a lower bound of log10(v): with the bit length b, v >= 2^(b-1) and
    // (b - 1) * 78913 >> 18 is floor((b - 1) log10 2) or one more (78913 / 2^18 is log10 2 to
    // 8e-7, |b| < 1100); one less than that is a lower bound. Then step up until v's upper
    // boundary falls below 10^k (at most three steps).
    int b = e;
    for (std::uint64_t t = f; t != 0; t >>= 1) ++b;
    int k = (((b - 1) * 78913) >> 18) - 1; // arithmetic shift: floor, also for negative values
    if (k >= 0) s.multiply_by_power_of_10(k);
    else {
        r.multiply_by_power_of_10(-k);
        mp.multiply_by_power_of_10(-k);
        mm.multiply_by_power_of_10(-k);
    }
    for (;;) {
        const int c = compare(r + mp, s);
        if (even ? c < 0 : c <= 0) break;
        s.multiply(10);
        ++k;
    }

    decimal_digits out;
    out.point = k;
    for (;;) {
        r.multiply(10);
        mp.multiply(10);
        mm.multiply(10);
        int d = 0; // r / s < 10
        while (compare(r, s) >= 0) {
            r.subtract(s);
            ++d;
        }
        const int low_c = compare(r, mm), high_c = compare(r + mp, s);
        const bool low = even ? low_c <= 0 : low_c < 0;    // digits so far read back as v
        const bool high = even ? high_c >= 0 : high_c > 0; // digits so far + 1 ulp read back
        if (!low && !high) {
            out.digit[static_cast<std::size_t>(out.count++)] = static_cast<char>('0' + d);
            continue;
        }
        if (low && high) {
            big_unsigned twice_r = r + r;
            const int c = compare(twice_r, s);
            if (c > 0 || (c == 0 && d % 2 == 1)) ++d;
        } else if (high) {
            ++d;
        }
        out.digit[static_cast<std::size_t>(out.count++)] = static_cast<char>('0' + d);
        break;
    }
    return out;
}

// The text of a double: at most 24 characters ("-2.2250738585072014e-308").
using number_text = fixed_string<24>;

constexpr number_text shortest_decimal(double v) {
    number_text out;
    if (is_nan(v)) return out.append("nan");
    if (sign_bit(v)) out.append('-');
    if (!is_finite(v)) return out.append("inf");
    if (v == 0) return out.append('0');
    const decimal_digits dd = shortest_digits(abs_value(v));
    const int exponent = dd.point - 1; // v = d1.d2... * 10^exponent
    if (exponent < -4 || exponent >= 16) {
        out.append(dd.digit[0]);
        if (dd.count > 1) {
            out.append('.');
            for (int i = 1; i < dd.count; ++i) out.append(dd.digit[static_cast<std::size_t>(i)]);
        }
        out.append(exponent < 0 ? "e-" : "e+");
        const int a = exponent < 0 ? -exponent : exponent;
        if (a >= 100) out.append(static_cast<char>('0' + a / 100));
        out.append(static_cast<char>('0' + a / 10 % 10));
        out.append(static_cast<char>('0' + a % 10));
        return out;
    }
    if (dd.point <= 0) {
        out.append("0.");
        for (int i = dd.point; i < 0; ++i) out.append('0');
        for (int i = 0; i < dd.count; ++i) out.append(dd.digit[static_cast<std::size_t>(i)]);
        return out;
    }
    for (int i = 0; i < dd.count || i < dd.point; ++i) {
        if (i == dd.point) out.append('.');
        out.append(i < dd.count ? dd.digit[static_cast<std::size_t>(i)] : '0');
    }
    return out;
}

} // namespace fluxion::detail

#endif
