#ifndef _SIGNAL_H
#define _SIGNAL_H

/* No asynchronous signals exist here: handlers are recorded and run only by
 * raise(). SIGABRT with the default action aborts. */
typedef int sig_atomic_t;
typedef void (*__sighandler_t)(int);

#define SIG_DFL ((__sighandler_t)0)
#define SIG_IGN ((__sighandler_t)1)
#define SIG_ERR ((__sighandler_t)-1)

#define SIGINT 2
#define SIGILL 4
#define SIGABRT 6
#define SIGFPE 8
#define SIGSEGV 11
#define SIGTERM 15
#define NSIG 32

__sighandler_t signal(int sig, __sighandler_t handler);
int raise(int sig);

#endif
