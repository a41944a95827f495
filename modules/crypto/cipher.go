package crypto

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/subtle"
	"encoding/binary"
	"slices"
	"strings"

	"github.com/dop251/goja"
)

// The binding's cipher failure codes (node's errors for them are in
// crypto.js).
const (
	cipherUnknown      = 10 // no such cipher
	cipherKeyLength    = 11 // a key of the wrong length
	cipherIV           = 12 // an IV of the wrong length
	cipherAuthTagLen   = 13 // an authentication tag length GCM does not take
	cipherBadDecrypt   = 20 // padding that does not check out
	cipherFinalBlock   = 21 // input that is not whole blocks, unpadded
	cipherAuthFailed   = 22 // a GCM tag that does not match
	cipherInvalidState = 23 // final() after final()
)

// cipherSpec is one cipher gonode has: AES in a mode.
type cipherSpec struct {
	name    string // getCipherInfo's name
	mode    string
	keyLen  int
	ivLen   int // 0: none (ECB); GCM takes any length from 1, this one by default
	nid     int
	aliases []string
}

// cipherSpecs are the ciphers, by their names in lower case.
var cipherSpecs = func() map[string]*cipherSpec {
	m := map[string]*cipherSpec{}
	nids := map[string][3]int{ // for 128, 192 and 256 bits
		"ecb": {418, 422, 426}, "cbc": {419, 423, 427}, "ofb": {420, 424, 428}, "cfb": {421, 425, 429},
		"gcm": {895, 898, 901}, "ctr": {904, 905, 906},
	}
	for mode, ids := range nids {
		for i, bits := range []string{"128", "192", "256"} {
			s := &cipherSpec{name: "aes-" + bits + "-" + mode, mode: mode, keyLen: 16 + 8*i, ivLen: 16, nid: ids[i]}
			switch mode {
			case "ecb":
				s.ivLen = 0
			case "gcm":
				s.ivLen = 12
				s.name = "id-aes" + bits + "-gcm"
				s.aliases = []string{"aes-" + bits + "-gcm"}
			case "cbc":
				s.aliases = []string{"aes" + bits}
			}
			m[s.name] = s
			for _, a := range s.aliases {
				m[a] = s
			}
		}
	}
	return m
}()

// cipherNames are getCiphers()'s names, sorted: as node lists them, GCM's
// by their aes- aliases.
func cipherNames() []string {
	var names []string
	for name := range cipherSpecs {
		if !strings.HasPrefix(name, "id-") {
			names = append(names, name)
		}
	}
	slices.Sort(names)
	return names
}

// cipherState is one Cipher or Decipher object.
type cipherState struct {
	spec    *cipherSpec
	decrypt bool
	block   cipher.Block
	stream  cipher.Stream    // CTR, CFB, OFB and GCM's counter mode
	blocks  cipher.BlockMode // CBC; nil for ECB
	// pending is what a block mode has not processed yet: under a block, or
	// (decrypting with padding) the last whole block, kept for final.
	pending []byte
	padding bool
	done    bool
	// GCM: the AEAD that makes the tag over all the plaintext (final seals
	// it again, to make the tag or to check the one given), the tag's
	// length and the tag (made by final, or given by setAuthTag).
	aead   cipher.AEAD
	iv     []byte
	aad    []byte
	data   []byte
	tagLen int
	tag    []byte
}

// newCipherState makes the state of cipher name with key and iv (nil
// for none), or returns a failure code. tagLen is the authentication tag's
// length, or -1 for the default.
func newCipherState(name string, key, iv []byte, decrypt bool, tagLen int) (*cipherState, int) {
	spec := cipherSpecs[strings.ToLower(name)]
	if spec == nil {
		return nil, cipherUnknown
	}
	if len(key) != spec.keyLen {
		return nil, cipherKeyLength
	}
	switch {
	case spec.mode == "gcm":
		if len(iv) == 0 {
			return nil, cipherIV
		}
	case len(iv) != spec.ivLen:
		return nil, cipherIV
	}
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, cipherKeyLength
	}
	s := &cipherState{spec: spec, decrypt: decrypt, block: block, padding: true}
	switch spec.mode {
	case "cbc":
		if decrypt {
			s.blocks = cipher.NewCBCDecrypter(block, iv)
		} else {
			s.blocks = cipher.NewCBCEncrypter(block, iv)
		}
	case "ctr":
		s.stream = cipher.NewCTR(block, iv)
	case "ofb":
		s.stream = cipher.NewOFB(block, iv)
	case "cfb":
		if decrypt {
			s.stream = cipher.NewCFBDecrypter(block, iv)
		} else {
			s.stream = cipher.NewCFBEncrypter(block, iv)
		}
	case "gcm":
		if tagLen < 0 {
			tagLen = 16
		} else if !validTagLength(tagLen) {
			return nil, cipherAuthTagLen
		}
		aead, err := cipher.NewGCMWithNonceSize(block, len(iv))
		if err != nil {
			return nil, cipherIV
		}
		s.aead, s.iv, s.tagLen = aead, append([]byte(nil), iv...), tagLen
		s.stream = cipher.NewCTR(block, gcmCounter(block, iv))
	}
	return s, 0
}

