# The web build: Dear ImGui and qrcodegen compiled from the Debian sources that
# scripts/bootstrap unpacked, SDL2 from its wasm build, and the app on top.
set(SDL2_PREFIX "${CAPWALK_CACHE}/sdl2-wasm-2.26.5")
foreach(required "${SDL2_PREFIX}/lib/libSDL2.a")
  if(NOT EXISTS "${required}")
    message(FATAL_ERROR "${required} is missing: run ./scripts/bootstrap first")
  endif()
endforeach()

# Size first: people open this on old phones over slow connections. capwalk's code
# never throws (see json_checker.h) and never asks for types at run time, so the
# support for either is left out.
# Every browser with WebGL 2 (Safari 15, Chrome 56, Firefox 51 and later) also runs
# these WebAssembly features, which make the code smaller: sign extension, float to
# int conversion without traps, bulk memory copies.
set(CAPWALK_WASM_FEATURES -msign-ext -mnontrapping-fptoint -mbulk-memory)
set(CAPWALK_WEB_OPT -Oz -flto -fno-exceptions -fno-rtti ${CAPWALK_WASM_FEATURES})
target_compile_definitions(json INTERFACE JSON_NOEXCEPTION)

# ImGui's SDL2 and OpenGL backends: the web build's only renderer.
add_library(imgui_backends STATIC
  "${IMGUI_DIR}/backends/imgui_impl_sdl2.cpp"
  "${IMGUI_DIR}/backends/imgui_impl_opengl3.cpp"
)
target_include_directories(imgui_backends SYSTEM PUBLIC "${IMGUI_DIR}/backends" "${SDL2_PREFIX}/include/SDL2")
target_link_libraries(imgui_backends PUBLIC imgui)
target_compile_options(imgui PRIVATE ${CAPWALK_WEB_OPT})
# Except the font rasteriser (in imgui_draw.cpp), which builds the font atlas before
# the first frame: optimised for speed, it does that in about a third less time, for
# 0.5 KB more gzip. (Outside link-time optimisation, which would apply -Oz to it again.)
set_source_files_properties("${IMGUI_DIR}/imgui_draw.cpp" PROPERTIES COMPILE_OPTIONS "-O2;-fno-lto")
target_compile_options(imgui_backends PRIVATE ${CAPWALK_WEB_OPT})
# Built for OpenGL ES 2 (WebGL 1), which WebGL 2 runs as well: one backend for both.
target_compile_definitions(imgui_backends PRIVATE IMGUI_IMPL_OPENGL_ES2)
# (The pixel path, app/platform/pixel_renderer.cpp, stays at -Oz: at -O2 it cost 2 KB
# gzip more and drew a 1280×800 screen in 8 ms instead of 6.5; the budget is 16.)

add_executable(app
  app/main.cpp
  app/platform/web/web_page.cpp
  app/platform/web/web_storage.cpp
  app/platform/web/web_runner.cpp
  app/platform/web/sdl_no_software_blit.cpp
  app/platform/web/web_renderer.cpp
  app/platform/web/page_events.cpp
)
target_link_libraries(app PRIVATE capwalk_ui imgui_backends "${SDL2_PREFIX}/lib/libSDL2.a")
target_compile_options(app PRIVATE ${CAPWALK_WARNINGS} ${CAPWALK_WEB_OPT})
target_compile_options(capwalk_core PRIVATE ${CAPWALK_WEB_OPT})
target_compile_options(qrcodegen PRIVATE -Oz -flto ${CAPWALK_WASM_FEATURES})
target_compile_options(capwalk_platform PRIVATE ${CAPWALK_WEB_OPT})
target_compile_options(capwalk_ui PRIVATE ${CAPWALK_WEB_OPT})
target_link_options(app PRIVATE
  ${CAPWALK_WEB_OPT}
  -sUSE_SDL=0                 # our own SDL2 (Debian's emscripten cannot fetch ports)
  -sENVIRONMENT=web
  -sFILESYSTEM=0
  -sMALLOC=emmalloc
  -sALLOW_MEMORY_GROWTH=1
  -sMIN_WEBGL_VERSION=1       # WebGL 1 where WebGL 2 is missing (app/platform/web/web_renderer.h)
  -sMAX_WEBGL_VERSION=2
  -sINVOKE_RUN=0              # web/shell.js starts main once fonts have arrived
  -sEXPORTED_FUNCTIONS=_main,_malloc,_free
  -sEXPORTED_RUNTIME_METHODS=callMain,lengthBytesUTF8,stringToUTF8
  -sINCOMING_MODULE_JS_API=canvas,instantiateWasm,onRuntimeInitialized,onAbort,print,printErr
  -sDYNAMIC_EXECUTION=0       # no eval or new Function: the page's CSP forbids them
  -sTEXTDECODER=2             # every browser that runs WebGL 2 has TextDecoder
  -sSUPPORT_ERRNO=0
  -sGL_TRACK_ERRORS=0
  # WebGL 2 has what ImGui's renderer uses as standard: turning on every extension the
  # browser offers (Emscripten's default) only cost ~25 ms before the first frame.
  -sGL_SUPPORT_AUTOMATIC_ENABLE_EXTENSIONS=0
  -sGL_POOL_TEMP_BUFFERS=0
  # The Closure Compiler minifies Emscripten's JavaScript glue (app.js): 15 KB gzip less
  # for every visitor. It renames whatever it does not know to be used outside app.js:
  # the page shell's names that app/platform/web reaches are in closure-externs.js
  # (checked by tests/data/closure-externs.test.mjs). Its output is kept to ES2020, what
  # web/shell.js already needs.
  "SHELL:--closure 1"
  "--closure-args=--externs=${CMAKE_CURRENT_LIST_DIR}/closure-externs.js --language_out=ECMASCRIPT_2020"
)
# npm's google-closure-compiler (scripts/bootstrap installs it; Debian's is from 2013).
set(CLOSURE_COMPILER "${CMAKE_SOURCE_DIR}/node_modules/.bin/google-closure-compiler")
if(NOT EXISTS "${CLOSURE_COMPILER}")
  message(FATAL_ERROR "${CLOSURE_COMPILER} is missing: run ./scripts/bootstrap first")
endif()
set_target_properties(app PROPERTIES SUFFIX ".js"
  CXX_LINKER_LAUNCHER "${CMAKE_COMMAND};-E;env;EM_CLOSURE_COMPILER=${CLOSURE_COMPILER}"
  LINK_DEPENDS "${CMAKE_CURRENT_LIST_DIR}/closure-externs.js")
