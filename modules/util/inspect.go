// Package util implements node's 'util' and 'util/types' modules. Its core,
// util.inspect and util.format, prints values exactly as node v20 does,
// computed in Go over goja values (Inspect, Format, FormatWithOptions), for
// console and for Go code that needs node-style output. The rest of the
// module (promisify, callbackify, deprecate, inherits, isDeepStrictEqual,
// parseArgs, TextEncoder/TextDecoder, ...) is JavaScript over Go natives.
//
// Core modules it registers besides 'util' and 'util/types':
// internal/util/inspect (the Go natives), internal/util/types,
// internal/util/comparisons (deep equality, for assert too),
// internal/util/colors, internal/util/parse_args, internal/util/promisify
// and internal/encoding.
package util

import (
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/internal/gojastore"
	"github.com/gonode/gonode/internal/nativefunc"
)

// maxNesting bounds the inspector's recursion (node's V8 stack runs out at
// a similar depth); deeper levels print node's "Inspection interrupted"
// marker instead of overflowing the Go stack.
const maxNesting = 1000

// inspector is one util.inspect call (node's ctx).
type inspector struct {
	vm             *goja.Runtime
	st             *vmState
	fp             *gojastore.Layout
	opts           InspectOptions
	depth          float64
	indentationLvl int
	seen           []*goja.Object
	circular       map[*goja.Object]int
	currentDepth   int
	budget         map[int]int
}

// Inspect returns util.inspect(v, opts). User code it runs (getters with
// the getters option, custom inspect functions, proxies' traps) may throw:
// Inspect then panics with the *goja.Exception, which goja turns back into
// a JS exception when Inspect is called from a native function (use
// vm.Try otherwise). Loop goroutine only.
func Inspect(vm *goja.Runtime, v goja.Value, opts InspectOptions) string {
	st := stateOf(vm)
	if _, ok := v.(*goja.Object); !ok {
		// A primitive needs none of the helpers newInspector loads.
		return inspectorOf(vm, st, opts).formatValue(v, 0, false)
	}
	return newInspector(vm, st, opts).formatValue(v, 0, false)
}

// newInspector makes an inspector, loading st's helpers, which inspecting
// any object needs.
func newInspector(vm *goja.Runtime, st *vmState, opts InspectOptions) *inspector {
	st.loadHelpers()
	return inspectorOf(vm, st, opts)
}

func inspectorOf(vm *goja.Runtime, st *vmState, opts InspectOptions) *inspector {
	return &inspector{vm: vm, st: st, fp: gojastore.For(vm), opts: opts, depth: opts.Depth}
}

// beyondDepth is node's `recurseTimes > ctx.depth && ctx.depth !== null`.
func (c *inspector) beyondDepth(recurseTimes int) bool {
	return float64(recurseTimes) > c.depth
}

func (c *inspector) formatValue(v goja.Value, recurseTimes int, typedArray bool) string {
	value, ok := v.(*goja.Object)
	if !ok {
		return c.formatPrimitive(v, c.opts.Colors || c.opts.Stylize != nil)
	}
	c.st.nesting++
	defer func() { c.st.nesting-- }()

	context := value
	proxy, isProxy := proxyOf(value)
	if isProxy {
		target := proxy.Target()
		if target == nil {
			return c.stylize("<Revoked Proxy>", "special")
		}
		if c.opts.ShowProxy {
			return c.formatProxy(proxy, recurseTimes)
		}
		value = target
		// node looks through one level only; a proxy of a proxy shows
		// the inner proxy's target.
		for {
			p, ok := proxyOf(value)
			if !ok {
				break
			}
			if value = p.Target(); value == nil {
				return c.stylize("<Revoked Proxy>", "special")
			}
		}
	}

	if c.st.nesting > maxNesting {
		return c.interrupted(value)
	}

	if c.opts.CustomInspect {
		if s, done := c.customInspect(value, context, isProxy, recurseTimes); done {
			return s
		}
	}

	for _, s := range c.seen {
		if s == value {
			index, ok := c.circular[value]
			if !ok {
				if c.circular == nil {
					c.circular = map[*goja.Object]int{}
				}
				index = len(c.circular) + 1
				c.circular[value] = index
			}
			return c.stylize("[Circular *"+strconv.Itoa(index)+"]", "special")
		}
	}
	return c.formatRaw(value, recurseTimes, typedArray)
}

