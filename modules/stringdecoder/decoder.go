package stringdecoder

import (
	"github.com/dop251/goja"
	"github.com/gonode/gonode/modules/buffer"
)

// Decoder decodes a byte stream chunk by chunk, holding back an incomplete
// trailing character until its remaining bytes arrive, with node's rules
// for where a character is cut.
type Decoder struct {
	enc      buffer.Encoding
	chars    [4]byte // the held bytes of an incomplete character
	buffered int
	missing  int
}

// NewDecoder returns a decoder for enc.
func NewDecoder(enc buffer.Encoding) *Decoder { return &Decoder{enc: enc} }

func (d *Decoder) hold(p []byte) {
	d.buffered += copy(d.chars[d.buffered:], p)
}

func (d *Decoder) takeHeld(vm *goja.Runtime) goja.Value {
	s := buffer.Decode(vm, d.chars[:d.buffered], d.enc)
	d.buffered = 0
	return s
}

// tailLength decides how many trailing bytes of p start an incomplete
// character, and sets missing accordingly.
func (d *Decoder) tailLength(p []byte) int {
	n := len(p)
	switch d.enc {
	case buffer.UTF8:
		count := 0
		for i := n - 1; i >= 0; i-- {
			count++
			c := p[i]
			if c&0xC0 == 0x80 {
				if count >= 4 || i == 0 {
					return 0
				}
				continue
			}
			var need int
			switch {
			case c&0xE0 == 0xC0:
				need = 2
			case c&0xF0 == 0xE0:
				need = 3
			case c&0xF8 == 0xF0:
				need = 4
			default:
				return 0
			}
			if count >= need {
				return 0
			}
			d.missing = need - count
			return count
		}
	case buffer.UTF16LE:
		if n%2 == 1 {
			d.missing = 1
			return 1
		}
		if p[n-1]&0xFC == 0xD8 {
			d.missing = 2
			return 2
		}
	case buffer.Base64, buffer.Base64URL:
		if rest := n % 3; rest > 0 {
			d.missing = 3 - rest
			return rest
		}
	}
	return 0
}

// Write decodes p, returning the text of every complete character.
func (d *Decoder) Write(vm *goja.Runtime, p []byte) goja.Value {
	var prefix goja.Value
	if d.missing > 0 {
		if d.enc == buffer.UTF8 {
			// A non-continuation byte ends the held character early.
			for i := 0; i < len(p) && i < d.missing; i++ {
				if p[i]&0xC0 != 0x80 {
					d.missing = 0
					d.hold(p[:i])
					p = p[i:]
					break
				}
			}
		}
		found := min(len(p), d.missing)
		d.hold(p[:found])
		p = p[found:]
		d.missing -= found
		if d.missing == 0 {
			prefix = d.takeHeld(vm)
		}
	}
	if len(p) == 0 {
		if prefix == nil {
			return vm.ToValue("")
		}
		return prefix
	}
	tail := d.tailLength(p)
	body := buffer.Decode(vm, p[:len(p)-tail], d.enc)
	d.hold(p[len(p)-tail:])
	if prefix == nil {
		return body
	}
	return prefix.(goja.String).Concat(body.(goja.String))
}

// Flush returns the text of the held bytes (a replacement character for an
// incomplete UTF-8 sequence) and resets the decoder.
func (d *Decoder) Flush(vm *goja.Runtime) goja.Value {
	if d.enc == buffer.UTF16LE && d.buffered%2 == 1 {
		d.missing--
		d.buffered--
	}
	if d.buffered == 0 {
		return vm.ToValue("")
	}
	d.missing = 0
	return d.takeHeld(vm)
}
