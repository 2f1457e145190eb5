# Shared settings for capwalk's scripts. Sourced, not run.
# The cache lives outside the repository so fresh clones on the same machine reuse it;
# set CAPWALK_CACHE to start from empty.
CAPWALK_CACHE="${CAPWALK_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/capwalk}"
SDL2_WASM_PREFIX="$CAPWALK_CACHE/sdl2-wasm-2.26.5"
# Debian's node does not search Debian's node modules; emcc needs acorn from there.
export NODE_PATH="/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}"
export CAPWALK_CACHE SDL2_WASM_PREFIX

# Compiles are kept in the cache too (ccache, keyed on what is compiled, not where):
# a fresh clone builds in the time it takes to link. Paths under the clone are hashed
# relative to it (CCACHE_BASEDIR, set by scripts/build), and its folder is left out.
# Emscripten runs its compiler through EM_COMPILER_WRAPPER.
if command -v ccache >/dev/null 2>&1; then
  export CCACHE_DIR="${CCACHE_DIR:-$CAPWALK_CACHE/ccache}" CCACHE_NOHASHDIR=true CCACHE_MAXSIZE="${CCACHE_MAXSIZE:-2G}"
  export EM_COMPILER_WRAPPER=ccache
  CAPWALK_LAUNCHER=(-DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
else
  CAPWALK_LAUNCHER=()
fi

# The mirror this machine already uses for Debian's binary packages: the first URI of
# a `deb` entry for the main archive, from deb822 `.sources` files or the one-line
# `sources.list` format. Security and backports entries are passed over.
# CAPWALK_APT_ETC replaces /etc/apt (tests/data/bootstrap.test.mjs).
debian_mirror() {
  local f etc="${CAPWALK_APT_ETC:-/etc/apt}"
  for f in "$etc"/sources.list.d/*.sources; do
    [ -f "$f" ] || continue
    awk '
      /^[[:space:]]*$/ { if (deb && uri && suite && !off) { print uri; exit } deb = uri = suite = off = 0; next }
      /^Enabled:[[:space:]]*no/ { off = 1 }
      /^Types:/ { for (i = 2; i <= NF; i++) if ($i == "deb") deb = 1 }
      /^URIs:/ { uri = $2 }
      /^Suites:/ { for (i = 2; i <= NF; i++) if ($i !~ /-(security|updates|backports)$/) suite = 1 }
      END { if (deb && uri && suite && !off) print uri }' "$f"
  done | head -n1 | grep . && return
  cat "$etc"/sources.list "$etc"/sources.list.d/*.list 2>/dev/null |
    sed -e 's/#.*//' -e 's/\[[^]]*\]//' |
    awk '$1 == "deb" && $3 !~ /-(security|updates|backports)$/ { print $2; exit }'
}
