package crypto

import (
	"bytes"
	"crypto/pbkdf2"
	"crypto/subtle"
	"encoding/binary"
	"hash"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/internal/lazy"
	"github.com/gonode/gonode/internal/nativefunc"
	"github.com/gonode/gonode/modules/buffer"
	"github.com/gonode/gonode/runtime"
	"golang.org/x/sys/unix"
)

// The failure codes binding functions return instead of a result, for
// crypto.js to throw node's error.
const (
	failUnknownDigest = 0 // no such digest
	failNotXOF        = 1 // an output length the digest cannot give, or a XOF where it cannot serve
)

// asyncSlots bounds the derivations running at once, as libuv's thread pool
// of four does.
func asyncSlots() chan struct{} {
	return slots.Get(func() chan struct{} { return make(chan struct{}, 4) })
}

var slots lazy.Value[chan struct{}]

// binding is the per-runtime state of internal/crypto.
type binding struct {
	rt   *runtime.Runtime
	vm   *goja.Runtime
	ints []byte // random bytes for randomInt, consumed six at a time
}

func loadBinding(rt *runtime.Runtime, module *goja.Object) error {
	vm := rt.VM()
	b := &binding{rt: rt, vm: vm}
	o := vm.NewObject()
	fns := map[string]func(goja.FunctionCall) goja.Value{
		"hashCreate":           b.hashCreate,
		"hashCopy":             b.hashCopy,
		"hashUpdate":           b.hashUpdate,
		"hashDigest":           b.hashDigest,
		"hashOnce":             b.hashOnce,
		"hmacCreate":           b.hmacCreate,
		"pbkdf2":               b.pbkdf2,
		"scrypt":               b.scrypt,
		"hkdf":                 b.hkdf,
		"cipherCreate":         b.cipherCreate,
		"cipherUpdate":         b.cipherUpdate,
		"cipherFinal":          b.cipherFinal,
		"cipherSetAutoPadding": b.cipherSetAutoPadding,
		"cipherSetAAD":         b.cipherSetAAD,
		"cipherGetAuthTag":     b.cipherGetAuthTag,
		"cipherSetAuthTag":     b.cipherSetAuthTag,
		"cipherInfo":           b.cipherInfo,
		"getCiphers":           b.getCiphers,
		"randomFill":           b.randomFill,
		"randomInt":            b.randomInt,
		"randomUUID":           b.randomUUID,
		"timingSafeEqual":      b.timingSafeEqual,
		"getHashes":            b.getHashes,
	}
	if err := nativefunc.SetAll(b.vm, o, fns); err != nil {
		return err
	}
	return module.Set("exports", o)
}

// bytesArg returns the bytes of a Uint8Array argument (crypto.js passes
// every ArrayBuffer and view as one).
func (b *binding) bytesArg(v goja.Value) []byte {
	if p, ok := runtime.ViewBytes(b.vm, v); ok {
		return p
	}
	panic(b.vm.NewTypeError("internal/crypto: expected a Uint8Array"))
}

// dataArg returns the bytes of a string (in the encoding named by enc, UTF-8
// when absent, unknown or 'buffer', as node's StringBytes does) or of a
// Uint8Array.
func (b *binding) dataArg(v, enc goja.Value) []byte {
	if s, ok := v.(goja.String); ok {
		e := buffer.UTF8
		if !goja.IsUndefined(enc) && !goja.IsNull(enc) {
			name := enc.String()
			if n, ok := buffer.EncodingByName(name); ok {
				e = n
			}
		}
		return buffer.Encode(s, e)
	}
	return b.bytesArg(v)
}

// output renders digest bytes in the encoding named by enc: a Buffer (of a
// copy) for undefined, 'buffer' or a name node does not know.
func (b *binding) output(p []byte, enc goja.Value) goja.Value {
	if !goja.IsUndefined(enc) && !goja.IsNull(enc) {
		if e, ok := buffer.EncodingByName(enc.String()); ok && enc.String() != "" {
			return buffer.Decode(b.vm, p, e)
		}
	}
	return b.newBuffer(append([]byte(nil), p...))
}

func (b *binding) newBuffer(p []byte) goja.Value {
	buf, err := buffer.New(b.rt, p)
	if err != nil {
		b.rt.Rethrow(err)
	}
	return buf
}

func (b *binding) digestOf(v goja.Value) *Digest {
	d, ok := v.Export().(*Digest)
	if !ok {
		panic(b.vm.NewTypeError("internal/crypto: not a hash handle"))
	}
	return d
}

// outLenArg is an optional output length: -1 when undefined.
func outLenArg(v goja.Value) int {
	if goja.IsUndefined(v) || goja.IsNull(v) {
		return -1
	}
	return int(v.ToInteger())
}

