package runtime

// MemStats is the subset of Go's runtime.MemStats that tinypy-go fills in.
type MemStats struct {
	Alloc       uint64 // bytes of allocated heap objects
	TotalAlloc  uint64 // cumulative bytes allocated
	Sys         uint64 // bytes of linear memory
	Mallocs     uint64 // cumulative count of heap objects allocated
	Frees       uint64 // cumulative count of heap objects freed
	HeapAlloc   uint64 // same as Alloc
	HeapSys     uint64 // bytes of the heap (blocks and state table)
	HeapIdle    uint64 // bytes in free blocks
	HeapInuse   uint64 // bytes in used blocks
	HeapObjects uint64 // allocated heap objects
	NumGC       uint32 // completed collections
}

// ReadMemStats fills m with allocator statistics.
func ReadMemStats(m *MemStats) {
	*m = MemStats{}
	readMemStats(m)
	m.Sys = uint64(wasmMemorySize() * wasmPageSize)
	m.HeapAlloc = m.Alloc
	m.HeapObjects = m.Mallocs - m.Frees
}
