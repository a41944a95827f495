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

	_ "github.com/gonode/gonode/modules/buffer" // internal/errors, buffer
	_ "github.com/gonode/gonode/modules/stream" // the Hash and Hmac streams
	"github.com/gonode/gonode/runtime"
)

//go:embed crypto.js
var source string

func init() {
	runtime.RegisterCoreModule("internal/crypto", loadBinding)
	runtime.RegisterCoreModule("crypto", runtime.JSModule("node:crypto", source))
	// The globals crypto (enumerable) and Crypto, as node 20 has them.
	runtime.RegisterGlobal("crypto", runtime.GlobalEnumerable|runtime.GlobalGetterOnly, runtime.ModuleGlobal("crypto", "webcrypto"))
	runtime.RegisterGlobal("Crypto", 0, runtime.ModuleGlobal("crypto", "webcrypto.constructor"))
}
