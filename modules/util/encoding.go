package util

import (
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/dop251/goja"
)

// encodingBinding is the Go side of internal/encoding (TextEncoder and
// TextDecoder).
func encodingBinding(vm *goja.Runtime) *goja.Object {
	b := vm.NewObject()
	// encodeUtf8(string) -> ArrayBuffer; lone surrogates become U+FFFD.
	// The hot natives take a FunctionCall: goja calls other signatures
	// through reflection.
	_ = b.Set("encodeUtf8", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(vm.NewArrayBuffer([]byte(call.Argument(0).String())))
	})
	// encodeInto(src, dest Uint8Array) -> [read, written]
	_ = b.Set("encodeInto", func(src goja.Value, dest *goja.Object) []int {
		js := newJSString(src)
		buf, _ := dest.Export().([]byte)
		return encodeInto(js, buf)
	})
	// decoder(encoding, fatal, ignoreBOM) -> decode(arrayBuffer, offset,
	// length, stream): a string, or null when fatal and the data is invalid.
	_ = b.Set("decoder", func(encoding string, fatal, ignoreBOM bool) goja.Value {
		d := &decoder{encoding: encoding, fatal: fatal, ignoreBOM: ignoreBOM}
		return vm.ToValue(func(call goja.FunctionCall) goja.Value {
			var data []byte
			if ab, ok := call.Argument(0).Export().(goja.ArrayBuffer); ok {
				data = ab.Bytes()
			}
			offset, length := int(call.Argument(1).ToInteger()), int(call.Argument(2).ToInteger())
			stream := call.Argument(3).ToBoolean()
			if offset < 0 || length < 0 || offset+length > len(data) {
				data = nil
			} else {
				data = data[offset : offset+length]
			}
			s, ok := d.decode(data, stream)
			if !ok {
				return goja.Null()
			}
			return vm.ToValue(s)
		})
	})
	return b
}

// encodeInto writes as much of s as fits into buf as UTF-8, never splitting
// a character; it returns the UTF-16 units read and the bytes written.
func encodeInto(s jsString, buf []byte) []int {
	read, written := 0, 0
	n := s.len()
	for read < n {
		c := rune(s.at(read))
		units := 1
		if utf16.IsSurrogate(c) {
			if c <= 0xdbff && read+1 < n {
				if r := utf16.DecodeRune(c, rune(s.at(read+1))); r != utf8.RuneError {
					c, units = r, 2
				} else {
					c = utf8.RuneError
				}
			} else {
				c = utf8.RuneError
			}
		}
		size := utf8.RuneLen(c)
		if written+size > len(buf) {
			break
		}
		utf8.EncodeRune(buf[written:], c)
		written += size
		read += units
	}
	return []int{read, written}
}

// decoder is one TextDecoder's state across streamed chunks.
type decoder struct {
	encoding         string
	fatal, ignoreBOM bool
	pending          []byte
	bomChecked       bool
}

func (d *decoder) decode(data []byte, stream bool) (string, bool) {
	if len(d.pending) > 0 {
		data = append(d.pending, data...)
		d.pending = nil
	}
	var out string
	var rest []byte
	ok := true
	switch d.encoding {
	case "utf-8":
		out, rest, ok = decodeUTF8(data, d.fatal)
	case "utf-16le", "utf-16be":
		out, rest, ok = decodeUTF16(data, d.encoding == "utf-16be", d.fatal)
	default: // windows-1252, which node decodes as latin1
		var b strings.Builder
		for _, c := range data {
			b.WriteRune(rune(c))
		}
		out = b.String()
	}
	if !ok {
		d.reset()
		return "", false
	}
	if stream {
		d.pending = append([]byte(nil), rest...)
	} else if len(rest) > 0 {
		if d.fatal {
			d.reset()
			return "", false
		}
		out += "\uFFFD"
	}
	if !d.bomChecked && out != "" {
		d.bomChecked = true
		if !d.ignoreBOM && d.encoding != "windows-1252" {
			out = strings.TrimPrefix(out, "\uFEFF")
		}
	}
	if !stream {
		d.reset()
	}
	return out, true
}

func (d *decoder) reset() {
	d.pending = nil
	d.bomChecked = false
}

// decodeUTF8 decodes per the WHATWG UTF-8 decoder: each maximal invalid
// subsequence becomes one U+FFFD. rest is an incomplete sequence at the end.
func decodeUTF8(data []byte, fatal bool) (string, []byte, bool) {
	if utf8.Valid(data) {
		return string(data), nil, true
	}
	var b strings.Builder
	for i := 0; i < len(data); {
		c := data[i]
		if c < 0x80 {
			b.WriteByte(c)
			i++
			continue
		}
		need, lower, upper := 0, byte(0x80), byte(0xbf)
		switch {
		case c >= 0xc2 && c <= 0xdf:
			need = 1
		case c >= 0xe0 && c <= 0xef:
			need = 2
			if c == 0xe0 {
				lower = 0xa0
			} else if c == 0xed {
				upper = 0x9f
			}
		case c >= 0xf0 && c <= 0xf4:
			need = 3
			if c == 0xf0 {
				lower = 0x90
			} else if c == 0xf4 {
				upper = 0x8f
			}
		default:
			if fatal {
				return "", nil, false
			}
			b.WriteString("\uFFFD")
			i++
			continue
		}
		j := i + 1
		valid := true
		for k := 0; k < need; k++ {
			if j >= len(data) {
				return b.String(), data[i:], true
			}
			lo, hi := byte(0x80), byte(0xbf)
			if k == 0 {
				lo, hi = lower, upper
			}
			if data[j] < lo || data[j] > hi {
				valid = false
				break
			}
			j++
		}
		if !valid {
			if fatal {
				return "", nil, false
			}
			b.WriteString("\uFFFD")
			i = j
			continue
		}
		b.Write(data[i:j])
		i = j
	}
	return b.String(), nil, true
}

// decodeUTF16 decodes UTF-16 with lone surrogates as U+FFFD. rest holds an
// odd byte or a high surrogate waiting for its pair.
func decodeUTF16(data []byte, bigEndian, fatal bool) (string, []byte, bool) {
	var b strings.Builder
	unit := func(i int) rune {
		if bigEndian {
			return rune(data[i])<<8 | rune(data[i+1])
		}
		return rune(data[i+1])<<8 | rune(data[i])
	}
	i := 0
	for ; i+1 < len(data); i += 2 {
		c := unit(i)
		switch {
		case c >= 0xd800 && c <= 0xdbff:
			if i+3 >= len(data) {
				return b.String(), data[i:], true
			}
			if lo := unit(i + 2); lo >= 0xdc00 && lo <= 0xdfff {
				b.WriteRune(utf16.DecodeRune(c, lo))
				i += 2
				continue
			}
			fallthrough
		case c >= 0xdc00 && c <= 0xdfff:
			if fatal {
				return "", nil, false
			}
			b.WriteString("\uFFFD")
		default:
			b.WriteRune(c)
		}
	}
	return b.String(), data[i:], true
}
