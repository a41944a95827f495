package buffer

import (
	"encoding/base64"
	"reflect"
	"unicode/utf8"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/internal/lazy"
)

// Encoding identifies one of node's string encodings; the numbering is
// shared with buffer.js.
type Encoding int

// The encodings node's Buffer supports.
const (
	UTF8 Encoding = iota
	UTF16LE
	Latin1
	ASCII
	Base64
	Base64URL
	Hex
)

// EncodingByName resolves a name as node does: case-insensitively, with the
// aliases utf-8, ucs2, ucs-2, utf-16le and binary.
func EncodingByName(name string) (Encoding, bool) {
	switch name {
	case "utf8", "utf-8", "":
		return UTF8, true
	case "hex":
		return Hex, true
	case "base64":
		return Base64, true
	case "latin1", "binary":
		return Latin1, true
	}
	lower := make([]byte, len(name))
	for i := 0; i < len(name); i++ {
		c := name[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		lower[i] = c
	}
	switch string(lower) {
	case "utf8", "utf-8":
		return UTF8, true
	case "ucs2", "ucs-2", "utf16le", "utf-16le":
		return UTF16LE, true
	case "latin1", "binary":
		return Latin1, true
	case "ascii":
		return ASCII, true
	case "base64":
		return Base64, true
	case "base64url":
		return Base64URL, true
	case "hex":
		return Hex, true
	}
	return 0, false
}

// units returns the UTF-16 code units of a JS string.
func units(s goja.String) []uint16 {
	n := s.Length()
	u := make([]uint16, n)
	for i := range u {
		u[i] = s.CharAt(i)
	}
	return u
}

// asString returns v as a goja.String (converting non-strings with ToString).
func asString(v goja.Value) goja.String {
	if s, ok := v.(goja.String); ok {
		return s
	}
	return v.ToString().(goja.String)
}

// Encode converts a JS string to bytes in enc, as node's Buffer.from does.
func Encode(s goja.String, enc Encoding) []byte {
	switch enc {
	case UTF8:
		return encodeUTF8(s)
	case UTF16LE:
		n := s.Length()
		out := make([]byte, 2*n)
		for i := 0; i < n; i++ {
			c := s.CharAt(i)
			out[2*i] = byte(c)
			out[2*i+1] = byte(c >> 8)
		}
		return out
	case Latin1, ASCII:
		n := s.Length()
		out := make([]byte, n)
		for i := 0; i < n; i++ {
			out[i] = byte(s.CharAt(i))
		}
		return out
	case Base64, Base64URL:
		return decodeBase64(s)
	case Hex:
		return decodeHex(s, s.Length()/2)
	}
	return nil
}

// asciiStringType is the dynamic type goja uses for pure-ASCII strings,
// whose String() is free. (StringFromUTF16 of ASCII code units returns one
// without creating a whole goja runtime.)
func asciiStringType() reflect.Type {
	return asciiType.Get(func() reflect.Type { return reflect.TypeOf(goja.StringFromUTF16([]uint16{'a'})) })
}

var asciiType lazy.Value[reflect.Type]

// encodeUTF8 encodes s as UTF-8, lone surrogates becoming U+FFFD as with
// V8's encoder.
func encodeUTF8(s goja.String) []byte {
	if reflect.TypeOf(s) == asciiStringType() {
		return []byte(s.String())
	}
	out := make([]byte, utf8Len(s))
	writeUTF8(out, s)
	return out
}

// utf8Len is the length of s encoded as UTF-8.
func utf8Len(s goja.String) int {
	if reflect.TypeOf(s) == asciiStringType() {
		return s.Length()
	}
	n := s.Length()
	size := 0
	for i := 0; i < n; i++ {
		c := s.CharAt(i)
		switch {
		case c < 0x80:
			size++
		case c < 0x800:
			size += 2
		case c >= 0xD800 && c < 0xDC00 && i+1 < n && s.CharAt(i+1) >= 0xDC00 && s.CharAt(i+1) < 0xE000:
			size += 4
			i++
		default:
			size += 3
		}
	}
	return size
}

// base64Values maps a byte to its value in either base64 alphabet
// (standard, and URL-safe's '-' and '_'), 0xFF for others.
var base64Values = [256]byte{
	0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
	0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
	0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x3E, 0xFF, 0x3E, 0xFF, 0x3F,
	0x34, 0x35, 0x36, 0x37, 0x38, 0x39, 0x3A, 0x3B, 0x3C, 0x3D, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
	0xFF, 0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x0E,
	0x0F, 0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0xFF, 0xFF, 0xFF, 0xFF, 0x3F,
	0xFF, 0x1A, 0x1B, 0x1C, 0x1D, 0x1E, 0x1F, 0x20, 0x21, 0x22, 0x23, 0x24, 0x25, 0x26, 0x27, 0x28,
	0x29, 0x2A, 0x2B, 0x2C, 0x2D, 0x2E, 0x2F, 0x30, 0x31, 0x32, 0x33, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
	0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
	0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
	0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
	0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
	0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
	0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
	0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
	0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
}

// decodeBase64 decodes both alphabets leniently, as node does: characters
// outside the alphabet are skipped (each UTF-16 unit taken by its low byte),
// decoding stops at the first '=', and a final lone character is dropped.
func decodeBase64(s goja.String) []byte {
	n := s.Length()
	out := make([]byte, 0, n*3/4+2)
	var acc uint32
	k := 0
	for i := 0; i < n; i++ {
		c := byte(s.CharAt(i))
		if c == '=' {
			break
		}
		v := base64Values[c]
		if v == 0xFF {
			continue
		}
		acc = acc<<6 | uint32(v)
		k++
		if k == 4 {
			out = append(out, byte(acc>>16), byte(acc>>8), byte(acc))
			acc, k = 0, 0
		}
	}
	switch k {
	case 2:
		out = append(out, byte(acc>>4))
	case 3:
		out = append(out, byte(acc>>10), byte(acc>>2))
	}
	return out
}

func unhex(c uint16) int {
	b := byte(c)
	switch {
	case b >= '0' && b <= '9':
		return int(b - '0')
	case b >= 'a' && b <= 'f':
		return int(b-'a') + 10
	case b >= 'A' && b <= 'F':
		return int(b-'A') + 10
	}
	return -1
}

// decodeHex decodes up to max bytes of hex digit pairs, stopping at the
// first invalid pair (each UTF-16 unit taken by its low byte, as node does).
func decodeHex(s goja.String, max int) []byte {
	n := s.Length() / 2
	if n > max {
		n = max
	}
	out := make([]byte, 0, n)
	for i := 0; i < n; i++ {
		hi, lo := unhex(s.CharAt(2*i)), unhex(s.CharAt(2*i+1))
		if hi < 0 || lo < 0 {
			break
		}
		out = append(out, byte(hi<<4|lo))
	}
	return out
}

// WriteString encodes s in enc into dst, never writing a partial character
// for UTF-8 and UTF-16, and returns the number of bytes written.
func WriteString(dst []byte, s goja.String, enc Encoding) int {
	switch enc {
	case UTF8:
		return writeUTF8(dst, s)
	case UTF16LE:
		n := min(s.Length(), len(dst)/2)
		for i := 0; i < n; i++ {
			c := s.CharAt(i)
			dst[2*i] = byte(c)
			dst[2*i+1] = byte(c >> 8)
		}
		return 2 * n
	case Latin1, ASCII:
		n := min(s.Length(), len(dst))
		for i := 0; i < n; i++ {
			dst[i] = byte(s.CharAt(i))
		}
		return n
	case Hex:
		return copy(dst, decodeHex(s, len(dst)))
	}
	return copy(dst, Encode(s, enc))
}

func writeUTF8(dst []byte, s goja.String) int {
	if reflect.TypeOf(s) == asciiStringType() {
		return copy(dst, s.String())
	}
	n := s.Length()
	w := 0
	for i := 0; i < n; i++ {
		c := s.CharAt(i)
		if c < 0x80 {
			if w >= len(dst) {
				break
			}
			dst[w] = byte(c)
			w++
			continue
		}
		r := rune(c)
		if c >= 0xD800 && c < 0xE000 {
			r = utf8.RuneError
			if c < 0xDC00 && i+1 < n {
				if d := s.CharAt(i + 1); d >= 0xDC00 && d < 0xE000 {
					r = 0x10000 + (rune(c)-0xD800)<<10 + rune(d) - 0xDC00
				}
			}
		}
		size := utf8.RuneLen(r)
		if w+size > len(dst) {
			break
		}
		utf8.EncodeRune(dst[w:], r)
		w += size
		if r > 0xFFFF {
			i++
		}
	}
	return w
}

// Decode converts bytes to a JS string in enc, as node's buf.toString does.
func Decode(vm *goja.Runtime, b []byte, enc Encoding) goja.Value {
	switch enc {
	case UTF8:
		return decodeUTF8(vm, b)
	case UTF16LE:
		u := make([]uint16, len(b)/2)
		for i := range u {
			u[i] = uint16(b[2*i]) | uint16(b[2*i+1])<<8
		}
		return goja.StringFromUTF16(u)
	case Latin1:
		if isASCII(b) {
			return vm.ToValue(string(b))
		}
		u := make([]uint16, len(b))
		for i, c := range b {
			u[i] = uint16(c)
		}
		return goja.StringFromUTF16(u)
	case ASCII:
		out := make([]byte, len(b))
		for i, c := range b {
			out[i] = c & 0x7F
		}
		return vm.ToValue(string(out))
	case Base64:
		return vm.ToValue(base64.StdEncoding.EncodeToString(b))
	case Base64URL:
		return vm.ToValue(base64.RawURLEncoding.EncodeToString(b))
	case Hex:
		const digits = "0123456789abcdef"
		out := make([]byte, 2*len(b))
		for i, c := range b {
			out[2*i] = digits[c>>4]
			out[2*i+1] = digits[c&0xF]
		}
		return vm.ToValue(string(out))
	}
	return goja.Undefined()
}

func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return false
		}
	}
	return true
}

