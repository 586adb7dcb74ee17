/* Descriptors and in-memory files.
 *
 * The machine has no file system. Descriptors 0, 1 and 2 start as the
 * program's input and output; open() on any other name works on files that
 * live in memory for the run (created with O_CREAT or "w", gone at exit),
 * so a program that writes a temporary file and reads it back works.
 * "/dev/stdin", "/dev/stdout", "/dev/stderr", "/dev/fd/N" and "/dev/null"
 * have their usual meaning. Nothing is read from or written to the host. */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <utime.h>
#include <unistd.h>
#include "rt.h"

struct mfile {
  char *name; /* NULL once unlinked or for anonymous files */
  char *data;
  size_t len, cap;
  int opens;          /* descriptors referring to it */
  int fixed;          /* fmemopen: data is the caller's buffer of cap bytes */
  char **ms_ptr;      /* open_memstream: published buffer and size */
  size_t *ms_size;
  struct mfile *next; /* the list of named files */
};

enum { D_FREE, D_STD, D_MEM, D_NULL };

struct desc {
  int kind;
  int std;    /* D_STD: 0 input, 1/2 output */
  int flags;  /* O_* access mode and O_APPEND */
  size_t pos; /* D_MEM */
  struct mfile *f;
};

#define MAX_FD 64
static struct desc fds[MAX_FD] = {
    {D_STD, 0, O_RDONLY, 0, 0}, {D_STD, 1, O_WRONLY, 0, 0}, {D_STD, 2, O_WRONLY, 0, 0}};
static struct mfile *files;

/* Set once descriptor 0, 1 or 2 no longer is the plain standard stream, so
 * that stdio keeps its direct path otherwise (libc/stdio.c). */
int __rt_std_redirected;

static struct desc *get(int fd) {
  if (fd < 0 || fd >= MAX_FD || fds[fd].kind == D_FREE) {
    errno = EBADF;
    return NULL;
  }
  return &fds[fd];
}

static int can_read(const struct desc *d) { return (d->flags & O_ACCMODE) != O_WRONLY; }
static int can_write(const struct desc *d) { return (d->flags & O_ACCMODE) != O_RDONLY; }

static struct mfile *find(const char *name) {
  for (struct mfile *f = files; f; f = f->next)
    if (strcmp(f->name, name) == 0)
      return f;
  return NULL;
}

static void unlist(struct mfile *m) {
  for (struct mfile **p = &files; *p; p = &(*p)->next)
    if (*p == m) {
      *p = m->next;
      break;
    }
  free(m->name);
  m->name = NULL;
}

static void release(struct mfile *m) {
  if (m->opens || m->name)
    return;
  if (m->fixed != 1 && !m->ms_ptr)
    free(m->data);
  free(m);
}

static void publish(struct mfile *m) {
  if (m->ms_ptr) {
    *m->ms_ptr = m->data;
    *m->ms_size = m->len;
  }
}

static int alloc_fd(int from) {
  for (int fd = from; fd < MAX_FD; fd++)
    if (fds[fd].kind == D_FREE)
      return fd;
  errno = EMFILE;
  return -1;
}

static int reserve(struct mfile *m, size_t need) {
  if (need <= m->cap && !(m->ms_ptr && need == m->cap))
    return 1;
  if (m->fixed)
    return 0;
  size_t cap = m->cap < 64 ? 64 : m->cap;
  while (cap <= need)
    cap *= 2;
  char *p = realloc(m->data, cap);
  if (!p) {
    errno = ENOMEM;
    return 0;
  }
  memset(p + m->cap, 0, cap - m->cap);
  m->data = p;
  m->cap = cap;
  return 1;
}

static struct mfile *new_file(const char *name) {
  struct mfile *m = calloc(1, sizeof *m);
  if (!m) {
    errno = ENOMEM;
    return NULL;
  }
  if (name) {
    m->name = strdup(name);
    if (!m->name) {
      free(m);
      errno = ENOMEM;
      return NULL;
    }
    m->next = files;
    files = m;
  }
  return m;
}

static int attach(struct mfile *m, int flags) {
  int fd = alloc_fd(0);
  if (fd < 0)
    return -1;
  if (fd < 3)
    __rt_std_redirected = 1;
  fds[fd] = (struct desc){D_MEM, 0, flags, 0, m};
  m->opens++;
  return fd;
}

