// Package forawait rewrites `for await (... of ...)` loops, which goja does
// not parse, into loops it runs: the same iteration by hand, as the
// language defines it (the async iterator, or a sync one whose values are
// awaited; each step awaited; the iterator's return() called when the loop
// is left early or by an exception). npm code uses these loops inside
// async functions (fs-extra, for one); without the rewrite the whole module
// is a syntax error.
//
// The rewrite is textual, on a scan that knows strings, template
// literals, comments and regular expressions, and keeps every line where
// it was. A loop's body must be a block or a simple statement ending with
// a semicolon (others stay as they are, a syntax error); a loop with a
// label that `continue` names is not supported (the label ends up on a
// block).
package forawait

import (
	"strconv"
	"strings"

	"github.com/gonode/gonode/internal/srcedit"
)

// helperName is the function the rewritten loops get their iterator from;
// Rewrite appends its declaration, hoisted, to the module.
const helperName = "$gonode_asyncIterator"

const helper = `
;function ` + helperName + `(o) {
  const m = o == null ? undefined : o[Symbol.asyncIterator];
  if (m != null) return m.call(o);
  const it = o[Symbol.iterator]();
  return {
    next() { const r = it.next(); return Promise.resolve(r.value).then((value) => ({ value, done: r.done })); },
    return() { return Promise.resolve(typeof it.return === 'function' ? it.return() : { done: true }); },
  };
}
`

// Rewrite returns src with its for-await loops rewritten, and whether
// there were any.
func Rewrite(src string) (string, bool) {
	if !strings.Contains(src, "await") || !strings.Contains(src, "for") {
		return src, false
	}
	s := scanner{src: src}
	var edits []srcedit.Edit
	n := 0
	headEnd := 0 // the end of the last loop's head, which its edit copies
	for s.pos < len(src) {
		if s.next() != "for" {
			continue
		}
		start := s.pos - len("for")
		if start < headEnd {
			continue // a loop in another's head (in a function expression there): left alone
		}
		loop, ok := s.forAwait()
		if !ok {
			continue
		}
		n++
		i, r := "$gonode_i"+strconv.Itoa(n), "$gonode_r"+strconv.Itoa(n)
		edits = append(edits,
			srcedit.Edit{At: start, Cut: loop.bodyStart - start, Text: "{let " + i + " = " + helperName + "(" + loop.iterable + "), " + r +
				"; try { for (; !(" + r + " = undefined, " + r + " = await " + i + ".next()).done;) {" + loop.decl + " = " + r + ".value;"},
			srcedit.Edit{At: loop.bodyEnd, Cut: loop.bodyEndCut, Text: "}} finally { if (" + r + " && !" + r + ".done && typeof " + i +
				".return === 'function') await " + i + ".return(); }}"},
		)
		headEnd = loop.bodyStart
		// The scan goes on through the loop's head and body, where
		// other loops may be.
	}
	if len(edits) == 0 {
		return src, false
	}
	return srcedit.Apply(src, edits) + helper, true
}

// loop is a for-await loop found in the source. The rewrite replaces the
// text from for to bodyStart, and bodyEndCut bytes at bodyEnd: a block
// body's braces, or nothing around a single statement.
type loop struct {
	decl       string // "const item", "let [a, b]" (with the head's newlines)
	iterable   string // the expression after of
	bodyStart  int    // just after a block body's {, or where a statement starts
	bodyEnd    int    // offset of a block body's }, or just after a statement's ;
	bodyEndCut int    // 1 for a block body, 0 for a statement
}

// forAwait reads, on a copy of the scanner (which stays just after a
// `for`), the rest of the loop; false if it is not a for-await loop whose
// body readBody finds.
func (s *scanner) forAwait() (loop, bool) {
	c := *s
	c.templates = append([]int(nil), s.templates...)
	return c.readForAwait()
}

func (s *scanner) readForAwait() (loop, bool) {
	fail := func() (loop, bool) { return loop{}, false }
	if s.next() != "await" {
		return fail()
	}
	if s.next() != "(" {
		return fail()
	}
	headStart := s.pos
	depth := 0
	ofAt := -1
	for {
		tokStart := s.pos
		tok := s.next()
		switch tok {
		case "":
			return fail()
		case "(", "[", "{":
			depth++
		case ")", "]", "}":
			if depth == 0 && tok == ")" {
				if ofAt < 0 {
					return fail()
				}
				l := loop{decl: s.src[headStart:ofAt], iterable: s.src[ofAt+2 : tokStart]}
				if !s.readBody(&l) {
					return fail()
				}
				return l, true
			}
			depth--
		case "of":
			if depth == 0 && ofAt < 0 {
				ofAt = s.pos - 2
			}
		}
	}
}

// compoundStarts are the words that begin a statement readBody cannot
// delimit without a parser.
var compoundStarts = map[string]bool{"if": true, "for": true, "while": true, "do": true, "switch": true, "try": true,
	"with": true, "function": true, "class": true, "async": true, "let": true, "const": true, "var": true}

