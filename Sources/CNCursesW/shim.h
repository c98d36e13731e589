/* The ncursesw surface Swift can call. NCURSES_WIDECHAR must come before the header, or the
 * wide-character API (wget_wch, mvwadd_wch, setcchar, cchar_t) is not declared. Function-like
 * macros and global variables do not import into Swift 6; the static inline wrappers below
 * expose them as plain functions. */
#ifndef CNCURSESW_SHIM_H
#define CNCURSESW_SHIM_H

#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <wchar.h>
#include <stdio.h>
#include <ncursesw/curses.h>

/* Globals as functions. */
static inline WINDOW *cnc_stdscr(void) { return stdscr; }
static inline WINDOW *cnc_curscr(void) { return curscr; }
static inline int cnc_lines(void) { return LINES; }
static inline int cnc_cols(void) { return COLS; }
static inline int cnc_colors(void) { return COLORS; }
static inline int cnc_color_pairs(void) { return COLOR_PAIRS; }
static inline int cnc_set_escdelay(int milliseconds) { return set_escdelay(milliseconds); }
static inline int cnc_escdelay(void) { return ESCDELAY; }

/* Size of a window. */
static inline void cnc_getmaxyx(WINDOW *window, int *rows, int *columns) {
    int y, x;
    getmaxyx(window, y, x);
    *rows = y;
    *columns = x;
}

/* Attributes and colour pairs. */
static inline attr_t cnc_a_normal(void) { return A_NORMAL; }
static inline attr_t cnc_a_bold(void) { return A_BOLD; }
static inline attr_t cnc_a_dim(void) { return A_DIM; }
static inline attr_t cnc_a_reverse(void) { return A_REVERSE; }
static inline attr_t cnc_a_underline(void) { return A_UNDERLINE; }
static inline attr_t cnc_a_blink(void) { return A_BLINK; }
static inline attr_t cnc_a_italic(void) { return A_ITALIC; }
static inline attr_t cnc_a_standout(void) { return A_STANDOUT; }
static inline attr_t cnc_a_attributes(void) { return A_ATTRIBUTES; }
static inline attr_t cnc_a_color(void) { return A_COLOR; }
static inline attr_t cnc_color_pair(int pair) { return (attr_t)COLOR_PAIR(pair); }
static inline int cnc_pair_number(attr_t attributes) { return (int)PAIR_NUMBER(attributes); }

/* The C library's width of a character, as ncurses measures it (declared by <wchar.h> only
 * under X/Open feature macros). */
extern int wcwidth(wchar_t character);
static inline int cnc_wcwidth(wchar_t character) { return wcwidth(character); }

/* Key codes that are function-like macros. */
static inline int cnc_key_f(int number) { return KEY_F(number); }

/* Mouse masks (they expand through NCURSES_MOUSE_MASK). */
static inline mmask_t cnc_all_mouse_events(void) { return ALL_MOUSE_EVENTS; }
static inline mmask_t cnc_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t cnc_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t cnc_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t cnc_button2_pressed(void) { return BUTTON2_PRESSED; }
static inline mmask_t cnc_button2_clicked(void) { return BUTTON2_CLICKED; }
static inline mmask_t cnc_button3_pressed(void) { return BUTTON3_PRESSED; }
static inline mmask_t cnc_button3_clicked(void) { return BUTTON3_CLICKED; }
static inline mmask_t cnc_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t cnc_button5_pressed(void) { return BUTTON5_PRESSED; }

/* tigetstr answers (char *)-1 for a capability that is not a string; treat that as absent. */
static inline const char *cnc_tigetstr(const char *capability) {
    char *value = tigetstr(capability);
    if (value == (char *)-1) return NULL;
    return value;
}

#endif
