package runtime

import "testing"

// TestESMWrapperWidth checks that an ES module's wrappers, sync and async,
// are as wide as a CommonJS module's: columns on a module's first line are
// corrected by that width, whichever wrapper the module runs in.
func TestESMWrapperWidth(t *testing.T) {
	for _, head := range []string{esmWrapperHead, esmAsyncWrapperHead} {
		if len(head) != len(wrapperHead) {
			t.Fatalf("ES module wrapper %q is %d wide, CommonJS's %d", head, len(head), len(wrapperHead))
		}
	}
}
