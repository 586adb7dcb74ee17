/* A "system" header (target_include_directories SYSTEM → -isystem): its
 * unused static function would warn under -Wall -Wextra -Werror if it were
 * not a system header. */
static int sysconf_unused(int x) { return x; }
#define STATS_SCALE 1
