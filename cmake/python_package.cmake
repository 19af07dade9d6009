# The Python package `storyline`: the pybind11 module _core (python/core_module.cpp, linking
# storyline_core) and the package's Python files, gathered in ${PROJECT_BINARY_DIR}/python/storyline
# so that PYTHONPATH=build/python /usr/bin/python3 -c "import storyline" works after a build.
# Debian's pybind11-dev, python3-dev; always Debian's interpreter, whatever python3 is on PATH.
set(Python_EXECUTABLE /usr/bin/python3 CACHE FILEPATH "the interpreter the package is built for")
find_package(Python 3 REQUIRED COMPONENTS Interpreter Development.Module)
set(PYBIND11_FINDPYTHON ON)
find_package(pybind11 CONFIG REQUIRED)

set(STORYLINE_PACKAGE_DIR ${PROJECT_BINARY_DIR}/python/storyline)
file(GLOB STORYLINE_PYTHON_BINDINGS CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/python/*.cpp)
pybind11_add_module(storyline_python MODULE ${STORYLINE_PYTHON_BINDINGS})
target_link_libraries(storyline_python PRIVATE storyline_core)
set_target_properties(storyline_python PROPERTIES OUTPUT_NAME _core LIBRARY_OUTPUT_DIRECTORY ${STORYLINE_PACKAGE_DIR})

file(GLOB STORYLINE_PYTHON_FILES CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/python/storyline/*.py)
set(STORYLINE_PYTHON_COPIES)
foreach(source ${STORYLINE_PYTHON_FILES})
  get_filename_component(name ${source} NAME)
  add_custom_command(OUTPUT ${STORYLINE_PACKAGE_DIR}/${name}
                     COMMAND ${CMAKE_COMMAND} -E copy_if_different ${source} ${STORYLINE_PACKAGE_DIR}/${name}
                     DEPENDS ${source})
  list(APPEND STORYLINE_PYTHON_COPIES ${STORYLINE_PACKAGE_DIR}/${name})
endforeach()
add_custom_target(storyline_python_files ALL DEPENDS ${STORYLINE_PYTHON_COPIES})
add_dependencies(storyline_python storyline_python_files)
