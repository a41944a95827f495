// Package jsscan splits JavaScript source into tokens for the module
// rewriters (forawait, asyncgen), which find constructs goja does not parse
// without a parser of their own: it knows strings, template literals,
// comments and regular expressions well enough not to mistake their text
// for code.
package jsscan

import "strings"

// Scanner splits JavaScript into the tokens the rewriters need: words,
// punctuation one character at a time, and strings, templates, regular
// expressions and numbers as opaque tokens. Whitespace and comments are
// skipped. Its zero value with Src set scans from the start; a copy of a
// Scanner (Fork) reads ahead without moving the original.
type Scanner struct {
	Src  string
	Pos  int    // where the next token's scan starts
	Prev string // the last token, to tell a regular expression from a division
	// templates holds, for each template literal whose ${ } the scanner is
	// in, the brace depth at which that substitution ends.
	templates []int
	braces    int
}

// Fork returns a copy of s that scans on independently.
func (s *Scanner) Fork() *Scanner {
	c := *s
	c.templates = append([]int(nil), s.templates...)
	return &c
}

// Next returns the next token, "" at the end.
func (s *Scanner) Next() string {
	tok := s.scan()
	s.Prev = tok
	return tok
}

// MatchBrace reads on to the } that closes the { just read and returns its
// offset, or -1 at the end of the source.
func (s *Scanner) MatchBrace() int {
	depth := 1
	for {
		tok := s.Next()
		switch tok {
		case "":
			return -1
		case "{":
			depth++
		case "}":
			depth--
			if depth == 0 {
				return s.Pos - 1
			}
		}
	}
}

func (s *Scanner) scan() string {
	src := s.Src
	for s.Pos < len(src) {
		c := src[s.Pos]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			s.Pos++
		case c == '/' && s.Pos+1 < len(src) && src[s.Pos+1] == '/':
			for s.Pos < len(src) && src[s.Pos] != '\n' {
				s.Pos++
			}
		case c == '/' && s.Pos+1 < len(src) && src[s.Pos+1] == '*':
			end := strings.Index(src[s.Pos+2:], "*/")
			if end < 0 {
				s.Pos = len(src)
			} else {
				s.Pos += end + 4
			}
		default:
			return s.token()
		}
	}
	return ""
}

func (s *Scanner) token() string {
	src := s.Src
	start := s.Pos
	c := src[s.Pos]
	switch {
	case isWordByte(c):
		for s.Pos < len(src) && isWordByte(src[s.Pos]) {
			s.Pos++
		}
		return src[start:s.Pos]
	case c == '\'' || c == '"':
		s.skipQuoted(c)
		return src[start:s.Pos]
	case c == '`':
		s.Pos++
		s.skipTemplate()
		return src[start:s.Pos]
	case c == '/' && s.regexAllowed():
		s.skipRegexp()
		return src[start:s.Pos]
	case c == '{':
		s.braces++
		s.Pos++
		return "{"
	case c == '}':
		if n := len(s.templates); n > 0 && s.templates[n-1] == s.braces {
			// The end of a template's substitution: the template goes on.
			s.templates = s.templates[:n-1]
			s.braces--
			s.Pos++
			s.skipTemplate()
			return src[start:s.Pos]
		}
		s.braces--
		s.Pos++
		return "}"
	}
	s.Pos++
	return src[start:s.Pos]
}

// skipQuoted skips a string literal opened by quote.
func (s *Scanner) skipQuoted(quote byte) {
	s.Pos++
	for s.Pos < len(s.Src) {
		switch s.Src[s.Pos] {
		case '\\':
			s.Pos = min(s.Pos+2, len(s.Src)) // an escape, maybe cut short
			continue
		case quote, '\n':
			s.Pos++
			return
		}
		s.Pos++
	}
}

// skipTemplate skips template text up to its closing backquote, or into a
// ${ substitution (remembered, so that its } resumes the template).
func (s *Scanner) skipTemplate() {
	for s.Pos < len(s.Src) {
		switch s.Src[s.Pos] {
		case '\\':
			s.Pos = min(s.Pos+2, len(s.Src)) // an escape, maybe cut short
			continue
		case '`':
			s.Pos++
			return
		case '$':
			if s.Pos+1 < len(s.Src) && s.Src[s.Pos+1] == '{' {
				s.Pos += 2
				s.braces++
				s.templates = append(s.templates, s.braces)
				return
			}
		}
		s.Pos++
	}
}

// skipRegexp skips a regular expression literal and its flags.
func (s *Scanner) skipRegexp() {
	s.Pos++
	inClass := false
	for s.Pos < len(s.Src) {
		switch c := s.Src[s.Pos]; {
		case c == '\\':
			s.Pos = min(s.Pos+2, len(s.Src)) // an escape, maybe cut short
			continue
		case c == '[':
			inClass = true
		case c == ']':
			inClass = false
		case c == '\n':
			return
		case c == '/' && !inClass:
			s.Pos++
			for s.Pos < len(s.Src) && isWordByte(s.Src[s.Pos]) {
				s.Pos++
			}
			return
		}
		s.Pos++
	}
}

// regexAllowed reports whether a / here starts a regular expression: after
// an operator, an opening bracket or a keyword that precedes an expression,
// not after a value.
func (s *Scanner) regexAllowed() bool {
	p := s.Prev
	if p == "" {
		return true
	}
	if isWordByte(p[0]) {
		switch p {
		case "return", "typeof", "instanceof", "in", "of", "new", "delete", "void", "throw", "case", "do", "else", "yield", "await":
			return true
		}
		return false
	}
	switch p[0] {
	case ')', ']', '}', '\'', '"', '`':
		return false
	}
	return true
}

func isWordByte(c byte) bool {
	return c == '_' || c == '$' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
}
