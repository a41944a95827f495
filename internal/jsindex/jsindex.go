// Package jsindex names array indices as JavaScript property keys.
package jsindex

import (
	"strconv"
	"sync"
)

// cached is how many small indices have a precomputed name.
const cached = 1024

var (
	namesOnce sync.Once
	names     []string
)

// Name returns strconv.Itoa(i), the property key of index i, without
// allocating for the small indices that nearly every array access uses.
func Name(i int) string {
	if i < 0 || i >= cached {
		return strconv.Itoa(i)
	}
	namesOnce.Do(func() {
		names = make([]string, cached)
		for j := range names {
			names[j] = strconv.Itoa(j)
		}
	})
	return names[i]
}