// validTagLength reports whether GCM takes a tag of n bytes (OpenSSL's
// lengths: 4, 8, and 12 to 16).
func validTagLength(n int) bool {
	return n == 4 || n == 8 || (n >= 12 && n <= 16)
}

// gcmCounter is the counter block GCM encrypts the data from: inc32(J0),
// J0 being the IV and 1 for a 12-byte IV, GHASH of the IV otherwise (NIST
// SP 800-38D §7.1).
func gcmCounter(block cipher.Block, iv []byte) []byte {
	j0 := make([]byte, 16)
	if len(iv) == 12 {
		copy(j0, iv)
		j0[15] = 1
	} else {
		var h [16]byte
		block.Encrypt(h[:], h[:])
		padded := make([]byte, (len(iv)+15)/16*16+16)
		copy(padded, iv)
		binary.BigEndian.PutUint64(padded[len(padded)-8:], uint64(len(iv))*8)
		j0 = ghash(h, padded)
	}
	binary.BigEndian.PutUint32(j0[12:], binary.BigEndian.Uint32(j0[12:])+1)
	return j0
}

// ghash is GHASH_H over data, whole 16-byte blocks.
func ghash(h [16]byte, data []byte) []byte {
	var y [16]byte
	for i := 0; i < len(data); i += 16 {
		subtle.XORBytes(y[:], y[:], data[i:i+16])
		y = gfMul(y, h)
	}
	return y[:]
}

// gfMul multiplies x by y in GCM's GF(2^128) (SP 800-38D §6.3).
func gfMul(x, y [16]byte) [16]byte {
	var z [16]byte
	v := y
	for i := 0; i < 128; i++ {
		if x[i/8]&(0x80>>(i%8)) != 0 {
			subtle.XORBytes(z[:], z[:], v[:])
		}
		lsb := v[15] & 1
		for j := 15; j > 0; j-- {
			v[j] = v[j]>>1 | v[j-1]<<7
		}
		v[0] >>= 1
		if lsb != 0 {
			v[0] ^= 0xe1
		}
	}
	return z
}

// update encrypts or decrypts in: what can be output now.
func (s *cipherState) update(in []byte) []byte {
	if s.stream != nil {
		out := make([]byte, len(in))
		s.stream.XORKeyStream(out, in)
		if s.aead != nil {
			plain := in
			if s.decrypt {
				plain = out
			}
			s.data = append(s.data, plain...)
		}
		return out
	}
	s.pending = append(s.pending, in...)
	n := len(s.pending) / 16 * 16
	if s.decrypt && s.padding && n == len(s.pending) && n > 0 {
		n -= 16 // the last block may be padding: final decides
	}
	out := make([]byte, n)
	s.crypt(out, s.pending[:n])
	s.pending = append(s.pending[:0], s.pending[n:]...)
	return out
}

// crypt runs the block mode (CBC, or ECB block by block) over whole blocks.
func (s *cipherState) crypt(out, in []byte) {
	if s.blocks != nil {
		s.blocks.CryptBlocks(out, in)
		return
	}
	for i := 0; i < len(in); i += 16 {
		if s.decrypt {
			s.block.Decrypt(out[i:i+16], in[i:i+16])
		} else {
			s.block.Encrypt(out[i:i+16], in[i:i+16])
		}
	}
}

// final ends the operation: the last output, or a failure code.
func (s *cipherState) final() ([]byte, int) {
	if s.done {
		return nil, cipherInvalidState
	}
	s.done = true
	switch {
	case s.aead != nil:
		return s.finalGCM()
	case s.stream != nil:
		return []byte{}, 0
	case !s.padding:
		if len(s.pending) != 0 {
			return nil, cipherFinalBlock
		}
		return []byte{}, 0
	case !s.decrypt:
		pad := 16 - len(s.pending)%16
		in := append(s.pending, make([]byte, pad)...)
		for i := len(in) - pad; i < len(in); i++ {
			in[i] = byte(pad)
		}
		out := make([]byte, len(in))
		s.crypt(out, in)
		return out, 0
	}
	if len(s.pending) != 16 {
		return nil, cipherFinalBlock
	}
	out := make([]byte, 16)
	s.crypt(out, s.pending)
	pad := int(out[15])
	if pad == 0 || pad > 16 {
		return nil, cipherBadDecrypt
	}
	for _, c := range out[16-pad:] {
		if int(c) != pad {
			return nil, cipherBadDecrypt
		}
	}
	return out[:16-pad], 0
}

