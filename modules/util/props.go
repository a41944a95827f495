package util

import (
	"reflect"
	"strings"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/internal/gojastore"
)

// propKey is a property key: a string, or a symbol when sym is set. desc,
// when set, is the property's descriptor, already read.
type propKey struct {
	name string
	sym  *goja.Symbol
	desc *propDesc
}

func (k propKey) value(vm *goja.Runtime) goja.Value {
	if k.sym != nil {
		return k.sym
	}
	return vm.ToValue(k.name)
}

// propDesc is the part of a property descriptor inspect looks at.
type propDesc struct {
	value      goja.Value // the data value; nil for an accessor
	get, set   bool       // accessor halves present
	enumerable bool
}

// ownProp returns o's own property k, if o has one.
func (c *inspector) ownProp(o *goja.Object, k propKey) (propDesc, bool) {
	if k.sym == nil && c.fp != nil {
		if r, known := c.fp.Own(o, k.name); known {
			return c.fromRaw(o, k, r)
		}
	}
	return c.jsProp(o, k)
}

func (c *inspector) fromRaw(o *goja.Object, k propKey, r gojastore.Prop) (propDesc, bool) {
	if !r.Found {
		return propDesc{}, false
	}
	if r.Accessor {
		return propDesc{get: r.Get, set: r.Set, enumerable: r.Enumerable}, true
	}
	v := r.Value
	if v == nil {
		v = c.get(o, k)
	}
	return propDesc{value: v, enumerable: r.Enumerable}, true
}

func (c *inspector) get(o *goja.Object, k propKey) goja.Value {
	var v goja.Value
	if k.sym != nil {
		v = o.GetSymbol(k.sym)
	} else {
		v = o.Get(k.name)
	}
	if v == nil {
		return goja.Undefined()
	}
	return v
}

// jsProp reads a property descriptor with Object.getOwnPropertyDescriptor.
func (c *inspector) jsProp(o *goja.Object, k propKey) (propDesc, bool) {
	d, ok := call(c.st.desc, o, k.value(c.vm)).(*goja.Object)
	if !ok {
		return propDesc{}, false
	}
	pd := propDesc{enumerable: d.Get("enumerable").ToBoolean()}
	if v := d.Get("value"); v != nil {
		pd.value = v
		return pd, true
	}
	pd.get = isDefined(d.Get("get"))
	pd.set = isDefined(d.Get("set"))
	return pd, true
}

// getter returns the getter function of o's accessor property k.
func (c *inspector) getter(o *goja.Object, k propKey) goja.Value {
	d, ok := call(c.st.desc, o, k.value(c.vm)).(*goja.Object)
	if !ok {
		return goja.Undefined()
	}
	return d.Get("get")
}

func isDefined(v goja.Value) bool {
	return v != nil && !goja.IsUndefined(v)
}

// getKeys is node's getKeys: own enumerable string and symbol keys, or all
// of them with showHidden.
func (c *inspector) getKeys(o *goja.Object) []propKey {
	if c.fp != nil {
		if entries, ok := c.fp.OwnEntries(o, c.opts.ShowHidden); ok {
			keys := make([]propKey, len(entries))
			descs := make([]propDesc, len(entries))
			for i, e := range entries {
				descs[i], _ = c.fromRaw(o, propKey{name: e.Name}, e.Prop)
				keys[i] = propKey{name: e.Name, desc: &descs[i]}
			}
			return c.appendSymbols(keys, o)
		}
	}
	var names []string
	if c.opts.ShowHidden {
		names = o.GetOwnPropertyNames()
	} else {
		names = o.Keys()
	}
	keys := make([]propKey, 0, len(names))
	for _, n := range names {
		keys = append(keys, propKey{name: n})
	}
	return c.appendSymbols(keys, o)
}

func (c *inspector) appendSymbols(keys []propKey, o *goja.Object) []propKey {
	if !c.opts.ShowHidden {
		for _, s := range o.Symbols() {
			keys = append(keys, propKey{sym: s})
		}
		return keys
	}
	syms := call(c.st.symbols, o).(*goja.Object)
	for _, i := range syms.Keys() {
		keys = append(keys, propKey{sym: syms.Get(i).(*goja.Symbol)})
	}
	return keys
}

