package ipc

import (
	"fmt"
	"unicode/utf16"
	"unicode/utf8"
)

// SyntaxError reports a line that is not valid JSON. Msg is the text V8's
// JSON.parse (node v20) uses for the same input, so a consumer can raise a
// node-shaped SyntaxError from it.
type SyntaxError struct {
	Msg    string // e.g. "Unexpected end of JSON input"
	Offset int    // byte offset of the offending character in the line
}

func (e *SyntaxError) Error() string { return e.Msg }

// sink receives the tokens of one JSON text from parse, in document order.
// Strings (keys and values) are passed without their quotes; escaped reports
// whether the raw bytes contain a backslash escape. Number spans are raw and
// already validated; isInt means at most 15 digits, no fraction, no exponent.
type sink interface {
	beginObject()
	beginArray()
	key(raw []byte, escaped bool)
	endObject()
	endArray()
	str(raw []byte, escaped bool)
	num(raw []byte, isInt bool)
	literal(c byte) // 't', 'f' or 'n'
}

// errKind selects one of V8's JSON.parse messages.
type errKind int

const (
	errToken errKind = iota // generic: unexpected token/end/number/string
	errPropNameOrRBrace
	errColonAfterPropName
	errCommaOrRBrace
	errCommaOrRBrack
	errDoubleQuotedPropName
	errNonWhitespaceAfter
	errBadControlChar
	errBadEscape
	errBadUnicodeEscape
	errUnterminatedString
	errNoNumberAfterMinus
	errUnexpectedNumber
	errUnterminatedFraction
	errExponentMissing
)

var errFormats = [...]string{
	errPropNameOrRBrace:     "Expected property name or '}' in JSON at position %d",
	errColonAfterPropName:   "Expected ':' after property name in JSON at position %d",
	errCommaOrRBrace:        "Expected ',' or '}' after property value in JSON at position %d",
	errCommaOrRBrack:        "Expected ',' or ']' after array element in JSON at position %d",
	errDoubleQuotedPropName: "Expected double-quoted property name in JSON at position %d",
	errNonWhitespaceAfter:   "Unexpected non-whitespace character after JSON at position %d",
	errBadControlChar:       "Bad control character in string literal in JSON at position %d",
	errBadEscape:            "Bad escaped character in JSON at position %d",
	errBadUnicodeEscape:     "Bad Unicode escape in JSON at position %d",
	errUnterminatedString:   "Unterminated string in JSON at position %d",
	errNoNumberAfterMinus:   "No number after minus sign in JSON at position %d",
	errUnexpectedNumber:     "Unexpected number in JSON at position %d",
	errUnterminatedFraction: "Unterminated fractional number in JSON at position %d",
	errExponentMissing:      "Exponent part is missing a number in JSON at position %d",
}

// syntaxError builds the error for kind at byte offset off of data, with the
// message text and UTF-16 positions V8 uses. Only runs on the error path.
func syntaxError(data []byte, off int, kind errKind) *SyntaxError {
	pos := utf16Len(data[:off])
	if kind != errToken {
		return &SyntaxError{Msg: fmt.Sprintf(errFormats[kind], pos), Offset: off}
	}
	if off >= len(data) {
		return &SyntaxError{Msg: "Unexpected end of JSON input", Offset: off}
	}
	switch c := data[off]; {
	case c == '"':
		return &SyntaxError{Msg: fmt.Sprintf("Unexpected string in JSON at position %d", pos), Offset: off}
	case c == '-' || (c >= '0' && c <= '9'):
		return &SyntaxError{Msg: fmt.Sprintf("Unexpected number in JSON at position %d", pos), Offset: off}
	}
	switch string(data) {
	case "undefined", "NaN", "Infinity", "[object Object]":
		return &SyntaxError{Msg: fmt.Sprintf("%q is not valid JSON", data), Offset: off}
	}
	// V8 quotes the whole source when it is shorter than 21 UTF-16 units,
	// else 10 units of context on each side of the token.
	const ctx = 10
	units := utf16.Encode([]rune(string(data)))
	tok := string(utf16.Decode(units[pos : pos+1]))
	var src string
	switch {
	case len(units) < 2*ctx+1:
		src = `"` + string(data) + `"`
	case pos < ctx:
		src = `"` + string(utf16.Decode(units[:pos+ctx])) + `"...`
	case pos < len(units)-ctx:
		src = `..."` + string(utf16.Decode(units[pos-ctx:pos+ctx])) + `"...`
	default:
		src = `..."` + string(utf16.Decode(units[pos-ctx:])) + `"`
	}
	return &SyntaxError{Msg: fmt.Sprintf("Unexpected token '%s', %s is not valid JSON", tok, src), Offset: off}
}

