# core/ must never depend on Qt Gui or Qt Widgets: fail the build if it does, both at configure
# time (what the target links) and at build time (what its sources include).
function(cpd_forbid_gui target)
    get_target_property(libs ${target} LINK_LIBRARIES)
    foreach(lib IN LISTS libs)
        if(lib MATCHES "Qt6?::(Gui|Widgets|PrintSupport|Charts|Svg)")
            message(FATAL_ERROR "${target} links ${lib}: core/ must not depend on Qt Gui or Widgets")
        endif()
    endforeach()
    add_custom_target(${target}_layering
        COMMAND ${CMAKE_COMMAND} -DDIR=${CMAKE_CURRENT_SOURCE_DIR}
                -P ${PROJECT_SOURCE_DIR}/cmake/CheckNoGuiIncludes.cmake
        COMMENT "Checking that ${target} includes no Qt Gui or Widgets header"
        VERBATIM)
    add_dependencies(${target} ${target}_layering)
endfunction()
