# kabar_add_test(NAME name SOURCES a_test.cc ... [LIBS extra...] [LABELS l...])
# LABELS defaults to "unit"; give e.g. "integration" for slow tests that need the CLI or data.
# One GoogleTest binary per behaviour group, registered with CTest through gtest_discover_tests.
find_package(GTest REQUIRED)
include(GoogleTest)
# kabar_unit_tests builds every test labelled "unit" and nothing else: the sanitizer build in CI
# builds this target alone (not the CLI, the integration tests or the benchmarks).
add_custom_target(kabar_unit_tests)
function(kabar_add_test)
  cmake_parse_arguments(T "" "NAME" "SOURCES;LIBS;LABELS" ${ARGN})
  if(NOT T_LABELS)
    set(T_LABELS unit)  # unit tests also run under the sanitizers in CI
  endif()
  add_executable(${T_NAME} ${T_SOURCES})
  target_link_libraries(${T_NAME} PRIVATE kabar GTest::gtest GTest::gtest_main ${T_LIBS})
  target_include_directories(${T_NAME} PRIVATE ${PROJECT_SOURCE_DIR}/src ${PROJECT_SOURCE_DIR}/tests)
  target_compile_definitions(${T_NAME} PRIVATE
    KABAR_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    KABAR_SHARED_DIR="${PROJECT_SOURCE_DIR}/../shared")
  if("unit" IN_LIST T_LABELS)
    add_dependencies(kabar_unit_tests ${T_NAME})
  endif()
  gtest_discover_tests(${T_NAME} DISCOVERY_TIMEOUT 60 PROPERTIES LABELS "${T_LABELS}")
endfunction()
