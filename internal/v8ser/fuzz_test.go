package v8ser

import (
	"encoding/hex"
	"testing"
)

// FuzzDeserialize feeds arbitrary bytes to Deserialize, DecodeMessage and
// ScanMessage: they may fail but never panic, and a payload ScanMessage
// rejects must not decode (the reader goroutine's check is not looser than
// the decoder... except for what only building values finds, which the
// scanner does not claim to check). What decodes must serialize again and
// decode to the same bytes.
func FuzzDeserialize(f *testing.F) {
	for _, tc := range nodeCases {
		b, _ := hex.DecodeString(tc.hex)
		f.Add(b)
	}
	f.Add([]byte("\xff\x0f\x5c\x00\x0a\x02ab"))
	f.Add([]byte("\xff\x0f\x5c\x01\x6f\x7b\x00"))
	f.Add([]byte("\xff\x0f\x42\x04\x00\x00\x00\x00\x56\x42\x00\x04\x00"))
	vm, c := newTestCodec(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		_, scanErr := ScanMessage(data)
		for _, child := range []bool{false, true} {
			d := c.NewDeserializer(data)
			d.ChildProcess = child
			if err := d.ReadHeader(); err != nil {
				continue
			}
			v, err := d.ReadValue()
			if err != nil {
				continue
			}
			if child && scanErr != nil {
				t.Fatalf("ScanMessage rejected (%v) what DecodeMessage accepts: % x", scanErr, data)
			}
			again, err := c.Serialize(v)
			if err != nil {
				continue // e.g. a getter-free value V8 can read but not write: none known
			}
			back, err := c.Deserialize(again)
			if err != nil {
				t.Fatalf("re-serialized bytes do not decode: %v\n% x\n% x", err, data, again)
			}
			third, err := c.Serialize(back)
			if err != nil || hex.EncodeToString(third) != hex.EncodeToString(again) {
				t.Fatalf("not a fixed point: % x then % x (%v)", again, third, err)
			}
		}
		_ = vm
	})
}
