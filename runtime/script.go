package runtime

import (
	"errors"
	"sync"
	"time"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/internal/esm"
)

// CompileScript compiles source as a classic script (not a module) named
// name, with the rewrites gonode makes to the code it loads (import(), for
// await, async generators), as node's vm.Script and -e compile theirs. A
// syntax error is thrown as node's SyntaxError. Loop goroutine only.
func (rt *Runtime) CompileScript(name, source string) *goja.Program {
	if fixed, ok := esm.DynamicImports(source); ok {
		source = fixed
	}
	source = forGoja(source)
	prg, err := goja.Compile(name, source, false)
	if err != nil {
		panic(rt.modules.syntaxError(err, source, false))
	}
	return prg
}

// timeoutInterrupt is the value a timed-out RunWithTimeout interrupts with.
type timeoutInterrupt struct{}

// RunWithTimeout calls fn, which runs JavaScript and returns its error,
// and interrupts that JavaScript once d has passed (d <= 0: never), as vm's
// timeout option does; it reports whether it did, or else fn's error. A
// Terminate meanwhile still ends the runtime. Loop goroutine only.
func (rt *Runtime) RunWithTimeout(d time.Duration, fn func() error) (timedOut bool, err error) {
	if d <= 0 {
		return false, fn()
	}
	var fired sync.WaitGroup
	fired.Add(1)
	timer := time.AfterFunc(d, func() {
		rt.vm.Interrupt(timeoutInterrupt{})
		fired.Done()
	})
	err = fn()
	if timer.Stop() {
		return false, err
	}
	fired.Wait()
	rt.vm.ClearInterrupt()
	if rt.terminate.Load() {
		rt.vm.Interrupt(exitInterrupt{})
	}
	var ie *goja.InterruptedError
	if errors.As(err, &ie) && ie.Value() == (timeoutInterrupt{}) {
		return true, nil
	}
	return false, err
}