// utf16Len is the number of UTF-16 code units b decodes to (invalid bytes
// count as one U+FFFD each).
func utf16Len(b []byte) int {
	n := 0
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			n++
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		n += utf16.RuneLen(r)
		i += size
	}
	return n
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// strSpecial marks bytes that end the fast path inside a string literal.
var strSpecial = func() (t [256]bool) {
	for c := 0; c < 0x20; c++ {
		t[c] = true
	}
	t['"'], t['\\'] = true, true
	return t
}()

// parse checks that data holds exactly one JSON text (surrounding whitespace
// allowed) and reports its tokens to s. It is iterative, so nesting depth is
// bounded by memory only, as in V8.
func parse(data []byte, s sink) *SyntaxError {
	var stackArr [32]byte
	stack := stackArr[:0] // open containers: '{' or '['
	n := len(data)
	i := skipSpace(data, 0)
value:
	if i >= n {
		return syntaxError(data, i, errToken)
	}
	switch c := data[i]; c {
	case '{':
		s.beginObject()
		i = skipSpace(data, i+1)
		if i < n && data[i] == '}' {
			s.endObject()
			i++
			goto after
		}
		if i >= n || data[i] != '"' {
			return syntaxError(data, i, errPropNameOrRBrace)
		}
		end, esc, err := scanString(data, i)
		if err != nil {
			return err
		}
		s.key(data[i+1:end-1], esc)
		i = skipSpace(data, end)
		if i >= n || data[i] != ':' {
			return syntaxError(data, i, errColonAfterPropName)
		}
		i = skipSpace(data, i+1)
		stack = append(stack, '{')
		goto value
	case '[':
		s.beginArray()
		i = skipSpace(data, i+1)
		if i < n && data[i] == ']' {
			s.endArray()
			i++
			goto after
		}
		stack = append(stack, '[')
		goto value
	case '"':
		end, esc, err := scanString(data, i)
		if err != nil {
			return err
		}
		s.str(data[i+1:end-1], esc)
		i = end
	case 't', 'f', 'n':
		lit := "null"
		if c == 't' {
			lit = "true"
		} else if c == 'f' {
			lit = "false"
		}
		for k := 1; k < len(lit); k++ {
			if i+k >= n || data[i+k] != lit[k] {
				return syntaxError(data, i+k, errToken)
			}
		}
		s.literal(c)
		i += len(lit)
	default:
		if c != '-' && (c < '0' || c > '9') {
			return syntaxError(data, i, errToken)
		}
		end, isInt, err := scanNumber(data, i)
		if err != nil {
			return err
		}
		s.num(data[i:end], isInt)
		i = end
	}
after:
	i = skipSpace(data, i)
	if len(stack) == 0 {
		if i < n {
			return syntaxError(data, i, errNonWhitespaceAfter)
		}
		return nil
	}
	if stack[len(stack)-1] == '[' {
		switch {
		case i < n && data[i] == ',':
			i = skipSpace(data, i+1)
			goto value
		case i < n && data[i] == ']':
			stack = stack[:len(stack)-1]
			s.endArray()
			i++
			goto after
		}
		return syntaxError(data, i, errCommaOrRBrack)
	}
	switch {
	case i < n && data[i] == ',':
		i = skipSpace(data, i+1)
		if i >= n || data[i] != '"' {
			return syntaxError(data, i, errDoubleQuotedPropName)
		}
		end, esc, err := scanString(data, i)
		if err != nil {
			return err
		}
		s.key(data[i+1:end-1], esc)
		i = skipSpace(data, end)
		if i >= n || data[i] != ':' {
			return syntaxError(data, i, errToken)
		}
		i = skipSpace(data, i+1)
		goto value
	case i < n && data[i] == '}':
		stack = stack[:len(stack)-1]
		s.endObject()
		i++
		goto after
	}
	return syntaxError(data, i, errCommaOrRBrace)
}

