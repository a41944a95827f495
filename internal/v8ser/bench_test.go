package v8ser

import "testing"

// BenchmarkMessage encodes and decodes a typical advanced IPC message.
func BenchmarkMessage(b *testing.B) {
	vm, c := newTestCodec(b)
	v, err := vm.RunString(`({ i: 12345, s: 'hello world', arr: [1, 2, 3, 4, 5, 6, 7, 8], o: { a: 1, b: 'x' }, m: new Map([[1, 'a']]), d: new Date(0) })`)
	if err != nil {
		b.Fatal(err)
	}
	var buf []byte
	for b.Loop() {
		if buf, err = c.AppendMessage(buf[:0], v); err != nil {
			b.Fatal(err)
		}
		if _, err := c.DecodeMessage(buf[4:]); err != nil {
			b.Fatal(err)
		}
	}
}
