/* Async-signal-safe terminal restore for the console.
 *
 * The restore bytes (leave the alternate screen, show the cursor, reset attributes, disable
 * mouse tracking) and the terminal's original termios are captured while the program is still
 * healthy. A handler for fatal and terminating signals then writes those bytes with write(2),
 * restores the termios with tcsetattr(2), puts the default action back and re-raises the
 * signal, so the exit status and any core dump stay what they would have been. */
#ifndef CTERMINAL_SAFETY_H
#define CTERMINAL_SAFETY_H

#include <stddef.h>

/* The longest restore string that is kept; longer strings are rejected. */
#define TERMINAL_SAFETY_MAX_RESTORE_BYTES 512

/* Saves the termios of `fd` (the terminal that will be restored). Returns 0, or -1 when `fd`
 * is not a terminal (restore then only writes the bytes). */
int terminal_safety_save_termios(int fd);

/* Copies the restore bytes, written to `fd` by the handlers. Returns 0, or -1 if too long. */
int terminal_safety_set_restore_bytes(int fd, const char *bytes, size_t length);

/* Installs the handlers for SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGABRT, SIGFPE (fatal) and
 * SIGINT, SIGTERM, SIGHUP, SIGQUIT (terminating), and an atexit hook. Returns 0 or -1. */
int terminal_safety_install(void);

/* Puts back the handlers that were in place before terminal_safety_install and disarms the
 * atexit hook. */
void terminal_safety_uninstall(void);

/* Writes the restore bytes and restores the saved termios now (async-signal-safe). */
void terminal_safety_restore_now(void);

/* Forwards SIGWINCH and SIGCONT as one byte written to `fd` (the write end of a non-blocking
 * pipe) after calling the handler that was installed before (ncurses' own). Returns 0 or -1. */
int terminal_safety_forward_signals(int fd);

/* Stops forwarding and restores the previous SIGWINCH and SIGCONT handlers. */
void terminal_safety_stop_forwarding(void);

/* Stops the process as Ctrl-Z would (SIGTSTP with its default action, unblocked in the calling
 * thread for the moment) and returns once it is continued; the SIGTSTP handler in place before
 * (ncurses' own) and the thread's signal mask are put back afterwards. */
void terminal_safety_stop_process(void);

#endif