// readBody finds the loop's body: a block, or a single statement that ends
// with a semicolon.
func (s *scanner) readBody(l *loop) bool {
	tok := s.next()
	if tok == "{" {
		l.bodyStart = s.pos
		l.bodyEnd = s.matchBrace()
		l.bodyEndCut = 1
		return l.bodyEnd >= 0
	}
	if tok == "" || tok == ";" || compoundStarts[tok] {
		return false
	}
	l.bodyStart = s.pos - len(tok)
	depth := 0
	for ; tok != ""; tok = s.next() {
		switch tok {
		case "(", "[", "{":
			depth++
		case ")", "]", "}":
			if depth--; depth < 0 {
				return false
			}
		case ";":
			if depth == 0 {
				l.bodyEnd = s.pos
				return true
			}
		}
	}
	return false
}

// matchBrace returns the offset of the } that closes the { just read, or -1.
func (s *scanner) matchBrace() int {
	depth := 1
	for {
		tok := s.next()
		switch tok {
		case "":
			return -1
		case "{":
			depth++
		case "}":
			depth--
			if depth == 0 {
				return s.pos - 1
			}
		}
	}
}

// scanner splits JavaScript into the tokens this package needs: words,
// punctuation one character at a time, and strings, templates, regular
// expressions and numbers as opaque tokens. Whitespace and comments are
// skipped.
type scanner struct {
	src  string
	pos  int
	prev string // the last token, to tell a regular expression from a division
	// templates holds, for each template literal whose ${ } the scanner is
	// in, the brace depth at which that substitution ends.
	templates []int
	braces    int
}

// next returns the next token, "" at the end.
func (s *scanner) next() string {
	tok := s.scan()
	s.prev = tok
	return tok
}

func (s *scanner) scan() string {
	src := s.src
	for s.pos < len(src) {
		c := src[s.pos]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			s.pos++
		case c == '/' && s.pos+1 < len(src) && src[s.pos+1] == '/':
			for s.pos < len(src) && src[s.pos] != '\n' {
				s.pos++
			}
		case c == '/' && s.pos+1 < len(src) && src[s.pos+1] == '*':
			end := strings.Index(src[s.pos+2:], "*/")
			if end < 0 {
				s.pos = len(src)
			} else {
				s.pos += end + 4
			}
		default:
			return s.token()
		}
	}
	return ""
}

func (s *scanner) token() string {
	src := s.src
	start := s.pos
	c := src[s.pos]
	switch {
	case isWordByte(c):
		for s.pos < len(src) && isWordByte(src[s.pos]) {
			s.pos++
		}
		return src[start:s.pos]
	case c == '\'' || c == '"':
		s.skipQuoted(c)
		return src[start:s.pos]
	case c == '`':
		s.pos++
		s.skipTemplate()
		return src[start:s.pos]
	case c == '/' && s.regexAllowed():
		s.skipRegexp()
		return src[start:s.pos]
	case c == '{':
		s.braces++
		s.pos++
		return "{"
	case c == '}':
		if n := len(s.templates); n > 0 && s.templates[n-1] == s.braces {
			// The end of a template's substitution: the template goes on.
			s.templates = s.templates[:n-1]
			s.pos++
			s.skipTemplate()
			return src[start:s.pos]
		}
		s.braces--
		s.pos++
		return "}"
	}
	s.pos++
	return src[start:s.pos]
}

// skipQuoted skips a string literal opened by quote.
func (s *scanner) skipQuoted(quote byte) {
	s.pos++
	for s.pos < len(s.src) {
		switch s.src[s.pos] {
		case '\\':
			s.pos = min(s.pos+2, len(s.src)) // an escape, maybe cut short
			continue
		case quote, '\n':
			s.pos++
			return
		}
		s.pos++
	}
}

// skipTemplate skips template text up to its closing backquote, or into a
// ${ substitution (remembered, so that its } resumes the template).
func (s *scanner) skipTemplate() {
	for s.pos < len(s.src) {
		switch s.src[s.pos] {
		case '\\':
			s.pos = min(s.pos+2, len(s.src)) // an escape, maybe cut short
			continue
		case '`':
			s.pos++
			return
		case '$':
			if s.pos+1 < len(s.src) && s.src[s.pos+1] == '{' {
				s.pos += 2
				s.braces++
				s.templates = append(s.templates, s.braces)
				return
			}
		}
		s.pos++
	}
}

// skipRegexp skips a regular expression literal and its flags.
func (s *scanner) skipRegexp() {
	s.pos++
	inClass := false
	for s.pos < len(s.src) {
		switch c := s.src[s.pos]; {
		case c == '\\':
			s.pos = min(s.pos+2, len(s.src)) // an escape, maybe cut short
			continue
		case c == '[':
			inClass = true
		case c == ']':
			inClass = false
		case c == '\n':
			return
		case c == '/' && !inClass:
			s.pos++
			for s.pos < len(s.src) && isWordByte(s.src[s.pos]) {
				s.pos++
			}
			return
		}
		s.pos++
	}
}

// regexAllowed reports whether a / here starts a regular expression: after
// an operator, an opening bracket or a keyword that precedes an expression,
// not after a value.
func (s *scanner) regexAllowed() bool {
	p := s.prev
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
