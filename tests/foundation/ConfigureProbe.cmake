# Shared by the configure-check tests: configures the probe project in `dir` and fails unless it passes
# (`expectOk`) or fails with `expectedText` in its message.
function(expect_configure name dir expectOk expectedText)
    execute_process(COMMAND "${CMAKE_COMMAND}" -S "${dir}" -B "${dir}/build"
                    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(expectOk AND NOT rc EQUAL 0)
        message(FATAL_ERROR "${name}: the configure should pass but failed:\n${err}")
    elseif(NOT expectOk AND rc EQUAL 0)
        message(FATAL_ERROR "${name}: the configure should fail but passed")
    elseif(NOT expectOk)
        string(REGEX REPLACE "[ \n]+" " " flat "${err}")
        string(FIND "${flat}" "${expectedText}" at)
        if(at EQUAL -1)
            message(FATAL_ERROR "${name}: failed, but not with \"${expectedText}\":\n${err}")
        endif()
    endif()
    message(STATUS "${name}: as expected")
endfunction()
