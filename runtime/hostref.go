package runtime

import "github.com/dop251/goja"

// hostRef is a JavaScript value that carries a Go value and nothing else:
// an object with no properties, for hidden slots that tie a JS object to
// its Go state. goja's ToValue would wrap a Go pointer in a reflection-backed
// object instead, which costs thousands of instructions to make.
type hostRef struct{ v any }

func (hostRef) Get(string) goja.Value       { return nil }
func (hostRef) Set(string, goja.Value) bool { return false }
func (hostRef) Has(string) bool             { return false }
func (hostRef) Delete(string) bool          { return true }
func (hostRef) Keys() []string              { return nil }

// HostRef returns a value that carries v, for HostOf to give back.
func (rt *Runtime) HostRef(v any) goja.Value {
	return rt.vm.NewDynamicObject(hostRef{v})
}

// HostOf returns the Go value a HostRef value carries, or nil.
func HostOf(v goja.Value) any {
	o, ok := v.(*goja.Object)
	if !ok {
		return nil
	}
	if r, ok := o.Export().(hostRef); ok {
		return r.v
	}
	return nil
}