// interrupted is what node prints where its stack overflowed.
func (c *inspector) interrupted(value *goja.Object) string {
	k, _ := c.classify(value)
	ctor, null := c.constructorName(value, k, 0, nil)
	name := c.ctxStyle(value, k, ctor, null, "")
	return c.stylize("["+name[:len(name)-1]+": Inspection interrupted prematurely. Maximum call stack size exceeded.]", "special")
}

// customInspect runs value[util.inspect.custom] if there is one.
func (c *inspector) customInspect(value, context *goja.Object, isProxy bool, recurseTimes int) (string, bool) {
	maybeCustom := value.GetSymbol(c.st.customInspect)
	fn, ok := goja.AssertFunction(maybeCustom)
	if !ok {
		return "", false
	}
	if c.st.inspectFn != nil && maybeCustom.SameAs(c.st.inspectFn) {
		return "", false
	}
	if ctor, ok := value.Get("constructor").(*goja.Object); ok {
		if p, ok := ctor.Get("prototype").(*goja.Object); ok && p == value {
			return "", false
		}
	}
	var depth goja.Value
	if c.opts.depthNull {
		depth = goja.Null()
	} else {
		depth = c.vm.ToValue(c.depth - float64(recurseTimes))
	}
	crossContext := isProxy || !c.inherits(context, c.st.objectPrototype)
	ret, err := fn(context, depth, c.userOptions(crossContext), c.st.inspectFunction())
	if err != nil {
		panic(err)
	}
	if r, ok := ret.(*goja.Object); ok && r == context {
		return "", false
	}
	if !goja.IsString(ret) {
		return c.formatValue(ret, recurseTimes, false), true
	}
	return strings.ReplaceAll(ret.String(), "\n", "\n"+strings.Repeat(" ", c.indentationLvl)), true
}

// userOptions builds the options object custom inspect functions receive.
func (c *inspector) userOptions(crossContext bool) *goja.Object {
	vm := c.vm
	o := vm.NewObject()
	_ = o.Set("stylize", c.stylizeFunction())
	opts := c.opts
	opts.Depth = c.depth
	for _, name := range optionNames {
		_ = o.Set(name, opts.get(vm, name))
	}
	if c.opts.User != nil {
		for _, k := range c.opts.User.Keys() {
			_ = o.Set(k, c.opts.User.Get(k))
		}
	}
	if crossContext {
		_ = o.SetPrototype(nil)
		for _, k := range o.Keys() {
			if _, isObj := o.Get(k).(*goja.Object); isObj {
				_ = o.Delete(k)
			}
		}
		_ = o.Set("stylize", c.stylizeFunction())
	}
	return o
}

// stylizeFunction is the stylize option custom inspectors receive.
func (c *inspector) stylizeFunction() goja.Value {
	name := "stylizeNoColor"
	if c.opts.Colors {
		name = "stylizeWithColor"
	}
	return nativefunc.Named(c.vm, name, 2, func(call goja.FunctionCall) goja.Value {
		str := call.Argument(0)
		if !c.opts.Colors && c.opts.Stylize == nil {
			return str
		}
		return c.vm.ToValue(c.stylize(str.String(), call.Argument(1).String()))
	})
}

