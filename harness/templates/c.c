// {title} ({id}): read the input from stdin, print the answer to stdout.
#include <stdio.h>

int main(void) {
    return 0;
}
