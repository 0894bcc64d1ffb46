#include "app/run.hpp"

#include <cstdio>

namespace prepl::app {

int run(int, char**) {
    std::puts("prepl: not yet wired");
    return 0;
}

}  // namespace prepl::app
