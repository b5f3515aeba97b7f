package pass

import (
	"os"
	"path/filepath"
	"testing"
)

func TestAdd(t *testing.T) {
	if Add(2, 3) != 5 {
		t.Fatal("Add(2, 3) != 5")
	}
}

func TestSub(t *testing.T) {
	for _, n := range []int{1, 2} {
		t.Run("n", func(t *testing.T) {
			if Add(n, -n) != 0 {
				t.Errorf("Add(%d, -%d) != 0", n, n)
			}
		})
	}
}

func TestShort(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode")
	}
}

func TestTempDir(t *testing.T) {
	d := t.TempDir()
	p := filepath.Join(d, "x.txt")
	if err := os.WriteFile(p, []byte("hello"), 0o644); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(p)
	if err != nil || string(b) != "hello" {
		t.Fatalf("read back %q, %v", b, err)
	}
}

func TestSetenv(t *testing.T) {
	t.Setenv("GOTEST_X", "1")
	if os.Getenv("GOTEST_X") != "1" {
		t.Fatal("Setenv did not set")
	}
}
