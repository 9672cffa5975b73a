// fuzz/input.hpp — reading a libFuzzer input as numbers, and failing loudly.
//
// libFuzzer hands each target a byte string; `bytes` turns it into doubles,
// small integers and choices. Reads past the end give zeros, so every input
// is valid and a short input is just a simple case. `require` prints what was
// violated and aborts: libFuzzer then saves the input as a crash file that
// reproduces the finding (`./fuzz_<target> crash-<hash>`).
#ifndef FLUXION_FUZZ_INPUT_HPP
#define FLUXION_FUZZ_INPUT_HPP

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace fluxion_fuzz {

class bytes {
public:
    bytes(const std::uint8_t* data, std::size_t size) : data_(data), size_(size) {}

    std::size_t left() const { return size_ - pos_; }

    std::uint64_t u64() {
        std::uint64_t v = 0;
        const std::size_t n = left() < 8 ? left() : 8;
        std::memcpy(&v, data_ + pos_, n);
        pos_ += n;
        return v;
    }
    std::uint8_t u8() { return left() ? data_[pos_++] : 0; }
    // Any double: every bit pattern, NaNs, infinities and subnormals included.
    double any_double() {
        const std::uint64_t b = u64();
        double d;
        std::memcpy(&d, &b, sizeof d);
        return d;
    }
    float any_float() {
        const std::uint32_t b = static_cast<std::uint32_t>(u64());
        float f;
        std::memcpy(&f, &b, sizeof f);
        return f;
    }
    // A value in [lo, hi] from 16 bits: for coefficients and starting points
    // of the "smooth function" targets, where any bit pattern would mostly be
    // astronomically large.
    double in(double lo, double hi) {
        const unsigned v = static_cast<unsigned>(u8()) | static_cast<unsigned>(u8()) << 8;
        return lo + (hi - lo) * (static_cast<double>(v) / 65535.0);
    }
    // One of n choices.
    unsigned choice(unsigned n) { return u8() % n; }

private:
    const std::uint8_t* data_;
    std::size_t size_;
    std::size_t pos_ = 0;
};

[[noreturn]] inline void fail(const char* what) {
    std::fprintf(stderr, "fluxion fuzz: property violated: %s\n", what);
    std::abort();
}

#define FLUXION_FUZZ_REQUIRE(cond, ...)                                                  \
    do {                                                                                 \
        if (!(cond)) {                                                                   \
            std::fprintf(stderr, "%s:%d: %s\n  ", __FILE__, __LINE__, #cond);          \
            std::fprintf(stderr, __VA_ARGS__);                                           \
            std::fprintf(stderr, "\n");                                                  \
            ::fluxion_fuzz::fail(#cond);                                                 \
        }                                                                                \
    } while (0)

} // namespace fluxion_fuzz

#endif