// nonIndexKeys is node's getOwnNonIndexProperties for arrays and typed
// arrays: the keys besides the elements (and 'length').
func (c *inspector) nonIndexKeys(o *goja.Object) []propKey {
	var keys []propKey
	if c.fp != nil {
		if names, ok := c.fp.StoredNames(o); ok {
			for _, n := range names {
				if gojastore.IsIndexKey(n) {
					continue
				}
				if !c.opts.ShowHidden {
					if d, ok := c.ownProp(o, propKey{name: n}); !ok || !d.enumerable {
						continue
					}
				}
				keys = append(keys, propKey{name: n})
			}
			return c.appendSymbols(keys, o)
		}
	}
	names := call(c.st.nonIndexKeys, o, c.vm.ToValue(c.opts.ShowHidden)).(*goja.Object)
	for _, i := range names.Keys() {
		keys = append(keys, propKey{name: names.Get(i).String()})
	}
	return c.appendSymbols(keys, o)
}

// formatProperty formats one property as node's formatProperty. desc may be
// nil (it is then looked up); original is the receiver for getters.
func (c *inspector) formatProperty(value *goja.Object, recurseTimes int, key propKey, typ int, desc *propDesc, original *goja.Object) string {
	if desc == nil {
		desc = key.desc
	}
	if desc == nil {
		d, ok := c.ownProp(value, key)
		if !ok {
			d = propDesc{value: c.get(value, key), enumerable: true}
		}
		desc = &d
	}
	return c.formatPropertyDesc(value, recurseTimes, key, typ, *desc, original)
}

func (c *inspector) formatPropertyDesc(value *goja.Object, recurseTimes int, key propKey, typ int, desc propDesc, original *goja.Object) string {
	var str string
	extra := " "
	switch {
	case desc.value != nil && !goja.IsUndefined(desc.value):
		diff := 2
		if c.opts.Compact == CompactAll && typ == kObjectType {
			diff = 3
		}
		c.indentationLvl += diff
		str = c.formatValue(desc.value, recurseTimes, false)
		if diff == 3 && c.opts.BreakLength < float64(StringWidth(str, c.opts.Colors)) {
			extra = "\n" + strings.Repeat(" ", c.indentationLvl)
		}
		c.indentationLvl -= diff
	case desc.get && isModuleNamespace(value):
		// A live binding of an ES module's namespace (see internal/esm),
		// shown by its value as node shows a namespace's bindings.
		str = c.stylize("<uninitialized>", "special")
		if fn, _ := goja.AssertFunction(c.getter(value, key)); fn != nil {
			if v, err := fn(value); err == nil {
				c.indentationLvl += 2
				str = c.formatValue(v, recurseTimes, false)
				c.indentationLvl -= 2
			}
		}
	case desc.get:
		label := "Getter"
		if desc.set {
			label = "Getter/Setter"
		}
		if g := c.opts.Getters; g == GettersAll || g == GettersGet && !desc.set || g == GettersSet && desc.set {
			str = c.invokeGetter(value, key, label, recurseTimes, original)
		} else {
			str = c.stylize("["+label+"]", "special")
		}
	case desc.set:
		str = c.stylize("[Setter]", "special")
	default:
		str = c.stylize("undefined", "undefined")
	}
	if typ == kArrayType {
		return str
	}
	var name string
	switch {
	case key.sym != nil:
		name = "[" + c.stylize(escapeBare(symbolString(key.sym)), "symbol") + "]"
	case key.name == "__proto__":
		name = "['__proto__']"
	case !desc.enumerable:
		name = "[" + escapeBare(key.name) + "]"
	case isIdentifierKey(key.name):
		name = c.stylize(key.name, "name")
	default:
		name = c.stylize(strEscape(goJSString(key.name)), "string")
	}
	return name + ":" + extra + str
}

// isModuleNamespace reports whether o is an ES module's namespace object
// as gonode makes it: no prototype, tagged Module.
func isModuleNamespace(o *goja.Object) bool {
	if o.Prototype() != nil {
		return false
	}
	tag := o.GetSymbol(goja.SymToStringTag)
	return tag != nil && tag.String() == "Module"
}

