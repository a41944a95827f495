// This file is gonode's, not upstream's: see ../README.md.

package profile

import (
	"regexp"
	"sync"
)

// lazyRegexp compiles expr on first use instead of when the package is
// initialised.
func lazyRegexp(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}
