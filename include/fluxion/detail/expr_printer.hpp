// fluxion/detail/expr_printer.hpp — the one printer behind to_string and to_latex.
//
// It walks the node vocabulary of fluxion/expr/node.hpp (var, constant, literal, unary, binary),
// classifying operations by their tag's `name` ("+", "-", "*", "/", "pow", "exp", ...), and
// writes into a fixed_string whose capacity print_bound<Latex, E> is computed from the type.
// Parentheses are minimal for reading the text back with the usual rules, and faithful: the text
// reads back as the same tree, so a - (b - c) and a + (b + c) keep theirs, (a - b) - c and
// (a + b) + c do not. The levels, loosest first:
//     sum (+ -)  <  product (* /)  <  negation (prefix -)  <  power (^)  <  atom
// A child is parenthesised when it binds more loosely than its place demands: a left operand
// when its level is below the operator's, a right operand when it is not above it (the
// operators associate to the left), the operand of a negation when it is not above negation,
// the base of a power unless it is an atom. A right operand or an exponent that begins with a
// minus sign is parenthesised as well: a * (-x), a - (-2), not a * -x.
#ifndef FLUXION_DETAIL_EXPR_PRINTER_HPP
#define FLUXION_DETAIL_EXPR_PRINTER_HPP

#include <fluxion/detail/shortest_decimal.hpp>
#include <fluxion/expr/node.hpp>
#include <fluxion/fixed_string.hpp>

#include <cstddef>
#include <string_view>

