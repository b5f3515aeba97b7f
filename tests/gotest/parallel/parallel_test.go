package parallel

import (
	"sync/atomic"
	"testing"
)

var running atomic.Int32

func TestParallel(t *testing.T) {
	for _, name := range []string{"a", "b", "c"} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			running.Add(1)
			for i := 0; i < 1000; i++ {
				_ = i * i
			}
		})
	}
}

func TestAfterParallel(t *testing.T) {
	if n := running.Load(); n != 3 {
		t.Errorf("ran %d parallel subtests, want 3", n)
	}
}
