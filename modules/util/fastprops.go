package util

import (
	"github.com/dop251/goja"
	"github.com/gonode/gonode/internal/gojastore"
)

// goja has no Go API for property descriptors, and calling
// Object.getOwnPropertyDescriptor from Go costs about a microsecond per
// property. The inspector only needs to know whether an own property is an
// accessor (to print [Getter] instead of running it), whether it is
// enumerable, and a dense array's elements, so it reads goja's storage
// through internal/gojastore; when that is off (goja's layout was not
// recognised), every lookup goes through getOwnPropertyDescriptor.

// OwnAccessor reports whether o has an own accessor property key, without
// running it (a cheap Object.getOwnPropertyDescriptor(o, key).get check).
func OwnAccessor(vm *goja.Runtime, o *goja.Object, key string) bool {
	if fp := gojastore.For(vm); fp != nil {
		if p, known := fp.Own(o, key); known {
			return p.Found && p.Accessor
		}
	}
	c := newInspector(vm, stateOf(vm), DefaultInspectOptions())
	d, ok := c.jsProp(o, propKey{name: key})
	return ok && d.value == nil
}
