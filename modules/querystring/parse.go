package querystring

import (
	"unicode/utf8"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/modules/buffer"
)

// parser runs node's querystring.parse scan over UTF-16 code units: it
// matches sep and eq character by character (a partial separator match is
// dropped, not re-scanned) and decodes only keys and values that contain a
// %XX escape (all of them with a custom decoder).
type parser struct {
	vm       *goja.Runtime
	decode   goja.Callable // custom decoder, or nil for the built-in one
	fallback goja.Callable // querystring.unescape, used when decode throws
	keys     []string      // insertion order
	values   map[string]*pairValue
}

type pairValue struct {
	key    goja.Value
	values []goja.Value
}

func unitsKey(u []uint16) string {
	b := make([]byte, 2*len(u))
	for i, c := range u {
		b[2*i], b[2*i+1] = byte(c), byte(c>>8)
	}
	return string(b)
}

func hexDigit(c uint16) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// decodeURIComponent decodes like the JavaScript function, reporting false
// where it would throw.
func decodeURIComponent(u []uint16) ([]uint16, bool) {
	out := make([]uint16, 0, len(u))
	for i := 0; i < len(u); {
		if u[i] != '%' {
			out = append(out, u[i])
			i++
			continue
		}
		var run []byte
		for i < len(u) && u[i] == '%' {
			if i+2 >= len(u) {
				return nil, false
			}
			hi, lo := hexDigit(u[i+1]), hexDigit(u[i+2])
			if hi < 0 || lo < 0 {
				return nil, false
			}
			run = append(run, byte(hi<<4|lo))
			i += 3
		}
		if !utf8.Valid(run) {
			return nil, false
		}
		for _, r := range string(run) {
			if r >= 0x10000 {
				r -= 0x10000
				out = append(out, uint16(0xD800+(r>>10)), uint16(0xDC00+(r&0x3FF)))
			} else {
				out = append(out, uint16(r))
			}
		}
	}
	return out, true
}

// unescapeBytes is node's unescapeBuffer: %XX escapes become bytes and
// every other code unit its low byte.
func unescapeBytes(u []uint16, decodeSpaces bool) []byte {
	out := make([]byte, 0, len(u))
	for i := 0; i < len(u); i++ {
		c := u[i]
		if c == '+' && decodeSpaces {
			out = append(out, ' ')
			continue
		}
		if c == '%' && i < len(u)-2 {
			if hi, lo := hexDigit(u[i+1]), hexDigit(u[i+2]); hi >= 0 && lo >= 0 {
				out = append(out, byte(hi<<4|lo))
				i += 2
				continue
			}
		}
		out = append(out, byte(c))
	}
	return out
}

func (p *parser) str(u []uint16) goja.Value {
	return goja.StringFromUTF16(u)
}

// decodePart decodes a key or value marked as encoded.
func (p *parser) decodePart(u []uint16) goja.Value {
	if p.decode == nil {
		if d, ok := decodeURIComponent(u); ok {
			return p.str(d)
		}
		return p.vm.ToValue(buffer.UTF8String(unescapeBytes(u, false)))
	}
	s := p.str(u)
	v, err := p.decode(goja.Undefined(), s)
	if err == nil {
		return v
	}
	v, err = p.fallback(goja.Undefined(), s, p.vm.ToValue(true))
	if err != nil {
		panic(err)
	}
	return v
}

func (p *parser) add(key, value []uint16, keyEncoded, valueEncoded bool) {
	var k, v goja.Value
	if len(key) > 0 && keyEncoded {
		k = p.decodePart(key)
	} else {
		k = p.str(key)
	}
	if len(value) > 0 && valueEncoded {
		v = p.decodePart(value)
	} else {
		v = p.str(value)
	}
	id := unitsKey(units(k))
	if e, ok := p.values[id]; ok {
		e.values = append(e.values, v)
		return
	}
	p.keys = append(p.keys, id)
	p.values[id] = &pairValue{key: k, values: []goja.Value{v}}
}

func units(v goja.Value) []uint16 {
	s, ok := v.(goja.String)
	if !ok {
		s = v.ToString().(goja.String)
	}
	u := make([]uint16, s.Length())
	for i := range u {
		u[i] = s.CharAt(i)
	}
	return u
}