// formatRaw formats an object that is not a proxy, circular reference or
// custom-inspected.
func (c *inspector) formatRaw(value *goja.Object, recurseTimes int, typedArray bool) string {
	var protoProps *[]string
	if c.opts.ShowHidden && !c.beyondDepth(recurseTimes) {
		protoProps = &[]string{}
	}
	k, boxed := c.classify(value)
	constructor, null := c.constructorName(value, k, recurseTimes, protoProps)
	if protoProps != nil && len(*protoProps) == 0 {
		protoProps = nil
	}
	hasProtoProps := protoProps != nil
	tag := c.toStringTag(value)

	base := ""
	var formatter func(recurseTimes int) []string
	braces := [2]string{"{", "}"}
	var keys []propKey
	extrasType := kObjectType
	var numeric func(i int) bool
	noIterator := true

	if null || c.hasIterator(value) {
		noIterator = false
		switch k {
		case kindArray:
			length := c.lengthOf(value)
			prefix := ""
			if constructor != "Array" || null || tag != "" {
				prefix = getPrefix(constructor, null, tag, "Array", "("+strconv.FormatInt(length, 10)+")")
			}
			keys = c.nonIndexKeys(value)
			braces = [2]string{prefix + "[", "]"}
			if length == 0 && len(keys) == 0 && !hasProtoProps {
				return braces[0] + "]"
			}
			extrasType = kArrayExtrasType
			formatter = func(rt int) []string { return c.formatArray(value, length, rt) }
			numeric = func(i int) bool { return isNumeric(value.Get(strconv.Itoa(i))) }
		case kindSet:
			entries := c.collection(c.st.setValues, value, null)
			size := entries[0].ToInteger()
			prefix := getPrefix(constructor, null, tag, "Set", "("+strconv.FormatInt(size, 10)+")")
			keys = c.getKeys(value)
			formatter = func(rt int) []string { return c.formatSet(entries[2:], entries[1].ToInteger(), rt) }
			if size == 0 && len(keys) == 0 && !hasProtoProps {
				return prefix + "{}"
			}
			braces = [2]string{prefix + "{", "}"}
		case kindMap:
			entries := c.collection(c.st.mapEntries, value, null)
			size := entries[0].ToInteger()
			prefix := getPrefix(constructor, null, tag, "Map", "("+strconv.FormatInt(size, 10)+")")
			keys = c.getKeys(value)
			formatter = func(rt int) []string { return c.formatMap(entries[2:], entries[1].ToInteger(), rt) }
			if size == 0 && len(keys) == 0 && !hasProtoProps {
				return prefix + "{}"
			}
			braces = [2]string{prefix + "{", "}"}
		case kindTypedArray:
			keys = c.nonIndexKeys(value)
			fallback := ""
			if null {
				fallback = c.typedArrayName(value)
			}
			elems := value.Export()
			size := reflectLen(elems)
			prefix := getPrefix(constructor, null, tag, fallback, "("+strconv.Itoa(size)+")")
			braces = [2]string{prefix + "[", "]"}
			if size == 0 && len(keys) == 0 && !c.opts.ShowHidden {
				return braces[0] + "]"
			}
			formatter = func(rt int) []string { return c.formatTypedArray(value, elems, size, rt) }
			extrasType = kArrayExtrasType
			numeric = func(int) bool { return true }
		case kindMapIterator, kindSetIterator:
			keys = c.getKeys(value)
			typ := "Map"
			if k == kindSetIterator {
				typ = "Set"
			}
			braces = iteratorBraces(typ, tag)
			formatter = func(rt int) []string {
				entries, keyValue, ok := c.previewEntries(value)
				if !ok {
					return []string{c.stylize("<items unknown>", "special")}
				}
				if keyValue {
					braces[0] = strings.TrimSuffix(braces[0], " Iterator] {") + " Entries] {"
					return c.formatMapIterInner(entries, rt)
				}
				return c.formatSetIterInner(entries, rt)
			}
		default:
			noIterator = true
		}
	}
	if noIterator {
		keys = c.getKeys(value)
		braces = [2]string{"{", "}"}
		switch {
		case k == kindFunction:
			keys = c.functionKeys(value, keys)
			base = c.functionBase(value, constructor, null, tag)
			if len(keys) == 0 && !hasProtoProps {
				return c.stylize(base, "special")
			}
		case null && isModuleNamespace(value):
			braces[0] = getPrefix(constructor, null, tag, "Module", "") + "{"
		case constructor == "Object" && !null:
			if k == kindArguments {
				braces[0] = "[Arguments] {"
			} else if tag != "" {
				braces[0] = getPrefix(constructor, null, tag, "Object", "") + "{"
			}
			if len(keys) == 0 && !hasProtoProps {
				return braces[0] + "}"
			}
		case k == kindRegExp:
			base = c.regExpString(value)
			if prefix := getPrefix(constructor, null, tag, "RegExp", ""); prefix != "RegExp " {
				base = prefix + base
			}
			if len(keys) == 0 && !hasProtoProps || c.beyondDepth(recurseTimes) {
				return c.stylize(base, "regexp")
			}
		case k == kindDate:
			base = c.dateString(value)
			if prefix := getPrefix(constructor, null, tag, "Date", ""); prefix != "Date " {
				base = prefix + base
			}
			if len(keys) == 0 && !hasProtoProps {
				return c.stylize(base, "date")
			}
		case k == kindError:
			base, keys = c.formatError(value, constructor, null, tag, keys)
			if len(keys) == 0 && !hasProtoProps {
				return base
			}
		case k == kindArrayBuffer:
			prefix := getPrefix(constructor, null, tag, "ArrayBuffer", "")
			if !typedArray {
				formatter = func(int) []string { return c.formatArrayBuffer(value) }
			} else if len(keys) == 0 && !hasProtoProps {
				return prefix + "{ byteLength: " + c.stylize(formatNumber(value.Get("byteLength").ToFloat(), false), "number") + " }"
			}
			braces[0] = prefix + "{"
			keys = append([]propKey{{name: "byteLength"}}, keys...)
		case k == kindDataView:
			braces[0] = getPrefix(constructor, null, tag, "DataView", "") + "{"
			keys = append([]propKey{{name: "byteLength"}, {name: "byteOffset"}, {name: "buffer"}}, keys...)
		case k == kindPromise:
			braces[0] = getPrefix(constructor, null, tag, "Promise", "") + "{"
			formatter = func(rt int) []string { return c.formatPromise(value, rt) }
		case k == kindWeakSet:
			braces[0] = getPrefix(constructor, null, tag, "WeakSet", "") + "{"
			formatter = func(int) []string { return []string{c.stylize("<items unknown>", "special")} }
		case k == kindWeakMap:
			braces[0] = getPrefix(constructor, null, tag, "WeakMap", "") + "{"
			formatter = func(int) []string { return []string{c.stylize("<items unknown>", "special")} }
		case k == kindBoxed:
			base, keys = c.boxedBase(value, boxed, keys, constructor, null, tag)
			if len(keys) == 0 && !hasProtoProps {
				return base
			}
		default:
			style := c.ctxStyle(value, k, constructor, null, tag)
			if len(keys) == 0 && !hasProtoProps {
				return style + "{}"
			}
			braces[0] = style + "{"
		}
	}

	if c.beyondDepth(recurseTimes) {
		name := c.ctxStyle(value, k, constructor, null, tag)
		name = name[:len(name)-1]
		if !null {
			name = "[" + name + "]"
		}
		return c.stylize(name, "special")
	}
	recurseTimes++

	c.seen = append(c.seen, value)
	c.currentDepth = recurseTimes
	var output []string
	if formatter != nil {
		output = formatter(recurseTimes)
	}
	for _, key := range keys {
		output = append(output, c.formatProperty(value, recurseTimes, key, extrasType, nil, value))
	}
	if hasProtoProps {
		output = append(output, *protoProps...)
	}
	if index, ok := c.circular[value]; ok {
		reference := c.stylize("<ref *"+strconv.Itoa(index)+">", "special")
		if c.opts.Compact != CompactAll {
			if base == "" {
				base = reference
			} else {
				base = reference + " " + base
			}
		} else {
			braces[0] = reference + " " + braces[0]
		}
	}
	c.seen = c.seen[:len(c.seen)-1]

	if c.opts.Sorted {
		if extrasType == kObjectType {
			c.sortStrings(output)
		} else if len(keys) > 1 {
			c.sortStrings(output[len(output)-len(keys):])
		}
	}

	res := c.reduceToSingleString(output, base, braces, extrasType, recurseTimes, numeric)
	if c.budget == nil {
		c.budget = map[int]int{}
	}
	newLength := c.budget[c.indentationLvl] + len(res) // bytes: a close enough bound
	c.budget[c.indentationLvl] = newLength
	if newLength > 1<<27 {
		c.depth = -1
	}
	return res
}

