#ifndef _UNISTD_H
#define _UNISTD_H

#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

#define STDIN_FILENO 0
#define STDOUT_FILENO 1
#define STDERR_FILENO 2
#define F_OK 0
#define X_OK 1
#define W_OK 2
#define R_OK 4
#ifndef SEEK_SET
#define SEEK_SET 0
#define SEEK_CUR 1
#define SEEK_END 2
#endif

/* Descriptor 0 reads the program's input, 1 and 2 write its output;
 * higher descriptors are the in-memory files of <fcntl.h>'s open(). */
ssize_t write(int fd, const void *buf, size_t n);
ssize_t read(int fd, void *buf, size_t n);
off_t lseek(int fd, off_t off, int whence);
int close(int fd);
int dup(int fd);
int dup2(int fd, int fd2);
int unlink(const char *path);
int rmdir(const char *path);
int access(const char *path, int mode);
int ftruncate(int fd, off_t len);
int truncate(const char *path, off_t len);
int fsync(int fd);
/* Owners are not kept (one user, uid 0): these succeed for a file or
 * descriptor that exists. */
int chown(const char *path, uid_t owner, gid_t group);
int lchown(const char *path, uid_t owner, gid_t group);
int fchown(int fd, uid_t owner, gid_t group);
__attribute__((__noreturn__)) void _exit(int status);
/* Never a terminal: 0 with errno ENOTTY. */
int isatty(int fd);
/* One process: pid 1, no children (fork fails with ENOSYS). */
pid_t getpid(void);
pid_t getppid(void);
pid_t fork(void);
uid_t getuid(void);
uid_t geteuid(void);
gid_t getgid(void);
gid_t getegid(void);
unsigned sleep(unsigned seconds);
int usleep(useconds_t usec);
char *getcwd(char *buf, size_t size);
int chdir(const char *path);
long sysconf(int name);
int gethostname(char *name, size_t len);
int getopt(int argc, char *const argv[], const char *optstring);
extern char **environ;
extern char *optarg;
extern int optind, opterr, optopt;
#define _SC_PAGESIZE 30
#define _SC_PAGE_SIZE _SC_PAGESIZE
#define _SC_CLK_TCK 2
#define _SC_NPROCESSORS_ONLN 84
#define _SC_NPROCESSORS_CONF 83

#ifdef __cplusplus
}
#endif
#endif
