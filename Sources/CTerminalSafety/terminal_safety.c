/* See terminal_safety.h. Everything a signal handler touches is static storage written before
 * the handlers are armed; the handlers call only async-signal-safe functions (write, tcsetattr,
 * sigaction, raise). */
#include "terminal_safety.h"

#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

static const int handled_signals[] = {
    SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGABRT, SIGFPE, SIGINT, SIGTERM, SIGHUP, SIGQUIT,
};
#define HANDLED_SIGNAL_COUNT (sizeof handled_signals / sizeof handled_signals[0])

/* What the handler prints on standard error once the terminal is back, one per handled signal
 * in the same order: fixed text, so nothing of the program's data (no secret) can reach it. */
static const char *const signal_messages[] = {
    "ocpbackup: crashed (SIGILL, a failed check in the program); the terminal was restored.\n",
    "ocpbackup: crashed (SIGTRAP, a failed check in the program); the terminal was restored.\n",
    "ocpbackup: crashed (SIGSEGV, invalid memory access); the terminal was restored.\n",
    "ocpbackup: crashed (SIGBUS, invalid memory access); the terminal was restored.\n",
    "ocpbackup: crashed (SIGABRT, aborted); the terminal was restored.\n",
    "ocpbackup: crashed (SIGFPE, arithmetic error); the terminal was restored.\n",
    "ocpbackup: interrupted (SIGINT); the terminal was restored.\n",
    "ocpbackup: terminated (SIGTERM); the terminal was restored.\n",
    "ocpbackup: the terminal hung up (SIGHUP).\n",
    "ocpbackup: quit (SIGQUIT); the terminal was restored.\n",
};
_Static_assert(sizeof signal_messages / sizeof signal_messages[0] == HANDLED_SIGNAL_COUNT,
               "one message per handled signal, in the same order");

static char restore_bytes[TERMINAL_SAFETY_MAX_RESTORE_BYTES];
static size_t restore_length = 0;
static int restore_fd = -1;
static struct termios saved_termios;
static int termios_fd = -1;
static volatile sig_atomic_t armed = 0;
static int atexit_registered = 0;
static int handlers_installed = 0;
static int forwarding_installed = 0;
static struct sigaction previous_actions[HANDLED_SIGNAL_COUNT];

static const int forwarded_signals[] = {SIGWINCH, SIGCONT};
#define FORWARDED_SIGNAL_COUNT (sizeof forwarded_signals / sizeof forwarded_signals[0])
static struct sigaction forwarded_previous[FORWARDED_SIGNAL_COUNT];
static volatile sig_atomic_t forward_fd = -1;

static void write_all(int fd, const char *bytes, size_t length) {
    while (length > 0) {
        ssize_t written = write(fd, bytes, length);
        if (written < 0) {
            if (errno == EINTR) continue;
            return;
        }
        bytes += written;
        length -= (size_t)written;
    }
}

void terminal_safety_restore_now(void) {
    int saved_errno = errno;
    if (restore_fd >= 0 && restore_length > 0) write_all(restore_fd, restore_bytes, restore_length);
    if (termios_fd >= 0) (void)tcsetattr(termios_fd, TCSANOW, &saved_termios);
    errno = saved_errno;
}

int terminal_safety_save_termios(int fd) {
    if (tcgetattr(fd, &saved_termios) != 0) {
        termios_fd = -1;
        return -1;
    }
    termios_fd = fd;
    return 0;
}

int terminal_safety_set_restore_bytes(int fd, const char *bytes, size_t length) {
    if (length > sizeof restore_bytes) return -1;
    memcpy(restore_bytes, bytes, length);
    restore_length = length;
    restore_fd = fd;
    return 0;
}

static void write_signal_message(int signal_number) {
    for (size_t i = 0; i < HANDLED_SIGNAL_COUNT; i++) {
        if (handled_signals[i] != signal_number) continue;
        size_t length = 0;
        while (signal_messages[i][length] != '\0') length++;
        write_all(STDERR_FILENO, signal_messages[i], length);
    }
}

static void restore_and_reraise(int signal_number) {
    if (armed) {
        armed = 0;
        terminal_safety_restore_now();
        write_signal_message(signal_number);
    }
    struct sigaction default_action;
    memset(&default_action, 0, sizeof default_action);
    default_action.sa_handler = SIG_DFL;
    sigemptyset(&default_action.sa_mask);
    (void)sigaction(signal_number, &default_action, NULL);
    (void)raise(signal_number);
}

