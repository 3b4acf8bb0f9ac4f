#include <stdio.h>

/* Binary search that stops asking once one candidate is left: `! x` needs no `=`
   first, so a range of one number costs no query (one fewer than the budget in
   the worst case). */
int main(void) {
    long lo = 1, hi;
    char reply[4];
    if (scanf("%ld", &hi) != 1) return 0;
    while (lo < hi) {
        long mid = lo + (hi - lo) / 2;
        printf("? %ld\n", mid);
        fflush(stdout); /* the judge only sees the query once it is flushed */
        if (scanf("%3s", reply) != 1) return 0;
        if (reply[0] == '=') {
            lo = mid;
            break;
        }
        if (reply[0] == '>') lo = mid + 1;
        else hi = mid - 1;
    }
    printf("! %ld\n", lo);
    fflush(stdout);
    return 0;
}