func (c *inspector) sortStrings(s []string) {
	if c.opts.SortCompare == nil {
		sort.Strings(s)
		return
	}
	sort.SliceStable(s, func(i, j int) bool {
		r, err := c.opts.SortCompare(goja.Undefined(), c.vm.ToValue(s[i]), c.vm.ToValue(s[j]))
		if err != nil {
			panic(err)
		}
		return r.ToFloat() < 0
	})
}

func iteratorBraces(typ, tag string) [2]string {
	if tag != typ+" Iterator" {
		if tag != "" {
			tag += "] ["
		}
		tag += typ + " Iterator"
	}
	return [2]string{"[" + tag + "] {", "}"}
}

// getPrefix is node's getPrefix; null marks a missing constructor.
func getPrefix(constructor string, null bool, tag, fallback, size string) string {
	if null {
		if tag != "" && fallback != tag {
			return "[" + fallback + size + ": null prototype] [" + tag + "] "
		}
		return "[" + fallback + size + ": null prototype] "
	}
	if tag != "" && constructor != tag {
		return constructor + size + " [" + tag + "] "
	}
	return constructor + size + " "
}

func (c *inspector) ctxStyle(value *goja.Object, k kind, constructor string, null bool, tag string) string {
	fallback := ""
	if null {
		fallback = c.internalName(value, k)
		if fallback == tag {
			fallback = "Object"
		}
	}
	return getPrefix(constructor, null, tag, fallback, "")
}

