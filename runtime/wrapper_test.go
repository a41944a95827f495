package runtime

import "testing"

// TestESMWrapperWidth checks that an ES module's wrapper is as wide as a
// CommonJS module's: columns on a module's first line are corrected by that
// width, whichever wrapper the module runs in.
func TestESMWrapperWidth(t *testing.T) {
	if len(esmWrapperHead) != len(wrapperHead) {
		t.Fatalf("ES module wrapper %q is %d wide, CommonJS's %d", esmWrapperHead, len(esmWrapperHead), len(wrapperHead))
	}
}