static int device(const char *path) {
  if (strcmp(path, "/dev/stdin") == 0)
    return 0;
  if (strcmp(path, "/dev/stdout") == 0)
    return 1;
  if (strcmp(path, "/dev/stderr") == 0)
    return 2;
  if (strncmp(path, "/dev/fd/", 8) == 0 && path[8] >= '0' && path[8] <= '9')
    return atoi(path + 8);
  if (strcmp(path, "/dev/null") == 0)
    return -2;
  return -1;
}

int open(const char *path, int flags, ...) {
  if (!path || !*path) {
    errno = ENOENT;
    return -1;
  }
  int dev = device(path);
  if (dev == -2 || dev >= 0) {
    int fd = alloc_fd(0);
    if (fd < 0)
      return -1;
    if (dev == -2) {
      fds[fd] = (struct desc){D_NULL, 0, flags, 0, 0};
    } else {
      struct desc *d = get(dev);
      if (!d)
        return -1;
      fds[fd] = *d;
      fds[fd].flags = flags;
      if (d->kind == D_MEM)
        d->f->opens++;
    }
    if (fd < 3)
      __rt_std_redirected = 1;
    return fd;
  }
  struct mfile *m = find(path);
  if (m && (flags & O_CREAT) && (flags & O_EXCL)) {
    errno = EEXIST;
    return -1;
  }
  if (!m) {
    if (!(flags & O_CREAT)) {
      errno = ENOENT;
      return -1;
    }
    m = new_file(path);
    if (!m)
      return -1;
  }
  if ((flags & O_TRUNC) && (flags & O_ACCMODE) != O_RDONLY)
    m->len = 0;
  return attach(m, flags);
}

int creat(const char *path, mode_t mode) {
  (void)mode;
  return open(path, O_WRONLY | O_CREAT | O_TRUNC);
}

int close(int fd) {
  struct desc *d = get(fd);
  if (!d)
    return -1;
  if (d->kind == D_MEM) {
    d->f->opens--;
    publish(d->f);
    release(d->f);
  }
  d->kind = D_FREE;
  if (fd < 3)
    __rt_std_redirected = 1;
  return 0;
}

int dup2(int fd, int fd2) {
  struct desc *d = get(fd);
  if (!d)
    return -1;
  if (fd2 < 0 || fd2 >= MAX_FD) {
    errno = EBADF;
    return -1;
  }
  if (fd == fd2)
    return fd2;
  if (fds[fd2].kind != D_FREE)
    close(fd2);
  fds[fd2] = *d;
  if (d->kind == D_MEM)
    d->f->opens++;
  if (fd2 < 3)
    __rt_std_redirected = 1;
  return fd2;
}

int dup(int fd) {
  if (!get(fd))
    return -1;
  int fd2 = alloc_fd(0);
  return fd2 < 0 ? -1 : dup2(fd, fd2);
}

int fcntl(int fd, int cmd, ...) {
  struct desc *d = get(fd);
  if (!d)
    return -1;
  va_list ap;
  va_start(ap, cmd);
  int arg = va_arg(ap, int);
  va_end(ap);
  switch (cmd) {
  case F_DUPFD: {
    int fd2 = alloc_fd(arg);
    return fd2 < 0 ? -1 : dup2(fd, fd2);
  }
  case F_GETFD:
    return 0;
  case F_SETFD:
    return 0;
  case F_GETFL:
    return d->flags;
  case F_SETFL:
    d->flags = (d->flags & O_ACCMODE) | (arg & ~O_ACCMODE);
    return 0;
  default:
    errno = EINVAL;
    return -1;
  }
}

/* One output path for every writer (stdio, write): the standard streams go
 * to the platform, files to memory. */
ssize_t __rt_fd_write(int fd, const char *buf, size_t n) {
  struct desc *d = get(fd);
  if (!d)
    return -1;
  if (!can_write(d)) {
    errno = EBADF;
    return -1;
  }
  switch (d->kind) {
  case D_STD:
    if (d->std == 0) {
      errno = EBADF;
      return -1;
    }
    __rt_write(d->std, buf, n);
    return (ssize_t)n;
  case D_NULL:
    return (ssize_t)n;
  default:
    break;
  }
  struct mfile *m = d->f;
  if (d->flags & O_APPEND)
    d->pos = m->len;
  if (!reserve(m, d->pos + n)) {
    if (!m->fixed)
      return -1;
    n = d->pos < m->cap ? m->cap - d->pos : 0;
    if (!n) {
      errno = ENOSPC;
      return -1;
    }
  }
  if (d->pos > m->len)
    memset(m->data + m->len, 0, d->pos - m->len);
  memcpy(m->data + d->pos, buf, n);
  d->pos += n;
  if (d->pos > m->len)
    m->len = d->pos;
  if (m->len < m->cap)
    m->data[m->len] = 0;
  publish(m);
  return (ssize_t)n;
}

