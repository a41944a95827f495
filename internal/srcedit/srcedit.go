// Package srcedit applies edits to source text, for the module rewriters
// (asyncgen, forawait).
package srcedit

import (
	"sort"
	"strings"
)

// Edit replaces Cut bytes at offset At with Text (Cut 0 inserts).
type Edit struct {
	At, Cut int
	Text    string
}

// Apply returns src with edits applied, in any order given; the edits
// must not overlap. At one offset, an insertion comes before a
// replacement.
func Apply(src string, edits []Edit) string {
	sorted := append([]Edit(nil), edits...)
	sort.SliceStable(sorted, func(i, j int) bool {
		return sorted[i].At < sorted[j].At || sorted[i].At == sorted[j].At && sorted[i].Cut < sorted[j].Cut
	})
	var b strings.Builder
	last := 0
	for _, e := range sorted {
		b.WriteString(src[last:e.At])
		b.WriteString(e.Text)
		last = e.At + e.Cut
	}
	b.WriteString(src[last:])
	return b.String()
}
