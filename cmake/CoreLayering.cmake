# core/ must never depend on Qt Gui or Qt Widgets: fail the build if it does, both at configure
# time (what the target links) and at build time (what its sources include).
# cpd_forbid_gui(target [DIR dir]): dir defaults to the current source folder.
function(cpd_forbid_gui target)
    cmake_parse_arguments(L "" "DIR" "" ${ARGN})
    if(NOT L_DIR)
        set(L_DIR ${CMAKE_CURRENT_SOURCE_DIR})
    endif()
    get_target_property(libs ${target} LINK_LIBRARIES)
    foreach(lib IN LISTS libs)
        if(lib MATCHES "Qt6?::(Gui|Widgets|PrintSupport|Charts|Svg)")
            message(FATAL_ERROR "${target} links ${lib}: core/ must not depend on Qt Gui or Widgets")
        endif()
    endforeach()
    add_custom_target(${target}_layering
        COMMAND ${CMAKE_COMMAND} -DDIR=${L_DIR}
                -P ${PROJECT_SOURCE_DIR}/cmake/CheckNoGuiIncludes.cmake
        COMMENT "Checking that ${target} (${L_DIR}) includes no Qt Gui or Widgets header"
        VERBATIM)
    add_dependencies(${target} ${target}_layering)
endfunction()
