// Package crypto implements the commonly used part of node's 'crypto' core
// module on Go's standard library: hashes (createHash, crypto.hash, the Hash
// stream), HMAC, PBKDF2, random bytes, integers and UUIDs, timingSafeEqual,
// and the webcrypto getRandomValues/randomUUID, also as the global crypto.
// The Go binding is internal/crypto; crypto.js validates arguments and
// throws node's errors. Ciphers, keys, signatures, Diffie-Hellman, X509,
// scrypt, hkdf and webcrypto.subtle are not implemented.
package crypto

import (
	_ "embed"

	"github.com/dop251/goja"
	_ "github.com/gonode/gonode/modules/buffer" // internal/errors, buffer
	_ "github.com/gonode/gonode/modules/stream" // the Hash and Hmac streams
	"github.com/gonode/gonode/runtime"
)

//go:embed crypto.js
var source string

func init() {
	runtime.RegisterCoreModule("internal/crypto", loadBinding)
	runtime.RegisterCoreModule("crypto", runtime.JSModule("node:crypto", source))
	runtime.RegisterStartupHook(installGlobal)
}

// installGlobal defines the globals crypto and Crypto as node 20 does:
// crypto an enumerable getter (no setter) for require('crypto').webcrypto,
// Crypto a non-enumerable getter for its class that an assignment replaces.
// Both load the module on first use.
func installGlobal(rt *runtime.Runtime) error {
	vm := rt.VM()
	g := vm.GlobalObject()
	webcrypto := func() *goja.Object {
		exports, err := rt.Require("crypto")
		if err != nil {
			rt.Rethrow(err)
		}
		return exports.ToObject(vm).Get("webcrypto").ToObject(vm)
	}
	getCrypto := vm.ToValue(func(goja.FunctionCall) goja.Value { return webcrypto() })
	if err := g.DefineAccessorProperty("crypto", getCrypto, nil, goja.FLAG_TRUE, goja.FLAG_TRUE); err != nil {
		return err
	}
	getClass := vm.ToValue(func(goja.FunctionCall) goja.Value { return webcrypto().Get("constructor") })
	setClass := vm.ToValue(func(call goja.FunctionCall) goja.Value {
		_ = g.DefineDataProperty("Crypto", call.Argument(0), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
		return goja.Undefined()
	})
	return g.DefineAccessorProperty("Crypto", getClass, setClass, goja.FLAG_TRUE, goja.FLAG_FALSE)
}