// finalGCM makes the tag (encrypting) or checks the one given
// (decrypting, against the tag made again: it may be shorter than 16
// bytes) over all the plaintext.
func (s *cipherState) finalGCM() ([]byte, int) {
	if s.decrypt && s.tag == nil {
		return nil, cipherAuthFailed
	}
	sealed := s.aead.Seal(nil, s.iv, s.data, s.aad)
	tag := sealed[len(sealed)-16:]
	if !s.decrypt {
		s.tag = tag[:s.tagLen]
	} else if subtle.ConstantTimeCompare(tag[:len(s.tag)], s.tag) != 1 {
		return nil, cipherAuthFailed
	}
	return []byte{}, 0
}

func (b *binding) cipherOf(v goja.Value) *cipherState {
	s, ok := v.Export().(*cipherState)
	if !ok {
		panic(b.vm.NewTypeError("internal/crypto: not a cipher handle"))
	}
	return s
}

// cipherCreate(name, key, iv or null, decrypt, authTagLength or -1) returns
// a cipher handle or a failure code.
func (b *binding) cipherCreate(call goja.FunctionCall) goja.Value {
	var iv []byte
	if !goja.IsNull(call.Argument(2)) {
		iv = b.bytesArg(call.Argument(2))
	}
	key := b.bytesArg(call.Argument(1))
	s, code := newCipherState(call.Argument(0).String(), key, iv, call.Argument(3).ToBoolean(), int(call.Argument(4).ToInteger()))
	if s == nil {
		return b.vm.ToValue(code)
	}
	return b.vm.ToValue(s)
}

// cipherUpdate(handle, data) returns the output so far, or null once the
// cipher has ended.
func (b *binding) cipherUpdate(call goja.FunctionCall) goja.Value {
	s := b.cipherOf(call.Argument(0))
	if s.done {
		return goja.Null()
	}
	return b.newBuffer(s.update(b.bytesArg(call.Argument(1))))
}

// cipherFinal(handle) returns the last output, or a failure code.
func (b *binding) cipherFinal(call goja.FunctionCall) goja.Value {
	out, code := b.cipherOf(call.Argument(0)).final()
	if out == nil {
		return b.vm.ToValue(code)
	}
	return b.newBuffer(out)
}

// cipherSetAutoPadding(handle, on) reports whether padding could be set
// (not once the cipher has ended).
func (b *binding) cipherSetAutoPadding(call goja.FunctionCall) goja.Value {
	s := b.cipherOf(call.Argument(0))
	if s.done {
		return b.vm.ToValue(false)
	}
	s.padding = call.Argument(1).ToBoolean()
	return b.vm.ToValue(true)
}

// cipherSetAAD(handle, data) reports whether the additional authenticated
// data could be set: GCM, before any data.
func (b *binding) cipherSetAAD(call goja.FunctionCall) goja.Value {
	s := b.cipherOf(call.Argument(0))
	if s.aead == nil || s.done || len(s.data) > 0 {
		return b.vm.ToValue(false)
	}
	s.aad = append(s.aad, b.bytesArg(call.Argument(1))...)
	return b.vm.ToValue(true)
}

// cipherGetAuthTag(handle) returns a GCM cipher's tag once it has ended,
// or undefined.
func (b *binding) cipherGetAuthTag(call goja.FunctionCall) goja.Value {
	s := b.cipherOf(call.Argument(0))
	if s.aead == nil || s.decrypt || s.tag == nil {
		return goja.Undefined()
	}
	return b.newBuffer(append([]byte(nil), s.tag...))
}

// cipherSetAuthTag(handle, tag) sets a GCM decipher's expected tag: true,
// false where it cannot, or the cipherAuthTagLen failure code.
func (b *binding) cipherSetAuthTag(call goja.FunctionCall) goja.Value {
	s := b.cipherOf(call.Argument(0))
	if s.aead == nil || !s.decrypt || s.done || s.tag != nil {
		return b.vm.ToValue(false)
	}
	tag := b.bytesArg(call.Argument(1))
	if !validTagLength(len(tag)) || (s.tagLen != 16 && len(tag) != s.tagLen) {
		return b.vm.ToValue(cipherAuthTagLen)
	}
	s.tag = append([]byte(nil), tag...)
	return b.vm.ToValue(true)
}

// cipherInfo(name or nid) returns getCipherInfo's fields of the cipher as
// [name, mode, nid, blockSize, ivLength, keyLength], or undefined.
func (b *binding) cipherInfo(call goja.FunctionCall) goja.Value {
	var s *cipherSpec
	if nid, ok := call.Argument(0).Export().(int64); ok {
		for _, spec := range cipherSpecs {
			if int64(spec.nid) == nid {
				s = spec
			}
		}
	} else {
		s = cipherSpecs[strings.ToLower(call.Argument(0).String())]
	}
	if s == nil {
		return goja.Undefined()
	}
	blockSize := 1
	if s.mode == "cbc" || s.mode == "ecb" {
		blockSize = 16
	}
	return b.vm.ToValue([]any{s.name, s.mode, s.nid, blockSize, s.ivLen, s.keyLen})
}

// getCiphers() returns the cipher names.
func (b *binding) getCiphers(goja.FunctionCall) goja.Value {
	return b.vm.ToValue(cipherNames())
}
