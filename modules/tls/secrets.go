package tls

// What a session reveals of its secrets: the key log and exported keying
// material.

import (
	"bytes"
	"fmt"

	"github.com/dop251/goja"
)

// keyLogger is a session's crypto/tls key log: once JavaScript listens,
// each line (NSS's format, with its newline) goes to onkeylog.
type keyLogger struct{ s *session }

// Write takes one line, on the handshake goroutine.
func (k keyLogger) Write(p []byte) (int, error) {
	if k.s.keylog.Load() {
		line := bytes.Clone(p)
		k.s.b.rt.Post(func() { k.s.call("onkeylog", k.s.b.newBuffer(line)) })
	}
	return len(p), nil
}

// jsExportKeyingMaterial(length, label, context) derives length bytes of
// keying material (RFC 5705) from the established connection; context
// undefined is none.
func (s *session) jsExportKeyingMaterial(call goja.FunctionCall) goja.Value {
	if s.state == nil {
		panic(s.b.vm.NewTypeError("internal/tls: no connection"))
	}
	var context []byte
	if c := call.Argument(2); !goja.IsUndefined(c) {
		context = s.b.bytesArg(c)
	}
	p, err := s.state.ExportKeyingMaterial(call.Argument(1).String(), context, int(call.Argument(0).ToInteger()))
	if err != nil {
		panic(s.b.vm.NewGoError(fmt.Errorf("exportKeyingMaterial: %w", err)))
	}
	return s.b.newBuffer(p)
}
