# ui/help: the guide's pages and the About box's licence texts compiled into cpdui, and the
# versions of libraries that cannot report their own at run time. Included from ui/CMakeLists.txt.
file(GLOB help_pages CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/help/content/*.html)
qt_add_resources(cpdui cpdui_help PREFIX /help BASE ${CMAKE_CURRENT_SOURCE_DIR}/help/content FILES ${help_pages})
qt_add_resources(cpdui cpdui_about PREFIX /about BASE ${PROJECT_SOURCE_DIR}
    FILES ${PROJECT_SOURCE_DIR}/LICENSE ${PROJECT_SOURCE_DIR}/packaging/THIRD-PARTY-NOTICES.md)

# core found them; their version files (not find_package again: imported targets are per folder).
set(CPD_ABOUT_KEYCHAIN_VERSION "")
set(CPD_ABOUT_QUAZIP_VERSION "")
if(EXISTS "${Qt6Keychain_DIR}/Qt6KeychainConfigVersion.cmake")
    include("${Qt6Keychain_DIR}/Qt6KeychainConfigVersion.cmake")
    set(CPD_ABOUT_KEYCHAIN_VERSION ${PACKAGE_VERSION})
endif()
if(EXISTS "${QuaZip-Qt6_DIR}/QuaZip-Qt6ConfigVersion.cmake")
    include("${QuaZip-Qt6_DIR}/QuaZip-Qt6ConfigVersion.cmake")
    set(CPD_ABOUT_QUAZIP_VERSION ${PACKAGE_VERSION})
endif()
find_package(PkgConfig QUIET)
if(PkgConfig_FOUND)
    pkg_check_modules(CPD_ABOUT_HUNSPELL QUIET hunspell)
endif()
set_source_files_properties(${CMAKE_CURRENT_SOURCE_DIR}/help/AboutDialog.cpp PROPERTIES COMPILE_DEFINITIONS
    "CPD_QTKEYCHAIN_VERSION=\"${CPD_ABOUT_KEYCHAIN_VERSION}\";CPD_QUAZIP_VERSION=\"${CPD_ABOUT_QUAZIP_VERSION}\";CPD_HUNSPELL_VERSION=\"${CPD_ABOUT_HUNSPELL_VERSION}\"")
