# Every third-party library kabar uses comes from Debian 12's apt (scripts/setup.sh installs them).
# README.md says why each one was chosen.
find_package(PkgConfig REQUIRED)
find_package(Threads REQUIRED)
find_package(ZLIB REQUIRED)
find_package(ICU REQUIRED COMPONENTS uc i18n)
find_package(nlohmann_json 3.10 REQUIRED)
find_package(CLI11 REQUIRED)
pkg_check_modules(RE2 REQUIRED IMPORTED_TARGET re2)
pkg_check_modules(SQLITE3 REQUIRED IMPORTED_TARGET sqlite3)
pkg_check_modules(GUMBO REQUIRED IMPORTED_TARGET gumbo)
pkg_check_modules(XXHASH REQUIRED IMPORTED_TARGET libxxhash)
pkg_check_modules(LIBDEFLATE REQUIRED IMPORTED_TARGET libdeflate)

# CLD2 ships no CMake or pkg-config file; it installs headers under cld2/public.
find_path(CLD2_INCLUDE_DIR NAMES cld2/public/compact_lang_det.h REQUIRED)
find_library(CLD2_LIBRARY NAMES cld2 REQUIRED)
add_library(kabar_cld2 INTERFACE)
target_include_directories(kabar_cld2 INTERFACE ${CLD2_INCLUDE_DIR})
target_link_libraries(kabar_cld2 INTERFACE ${CLD2_LIBRARY})

# libstemmer: Snowball stemmers (Indonesian, English), no pkg-config file either.
find_path(STEMMER_INCLUDE_DIR NAMES libstemmer.h REQUIRED)
find_library(STEMMER_LIBRARY NAMES stemmer REQUIRED)
add_library(kabar_stemmer INTERFACE)
target_include_directories(kabar_stemmer INTERFACE ${STEMMER_INCLUDE_DIR})
target_link_libraries(kabar_stemmer INTERFACE ${STEMMER_LIBRARY})

# cpp-httplib: Debian builds it as a shared library; its pkg-config file carries the defines
# (OpenSSL, zlib, brotli support) the header must see to match that library.
pkg_check_modules(HTTPLIB REQUIRED IMPORTED_TARGET cpp-httplib)
