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
    target_compile_options(cpd_common INTERFACE -Wall -Wextra -Wpedantic -Wshadow=local
        -Wnon-virtual-dtor -Woverloaded-virtual -Wno-missing-field-initializers)
endif()
option(CPD_WERROR "Treat warnings as errors" OFF)
if(CPD_WERROR)
    target_compile_options(cpd_common INTERFACE -Werror)
endif()
option(CPD_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(CPD_SANITIZE)
    target_compile_options(cpd_common INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(cpd_common INTERFACE -fsanitize=address,undefined)
endif()
