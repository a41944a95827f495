// Package stringdecoder implements node's 'string_decoder' core module: the
// decoding state machine in Go (internal/string_decoder) under a small
// JavaScript class.
package stringdecoder

import (
	_ "embed"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/modules/buffer" // internal/errors, buffer
	"github.com/gonode/gonode/runtime"
)

//go:embed string_decoder.js
var source string

// Modules are the stringdecoder package's core modules; modules/all registers them.
var Modules = runtime.ModuleSet{
	Needs: []*runtime.ModuleSet{&buffer.Modules},
	Core: []runtime.Module{
		{Name: "internal/string_decoder", Load: loadBinding},
		{Name: "string_decoder", Source: &source},
	}}

// loadBinding builds internal/string_decoder: create(encoding) returns a
// native decoder object with write, end, reset and the legacy state
// accessors.
func loadBinding(rt *runtime.Runtime, module *goja.Object) error {
	vm := rt.VM()
	b := vm.NewObject()
	err := b.Set("create", func(call goja.FunctionCall) goja.Value {
		enc, ok := buffer.EncodingByName(call.Argument(0).String())
		if !ok {
			panic(buffer.NodeError(rt, "ERR_UNKNOWN_ENCODING", call.Argument(0)))
		}
		return decoderObject(rt, NewDecoder(enc))
	})
	if err != nil {
		return err
	}
	return module.Set("exports", b)
}

// bytesOf returns the bytes viewed by an ArrayBufferView.
func bytesOf(vm *goja.Runtime, v goja.Value) []byte {
	o, ok := v.(*goja.Object)
	if !ok || runtime.EmptyView(o) {
		return nil
	}
	if p, ok := o.Export().([]byte); ok {
		return p
	}
	var p []byte
	_ = vm.ExportTo(o, &p)
	return p
}

func decoderObject(rt *runtime.Runtime, d *Decoder) *goja.Object {
	vm := rt.VM()
	o := vm.NewObject()
	_ = o.Set("write", func(call goja.FunctionCall) goja.Value {
		return d.Write(vm, bytesOf(vm, call.Argument(0)))
	})
	_ = o.Set("flush", func(goja.FunctionCall) goja.Value { return d.Flush(vm) })
	_ = o.Set("reset", func(goja.FunctionCall) goja.Value {
		d.buffered, d.missing = 0, 0
		return goja.Undefined()
	})
	_ = o.Set("buffered", func(goja.FunctionCall) goja.Value { return vm.ToValue(d.buffered) })
	_ = o.Set("missing", func(goja.FunctionCall) goja.Value { return vm.ToValue(d.missing) })
	_ = o.Set("lastChar", func(goja.FunctionCall) goja.Value {
		b, err := buffer.New(rt, d.chars[:])
		if err != nil {
			panic(err)
		}
		return b
	})
	return o
}
