// fluxion/ad/jet.hpp — the second-order Taylor data of a function at a point.
//
// A jet of f at v is (f(v), f'(v), f''(v)). Every differentiation rule in
// fluxion is written once, as the jet of one function (fluxion/ad/rules.hpp),
// and every automatic-differentiation number applies a jet the same way, by
// the chain rule (dual.hpp, hyper_dual.hpp). For f of two arguments the jet
// holds the gradient and the Hessian: (f, f_x, f_y, f_xx, f_xy, f_yy).
//
//     jet<double>{e, e, e}        // exp at any point: f = f' = f'' = e^v
//
// A scaled jet stores f' and f'' times powers of two, f' = df 2^e and
// f'' = d2f 2^(2e), for the rules whose f' or f'' can leave the floating-point
// range while the chain rule's products f' x' and f'' x1 x2 stay inside it
// (see fluxion/ad/scaled_chain.hpp).
//
//     scaled_jet<double>{f, 1.0, -1.0, -800}  // log at v = 2^800: f' = 2^-800, f'' = -2^-1600
#ifndef FLUXION_AD_JET_HPP
#define FLUXION_AD_JET_HPP

namespace fluxion {

template <class T>
struct jet {
    T f;   // f(v)
    T df;  // f'(v)
    T d2f; // f''(v)
};

// f'(v) = df 2^e, f''(v) = d2f 2^(2e); e = 0 is an ordinary jet. One exponent
// for both, applied once per first-order factor of the chain rule:
// f' x1 = (df x1) 2^e and f'' x1 x2 = (d2f x1 2^e)(x2 2^e), so the second
// term is representable whenever x1 / v and x2 / v are (log: f'' x1 x2 =
// -(x1 / v)(x2 / v)), even where f'' = -1 / v^2 alone is not.
template <class T>
struct scaled_jet {
    T f;
    T df;
    T d2f;
    int e; // the power of two, usually 0
};

template <class T>
struct jet2 {
    T f;
    T fx, fy;        // gradient
    T fxx, fxy, fyy; // Hessian
};

// The same for two arguments: gradient (fx, fy) 2^e, Hessian (fxx, fxy, fyy) 2^(2e).
template <class T>
struct scaled_jet2 {
    T f;
    T fx, fy;
    T fxx, fxy, fyy;
    int e;
};

} // namespace fluxion

#endif
