#ifndef OCPBACKUP_MALLOC_TUNING_H
#define OCPBACKUP_MALLOC_TUNING_H

/// glibc's malloc serves every thread of ocpbackup from one arena, set before `main` runs (a
/// constructor of this library). The threads allocate little and rarely at the same time; one
/// arena keeps the memory one thread frees reusable by the others instead of stranded in
/// per-thread arenas (about 3 MB of the console's peak with 10,000 clusters). Returns the arena
/// limit in effect: 1, or 0 where the C library has no such setting.
int ocp_malloc_arena_limit(void);

#endif
