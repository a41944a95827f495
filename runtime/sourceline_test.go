package runtime

import "testing"

// sourceLine finds lines by an index made on the first call for a file,
// and made again when the file's text changes (a module loaded again).
func TestSourceLine(t *testing.T) {
	ms := &moduleSystem{sources: map[string]string{"/a.js": "//#!/usr/bin/env node\r\nsecond\n\nlast"}, lines: map[string]lineIndex{}}
	for n, want := range map[int]string{0: "", 1: "#!/usr/bin/env node", 2: "second", 3: "", 4: "last", 5: ""} {
		if got := ms.sourceLine("/a.js", n); got != want {
			t.Errorf("line %d = %q, want %q", n, got, want)
		}
	}
	if got := ms.sourceLine("/missing.js", 1); got != "" {
		t.Errorf("a file never loaded gave %q", got)
	}
	ms.sources["/a.js"] = "one\ntwo"
	if got := ms.sourceLine("/a.js", 2); got != "two" {
		t.Errorf("after the text changed, line 2 = %q, want \"two\"", got)
	}
}
