// Worked example 5 (../shared/worked-examples.md): Newton's iterates for
// f = x^4 + 0.8 y^4 + 4x^2 + 2y^2 - xy - 0.2 x^2 y from (4, 4), as the
// course material lists them (6 significant digits; x8 "about (4.2e-17,
// -2.0e-17)"), and the same iterates computed by hand in plain double
// (hand-derived gradient and Hessian, the 2 x 2 system by Cramer's rule),
// independent of fluxion's dual numbers. Shared by the compile-time and
// run-time tests.
#ifndef FLUXION_TESTS_SUPPORT_SECTION_5_HPP
#define FLUXION_TESTS_SUPPORT_SECTION_5_HPP

#include <array>
#include <cstddef>

namespace section_5 {

inline constexpr double listed[9][2] = {{4, 4},
                                        {2.58274, 2.62129},
                                        {1.59226, 1.67482},
                                        {0.870589, 1.00182},
                                        {0.335194, 0.493976},
                                        {0.0412359, 0.125459},
                                        {1.94664e-4, 3.01029e-3},
                                        {-2.48536e-8, 3.55365e-8},
                                        {4.2e-17, -2.0e-17}};

/// x_0 ... x_8 by hand.
inline std::array<std::array<double, 2>, 9> by_hand() {
    std::array<std::array<double, 2>, 9> xs{};
    double x = 4, y = 4;
    xs[0] = {x, y};
    for (std::size_t k = 1; k <= 8; ++k) {
        const double gx = 4 * x * x * x + 8 * x - y - 0.4 * x * y, gy = 3.2 * y * y * y + 4 * y - x - 0.2 * x * x;
        const double a = 12 * x * x + 8 - 0.4 * y, b = -1 - 0.4 * x, d = 9.6 * y * y + 4;
        const double det = a * d - b * b;
        x -= (d * gx - b * gy) / det;
        y -= (a * gy - b * gx) / det;
        xs[k] = {x, y};
    }
    return xs;
}

} // namespace section_5

#endif
