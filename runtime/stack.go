package runtime

// The goroutine that runs a runtime parses, compiles and interprets
// recursively, and its stack grows to 256 KiB. Grown on demand from the
// 8 KiB a goroutine starts with, that takes several copies, each walking
// every frame and reading its tables in the binary, which maps those pages
// into the process. growStack grows it once, while it is shallow (a forked
// child's resident memory is about 100–150 KiB smaller).

// stackReserve is how much stack growStack asks for; with what is in use
// the goroutine's stack becomes 256 KiB.
const stackReserve = 128 << 10

// growStack grows the calling goroutine's stack to hold stackReserve more
// bytes. It is not inlined, so that its frame is really that large.
//
//go:noinline
func growStack() byte {
	var reserve [stackReserve]byte
	return lastByte(reserve[:])
}

//go:noinline
func lastByte(b []byte) byte { return b[len(b)-1] }
