// The course examples' one command-line option: `--csv DIR` writes the data of
// the docs' figures into DIR (docs/figures/render.py passes it, then runs
// gnuplot). Without it an example only prints its tables.
#ifndef FLUXION_EXAMPLES_COURSE_CSV_HPP
#define FLUXION_EXAMPLES_COURSE_CSV_HPP

#include <cstdio>
#include <cstring>
#include <string>

namespace course {

/// The DIR of `--csv DIR`, or an empty string.
inline std::string csv_dir(int argc, char** argv) {
    for (int i = 1; i + 1 < argc; ++i)
        if (std::strcmp(argv[i], "--csv") == 0) return argv[i + 1];
    return {};
}

/// A file DIR/name for writing; closes itself.
struct csv_file {
    std::FILE* file;
    csv_file(const std::string& dir, const char* name) : file(std::fopen((dir + "/" + name).c_str(), "w")) {
        if (file == nullptr) std::perror(name);
    }
    ~csv_file() {
        if (file != nullptr) std::fclose(file);
    }
    csv_file(const csv_file&) = delete;
    csv_file& operator=(const csv_file&) = delete;
    explicit operator bool() const { return file != nullptr; }
};

} // namespace course

#endif
