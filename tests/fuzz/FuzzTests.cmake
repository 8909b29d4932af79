# The fuzz targets (this folder) in the suite, when clang and its libFuzzer runtime are installed
# (Debian: clang-14 libclang-rt-14-dev, which packaging/deps.sh installs): `fuzz-build` builds
# them with clang into fuzz/ of the tests' build folder, then each `fuzz-<name>` runs one target
# from its committed seeds for ROSTER_FUZZ_SECONDS. Without that clang the tests are not added.
# Label `fuzz`: `ctest -L fuzz` runs only them, `ctest -LE fuzz` all but them.
include(${CMAKE_CURRENT_LIST_DIR}/targets.cmake)

set(ROSTER_FUZZ_SECONDS 10 CACHE STRING "How long the suite runs each fuzz target, in seconds")
find_program(ROSTER_FUZZ_CXX NAMES clang++-14 clang++ DOC "The clang that builds the fuzz targets")
set(_runtime "")
if(ROSTER_FUZZ_CXX)
    execute_process(COMMAND ${ROSTER_FUZZ_CXX} -print-file-name=libclang_rt.fuzzer-${CMAKE_SYSTEM_PROCESSOR}.a
        OUTPUT_VARIABLE _runtime OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
endif()
if(NOT IS_ABSOLUTE "${_runtime}" OR NOT EXISTS "${_runtime}")
    message(STATUS "Fuzz tests not added: no clang with libFuzzer's runtime (clang-14, libclang-rt-14-dev)")
    return()
endif()
message(STATUS "Fuzz tests: ${ROSTER_FUZZ_CXX}, ${ROSTER_FUZZ_SECONDS} s per target")

set(_source ${CMAKE_CURRENT_LIST_DIR})
set(_binary ${CMAKE_CURRENT_BINARY_DIR}/fuzz)
add_test(NAME fuzz-build COMMAND ${CMAKE_COMMAND} -DSOURCE=${_source} -DBINARY=${_binary}
    -DCXX=${ROSTER_FUZZ_CXX} -DGENERATOR=${CMAKE_GENERATOR} -DQT6_DIR=${Qt6_DIR} -P ${_source}/build.cmake)
set_tests_properties(fuzz-build PROPERTIES FIXTURES_SETUP fuzz LABELS fuzz TIMEOUT 900)

math(EXPR _timeout "${ROSTER_FUZZ_SECONDS} + 120")
foreach(name IN LISTS ROSTER_FUZZ_TARGETS)
    # New inputs go to the build folder's corpus, the seeds are only read; a crash is kept as
    # fuzz/artifacts/<name>-crash-<sha1> (README.md: how to run it again).
    add_test(NAME fuzz-${name} COMMAND ${_binary}/fuzz_${name}
        -max_total_time=${ROSTER_FUZZ_SECONDS} -max_len=4096 -timeout=10 -print_final_stats=1
        -dict=${_source}/json.dict -artifact_prefix=${_binary}/artifacts/${name}-
        ${_binary}/corpus/${name} ${_source}/corpus/${name})
    set_tests_properties(fuzz-${name} PROPERTIES FIXTURES_REQUIRED fuzz LABELS fuzz TIMEOUT ${_timeout})
endforeach()
