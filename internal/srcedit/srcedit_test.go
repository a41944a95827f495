package srcedit

import "testing"

func TestApply(t *testing.T) {
	src := "function f() { return arguments; }"
	got := Apply(src, []Edit{
		{At: 22, Cut: 9, Text: "args"},
		{At: 14, Text: " var args = arguments;"},
		{At: 0, Text: "/* x */"},
	})
	want := "/* x */function f() { var args = arguments; return args; }"
	if got != want {
		t.Fatalf("got %q, want %q", got, want)
	}
	if got := Apply("ab", []Edit{{At: 1, Cut: 1, Text: "B"}, {At: 1, Text: "+"}}); got != "a+B" {
		t.Fatalf("insertion and replacement at one offset: %q", got)
	}
	if got := Apply("same", nil); got != "same" {
		t.Fatalf("no edits: %q", got)
	}
}
