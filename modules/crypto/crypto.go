// Package crypto implements the commonly used part of node's 'crypto' core
// module on Go's standard library: hashes (createHash, crypto.hash, the Hash
// stream), HMAC, AES ciphers (cbc, ecb, ctr, cfb, ofb, gcm), PBKDF2, scrypt,
// HKDF, random bytes, integers and UUIDs, timingSafeEqual, and the webcrypto
// getRandomValues/randomUUID, also as the global crypto. The Go binding is internal/crypto; crypto.js validates
// arguments and throws node's errors. Other ciphers, keys, signatures,
// Diffie-Hellman, X509 and webcrypto.subtle are not implemented.
package crypto

import (
	_ "embed"

	"github.com/gonode/gonode/modules/buffer"
	"github.com/gonode/gonode/modules/stream"
	"github.com/gonode/gonode/runtime"
)

//go:embed crypto.js
var source string

// Modules are the crypto package's core modules and the globals crypto
// (enumerable, getter only) and Crypto, as node 20 has them; modules/all
// registers them.
var Modules = runtime.ModuleSet{
	Needs: []*runtime.ModuleSet{&buffer.Modules, &stream.Modules},
	Core: []runtime.Module{
		{Name: "internal/crypto", Load: loadBinding},
		{Name: "crypto", Source: &source},
	},
	Globals: []runtime.Global{
		{Name: "crypto", Flags: runtime.GlobalEnumerable | runtime.GlobalGetterOnly, Module: "crypto", Path: "webcrypto"},
		{Name: "Crypto", Module: "crypto", Path: "webcrypto.constructor"},
	},
}
