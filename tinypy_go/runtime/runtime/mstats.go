package runtime

// MemStats reports allocator statistics (Go's fields; those tinypy-go does
// not track stay zero).
type MemStats struct {
	Alloc         uint64 // bytes of allocated heap objects
	TotalAlloc    uint64 // cumulative bytes allocated
	Sys           uint64 // bytes of linear memory
	Lookups       uint64
	Mallocs       uint64 // cumulative count of heap objects allocated
	Frees         uint64 // cumulative count of heap objects freed
	HeapAlloc     uint64 // same as Alloc
	HeapSys       uint64 // bytes of the heap (blocks and state table)
	HeapIdle      uint64 // bytes in free blocks
	HeapInuse     uint64 // bytes in used blocks
	HeapReleased  uint64
	HeapObjects   uint64 // allocated heap objects
	StackInuse    uint64
	StackSys      uint64
	MSpanInuse    uint64
	MSpanSys      uint64
	MCacheInuse   uint64
	MCacheSys     uint64
	BuckHashSys   uint64
	GCSys         uint64
	OtherSys      uint64
	NextGC        uint64
	LastGC        uint64
	PauseTotalNs  uint64
	PauseNs       [256]uint64 // all of gc's fields, for runtime/debug
	PauseEnd      [256]uint64
	NumGC         uint32 // completed collections
	NumForcedGC   uint32
	GCCPUFraction float64
	EnableGC      bool
	DebugGC       bool
	BySize        [61]struct {
		Size    uint32
		Mallocs uint64
		Frees   uint64
	}
}

// ReadMemStats fills m with allocator statistics.
func ReadMemStats(m *MemStats) {
	*m = MemStats{}
	readMemStats(m)
	m.Sys = uint64(wasmMemorySize() * wasmPageSize)
	m.HeapAlloc = m.Alloc
	m.HeapObjects = m.Mallocs - m.Frees
}