func decodeUTF8(vm *goja.Runtime, b []byte) goja.Value {
	return vm.ToValue(UTF8String(b))
}

// UTF8String decodes b replacing each maximal invalid subpart with U+FFFD,
// as the WHATWG decoder (and so V8) does.
func UTF8String(b []byte) string {
	if utf8.Valid(b) {
		return string(b)
	}
	out := make([]byte, 0, len(b)+8)
	for i := 0; i < len(b); {
		c := b[i]
		if c < 0x80 {
			out = append(out, c)
			i++
			continue
		}
		size, valid := utf8Sequence(b[i:])
		if valid {
			out = append(out, b[i:i+size]...)
		} else {
			out = utf8.AppendRune(out, utf8.RuneError)
		}
		i += size
	}
	return string(out)
}

// utf8Sequence reports the length of the UTF-8 sequence at the start of b
// (at least 1) and whether it is a complete valid character; for an invalid
// one the length is that of its maximal subpart.
func utf8Sequence(b []byte) (int, bool) {
	c := b[0]
	var need int
	lo, hi := byte(0x80), byte(0xBF)
	switch {
	case c >= 0xC2 && c <= 0xDF:
		need = 1
	case c == 0xE0:
		need, lo = 2, 0xA0
	case c >= 0xE1 && c <= 0xEC, c == 0xEE, c == 0xEF:
		need = 2
	case c == 0xED:
		need, hi = 2, 0x9F
	case c == 0xF0:
		need, lo = 3, 0x90
	case c >= 0xF1 && c <= 0xF3:
		need = 3
	case c == 0xF4:
		need, hi = 3, 0x8F
	default:
		return 1, false
	}
	for k := 1; k <= need; k++ {
		if k >= len(b) || b[k] < lo || b[k] > hi {
			return k, false
		}
		lo, hi = 0x80, 0xBF
	}
	return need + 1, true
}

// ByteLength is the length of s encoded in enc, as Buffer.byteLength
// computes it (an estimate for base64, like node's).
func ByteLength(s goja.String, enc Encoding) int {
	n := s.Length()
	switch enc {
	case UTF8:
		return utf8Len(s)
	case UTF16LE:
		return 2 * n
	case Base64, Base64URL:
		if n > 0 && s.CharAt(n-1) == '=' {
			n--
			if n > 0 && s.CharAt(n-1) == '=' {
				n--
			}
		}
		return n * 3 >> 2
	case Hex:
		return n >> 1
	}
	return n
}
