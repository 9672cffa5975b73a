// Compile-time suite for printing: fixed_string, the shortest decimal of a double, to_string and
// to_latex of the worked examples' functions and of their symbolic derivatives, the parenthesis
// rules. The expected texts are the textbook forms, written by hand from the mathematics (the
// worked examples' derivatives, sections 2, 4, 5 and 7); the number table's
// expected texts are the literals the compiler itself parsed to get the double.
#include <fluxion/detail/shortest_decimal.hpp>
#include <fluxion/expr.hpp>
#include <fluxion/fixed_string.hpp>

#include <string_view>

using namespace fluxion;
using fluxion::detail::shortest_decimal;

// ---- fixed_string ----
static_assert(fixed_string<8>{"exp"}.append("(x)") == "exp(x)");
static_assert(fixed_string<8>{"exp"}.append("(x)").size() == 6);
static_assert(fixed_string{"abc"}.capacity() == 3);
static_assert(fixed_string<4>{"ab"} == fixed_string<9>{"ab"});
static_assert(fixed_string<4>{"ab"} != "abc" && "ab" == fixed_string<4>{"ab"});
static_assert(fixed_string<4>{}.empty() && !fixed_string<4>{"a"}.truncated());
static_assert(fixed_string<4>{"ab"}.view() == std::string_view("ab") && fixed_string<4>{"ab"}.c_str()[2] == '\0');

// ---- the shortest decimal that reads back as the same double ----
// Each expected text, read by the compiler as a literal, is the argument: the round trip holds.
#define FLUXION_ROUND_TRIP(text, literal) static_assert(shortest_decimal(literal) == text)
FLUXION_ROUND_TRIP("0.8", 0.8);
FLUXION_ROUND_TRIP("0.1", 0.1);
FLUXION_ROUND_TRIP("0.3", 0.3);
FLUXION_ROUND_TRIP("2", 2.0);
FLUXION_ROUND_TRIP("-2", -2.0);
FLUXION_ROUND_TRIP("15", 15.0);
FLUXION_ROUND_TRIP("1234.5", 1234.5);
FLUXION_ROUND_TRIP("0.0001", 0.0001);
FLUXION_ROUND_TRIP("1e-05", 0.00001);
FLUXION_ROUND_TRIP("1e-08", 1e-8);
FLUXION_ROUND_TRIP("1.5e-07", 1.5e-7);
FLUXION_ROUND_TRIP("1000000000000000", 1e15);
FLUXION_ROUND_TRIP("1e+16", 1e16);
FLUXION_ROUND_TRIP("1e+23", 1e23);
FLUXION_ROUND_TRIP("0.5671432904097838", 0.5671432904097838);
FLUXION_ROUND_TRIP("0.011111111111111112", 0.011111111111111112);
FLUXION_ROUND_TRIP("9007199254740992", 9007199254740992.0);
FLUXION_ROUND_TRIP("1.7976931348623157e+308", 1.7976931348623157e308);
FLUXION_ROUND_TRIP("2.2250738585072014e-308", 2.2250738585072014e-308);
FLUXION_ROUND_TRIP("5e-324", 4.9406564584124654e-324);
FLUXION_ROUND_TRIP("-0", -0.0);
#undef FLUXION_ROUND_TRIP
// Arithmetic results print as what they are, not what was meant: 0.1 + 0.2 is not 0.3.
static_assert(shortest_decimal(0.1 + 0.2) == "0.30000000000000004");
static_assert(shortest_decimal(1.0 / 90) == "0.011111111111111112");
static_assert(shortest_decimal(std::numeric_limits<double>::infinity()) == "inf");
static_assert(shortest_decimal(std::numeric_limits<double>::quiet_NaN()) == "nan");

// ---- worked example 2: g(x) = e^x - log(x), g' = e^x - 1/x, g'' = e^x + 1/x^2 ----
constexpr auto g = exp(x) - log(x);
static_assert(to_string(g) == "exp(x) - log(x)");
static_assert(to_latex(g) == "e^{x} - \\ln x");
static_assert(to_string(d(g, x)) == "exp(x) - 1 / x");
static_assert(to_latex(d(g, x)) == "e^{x} - \\frac{1}{x}");
static_assert(to_string(d(d(g, x), x)) == "exp(x) + 1 / x^2");
static_assert(to_latex(d(d(g, x), x)) == "e^{x} + \\frac{1}{x^{2}}");

