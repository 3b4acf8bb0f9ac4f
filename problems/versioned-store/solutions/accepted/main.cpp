class VersionedStore {
    // key -> its versions in the order of the puts; put stamps only grow,
    // so each stamps vector is sorted.
    struct Versions {
        vector<int> stamps;
        vector<string> values;
    };
    unordered_map<string, Versions> versions;

public:
    VersionedStore() {}

    void put(string key, string value, int stamp) {
        Versions& v = versions[key];
        v.stamps.push_back(stamp);
        v.values.push_back(move(value));
    }

    string get(string key, int stamp) {
        auto it = versions.find(key);
        if (it == versions.end()) return "";
        const Versions& v = it->second;
        // the first version stamped after `stamp`; the one before it is the answer
        size_t i = upper_bound(v.stamps.begin(), v.stamps.end(), stamp) - v.stamps.begin();
        return i > 0 ? v.values[i - 1] : "";
    }
};
