# The suite's `fuzz-build` step (FuzzTests.cmake), run as `cmake -P`: configures and builds this
# folder's project with clang into BINARY, and makes the folders the short runs write to.
#   -DSOURCE=<this folder> -DBINARY=<build folder> -DCXX=<clang++> -DGENERATOR=<generator>
#   -DQT6_DIR=<Qt6_DIR of the main build>
foreach(var SOURCE BINARY CXX GENERATOR)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "build.cmake: -D${var}=... is missing")
    endif()
endforeach()

include(${SOURCE}/targets.cmake)
foreach(name IN LISTS ROSTER_FUZZ_TARGETS)
    # libFuzzer adds what it finds to the first corpus folder: never the committed seeds.
    file(MAKE_DIRECTORY ${BINARY}/corpus/${name})
endforeach()
file(MAKE_DIRECTORY ${BINARY}/artifacts)

execute_process(COMMAND ${CMAKE_COMMAND} -S ${SOURCE} -B ${BINARY} -G ${GENERATOR}
        -DCMAKE_CXX_COMPILER=${CXX} -DQt6_DIR=${QT6_DIR}
    COMMAND_ERROR_IS_FATAL ANY)
execute_process(COMMAND ${CMAKE_COMMAND} --build ${BINARY} --parallel 2 COMMAND_ERROR_IS_FATAL ANY)
