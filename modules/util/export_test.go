package util

// SetFastPath switches the reflection fast path on or off and returns the
// previous setting (tests run every case both ways).
func SetFastPath(on bool) (previous bool) {
	previous = !fastPathDisabled
	fastPathDisabled = !on
	return previous
}

// FastPathAvailable reports whether goja's storage layout was recognised.
func FastPathAvailable() bool {
	return layout() != nil
}
