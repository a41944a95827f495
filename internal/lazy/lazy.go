// Package lazy holds package-level values made on first use.
//
// sync.OnceValue does that too, but a package-level variable set by calling
// it is initialised by code in the package's init function, and running a
// package's init function maps its part of the binary into every process
// (see runtime.ModuleSet). A Value's zero value is ready, so a package-level
// Value needs no initialisation code at all.
package lazy

import "sync"

// Value is a value of type T made once, on first use, by the function given
// to Get. It is safe for concurrent use. The zero Value is ready to use.
type Value[T any] struct {
	once sync.Once
	v    T
}

// Get returns the value, calling build to make it if this is the first
// call. Every call should pass the same build.
func (l *Value[T]) Get(build func() T) T {
	l.once.Do(func() { l.v = build() })
	return l.v
}