// toStringTag returns value[Symbol.toStringTag] when node shows it.
func (c *inspector) toStringTag(value *goja.Object) string {
	t := value.GetSymbol(goja.SymToStringTag)
	if t == nil || !goja.IsString(t) {
		return ""
	}
	tag := t.String()
	if tag == "" {
		return ""
	}
	if c.opts.ShowHidden {
		if _, own := c.ownProp(value, propKey{sym: goja.SymToStringTag}); own {
			return ""
		}
		return tag
	}
	for _, s := range value.Symbols() {
		if s == goja.SymToStringTag {
			return ""
		}
	}
	return tag
}

func (c *inspector) hasIterator(value *goja.Object) bool {
	it := value.GetSymbol(goja.SymIterator)
	return it != nil && !goja.IsUndefined(it)
}

func (c *inspector) lengthOf(o *goja.Object) int64 {
	return o.Get("length").ToInteger()
}

func isNumeric(v goja.Value) bool {
	return goja.IsNumber(v) || goja.IsBigInt(v)
}

// formatPrimitive formats a non-object; styled selects stylize (node calls
// it with stylizeNoColor for boxed primitives).
func (c *inspector) formatPrimitive(v goja.Value, styled bool) string {
	st := func(s, style string) string {
		if styled {
			return c.stylize(s, style)
		}
		return s
	}
	switch {
	case v == nil || goja.IsUndefined(v):
		return st("undefined", "undefined")
	case goja.IsNull(v):
		return st("null", "null")
	case goja.IsString(v):
		return c.formatString(newJSString(v), st)
	case goja.IsNumber(v):
		return st(formatNumber(v.ToFloat(), c.opts.NumericSeparator), "number")
	case goja.IsBigInt(v):
		return st(formatBigInt(v.String(), c.opts.NumericSeparator), "bigint")
	}
	if s, ok := v.(*goja.Symbol); ok {
		return st(symbolString(s), "symbol")
	}
	return st(v.String(), "boolean")
}

func symbolString(s *goja.Symbol) string {
	return "Symbol(" + s.String() + ")"
}

func (c *inspector) formatString(s jsString, st func(string, string) string) string {
	trailer := ""
	if float64(s.len()) > c.opts.MaxStringLength {
		remaining := s.len() - int(math.Max(c.opts.MaxStringLength, 0))
		s = s.slice(0, s.len()-remaining)
		trailer = "... " + strconv.Itoa(remaining) + " more character" + plural(remaining)
	}
	if c.opts.Compact != CompactAll && s.len() > 16 && float64(s.len()) > c.opts.BreakLength-float64(c.indentationLvl)-4 {
		var parts []string
		for start := 0; start < s.len(); {
			end := start
			for end < s.len() && s.at(end) != '\n' {
				end++
			}
			if end < s.len() {
				end++ // keep the newline with its line
			}
			parts = append(parts, st(strEscape(s.slice(start, end)), "string"))
			start = end
		}
		if len(parts) == 0 {
			parts = []string{st(strEscape(s), "string")}
		}
		return strings.Join(parts, " +\n"+strings.Repeat(" ", c.indentationLvl+2)) + trailer
	}
	return st(strEscape(s), "string") + trailer
}

func plural(n int) string {
	if n > 1 {
		return "s"
	}
	return ""
}

func remainingText(n int) string {
	return "... " + strconv.Itoa(n) + " more item" + plural(n)
}
