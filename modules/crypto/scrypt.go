package crypto

import (
	"bytes"
	"crypto/pbkdf2"
	"crypto/sha256"
	"encoding/binary"
	"math"
	"math/bits"

	"github.com/dop251/goja"
)

// The binding's scrypt failure codes, as OpenSSL's parameter checks fail.
const (
	scryptInvalid  = 0 // N not a power of two above 1
	scryptTooLarge = 1 // OpenSSL's "memory limit exceeded"
)

// scryptCheck reports whether OpenSSL (EVP_PBE_scrypt) takes the
// parameters, and else which failure code node reports.
func scryptCheck(n, r, p, maxmem uint64) (int, bool) {
	if r == 0 || p == 0 || n < 2 || n&(n-1) != 0 {
		return scryptInvalid, false
	}
	const prMax = 1<<30 - 1
	if p > prMax/r {
		return scryptTooLarge, false
	}
	if 16*r <= 63 && n >= 1<<(16*r) {
		return scryptTooLarge, false
	}
	blen := p * 128 * r
	if blen > math.MaxInt32 || n+2 > math.MaxUint64/128/r {
		return scryptTooLarge, false
	}
	vlen := 128 * r * (n + 2)
	if blen > math.MaxUint64-vlen || blen+vlen > maxmem {
		return scryptTooLarge, false
	}
	return 0, true
}

// scryptKey derives keyLen bytes from password and salt with scrypt
// (RFC 7914): n the cost, r the block size, p the parallelization, checked
// by scryptCheck.
func scryptKey(password, salt []byte, n, r, p, keyLen int) []byte {
	b, err := pbkdf2.Key(sha256.New, string(password), salt, 1, p*128*r)
	if err != nil {
		panic(err) // lengths scryptCheck bounds
	}
	x := make([]uint32, 32*r)
	tmp := make([]uint32, 32*r)
	v := make([]uint32, 32*r*n)
	for i := 0; i < p; i++ {
		roMix(b[i*128*r:(i+1)*128*r], r, n, x, v, tmp)
	}
	if keyLen == 0 {
		return []byte{}
	}
	key, err := pbkdf2.Key(sha256.New, string(password), b, 1, keyLen)
	if err != nil {
		panic(err)
	}
	return key
}

// roMix is scryptROMix (RFC 7914 §5) on the block b, in place; x, v and tmp
// are its working memory.
func roMix(b []byte, r, n int, x, v, tmp []uint32) {
	for i := range x {
		x[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	size := 32 * r
	for i := 0; i < n; i++ {
		copy(v[i*size:], x)
		blockMix(x, tmp, r)
	}
	for i := 0; i < n; i++ {
		j := int(x[(2*r-1)*16] & uint32(n-1)) // Integerify(X) mod N
		for k, w := range v[j*size : (j+1)*size] {
			x[k] ^= w
		}
		blockMix(x, tmp, r)
	}
	for i, w := range x {
		binary.LittleEndian.PutUint32(b[4*i:], w)
	}
}

// blockMix is scryptBlockMix (RFC 7914 §4) over Salsa20/8 on b's 2r
// 64-byte blocks (16 words each), in place.
func blockMix(b, tmp []uint32, r int) {
	var t [16]uint32
	copy(t[:], b[(2*r-1)*16:])
	for i := 0; i < 2*r; i++ {
		for k := range t {
			t[k] ^= b[i*16+k]
		}
		salsa8(&t)
		// The even blocks come first, then the odd ones.
		at := (i / 2) * 16
		if i%2 == 1 {
			at += r * 16
		}
		copy(tmp[at:at+16], t[:])
	}
	copy(b, tmp)
}

// salsa8 is the Salsa20/8 core (RFC 7914 §3) on b.
func salsa8(b *[16]uint32) {
	x := *b
	for i := 0; i < 8; i += 2 {
		// Columns.
		x[4] ^= bits.RotateLeft32(x[0]+x[12], 7)
		x[8] ^= bits.RotateLeft32(x[4]+x[0], 9)
		x[12] ^= bits.RotateLeft32(x[8]+x[4], 13)
		x[0] ^= bits.RotateLeft32(x[12]+x[8], 18)
		x[9] ^= bits.RotateLeft32(x[5]+x[1], 7)
		x[13] ^= bits.RotateLeft32(x[9]+x[5], 9)
		x[1] ^= bits.RotateLeft32(x[13]+x[9], 13)
		x[5] ^= bits.RotateLeft32(x[1]+x[13], 18)
		x[14] ^= bits.RotateLeft32(x[10]+x[6], 7)
		x[2] ^= bits.RotateLeft32(x[14]+x[10], 9)
		x[6] ^= bits.RotateLeft32(x[2]+x[14], 13)
		x[10] ^= bits.RotateLeft32(x[6]+x[2], 18)
		x[3] ^= bits.RotateLeft32(x[15]+x[11], 7)
		x[7] ^= bits.RotateLeft32(x[3]+x[15], 9)
		x[11] ^= bits.RotateLeft32(x[7]+x[3], 13)
		x[15] ^= bits.RotateLeft32(x[11]+x[7], 18)
		// Rows.
		x[1] ^= bits.RotateLeft32(x[0]+x[3], 7)
		x[2] ^= bits.RotateLeft32(x[1]+x[0], 9)
		x[3] ^= bits.RotateLeft32(x[2]+x[1], 13)
		x[0] ^= bits.RotateLeft32(x[3]+x[2], 18)
		x[6] ^= bits.RotateLeft32(x[5]+x[4], 7)
		x[7] ^= bits.RotateLeft32(x[6]+x[5], 9)
		x[4] ^= bits.RotateLeft32(x[7]+x[6], 13)
		x[5] ^= bits.RotateLeft32(x[4]+x[7], 18)
		x[11] ^= bits.RotateLeft32(x[10]+x[9], 7)
		x[8] ^= bits.RotateLeft32(x[11]+x[10], 9)
		x[9] ^= bits.RotateLeft32(x[8]+x[11], 13)
		x[10] ^= bits.RotateLeft32(x[9]+x[8], 18)
		x[12] ^= bits.RotateLeft32(x[15]+x[14], 7)
		x[13] ^= bits.RotateLeft32(x[12]+x[15], 9)
		x[14] ^= bits.RotateLeft32(x[13]+x[12], 13)
		x[15] ^= bits.RotateLeft32(x[14]+x[13], 18)
	}
	for i := range b {
		b[i] += x[i]
	}
}

// scrypt(password, salt, keylen, N, r, p, maxmem[, done]) returns the
// derived key as a Buffer, or a failure code for parameters OpenSSL
// refuses. With done, it derives on another goroutine and calls done(key)
// from the loop, returning undefined.
func (b *binding) scrypt(call goja.FunctionCall) goja.Value {
	arg := func(i int) uint64 { return uint64(call.Argument(i).ToInteger()) }
	n, r, p := arg(3), arg(4), arg(5)
	if code, ok := scryptCheck(n, r, p, arg(6)); !ok {
		return b.vm.ToValue(code)
	}
	password := bytes.Clone(b.bytesArg(call.Argument(0)))
	salt := bytes.Clone(b.bytesArg(call.Argument(1)))
	keylen := int(call.Argument(2).ToInteger())
	return b.derived(call.Argument(7), func() []byte {
		return scryptKey(password, salt, int(n), int(r), int(p), keylen)
	}, b.newBuffer)
}
