// Aggregate with a hash map (64-bit stock), then filter and sort the names.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    long long T;
    if (scanf("%d %lld", &n, &T) != 2) return 0;
    unordered_map<string, long long> stock;
    stock.reserve(n * 2);
    char name[32];
    for (int i = 0; i < n; i++) {
        long long q;
        scanf("%31s %lld", name, &q);  // %lld accepts the explicit '+' sign
        stock[name] += q;
    }
    vector<string> low;
    for (auto &kv : stock)
        if (kv.second < T) low.push_back(kv.first);
    sort(low.begin(), low.end());
    string out;
    if (low.empty()) out = "NONE\n";
    for (auto &s : low) { out += s; out += '\n'; }
    fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}
