// Package jsclass defines JavaScript classes whose instances carry a Go
// value, for native handles (net's TCP and Pipe, dgram's UDP): methods are
// Go functions on the prototype that find their receiver through a hidden
// symbol slot. Everything here runs on the loop goroutine.
package jsclass

import (
	"github.com/dop251/goja"
	"github.com/gonode/gonode/runtime"
)

// Class is a JavaScript class whose instances hold a T.
type Class[T any] struct {
	rt    *runtime.Runtime
	vm    *goja.Runtime
	key   *goja.Symbol
	ctor  *goja.Object
	proto *goja.Object
	init  func(obj *goja.Object) T
}

// New defines class name. init makes the Go value of a new instance, both
// for `new Name()` in JavaScript and for Instance from Go.
func New[T any](rt *runtime.Runtime, name string, init func(obj *goja.Object) T) *Class[T] {
	vm := rt.VM()
	c := &Class[T]{rt: rt, vm: vm, key: goja.NewSymbol(name), init: init}
	c.ctor = vm.ToValue(func(call goja.ConstructorCall) *goja.Object {
		c.attach(call.This)
		return nil
	}).ToObject(vm)
	_ = c.ctor.DefineDataProperty("name", vm.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	c.proto = c.ctor.Get("prototype").ToObject(vm)
	return c
}

func (c *Class[T]) attach(obj *goja.Object) T {
	t := c.init(obj)
	c.hold(obj, t)
	return t
}

// hold makes obj an instance holding t.
func (c *Class[T]) hold(obj *goja.Object, t T) {
	_ = obj.DefineDataPropertySymbol(c.key, c.rt.HostRef(t), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
}

// Constructor is the class's constructor function.
func (c *Class[T]) Constructor() *goja.Object { return c.ctor }

// Instance creates an instance from Go, without running JavaScript.
func (c *Class[T]) Instance() (*goja.Object, T) {
	obj := c.blank()
	return obj, c.attach(obj)
}

// Wrap creates an instance that holds t, made already, from Go (init
// does not run).
func (c *Class[T]) Wrap(t T) *goja.Object {
	obj := c.blank()
	c.hold(obj, t)
	return obj
}

// blank is a new object with the class's prototype.
func (c *Class[T]) blank() *goja.Object {
	obj := c.vm.NewObject()
	_ = obj.SetPrototype(c.proto)
	return obj
}

// Of returns the Go value of an instance.
func (c *Class[T]) Of(v goja.Value) (T, bool) {
	var zero T
	o, ok := v.(*goja.Object)
	if !ok || o == nil {
		return zero, false
	}
	t, ok := runtime.HostOf(o.GetSymbol(c.key)).(T)
	return t, ok
}

// this returns the receiver of a method call, or throws ERR_INVALID_THIS.
func (c *Class[T]) this(call goja.FunctionCall) T {
	t, ok := c.Of(call.This)
	if !ok {
		panic(c.rt.NewNodeError("TypeError", "ERR_INVALID_THIS", "Illegal invocation"))
	}
	return t
}

// Method defines a method.
func (c *Class[T]) Method(name string, fn func(t T, call goja.FunctionCall) goja.Value) {
	_ = c.proto.Set(name, func(call goja.FunctionCall) goja.Value { return fn(c.this(call), call) })
}

// Getter defines a read-only accessor property.
func (c *Class[T]) Getter(name string, get func(t T) goja.Value) {
	g := c.vm.ToValue(func(call goja.FunctionCall) goja.Value { return get(c.this(call)) })
	_ = c.proto.DefineAccessorProperty(name, g, nil, goja.FLAG_TRUE, goja.FLAG_TRUE)
}

// Slot defines a read-write property kept in Go (for callbacks the Go side
// calls often, such as onread): field returns where the value lives.
func (c *Class[T]) Slot(name string, field func(t T) *goja.Value) {
	g := c.vm.ToValue(func(call goja.FunctionCall) goja.Value {
		if v := *field(c.this(call)); v != nil {
			return v
		}
		return goja.Undefined()
	})
	s := c.vm.ToValue(func(call goja.FunctionCall) goja.Value {
		*field(c.this(call)) = call.Argument(0)
		return goja.Undefined()
	})
	_ = c.proto.DefineAccessorProperty(name, g, s, goja.FLAG_TRUE, goja.FLAG_TRUE)
}

// Buffers makes Node Buffers that view Go bytes without copying.
type Buffers struct {
	rt     *runtime.Runtime
	u8     goja.Constructor
	target *goja.Object
}

// NewBuffers prepares Buffer creation for rt.
func NewBuffers(rt *runtime.Runtime) *Buffers { return &Buffers{rt: rt} }

// Wrap returns a Buffer over data; data must not be used afterwards.
func (b *Buffers) Wrap(data []byte) goja.Value {
	vm := b.rt.VM()
	if b.target == nil {
		exports, err := b.rt.Require("buffer")
		if err != nil {
			b.rt.Rethrow(err)
		}
		// new Uint8Array(ab) with Buffer as new.target: a Buffer instance.
		b.target = exports.ToObject(vm).Get("Buffer").ToObject(vm)
		b.u8, _ = goja.AssertConstructor(vm.Get("Uint8Array"))
	}
	o, err := b.u8(b.target, vm.ToValue(vm.NewArrayBuffer(data)))
	if err != nil {
		b.rt.Rethrow(err)
	}
	return o
}
