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
// character (< 0x20): the bytes that end a run inside a JSON string. Each
// term is the exact "has a byte below n / equal to 0" test, whatever the
// byte order.
func hasStrSpecial(w uint64) bool {
	q := w ^ (lsb8 * '"')
	b := w ^ (lsb8 * '\\')
	return ((w-lsb8*0x20)&^w|(q-lsb8)&^q|(b-lsb8)&^b)&msb8 != 0
}

// skipPlain returns the first offset from i at which a word of s holds a
// byte that hasStrSpecial flags, or (with ascii) one of 0x80 or above; the
// bytes before it need no attention. The caller checks the rest byte by
// byte.
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

// stringBytes views s as bytes, without copying; the bytes must not be
// modified.
func stringBytes(s string) []byte { return unsafe.Slice(unsafe.StringData(s), len(s)) }
