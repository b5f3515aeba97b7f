package runtime


// mapclone is maps.clone: the compiler lowers maps.clone(m) (backend/
// stdintrinsics.py) to a call with the descriptor of m's static map type.
func mapclone(t *mapType, m *hmap) *hmap {
	if m == nil {
		return nil
	}
	n := makemap(t, m.count)
	var it hiter
	mapiterinit(t, m, &it)
	k := alloc(t.keySize)
	v := alloc(t.valSize)
	for mapiternext(t, &it, k, v) {
		memcpy(mapassign(t, n, k), v, t.valSize)
	}
	return n
}

