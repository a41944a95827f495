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

	"github.com/gonode/gonode/internal/jsscan"
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
	s := &jsscan.Scanner{Src: src}
	var edits []srcedit.Edit
	n := 0
	headEnd := 0 // the end of the last loop's head, which its edit copies
	for s.Pos < len(src) {
		if s.Next() != "for" {
			continue
		}
		start := s.Pos - len("for")
		if start < headEnd {
			continue // a loop in another's head (in a function expression there): left alone
		}
		loop, ok := readForAwait(s.Fork())
		if !ok {
			continue
		}
		n++
		i, r := "$gonode_i"+strconv.Itoa(n), "$gonode_r"+strconv.Itoa(n)
		// The head's line ends outside the declaration and the iterable
		// (`for\nawait (`) go first, so that later lines keep their place.
		breaks := strings.Count(src[start:loop.bodyStart], "\n") - strings.Count(loop.decl, "\n") - strings.Count(loop.iterable, "\n")
		edits = append(edits,
			srcedit.Edit{At: start, Cut: loop.bodyStart - start, Text: strings.Repeat("\n", breaks) + "{let " + i + " = " + helperName + "(" + loop.iterable + "), " + r +
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

// readForAwait reads, on a fork of the scanner that stands just after a
// `for`, the rest of the loop; false if it is not a for-await loop whose
// body readBody finds.
func readForAwait(s *jsscan.Scanner) (loop, bool) {
	fail := func() (loop, bool) { return loop{}, false }
	if s.Next() != "await" {
		return fail()
	}
	if s.Next() != "(" {
		return fail()
	}
	headStart := s.Pos
	depth := 0
	ofAt := -1
	for {
		tokStart := s.Pos
		tok := s.Next()
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
				l := loop{decl: s.Src[headStart:ofAt], iterable: s.Src[ofAt+2 : tokStart]}
				if !readBody(s, &l) {
					return fail()
				}
				return l, true
			}
			depth--
		case "of":
			if depth == 0 && ofAt < 0 {
				ofAt = s.Pos - 2
			}
		}
	}
}

// compoundStart reports whether w is a word that begins a statement readBody cannot
// delimit without a parser.
func compoundStart(w string) bool {
	switch w {
	case "if", "for", "while", "do", "switch", "try", "with", "function", "class", "async", "let", "const", "var":
		return true
	}
	return false
}

// readBody finds the loop's body: a block, or a single statement that ends
// with a semicolon (maybe only that).
func readBody(s *jsscan.Scanner, l *loop) bool {
	tok := s.Next()
	if tok == "{" {
		l.bodyStart = s.Pos
		l.bodyEnd = s.MatchBrace()
		l.bodyEndCut = 1
		return l.bodyEnd >= 0
	}
	if tok == ";" { // an empty statement: the loop runs for its effects
		l.bodyStart, l.bodyEnd = s.Pos-1, s.Pos
		return true
	}
	if tok == "" || compoundStart(tok) {
		return false
	}
	l.bodyStart = s.Pos - len(tok)
	depth := 0
	for ; tok != ""; tok = s.Next() {
		switch tok {
		case "(", "[", "{":
			depth++
		case ")", "]", "}":
			if depth--; depth < 0 {
				return false
			}
		case ";":
			if depth == 0 {
				l.bodyEnd = s.Pos
				return true
			}
		}
	}
	return false
}
