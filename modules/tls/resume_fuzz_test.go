package tls

import (
	"encoding/binary"
	"testing"
)

// FuzzParseSession feeds arbitrary bytes, as a program may give
// tls.connect's session option, to parseSession: it must give a session
// or nil, never panic.
func FuzzParseSession(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte("not a session"))
	f.Add(binary.BigEndian.AppendUint32(nil, 0xffffffff))
	f.Add(append(binary.BigEndian.AppendUint32(nil, 3), "tic\x00\x01state"...))
	f.Fuzz(func(t *testing.T, p []byte) {
		parseSession(p)
	})
}
