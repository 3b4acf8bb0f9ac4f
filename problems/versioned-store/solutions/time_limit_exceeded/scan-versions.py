class VersionedStore:
    # Correct but slow: a get walks back from the newest version of the key until
    # it finds one stamped at or before the asked moment. With 75000 versions of one
    # key and 75000 gets about moments long past, that is billions of steps.
    def __init__(self):
        self.versions = {}

    def put(self, key: str, value: str, stamp: int) -> None:
        self.versions.setdefault(key, []).append((stamp, value))

    def get(self, key: str, stamp: int) -> str:
        for s, v in reversed(self.versions.get(key, [])):
            if s <= stamp:
                return v
        return ""