// invokeGetter shows a getter's value (the getters option).
func (c *inspector) invokeGetter(value *goja.Object, key propKey, label string, recurseTimes int, original *goja.Object) (str string) {
	sp := "special"
	fn, _ := goja.AssertFunction(c.getter(value, key))
	if fn == nil {
		return c.stylize("["+label+"]", sp)
	}
	tmp, err := fn(original)
	if err != nil {
		msg := "<Inspection threw>"
		if ex, ok := err.(*goja.Exception); ok {
			m := ""
			if eo, ok := ex.Value().(*goja.Object); ok {
				m = c.get(eo, propKey{name: "message"}).String()
			}
			msg = "<Inspection threw (" + m + ")>"
		} else {
			panic(err)
		}
		return c.stylize("["+label+":", sp) + " " + msg + c.stylize("]", sp)
	}
	c.indentationLvl += 2
	defer func() { c.indentationLvl -= 2 }()
	switch {
	case goja.IsNull(tmp):
		return c.stylize("["+label+":", sp) + " " + c.stylize("null", "null") + c.stylize("]", sp)
	case isObject(tmp):
		return c.stylize("["+label+"]", sp) + " " + c.formatValue(tmp, recurseTimes, false)
	}
	return c.stylize("["+label+":", sp) + " " + c.formatPrimitive(tmp, true) + c.stylize("]", sp)
}

func isObject(v goja.Value) bool {
	_, ok := v.(*goja.Object)
	return ok
}

// constructorName is node's getConstructorName; null reports a missing
// constructor (a null-prototype chain). With protoProps set (showHidden) it
// collects user-defined prototype properties as node does.
func (c *inspector) constructorName(obj *goja.Object, k kind, recurseTimes int, protoProps *[]string) (string, bool) {
	tmp := obj
	var firstProto *goja.Object
	first := true
	for obj != nil {
		if obj != tmp {
			name := ""
			switch obj {
			case c.st.objectPrototype:
				name = "Object"
			case c.st.functionPrototype:
				name = "Function"
			}
			if name != "" {
				if protoProps != nil && firstProto != obj {
					c.addPrototypeProperties(tmp, firstProto, recurseTimes, protoProps)
				}
				return name, false
			}
		}
		if d, ok := c.ownProp(obj, propKey{name: "constructor"}); ok && d.value != nil {
			if ctor, ok := d.value.(*goja.Object); ok {
				if goja.IsCallable(ctor) {
					nameV := ctor.Get("name")
					name := "undefined"
					if nameV != nil {
						name = nameV.String()
					}
					if name != "" && c.instanceOfFound(tmp, obj, ctor) {
						if protoProps != nil && (firstProto != obj || !builtInObjects()[name]) {
							start := firstProto
							if start == nil {
								start = tmp
							}
							c.addPrototypeProperties(tmp, start, recurseTimes, protoProps)
						}
						return name, false
					}
				}
			}
		}
		obj = obj.Prototype()
		if first {
			firstProto = obj
			first = false
		}
	}
	if firstProto == nil {
		return "", true
	}
	res := c.internalName(tmp, k)
	if c.beyondDepth(recurseTimes) {
		return res + " <Complex prototype>", false
	}
	pk, _ := c.classify(firstProto)
	protoConstr, null := c.constructorName(firstProto, pk, recurseTimes+1, protoProps)
	if null {
		opts := c.opts
		opts.CustomInspect = false
		opts.Depth = -1
		sub := newInspector(c.vm, c.st, opts)
		return res + " <" + sub.formatValue(firstProto, 0, false) + ">", false
	}
	return res + " <" + protoConstr + ">", false
}

// instanceOfFound is `tmp instanceof ctor` for a constructor found on
// proto, a prototype of tmp: true at once when ctor.prototype is proto and
// ctor has the default Symbol.hasInstance.
func (c *inspector) instanceOfFound(tmp, proto, ctor *goja.Object) bool {
	if proto != tmp {
		if p, ok := c.get(ctor, propKey{name: "prototype"}).(*goja.Object); ok && p == proto {
			if h, ok := ctor.GetSymbol(goja.SymHasInstance).(*goja.Object); ok && h == c.st.defaultHasInstance {
				return true
			}
		}
	}
	return c.isInstance(tmp, ctor)
}

