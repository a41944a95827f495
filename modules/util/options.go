package util

import (
	"math"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/runtime"
)

// CompactAll is the Compact value meaning node's `compact: true`.
const CompactAll = -1

// Getters modes (node's `getters` option).
const (
	GettersNone = ""    // false: print [Getter]
	GettersAll  = "all" // true: invoke every getter
	GettersGet  = "get" // invoke getters without a setter
	GettersSet  = "set" // invoke getters with a setter
)

// InspectOptions are util.inspect's options. Infinite limits use math.Inf(1)
// (node's Infinity or null).
type InspectOptions struct {
	ShowHidden    bool
	Depth         float64
	Colors        bool
	CustomInspect bool
	ShowProxy     bool
	// MaxArrayLength and MaxStringLength limit the entries and characters
	// shown.
	MaxArrayLength  float64
	MaxStringLength float64
	BreakLength     float64
	// Compact is the number of innermost levels combined on one line;
	// 0 is node's false and CompactAll node's true.
	Compact int
	// Sorted sorts keys; SortCompare, if set, is the JS comparator.
	Sorted           bool
	SortCompare      goja.Callable
	Getters          string
	NumericSeparator bool

	// Stylize, if set, is a JS stylize(str, styleType) function from the
	// user's options; it replaces the built-in (colors) styling.
	Stylize goja.Callable
	// User is the JS options object the options came from, if any; custom
	// inspect functions see its extra properties, as in node.
	User *goja.Object

	depthNull bool // depth given as null (custom inspectors see null)
}

// DefaultInspectOptions returns node's built-in util.inspect defaults.
func DefaultInspectOptions() InspectOptions {
	return InspectOptions{
		Depth:           2,
		CustomInspect:   true,
		MaxArrayLength:  100,
		MaxStringLength: 10000,
		BreakLength:     80,
		Compact:         3,
	}
}

// optionNames are the keys of util.inspect.defaultOptions, in node's order.
var optionNames = []string{
	"showHidden", "depth", "colors", "customInspect", "showProxy",
	"maxArrayLength", "maxStringLength", "breakLength", "compact", "sorted",
	"getters", "numericSeparator",
}

// OptionsFromJS applies a util.inspect options argument (an object, or a
// boolean meaning showHidden) on top of base, the way util.inspect does.
func OptionsFromJS(vm *goja.Runtime, base InspectOptions, v goja.Value) InspectOptions {
	opts := base
	o, ok := v.(*goja.Object)
	if !ok {
		if v != nil && runtime.IsBoolean(v) {
			opts.ShowHidden = v.ToBoolean()
		}
		return opts
	}
	for _, key := range o.Keys() {
		if !isOptionName(key) && key != "stylize" {
			if opts.User == nil {
				opts.User = o
			}
			continue
		}
		opts.set(vm, key, o.Get(key))
	}
	return opts
}

func isOptionName(key string) bool {
	for _, n := range optionNames {
		if n == key {
			return true
		}
	}
	return false
}

// set assigns one option from its JS value with node's loose semantics (the
// value is stored as given and interpreted where it is used).
func (o *InspectOptions) set(vm *goja.Runtime, key string, v goja.Value) {
	switch key {
	case "showHidden":
		o.ShowHidden = v.ToBoolean()
	case "depth":
		o.Depth, o.depthNull = limit(v)
	case "colors":
		o.Colors = v.ToBoolean()
	case "customInspect":
		o.CustomInspect = v.ToBoolean()
	case "showProxy":
		o.ShowProxy = v.ToBoolean()
	case "maxArrayLength":
		o.MaxArrayLength, _ = limit(v)
	case "maxStringLength":
		o.MaxStringLength, _ = limit(v)
	case "breakLength":
		o.BreakLength = v.ToFloat()
	case "compact":
		switch {
		case runtime.IsBoolean(v) && v.ToBoolean():
			o.Compact = CompactAll
		case goja.IsNumber(v):
			o.Compact = int(v.ToInteger())
			if o.Compact < 0 {
				o.Compact = 0
			}
		default:
			o.Compact = 0
		}
	case "sorted":
		o.SortCompare = nil
		if f, ok := goja.AssertFunction(v); ok {
			o.Sorted, o.SortCompare = true, f
		} else {
			o.Sorted = v.ToBoolean()
		}
	case "getters":
		switch {
		case goja.IsString(v) && (v.String() == "get" || v.String() == "set"):
			o.Getters = v.String()
		case v.ToBoolean():
			o.Getters = GettersAll
		default:
			o.Getters = GettersNone
		}
	case "numericSeparator":
		o.NumericSeparator = v.ToBoolean()
	case "stylize":
		o.Stylize, _ = goja.AssertFunction(v)
	}
}

// get returns one option as node exposes it to custom inspect functions.
func (o *InspectOptions) get(vm *goja.Runtime, key string) goja.Value {
	switch key {
	case "showHidden":
		return vm.ToValue(o.ShowHidden)
	case "depth":
		if o.depthNull {
			return goja.Null()
		}
		return vm.ToValue(o.Depth)
	case "colors":
		return vm.ToValue(o.Colors)
	case "customInspect":
		return vm.ToValue(o.CustomInspect)
	case "showProxy":
		return vm.ToValue(o.ShowProxy)
	case "maxArrayLength":
		return vm.ToValue(o.MaxArrayLength)
	case "maxStringLength":
		return vm.ToValue(o.MaxStringLength)
	case "breakLength":
		return vm.ToValue(o.BreakLength)
	case "compact":
		if o.Compact == CompactAll {
			return vm.ToValue(true)
		}
		if o.Compact == 0 {
			return vm.ToValue(false)
		}
		return vm.ToValue(o.Compact)
	case "sorted":
		return vm.ToValue(o.Sorted)
	case "getters":
		switch o.Getters {
		case GettersAll:
			return vm.ToValue(true)
		case GettersGet, GettersSet:
			return vm.ToValue(o.Getters)
		}
		return vm.ToValue(false)
	case "numericSeparator":
		return vm.ToValue(o.NumericSeparator)
	}
	return goja.Undefined()
}

// limit reads a numeric limit where null means unlimited.
func limit(v goja.Value) (float64, bool) {
	if goja.IsNull(v) {
		return math.Inf(1), true
	}
	f := v.ToFloat()
	if math.IsNaN(f) {
		return 0, false
	}
	return f, false
}
