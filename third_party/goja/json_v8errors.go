package goja

import (
	"fmt"

	"github.com/dop251/goja/unistring"
)

// V8's messages for the SyntaxError of JSON.parse (gonode: see GONODE.md).
// goja parses JSON with encoding/json, whose errors read differently
// ("invalid character 'a' looking for beginning of value"); when it
// rejects a text, jsonSyntaxMessage walks the text as V8's parser does and
// says what V8 says where V8 stops.

// jsonSyntaxMessage returns V8's message for the first error in text, nil
// if V8's parser would take it.
func jsonSyntaxMessage(text String) (msg String) {
	src := make([]uint16, text.Length())
	for i := range src {
		src[i] = text.CharAt(i)
	}
	p := &jsonErrorScanner{src: src}
	defer func() {
		switch e := recover().(type) {
		case nil:
		case jsonSyntaxErr:
			msg = e.msg
		default:
			panic(e)
		}
	}()
	p.value()
	p.skipSpace()
	if p.pos < len(p.src) {
		panic(jsonSyntaxErr{asciiString(fmt.Sprintf("Unexpected non-whitespace character after JSON at position %d", p.pos))})
	}
	return nil
}

type jsonSyntaxErr struct{ msg String }

// jsonErrorScanner walks a JSON text in UTF-16 code units, as V8 counts
// positions.
type jsonErrorScanner struct {
	src []uint16
	pos int
}

// fail stops the walk with V8's message what at the current position.
func (p *jsonErrorScanner) fail(what string) {
	panic(jsonSyntaxErr{asciiString(fmt.Sprintf("%s in JSON at position %d", what, p.pos))})
}

// unexpected stops the walk at the current character as V8's
// ReportUnexpectedToken does without a specific message. Its text quotes
// the character and the source (around it, if long) unit for unit, lone
// surrogates included.
func (p *jsonErrorScanner) unexpected() {
	if p.pos >= len(p.src) {
		panic(jsonSyntaxErr{asciiString("Unexpected end of JSON input")})
	}
	c := p.src[p.pos]
	switch {
	case c == '"':
		p.fail("Unexpected string")
	case c == '-' || c >= '0' && c <= '9':
		p.fail("Unexpected number")
	}
	switch text := string(utf16Bytes(p.src)); text {
	case "undefined", "NaN", "Infinity", "[object Object]":
		panic(jsonSyntaxErr{asciiString(`"` + text + `" is not valid JSON`)})
	}
	const context = 10
	n := len(p.src)
	open, quoted, closing := `"`, p.src, `"`
	switch {
	case n <= 2*context:
	case p.pos < context:
		quoted, closing = p.src[:p.pos+context], `"...`
	case p.pos < n-context:
		open, quoted, closing = `..."`, p.src[p.pos-context:p.pos+context], `"...`
	default:
		open, quoted = `..."`, p.src[p.pos-context:]
	}
	msg := appendASCII([]uint16{unistring.BOM}, "Unexpected token '")
	msg = appendASCII(append(msg, c), "', "+open)
	msg = appendASCII(append(msg, quoted...), closing+" is not valid JSON")
	panic(jsonSyntaxErr{stringFromUtf16(msg)})
}

// appendASCII appends the units of s, which is ASCII, to units.
func appendASCII(units []uint16, s string) []uint16 {
	for i := 0; i < len(s); i++ {
		units = append(units, uint16(s[i]))
	}
	return units
}

// utf16Bytes returns the text of units that are all ASCII as bytes, nil
// otherwise.
func utf16Bytes(units []uint16) []byte {
	b := make([]byte, len(units))
	for i, u := range units {
		if u >= 0x80 {
			return nil
		}
		b[i] = byte(u)
	}
	return b
}

// stringFromUtf16 makes a String of units (after unistring's BOM): an
// ASCII one when every unit is ASCII, as goja keeps such strings.
func stringFromUtf16(units []uint16) String {
	if b := utf16Bytes(units[1:]); b != nil {
		return asciiString(b)
	}
	return unicodeString(units)
}

func (p *jsonErrorScanner) skipSpace() {
	for p.pos < len(p.src) {
		switch p.src[p.pos] {
		case ' ', '\t', '\n', '\r':
			p.pos++
		default:
			return
		}
	}
}

