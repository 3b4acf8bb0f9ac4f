/* The benchmark's baseline: a minimal judge loop with no sandbox and no measurement.
 * For each test: fork, exec the solution with the input as stdin and a pipe as stdout,
 * read the output, wait, and compare it with the answer (trailing whitespace ignored).
 * Usage: baseline SOLUTION TESTS_DIR COUNT   (tests are TESTS_DIR/N.in and N.ans) */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static size_t slurp_fd(int fd, char *buf, size_t cap) {
    size_t len = 0;
    ssize_t n;
    while (len < cap && (n = read(fd, buf + len, cap - len)) > 0) len += (size_t)n;
    return len;
}

static size_t trim(const char *s, size_t n) {
    while (n > 0 && (s[n - 1] == '\n' || s[n - 1] == ' ' || s[n - 1] == '\r')) n--;
    return n;
}

int main(int argc, char **argv) {
    if (argc != 4) return 2;
    int count = atoi(argv[3]), passed = 0;
    static char out[1 << 20], ans[1 << 20];
    char path[4096];
    for (int i = 1; i <= count; i++) {
        snprintf(path, sizeof path, "%s/%03d.in", argv[2], i);
        int in = open(path, O_RDONLY);
        int p[2];
        if (in < 0 || pipe(p) != 0) return 2;
        pid_t pid = fork();
        if (pid == 0) {
            dup2(in, 0);
            dup2(p[1], 1);
            close(p[0]);
            execl(argv[1], argv[1], (char *)NULL);
            _exit(127);
        }
        close(p[1]);
        close(in);
        size_t n = slurp_fd(p[0], out, sizeof out);
        close(p[0]);
        int status;
        waitpid(pid, &status, 0);
        snprintf(path, sizeof path, "%s/%03d.ans", argv[2], i);
        int a = open(path, O_RDONLY);
        size_t m = slurp_fd(a, ans, sizeof ans);
        close(a);
        n = trim(out, n);
        m = trim(ans, m);
        if (WIFEXITED(status) && WEXITSTATUS(status) == 0 && n == m && memcmp(out, ans, n) == 0) passed++;
    }
    printf("%d/%d passed\n", passed, count);
    return passed == count ? 0 : 1;
}
