// Correct but slow: keeps a list of rooms (their current end times) and scans
// it from the beginning for every meeting. O(n * rooms), i.e. O(n^2) when many
// meetings overlap.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    scanf("%d", &n);
    vector<pair<int, int>> m(n);
    for (auto &p : m) scanf("%d %d", &p.first, &p.second);
    sort(m.begin(), m.end());
    vector<int> roomEnd;
    for (auto &p : m) {
        bool placed = false;
        for (auto &r : roomEnd) {
            if (r <= p.first) {
                r = p.second;
                placed = true;
                break;
            }
        }
        if (!placed) roomEnd.push_back(p.second);
    }
    printf("%zu\n", roomEnd.size());
    return 0;
}
