class VersionedStore:
    # Bug: keeps only the newest value of each key and answers with it whatever
    # moment is asked about, even one before that version was put.
    def __init__(self):
        self.latest = {}

    def put(self, key: str, value: str, stamp: int) -> None:
        self.latest[key] = value

    def get(self, key: str, stamp: int) -> str:
        return self.latest.get(key, "")
