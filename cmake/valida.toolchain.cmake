# CMake toolchain file for the Valida zkVM (valida-cc).
#
#   cmake -S . -B build -DCMAKE_TOOLCHAIN_FILE="$(valida-cc --print-cmake-toolchain)"
#
# valida-cc is found as $VALIDA_CC, on PATH, or in the target/release
# directory of the source tree this file comes from. Executables run under
# `valida run` (CMAKE_CROSSCOMPILING_EMULATOR), so ctest and try_run work
# for programs that take no arguments.

set(CMAKE_SYSTEM_NAME Generic)
set(CMAKE_SYSTEM_PROCESSOR valida)

set(_valida_hints "${CMAKE_CURRENT_LIST_DIR}/../target/release")
if(NOT VALIDA_CC)
  if(DEFINED ENV{VALIDA_CC})
    set(VALIDA_CC "$ENV{VALIDA_CC}")
  else()
    find_program(VALIDA_CC valida-cc HINTS ${_valida_hints} REQUIRED)
  endif()
endif()
set(CMAKE_C_COMPILER "${VALIDA_CC}")

# Static libraries: any ar that writes the GNU/System V format works.
find_program(VALIDA_AR NAMES llvm-ar-22 llvm-ar ar REQUIRED)
find_program(VALIDA_RANLIB NAMES llvm-ranlib-22 llvm-ranlib ranlib REQUIRED)
set(CMAKE_AR "${VALIDA_AR}" CACHE FILEPATH "Archiver for Valida objects")
set(CMAKE_RANLIB "${VALIDA_RANLIB}" CACHE FILEPATH "ranlib for Valida archives")

find_program(VALIDA_VM valida HINTS ${_valida_hints})
if(VALIDA_VM)
  set(CMAKE_CROSSCOMPILING_EMULATOR "${VALIDA_VM};run;--input;/dev/null")
endif()

# Valida has no shared libraries: look for headers and libraries only in
# the find root, programs on the host.
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
set_property(GLOBAL PROPERTY TARGET_SUPPORTS_SHARED_LIBS FALSE)
