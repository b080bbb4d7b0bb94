# Linux: desktop entry, AppStream metainfo, hicolor icons, man pages, Debian copyright and
# changelog; CPack's DEB generator. Included from packaging/CMakeLists.txt.
set(linux ${CMAKE_CURRENT_SOURCE_DIR}/linux)
set(out ${CMAKE_CURRENT_BINARY_DIR}/linux)
set(docdir ${CMAKE_INSTALL_DATAROOTDIR}/doc/cpdjournal) # Debian: /usr/share/doc/<package>

install(FILES ${linux}/${CPD_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/applications)
install(FILES ${linux}/${CPD_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/metainfo)
install(FILES ${linux}/copyright DESTINATION ${docdir})

# Icons: the SVG as drawn, PNGs rendered from it at build time (librsvg2-bin).
find_program(RSVG_CONVERT rsvg-convert REQUIRED)
set(icon_svg ${linux}/icons/cpdjournal.svg)
set(icon_pngs)
foreach(size 16 24 32 48 64 128 256)
    set(png ${out}/icons/${size}x${size}/${CPD_APP_ID}.png)
    add_custom_command(OUTPUT ${png}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${out}/icons/${size}x${size}
        COMMAND ${RSVG_CONVERT} -w ${size} -h ${size} -o ${png} ${icon_svg}
        DEPENDS ${icon_svg} VERBATIM)
    list(APPEND icon_pngs ${png})
    install(FILES ${png} DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/icons/hicolor/${size}x${size}/apps)
endforeach()
install(FILES ${icon_svg} DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/icons/hicolor/scalable/apps
        RENAME ${CPD_APP_ID}.svg)

# Man pages and the Debian changelog, compressed as Debian policy wants (gzip -9n: no name, no
# time stamp, so the package is reproducible).
find_program(GZIP gzip REQUIRED)
set(gz_files)
configure_file(${linux}/changelog.in ${out}/changelog @ONLY)
foreach(pair "${linux}/cpdjournal-cli.1|${out}/cpdjournal-cli.1.gz" "${linux}/cpdjournal.1|${out}/cpdjournal.1.gz"
             "${out}/changelog|${out}/changelog.gz")
    string(REPLACE "|" ";" pair "${pair}")
    list(GET pair 0 from)
    list(GET pair 1 to)
    add_custom_command(OUTPUT ${to}
        COMMAND ${GZIP} -9n -c ${from} > ${to}
        DEPENDS ${from})
    list(APPEND gz_files ${to})
endforeach()
install(FILES ${out}/cpdjournal-cli.1.gz ${out}/cpdjournal.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${out}/changelog.gz DESTINATION ${docdir})
install(FILES ${CMAKE_CURRENT_SOURCE_DIR}/THIRD-PARTY-NOTICES.md DESTINATION ${docdir})

add_custom_target(cpd_packaging_files ALL DEPENDS ${icon_pngs} ${gz_files})

# Checks of the files themselves (the package install test is scripts/package-test.sh).
find_program(DESKTOP_FILE_VALIDATE desktop-file-validate)
find_program(APPSTREAMCLI appstreamcli)
if(DESKTOP_FILE_VALIDATE)
    add_test(NAME packaging_desktop_file COMMAND ${DESKTOP_FILE_VALIDATE} ${linux}/${CPD_APP_ID}.desktop)
    set_tests_properties(packaging_desktop_file PROPERTIES LABELS unit)
endif()
if(APPSTREAMCLI)
    add_test(NAME packaging_metainfo COMMAND ${APPSTREAMCLI} validate --no-net ${linux}/${CPD_APP_ID}.metainfo.xml)
    set_tests_properties(packaging_metainfo PROPERTIES LABELS unit)
endif()
add_test(NAME packaging_manpage
    COMMAND ${linux}/check-manpage.sh $<TARGET_FILE:cpdjournal-cli> ${linux}/cpdjournal-cli.1)
set_tests_properties(packaging_manpage PROPERTIES LABELS unit)

# The Debian package. Shared libraries are found by dpkg-shlibdeps; what Qt and QtKeychain load
# at run time (SQL drivers, platform plugins, libsecret) dpkg-shlibdeps cannot see, so it is named.
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql, qt6-qpa-plugins, libsecret-1-0")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring, hunspell-en-gb")
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
