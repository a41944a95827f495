package util

import (
	"github.com/dop251/goja"
	"github.com/gonode/gonode/internal/gojastore"
)

// SetFastPath switches the storage fast path (internal/gojastore) on or
// off and returns the previous setting (tests run every case both ways).
func SetFastPath(on bool) (previous bool) {
	return gojastore.SetEnabled(on)
}

// FastPathAvailable reports whether goja's storage layout was recognised.
func FastPathAvailable() bool {
	return gojastore.For(goja.New()) != nil
}
