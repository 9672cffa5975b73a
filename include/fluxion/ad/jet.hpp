// fluxion/ad/jet.hpp — the second-order Taylor data of a function at a point.
//
// A jet of f at v is (f(v), f'(v), f''(v)). Every differentiation rule in
// fluxion is written once, as the jet of one function (fluxion/ad/rules.hpp),
// and every automatic-differentiation number applies a jet the same way, by
// the chain rule (dual.hpp, hyper_dual.hpp). For f of two arguments the jet
// holds the gradient and the Hessian: (f, f_x, f_y, f_xx, f_xy, f_yy).
//
//     jet<double>{e, e, e}        // exp at any point: f = f' = f'' = e^v
#ifndef FLUXION_AD_JET_HPP
#define FLUXION_AD_JET_HPP

namespace fluxion {

template <class T>
struct jet {
    T f;   // f(v)
    T df;  // f'(v)
    T d2f; // f''(v)
};

template <class T>
struct jet2 {
    T f;
    T fx, fy;        // gradient
    T fxx, fxy, fyy; // Hessian
};

} // namespace fluxion

#endif
