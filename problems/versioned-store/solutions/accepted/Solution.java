import java.util.*;

class VersionedStore {
    // The versions of one key in the order of the puts; put stamps only grow,
    // so stamps[0..count) is sorted.
    private static final class Versions {
        int[] stamps = new int[4];
        String[] values = new String[4];
        int count = 0;
    }

    private final HashMap<String, Versions> versions;

    public VersionedStore() {
        versions = new HashMap<>();
    }

    public void put(String key, String value, int stamp) {
        Versions v = versions.computeIfAbsent(key, k -> new Versions());
        if (v.count == v.stamps.length) {
            v.stamps = Arrays.copyOf(v.stamps, 2 * v.count);
            v.values = Arrays.copyOf(v.values, 2 * v.count);
        }
        v.stamps[v.count] = stamp;
        v.values[v.count] = value;
        v.count++;
    }

    public String get(String key, int stamp) {
        Versions v = versions.get(key);
        if (v == null) return "";
        // lo = the number of versions stamped at or before `stamp` (an upper bound)
        int lo = 0, hi = v.count;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (v.stamps[mid] <= stamp) lo = mid + 1;
            else hi = mid;
        }
        return lo > 0 ? v.values[lo - 1] : "";
    }
}