// ---- worked example 4: three quadratics, their gradients and Hessians ----
constexpr auto f4 = 2_c * pow(x, 2_c) + 3_c * pow(y, 2_c) - x * y;
static_assert(to_string(f4) == "2 * x^2 + 3 * y^2 - x * y");
static_assert(to_latex(f4) == "2 \\cdot x^{2} + 3 \\cdot y^{2} - x \\cdot y");
static_assert(to_string(d(f4, x)) == "4 * x - y" && to_string(d(f4, y)) == "6 * y - x");
static_assert(to_string(d(d(f4, x), x)) == "4" && to_string(d(d(f4, x), y)) == "-1" && to_string(d(d(f4, y), y)) == "6");
constexpr auto f4_max = -2_c * pow(x, 2_c) - 3_c * pow(y, 2_c) - x * y + 15_c;
static_assert(to_string(f4_max) == "-2 * x^2 - 3 * y^2 - x * y + 15");
static_assert(to_string(d(f4_max, x)) == "-4 * x - y" && to_string(d(f4_max, y)) == "-6 * y - x");
constexpr auto f4_saddle = 2_c * pow(x, 2_c) - 2_c * pow(y, 2_c);
static_assert(to_string(d(f4_saddle, x)) == "4 * x" && to_string(d(f4_saddle, y)) == "-4 * y");
static_assert(to_latex(d(f4_saddle, y)) == "-4 \\cdot y");
// The same function written with products: printed as written.
static_assert(to_string(2 * x * x + 3 * y * y - x * y) == "2 * x * x + 3 * y * y - x * y");

// ---- worked example 5: x^4 + 0.8 y^4 + 4x^2 + 2y^2 - xy - 0.2 x^2 y ----
// Exact coefficients (0.8_c is the rational 4/5) print as fractions; run-time ones as decimals.
constexpr auto f5 = pow(x, 4_c) + 0.8_c * pow(y, 4_c) + 4_c * pow(x, 2_c) + 2_c * pow(y, 2_c) - x * y -
                    0.2_c * pow(x, 2_c) * y;
static_assert(to_string(f5) == "x^4 + 4 / 5 * y^4 + 4 * x^2 + 2 * y^2 - x * y - 1 / 5 * (x^2 * y)");
// grad f = (4x^3 + 8x - y - 0.4xy, 3.2y^3 + 4y - x - 0.2x^2)
static_assert(to_string(d(f5, x)) == "4 * x^3 + 8 * x - y - 2 / 5 * (x * y)");
static_assert(to_string(d(f5, y)) == "16 / 5 * y^3 + 4 * y - x - 1 / 5 * x^2");
// H = [[12x^2 + 8 - 0.4y, -1 - 0.4x], [-1 - 0.4x, 9.6y^2 + 4]]
static_assert(to_string(d(d(f5, x), x)) == "12 * x^2 + 8 - 2 / 5 * y");
static_assert(to_string(d(d(f5, x), y)) == "-1 - 2 / 5 * x");
static_assert(to_string(d(d(f5, y), y)) == "48 / 5 * y^2 + 4");
static_assert(to_latex(d(d(f5, y), y)) == "\\frac{48}{5} \\cdot y^{2} + 4");
constexpr auto f5_runtime = pow(x, 4_c) + 0.8 * pow(y, 4_c) + 4 * pow(x, 2_c) + 2 * pow(y, 2_c) - x * y -
                            0.2 * pow(x, 2_c) * y;
static_assert(to_string(f5_runtime) == "x^4 + 0.8 * y^4 + 4 * x^2 + 2 * y^2 - x * y - 0.2 * x^2 * y");
static_assert(to_latex(f5_runtime) ==
              "x^{4} + 0.8 \\cdot y^{4} + 4 \\cdot x^{2} + 2 \\cdot y^{2} - x \\cdot y - 0.2 \\cdot x^{2} \\cdot y");

// ---- worked example 7: 85 - (1/90) x^2 (x - 6) y^2 (y - 6) ----
constexpr auto f7 = 85_c - 1_c / 90_c * pow(x, 2_c) * (x - 6_c) * pow(y, 2_c) * (y - 6_c);
static_assert(to_string(f7) == "85 - 1 / 90 * (x^2 * (x - 6) * y^2 * (y - 6))");
static_assert(to_latex(f7) ==
              "85 - \\frac{1}{90} \\cdot \\left(x^{2} \\cdot \\left(x - 6\\right) \\cdot y^{2} \\cdot \\left(y - 6\\right)\\right)");