// peek returns the next character after whitespace, -1 at the end.
func (p *jsonErrorScanner) peek() int {
	p.skipSpace()
	if p.pos >= len(p.src) {
		return -1
	}
	return int(p.src[p.pos])
}

func (p *jsonErrorScanner) value() {
	switch c := p.peek(); {
	case c == '"':
		p.str()
	case c == '-' || c >= '0' && c <= '9':
		p.number()
	case c == '{':
		p.pos++
		if p.peek() == '}' {
			p.pos++
			return
		}
		if p.peek() != '"' {
			p.fail("Expected property name or '}'")
		}
		for {
			p.str()
			if p.peek() != ':' {
				p.fail("Expected ':' after property name")
			}
			p.pos++
			p.value()
			switch p.peek() {
			case ',':
				p.pos++
				if p.peek() != '"' {
					p.fail("Expected double-quoted property name")
				}
			case '}':
				p.pos++
				return
			default:
				p.fail("Expected ',' or '}' after property value")
			}
		}
	case c == '[':
		p.pos++
		if p.peek() == ']' {
			p.pos++
			return
		}
		for {
			p.value()
			switch p.peek() {
			case ',':
				p.pos++
			case ']':
				p.pos++
				return
			default:
				p.fail("Expected ',' or ']' after array element")
			}
		}
	case c == 't':
		p.literal("true")
	case c == 'f':
		p.literal("false")
	case c == 'n':
		p.literal("null")
	default:
		p.unexpected()
	}
}

// literal reads word, whose first character is at hand.
func (p *jsonErrorScanner) literal(word string) {
	p.pos++
	for i := 1; i < len(word); i++ {
		if p.pos >= len(p.src) || p.src[p.pos] != uint16(word[i]) {
			p.unexpected()
		}
		p.pos++
	}
}

func (p *jsonErrorScanner) digits() bool {
	start := p.pos
	for p.pos < len(p.src) && p.src[p.pos] >= '0' && p.src[p.pos] <= '9' {
		p.pos++
	}
	return p.pos > start
}

func (p *jsonErrorScanner) at(c uint16) bool {
	return p.pos < len(p.src) && p.src[p.pos] == c
}

func (p *jsonErrorScanner) number() {
	if p.at('-') {
		p.pos++
		if p.pos >= len(p.src) || p.src[p.pos] < '0' || p.src[p.pos] > '9' {
			p.fail("No number after minus sign")
		}
	}
	if p.at('0') {
		p.pos++
		if p.pos < len(p.src) && p.src[p.pos] >= '0' && p.src[p.pos] <= '9' {
			p.fail("Unexpected number")
		}
	} else {
		p.digits()
	}
	if p.at('.') {
		p.pos++
		if !p.digits() {
			p.fail("Unterminated fractional number")
		}
	}
	if p.at('e') || p.at('E') {
		p.pos++
		if p.at('+') || p.at('-') {
			p.pos++
		}
		if !p.digits() {
			p.fail("Exponent part is missing a number")
		}
	}
}

func (p *jsonErrorScanner) str() {
	p.pos++ // the opening quote
	for {
		if p.pos >= len(p.src) {
			p.fail("Unterminated string")
		}
		switch c := p.src[p.pos]; {
		case c == '"':
			p.pos++
			return
		case c == '\\':
			p.pos++
			if p.pos >= len(p.src) {
				panic(jsonSyntaxErr{asciiString("Unexpected end of JSON input")})
			}
			switch p.src[p.pos] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				p.pos++
			case 'u':
				p.pos++
				for i := 0; i < 4; i++ {
					if p.pos >= len(p.src) || !isHexDigit16(p.src[p.pos]) {
						p.fail("Bad Unicode escape")
					}
					p.pos++
				}
			default:
				if p.src[p.pos] > 0xff {
					p.unexpected() // V8 takes only Latin-1 characters for escapes
				}
				p.fail("Bad escaped character")
			}
		case c < 0x20:
			p.fail("Bad control character in string literal")
		default:
			p.pos++
		}
	}
}

func isHexDigit16(c uint16) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}
