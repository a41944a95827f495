// Package mainstack grows the main goroutine's stack before the other
// packages of the gonode CLI initialise. The main goroutine goes on to run
// the runtime, whose stack reaches 256 KiB (see internal/stackgrow);
// runtime.New would grow it too, but by then package initialisers have grown
// it twice (inside map and regular-expression set-up) and main's frames are
// on it, and each copy maps in the binary's tables for every frame it walks.
// Grown first, the one copy walks two frames: a forked child is about
// 1 MiB smaller.
//
// The package imports only internal/stackgrow, so its initialiser runs
// first; import it for its side effect in a main package.
package mainstack

import "github.com/gonode/gonode/internal/stackgrow"

func init() { stackgrow.Grow() }
