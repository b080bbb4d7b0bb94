# macOS: CPD Journal.app (Info.plist, icns) with Qt's frameworks and plugins inside, gathered by
# macdeployqt through Qt's deploy script, in a DragNDrop disk image. Included from
# packaging/CMakeLists.txt. Not built on this project's machine (Linux only): see
# .github/workflows/ci.yml.
set(icns ${CMAKE_CURRENT_BINARY_DIR}/macos/cpdjournal.icns)
set(iconset ${CMAKE_CURRENT_BINARY_DIR}/macos/cpdjournal.iconset)
find_program(RSVG_CONVERT rsvg-convert REQUIRED) # brew install librsvg
find_program(ICONUTIL iconutil REQUIRED)
set(iconset_commands)
foreach(size 16 32 128 256 512)
    math(EXPR double "${size} * 2")
    list(APPEND iconset_commands
        COMMAND ${RSVG_CONVERT} -w ${size} -h ${size} -o ${iconset}/icon_${size}x${size}.png
                ${CMAKE_CURRENT_SOURCE_DIR}/linux/icons/cpdjournal.svg
        COMMAND ${RSVG_CONVERT} -w ${double} -h ${double} -o ${iconset}/icon_${size}x${size}@2x.png
                ${CMAKE_CURRENT_SOURCE_DIR}/linux/icons/cpdjournal.svg)
endforeach()
add_custom_command(OUTPUT ${icns}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${iconset}
    ${iconset_commands}
    COMMAND ${ICONUTIL} -c icns -o ${icns} ${iconset}
    DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/linux/icons/cpdjournal.svg VERBATIM)
set_source_files_properties(${icns} PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
target_sources(cpdjournal PRIVATE ${icns})

set_target_properties(cpdjournal PROPERTIES
    MACOSX_BUNDLE ON
    OUTPUT_NAME "CPD Journal"
    MACOSX_BUNDLE_INFO_PLIST ${CMAKE_CURRENT_SOURCE_DIR}/macos/Info.plist.in
    MACOSX_BUNDLE_GUI_IDENTIFIER ${CPD_APP_ID}
    MACOSX_BUNDLE_BUNDLE_NAME "CPD Journal"
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
    MACOSX_BUNDLE_ICON_FILE cpdjournal.icns)

# macdeployqt puts Qt's frameworks and plugins (cocoa platform, SQLite driver) in the bundle.
qt_generate_deploy_app_script(TARGET cpdjournal OUTPUT_SCRIPT deploy_gui NO_UNSUPPORTED_PLATFORM_ERROR)
install(SCRIPT ${deploy_gui})
# The CLI goes inside the bundle too, beside the app, sharing its frameworks.
install(TARGETS cpdjournal-cli RUNTIME DESTINATION "CPD Journal.app/Contents/MacOS")

set(CPACK_GENERATOR DragNDrop)
set(CPACK_DMG_VOLUME_NAME "CPD Journal")
set(CPACK_DMG_FORMAT UDZO)
