#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include "sql/sqlite_memory.hpp"

// The same SQLite memory setup as the executable (app::run), before any test opens a database.
int main(int argc, char** argv) {
    prepl::sql::configure_sqlite_memory();
    return doctest::Context(argc, argv).run();
}
