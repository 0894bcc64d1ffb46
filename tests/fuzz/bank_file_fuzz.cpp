// Fuzz target: one problem file through the bank loader and `validate` (bank/bank, grade/
// bank_validator). Input: the file's bytes. It is written into a scratch bank whose datasets/ and
// graders/ are the bundled ones, named after its "id" when that is a plain id (so a well-formed
// file loads as a problem and reaches the validators), then loaded and validated. Invariants:
// nothing crashes or throws; the file either loads as a problem or becomes exactly one load issue.
#include <cctype>
#include <fstream>
#include <string>

#include <nlohmann/json.hpp>

#include "fuzz_support.hpp"
#include "grade/bank_validator.hpp"

using namespace prepl;
namespace fs = std::filesystem;

namespace {
// The scratch bank: DIR/problems/{datasets,graders -> the bundled ones}, problem files in DIR/problems/p/.
const fs::path& bank_dir() {
    static const fs::path dir = [] {
        const fs::path root = fuzz::scratch_dir() / "problems";
        fs::create_directories(root / "p");
        fs::create_directory_symlink(fuzz::source_dir() / "problems" / "datasets", root / "datasets");
        fs::create_directory_symlink(fuzz::source_dir() / "graders", root / "graders");
        return root;
    }();
    return dir;
}

std::string file_stem(std::string_view text) {
    const auto doc = nlohmann::json::parse(text, nullptr, false);
    if (!doc.is_object()) return "fuzzed";
    const auto id = doc.find("id");
    if (id == doc.end() || !id->is_string()) return "fuzzed";
    const std::string& value = id->get_ref<const std::string&>();
    if (value.empty() || value.size() > 64 || value == "schema") return "fuzzed";  // schema.json is skipped
    for (const char c : value)
        if (!std::islower(static_cast<unsigned char>(c)) && !std::isdigit(static_cast<unsigned char>(c)) && c != '-')
            return "fuzzed";
    return value;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size > (64u << 10)) return 0;
    const std::string_view text = fuzz::as_text(data, size);
    const fs::path file = bank_dir() / "p" / (file_stem(text) + ".json");
    {
        std::ofstream out(file, std::ios::binary | std::ios::trunc);
        out.write(text.data(), static_cast<std::streamsize>(text.size()));
    }
    auto bank = bank::load_bank(bank_dir());
    if (!bank) fuzz::fail("the scratch bank did not load: " + bank.error().message);
    if (bank->problems().size() + bank->issues().size() != 1)
        fuzz::fail("one file gave " + std::to_string(bank->problems().size()) + " problems and " +
                   std::to_string(bank->issues().size()) + " issues");
    (void)grade::validate_bank(*bank);
    std::error_code ec;
    fs::remove(file, ec);
    return 0;
}
