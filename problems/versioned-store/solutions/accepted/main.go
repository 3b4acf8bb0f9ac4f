package main

import "sort"

// versions of one key in the order of the puts; put stamps only grow, so stamps is sorted.
type versions struct {
	stamps []int
	values []string
}

type VersionedStore struct {
	byKey map[string]*versions
}

func Constructor() VersionedStore {
	return VersionedStore{byKey: map[string]*versions{}}
}

func (this *VersionedStore) Put(key string, value string, stamp int) {
	v := this.byKey[key]
	if v == nil {
		v = &versions{}
		this.byKey[key] = v
	}
	v.stamps = append(v.stamps, stamp)
	v.values = append(v.values, value)
}

func (this *VersionedStore) Get(key string, stamp int) string {
	v := this.byKey[key]
	if v == nil {
		return ""
	}
	// the first version stamped after `stamp`; the one before it is the answer
	i := sort.Search(len(v.stamps), func(j int) bool { return v.stamps[j] > stamp })
	if i == 0 {
		return ""
	}
	return v.values[i-1]
}
