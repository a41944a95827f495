package v8ser

import (
	"encoding/binary"
	"errors"
	"math"
)

// Version is the format version written by WriteHeader (V8's
// kLatestVersion in node v20).
const Version = 15

// Serialization tags (V8's SerializationTag).
const (
	tagVersion             = 0xFF
	tagPadding             = 0x00
	tagVerifyCount         = '?'
	tagHole                = '-'
	tagUndefined           = '_'
	tagNull                = '0'
	tagTrue                = 'T'
	tagFalse               = 'F'
	tagInt32               = 'I'
	tagUint32              = 'U'
	tagDouble              = 'N'
	tagBigInt              = 'Z'
	tagUTF8String          = 'S'
	tagOneByteString       = '"'
	tagTwoByteString       = 'c'
	tagObjectRef           = '^'
	tagBeginObject         = 'o'
	tagEndObject           = '{'
	tagBeginSparse         = 'a'
	tagEndSparse           = '@'
	tagBeginDense          = 'A'
	tagEndDense            = '$'
	tagDate                = 'D'
	tagTrueObject          = 'y'
	tagFalseObject         = 'x'
	tagNumberObject        = 'n'
	tagBigIntObject        = 'z'
	tagStringObject        = 's'
	tagRegExp              = 'R'
	tagBeginMap            = ';'
	tagEndMap              = ':'
	tagBeginSet            = '\''
	tagEndSet              = ','
	tagArrayBuffer         = 'B'
	tagArrayBufferVw       = 'V'
	tagArrayBufferTransfer = 't'
	tagHostObject          = '\\'
	tagError               = 'r'
	errTagEval             = 'E'
	errTagRange            = 'R'
	errTagReference        = 'F'
	errTagSyntax           = 'S'
	errTagType             = 'T'
	errTagURI              = 'U'
	errTagMessage          = 'm'
	errTagCause            = 'c'
	errTagStack            = 's'
	errTagEnd              = '.'
	hostViewTag            = 0 // ChildProcessSerializer: an ArrayBufferView follows
	hostCopyTag            = 1 // ChildProcessSerializer: a plain copy follows
	maxDepth               = 5000
	regexpFlagsMask        = 1<<9 - 1
	regexpFlagLinear       = 1 << 6
	bigIntMaxBytes         = 1 << 30
	bufferTypeIndex        = 10
	dataViewTypeIndex      = 9
)

// regexpFlags are V8's JSRegExp flag bits, in bit order.
var regexpFlags = [...]struct {
	bit  uint32
	char byte
}{{1, 'g'}, {2, 'i'}, {4, 'm'}, {8, 'y'}, {16, 'u'}, {32, 's'}, {128, 'd'}, {256, 'v'}}

// viewTypes are node's ArrayBufferView type indexes (lib/v8.js), with the
// element size; index 10 is Buffer.
var viewTypes = [...]struct {
	name string
	size int
}{
	{"Int8Array", 1}, {"Uint8Array", 1}, {"Uint8ClampedArray", 1}, {"Int16Array", 2},
	{"Uint16Array", 2}, {"Int32Array", 4}, {"Uint32Array", 4}, {"Float32Array", 4},
	{"Float64Array", 8}, {"DataView", 1}, {"Buffer", 1}, {"BigInt64Array", 8}, {"BigUint64Array", 8},
}

// errMalformed reports bytes that are not a valid serialization.
var errMalformed = errors.New("v8ser: malformed data")

func appendVarint(b []byte, v uint64) []byte {
	for v >= 0x80 {
		b = append(b, byte(v)|0x80)
		v >>= 7
	}
	return append(b, byte(v))
}

func varintLen(v uint64) int {
	n := 1
	for v >= 0x80 {
		v >>= 7
		n++
	}
	return n
}

func appendZigZag(b []byte, v int32) []byte {
	return appendVarint(b, uint64(uint32(v<<1)^uint32(v>>31)))
}

// appendDouble writes f little-endian; NaNs as V8's canonical quiet NaN.
func appendDouble(b []byte, f float64) []byte {
	if f != f {
		return binary.LittleEndian.AppendUint64(b, 0x7ff8000000000000)
	}
	return binary.LittleEndian.AppendUint64(b, math.Float64bits(f))
}

// reader is a cursor over serialized bytes.
type reader struct {
	data []byte
	pos  int
}

// varint reads a base-128 varint of at most bits bits. Like V8 it reads
// no more than bits/7+1 bytes and drops bits past the width.
func (r *reader) varint(bits uint) (uint64, bool) {
	var v uint64
	for shift := uint(0); ; shift += 7 {
		if r.pos >= len(r.data) {
			return 0, false
		}
		if shift >= bits {
			break
		}
		c := r.data[r.pos]
		r.pos++
		v |= uint64(c&0x7f) << shift
		if c < 0x80 {
			break
		}
	}
	if bits < 64 {
		v &= 1<<bits - 1
	}
	return v, true
}

func (r *reader) uint32() (uint32, bool) {
	v, ok := r.varint(32)
	return uint32(v), ok
}

// prefixed reads a uint32 length and then that many bytes.
func (r *reader) prefixed() ([]byte, bool) {
	n, ok := r.uint32()
	if !ok {
		return nil, false
	}
	return r.bytes(uint64(n))
}

func (r *reader) double() (float64, bool) {
	if len(r.data)-r.pos < 8 {
		return 0, false
	}
	f := math.Float64frombits(binary.LittleEndian.Uint64(r.data[r.pos:]))
	r.pos += 8
	if f != f {
		f = math.NaN()
	}
	return f, true
}

func (r *reader) bytes(n uint64) ([]byte, bool) {
	if n > uint64(len(r.data)-r.pos) {
		return nil, false
	}
	b := r.data[r.pos : r.pos+int(n)]
	r.pos += int(n)
	return b, true
}

// tag reads the next tag, skipping padding.
func (r *reader) tag() (byte, bool) {
	for r.pos < len(r.data) {
		t := r.data[r.pos]
		r.pos++
		if t != tagPadding {
			return t, true
		}
	}
	return 0, false
}

// peek returns the next tag without consuming it (nor the padding before it).
func (r *reader) peek() (byte, bool) {
	for p := r.pos; p < len(r.data); p++ {
		if r.data[p] != tagPadding {
			return r.data[p], true
		}
	}
	return 0, false
}

// header reads the optional version header.
func (r *reader) header() (uint32, error) {
	if r.pos < len(r.data) && r.data[r.pos] == tagVersion {
		r.pos++
		v, ok := r.uint32()
		if !ok || v > Version {
			return 0, errVersion
		}
		return v, nil
	}
	return 0, nil
}

var errVersion = errors.New("v8ser: unsupported version")
