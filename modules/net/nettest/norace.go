//go:build !race

package nettest

// Race reports whether the tests run with the race detector; Build then
// instruments the gonode binary too.
const Race = false
