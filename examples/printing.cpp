// Printing: an expression and its derivatives as text and as LaTeX, in a constant expression
// (static_assert) and on a stream. The program checks what it prints.
#include <fluxion/fluxion.hpp>

#include <iostream>
#include <sstream>

using namespace fluxion;

constexpr auto g = exp(x) - log(x);
static_assert(to_string(d(g, x)) == "exp(x) - 1 / x");
static_assert(to_latex(d(g, x)) == "e^{x} - \\frac{1}{x}");

int main() {
    std::ostringstream out;
    out << "g   = " << g << '\n'
        << "g'  = " << d(g, x) << '\n'
        << "g'' = " << d(d(g, x), x) << '\n'
        << "LaTeX: " << to_latex(d(d(g, x), x)) << '\n';
    std::cout << out.str();
    return out.str() == "g   = exp(x) - log(x)\n"
                        "g'  = exp(x) - 1 / x\n"
                        "g'' = exp(x) + 1 / x^2\n"
                        "LaTeX: e^{x} + \\frac{1}{x^{2}}\n"
               ? 0 : 1;
}