/* The next byte of a descriptor: 0..255, -1 at end of input, -2 on error. */
int __rt_fd_getc(int fd) {
  struct desc *d = get(fd);
  if (!d || !can_read(d)) {
    errno = EBADF;
    return -2;
  }
  switch (d->kind) {
  case D_STD:
    if (d->std != 0) {
      errno = EBADF;
      return -2;
    }
    return __rt_read_byte();
  case D_NULL:
    return -1;
  default:
    if (d->pos >= d->f->len)
      return -1;
    return (unsigned char)d->f->data[d->pos++];
  }
}

ssize_t write(int fd, const void *buf, size_t n) { return __rt_fd_write(fd, buf, n); }

ssize_t read(int fd, void *buf, size_t n) {
  unsigned char *p = buf;
  size_t i = 0;
  struct desc *d = get(fd);
  if (!d)
    return -1;
  if (d->kind == D_MEM && can_read(d)) {
    size_t avail = d->pos < d->f->len ? d->f->len - d->pos : 0;
    if (n > avail)
      n = avail;
    memcpy(buf, d->f->data + d->pos, n);
    d->pos += n;
    return (ssize_t)n;
  }
  while (i < n) {
    int c = __rt_fd_getc(fd);
    if (c == -2)
      return i ? (ssize_t)i : -1;
    if (c < 0)
      break;
    p[i++] = (unsigned char)c;
  }
  return (ssize_t)i;
}

off_t lseek(int fd, off_t off, int whence) {
  struct desc *d = get(fd);
  if (!d)
    return -1;
  if (d->kind == D_NULL)
    return 0;
  if (d->kind != D_MEM) {
    errno = ESPIPE;
    return -1;
  }
  long base = whence == SEEK_SET ? 0 : whence == SEEK_CUR ? (long)d->pos
              : whence == SEEK_END ? (long)d->f->len : -1;
  if (base < 0 || base + off < 0) {
    errno = EINVAL;
    return -1;
  }
  d->pos = (size_t)(base + off);
  return (off_t)d->pos;
}

static int truncate_file(struct mfile *m, off_t len) {
  if (len < 0) {
    errno = EINVAL;
    return -1;
  }
  if ((size_t)len > m->len) {
    if (!reserve(m, (size_t)len))
      return -1;
    memset(m->data + m->len, 0, (size_t)len - m->len);
  }
  m->len = (size_t)len;
  publish(m);
  return 0;
}

int ftruncate(int fd, off_t len) {
  struct desc *d = get(fd);
  if (!d)
    return -1;
  if (d->kind != D_MEM || !can_write(d)) {
    errno = EINVAL;
    return -1;
  }
  return truncate_file(d->f, len);
}

int truncate(const char *path, off_t len) {
  struct mfile *m = find(path);
  if (!m) {
    errno = ENOENT;
    return -1;
  }
  return truncate_file(m, len);
}

int fsync(int fd) { return get(fd) ? 0 : -1; }

int unlink(const char *path) {
  struct mfile *m = find(path);
  if (!m) {
    errno = ENOENT;
    return -1;
  }
  unlist(m);
  release(m);
  return 0;
}

int rmdir(const char *path) {
  (void)path;
  errno = ENOENT;
  return -1;
}

int remove(const char *path) { return unlink(path); }

int rename(const char *from, const char *to) {
  struct mfile *m = find(from);
  if (!m) {
    errno = ENOENT;
    return -1;
  }
  if (strcmp(from, to) == 0)
    return 0;
  char *name = strdup(to);
  if (!name) {
    errno = ENOMEM;
    return -1;
  }
  struct mfile *old = find(to);
  if (old) {
    unlist(old);
    release(old);
  }
  free(m->name);
  m->name = name;
  return 0;
}

int access(const char *path, int mode) {
  (void)mode;
  int dev = device(path);
  if (dev == -2 || (dev >= 0 && get(dev)) || find(path))
    return 0;
  errno = ENOENT;
  return -1;
}

static void fill_stat(struct stat *st, const struct desc *d, struct mfile *m) {
  memset(st, 0, sizeof *st);
  st->st_nlink = 1;
  st->st_blksize = BUFSIZ;
  if (m) {
    st->st_mode = S_IFREG | 0644;
    st->st_size = (off_t)m->len;
    st->st_blocks = (blkcnt_t)((m->len + 511) / 512);
  } else {
    st->st_mode = S_IFCHR | 0666;
    st->st_rdev = d ? (dev_t)d->std : 0;
  }
}

