// Package tls provides node's 'tls' and 'https' core modules on Go's
// crypto/tls. A TLSSocket is a net.Socket whose handle (a TLSWrap, as in
// node) runs a session of the Go binding internal/tls over a transport:
// the socket tls.connect() opened, the one a server accepted, or any
// Duplex given as options.socket. The session's goroutines encrypt and
// decrypt. A net.Socket transport's connection the session reads and
// writes itself, as node's TLSWrap consumes its transport's handle; any
// other transport's ciphertext travels through it in JavaScript, so a
// transport may be any stream. The chain and host name are checked in JavaScript after the
// handshake, as node does, with node's error codes; https is http over it.
package tls

import (
	_ "embed"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/internal/nativefunc"
	"github.com/gonode/gonode/modules/buffer"
	"github.com/gonode/gonode/modules/http"
	"github.com/gonode/gonode/runtime"
)

// Modules are tls and https; modules/all registers them.
var Modules = runtime.ModuleSet{
	Needs: []*runtime.ModuleSet{&http.Modules, &buffer.Modules},
	Core: []runtime.Module{
		{Name: "internal/tls", Load: loadBinding},
		{Name: "_tls_wrap", Source: &wrapSource},
		{Name: "tls", Source: &tlsSource},
		{Name: "https", Source: &httpsSource},
	},
}

var (
	//go:embed lib/tls.js
	tlsSource string
	//go:embed lib/wrap.js
	wrapSource string
	//go:embed lib/https.js
	httpsSource string
)

type binding struct {
	rt *runtime.Runtime
	vm *goja.Runtime
}

func loadBinding(rt *runtime.Runtime, module *goja.Object) error {
	b := &binding{rt: rt, vm: rt.VM()}
	o := b.vm.NewObject()
	err := nativefunc.SetAll(b.vm, o, map[string]func(goja.FunctionCall) goja.Value{
		"createContext": b.createContext,
		"newSession":    b.jsNewSession,
		// getTicketKeys(context) and setTicketKeys(context, keys) are a
		// server context's 48 bytes of session ticket keys.
		"getTicketKeys": func(call goja.FunctionCall) goja.Value {
			keys, _ := b.contextArg(call.Argument(0)).sessionTicketKeys()
			return b.newBuffer(keys[:])
		},
		"setTicketKeys": func(call goja.FunctionCall) goja.Value {
			keys := b.bytesArg(call.Argument(1))
			if len(keys) != 48 {
				panic(b.vm.NewTypeError("internal/tls: ticket keys must be 48 bytes"))
			}
			b.contextArg(call.Argument(0)).setSessionTicketKeys([48]byte(keys))
			return goja.Undefined()
		},
		"rootCertificates": func(goja.FunctionCall) goja.Value {
			roots := rootCertificates()
			items := make([]any, len(roots))
			for i, r := range roots {
				items[i] = r
			}
			return b.vm.NewArray(items...)
		},
	})
	if err != nil {
		return err
	}
	return module.Set("exports", o)
}

// bytesArg returns the bytes of a Uint8Array.
func (b *binding) bytesArg(v goja.Value) []byte {
	if p, ok := runtime.ViewBytes(b.vm, v); ok {
		return p
	}
	panic(b.vm.NewTypeError("internal/tls: expected a Uint8Array"))
}

// bytesList returns the bytes of each Uint8Array of an array.
func (b *binding) bytesList(v goja.Value) [][]byte {
	arr, ok := v.(*goja.Object)
	if !ok {
		return nil
	}
	var out [][]byte
	for _, k := range arr.Keys() {
		out = append(out, b.bytesArg(arr.Get(k)))
	}
	return out
}

func (b *binding) newBuffer(p []byte) goja.Value {
	buf, err := buffer.New(b.rt, p)
	if err != nil {
		b.rt.Rethrow(err)
	}
	return buf
}

// throwOpenSSL throws err as node throws an OpenSSL error: an Error with
// its code, library and reason.
func (b *binding) throwOpenSSL(err error) {
	e, ok := err.(*opensslError)
	if !ok {
		panic(b.vm.NewGoError(err))
	}
	o, jsErr := b.vm.New(b.vm.Get("Error"), b.vm.ToValue(e.message))
	if jsErr != nil {
		b.rt.Rethrow(jsErr)
	}
	_ = o.Set("library", e.library)
	_ = o.Set("reason", e.reason)
	_ = o.Set("code", e.code)
	panic(o)
}

// createContext(options) makes a secure context from tls.js's normalised
// options: keys, certs and ca as arrays of Buffers (ca undefined for the
// default authorities), passphrase, minVersion and maxVersion as numbers.
func (b *binding) createContext(call goja.FunctionCall) goja.Value {
	o := call.Argument(0).ToObject(b.vm)
	opts := contextOptions{
		keys:       b.bytesList(o.Get("keys")),
		certs:      b.bytesList(o.Get("certs")),
		minVersion: uint16(o.Get("minVersion").ToInteger()),
		maxVersion: uint16(o.Get("maxVersion").ToInteger()),
	}
	if p := o.Get("passphrase"); p != nil && !goja.IsUndefined(p) && !goja.IsNull(p) {
		opts.passphrase = p.String()
	}
	if ca := o.Get("ca"); ca != nil && !goja.IsUndefined(ca) {
		opts.hasCA = true
		opts.ca = b.bytesList(ca)
	}
	ctx, err := newSecureContext(opts)
	if err != nil {
		b.throwOpenSSL(err)
	}
	return b.vm.ToValue(ctx)
}

// newSession(context, isServer, options, handlers) makes a session (see
// session) for a TLSWrap; options are servername, ALPNProtocols (an array
// of strings), requestCert, rejectUnauthorized and SNI (the server asks
// onsni for the client's server name).
func (b *binding) jsNewSession(call goja.FunctionCall) goja.Value {
	ctx := b.contextArg(call.Argument(0))
	o := call.Argument(2).ToObject(b.vm)
	opts := sessionOptions{
		servername:         stringOr(o.Get("servername")),
		requestCert:        o.Get("requestCert").ToBoolean(),
		rejectUnauthorized: o.Get("rejectUnauthorized").ToBoolean(),
		sni:                o.Get("SNI").ToBoolean(),
	}
	if arr, ok := o.Get("ALPNProtocols").(*goja.Object); ok {
		for _, k := range arr.Keys() {
			opts.alpn = append(opts.alpn, arr.Get(k).String())
		}
	}
	handlers := call.Argument(3).ToObject(b.vm)
	s, err := b.newSession(ctx, call.Argument(1).ToBoolean(), opts, handlers)
	if err != nil {
		panic(b.vm.NewGoError(err))
	}
	return s
}

// contextArg returns the secure context v holds.
func (b *binding) contextArg(v goja.Value) *secureContext {
	ctx, ok := v.Export().(*secureContext)
	if !ok {
		panic(b.vm.NewTypeError("internal/tls: not a secure context"))
	}
	return ctx
}

// stringOr is v's string, or "" for a missing value.
func stringOr(v goja.Value) string {
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return ""
	}
	return v.String()
}