static void restore_at_exit(void) {
    if (armed) {
        armed = 0;
        terminal_safety_restore_now();
    }
}

int terminal_safety_install(void) {
    if (!atexit_registered) {
        if (atexit(restore_at_exit) != 0) return -1;
        atexit_registered = 1;
    }
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = restore_and_reraise;
    sigemptyset(&action.sa_mask);
    for (size_t i = 0; i < HANDLED_SIGNAL_COUNT; i++) sigaddset(&action.sa_mask, handled_signals[i]);
    if (handlers_installed) terminal_safety_uninstall();
    for (size_t i = 0; i < HANDLED_SIGNAL_COUNT; i++) {
        if (sigaction(handled_signals[i], &action, &previous_actions[i]) != 0) {
            for (size_t j = 0; j < i; j++) (void)sigaction(handled_signals[j], &previous_actions[j], NULL);
            return -1;
        }
    }
    handlers_installed = 1;
    armed = 1;
    return 0;
}

void terminal_safety_uninstall(void) {
    armed = 0;
    if (!handlers_installed) return;
    handlers_installed = 0;
    for (size_t i = 0; i < HANDLED_SIGNAL_COUNT; i++) (void)sigaction(handled_signals[i], &previous_actions[i], NULL);
}

static void forward_signal(int signal_number, siginfo_t *info, void *context) {
    int saved_errno = errno;
    for (size_t i = 0; i < FORWARDED_SIGNAL_COUNT; i++) {
        if (forwarded_signals[i] != signal_number) continue;
        const struct sigaction *previous = &forwarded_previous[i];
        if (previous->sa_flags & SA_SIGINFO) {
            if (previous->sa_sigaction != NULL) previous->sa_sigaction(signal_number, info, context);
        } else if (previous->sa_handler != SIG_DFL && previous->sa_handler != SIG_IGN && previous->sa_handler != NULL) {
            previous->sa_handler(signal_number);
        }
    }
    int fd = forward_fd;
    if (fd >= 0) {
        char byte = (char)signal_number;
        (void)write(fd, &byte, 1);
    }
    errno = saved_errno;
}

int terminal_safety_forward_signals(int fd) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_sigaction = forward_signal;
    action.sa_flags = SA_SIGINFO | SA_RESTART;
    sigemptyset(&action.sa_mask);
    if (forwarding_installed) terminal_safety_stop_forwarding();
    forward_fd = fd;
    for (size_t i = 0; i < FORWARDED_SIGNAL_COUNT; i++) {
        if (sigaction(forwarded_signals[i], &action, &forwarded_previous[i]) != 0) {
            for (size_t j = 0; j < i; j++) (void)sigaction(forwarded_signals[j], &forwarded_previous[j], NULL);
            forward_fd = -1;
            return -1;
        }
    }
    forwarding_installed = 1;
    return 0;
}

void terminal_safety_stop_forwarding(void) {
    forward_fd = -1;
    if (!forwarding_installed) return;
    forwarding_installed = 0;
    for (size_t i = 0; i < FORWARDED_SIGNAL_COUNT; i++) (void)sigaction(forwarded_signals[i], &forwarded_previous[i], NULL);
}

void terminal_safety_stop_process(void) {
    struct sigaction default_action, previous;
    memset(&default_action, 0, sizeof default_action);
    default_action.sa_handler = SIG_DFL;
    sigemptyset(&default_action.sa_mask);
    if (sigaction(SIGTSTP, &default_action, &previous) != 0) return;
    /* The caller may run on a worker thread that blocks SIGTSTP (the main actor's queue does
     * on Linux); unblocked here, the signal stops the process before raise returns. */
    sigset_t stop_only, previous_mask;
    sigemptyset(&stop_only);
    sigaddset(&stop_only, SIGTSTP);
    (void)pthread_sigmask(SIG_UNBLOCK, &stop_only, &previous_mask);
    (void)raise(SIGTSTP);
    (void)pthread_sigmask(SIG_SETMASK, &previous_mask, NULL);
    (void)sigaction(SIGTSTP, &previous, NULL);
}
