// Swift cannot call C variadic functions, so each el_set/el_get/history operation Dossier needs gets a
// typed wrapper here. stdin/stdout are touched only in C because Swift 6 rejects them as mutable globals.
#include <stdio.h>
#include <histedit.h>

static inline EditLine *cel_init(const char *program) { return el_init(program, stdin, stdout, stderr); }
typedef char *(*cel_prompt_fn)(EditLine *);
typedef unsigned char (*cel_command_fn)(EditLine *, int);
static inline int cel_set_prompt_esc(EditLine *e, cel_prompt_fn f, char c) { return el_set(e, EL_PROMPT_ESC, f, c); }
static inline int cel_set_rprompt_esc(EditLine *e, cel_prompt_fn f, char c) { return el_set(e, EL_RPROMPT_ESC, f, c); }
static inline int cel_set_editor(EditLine *e, const char *mode) { return el_set(e, EL_EDITOR, mode); }
static inline int cel_set_signal(EditLine *e, int on) { return el_set(e, EL_SIGNAL, on); }
static inline int cel_set_history(EditLine *e, History *h) { return el_set(e, EL_HIST, history, h); }
static inline int cel_set_clientdata(EditLine *e, void *p) { return el_set(e, EL_CLIENTDATA, p); }
static inline void *cel_get_clientdata(EditLine *e) { void *p = NULL; el_get(e, EL_CLIENTDATA, &p); return p; }
static inline int cel_add_function(EditLine *e, const char *name, const char *help, cel_command_fn f) { return el_set(e, EL_ADDFN, name, help, f); }
static inline int cel_bind(EditLine *e, const char *key, const char *command) { return el_set(e, EL_BIND, key, command, (const char *)NULL); }
static inline int cel_history_setsize(History *h, int n) { HistEvent ev; return history(h, &ev, H_SETSIZE, n); }
static inline int cel_history_setunique(History *h, int on) { HistEvent ev; return history(h, &ev, H_SETUNIQUE, on); }
static inline int cel_history_enter(History *h, const char *s) { HistEvent ev; return history(h, &ev, H_ENTER, s); }
static inline int cel_history_load(History *h, const char *f) { HistEvent ev; return history(h, &ev, H_LOAD, f); }
static inline int cel_history_save(History *h, const char *f) { HistEvent ev; return history(h, &ev, H_SAVE, f); }
static inline int cel_history_clear(History *h) { HistEvent ev; return history(h, &ev, H_CLEAR); }

// Waits until `fd` can be read, with the signal mask `mask` in force during the wait only (pselect
// swaps it in atomically). FD_SET is a macro, which Swift cannot call.
#include <sys/select.h>
#include <signal.h>
static inline int cel_wait_readable(int fd, const sigset_t *mask) {
    fd_set readable;
    FD_ZERO(&readable);
    FD_SET(fd, &readable);
    return pselect(fd + 1, &readable, NULL, NULL, NULL, mask);
}
typedef int (*cel_getc_fn)(EditLine *, wchar_t *);
static inline int cel_set_getcfn(EditLine *e, cel_getc_fn f) { return el_set(e, EL_GETCFN, f); }
