# Shared settings for capwalk's scripts. Sourced, not run.
# The cache lives outside the repository so fresh clones on the same machine reuse it;
# set CAPWALK_CACHE to start from empty.
CAPWALK_CACHE="${CAPWALK_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/capwalk}"
SDL2_WASM_PREFIX="$CAPWALK_CACHE/sdl2-wasm-2.26.5"
# Debian's node does not search Debian's node modules; emcc needs acorn from there.
export NODE_PATH="/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}"
export CAPWALK_CACHE SDL2_WASM_PREFIX
