class VersionedStore {
    unordered_map<string, vector<pair<int, string>>> versions;

public:
    VersionedStore() {}

    void put(string key, string value, int stamp) {
        versions[key].push_back({stamp, value});
    }

    string get(string key, int stamp) {
        auto it = versions.find(key);
        if (it == versions.end()) return "";
        const auto& v = it->second;
        // Bug: lower_bound stops at a version stamped exactly `stamp`, so that
        // version is skipped and the one before it is returned (< instead of <=).
        size_t lo = 0, hi = v.size();
        while (lo < hi) {
            size_t mid = (lo + hi) / 2;
            if (v[mid].first < stamp) lo = mid + 1;
            else hi = mid;
        }
        return lo > 0 ? v[lo - 1].second : "";
    }
};