func skipSpace(data []byte, i int) int {
	for i < len(data) && isSpace(data[i]) {
		i++
	}
	return i
}

// scanString validates the string literal whose opening quote is at data[i]
// and returns the offset just past its closing quote.
func scanString(data []byte, i int) (end int, escaped bool, err *SyntaxError) {
	n := len(data)
	for i = skipPlainLong(data, i+1, false); i < n; i++ {
		if i = skipPlain(data, i, false); i >= n {
			break
		}
		c := data[i]
		if !strSpecial[c] {
			continue
		}
		switch {
		case c == '"':
			return i + 1, escaped, nil
		case c < 0x20:
			return 0, false, syntaxError(data, i, errBadControlChar)
		}
		// backslash
		escaped = true
		i++
		if i >= n {
			return 0, false, syntaxError(data, i, errToken)
		}
		switch data[i] {
		case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
		case 'u':
			for k := 1; k <= 4; k++ {
				if i+k >= n || hexVal(data[i+k]) < 0 {
					return 0, false, syntaxError(data, i+k, errBadUnicodeEscape)
				}
			}
			i += 4
		default:
			// V8 looks escapes up in a Latin-1 table; a later character
			// (or invalid UTF-8) is an unexpected token instead.
			if r, _ := utf8.DecodeRune(data[i:]); r > 0xff {
				return 0, false, syntaxError(data, i, errToken)
			}
			return 0, false, syntaxError(data, i, errBadEscape)
		}
	}
	return 0, false, syntaxError(data, n, errUnterminatedString)
}

func hexVal(c byte) int {
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

// scanNumber validates the number starting at data[i] ('-' or a digit).
func scanNumber(data []byte, i int) (end int, isInt bool, err *SyntaxError) {
	n := len(data)
	start := i
	if data[i] == '-' {
		i++
		if i >= n || data[i] < '0' || data[i] > '9' {
			return 0, false, syntaxError(data, i, errNoNumberAfterMinus)
		}
	}
	if data[i] == '0' {
		i++
		if i < n && data[i] >= '0' && data[i] <= '9' {
			return 0, false, syntaxError(data, i, errUnexpectedNumber)
		}
	} else {
		for i < n && data[i] >= '0' && data[i] <= '9' {
			i++
		}
	}
	digits := i - start
	isInt = digits <= 15
	if i < n && data[i] == '.' {
		isInt = false
		i++
		if i >= n || data[i] < '0' || data[i] > '9' {
			return 0, false, syntaxError(data, i, errUnterminatedFraction)
		}
		for i < n && data[i] >= '0' && data[i] <= '9' {
			i++
		}
	}
	if i < n && (data[i] == 'e' || data[i] == 'E') {
		isInt = false
		i++
		if i < n && (data[i] == '+' || data[i] == '-') {
			i++
		}
		if i >= n || data[i] < '0' || data[i] > '9' {
			return 0, false, syntaxError(data, i, errExponentMissing)
		}
		for i < n && data[i] >= '0' && data[i] <= '9' {
			i++
		}
	}
	return i, isInt, nil
}

// sniffer is the sink used off the loop: it only validates and records the
// last top-level "cmd" member, which classifies the message (NODE-IPC §3).
type sniffer struct {
	depth    int
	atCmd    bool // the pending top-level key is "cmd"
	cmdIsStr bool
	cmd      []byte
	cmdEsc   bool
}

func (s *sniffer) value(isStr bool, raw []byte, esc bool) {
	if s.depth == 1 && s.atCmd {
		s.atCmd = false
		s.cmdIsStr, s.cmd, s.cmdEsc = isStr, raw, esc
	}
}

func (s *sniffer) beginObject() { s.value(false, nil, false); s.depth++ }
func (s *sniffer) beginArray()  { s.value(false, nil, false); s.depth++ }
func (s *sniffer) endObject()   { s.depth-- }
func (s *sniffer) endArray()    { s.depth-- }
func (s *sniffer) key(raw []byte, esc bool) {
	if s.depth == 1 {
		s.atCmd = (!esc && string(raw) == "cmd") || (esc && string(unescape(nil, raw)) == "cmd")
	}
}
func (s *sniffer) str(raw []byte, esc bool) { s.value(true, raw, esc) }
func (s *sniffer) num([]byte, bool)         { s.value(false, nil, false) }
func (s *sniffer) literal(byte)             { s.value(false, nil, false) }

// classify validates line and reports whether it is an internal message
// (a top-level object whose "cmd" is a string longer than 5 characters that
// starts with "NODE_") and, if so, its cmd. s is scratch state, reset here.
func classify(line []byte, s *sniffer) (internal bool, cmd string, err *SyntaxError) {
	*s = sniffer{}
	if err := parse(line, s); err != nil {
		return false, "", err
	}
	if !s.cmdIsStr {
		return false, "", nil
	}
	name := s.cmd
	if s.cmdEsc {
		name = unescape(nil, name) // JSON.parse sees "\u004eODE_X" as "NODE_X"
	}
	if len(name) <= 5 || string(name[:5]) != "NODE_" {
		return false, "", nil
	}
	return true, string(name), nil
}

// unescape appends the UTF-8 form of the validated string literal body raw
// to dst. Lone surrogates become U+FFFD; decoders that must keep them use
// unescapeUTF16.
func unescape(dst, raw []byte) []byte {
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		if c != '\\' {
			dst = append(dst, c)
			continue
		}
		i++
		switch raw[i] {
		case 'b':
			dst = append(dst, '\b')
		case 'f':
			dst = append(dst, '\f')
		case 'n':
			dst = append(dst, '\n')
		case 'r':
			dst = append(dst, '\r')
		case 't':
			dst = append(dst, '\t')
		case 'u':
			r := rune(hex4(raw[i+1:]))
			i += 4
			if utf16.IsSurrogate(r) {
				if r < 0xdc00 && i+6 < len(raw) && raw[i+1] == '\\' && raw[i+2] == 'u' {
					if lo := rune(hex4(raw[i+3:])); lo >= 0xdc00 && lo < 0xe000 {
						dst = utf8.AppendRune(dst, utf16.DecodeRune(r, lo))
						i += 6
						continue
					}
				}
				r = utf8.RuneError
			}
			dst = utf8.AppendRune(dst, r)
		default: // '"', '\\', '/'
			dst = append(dst, raw[i])
		}
	}
	return dst
}