int fstat(int fd, struct stat *st) {
  struct desc *d = get(fd);
  if (!d)
    return -1;
  fill_stat(st, d, d->kind == D_MEM ? d->f : NULL);
  return 0;
}

int stat(const char *restrict path, struct stat *restrict st) {
  int dev = device(path);
  if (dev >= 0)
    return fstat(dev, st);
  if (dev == -2) {
    fill_stat(st, NULL, NULL);
    return 0;
  }
  struct mfile *m = find(path);
  if (!m) {
    errno = ENOENT;
    return -1;
  }
  fill_stat(st, NULL, m);
  return 0;
}

int lstat(const char *restrict path, struct stat *restrict st) { return stat(path, st); }
int chmod(const char *path, mode_t mode) {
  (void)mode;
  return access(path, F_OK);
}
int chown(const char *path, uid_t owner, gid_t group) {
  (void)owner, (void)group;
  return access(path, F_OK);
}
int lchown(const char *path, uid_t owner, gid_t group) { return chown(path, owner, group); }
int fchown(int fd, uid_t owner, gid_t group) {
  (void)owner, (void)group;
  return get(fd) ? 0 : -1;
}
int utime(const char *path, const struct utimbuf *times) {
  (void)times;
  return access(path, F_OK);
}
int fchmod(int fd, mode_t mode) {
  (void)mode;
  return get(fd) ? 0 : -1;
}
int mkdir(const char *path, mode_t mode) {
  (void)path, (void)mode;
  errno = EROFS;
  return -1;
}
mode_t umask(mode_t mask) {
  (void)mask;
  return 022;
}

/* ---- stdio on descriptors ---- */

static int mode_flags(const char *mode) {
  int flags;
  switch (mode[0]) {
  case 'r': flags = O_RDONLY; break;
  case 'w': flags = O_WRONLY | O_CREAT | O_TRUNC; break;
  case 'a': flags = O_WRONLY | O_CREAT | O_APPEND; break;
  default: errno = EINVAL; return -1;
  }
  for (const char *p = mode + 1; *p; p++) {
    if (*p == '+')
      flags = (flags & ~O_ACCMODE) | O_RDWR;
    else if (*p == 'x')
      flags |= O_EXCL;
  }
  return flags;
}

static FILE *new_stream(int fd) {
  FILE *f = malloc(sizeof *f);
  if (!f) {
    errno = ENOMEM;
    return NULL;
  }
  *f = (FILE){fd, -1, 0};
  return f;
}

FILE *fopen(const char *restrict path, const char *restrict mode) {
  int flags = mode_flags(mode);
  if (flags < 0)
    return NULL;
  int fd = open(path, flags);
  if (fd < 0)
    return NULL;
  FILE *f = new_stream(fd);
  if (!f)
    close(fd);
  return f;
}

FILE *fdopen(int fd, const char *mode) {
  if (!get(fd) || mode_flags(mode) < 0)
    return NULL;
  return new_stream(fd);
}

static int is_std_stream(FILE *f) { return f == stdin || f == stdout || f == stderr; }

int fclose(FILE *f) {
  int r = close(f->fd);
  if (!is_std_stream(f))
    free(f);
  return r;
}

FILE *freopen(const char *restrict path, const char *restrict mode, FILE *restrict f) {
  int flags = mode_flags(mode);
  if (flags < 0)
    return NULL;
  if (!path) {
    /* Only the mode changes. */
    struct desc *d = get(f->fd);
    if (!d)
      return NULL;
    d->flags = (d->flags & ~(O_ACCMODE | O_APPEND)) | (flags & (O_ACCMODE | O_APPEND));
    f->flags = 0;
    f->unget = -1;
    return f;
  }
  int old = f->fd;
  close(old);
  int fd = open(path, flags);
  if (fd < 0) {
    if (!is_std_stream(f))
      free(f);
    return NULL;
  }
  if (fd != old && old >= 0 && old < MAX_FD && fds[old].kind == D_FREE) {
    /* Keep the stream's descriptor number (freopen on stdout stays fd 1). */
    dup2(fd, old);
    close(fd);
    fd = old;
  }
  f->fd = fd;
  f->flags = 0;
  f->unget = -1;
  return f;
}