// df/dx = -(1/90)(3x^2 - 12x) y^2 (y - 6), with 3x^2 - 12x left as the product rule gives it.
static_assert(to_string(d(f7, x)) == "-1 / 90 * ((2 * (x * (x - 6)) + x^2) * y^2 * (y - 6))");

// ---- the function: exp(x) / sqrt(sin^3 x + cos^3 x) and its derivatives ----
constexpr auto h = exp(x) / sqrt(pow(sin(x), 3_c) + pow(cos(x), 3_c));
static_assert(to_string(h) == "exp(x) / sqrt(sin(x)^3 + cos(x)^3)");
static_assert(to_latex(h) == "\\frac{e^{x}}{\\sqrt{\\sin^{3} x + \\cos^{3} x}}");
static_assert(to_string(d(h, x)) ==
              "(exp(x) * sqrt(sin(x)^3 + cos(x)^3) - exp(x) * ((3 * (cos(x) * sin(x)^2) - 3 * (sin(x) * cos(x)^2)) / "
              "(2 * sqrt(sin(x)^3 + cos(x)^3)))) / sqrt(sin(x)^3 + cos(x)^3)^2");
// The second derivative prints at 900 characters (1512 in LaTeX), recorded in docs/printing.md.
constexpr auto h2 = d(d(h, x), x);
static_assert(to_string(h2).size() == 900 && !to_string(h2).truncated());
static_assert(to_latex(h2).size() == 1512);
static_assert(decltype(to_string(h2))::capacity() == 4886 && decltype(to_latex(h2))::capacity() == 9556);

// ---- type-level identities of the issue, as printed ----
static_assert(to_string(d(exp(sin(x)), x)) == "cos(x) * exp(sin(x))");
static_assert(to_latex(d(exp(sin(x)), x)) == "\\cos x \\cdot e^{\\sin x}");
static_assert(to_string(d(d(d(d(sin(x), x), x), x), x)) == "sin(x)");
static_assert(to_string(pow(pow(x, 2_c), 2_c)) == "x^4");
static_assert(to_string(sin(x) / sin(x)) == "1");

// ---- parentheses: minimal, and faithful to the tree ----
static_assert(to_string(x - (y - z)) == "x - (y - z)");
static_assert(to_string((x - y) - z) == "x - y - z");
static_assert(to_string(x / (y * z)) == "x / (y * z)");
static_assert(to_string(x * y / z) == "x * y / z");
static_assert(to_string(-(x * y)) == "-(x * y)");
static_assert(to_string(pow(-x, 2_c)) == "(-x)^2");
static_assert(to_string(-pow(x, 2_c)) == "-x^2");
static_assert(to_string(pow(x + 1_c, 2_c)) == "(x + 1)^2");
static_assert(to_string(pow(x, 0.5_c)) == "x^(1 / 2)" && to_latex(pow(x, 0.5_c)) == "x^{\\frac{1}{2}}");
static_assert(to_string(pow(x, -1_c)) == "x^(-1)" && to_latex(pow(x, -1_c)) == "x^{-1}");
static_assert(to_string(x + (-2.0)) == "x + (-2)");
static_assert(to_string(exp(-x)) == "exp(-x)" && to_latex(exp(-x)) == "e^{-x}");

// ---- LaTeX notation ----
static_assert(to_latex(sin(x)) == "\\sin x" && to_latex(sin(x + 1_c)) == "\\sin\\left(x + 1\\right)");
static_assert(to_latex(sqrt(x + 1_c)) == "\\sqrt{x + 1}" && to_latex(cbrt(x)) == "\\sqrt[3]{x}");
static_assert(to_latex(abs(x)) == "\\left|x\\right|" && to_latex(pow(sin(x), 2_c)) == "\\sin^{2} x");
static_assert(to_latex(log(x) / log(y)) == "\\frac{\\ln x}{\\ln y}" && to_latex(log2(x)) == "\\log_{2} x");
static_assert(to_latex(asin(x)) == "\\arcsin x" && to_latex(atan2(y, x)) == "\\operatorname{atan2}\\left(y, x\\right)");
static_assert(to_latex(1e-8 * x) == "10^{-8} \\cdot x" && to_latex(1.5e-8 * x) == "1.5 \\cdot 10^{-8} \\cdot x");
static_assert(to_latex(d(tanh(x), x)) == "\\frac{1}{\\cosh^{2} x}");

// ---- variables beyond z ----
static_assert(to_string(var<3>{} * var<12>{}) == "x3 * x12" && to_latex(var<3>{} * var<12>{}) == "x_{3} \\cdot x_{12}");

int main() {}
