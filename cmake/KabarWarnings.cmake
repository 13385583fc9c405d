# kabar_set_warnings(target): the warning set every kabar target builds with.
add_library(kabar_warnings INTERFACE)
target_compile_options(kabar_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow=local
                       -Wno-missing-field-initializers)
if(DEFINED ENV{CI} OR KABAR_WERROR)
  target_compile_options(kabar_warnings INTERFACE -Werror)
endif()
