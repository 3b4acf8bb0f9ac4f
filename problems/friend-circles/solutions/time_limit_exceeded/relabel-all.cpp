// TOO SLOW: every user stores a circle label; a union rewrites the label of
// every user of one circle by scanning all n users. O(n) per union.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, q;
    scanf("%d %d", &n, &q);
    vector<int> label(n + 1);
    iota(label.begin(), label.end(), 0);
    int groups = n;
    char op[8];
    string out;
    while (q--) {
        int a, b;
        scanf("%7s %d %d", op, &a, &b);
        if (op[0] == 'u') {
            int la = label[a], lb = label[b];
            if (la != lb) {
                for (int i = 1; i <= n; i++)
                    if (label[i] == lb) label[i] = la;
                groups--;
            }
        } else {
            out += label[a] == label[b] ? "YES\n" : "NO\n";
        }
    }
    out += to_string(groups) + "\n";
    fputs(out.c_str(), stdout);
    return 0;
}
