// Package v8 implements node's 'v8' core module: v8.serialize and
// v8.deserialize, and the Serializer, Deserializer, DefaultSerializer and
// DefaultDeserializer classes, in V8's ValueSerializer format byte for
// byte as node v20 (see internal/v8ser); and the heap statistics, in V8's
// shape from Go's heap. CodecOf gives other modules (child_process's
// 'advanced' IPC serialization) the runtime's codec.
package v8

import (
	_ "embed"
	"errors"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/internal/v8ser"
	"github.com/gonode/gonode/modules/buffer"
	"github.com/gonode/gonode/modules/util"
	"github.com/gonode/gonode/runtime"
)

var (
	//go:embed v8.js
	v8Source string
	//go:embed structured_clone.js
	structuredCloneSource string
)

const bindingName = "internal/v8"

// Modules are the v8 package's core modules and the structuredClone global;
// modules/all registers them.
var Modules = runtime.ModuleSet{
	Needs: []*runtime.ModuleSet{&buffer.Modules, &util.Modules},
	Core: []runtime.Module{
		{Name: bindingName, Load: loadBinding},
		{Name: "v8", Source: &v8Source},
		{Name: "internal/structured_clone", Source: &structuredCloneSource},
	},
	Globals: []runtime.Global{
		{Name: "structuredClone", Flags: runtime.GlobalEnumerable | runtime.GlobalData, Module: "internal/structured_clone", Path: "structuredClone"},
	},
}

// binding is the per-runtime state behind internal/v8.
type binding struct {
	rt    *runtime.Runtime
	codec *v8ser.Codec
}

func loadBinding(rt *runtime.Runtime, module *goja.Object) error {
	vm := rt.VM()
	bufMod, err := rt.Require("buffer")
	if err != nil {
		return err
	}
	codec, err := v8ser.New(vm, bufMod.ToObject(vm).Get("Buffer").ToObject(vm))
	if err != nil {
		return err
	}
	b := &binding{rt: rt, codec: codec}
	o := vm.NewObject()
	if err := o.Set("serialize", b.serialize); err != nil {
		return err
	}
	if err := o.Set("deserialize", b.deserialize); err != nil {
		return err
	}
	if err := o.Set("newSerializer", b.newSerializer); err != nil {
		return err
	}
	if err := o.Set("newDeserializer", b.newDeserializer); err != nil {
		return err
	}
	for name, fn := range map[string]func(*runtime.Runtime) goja.Value{
		"heapStatistics":      heapStatistics,
		"heapSpaceStatistics": heapSpaceStatistics,
		"heapCodeStatistics":  heapCodeStatistics,
	} {
		if err := o.Set(name, func(goja.FunctionCall) goja.Value { return fn(rt) }); err != nil {
			return err
		}
	}
	if err := o.Set("state", vm.ToValue(b)); err != nil {
		return err
	}
	return module.Set("exports", o)
}

// CodecOf returns the codec of rt, made on first use. Loop goroutine only.
func CodecOf(rt *runtime.Runtime) (*v8ser.Codec, error) {
	v, err := rt.Require(bindingName)
	if err != nil {
		return nil, err
	}
	b, ok := v.ToObject(rt.VM()).Get("state").Export().(*binding)
	if !ok {
		return nil, errors.New("v8: internal binding has no state")
	}
	return b.codec, nil
}

// serialize(value) is v8.serialize: a Buffer.
func (b *binding) serialize(call goja.FunctionCall) goja.Value {
	data, err := b.codec.Serialize(call.Argument(0))
	if err != nil {
		b.rt.Rethrow(err)
	}
	buf, err := buffer.New(b.rt, data)
	if err != nil {
		b.rt.Rethrow(err)
	}
	return buf
}

// deserialize(view) is v8.deserialize.
func (b *binding) deserialize(call goja.FunctionCall) goja.Value {
	var data []byte
	o, isObj := call.Argument(0).(*goja.Object)
	if !isObj || !isView(b.rt.VM(), o) || b.rt.VM().ExportTo(o, &data) != nil {
		panic(b.rt.NewNodeError("TypeError", "ERR_INVALID_ARG_TYPE", "buffer must be a TypedArray or a DataView"))
	}
	v, err := b.codec.Deserialize(data)
	if err != nil {
		b.rt.Rethrow(err)
	}
	return v
}

// isView is ArrayBuffer.isView(o).
func isView(vm *goja.Runtime, o *goja.Object) bool {
	f, _ := goja.AssertFunction(vm.Get("ArrayBuffer").ToObject(vm).Get("isView"))
	if f == nil {
		return false
	}
	r, err := f(goja.Undefined(), o)
	return err == nil && r.ToBoolean()
}
