// fluxion/fluxion.hpp — everything fluxion offers, in one include.
//
// fluxion does calculus and Newton's method at compile time. Finer headers:
// <fluxion/math.hpp> (constexpr math), and one header per function under
// <fluxion/math/>.
#ifndef FLUXION_FLUXION_HPP
#define FLUXION_FLUXION_HPP

#include <fluxion/math.hpp>

#endif
