package v8

import (
	"math"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/modules/buffer"
)

// newSerializer(self) returns the native half of a v8.Serializer: self is
// the JavaScript object, whose _writeHostObject writes host objects.
func (b *binding) newSerializer(call goja.FunctionCall) goja.Value {
	vm := b.rt.VM()
	self := call.Argument(0).ToObject(vm)
	s := b.codec.NewSerializer(nil)
	s.ViewsAsHost = false
	s.HostObject = func(o *goja.Object) error {
		write, ok := goja.AssertFunction(self.Get("_writeHostObject"))
		if !ok {
			return b.cloneError(o)
		}
		_, err := write(self, o)
		return err
	}
	h := vm.NewObject()
	set := func(name string, fn func(goja.FunctionCall) goja.Value) { _ = h.Set(name, fn) }
	set("writeHeader", func(goja.FunctionCall) goja.Value { s.WriteHeader(); return goja.Undefined() })
	set("writeValue", func(c goja.FunctionCall) goja.Value {
		if err := s.WriteValue(c.Argument(0)); err != nil {
			b.rt.Rethrow(err)
		}
		return vm.ToValue(true)
	})
	set("releaseBuffer", func(goja.FunctionCall) goja.Value { return b.newBuffer(s.Release()) })
	set("transferArrayBuffer", func(c goja.FunctionCall) goja.Value {
		s.TransferArrayBuffer(uint32(c.Argument(0).ToInteger()), b.arrayBuffer(c.Argument(1)))
		return goja.Undefined()
	})
	set("writeUint32", func(c goja.FunctionCall) goja.Value {
		s.WriteUint32(uint32(c.Argument(0).ToInteger()))
		return goja.Undefined()
	})
	set("writeUint64", func(c goja.FunctionCall) goja.Value {
		s.WriteUint64(uint64(uint32(c.Argument(0).ToInteger()))<<32 | uint64(uint32(c.Argument(1).ToInteger())))
		return goja.Undefined()
	})
	set("writeDouble", func(c goja.FunctionCall) goja.Value {
		s.WriteDouble(c.Argument(0).ToFloat())
		return goja.Undefined()
	})
	set("writeRawBytes", func(c goja.FunctionCall) goja.Value {
		s.WriteRawBytes(b.viewBytes(c.Argument(0), "source"))
		return goja.Undefined()
	})
	set("setTreatArrayBufferViewsAsHostObjects", func(c goja.FunctionCall) goja.Value {
		s.ViewsAsHost = c.Argument(0).ToBoolean()
		return goja.Undefined()
	})
	return h
}

// newDeserializer(self, view) returns the native half of a
// v8.Deserializer over the bytes of view; self's _readHostObject reads host
// objects.
func (b *binding) newDeserializer(call goja.FunctionCall) goja.Value {
	vm := b.rt.VM()
	self := call.Argument(0).ToObject(vm)
	data := b.viewBytes(call.Argument(1), "buffer")
	d := b.codec.NewDeserializer(data)
	d.HostObject = func() (*goja.Object, error) {
		read, ok := goja.AssertFunction(self.Get("_readHostObject"))
		if !ok {
			return nil, b.codec.DeserializeError()
		}
		v, err := read(self)
		if err != nil {
			return nil, err
		}
		o, ok := v.(*goja.Object)
		if !ok {
			return nil, b.codec.DeserializeError()
		}
		return o, nil
	}
	h := vm.NewObject()
	set := func(name string, fn func(goja.FunctionCall) goja.Value) { _ = h.Set(name, fn) }
	truncated := func() goja.Value { panic(b.rt.NewNodeError("Error", "", "ReadUint32() failed")) }
	set("readHeader", func(goja.FunctionCall) goja.Value {
		if err := d.ReadHeader(); err != nil {
			b.rt.Rethrow(err)
		}
		return vm.ToValue(true)
	})
	set("readValue", func(goja.FunctionCall) goja.Value {
		v, err := d.ReadValue()
		if err != nil {
			b.rt.Rethrow(err)
		}
		return v
	})
	set("getWireFormatVersion", func(goja.FunctionCall) goja.Value { return vm.ToValue(d.WireFormatVersion()) })
	set("transferArrayBuffer", func(c goja.FunctionCall) goja.Value {
		d.TransferArrayBuffer(uint32(c.Argument(0).ToInteger()), b.arrayBuffer(c.Argument(1)))
		return goja.Undefined()
	})
	set("readUint32", func(goja.FunctionCall) goja.Value {
		v, ok := d.ReadUint32()
		if !ok {
			return truncated()
		}
		return vm.ToValue(v)
	})
	set("readUint64", func(goja.FunctionCall) goja.Value {
		v, ok := d.ReadUint64()
		if !ok {
			panic(b.rt.NewNodeError("Error", "", "ReadUint64() failed"))
		}
		return vm.NewArray(int64(v>>32), int64(v&math.MaxUint32))
	})
	set("readDouble", func(goja.FunctionCall) goja.Value {
		v, ok := d.ReadDouble()
		if !ok {
			panic(b.rt.NewNodeError("Error", "", "ReadDouble() failed"))
		}
		return vm.ToValue(v)
	})
	set("readRawBytes", func(c goja.FunctionCall) goja.Value {
		off := d.Offset()
		if _, ok := d.ReadRawBytes(int(c.Argument(0).ToInteger())); !ok {
			panic(b.rt.NewNodeError("Error", "", "ReadRawBytes() failed"))
		}
		return vm.ToValue(off)
	})
	return h
}

// cloneError is the error for a host object nobody writes.
func (b *binding) cloneError(o *goja.Object) error {
	return b.codec.CloneError(o)
}

func (b *binding) newBuffer(data []byte) goja.Value {
	buf, err := buffer.New(b.rt, data)
	if err != nil {
		b.rt.Rethrow(err)
	}
	return buf
}

// viewBytes returns the bytes of a TypedArray or DataView argument, else
// throws node's ERR_INVALID_ARG_TYPE for name.
func (b *binding) viewBytes(v goja.Value, name string) []byte {
	vm := b.rt.VM()
	var data []byte
	o, isObj := v.(*goja.Object)
	if !isObj || !isView(vm, o) || vm.ExportTo(o, &data) != nil {
		panic(b.rt.NewNodeError("TypeError", "ERR_INVALID_ARG_TYPE", name+" must be a TypedArray or a DataView"))
	}
	return data
}

func (b *binding) arrayBuffer(v goja.Value) *goja.Object {
	o, ok := v.(*goja.Object)
	if _, isAB := v.Export().(goja.ArrayBuffer); !ok || !isAB {
		panic(b.rt.NewNodeError("TypeError", "ERR_INVALID_ARG_TYPE", "arrayBuffer must be an ArrayBuffer"))
	}
	return o
}