int fseek(FILE *f, long off, int whence) {
  if (whence == SEEK_CUR && f->unget >= 0)
    off--;
  if (lseek(f->fd, off, whence) < 0)
    return -1;
  f->unget = -1;
  f->flags &= ~__RT_EOF;
  return 0;
}

long ftell(FILE *f) {
  long pos = lseek(f->fd, 0, SEEK_CUR);
  if (pos >= 0 && f->unget >= 0)
    pos--;
  return pos;
}

int fseeko(FILE *f, off_t off, int whence) { return fseek(f, off, whence); }
off_t ftello(FILE *f) { return ftell(f); }
int fgetpos(FILE *restrict f, fpos_t *restrict pos) {
  long p = ftell(f);
  if (p < 0)
    return -1;
  *pos = p;
  return 0;
}
int fsetpos(FILE *f, const fpos_t *pos) { return fseek(f, *pos, SEEK_SET); }

void rewind(FILE *f) {
  fseek(f, 0, SEEK_SET);
  f->flags = 0;
}

FILE *tmpfile(void) {
  struct mfile *m = new_file(NULL);
  if (!m)
    return NULL;
  int fd = attach(m, O_RDWR);
  if (fd < 0) {
    release(m);
    return NULL;
  }
  FILE *f = new_stream(fd);
  if (!f)
    close(fd);
  return f;
}

static unsigned tmp_counter;

static void tmp_name(char *s) {
  do
    snprintf(s, L_tmpnam, "/tmp/tmp.%u", ++tmp_counter);
  while (find(s));
}

char *tmpnam(char *s) {
  static char buf[L_tmpnam];
  if (!s)
    s = buf;
  tmp_name(s);
  return s;
}

char *tempnam(const char *dir, const char *prefix) {
  (void)dir, (void)prefix;
  char *s = malloc(L_tmpnam);
  if (s)
    tmp_name(s);
  return s;
}

int mkstemp(char *template) {
  size_t n = strlen(template);
  if (n < 6 || strcmp(template + n - 6, "XXXXXX") != 0) {
    errno = EINVAL;
    return -1;
  }
  for (;;) {
    unsigned v = ++tmp_counter;
    for (int i = 1; i <= 6; i++, v /= 10)
      template[n - i] = (char)('0' + v % 10);
    if (!find(template))
      return open(template, O_RDWR | O_CREAT | O_EXCL);
  }
}

FILE *fmemopen(void *restrict buf, size_t size, const char *restrict mode) {
  int flags = mode_flags(mode);
  if (flags < 0)
    return NULL;
  if (!size) {
    errno = EINVAL;
    return NULL;
  }
  struct mfile *m = new_file(NULL);
  if (!m)
    return NULL;
  m->fixed = 1;
  m->cap = size;
  m->data = buf;
  if (!buf) {
    m->data = calloc(1, size);
    m->fixed = 2; /* ours: freed with the stream */
    if (!m->data) {
      free(m);
      errno = ENOMEM;
      return NULL;
    }
  }
  if (mode[0] == 'r')
    m->len = size;
  else if (mode[0] == 'a')
    m->len = strnlen(m->data, size);
  else
    m->data[0] = 0;
  int fd = attach(m, flags & ~O_APPEND);
  if (fd < 0) {
    release(m);
    return NULL;
  }
  if (mode[0] == 'a')
    fds[fd].pos = m->len;
  FILE *f = new_stream(fd);
  if (!f)
    close(fd);
  return f;
}

FILE *open_memstream(char **ptr, size_t *sizeloc) {
  struct mfile *m = new_file(NULL);
  if (!m)
    return NULL;
  m->ms_ptr = ptr;
  m->ms_size = sizeloc;
  if (!reserve(m, 0)) {
    free(m);
    return NULL;
  }
  publish(m);
  int fd = attach(m, O_WRONLY);
  if (fd < 0) {
    free(m->data);
    free(m);
    return NULL;
  }
  FILE *f = new_stream(fd);
  if (!f)
    close(fd);
  return f;
}

FILE *popen(const char *cmd, const char *mode) {
  (void)cmd, (void)mode;
  errno = ENOSYS;
  return NULL;
}

int pclose(FILE *f) {
  (void)f;
  errno = ECHILD;
  return -1;
}

/* No command processor: system(NULL) says so, a command fails. */
int system(const char *cmd) {
  if (!cmd)
    return 0;
  errno = ENOSYS;
  return -1;
}

int __rt_fd_writable(int fd) {
  struct desc *d = get(fd);
  return d && can_write(d) && !(d->kind == D_STD && d->std == 0);
}
