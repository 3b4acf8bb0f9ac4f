from bisect import bisect_right


class VersionedStore:
    def __init__(self):
        # key -> (stamps, values): parallel lists in the order of the puts.
        # Put stamps only grow, so every stamps list is sorted.
        self.versions = {}

    def put(self, key: str, value: str, stamp: int) -> None:
        entry = self.versions.get(key)
        if entry is None:
            entry = ([], [])
            self.versions[key] = entry
        entry[0].append(stamp)
        entry[1].append(value)

    def get(self, key: str, stamp: int) -> str:
        entry = self.versions.get(key)
        if entry is None:
            return ""
        # the number of versions stamped at or before `stamp`
        i = bisect_right(entry[0], stamp)
        return entry[1][i - 1] if i > 0 else ""
