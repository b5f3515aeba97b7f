package fail

import "testing"

func TestOK(t *testing.T) {}

func TestDouble(t *testing.T) {
	if got := Double(2); got != 4 {
		t.Errorf("Double(2) = %d, want 4", got)
	}
}

func TestFatal(t *testing.T) {
	t.Fatal("stop here")
	t.Log("not reached")
}

func TestSubFail(t *testing.T) {
	t.Run("good", func(t *testing.T) {})
	t.Run("bad", func(t *testing.T) { t.Error("bad sub") })
}
