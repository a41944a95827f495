package parser

// gonode: a function body scanned over by bytes (see GONODE.md).

import (
	"strings"

	"github.com/dop251/goja/token"
	"github.com/dop251/goja/unistring"
)

// bodyScan scans a function body's source by bytes, as skipTo does by
// tokens, for a body in ASCII (its strings, templates, comments and regular
// expressions aside): it finds the '}' that closes the body and the words
// that may name variables, several times faster than the lexer. Where the
// source is not so simple (a character outside ASCII in code, an escape in
// a name, something unterminated) it gives up, and skipTo scans the body.
type bodyScan struct {
	src   string
	names *nameSet
}

// skipCode scans code from i to the '}' closing the braces open there and
// returns its offset, or -1 to give up.
func (s *bodyScan) skipCode(i int) int {
	src := s.src
	depth := 0
	// operand: the last token ends an operand, so a '/' divides; dot: it
	// was '.' or '?.', so a name is a property's.
	operand, dot := false, false
	for i < len(src) {
		c := src[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
			i++
			continue
		case c >= 0x80 || c == '\\':
			return -1
		case c == '$' || c == '_' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
			j := i + 1
			for j < len(src) && isASCIIIdentifierPart(src[j]) {
				j++
			}
			if j < len(src) && (src[j] >= 0x80 || src[j] == '\\') {
				return -1
			}
			operand = s.word(src[i:j], dot)
			i = j
		case '0' <= c && c <= '9' || c == '.' && i+1 < len(src) && '0' <= src[i+1] && src[i+1] <= '9':
			i = skipNumber(src, i)
			operand = true
		case c == '"' || c == '\'':
			if i = skipString(src, i); i < 0 {
				return -1
			}
			operand = true
		case c == '`':
			if i = s.skipTemplate(i); i < 0 {
				return -1
			}
			operand = true
		case c == '/' && i+1 < len(src) && src[i+1] == '/':
			for i < len(src) && src[i] != '\n' && src[i] != '\r' {
				if strings.HasPrefix(src[i:], "\u2028") || strings.HasPrefix(src[i:], "\u2029") {
					return -1 // (they end a line too)
				}
				i++
			}
			continue
		case c == '/' && i+1 < len(src) && src[i+1] == '*':
			end := strings.Index(src[i+2:], "*/")
			if end < 0 {
				return -1
			}
			i += 2 + end + 2
			continue
		case c == '/' && !operand:
			if i = skipRegExp(src, i); i < 0 {
				return -1
			}
			operand = true
		case c == '{':
			depth++
			i++
			operand = false
		case c == '}':
			if depth == 0 {
				return i
			}
			depth--
			i++
			operand = false
		case c == ')' || c == ']':
			i++
			operand = true
		case c == '.' && strings.HasPrefix(src[i:], "..."):
			i += 3
			operand = false
		case c == '.' || c == '?' && i+1 < len(src) && src[i+1] == '.':
			if c == '?' {
				i++
			}
			i++
			operand, dot = false, true
			continue
		case (c == '+' || c == '-') && i+1 < len(src) && src[i+1] == c:
			i += 2
			operand = true
		case c == '#':
			i++
			for i < len(src) && isASCIIIdentifierPart(src[i]) {
				i++
			}
			operand = true
		default:
			i++
			operand = false
		}
		dot = false
	}
	return -1
}

// word notes the word w, a property's name after dot, and reports whether
// it ends an operand (a '/' after it divides): the token scan's rules
// (mayNameVariable, regExpMayFollow).
func (s *bodyScan) word(w string, dot bool) bool {
	tok, _ := token.IsKeyword(w)
	if tok == 0 {
		tok = token.IDENTIFIER
	}
	if !dot && mayNameVariable(tok) {
		s.names.add(unistring.String(w))
	}
	return !regExpMayFollow(tok)
}

// skipTemplate scans the template literal at i and returns the offset after
// it, or -1.
func (s *bodyScan) skipTemplate(i int) int {
	src := s.src
	for i++; i < len(src); i++ {
		switch src[i] {
		case '\\':
			i++
		case '`':
			return i + 1
		case '$':
			if i+1 < len(src) && src[i+1] == '{' {
				if i = s.skipCode(i + 2); i < 0 {
					return -1
				}
			}
		}
	}
	return -1
}

// skipString returns the offset after the string literal at i, or -1.
func skipString(src string, i int) int {
	quote := src[i]
	for i++; i < len(src); i++ {
		switch src[i] {
		case quote:
			return i + 1
		case '\\':
			i++
			if i+1 < len(src) && src[i] == '\r' && src[i+1] == '\n' {
				i++
			}
		case '\n', '\r':
			return -1
		}
	}
	return -1
}

// skipRegExp returns the offset after the regular expression literal (and
// its flags) at i, or -1.
func skipRegExp(src string, i int) int {
	class := false
	for i++; i < len(src); i++ {
		switch src[i] {
		case '\\':
			i++
		case '[':
			class = true
		case ']':
			class = false
		case '/':
			if !class {
				i++
				for i < len(src) && isASCIIIdentifierPart(src[i]) {
					i++
				}
				return i
			}
		case '\n', '\r':
			return -1
		}
	}
	return -1
}

// skipNumber returns the offset after the numeric literal at i: digits,
// letters, '_' and '.', and a sign after a decimal exponent's 'e'.
func skipNumber(src string, i int) int {
	hex := src[i] == '0' && i+1 < len(src) && strings.IndexByte("xXbBoO", src[i+1]) >= 0
	for i < len(src) {
		c := src[i]
		switch {
		case isASCIIIdentifierPart(c) || c == '.':
			i++
		case (c == '+' || c == '-') && !hex && (src[i-1] == 'e' || src[i-1] == 'E'):
			i++
		default:
			return i
		}
	}
	return i
}