// result builds the null-prototype result object.
func (p *parser) result() *goja.Object {
	obj := p.vm.NewObject()
	_ = obj.SetPrototype(nil)
	for _, id := range p.keys {
		e := p.values[id]
		var v goja.Value = e.values[0]
		if len(e.values) > 1 {
			v = p.vm.NewArray(toAny(e.values)...)
		}
		_ = obj.DefineDataProperty(e.key.String(), v, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
	}
	return obj
}

func toAny(vs []goja.Value) []any {
	out := make([]any, len(vs))
	for i, v := range vs {
		out[i] = v
	}
	return out
}

// parse scans qs into p with the given separators and key limit (0: none).
// An empty separator never matches, as in node (String([]) is one).
func (p *parser) parse(qs, sep, eq []uint16, maxKeys int) {
	pairsLeft := maxKeys
	custom := p.decode != nil
	plus := []uint16{' '}
	if custom {
		plus = []uint16{'%', '2', '0'}
	}
	lastPos, sepIdx, eqIdx := 0, 0, 0
	var key, value []uint16
	keyEncoded, valueEncoded := custom, custom
	// escapeRun follows a %XX escape: 1 after '%', 2 after '%X'; reaching 3
	// marks the key or value as needing decoding. Like node, one counter
	// serves both, and key characters also feed the value's tracking once
	// the key is known to be encoded.
	escapeRun := 0
	countPair := func() bool {
		pairsLeft--
		return pairsLeft == 0
	}
	for i := 0; i < len(qs); i++ {
		code := qs[i]
		if sepIdx < len(sep) && code == sep[sepIdx] {
			sepIdx++
			if sepIdx != len(sep) {
				continue
			}
			end := i - sepIdx + 1
			if eqIdx < len(eq) {
				if lastPos < end {
					key = append(key, qs[lastPos:end]...)
				} else if len(key) == 0 {
					if countPair() {
						return
					}
					lastPos = i + 1
					sepIdx, eqIdx = 0, 0
					continue
				}
			} else if lastPos < end {
				value = append(value, qs[lastPos:end]...)
			}
			p.add(key, value, keyEncoded, valueEncoded)
			if countPair() {
				return
			}
			keyEncoded, valueEncoded = custom, custom
			key, value = nil, nil
			escapeRun = 0
			lastPos = i + 1
			sepIdx, eqIdx = 0, 0
			continue
		}
		sepIdx = 0
		if eqIdx < len(eq) {
			if eqIdx < len(eq) && code == eq[eqIdx] {
				eqIdx++
				if eqIdx == len(eq) {
					end := i - eqIdx + 1
					if lastPos < end {
						key = append(key, qs[lastPos:end]...)
					}
					escapeRun = 0
					lastPos = i + 1
				}
				continue
			}
			eqIdx = 0
			if !keyEncoded {
				if code == '%' {
					escapeRun = 1
					continue
				}
				if escapeRun > 0 {
					if hexDigit(code) >= 0 {
						if escapeRun++; escapeRun == 3 {
							keyEncoded = true
						}
						continue
					}
					escapeRun = 0
				}
			}
			if code == '+' {
				if lastPos < i {
					key = append(key, qs[lastPos:i]...)
				}
				key = append(key, plus...)
				lastPos = i + 1
				continue
			}
		}
		if code == '+' {
			if lastPos < i {
				value = append(value, qs[lastPos:i]...)
			}
			value = append(value, plus...)
			lastPos = i + 1
		} else if !valueEncoded {
			if code == '%' {
				escapeRun = 1
			} else if escapeRun > 0 {
				if hexDigit(code) < 0 {
					escapeRun = 0
				} else if escapeRun++; escapeRun == 3 {
					valueEncoded = true
				}
			}
		}
	}
	if lastPos < len(qs) {
		if eqIdx < len(eq) {
			key = append(key, qs[lastPos:]...)
		} else if sepIdx < len(sep) {
			value = append(value, qs[lastPos:]...)
		}
	} else if eqIdx == 0 && len(key) == 0 {
		return
	}
	p.add(key, value, keyEncoded, valueEncoded)
}

// escapeUnits percent-encodes u as UTF-8, leaving A-Z a-z 0-9 - _ . ! ~ * ' ( )
// alone. Like node, a surrogate takes the low 10 bits of whatever unit
// follows it; ok is false for a surrogate at the very end.
func escapeUnits(u []uint16) (out []byte, ok bool) {
	const hex = "0123456789ABCDEF"
	out = make([]byte, 0, len(u)+len(u)/2)
	put := func(b byte) { out = append(out, '%', hex[b>>4], hex[b&15]) }
	for i := 0; i < len(u); i++ {
		c := rune(u[i])
		switch {
		case c < 0x80:
			if noEscape(byte(c)) {
				out = append(out, byte(c))
			} else {
				put(byte(c))
			}
		case c < 0x800:
			put(byte(0xC0 | c>>6))
			put(byte(0x80 | c&0x3F))
		case c < 0xD800 || c >= 0xE000:
			put(byte(0xE0 | c>>12))
			put(byte(0x80 | (c>>6)&0x3F))
			put(byte(0x80 | c&0x3F))
		default:
			if i+1 >= len(u) {
				return nil, false
			}
			i++
			c = 0x10000 + ((c&0x3FF)<<10 | rune(u[i])&0x3FF)
			put(byte(0xF0 | c>>18))
			put(byte(0x80 | (c>>12)&0x3F))
			put(byte(0x80 | (c>>6)&0x3F))
			put(byte(0x80 | c&0x3F))
		}
	}
	return out, true
}

func noEscape(c byte) bool {
	switch {
	case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
		return true
	}
	switch c {
	case '-', '_', '.', '!', '~', '*', '\'', '(', ')':
		return true
	}
	return false
}
