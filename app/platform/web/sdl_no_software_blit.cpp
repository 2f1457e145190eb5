// sdl_no_software_blit.cpp — keeps SDL's software blitters out of app.wasm.
//
// capwalk draws everything with WebGL, and uses SDL only for its window, its GL
// context and its events. SDL's surface code still refers to the software blitters
// (SDL_blit*.c and SDL_RLEaccel.c: more than 100 KB of the wasm), so the linker keeps
// all of them. These three functions are the only way into them; defining them here
// means the linker never takes SDL's from the library, and with them none of the
// blitters. If SDL ever needed another function from those files, the link would
// fail with a duplicate symbol, not silently change behaviour.
//
// Nothing in capwalk blits a surface; should SDL try (a colour cursor, a window icon),
// the blit fails with an error as SDL's own does for an unsupported format.
#include <SDL.h>

extern "C" {

int SDL_CalculateBlit(SDL_Surface* /*surface*/) {
  return SDL_SetError("capwalk draws with WebGL only: no software blits");
}

int SDL_RLESurface(SDL_Surface* /*surface*/) { return -1; }

void SDL_UnRLESurface(SDL_Surface* /*surface*/, int /*recode*/) {}

}  // extern "C"
