// Benchmark (not a test): in-process time to load a bank folder, median of several runs.
// usage: prepl_bench_load BANK_DIR [RUNS]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "bank/bank.hpp"

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s BANK_DIR [RUNS]\n", argv[0]);
        return 2;
    }
    const int runs = argc > 2 ? std::atoi(argv[2]) : 7;
    std::vector<double> ms;
    std::size_t problems = 0, issues = 0;
    for (int i = 0; i < runs; ++i) {
        const auto start = std::chrono::steady_clock::now();
        auto bank = prepl::bank::load_bank(argv[1]);
        const auto stop = std::chrono::steady_clock::now();
        if (!bank) {
            std::fprintf(stderr, "%s\n", bank.error().message.c_str());
            return 1;
        }
        problems = bank->problems().size();
        issues = bank->issues().size();
        ms.push_back(std::chrono::duration<double, std::milli>(stop - start).count());
    }
    std::sort(ms.begin(), ms.end());
    std::printf("%zu problems (%zu issues) loaded in %.1f ms (median of %d; min %.1f, max %.1f)\n", problems, issues,
                ms[ms.size() / 2], runs, ms.front(), ms.back());
    return 0;
}
