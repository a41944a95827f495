package crypto

import (
	"bytes"
	"crypto/hkdf"
	"hash"

	"github.com/dop251/goja"
)

// failKeyLen is the binding's failure code for an HKDF output longer than
// 255 of the digest's blocks.
const failKeyLen = 2

// hkdf(digest, key, salt, info, length[, done]) returns the derived bytes
// as an ArrayBuffer, or a failure code. With done, it derives on another
// goroutine and calls done(bytes) from the loop, returning undefined.
func (b *binding) hkdf(call goja.FunctionCall) goja.Value {
	alg := lookupAlgorithm(call.Argument(0).String())
	if alg == nil {
		return b.vm.ToValue(failUnknownDigest)
	}
	length := int(call.Argument(4).ToInteger())
	if alg.new != nil && length > 255*alg.new().Size() {
		return b.vm.ToValue(failKeyLen)
	}
	if alg.new == nil {
		return b.vm.ToValue(failNotXOF)
	}
	key := bytes.Clone(b.bytesArg(call.Argument(1)))
	salt := bytes.Clone(b.bytesArg(call.Argument(2)))
	info := string(b.bytesArg(call.Argument(3)))
	derive := func() []byte {
		if length == 0 {
			return []byte{}
		}
		out, err := hkdf.Key(func() hash.Hash { return alg.new() }, key, salt, info, length)
		if err != nil {
			panic(err) // lengths checked above
		}
		return out
	}
	return b.derived(call.Argument(5), derive, func(out []byte) goja.Value {
		return b.vm.ToValue(b.vm.NewArrayBuffer(out))
	})
}
