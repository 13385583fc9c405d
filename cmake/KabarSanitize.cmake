# KABAR_SANITIZE=ON builds everything with ASan + UBSan; CI runs the unit tests that way.
add_library(kabar_sanitize INTERFACE)
if(KABAR_SANITIZE)
  set(_kabar_san -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_compile_options(kabar_sanitize INTERFACE ${_kabar_san})
  target_link_options(kabar_sanitize INTERFACE ${_kabar_san})
endif()
