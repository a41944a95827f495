package ipc

import (
	"math"
	"slices"
	"strconv"
	"unicode/utf8"
	"unsafe"

	"github.com/dop251/goja"
	"github.com/dop251/goja/unistring"

	"github.com/gonode/gonode/internal/gojastore"
)

// Decode parses one JSON text with JSON.parse semantics ("__proto__" is a
// plain own property, duplicate keys: last wins, \u escapes including lone
// surrogates, out-of-range numbers become ±Infinity) and builds the goja
// value directly. Surrounding whitespace (e.g. a trailing "\r") is allowed.
//
// Invalid JSON yields a *goja.Exception carrying a SyntaxError with V8's
// message, e.g. "Unexpected end of JSON input". For a Frame whose Err is set,
// Decode(vm, f.Data) returns the same message as a JS error.
// Must be called on the goroutine that owns vm.
func Decode(vm *goja.Runtime, data []byte) (goja.Value, error) {
	d := decoder{vm: vm, layout: gojastore.For(vm)}
	return d.decode(data)
}

// Decoder is Decode for a stream of messages: it keeps its scratch space
// between messages and remembers recent short strings and property names,
// which messages of one program tend to repeat ({"cmd":..., "seq":...}), so
// that they are not made anew for each message. Use it on the goroutine
// that owns its vm.
type Decoder struct {
	d decoder
}

// NewDecoder returns a Decoder building values for vm.
func NewDecoder(vm *goja.Runtime) *Decoder {
	return &Decoder{d: decoder{vm: vm, layout: gojastore.For(vm), keys: make(map[string]string), strs: make(map[string]goja.Value)}}
}

// Decode is Decode(vm, data).
func (dec *Decoder) Decode(data []byte) (goja.Value, error) {
	v, err := dec.d.decode(data)
	// A failed parse may leave containers open.
	clear(dec.d.open[:cap(dec.d.open)])
	clear(dec.d.props)
	dec.d.props = dec.d.props[:0]
	clear(dec.d.vals)
	dec.d.open, dec.d.vals, dec.d.result = dec.d.open[:0], dec.d.vals[:0], nil
	return v, err
}

func (d *decoder) decode(data []byte) (goja.Value, error) {
	if err := parse(data, d); err != nil {
		obj := newJSError(d.vm, "SyntaxError", err.Msg)
		return nil, d.vm.Try(func() { panic(obj) })
	}
	return d.result, nil
}

// Strings and names remembered by a Decoder: at most maxRemembered of each
// (all are forgotten when full), none longer than maxRememberedLen bytes.
const (
	maxRemembered    = 128
	maxRememberedLen = 32
)

// openContainer is an object or array under construction.
type openContainer struct {
	obj *goja.Object // nil for an array
	// The storage of obj (see gojastore), if the decoder writes it: its
	// properties gather in decoder.props from index base on and are
	// stored when it ends.
	names  *gojastore.Names
	values *gojastore.Values
	base   int      // arrays: index of the first element in decoder.vals
	key    string   // objects: the pending property name
	ascii  bool     // key is ASCII
	keyU   []uint16 // objects: the pending name if it holds lone surrogates
}

// storedProp is a property of an object under construction (see
// openContainer.names).
type storedProp struct {
	name unistring.String
	v    goja.Value
}

// decoder is the sink that builds goja values.
type decoder struct {
	vm      *goja.Runtime
	layout  *gojastore.Layout // nil: properties are defined through goja's API
	open    []openContainer
	vals    []interface{} // elements of all open arrays, innermost last
	props   []storedProp  // properties of all open stored objects, innermost last
	result  goja.Value
	scratch []byte
	// Decoder's memory of property names and string values (nil for
	// Decode): keyed by their bytes, ASCII only.
	keys map[string]string
	strs map[string]goja.Value
}

