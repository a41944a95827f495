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