func (b *binding) handle(d *Digest, err error) goja.Value {
	if err != nil {
		return b.vm.ToValue(failNotXOF)
	}
	return b.vm.ToValue(d)
}

// hashCreate(name, outputLength) returns a hash handle or a failure code.
func (b *binding) hashCreate(call goja.FunctionCall) goja.Value {
	alg := lookupAlgorithm(call.Argument(0).String())
	if alg == nil {
		return b.vm.ToValue(failUnknownDigest)
	}
	return b.handle(NewDigest(alg, outLenArg(call.Argument(1))))
}

// hashCopy(handle, outputLength) returns a copy of a hash handle or a
// failure code.
func (b *binding) hashCopy(call goja.FunctionCall) goja.Value {
	return b.handle(b.digestOf(call.Argument(0)).Copy(outLenArg(call.Argument(1))))
}

// hashUpdate(handle, data, encoding) adds data to a hash or hmac.
func (b *binding) hashUpdate(call goja.FunctionCall) goja.Value {
	b.digestOf(call.Argument(0)).Write(b.dataArg(call.Argument(1), call.Argument(2)))
	return goja.Undefined()
}

// hashDigest(handle, encoding) returns the digest of a hash or hmac.
func (b *binding) hashDigest(call goja.FunctionCall) goja.Value {
	return b.output(b.digestOf(call.Argument(0)).Sum(), call.Argument(1))
}

// hashOnce(name, data, encoding) is crypto.hash: the digest of data, or a
// failure code.
func (b *binding) hashOnce(call goja.FunctionCall) goja.Value {
	alg := lookupAlgorithm(call.Argument(0).String())
	if alg == nil {
		return b.vm.ToValue(failUnknownDigest)
	}
	d, err := NewDigest(alg, -1)
	if err != nil {
		return b.vm.ToValue(failNotXOF)
	}
	d.Write(b.dataArg(call.Argument(1), goja.Undefined()))
	return b.output(d.Sum(), call.Argument(2))
}

// hmacCreate(name, key) returns an hmac handle or a failure code.
func (b *binding) hmacCreate(call goja.FunctionCall) goja.Value {
	alg := lookupAlgorithm(call.Argument(0).String())
	if alg == nil {
		return b.vm.ToValue(failUnknownDigest)
	}
	return b.handle(NewHMAC(alg, b.bytesArg(call.Argument(1))))
}

// derive computes PBKDF2-HMAC over alg.
func derive(alg *algorithm, password, salt []byte, iter, keylen int) []byte {
	if keylen == 0 {
		return []byte{}
	}
	key, err := pbkdf2.Key(func() hash.Hash { return alg.new() }, string(password), salt, iter, keylen)
	if err != nil {
		// Only a length beyond (2^32-1) blocks fails, which node's keylen
		// validation already excludes.
		panic(err)
	}
	return key
}

// pbkdf2(password, salt, iterations, keylen, digest[, done]) returns the
// derived key as a Buffer, or a failure code. With done, it derives on
// another goroutine and calls done(key) from the loop, returning undefined.
func (b *binding) pbkdf2(call goja.FunctionCall) goja.Value {
	alg := lookupAlgorithm(call.Argument(4).String())
	if alg == nil {
		return b.vm.ToValue(failUnknownDigest)
	}
	if alg.new == nil {
		return b.vm.ToValue(failNotXOF)
	}
	password := bytes.Clone(b.bytesArg(call.Argument(0)))
	salt := bytes.Clone(b.bytesArg(call.Argument(1)))
	iter := int(call.Argument(2).ToInteger())
	keylen := int(call.Argument(3).ToInteger())
	return b.derived(call.Argument(5), func() []byte { return derive(alg, password, salt, iter, keylen) }, b.newBuffer)
}

// derived is what a key derivation (pbkdf2, scrypt, hkdf) returns: the
// key at once, as wrap makes it a value; or, given a done function,
// undefined, and done(wrap(key)) called from the loop once another
// goroutine (one of asyncSlots) has derived it. derive must not read
// memory JavaScript owns.
func (b *binding) derived(done goja.Value, derive func() []byte, wrap func([]byte) goja.Value) goja.Value {
	if goja.IsUndefined(done) {
		return wrap(derive())
	}
	b.rt.Async(func() func() {
		asyncSlots() <- struct{}{}
		key := derive()
		<-asyncSlots()
		return func() { b.rt.Call(done, goja.Undefined(), wrap(key)) }
	})
	return goja.Undefined()
}

// fillRandom fills p from the kernel's random source (getrandom(2), as
// libuv's uv_random and OpenSSL's seeding do).
func fillRandom(p []byte) error {
	for len(p) > 0 {
		n, err := unix.Getrandom(p, 0)
		if err == unix.EINTR {
			continue
		}
		if err != nil {
			return err
		}
		p = p[n:]
	}
	return nil
}

