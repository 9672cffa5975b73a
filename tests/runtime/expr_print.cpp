// Run-time suite for printing: the constexpr shortest decimal against std::to_chars (character
// for character) and strtod (round trip) on 100,000 random doubles of every magnitude and on the
// special values; fixed_string's stream output.
#define BOOST_TEST_MODULE expr_print
#include <boost/test/unit_test.hpp>

#include <fluxion/detail/shortest_decimal.hpp>
#include <fluxion/fixed_string.hpp>

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <random>
#include <sstream>
#include <string>
#include <vector>

namespace {

// The documented layout, built from std::to_chars: scientific when the decimal exponent is below
// -4 or at least 16, else fixed (to_chars's shortest fixed form prints 2.0 as "2").
std::string reference(double v) {
    char buf[64];
    auto sci = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific);
    std::string s(buf, sci.ptr);
    if (!std::isfinite(v) || v == 0) {
        auto fix = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed);
        return std::string(buf, fix.ptr);
    }
    const int exponent = std::stoi(s.substr(s.find('e') + 1));
    if (exponent < -4 || exponent >= 16) return s;
    auto fix = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed);
    return std::string(buf, fix.ptr);
}

double from_bits(std::uint64_t b) {
    double v;
    std::memcpy(&v, &b, sizeof v);
    return v;
}

void check(double v) {
    const auto got = fluxion::detail::shortest_decimal(v);
    BOOST_TEST(!got.truncated());
    BOOST_TEST(std::string(got.view()) == reference(v), "for " << std::hexfloat << v);
    if (std::isfinite(v)) {
        const double back = std::strtod(got.c_str(), nullptr);
        BOOST_TEST(std::memcmp(&back, &v, sizeof v) == 0, "round trip of " << got.c_str());
    }
}

} // namespace

BOOST_AUTO_TEST_CASE(special_values) {
    const double lim_max = std::numeric_limits<double>::max();
    const double lim_min = std::numeric_limits<double>::min();
    const double denorm = std::numeric_limits<double>::denorm_min();
    std::vector<double> values = {0.0, -0.0, 1.0, -1.0, 2.0, 0.5, 0.8, 0.1, 0.2, 0.3, 1.0 / 3, 1.0 / 90,
                                  1e-5, 1e-4, 9.999999999999999e-5, 1e15, 1e16, 9999999999999998.0,
                                  1e21, 1e22, 1e23, 5e-324, lim_max, lim_min, denorm,
                                  std::nextafter(lim_min, 0.0), std::nextafter(1.0, 2.0),
                                  std::nextafter(1.0, 0.0), 9007199254740992.0, 9007199254740994.0,
                                  std::numeric_limits<double>::infinity(),
                                  -std::numeric_limits<double>::infinity()};
    for (int k = -1074; k <= 1023; ++k) values.push_back(std::ldexp(1.0, k)); // unequal gaps
    for (int k = -323; k <= 308; ++k) values.push_back(std::strtod(("1e" + std::to_string(k)).c_str(), nullptr));
    for (const double v : values) {
        check(v);
        check(-v);
    }
    BOOST_TEST(std::string(fluxion::detail::shortest_decimal(std::numeric_limits<double>::quiet_NaN()).view()) == "nan");
}

BOOST_AUTO_TEST_CASE(random_doubles) {
    std::mt19937_64 gen(20261124);
    for (int i = 0; i < 50000; ++i) { // every bit pattern equally likely: mostly huge or tiny
        const double v = from_bits(gen());
        if (!std::isnan(v)) check(v);
    }
    for (int i = 0; i < 50000; ++i) { // the magnitudes expressions hold: 2^-40 .. 2^40, 1..53 bits
        const int bits = 1 + static_cast<int>(gen() % 53);
        const double m = static_cast<double>(gen() >> (64 - bits));
        check(std::ldexp(m, static_cast<int>(gen() % 80) - 40 - bits));
    }
}

BOOST_AUTO_TEST_CASE(fixed_string_streams_and_truncates) {
    std::ostringstream os;
    os << fluxion::fixed_string<16>{"exp(x) - 1 / x"};
    BOOST_TEST(os.str() == "exp(x) - 1 / x");
    fluxion::fixed_string<4> s;
    s.append("abc").append("de"); // past the capacity at run time: truncated, flagged
    BOOST_TEST(s.view() == "abcd");
    BOOST_TEST(s.truncated());
}
