package ipc

import (
	"encoding/binary"
	"unsafe"
)

// Word-at-a-time checks for the string fast paths of the scanner and the
// encoder: eight bytes at once instead of a table lookup per byte.

const (
	lsb8 = 0x0101010101010101
	msb8 = 0x8080808080808080
)

// hasStrSpecial reports whether any byte of w is '"', '\\' or a control
// character (< 0x20): the bytes that end a run inside a JSON string.
func hasStrSpecial(w uint64) bool {
	return specialBits(w)&msb8 != 0
}

// specialBits sets the top bit of the bytes of w that are '"', '\\' or a
// control character (< 0x20), and maybe of bytes of 0x80 and above; it may
// set other bits too. Each term is the exact "has a byte below n / equal
// to 0" test, whatever the byte order.
func specialBits(w uint64) uint64 {
	q := w ^ (lsb8 * '"')
	b := w ^ (lsb8 * '\\')
	return (w-lsb8*0x20)&^w | (q-lsb8)&^q | (b-lsb8)&^b
}

// skipPlain returns the first offset from i at which a word of s holds a
// byte that hasStrSpecial flags, or (with ascii) one of 0x80 or above; the
// bytes before it need no attention. The caller checks the rest byte by
// byte. It is small enough to be inlined (callers call it at every byte of
// short strings); skipPlainLong is for the start of a string.
func skipPlain(s []byte, i int, ascii bool) int {
	for i+8 <= len(s) {
		w := binary.LittleEndian.Uint64(s[i:]) // one load on amd64 and arm64
		if hasStrSpecial(w) || (ascii && w&msb8 != 0) {
			break
		}
		i += 8
	}
	return i
}

// skipPlainLong is skipPlain for long runs: two words per step, the ASCII
// check folded into the mask, one branch. It may stop up to a word before
// the offset skipPlain returns (at a step one of whose words is flagged, or
// with fewer than 16 bytes left); skipPlain goes on from there.
func skipPlainLong(s []byte, i int, ascii bool) int {
	var high uint64
	if ascii {
		high = msb8
	}
	for ; i+16 <= len(s); i += 16 {
		w0 := binary.LittleEndian.Uint64(s[i : i+8])
		w1 := binary.LittleEndian.Uint64(s[i+8 : i+16])
		if (specialBits(w0)|specialBits(w1)|(w0|w1)&high)&msb8 != 0 {
			break
		}
	}
	return i
}

// stringBytes views s as bytes, without copying; the bytes must not be
// modified.
func stringBytes(s string) []byte { return unsafe.Slice(unsafe.StringData(s), len(s)) }
