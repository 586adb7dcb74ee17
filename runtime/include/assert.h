/* No include guard: assert.h may be included again after changing NDEBUG. */
#undef assert
#ifdef NDEBUG
#define assert(e) ((void)0)
#else
#ifdef __cplusplus
extern "C"
#endif
__attribute__((__noreturn__)) void __assert_fail(const char *expr, const char *file, int line);
#define assert(e) ((e) ? (void)0 : __assert_fail(#e, __FILE__, __LINE__))
#endif

#if !defined(__cplusplus) && !defined(static_assert) && __STDC_VERSION__ >= 201112L
#define static_assert _Static_assert
#endif
