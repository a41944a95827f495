package ipc

import (
	"bytes"
	"encoding/binary"
	"testing"
)

// FuzzAdvancedReader splits arbitrary bytes, fed in chunks of the sizes
// plan gives, into advanced-mode frames: the frames (length + data) must
// spell out the input up to the last complete frame, and releasing each
// batch (which locates its buffer from the first frame's pointer) must
// leave later batches intact.
func FuzzAdvancedReader(f *testing.F) {
	f.Add([]byte("\x00\x00\x00\x02\xff\x0f\x00\x00\x00\x00\x00\x00\x00\x01_"), []byte{3, 1, 9})
	f.Add([]byte("\x00\x00\x00\x0a\xff\x0f\x6f\x22\x01\x61\x49\x02\x7b\x01\x00\x00"), []byte{16})
	f.Fuzz(func(t *testing.T, data, plan []byte) {
		c := &Channel{mode: Advanced}
		r := &lineReader{c: c, buf: make([]byte, 0, 2*readSize)}
		var got []byte
		var held [][]Frame
		for pos, step := 0, 0; pos < len(data); step++ {
			n := len(data) - pos
			if len(plan) > 0 {
				n = min(n, int(plan[step%len(plan)])+1)
			}
			r.buf = append(r.buf, data[pos:pos+n]...)
			pos += n
			frames := r.frames()
			for _, fr := range frames {
				got = binary.BigEndian.AppendUint32(got, uint32(len(fr.Data)))
				got = append(got, fr.Data...)
			}
			// Check earlier batches were not overwritten, then release them.
			for _, h := range held {
				for _, fr := range h {
					if !bytes.Contains(data, fr.Data) {
						t.Fatalf("a held frame changed: % x", fr.Data)
					}
				}
				c.Release(h)
			}
			held = held[:0]
			if len(frames) > 0 {
				held = append(held, frames)
			}
		}
		if !bytes.HasPrefix(data, got) {
			t.Fatalf("frames do not spell the input:\n% x\n% x", got, data)
		}
		rest := data[len(got):]
		if len(rest) >= 4 && uint64(len(rest)-4) >= uint64(binary.BigEndian.Uint32(rest)) {
			t.Fatalf("a complete frame was left unread: % x", rest)
		}
	})
}