func (d *decoder) emit(v goja.Value) {
	if len(d.open) == 0 {
		d.result = v
		return
	}
	top := &d.open[len(d.open)-1]
	switch {
	case top.obj == nil:
		d.vals = append(d.vals, v)
	case top.keyU != nil:
		d.storeProps(top) // keep the order of the properties
		d.defineUTF16(top.obj, top.keyU, v)
	case top.values != nil:
		name := unistring.String(top.key)
		if !top.ascii {
			name = unistring.NewFromString(top.key)
		}
		d.props = append(d.props, storedProp{name, v})
	default:
		// CreateDataProperty: never triggers setters, "__proto__" included.
		_ = top.obj.DefineDataProperty(top.key, v, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
	}
}

// defineUTF16 defines a property whose name contains lone surrogates, which
// goja's Go-string API cannot express. Rare, so it goes through JS.
func (d *decoder) defineUTF16(o *goja.Object, key []uint16, v goja.Value) {
	def, _ := goja.AssertFunction(d.vm.Get("Reflect").ToObject(d.vm).Get("defineProperty"))
	desc := d.vm.NewObject()
	for _, k := range [...]string{"writable", "enumerable", "configurable"} {
		_ = desc.Set(k, true)
	}
	_ = desc.Set("value", v)
	_, _ = def(nil, o, goja.StringFromUTF16(key), desc)
}

func (d *decoder) beginObject() {
	c := openContainer{obj: d.vm.NewObject()}
	if d.layout != nil {
		if names, values, ok := d.layout.Plain(c.obj); ok {
			c.names, c.values, c.base = names, values, len(d.props)
		}
	}
	d.open = append(d.open, c)
}

// storeProps writes the gathered properties of the stored object c: the
// list of names grows once, to its final size.
func (d *decoder) storeProps(c *openContainer) {
	props := d.props[c.base:]
	if len(props) == 0 {
		return
	}
	names, values := *c.names, c.values
	values.Grow(len(props))
	names = slices.Grow(names, len(props))
	for _, p := range props {
		if !values.Has(p.name) {
			names = append(names, p.name)
		}
		values.Set(p.name, p.v)
	}
	*c.names = names
	clear(props)
	d.props = d.props[:c.base]
}

func (d *decoder) beginArray() {
	d.open = append(d.open, openContainer{base: len(d.vals)})
}

func (d *decoder) key(raw []byte, esc bool) {
	top := &d.open[len(d.open)-1]
	top.keyU, top.ascii = nil, false
	switch {
	case !esc && d.keys != nil && len(raw) <= maxRememberedLen && isASCII(raw):
		k, ok := d.keys[string(raw)]
		if !ok {
			if len(d.keys) == maxRemembered {
				clear(d.keys)
			}
			k = string(raw)
			d.keys[k] = k
		}
		top.key, top.ascii = k, true
	case !esc && utf8.Valid(raw):
		top.key = string(raw)
	case esc && hasLoneSurrogate(raw):
		top.keyU = unescapeUTF16(raw)
	default:
		top.key = d.text(raw, esc)
	}
}

func (d *decoder) endObject() {
	top := &d.open[len(d.open)-1]
	if top.values != nil {
		d.storeProps(top)
	}
	o := top.obj
	d.open = d.open[:len(d.open)-1]
	d.emit(o)
}

func (d *decoder) endArray() {
	base := d.open[len(d.open)-1].base
	d.open = d.open[:len(d.open)-1]
	arr := d.vm.NewArray(d.vals[base:]...)
	clear(d.vals[base:])
	d.vals = d.vals[:base]
	d.emit(arr)
}

func (d *decoder) str(raw []byte, esc bool) {
	switch {
	case !esc && d.strs != nil && len(raw) <= maxRememberedLen && isASCII(raw):
		v, ok := d.strs[string(raw)]
		if !ok {
			if len(d.strs) == maxRemembered {
				clear(d.strs)
			}
			s := string(raw)
			v = d.vm.ToValue(s)
			d.strs[s] = v
		}
		d.emit(v)
	case !esc && utf8.Valid(raw):
		d.emit(d.vm.ToValue(string(raw)))
	case esc && hasLoneSurrogate(raw):
		d.emit(goja.StringFromUTF16(unescapeUTF16(raw)))
	default:
		d.emit(d.vm.ToValue(d.text(raw, esc)))
	}
}

// text returns the Go string for a literal body: escapes decoded, invalid
// UTF-8 replaced by U+FFFD per byte (as goja reads such strings).
func (d *decoder) text(raw []byte, esc bool) string {
	if esc {
		d.scratch = unescape(d.scratch[:0], raw)
		raw = d.scratch
	}
	if utf8.Valid(raw) {
		return string(raw)
	}
	out := make([]byte, 0, len(raw)+8)
	for i := 0; i < len(raw); {
		r, size := utf8.DecodeRune(raw[i:])
		out = utf8.AppendRune(out, r)
		i += size
	}
	return string(out)
}

func (d *decoder) num(raw []byte, isInt bool) {
	if isInt {
		neg := raw[0] == '-'
		digits := raw
		if neg {
			digits = raw[1:]
		}
		var n int64
		for _, c := range digits {
			n = n*10 + int64(c-'0')
		}
		switch {
		case !neg:
			d.emit(d.vm.ToValue(n))
		case n == 0:
			d.emit(d.vm.ToValue(math.Copysign(0, -1)))
		default:
			d.emit(d.vm.ToValue(-n))
		}
		return
	}
	// raw is a validated JSON number; ParseFloat does not retain it, and
	// out-of-range values come back as ±Inf, which is what JSON.parse gives.
	f, _ := strconv.ParseFloat(unsafe.String(&raw[0], len(raw)), 64)
	d.emit(d.vm.ToValue(f))
}

func (d *decoder) literal(c byte) {
	switch c {
	case 't':
		d.emit(d.vm.ToValue(true))
	case 'f':
		d.emit(d.vm.ToValue(false))
	default:
		d.emit(goja.Null())
	}
}

// isASCII reports whether b is all ASCII (remembered strings are: goja
// keeps others as UTF-16, and ASCII needs no validation).
func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
