package jsscan

import (
	"strings"
	"testing"
)

// tokens scans src to its end.
func tokens(src string) []string {
	s := &Scanner{Src: src}
	var out []string
	for tok := s.Next(); tok != ""; tok = s.Next() {
		out = append(out, tok)
	}
	return out
}

func TestTokens(t *testing.T) {
	cases := []struct{ src, want string }{
		{"a = b / c; d = /x}/g.test(e) // f {\n/* } */ g", "a|=|b|/|c|;|d|=|/x}/g|.|test|(|e|)|g"},
		{"s = 'it''s' + \"}\" + `a${b}c${d}e`;", "s|=|'it'|'s'|+|\"}\"|+|`a${|b|}c${|d|}e`|;"},
		// A template in a substitution of a template, then a brace of the
		// outer substitution's own, then a later one: each } closes what
		// it should.
		{"x = `a${c ? `b${d}e` : {f: 1}.f}g${h}i`; { j }", "x|=|`a${|c|?|`b${|d|}e`|:|{|f|:|1|}|.|f|}g${|h|}i`|;|{|j|}"},
	}
	for _, c := range cases {
		if got := strings.Join(tokens(c.src), "|"); got != c.want {
			t.Errorf("%s\ngot  %s\nwant %s", c.src, got, c.want)
		}
	}
}

func TestMatchBrace(t *testing.T) {
	src := "{ a(`${ {b} }`, '}'); { c } } d"
	s := &Scanner{Src: src}
	if s.Next() != "{" {
		t.Fatal("no {")
	}
	if end := s.MatchBrace(); end != strings.LastIndex(src, "}") {
		t.Fatalf("MatchBrace gave %d, want %d", end, strings.LastIndex(src, "}"))
	}
}
