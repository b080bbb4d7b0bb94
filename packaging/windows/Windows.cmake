# Windows: an NSIS installer (CPack NSIS) of the app with its Qt DLLs and plugins beside it,
# gathered by windeployqt through Qt's deploy script. Included from packaging/CMakeLists.txt.
# Not built on this project's machine (Linux only): see .github/workflows/ci.yml.
set_target_properties(cpdjournal PROPERTIES WIN32_EXECUTABLE ON)
target_sources(cpdjournal PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/windows/cpdjournal.rc)

# windeployqt copies Qt's DLLs, the platform, SQL driver, style and image format plugins next to
# the executables in the install tree (Qt 6.3+ deploy API).
foreach(target cpdjournal cpdjournal-cli)
    qt_generate_deploy_app_script(TARGET ${target} OUTPUT_SCRIPT deploy_${target}
                                  NO_UNSUPPORTED_PLATFORM_ERROR)
    install(SCRIPT ${deploy_${target}})
endforeach()
# Libraries that are not Qt's (QtKeychain, libsodium, QuaZip, zlib, Hunspell, SQLite) come from
# vcpkg in CI; install them beside the executables too.
install(CODE [[
    file(GET_RUNTIME_DEPENDENCIES
        EXECUTABLES $<TARGET_FILE:cpdjournal> $<TARGET_FILE:cpdjournal-cli>
        RESOLVED_DEPENDENCIES_VAR deps
        PRE_EXCLUDE_REGEXES "api-ms-.*" "ext-ms-.*" "Qt6.*"
        POST_EXCLUDE_REGEXES ".*[Ss]ystem32/.*")
    file(INSTALL ${deps} DESTINATION "${CMAKE_INSTALL_PREFIX}/bin")
]])

set(CPACK_GENERATOR NSIS)
set(CPACK_NSIS_PACKAGE_NAME "CPD Journal")
set(CPACK_NSIS_DISPLAY_NAME "CPD Journal")
set(CPACK_NSIS_MUI_ICON ${CMAKE_CURRENT_SOURCE_DIR}/windows/cpdjournal.ico)
set(CPACK_NSIS_MUI_UNIICON ${CMAKE_CURRENT_SOURCE_DIR}/windows/cpdjournal.ico)
set(CPACK_NSIS_INSTALLED_ICON_NAME bin/cpdjournal.exe)
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH ON) # offers to put cpdjournal-cli on PATH
set(CPACK_NSIS_URL_INFO_ABOUT ${PROJECT_HOMEPAGE_URL})
# The Start menu shortcut comes from CPACK_PACKAGE_EXECUTABLES (bin/cpdjournal.exe).
