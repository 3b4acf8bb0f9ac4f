class VersionedStore {
    constructor() {
        // key -> {stamps, values} in the order of the puts; put stamps only grow,
        // so every stamps array is sorted.
        this.versions = new Map();
    }

    put(key, value, stamp) {
        let v = this.versions.get(key);
        if (v === undefined) {
            v = { stamps: [], values: [] };
            this.versions.set(key, v);
        }
        v.stamps.push(stamp);
        v.values.push(value);
    }

    get(key, stamp) {
        const v = this.versions.get(key);
        if (v === undefined) return "";
        // lo = the number of versions stamped at or before `stamp` (an upper bound)
        let lo = 0;
        let hi = v.stamps.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (v.stamps[mid] <= stamp) lo = mid + 1;
            else hi = mid;
        }
        return lo > 0 ? v.values[lo - 1] : "";
    }
}
