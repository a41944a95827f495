package goja

import (
	"fmt"

	"github.com/dop251/goja/unistring"
)

// V8's texts for the TypeErrors of an assignment that cannot be made
// (gonode: see GONODE.md).

// readOnlyResult throws, if throw, V8's TypeError for assigning to key (a
// property name or index, or a *Symbol) when it is a read-only data
// property or an accessor without a setter (prop; nil when not known) of
// receiver.
func (r *Runtime) readOnlyResult(throw bool, key any, prop *valueProperty, receiver Value) {
	if !throw {
		return
	}
	if prop != nil && prop.accessor {
		what := receiver.String()
		if o, ok := receiver.(*Object); ok {
			what = r.objectText(o)
		}
		panic(r.NewTypeError("Cannot set property %s of %s which has only a getter", keyText(key), what))
	}
	panic(r.NewTypeError("Cannot assign to read only property '%s' of %s", keyText(key), r.receiverText(receiver)))
}

// primitiveReceiverResult throws, if throw, V8's TypeError for creating
// property key on receiver, a primitive ('abc'.x = 1 in strict code).
func (r *Runtime) primitiveReceiverResult(throw bool, key any, receiver Value) {
	if throw {
		panic(r.NewTypeError("Cannot create property '%s' on %s", keyText(key), r.receiverText(receiver)))
	}
}

// keyText writes a property key as V8 does in these messages.
func keyText(key any) string {
	if s, ok := key.(*Symbol); ok {
		return s.descriptiveString().String()
	}
	return fmt.Sprint(key)
}

// receiverText describes the receiver of an assignment as V8 does: a
// function by its source, another object as objectText does, a primitive
// by its type and value.
func (r *Runtime) receiverText(v Value) string {
	o, ok := v.(*Object)
	if !ok {
		typ, text := "", v.String()
		switch v.(type) {
		case String:
			typ = "string"
		case valueInt, valueFloat:
			typ = "number"
		case valueBool:
			typ = "boolean"
		case *valueBigInt:
			typ = "bigint"
		case *Symbol:
			typ, text = "symbol", keyText(v)
		default:
			return text
		}
		return typ + " '" + text + "'"
	}
	if isCallable(o.self) {
		return "function '" + r.functionproto_toString(FunctionCall{This: o}).String() + "'"
	}
	return "object '" + r.objectText(o) + "'"
}

// objectText is V8's text for an object in its messages, made without
// running any of the object's code: an error's name and message; #<Foo>
// for an object that inherits Object.prototype.toString and whose
// constructor is a function named Foo; else [object Tag], Tag being its
// Symbol.toStringTag or its class (Array, Date, String, ...).
func (r *Runtime) objectText(o *Object) string {
	toString, _ := dataProperty(o, "toString").(*Object)
	if o.self.className() == classError || toString != nil && toString == r.global.errorProtoToString {
		name, msg := "Error", ""
		if s, ok := dataProperty(o, "name").(String); ok {
			name = s.String()
		}
		if s, ok := dataProperty(o, "message").(String); ok {
			msg = s.String()
		}
		switch {
		case name == "":
			return msg
		case msg == "":
			return name
		}
		return name + ": " + msg
	}
	if toString != nil && toString == r.global.objectProtoToString {
		if name := constructorName(o); name != "" {
			return "#<" + name + ">"
		}
	}
	tag := o.self.className()
	if ta, ok := o.self.(*typedArrayObject); ok {
		// V8's class of a typed array is its kind.
		if name, ok := dataProperty(ta.defaultCtor, "name").(String); ok {
			tag = name.String()
		}
	}
	for cur := o; cur != nil; cur = cur.self.proto() {
		if prop := cur.self.getOwnPropSym(SymToStringTag); prop != nil {
			if s, ok := dataValue(prop).(String); ok {
				tag = s.String()
			}
			break
		}
	}
	return "[object " + tag + "]"
}

// constructorName is the name of o's constructor, as o's prototype chain
// holds it in data properties; "" when it does not name a function.
func constructorName(o *Object) string {
	if ctor, ok := dataProperty(o, "constructor").(*Object); ok {
		if isCallable(ctor.self) {
			if name, ok := dataProperty(ctor, "name").(String); ok {
				return name.String()
			}
		}
	}
	return ""
}

// dataProperty returns o[name] when o or its prototype chain holds it as a
// data property, nil otherwise (an accessor is not called).
func dataProperty(o *Object, name unistring.String) Value {
	for cur := o; cur != nil; cur = cur.self.proto() {
		if prop := cur.self.getOwnPropStr(name); prop != nil {
			return dataValue(prop)
		}
	}
	return nil
}

// dataValue is the value of a stored property, nil for an accessor.
func dataValue(prop Value) Value {
	if p, ok := prop.(*valueProperty); ok {
		if p.accessor {
			return nil
		}
		return p.value
	}
	return prop
}

// valueText is V8's text for a value in its messages: objectText for an
// object, a symbol's description, a primitive's string.
func (r *Runtime) valueText(v Value) string {
	switch v := v.(type) {
	case nil:
		return "undefined"
	case *Object:
		return r.objectText(v)
	case *Symbol:
		return v.descriptiveString().String()
	}
	return v.String()
}

// kindText is v's type as V8's messages give it after "which is": "a
// number", "an object", "null" (and V8's "a undefined").
func kindText(v Value) string {
	switch v.(type) {
	case valueNull:
		return "null"
	case *Object:
		return "an object"
	}
	return "a " + typeOf(v).String()
}

// receiverObject is this of a method that takes only its own kind of
// object: this itself, or for a primitive a new plain object, which the
// method then rejects as an incompatible receiver.
func (r *Runtime) receiverObject(this Value) *Object {
	if o, ok := this.(*Object); ok {
		return o
	}
	return r.NewObject()
}

// forEachCallback is Map's and Set's forEach callback, or their TypeError
// naming what was given instead by its type, as V8's does ("number 1 is
// not a function", "object is not a function").
func (r *Runtime) forEachCallback(v Value) func(FunctionCall) Value {
	if o, ok := v.(*Object); ok {
		if call, ok := o.self.assertCallable(); ok {
			return call
		}
		panic(r.NewTypeError("object is not a function"))
	}
	text := typeOf(v).String() + " " + r.valueText(v)
	switch v.(type) {
	case *Symbol, *valueBigInt:
		text = typeOf(v).String()
	case valueUndefined:
		text = "undefined"
	case valueNull:
		text = "object null"
	case String:
		text = "string \"" + v.String() + "\""
	}
	panic(r.NewTypeError("%s is not a function", text))
}

// thisCoercible checks this of the String method method, which takes any
// value but undefined and null.
func (r *Runtime) thisCoercible(this Value, method string) {
	switch this.(type) {
	case valueUndefined, valueNull:
		panic(r.NewTypeError("%s called on null or undefined", method))
	}
}

// undeletableResult throws, if throw, V8's TypeError for deleting key (a
// property name or index, or a *Symbol), a non-configurable property of o:
// "Cannot delete property 'x' of #<Foo>", o written as objectText writes
// it, or by its source if a function.
func (r *Runtime) undeletableResult(throw bool, key any, o *Object) {
	if !throw {
		return
	}
	what := ""
	if isCallable(o.self) {
		what = r.functionproto_toString(FunctionCall{This: o}).String()
	} else {
		what = r.objectText(o)
	}
	panic(r.NewTypeError("Cannot delete property '%s' of %s", keyText(key), what))
}
