// Package stackgrow grows a goroutine's stack in one step.
//
// The goroutine that runs a gonode runtime parses, compiles and interprets
// recursively, and its stack grows to 256 KiB. Grown on demand from the few
// KiB a goroutine starts with, that takes several copies, each walking every
// frame on the stack and reading that function's tables in the binary, which
// maps those pages of the binary into the process. Grown once while the stack
// is shallow, only a few frames are walked.
package stackgrow

// reserve is how much stack Grow asks for; with what is in use the
// goroutine's stack becomes 256 KiB.
const reserve = 128 << 10

// never is false; the compiler cannot know it, so grow keeps its big frame.
var never bool

// Grow grows the calling goroutine's stack to hold reserve more bytes than
// it uses now. On a stack that is already that large it costs nothing.
func Grow() { grow(never) }

// grow has a frame of reserve bytes, so that calling it grows the stack, but
// it writes none of them unless use is true: zeroing the frame would make all
// its pages of the new stack resident.
//
//go:noinline
func grow(use bool) byte {
	if use {
		var frame [reserve]byte
		return lastByte(frame[:])
	}
	return 0
}

//go:noinline
func lastByte(b []byte) byte { return b[len(b)-1] }
