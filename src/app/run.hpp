#pragma once

namespace prepl::app {

// The whole program: parses arguments, runs one command, returns the process exit code
// (0 accepted/ok, 1 rejected, 2 usage or input error, 3 internal error).
int run(int argc, char** argv);

}  // namespace prepl::app
