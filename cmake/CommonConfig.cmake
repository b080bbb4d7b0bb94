# One INTERFACE target that carries warnings and Qt hygiene for every target (as qBittorrent does).
add_library(cpd_common INTERFACE)
target_compile_features(cpd_common INTERFACE cxx_std_23)
target_compile_definitions(cpd_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    CPD_VERSION="${PROJECT_VERSION}")
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(cpd_common INTERFACE -Wall -Wextra -Wpedantic $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local>
        -Wnon-virtual-dtor -Woverloaded-virtual -Wno-missing-field-initializers)
endif()
option(CPD_WERROR "Treat warnings as errors" OFF)
if(CPD_WERROR)
    target_compile_options(cpd_common INTERFACE -Werror)
endif()
option(CPD_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(CPD_SANITIZE)
    # Any undefined behaviour fails the test that hit it (no report-and-carry-on).
    target_compile_options(cpd_common INTERFACE -fsanitize=address,undefined -fno-sanitize-recover=undefined
        -fno-omit-frame-pointer)
    target_link_options(cpd_common INTERFACE -fsanitize=address,undefined -fno-sanitize-recover=undefined)
endif()
# libFuzzer targets (tests/fuzz, clang only). Everything is compiled with coverage hooks so one
# clang tree serves both the sanitizer suite and the fuzzers; only the fuzz_* binaries link libFuzzer.
option(CPD_FUZZ "Build the libFuzzer targets in tests/fuzz (clang; use with CPD_SANITIZE)" OFF)
if(CPD_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "CPD_FUZZ needs clang (libFuzzer): configure with -DCMAKE_CXX_COMPILER=clang++-19")
    endif()
    target_compile_options(cpd_common INTERFACE -fsanitize=fuzzer-no-link)
endif()
