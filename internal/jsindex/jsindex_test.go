package jsindex

import (
	"strconv"
	"testing"
)

func TestNameMatchesItoa(t *testing.T) {
	for _, i := range []int{-1, 0, 1, 9, 10, 1023, 1024, 1 << 20} {
		if got, want := Name(i), strconv.Itoa(i); got != want {
			t.Errorf("Name(%d) = %q, want %q", i, got, want)
		}
	}
}

func TestNameOfSmallIndexDoesNotAllocate(t *testing.T) {
	Name(0)
	if n := testing.AllocsPerRun(100, func() { _ = Name(517) }); n != 0 {
		t.Errorf("Name(517) allocates %v times per call", n)
	}
}