namespace fluxion::detail::printer {

// Where the text goes: one sink type for every capacity keeps the printer's instantiations
// shared between expressions (f and d(f, x) have most subtrees in common).
using sink = char_sink;

enum print_level : int { level_sum = 1, level_product = 2, level_negation = 3, level_power = 4, level_atom = 5 };

// Operations are told apart by their tags' names: the node vocabulary's contract.
template <class Op> inline constexpr std::string_view op_name = Op::name;
template <class Op> inline constexpr bool is_negation = op_name<Op> == "-";
template <class Op> inline constexpr bool is_infix = op_name<Op> == "+" || op_name<Op> == "-" ||
                                                     op_name<Op> == "*" || op_name<Op> == "/";
template <class Op> inline constexpr bool is_power = op_name<Op> == "pow";

constexpr std::size_t decimal_length(unsigned long long n) { return n < 10 ? 1 : 1 + decimal_length(n / 10); }

constexpr void append_integer(sink& out, long long n) {
    // The magnitude as unsigned: -LLONG_MIN does not fit a long long.
    unsigned long long m = n < 0 ? 0ull - static_cast<unsigned long long>(n) : static_cast<unsigned long long>(n);
    if (n < 0) out.append('-');
    char digits[20] = {};
    int k = 0;
    do {
        digits[k++] = static_cast<char>('0' + m % 10);
        m /= 10;
    } while (m != 0);
    while (k > 0) out.append(digits[--k]);
}

// ---- LaTeX names of the functions ----

// Functions written as operators before their argument: \sin x, \ln(x + 1), \log_{2} x.
constexpr std::string_view latex_operator(std::string_view name) {
    if (name == "log") return "\\ln";
    if (name == "log2") return "\\log_{2}";
    if (name == "log10") return "\\log_{10}";
    if (name == "sin" || name == "cos" || name == "tan" || name == "sinh" || name == "cosh" || name == "tanh")
        return name == "sin" ? "\\sin" : name == "cos" ? "\\cos" : name == "tan" ? "\\tan"
             : name == "sinh" ? "\\sinh" : name == "cosh" ? "\\cosh" : "\\tanh";
    if (name == "asin") return "\\arcsin";
    if (name == "acos") return "\\arccos";
    if (name == "atan") return "\\arctan";
    return {};
}
template <class Op> inline constexpr std::string_view latex_operator_of = latex_operator(op_name<Op>);

// Functions with their own notation: e^{u}, \sqrt{u}, \sqrt[3]{u}, \left|u\right|.
constexpr bool latex_has_notation(std::string_view name) {
    return name == "exp" || name == "sqrt" || name == "cbrt" || name == "abs";
}

// ---- numbers ----

// A literal's text, and whether it is in scientific notation.
struct literal_text {
    number_text text;
    bool scientific;
    bool negative;
};
constexpr literal_text literal_form(double v) {
    const number_text t = shortest_decimal(v);
    bool e = false;
    for (const char c : t.view()) e = e || c == 'e';
    return {t, e, sign_bit(v) && !is_nan(v)};
}

// ---- precedence and leading minus ----

template <bool Latex, std::size_t I> constexpr int level(const var<I>&) { return level_atom; }
template <bool Latex, long long N, long long D> constexpr int level(const constant<N, D>&) {
    if constexpr (D != 1) return Latex ? (N < 0 ? level_negation : level_power) : level_product;
    else return N < 0 ? level_negation : level_atom;
}
template <bool Latex, class T> constexpr int level(const literal<T>& l) {
    const literal_text t = literal_form(static_cast<double>(l.value));
    if (t.negative) return level_negation;
    if (!t.scientific) return level_atom;
    if constexpr (Latex) return t.text.view().substr(0, 2) == "1e" ? level_power : level_product; // 10^{-8}, 1.5 \cdot 10^{-8}
    else return level_power; // 1e-08 is a number, but (1e-08)^x reads better than 1e-08^x
}
template <bool Latex, class Op, class E> constexpr int level(const unary<Op, E>&) {
    if constexpr (is_negation<Op>) return level_negation;
    else if constexpr (Latex && op_name<Op> == "exp") return level_power;
    else if constexpr (Latex && !latex_has_notation(op_name<Op>)) return level_power; // \sin x
    else return level_atom;
}
template <bool Latex, class Op, class L, class R> constexpr int level(const binary<Op, L, R>&) {
    if constexpr (op_name<Op> == "+" || op_name<Op> == "-") return level_sum;
    else if constexpr (op_name<Op> == "*") return level_product;
    else if constexpr (op_name<Op> == "/") return Latex ? level_power : level_product; // \frac{}{} is a block
    else if constexpr (is_power<Op>) return level_power;
    else return level_atom; // atan2(y, x)
}

template <bool Latex, std::size_t I> constexpr bool leads_with_minus(const var<I>&) { return false; }
template <bool Latex, long long N, long long D> constexpr bool leads_with_minus(const constant<N, D>&) { return N < 0; }
template <bool Latex, class T> constexpr bool leads_with_minus(const literal<T>& l) {
    return literal_form(static_cast<double>(l.value)).negative;
}
template <bool Latex, class Op, class E> constexpr bool leads_with_minus(const unary<Op, E>&) { return is_negation<Op>; }
template <bool Latex, class Op, class L, class R> constexpr bool leads_with_minus(const binary<Op, L, R>& b) {
    constexpr bool left_first = is_infix<Op> && !(Latex && op_name<Op> == "/");
    if constexpr (left_first) {
        return level<Latex>(b.left()) >= level<Latex>(b) && leads_with_minus<Latex>(b.left());
    } else {
        return false;
    }
}

// ---- writing ----

template <bool Latex> constexpr void open_paren(sink& out) { out.append(Latex ? "\\left(" : "("); }
template <bool Latex> constexpr void close_paren(sink& out) { out.append(Latex ? "\\right)" : ")"); }

template <bool Latex, class E> constexpr void write(sink& out, const E& e);

template <bool Latex, class E>
constexpr void write_wrapped(sink& out, const E& e, bool parens) {
    if (parens) open_paren<Latex>(out);
    write<Latex>(out, e);
    if (parens) close_paren<Latex>(out);
}

template <bool Latex, std::size_t I>
constexpr void write_node(sink& out, const var<I>&) {
    if constexpr (I < 3) {
        out.append("xyz"[I]);
    } else {
        out.append(Latex ? "x_{" : "x");
        append_integer(out, static_cast<long long>(I));
        if (Latex) out.append('}');
    }
}

template <bool Latex, long long N, long long D>
constexpr void write_node(sink& out, const constant<N, D>&) {
    if constexpr (D == 1) {
        append_integer(out, N);
    } else if constexpr (Latex) {
        if (N < 0) out.append('-');
        out.append("\\frac{");
        append_integer(out, N < 0 ? -N : N);
        out.append("}{");
        append_integer(out, D);
        out.append('}');
    } else {
        append_integer(out, N);
        out.append(" / ");
        append_integer(out, D);
    }
}

template <bool Latex, class T>
constexpr void write_node(sink& out, const literal<T>& l) {
    const literal_text t = literal_form(static_cast<double>(l.value));
    if (!Latex || !t.scientific) {
        out.append(t.text.view());
        return;
    }
    // 1.5e-08 -> 1.5 \cdot 10^{-8}; 1e+20 -> 10^{20}; -1e-08 -> -10^{-8}.
    const std::string_view s = t.text.view();
    const std::size_t e = s.find('e');
    const std::string_view mantissa = s.substr(0, e);
    std::string_view exponent = s.substr(e + 1);
    const bool negative_exponent = exponent[0] == '-';
    exponent.remove_prefix(1);
    while (exponent.size() > 1 && exponent[0] == '0') exponent.remove_prefix(1);
    if (mantissa == "1" || mantissa == "-1") {
        if (mantissa[0] == '-') out.append('-');
    } else {
        out.append(mantissa).append(" \\cdot ");
    }
    out.append("10^{");
    if (negative_exponent) out.append('-');
    out.append(exponent).append('}');
}

// The argument of \sin, \ln, ...: without parentheses when it is one symbol or number.
template <class E> constexpr bool is_simple_argument(const E& e) {
    if constexpr (requires { E::index; }) return true;
    else if constexpr (requires { E::num; }) return E::den == 1 && E::num >= 0;
    else if constexpr (requires { e.value; }) {
        const literal_text t = literal_form(static_cast<double>(e.value));
        return !t.negative && !t.scientific;
    } else return false;
}

template <bool Latex, class Op, class E>
constexpr void write_node(sink& out, const unary<Op, E>& u) {
    constexpr std::string_view name = op_name<Op>;
    if constexpr (is_negation<Op>) {
        out.append('-');
        write_wrapped<Latex>(out, u.arg(), level<Latex>(u.arg()) <= level_negation);
    } else if constexpr (!Latex) {
        out.append(name).append('(');
        write<Latex>(out, u.arg());
        out.append(')');
    } else if constexpr (name == "exp") {
        out.append("e^{");
        write<Latex>(out, u.arg());
        out.append('}');
    } else if constexpr (name == "sqrt" || name == "cbrt") {
        out.append(name == "sqrt" ? "\\sqrt{" : "\\sqrt[3]{");
        write<Latex>(out, u.arg());
        out.append('}');
    } else if constexpr (name == "abs") {
        out.append("\\left|");
        write<Latex>(out, u.arg());
        out.append("\\right|");
    } else {
        constexpr std::string_view op = latex_operator_of<Op>;
        if constexpr (op.empty()) out.append("\\operatorname{").append(name).append('}');
        else out.append(op);
        const bool simple = !op.empty() && is_simple_argument(u.arg());
        if (simple) out.append(' ');
        write_wrapped<Latex>(out, u.arg(), !simple);
    }
}

template <bool Latex, class Op, class L, class R>
constexpr void write_node(sink& out, const binary<Op, L, R>& b) {
    constexpr std::string_view name = op_name<Op>;
    if constexpr (Latex && name == "/") {
        out.append("\\frac{");
        write<Latex>(out, b.left());
        out.append("}{");
        write<Latex>(out, b.right());
        out.append('}');
    } else if constexpr (is_infix<Op>) {
        const int here = level<Latex>(b);
        write_wrapped<Latex>(out, b.left(), level<Latex>(b.left()) < here);
        out.append(' ');
        out.append(Latex && name == "*" ? std::string_view("\\cdot") : name);
        out.append(' ');
        write_wrapped<Latex>(out, b.right(), level<Latex>(b.right()) <= here || leads_with_minus<Latex>(b.right()));
    } else if constexpr (is_power<Op>) {
        // \sin^{2} x for a positive integer power of \sin, \cos, \ln, ... as in textbooks.
        if constexpr (Latex && requires { typename L::argument_type; R::num; }) {
            if constexpr (!is_negation<typename L::op> && !latex_operator_of<typename L::op>.empty() &&
                          R::den == 1 && R::num > 0) {
                const auto f = b.left();
                out.append(latex_operator_of<typename L::op>).append("^{");
                append_integer(out, R::num);
                out.append('}');
                const bool simple = is_simple_argument(f.arg());
                if (simple) out.append(' ');
                write_wrapped<Latex>(out, f.arg(), !simple);
                return;
            }
        }
        write_wrapped<Latex>(out, b.left(), level<Latex>(b.left()) < level_atom || leads_with_minus<Latex>(b.left()));
        if constexpr (Latex) {
            out.append("^{");
            write<Latex>(out, b.right());
            out.append('}');
        } else {
            out.append('^');
            write_wrapped<Latex>(out, b.right(), level<Latex>(b.right()) < level_atom || leads_with_minus<Latex>(b.right()));
        }
    } else {
        if constexpr (Latex) out.append("\\operatorname{").append(name).append("}\\left(");
        else out.append(name).append('(');
        write<Latex>(out, b.left());
        out.append(", ");
        write<Latex>(out, b.right());
        if constexpr (Latex) out.append("\\right)");
        else out.append(')');
    }
}

template <bool Latex, class E>
constexpr void write(sink& out, const E& e) {
    write_node<Latex>(out, e);
}

// ---- capacity: an upper bound of the printed length, from the type alone ----

// Every node may be wrapped in parentheses by its parent: "(" ")" or "\left(" "\right)".
template <bool Latex> inline constexpr std::size_t wrap_length = Latex ? 13 : 2;

// The characters an operation adds around its operands, at most (the writers above).
constexpr std::size_t unary_overhead(bool latex, std::string_view name) {
    if (name == "-") return 1;
    if (!latex) return name.size() + 2;                                   // name(u)
    if (name == "exp") return 3;                                          // e^{u}
    if (name == "sqrt" || name == "cbrt") return 10;                      // \sqrt[3]{u}
    if (name == "abs") return 13;                                         // \left|u\right|
    if (!latex_operator(name).empty()) return latex_operator(name).size() + 13; // \ln\left(u\right)
    return name.size() + 15 + 13;                                         // \operatorname{name}\left(u\right)
}
constexpr std::size_t binary_overhead(bool latex, std::string_view name) {
    if (name == "+" || name == "-") return 3;                             // l + r
    if (name == "*") return latex ? 7 : 3;                                // l \cdot r
    if (name == "/") return latex ? 9 : 3;                                // \frac{l}{r}
    if (name == "pow") return latex ? 3 : 1;                              // l^{r} (\sin^{n} u is shorter)
    return latex ? name.size() + 15 + 6 + 2 + 7 : name.size() + 4;        // name(l, r)
}

template <bool Latex, class E> struct bound_of;
template <bool Latex, std::size_t I> struct bound_of<Latex, var<I>> {
    static constexpr std::size_t value = 4 + decimal_length(I) + wrap_length<Latex>; // x_{I}
};
template <bool Latex, long long N, long long D> struct bound_of<Latex, constant<N, D>> {
    // -\frac{N}{D} or -N / D, 20 digits at most for each part.
    static constexpr std::size_t value = 2 * 20 + 9 + wrap_length<Latex>;
};
template <bool Latex, class T> struct bound_of<Latex, literal<T>> {
    // 24 characters of shortest_decimal; LaTeX replaces "e-308" by " \cdot 10^{-308}".
    static constexpr std::size_t value = (Latex ? 36 : 24) + wrap_length<Latex>;
};
template <bool Latex, class Op, class E> struct bound_of<Latex, unary<Op, E>> {
    static constexpr std::size_t value = bound_of<Latex, E>::value + unary_overhead(Latex, op_name<Op>) + wrap_length<Latex>;
};
template <bool Latex, class Op, class L, class R> struct bound_of<Latex, binary<Op, L, R>> {
    static constexpr std::size_t value = bound_of<Latex, L>::value + bound_of<Latex, R>::value +
                                         binary_overhead(Latex, op_name<Op>) + wrap_length<Latex>;
};

template <bool Latex, class E>
inline constexpr std::size_t print_bound = bound_of<Latex, std::remove_cvref_t<E>>::value;

template <bool Latex, class E>
constexpr auto print(const E& e) {
    fixed_string<print_bound<Latex, E>> text;
    sink out = text.sink();
    write<Latex>(out, e);
    return text;
}

} // namespace fluxion::detail::printer

#endif
