#include "app/run.hpp"

int main(int argc, char** argv) { return prepl::app::run(argc, argv); }