// hasLoneSurrogate reports whether the escaped literal body raw contains a
// \u escape for a surrogate that is not part of a valid pair.
func hasLoneSurrogate(raw []byte) bool {
	for i := 0; i < len(raw); i++ {
		if raw[i] != '\\' {
			continue
		}
		i++
		if raw[i] != 'u' {
			continue
		}
		r := hex4(raw[i+1:])
		i += 4
		if r < 0xd800 || r >= 0xe000 {
			continue
		}
		if r >= 0xdc00 || i+6 >= len(raw) || raw[i+1] != '\\' || raw[i+2] != 'u' {
			return true
		}
		if lo := hex4(raw[i+3:]); lo < 0xdc00 || lo >= 0xe000 {
			return true
		}
		i += 6
	}
	return false
}

// unescapeUTF16 decodes the validated literal body raw to UTF-16 code units,
// keeping lone surrogates (JSON.parse semantics).
func unescapeUTF16(raw []byte) []uint16 {
	out := make([]uint16, 0, len(raw))
	for i := 0; i < len(raw); {
		c := raw[i]
		switch {
		case c == '\\' && raw[i+1] == 'u':
			out = append(out, uint16(hex4(raw[i+2:])))
			i += 6
		case c == '\\':
			out = append(out, uint16(unescape(nil, raw[i:i+2])[0]))
			i += 2
		case c < utf8.RuneSelf:
			out = append(out, uint16(c))
			i++
		default:
			r, size := utf8.DecodeRune(raw[i:])
			out = utf16.AppendRune(out, r)
			i += size
		}
	}
	return out
}

func hex4(b []byte) int {
	return hexVal(b[0])<<12 | hexVal(b[1])<<8 | hexVal(b[2])<<4 | hexVal(b[3])
}
