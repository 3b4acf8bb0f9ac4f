// Single-source BFS from S on a grid padded with a border of shelves.
// The first target reached is the nearest one.
#include <bits/stdc++.h>
using namespace std;

static char buf[1 << 16];
static size_t bufLen = 0, bufPos = 0;
static int readByte() {
    if (bufPos == bufLen) {
        bufLen = fread(buf, 1, sizeof buf, stdin);
        bufPos = 0;
        if (bufLen == 0) return -1;
    }
    return buf[bufPos++];
}
static int readInt() {
    int c = readByte();
    while (c != '-' && (c < '0' || c > '9')) c = readByte();
    int x = 0;
    while (c >= '0' && c <= '9') { x = x * 10 + (c - '0'); c = readByte(); }
    return x;
}

int main() {
    int R = readInt(), C = readInt();
    int W = C + 2;
    // cell codes: 0 = shelf / border / already visited, 1 = free, 2 = target
    vector<unsigned char> g((size_t)W * (R + 2), 0);
    int start = -1;
    for (int r = 1; r <= R; r++) {
        for (int c = 1; c <= C; c++) {
            int ch = readByte();
            while (ch == '\n' || ch == '\r' || ch == ' ') ch = readByte();
            int id = r * W + c;
            if (ch == '#') g[id] = 0;
            else if (ch == 'T') g[id] = 2;
            else {
                g[id] = 1;
                if (ch == 'S') start = id;
            }
        }
    }
    vector<int> q;
    q.reserve((size_t)R * C);
    q.push_back(start);
    g[start] = 0;
    const int delta[4] = {1, -1, W, -W};
    size_t head = 0;
    int dist = 0;
    while (head < q.size()) {
        size_t levelEnd = q.size();
        dist++;
        for (; head < levelEnd; head++) {
            int u = q[head];
            for (int k = 0; k < 4; k++) {
                int v = u + delta[k];
                if (g[v]) {
                    if (g[v] == 2) {
                        printf("%d\n", dist);
                        return 0;
                    }
                    g[v] = 0;  // mark visited when pushed
                    q.push_back(v);
                }
            }
        }
    }
    printf("-1\n");
    return 0;
}
