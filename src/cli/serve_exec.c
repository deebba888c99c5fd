/*
** serve_exec.c — `naba serve`: runs the naba-serve program (src/cli/serve.c)
** in this process, found beside the running naba (/proc/self/exe) or else on
** PATH, as git runs its git-* programs. The server is a program apart so that
** only serving loads libmicrohttpd and GnuTLS: linked into naba, every
** `naba analyze` paid them at start-up (4.1 M instructions, about 1 ms).
*/
#include "cli.h"

#include <errno.h>
#include <limits.h>
#include <string.h>
#include <unistd.h>

int cmd_serve(int argc, char **argv) {
    (void)argc; /* argv ends with NULL; argv[0] is "naba serve", for its messages */
    static const char name[] = "naba-serve";
    char path[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", path, sizeof path);
    if (n > 0 && (size_t)n < sizeof path) {
        path[n] = '\0';
        char *slash = strrchr(path, '/');
        if (slash && (size_t)(slash + 1 - path) + sizeof name <= sizeof path) {
            memcpy(slash + 1, name, sizeof name);
            execv(path, argv); /* returns only if it could not run: try PATH */
        }
    }
    execvp(name, argv);
    fprintf(stderr, "naba serve: cannot run %s (%s): it is built and installed beside naba\n", name,
            strerror(errno));
    return EXIT_FATAL;
}