// randomFill(view, offset, size[, done]) fills view[offset:offset+size] with
// random bytes. With done, the bytes are drawn on another goroutine and
// copied in from the loop before done() is called.
func (b *binding) randomFill(call goja.FunctionCall) goja.Value {
	p := b.bytesArg(call.Argument(0))
	off := int(call.Argument(1).ToInteger())
	size := int(call.Argument(2).ToInteger())
	if off < 0 || size < 0 || off+size > len(p) {
		panic(b.vm.NewTypeError("internal/crypto: randomFill out of bounds"))
	}
	done := call.Argument(3)
	if goja.IsUndefined(done) {
		if err := fillRandom(p[off : off+size]); err != nil {
			panic(b.vm.NewGoError(err))
		}
		return goja.Undefined()
	}
	view := call.Argument(0)
	b.rt.Async(func() func() {
		fresh := make([]byte, size)
		err := fillRandom(fresh)
		return func() {
			if err != nil {
				b.rt.Call(done, goja.Undefined(), b.vm.NewGoError(err))
				return
			}
			copy(b.bytesArg(view)[off:], fresh)
			b.rt.Call(done, goja.Undefined(), goja.Null())
		}
	})
	return goja.Undefined()
}

// randMax is the largest value six random bytes give (node's RAND_MAX).
const randMax = 1<<48 - 1

// uniform draws an unbiased integer in [0, n) from six-byte values, by
// rejecting those at or above the largest multiple of n.
func uniform(n uint64, next func() uint64) uint64 {
	limit := randMax - randMax%n
	for {
		if x := next(); x < limit {
			return x % n
		}
	}
}

func sixBytes(p []byte) uint64 {
	var w [8]byte
	copy(w[2:], p[:6])
	return binary.BigEndian.Uint64(w[:])
}

// nextInt returns six random bytes as an integer, from a cache refilled 1024
// values at a time.
func (b *binding) nextInt() uint64 {
	if len(b.ints) < 6 {
		b.ints = make([]byte, 6*1024)
		if err := fillRandom(b.ints); err != nil {
			b.ints = nil
			panic(b.vm.NewGoError(err))
		}
	}
	x := sixBytes(b.ints)
	b.ints = b.ints[6:]
	return x
}

// randomInt(range[, done]) returns a random integer in [0, range), range
// being 1 to 2^48-1; with done, calls done(n) from the loop instead.
func (b *binding) randomInt(call goja.FunctionCall) goja.Value {
	n := uint64(call.Argument(0).ToInteger())
	done := call.Argument(1)
	if goja.IsUndefined(done) {
		return b.vm.ToValue(uniform(n, b.nextInt))
	}
	b.rt.Async(func() func() {
		var err error
		x := uniform(n, func() uint64 {
			var p [6]byte
			if err == nil {
				err = fillRandom(p[:])
			}
			return sixBytes(p[:])
		})
		return func() {
			if err != nil {
				b.rt.Call(done, goja.Undefined(), b.vm.NewGoError(err))
				return
			}
			b.rt.Call(done, goja.Undefined(), goja.Null(), b.vm.ToValue(x))
		}
	})
	return goja.Undefined()
}

// randomUUID() returns an RFC 4122 version 4 UUID.
func (b *binding) randomUUID(goja.FunctionCall) goja.Value {
	var u [16]byte
	if err := fillRandom(u[:]); err != nil {
		panic(b.vm.NewGoError(err))
	}
	u[6] = u[6]&0x0f | 0x40
	u[8] = u[8]&0x3f | 0x80
	const digits = "0123456789abcdef"
	out := make([]byte, 0, 36)
	for i, c := range u {
		if i == 4 || i == 6 || i == 8 || i == 10 {
			out = append(out, '-')
		}
		out = append(out, digits[c>>4], digits[c&0xf])
	}
	return b.vm.ToValue(string(out))
}

// timingSafeEqual(a, b) compares two Uint8Arrays of equal length in constant
// time.
func (b *binding) timingSafeEqual(call goja.FunctionCall) goja.Value {
	x, y := b.bytesArg(call.Argument(0)), b.bytesArg(call.Argument(1))
	return b.vm.ToValue(len(x) == len(y) && subtle.ConstantTimeCompare(x, y) == 1)
}

// getHashes() lists the digest names, as node's crypto.getHashes() for the
// digests gonode has.
func (b *binding) getHashes(goja.FunctionCall) goja.Value {
	_, listed := hashNames()
	names := make([]any, len(listed))
	for i, n := range listed {
		names[i] = n
	}
	return b.vm.NewArray(names...)
}
