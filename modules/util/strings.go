package util

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/internal/lazy"
	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/width"
)

// jsString is a JS string with UTF-16 semantics (lengths, slicing, lone
// surrogates) that stays a plain Go string when it is ASCII.
type jsString struct {
	ascii string
	units []uint16 // set when the string is not ASCII
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// newJSString reads a goja string value.
func newJSString(v goja.Value) jsString {
	s := v.String()
	if isASCII(s) {
		return jsString{ascii: s}
	}
	gs, ok := v.(goja.String)
	if !ok {
		return goJSString(s)
	}
	units := make([]uint16, gs.Length())
	for i := range units {
		units[i] = gs.CharAt(i)
	}
	return jsString{units: units}
}

// goJSString converts a Go string.
func goJSString(s string) jsString {
	if isASCII(s) {
		return jsString{ascii: s}
	}
	return jsString{units: utf16.Encode([]rune(s))}
}

func (s jsString) len() int {
	if s.units == nil {
		return len(s.ascii)
	}
	return len(s.units)
}

func (s jsString) at(i int) uint16 {
	if s.units == nil {
		return uint16(s.ascii[i])
	}
	return s.units[i]
}

func (s jsString) slice(from, to int) jsString {
	if s.units == nil {
		return jsString{ascii: s.ascii[from:to]}
	}
	return jsString{units: s.units[from:to]}
}

func (s jsString) String() string {
	if s.units == nil {
		return s.ascii
	}
	return string(utf16.Decode(s.units))
}

func (s jsString) indexOf(sub string) int {
	if s.units == nil {
		return strings.Index(s.ascii, sub)
	}
	n := len(sub)
outer:
	for i := 0; i+n <= len(s.units); i++ {
		for j := 0; j < n; j++ {
			if s.units[i+j] != uint16(sub[j]) {
				continue outer
			}
		}
		return i
	}
	return -1
}

// jsLen is the UTF-16 length of a Go string (JS's str.length).
func jsLen(s string) int {
	return jsLenUpTo(s, len(s))
}

// jsLenUpTo is jsLen(s) when that is at most max, and otherwise some value
// above max (it stops counting there).
func jsLenUpTo(s string, max int) int {
	n := 0
	for i := 0; i < len(s) && n <= max; {
		c := s[i]
		if c < utf8.RuneSelf {
			n++
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
	}
	return n
}

// meta escapes of strEscape for code units below 0xa0 ("" = kept), built on
// first use.
func meta() *[0xa0]string {
	return metaLazy.Get(func() *[0xa0]string {
		var m [0xa0]string
		for c := 0; c < 0x20; c++ {
			m[c] = `\x` + strings.ToUpper(hex2(c))
		}
		m['\b'], m['\t'], m['\n'], m['\f'], m['\r'] = `\b`, `\t`, `\n`, `\f`, `\r`
		m['\''] = `\'`
		m['\\'] = `\\`
		for c := 0x7f; c < 0xa0; c++ {
			m[c] = `\x` + strings.ToUpper(hex2(c))
		}
		return &m
	})
}

var metaLazy lazy.Value[*[0xa0]string]

func hex2(c int) string {
	s := strconv.FormatInt(int64(c), 16)
	if len(s) < 2 {
		s = "0" + s
	}
	return s
}

// quoteKind picks the quotes node uses for a string: ' unless it contains
// one, then " unless it contains one too, then ` unless it contains ` or ${.
func quoteKind(s jsString) byte {
	if s.indexOf("'") < 0 {
		return '\''
	}
	if s.indexOf(`"`) < 0 {
		return '"'
	}
	if s.indexOf("`") < 0 && s.indexOf("${") < 0 {
		return '`'
	}
	return '\''
}

// strEscape quotes and escapes a string the way util.inspect prints it.
func strEscape(s jsString) string {
	q := quoteKind(s)
	var b strings.Builder
	b.Grow(s.len() + 2)
	b.WriteByte(q)
	escapeInto(&b, s, q == '\'')
	b.WriteByte(q)
	return b.String()
}

// escapeInto writes s with control characters, backslashes, lone surrogates
// and (if escapeQuote) single quotes escaped.
func escapeInto(b *strings.Builder, s jsString, escapeQuote bool) {
	n := s.len()
	if s.units == nil {
		last := 0
		for i := 0; i < n; i++ {
			c := s.ascii[i]
			if c < 0x20 || c == '\\' || c == 0x7f || (c == '\'' && escapeQuote) {
				b.WriteString(s.ascii[last:i])
				b.WriteString(meta()[c])
				last = i + 1
			}
		}
		b.WriteString(s.ascii[last:])
		return
	}
	for i := 0; i < n; i++ {
		c := s.units[i]
		switch {
		case c < 0xa0 && meta()[c] != "" && (c != '\'' || escapeQuote):
			b.WriteString(meta()[c])
		case c < 0xa0:
			b.WriteByte(byte(c))
		case utf16.IsSurrogate(rune(c)):
			if c <= 0xdbff && i+1 < n && s.units[i+1] >= 0xdc00 && s.units[i+1] <= 0xdfff {
				b.WriteRune(utf16.DecodeRune(rune(c), rune(s.units[i+1])))
				i++
				continue
			}
			b.WriteString(`\u`)
			b.WriteString(strconv.FormatInt(int64(c), 16))
		default:
			b.WriteRune(rune(c))
		}
	}
}

// escapeBare escapes like strEscape without adding quotes (symbol
// descriptions and non-enumerable keys).
func escapeBare(s string) string {
	js := goJSString(s)
	if js.units == nil && !needsEscape(js.ascii) {
		return s
	}
	var b strings.Builder
	escapeInto(&b, js, true)
	return b.String()
}

func needsEscape(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c == '\\' || c == '\'' || c == 0x7f {
			return true
		}
	}
	return false
}

// isIdentifierKey reports whether a key prints unquoted (/^[a-zA-Z_][a-zA-Z_0-9]*$/).
func isIdentifierKey(k string) bool {
	if k == "" {
		return false
	}
	for i := 0; i < len(k); i++ {
		c := k[i]
		if c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || i > 0 && c >= '0' && c <= '9' {
			continue
		}
		return false
	}
	return true
}

// ansiPattern matches what node's stripVTControlCharacters removes, for the
// sequences inspect itself produces and other common CSI/OSC sequences.
func stripVT(s string) string {
	if strings.IndexByte(s, 0x1b) < 0 && !strings.ContainsRune(s, 0x9b) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		n := ansiLen(s[i:])
		if n > 0 {
			i += n
			continue
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}

// ansiLen returns the length of the escape sequence at the start of s, or 0.
func ansiLen(s string) int {
	var i int
	switch {
	case strings.HasPrefix(s, "\x1b"):
		i = 1
	case strings.HasPrefix(s, "\u009b"):
		i = 2
	default:
		return 0
	}
	// [[\]()#;?]*
	for i < len(s) && strings.IndexByte("[]()#;?", s[i]) >= 0 {
		i++
	}
	// CSI-style: (\d{1,4}(;\d{0,4})*)? final char
	j := i
	digits := 0
	for j < len(s) && s[j] >= '0' && s[j] <= '9' && digits < 4 {
		j++
		digits++
	}
	if digits > 0 {
		for j < len(s) && s[j] == ';' {
			j++
			d := 0
			for j < len(s) && s[j] >= '0' && s[j] <= '9' && d < 4 {
				j++
				d++
			}
		}
	}
	if j < len(s) && isCSIFinal(s[j]) {
		return j + 1
	}
	// OSC-style: text terminated by BEL, ESC \ or ST.
	for k := i; k < len(s); k++ {
		switch {
		case s[k] == 0x07:
			return k + 1
		case strings.HasPrefix(s[k:], "\x1b\\"):
			return k + 2
		case strings.HasPrefix(s[k:], "\u009c"):
			return k + 2
		case s[k] < 0x20 || s[k] == ' ':
			return 0
		}
	}
	return 0
}

func isCSIFinal(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'A' && c <= 'P' || c >= 'R' && c <= 'T' || c == 'Z' ||
		c == 'c' || c >= 'f' && c <= 'n' || c >= 'q' && c <= 'u' || c == 'y' ||
		c == '=' || c == '>' || c == '<' || c == '~'
}

// removeColors strips the SGR sequences stylize adds (/\u001b\[\d\d?m/g).
func removeColors(s string) string {
	if strings.IndexByte(s, 0x1b) < 0 {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		if s[i] == 0x1b && i+3 < len(s) && s[i+1] == '[' && isDigit(s[i+2]) {
			j := i + 3
			if isDigit(s[j]) {
				j++
			}
			if j < len(s) && s[j] == 'm' {
				i = j + 1
				continue
			}
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// StringWidth returns the number of terminal columns s occupies, as node's
// getStringWidth: escape sequences are dropped, East Asian wide and emoji
// characters count two, combining and control characters zero.
func StringWidth(s string, removeControl bool) int {
	if removeControl {
		s = stripVT(s)
	}
	w := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 127 {
			return w + unicodeWidth(norm.NFC.String(s[i:]))
		}
		if c >= 32 {
			w++
		}
	}
	return w
}

func unicodeWidth(s string) int {
	w := 0
	for _, r := range s {
		w += runeWidth(r)
	}
	return w
}

func runeWidth(r rune) int {
	switch width.LookupRune(r).Kind() {
	case width.EastAsianWide, width.EastAsianFullwidth:
		return 2
	case width.EastAsianAmbiguous, width.Neutral:
		if isEmojiPresentation(r) {
			return 2
		}
	}
	if r != 0xad && (unicode.In(r, unicode.Cc, unicode.Cf, unicode.Me, unicode.Mn) || r >= 0x1f3fb && r <= 0x1f3ff) {
		return 0
	}
	return 1
}

// isEmojiPresentation covers the Emoji_Presentation characters that are not
// East Asian Wide already.
func isEmojiPresentation(r rune) bool {
	return r >= 0x1f1e6 && r <= 0x1f1ff
}
