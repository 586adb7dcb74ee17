/* Driver for Lua (Debian's lua5.4 source, liblua.a built by its own
 * Makefile): runs the Lua program read from standard input with the
 * standard libraries, as `lua -` would; errors go to stdout with status 1
 * so that they are compared too. */
#include <stdio.h>
#include <stdlib.h>
#include "lauxlib.h"
#include "lua.h"
#include "lualib.h"

int main(void) {
  size_t cap = 4096, n = 0, got;
  char *src = malloc(cap);
  while (src && (got = fread(src + n, 1, cap - n, stdin)) > 0) {
    n += got;
    if (n == cap)
      src = realloc(src, cap *= 2);
  }
  if (!src)
    return 2;
  lua_State *L = luaL_newstate();
  luaL_openlibs(L);
  if (luaL_loadbuffer(L, src, n, "=stdin") || lua_pcall(L, 0, 0, 0)) {
    printf("error: %s\n", lua_tostring(L, -1));
    return 1;
  }
  lua_close(L);
  return 0;
}