// addPrototypeProperties adds the non-function properties of up to three
// user-defined prototype levels of main (showHidden).
func (c *inspector) addPrototypeProperties(main, obj *goja.Object, recurseTimes int, output *[]string) {
	type keyID struct {
		name string
		sym  *goja.Symbol
	}
	var keySet map[keyID]bool
	var keys []propKey
	for depth := 0; depth < 3; depth++ {
		if depth != 0 || main == obj {
			obj = obj.Prototype()
			if obj == nil {
				return
			}
			if d, ok := c.ownProp(obj, propKey{name: "constructor"}); ok && d.value != nil {
				if goja.IsCallable(d.value) {
					if n := d.value.(*goja.Object).Get("name"); n != nil && builtInObjects()[n.String()] {
						return
					}
				}
			}
		}
		if depth == 0 {
			keySet = map[keyID]bool{}
		} else {
			for _, k := range keys {
				keySet[keyID{k.name, k.sym}] = true
			}
		}
		keys = c.ownKeys(obj)
		c.seen = append(c.seen, main)
		for _, key := range keys {
			if key.sym == nil && key.name == "constructor" || c.hasOwn(main, key) || depth != 0 && keySet[keyID{key.name, key.sym}] {
				continue
			}
			desc, _ := c.ownProp(obj, key)
			if goja.IsCallable(desc.value) {
				continue
			}
			value := c.formatPropertyDesc(obj, recurseTimes, key, kObjectType, desc, main)
			if c.opts.Colors {
				*output = append(*output, "\x1b[2m"+value+"\x1b[22m")
			} else {
				*output = append(*output, value)
			}
		}
		c.seen = c.seen[:len(c.seen)-1]
	}
}

// ownKeys is Reflect.ownKeys.
func (c *inspector) ownKeys(o *goja.Object) []propKey {
	names := o.GetOwnPropertyNames()
	keys := make([]propKey, 0, len(names))
	for _, n := range names {
		keys = append(keys, propKey{name: n})
	}
	syms := call(c.st.symbols, o).(*goja.Object)
	for _, i := range syms.Keys() {
		keys = append(keys, propKey{sym: syms.Get(i).(*goja.Symbol)})
	}
	return keys
}

func (c *inspector) hasOwn(o *goja.Object, k propKey) bool {
	_, ok := c.ownProp(o, k)
	return ok
}

// functionKeys puts a function's own keys (showHidden) in V8's order:
// length, name, then for a non-strict ordinary function the 'arguments'
// and 'caller' properties (null, non-enumerable) V8 gives it and goja does
// not, then prototype (which goja creates when first read, after
// properties the program added before), then the rest.
func (c *inspector) functionKeys(fn *goja.Object, keys []propKey) []propKey {
	if !c.opts.ShowHidden {
		return keys
	}
	out := make([]propKey, 0, len(keys)+2)
	var proto []propKey
	own := false
	for _, k := range keys {
		if k.sym == nil {
			if k.name == "prototype" {
				proto = append(proto, k)
				continue
			}
			own = own || k.name == "arguments" || k.name == "caller"
		}
		out = append(out, k)
	}
	at := 0
	for at < len(out) && out[at].sym == nil && (out[at].name == "length" || out[at].name == "name") {
		at++
	}
	if !own && c.isSloppyFunction(fn) {
		null := &propDesc{value: goja.Null()}
		proto = append([]propKey{{name: "arguments", desc: null}, {name: "caller", desc: null}}, proto...)
	}
	if len(proto) == 0 {
		return out
	}
	return append(out[:at], append(proto, out[at:]...)...)
}

// isSloppyFunction reports whether fn is a non-strict ordinary function (a
// function declaration or expression, or one made by Function()), read
// from goja's funcObject; false when goja's layout is not known.
func (c *inspector) isSloppyFunction(fn *goja.Object) bool {
	if c.fp == nil {
		return false
	}
	impl := c.fp.Impl(fn)
	if !impl.IsValid() || impl.Kind() != reflect.Pointer || impl.IsNil() || impl.Type().String() != "*goja.funcObject" {
		return false
	}
	strict := impl.Elem().FieldByName("strict")
	return strict.IsValid() && strict.Kind() == reflect.Bool && !strict.Bool()
}
