#include "malloc_tuning.h"

#include <stdlib.h>  // defines __GLIBC__ on glibc

#if defined(__GLIBC__)
#include <malloc.h>

static int arena_limit = 0;

__attribute__((constructor)) static void use_single_arena(void) {
    if (mallopt(M_ARENA_MAX, 1) == 1) arena_limit = 1;
}

int ocp_malloc_arena_limit(void) { return arena_limit; }
#else
int ocp_malloc_arena_limit(void) { return 0; }
#endif
