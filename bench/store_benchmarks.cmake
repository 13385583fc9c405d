# Store, dedup and clustering benchmarks (issue 4); see bench/README.md.
add_executable(ecbplus_bench ${CMAKE_CURRENT_LIST_DIR}/ecbplus_bench.cc)
target_link_libraries(ecbplus_bench PRIVATE kabar nlohmann_json::nlohmann_json kabar_warnings)
target_compile_definitions(ecbplus_bench PRIVATE KABAR_SHARED_DIR="${PROJECT_SOURCE_DIR}/../shared")

add_executable(store_bench ${CMAKE_CURRENT_LIST_DIR}/store_bench.cc)
target_include_directories(store_bench PRIVATE ${CMAKE_CURRENT_LIST_DIR})
target_link_libraries(store_bench PRIVATE kabar kabar_warnings)
