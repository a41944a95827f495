package ipc

import (
	"encoding/binary"
	"testing"
)

// The word checks agree with the byte tables for every byte value at every
// position of a word, next to every other value (borrows between bytes).
func TestSWARMatchesTables(t *testing.T) {
	for pos := 0; pos < 8; pos++ {
		for c := 0; c < 256; c++ {
			for _, fill := range []byte{'a', 0, 0x1f, 0x20, '"', '\\', 0x7f, 0x80, 0xff} {
				var b [8]byte
				for k := range b {
					b[k] = fill
				}
				b[pos] = byte(c)
				wantSpecial, wantHigh := false, false
				for _, x := range b {
					wantSpecial = wantSpecial || strSpecial[x]
					wantHigh = wantHigh || x >= 0x80
				}
				w := binary.LittleEndian.Uint64(b[:])
				if got := hasStrSpecial(w); got != wantSpecial {
					t.Fatalf("% x: hasStrSpecial %v, want %v", b, got, wantSpecial)
				}
				if got := skipPlain(b[:], 0, true) == 8; got != (!wantSpecial && !wantHigh) {
					t.Fatalf("% x: skipPlain(ascii) skipped=%v", b, got)
				}
			}
		}
	}
}

// skipPlain stops at the first word holding a flagged byte, wherever it
// lies in a run of words, from any start; skipPlainLong (two words at a
// time) stops no later, and skipPlain from there finds the same word.
func TestSkipPlainRuns(t *testing.T) {
	flagged := func(c byte, ascii bool) bool { return strSpecial[c] || ascii && c >= 0x80 }
	for _, ascii := range []bool{true, false} {
		for n := 0; n <= 40; n++ {
			for start := 0; start <= min(n, 9); start++ {
				for pos := -1; pos < n; pos++ {
					for _, c := range []byte{'"', '\\', 0x1f, 0x80, 0xe9} {
						b := make([]byte, n)
						for k := range b {
							b[k] = 'a'
						}
						if pos >= 0 {
							b[pos] = c
						}
						want := start
						for want+8 <= n {
							stop := false
							for _, x := range b[want : want+8] {
								stop = stop || flagged(x, ascii)
							}
							if stop {
								break
							}
							want += 8
						}
						if got := skipPlain(b, start, ascii); got != want {
							t.Fatalf("ascii=%v n=%d start=%d byte %#x at %d: skipPlain %d, want %d", ascii, n, start, c, pos, got, want)
						}
						long := skipPlainLong(b, start, ascii)
						if got := skipPlain(b, long, ascii); long < start || long > want || got != want {
							t.Fatalf("ascii=%v n=%d start=%d byte %#x at %d: skipPlainLong %d, then skipPlain %d, want %d", ascii, n, start, c, pos, long, got, want)
						}
					}
				}
			}
		}
	}
}
