package util

import (
	"math"
	"strings"
	"unicode"

	"github.com/dop251/goja"
)

// Format is util.format(...args): printf-like placeholders (%s %d %i %f %j
// %o %O %c %%) in a leading string, then the remaining arguments inspected
// (strings as they are), separated by spaces. Loop goroutine only; user code
// that throws (toString, getters) panics as in Inspect.
func Format(vm *goja.Runtime, args []goja.Value) string {
	st := stateOf(vm)
	return formatWith(vm, st, st.defaults, args)
}

// FormatWithOptions is util.formatWithOptions(opts, ...args); opts are
// complete options (start from DefaultOptions(vm) or OptionsFromJS).
func FormatWithOptions(vm *goja.Runtime, opts InspectOptions, args []goja.Value) string {
	return formatWith(vm, stateOf(vm), opts, args)
}

func formatWith(vm *goja.Runtime, st *vmState, opts InspectOptions, args []goja.Value) string {
	if len(args) == 0 {
		return ""
	}
	a := 0
	var str strings.Builder
	join := ""
	if goja.IsString(args[0]) {
		first := args[0].String()
		if len(args) == 1 {
			return first
		}
		lastPos := 0
		for i := 0; i < len(first)-1; i++ {
			if first[i] != '%' {
				continue
			}
			i++
			next := first[i]
			if a+1 == len(args) {
				if next == '%' {
					str.WriteString(first[lastPos:i])
					lastPos = i + 1
				}
				continue
			}
			var temp string
			switch next {
			case 's':
				a++
				temp = formatS(vm, st, opts, args[a])
			case 'j':
				a++
				st.loadHelpers()
				temp = call(st.json, args[a]).String()
			case 'd':
				a++
				temp = formatD(vm, opts, args[a], nil)
			case 'O':
				a++
				temp = Inspect(vm, args[a], opts)
			case 'o':
				a++
				o := opts
				o.ShowHidden, o.ShowProxy, o.Depth, o.depthNull = true, true, 4, false
				temp = Inspect(vm, args[a], o)
			case 'i':
				a++
				st.loadHelpers()
				temp = formatD(vm, opts, args[a], st.parseInt)
			case 'f':
				a++
				if _, isSym := args[a].(*goja.Symbol); isSym {
					temp = "NaN"
				} else {
					st.loadHelpers()
					temp = formatNumber(call(st.parseFloat, args[a]).ToFloat(), opts.NumericSeparator)
				}
			case 'c':
				a++
				temp = ""
			case '%':
				str.WriteString(first[lastPos:i])
				lastPos = i + 1
				continue
			default:
				continue
			}
			if lastPos != i-1 {
				str.WriteString(first[lastPos : i-1])
			}
			str.WriteString(temp)
			lastPos = i + 1
		}
		if lastPos != 0 {
			a++
			join = " "
			if lastPos < len(first) {
				str.WriteString(first[lastPos:])
			}
		}
	}
	for ; a < len(args); a++ {
		v := args[a]
		str.WriteString(join)
		if goja.IsString(v) {
			str.WriteString(v.String())
		} else {
			str.WriteString(Inspect(vm, v, opts))
		}
		join = " "
	}
	return str.String()
}

// formatS is %s: numbers and bigints as such, objects without a
// user-defined toString inspected shallowly, anything else String(v).
func formatS(vm *goja.Runtime, st *vmState, opts InspectOptions, v goja.Value) string {
	switch {
	case goja.IsNumber(v):
		return formatNumber(v.ToFloat(), opts.NumericSeparator)
	case goja.IsBigInt(v):
		return formatBigInt(v.String(), opts.NumericSeparator)
	}
	if o, ok := v.(*goja.Object); ok {
		if !goja.IsCallable(o) {
			c := newInspector(vm, st, opts)
			if c.hasBuiltInToString(o) {
				o2 := opts
				o2.Compact, o2.Colors, o2.Depth, o2.depthNull = 3, false, 0, false
				return Inspect(vm, v, o2)
			}
		}
	}
	return toJSString(v)
}

// toJSString is String(v).
func toJSString(v goja.Value) string {
	if s, ok := v.(*goja.Symbol); ok {
		return symbolString(s)
	}
	return v.String()
}

// formatD is %d (parse nil: Number(v)) and %i (parse: parseInt).
func formatD(vm *goja.Runtime, opts InspectOptions, v goja.Value, parse goja.Callable) string {
	if goja.IsBigInt(v) {
		return formatBigInt(v.String(), opts.NumericSeparator)
	}
	if _, isSym := v.(*goja.Symbol); isSym {
		return "NaN"
	}
	if parse != nil {
		str := v.String()
		n := call(parse, vm.ToValue(str)).ToFloat()
		if n == 0 && strings.HasPrefix(strings.TrimLeftFunc(str, isJSWhiteSpace), "-") {
			n = math.Copysign(0, -1) // goja's parseInt('-0.5') is 0, V8's -0
		}
		return formatNumber(n, opts.NumericSeparator)
	}
	return formatNumber(v.ToNumber().ToFloat(), opts.NumericSeparator)
}

// hasBuiltInToString reports whether value's string conversion comes from a
// built-in prototype (then %s inspects it instead of calling it).
func (c *inspector) hasBuiltInToString(value *goja.Object) bool {
	if p, ok := proxyOf(value); ok {
		if p.Target() == nil {
			return true
		}
		value = p.Target()
	}
	toStr := propKey{name: "toString"}
	toPrim := propKey{sym: goja.SymToPrimitive}
	checkToString, checkToPrimitive := true, true
	if !goja.IsCallable(value.Get("toString")) {
		if !goja.IsCallable(value.GetSymbol(goja.SymToPrimitive)) {
			return true
		}
		if c.hasOwn(value, toPrim) {
			return false
		}
		checkToString = false
	} else if c.hasOwn(value, toStr) {
		return false
	} else if !goja.IsCallable(value.GetSymbol(goja.SymToPrimitive)) {
		checkToPrimitive = false
	} else if c.hasOwn(value, toPrim) {
		return false
	}
	pointer := value
	for {
		pointer = pointer.Prototype()
		if pointer == nil {
			return true
		}
		if checkToString && c.hasOwn(pointer, toStr) || checkToPrimitive && c.hasOwn(pointer, toPrim) {
			break
		}
	}
	d, ok := c.ownProp(pointer, propKey{name: "constructor"})
	if !ok || d.value == nil {
		return false
	}
	ctor, ok := d.value.(*goja.Object)
	if !ok {
		return false
	}
	if !goja.IsCallable(ctor) {
		return false
	}
	name := ctor.Get("name")
	return name != nil && builtInObjects()[name.String()]
}

// isJSWhiteSpace is JavaScript's WhiteSpace or LineTerminator.
func isJSWhiteSpace(r rune) bool {
	return r == '\uFEFF' || r != '\u0085' && unicode.IsSpace(r)
}
