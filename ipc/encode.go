package ipc

import (
	"math"
	"math/big"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/dop251/goja"
	"github.com/dop251/goja/unistring"

	"github.com/gonode/gonode/internal/gojastore"
	"github.com/gonode/gonode/internal/jsindex"
)

// maxEncodeDepth bounds the nesting Encode follows before it throws
// RangeError like V8's JSON.stringify does on stack exhaustion (V8 gives up
// at ~4200 levels with node's default stack; we are a little more lenient).
const maxEncodeDepth = 10000

var (
	typeInt64   = reflect.TypeOf(int64(0))
	typeFloat64 = reflect.TypeOf(float64(0))
	typeBool    = reflect.TypeOf(false)
	typeBigInt  = reflect.TypeOf((*big.Int)(nil))
	typeProxy   = reflect.TypeOf(goja.Proxy{})
)

// Encode returns exactly the bytes node's JSON.stringify(v) produces. It
// returns nil, nil when JSON.stringify would return undefined (v is
// undefined, a function or a symbol, or toJSON returned one of those).
//
// Errors are *goja.Exception values carrying the JS error node would throw
// (TypeError for cycles and BigInts, anything thrown by toJSON or a getter);
// a native function can rethrow one with panic(err).
// Must be called on the goroutine that owns vm.
func Encode(vm *goja.Runtime, v goja.Value) ([]byte, error) {
	b, ok, err := appendJSON(nil, vm, v)
	if !ok {
		return nil, err
	}
	return b, nil
}

// AppendFrame appends the json-mode wire frame of v to dst: JSON.stringify(v)
// followed by "\n". Like node, it writes "undefined\n" when JSON.stringify
// returns undefined. On error dst is returned unchanged.
func AppendFrame(dst []byte, vm *goja.Runtime, v goja.Value) ([]byte, error) {
	b, ok, err := appendJSON(dst, vm, v)
	if err != nil {
		return dst, err
	}
	if !ok {
		b = append(b, "undefined"...)
	}
	return append(b, '\n'), nil
}

func appendJSON(dst []byte, vm *goja.Runtime, v goja.Value) (out []byte, ok bool, err error) {
	e := encoderPool.Get().(*encoder)
	e.vm, e.buf, e.root = vm, dst, v
	ex := vm.Try(e.run)
	out, ok = e.buf, e.ok
	clear(e.stack[:cap(e.stack)])
	clear(e.names[:cap(e.names)])
	*e = encoder{stack: e.stack[:0], names: e.names[:0], run: e.run} // drops deep: it is rarely needed
	encoderPool.Put(e)
	if ex != nil {
		return dst, false, ex
	}
	if !ok {
		return dst, false, nil
	}
	return out, true, nil
}

// encoderPool recycles encoders (and their cycle-detection stacks).
var encoderPool = sync.Pool{New: func() any {
	e := &encoder{}
	e.run = func() { e.ok = e.value(e.root, propKey{index: -1}) }
	return e
}}

// propKey is the key under which a value was reached: a property name, or
// an array index (index >= 0).
type propKey struct {
	name  string
	index int
}

func (k propKey) value(vm *goja.Runtime) goja.Value {
	if k.index >= 0 {
		return vm.ToValue(jsindex.Name(k.index))
	}
	return vm.ToValue(k.name)
}

type stackEntry struct {
	obj *goja.Object
	key propKey
}

type encoder struct {
	vm    *goja.Runtime
	buf   []byte
	stack []stackEntry         // objects being serialized, for cycle detection
	deep  map[*goja.Object]int // stack index of entries beyond scanDepth
	names []unistring.String   // keys of the plain objects being serialized
	root  goja.Value
	ok    bool   // root produced output
	run   func() // serializes root; allocated once per pooled encoder
}

// value implements SerializeJSONProperty: it appends v and reports whether
// anything was written (false means undefined: the caller omits the member
// or writes null).
func (e *encoder) value(v goja.Value, key propKey) bool {
	switch x := v.(type) {
	case nil:
		return false
	case *goja.Object:
		v = e.toJSON(x, x, key)
	case goja.String:
		e.buf = appendJSString(e.buf, x)
		return true
	default:
		if goja.IsBigInt(v) {
			v = e.toJSON(v.ToObject(e.vm), v, key)
		}
	}
	return e.serialize(v, key)
}

// toJSON calls holder.toJSON(key) if it is a function, else returns this.
func (e *encoder) toJSON(holder *goja.Object, this goja.Value, key propKey) goja.Value {
	fn, ok := goja.AssertFunction(holder.Get("toJSON"))
	if !ok {
		return this
	}
	r, err := fn(this, key.value(e.vm))
	if err != nil {
		panic(err)
	}
	return r
}

func (e *encoder) serialize(v goja.Value, key propKey) bool {
	switch x := v.(type) {
	case nil, *goja.Symbol:
		return false
	case goja.String:
		e.buf = appendJSString(e.buf, x)
		return true
	case *goja.Object:
		return e.object(x, key)
	}
	switch v.ExportType() {
	case typeInt64:
		i := v.ToInteger()
		if i > -1<<53 && i < 1<<53 {
			e.buf = strconv.AppendInt(e.buf, i, 10)
		} else {
			e.buf = appendNumber(e.buf, float64(i))
		}
	case typeFloat64:
		f := v.ToFloat()
		if math.IsNaN(f) || math.IsInf(f, 0) {
			e.buf = append(e.buf, "null"...)
		} else {
			e.buf = appendNumber(e.buf, f)
		}
	case typeBool:
		e.buf = strconv.AppendBool(e.buf, v.ToBoolean())
	case typeBigInt:
		panic(e.vm.NewTypeError("Do not know how to serialize a BigInt"))
	default:
		if !goja.IsNull(v) {
			return false // undefined
		}
		e.buf = append(e.buf, "null"...)
	}
	return true
}

func (e *encoder) object(o *goja.Object, key propKey) bool {
	isArray := false
	switch o.ClassName() {
	case "Function":
		return false
	case "Array":
		isArray = true
	case "Number":
		return e.serialize(o.ToNumber(), key)
	case "String":
		e.buf = appendJSString(e.buf, o.ToString().(goja.String))
		return true
	case "Boolean":
		b, _ := o.Export().(bool)
		e.buf = strconv.AppendBool(e.buf, b)
		return true
	case "RawJSON":
		e.buf = append(e.buf, o.Get("rawJSON").String()...)
		return true
	case "Object":
		switch o.ExportType() {
		case typeBigInt: // a BigInt wrapper object
			panic(e.vm.NewTypeError("Do not know how to serialize a BigInt"))
		case typeProxy:
			if goja.IsCallable(o) {
				return false
			}
			isArray = proxyIsArray(o)
		}
	}
	e.push(o, key)
	if isArray {
		e.array(o)
	} else {
		e.plainObject(o)
	}
	e.pop()
	return true
}

func proxyIsArray(o *goja.Object) bool {
	for {
		p, ok := o.Export().(goja.Proxy)
		if !ok {
			return o.ClassName() == "Array"
		}
		o = p.Target()
		if o == nil {
			return false // revoked; ClassName has already thrown for it
		}
	}
}

// scanDepth is how many stack entries push checks linearly; deeper ones are
// also indexed in encoder.deep, keeping cycle checks O(1) for deep values.
const scanDepth = 32

func (e *encoder) push(o *goja.Object, key propKey) {
	for i := range e.stack[:min(len(e.stack), scanDepth)] {
		if e.stack[i].obj == o {
			panic(e.vm.NewTypeError("%s", e.circularMessage(i, key)))
		}
	}
	if i, ok := e.deep[o]; ok {
		panic(e.vm.NewTypeError("%s", e.circularMessage(i, key)))
	}
	if len(e.stack) >= maxEncodeDepth {
		panic(newJSError(e.vm, "RangeError", "Maximum call stack size exceeded"))
	}
	if len(e.stack) >= scanDepth {
		if e.deep == nil {
			e.deep = make(map[*goja.Object]int)
		}
		e.deep[o] = len(e.stack)
	}
	e.stack = append(e.stack, stackEntry{o, key})
}

func (e *encoder) pop() {
	top := len(e.stack) - 1
	if top >= scanDepth {
		delete(e.deep, e.stack[top].obj)
	}
	e.stack[top] = stackEntry{}
	e.stack = e.stack[:top]
}

func (e *encoder) array(o *goja.Object) {
	n := o.Get("length").ToInteger()
	e.buf = append(e.buf, '[')
	for i := 0; int64(i) < n; i++ {
		if i > 0 {
			e.buf = append(e.buf, ',')
		}
		if !e.value(o.Get(jsindex.Name(i)), propKey{index: i}) {
			e.buf = append(e.buf, "null"...)
		}
	}
	e.buf = append(e.buf, ']')
}

func (e *encoder) plainObject(o *goja.Object) {
	if l := gojastore.For(e.vm); l != nil && e.storedObject(l, o) {
		return
	}
	keys := o.Keys()
	for _, k := range keys {
		if strings.Contains(k, "\uFFFD") {
			// The key may hold lone surrogates, which goja's string-keyed
			// API cannot express; let goja's own JSON.stringify do it.
			e.viaGoja(o)
			return
		}
	}
	e.buf = append(e.buf, '{')
	first := true
	for _, k := range keys {
		mark := len(e.buf)
		if !first {
			e.buf = append(e.buf, ',')
		}
		e.buf, _ = appendQuoted(e.buf, k)
		e.buf = append(e.buf, ':')
		if !e.value(o.Get(k), propKey{name: k, index: -1}) {
			e.buf = e.buf[:mark]
			continue
		}
		first = false
	}
	e.buf = append(e.buf, '}')
}

// storedObject serializes the plain object o from its storage (see
// gojastore), as plainObject does through goja's API. It writes nothing
// and returns false when o is not a plain object or one of its keys needs
// goja's API: a key starting with a digit (goja orders array-index keys
// when it lists them), a key that is not ASCII, or a property record
// (accessors, non-enumerable properties).
func (e *encoder) storedObject(l *gojastore.Layout, o *goja.Object) bool {
	names, values, ok := l.Plain(o)
	if !ok {
		return false
	}
	// The keys are taken before any value is serialized, like
	// EnumerableOwnProperties; a toJSON may change o meanwhile.
	start := len(e.names)
	for _, n := range *names {
		if !l.IsValue(values.Get(n)) || n == "" || n[0] >= '0' && n[0] <= '9' || !isASCII(stringBytes(string(n))) {
			e.names = e.names[:start]
			return false
		}
		e.names = append(e.names, n)
	}
	end := len(e.names)
	e.buf = append(e.buf, '{')
	first := true
	for i := start; i < end; i++ {
		n := e.names[i]
		name := string(n)
		v := values.Get(n)
		if !l.IsValue(v) {
			v = o.Get(name) // gone, or redefined meanwhile
		}
		mark := len(e.buf)
		if !first {
			e.buf = append(e.buf, ',')
		}
		e.buf, _ = appendQuoted(e.buf, name)
		e.buf = append(e.buf, ':')
		if !e.value(v, propKey{name: name, index: -1}) {
			e.buf = e.buf[:mark]
			continue
		}
		first = false
	}
	e.buf = append(e.buf, '}')
	clear(e.names[start:end])
	e.names = e.names[:start]
	return true
}

func (e *encoder) viaGoja(o *goja.Object) {
	stringify, _ := goja.AssertFunction(e.vm.Get("JSON").ToObject(e.vm).Get("stringify"))
	r, err := stringify(nil, o)
	if err != nil {
		panic(err)
	}
	e.buf = append(e.buf, r.String()...)
}

// circularMessage reproduces V8's "Converting circular structure to JSON"
// message for a cycle that closes on e.stack[start] via key.
func (e *encoder) circularMessage(start int, key propKey) string {
	const prefix, postfix = 2, 1
	var b strings.Builder
	b.WriteString("Converting circular structure to JSON\n    --> starting at object with constructor '")
	b.WriteString(constructorName(e.stack[start].obj))
	b.WriteString("'")
	line := func(i int) {
		b.WriteString("\n    |     ")
		writeKey(&b, e.stack[i].key)
		b.WriteString(" -> object with constructor '")
		b.WriteString(constructorName(e.stack[i].obj))
		b.WriteString("'")
	}
	size := len(e.stack)
	prefixEnd := min(size, start+prefix+1)
	for i := start + 1; i < prefixEnd; i++ {
		line(i)
	}
	if size > start+prefix+postfix+1 {
		b.WriteString("\n    |     ...")
	}
	for i := max(prefixEnd, size-postfix); i < size; i++ {
		line(i)
	}
	b.WriteString("\n    --- ")
	writeKey(&b, key)
	b.WriteString(" closes the circle")
	return b.String()
}

func writeKey(b *strings.Builder, k propKey) {
	if k.index >= 0 {
		b.WriteString("index ")
		b.WriteString(strconv.Itoa(k.index))
		return
	}
	b.WriteString("property '")
	b.WriteString(k.name)
	b.WriteString("'")
}

// constructorName approximates V8's GetConstructorName: the name of the
// first "constructor" found on the prototype chain if it is a named function,
// else the class name.
func constructorName(o *goja.Object) string {
	if o.ExportType() != typeProxy {
		for p := o; p != nil; p = p.Prototype() {
			if !hasOwn(p, "constructor") {
				continue
			}
			if fn, ok := p.Get("constructor").(*goja.Object); ok {
				if goja.IsCallable(fn) {
					if name := fn.Get("name"); name != nil && name.String() != "" {
						return name.String()
					}
				}
			}
			break
		}
	}
	if c := o.ClassName(); c == "Array" || c == "Function" {
		return c
	}
	return "Object"
}

func hasOwn(o *goja.Object, name string) bool {
	for _, k := range o.GetOwnPropertyNames() {
		if k == name {
			return true
		}
	}
	return false
}

// newJSError builds an error object with the global constructor ctor
// (falling back to TypeError if it has been removed).
func newJSError(vm *goja.Runtime, ctor, msg string) *goja.Object {
	if c, ok := goja.AssertConstructor(vm.Get(ctor)); ok {
		if o, err := c(nil, vm.ToValue(msg)); err == nil {
			return o
		}
	}
	return vm.NewTypeError("%s", msg)
}

// appendNumber appends a finite f formatted like JS Number.prototype.toString.
func appendNumber(dst []byte, f float64) []byte {
	if f == 0 {
		return append(dst, '0') // also -0
	}
	if f == math.Trunc(f) && math.Abs(f) <= 1<<53 {
		return strconv.AppendInt(dst, int64(f), 10)
	}
	var tmp [32]byte
	b := strconv.AppendFloat(tmp[:0], f, 'e', -1, 64) // [-]d[.ddd]e±XX
	if b[0] == '-' {
		dst = append(dst, '-')
		b = b[1:]
	}
	epos := 0
	for b[epos] != 'e' {
		epos++
	}
	exp, _ := strconv.Atoi(string(b[epos+1:]))
	var digits [24]byte
	ds := append(digits[:0], b[0])
	if epos > 1 {
		ds = append(ds, b[2:epos]...)
	}
	k, n := len(ds), exp+1 // value = 0.ds * 10^n
	switch {
	case k <= n && n <= 21:
		dst = append(dst, ds...)
		for ; k < n; k++ {
			dst = append(dst, '0')
		}
	case 0 < n && n <= 21:
		dst = append(dst, ds[:n]...)
		dst = append(dst, '.')
		dst = append(dst, ds[n:]...)
	case -6 < n && n <= 0:
		dst = append(dst, "0."...)
		for ; n < 0; n++ {
			dst = append(dst, '0')
		}
		dst = append(dst, ds...)
	default:
		dst = append(dst, ds[0])
		if k > 1 {
			dst = append(dst, '.')
			dst = append(dst, ds[1:]...)
		}
		dst = append(dst, 'e')
		if n-1 >= 0 {
			dst = append(dst, '+')
		}
		dst = strconv.AppendInt(dst, int64(n-1), 10)
	}
	return dst
}

// needsEscape marks the ASCII bytes JSON.stringify escapes.
var needsEscape = func() (t [utf8.RuneSelf]bool) {
	for c := 0; c < 0x20; c++ {
		t[c] = true
	}
	t['"'], t['\\'] = true, true
	return t
}()

const hexDigits = "0123456789abcdef"

func appendEscape(dst []byte, c byte) []byte {
	switch c {
	case '"', '\\':
		return append(dst, '\\', c)
	case '\b':
		return append(dst, '\\', 'b')
	case '\f':
		return append(dst, '\\', 'f')
	case '\n':
		return append(dst, '\\', 'n')
	case '\r':
		return append(dst, '\\', 'r')
	case '\t':
		return append(dst, '\\', 't')
	}
	return append(dst, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
}

// appendQuoted appends s as a JSON string literal. If s is not valid UTF-8 or
// contains U+FFFD (which goja also uses for lone surrogates in String()), it
// stops and reports exact=false; dst is then garbage past its original length.
//
// It does not reserve room up front: slices.Grow zeroes the room it adds,
// while append's growth clears only what lies past the copied bytes, and for
// a 64 KiB message the zeroing cost as much as the copy.
func appendQuoted(dst []byte, s string) (out []byte, exact bool) {
	dst = append(dst, '"')
	start := 0
	checked := false
	for i := skipPlainLong(stringBytes(s), 0, true); i < len(s); i++ {
		if !checked {
			if i = skipPlain(stringBytes(s), i, true); i >= len(s) {
				break
			}
		}
		c := s[i]
		if c >= utf8.RuneSelf {
			if !checked {
				if !utf8.ValidString(s[i:]) || strings.Contains(s[i:], "\uFFFD") {
					return dst, false
				}
				checked = true
			}
			continue
		}
		if needsEscape[c] {
			dst = append(dst, s[start:i]...)
			dst = appendEscape(dst, c)
			start = i + 1
		}
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"'), true
}

// appendJSString appends the JSON literal for a JS string, escaping lone
// surrogates as \udxxx like JSON.stringify.
func appendJSString(dst []byte, s goja.String) []byte {
	if u, ok := utf16Units(s); ok {
		return appendUTF16(dst, u)
	}
	mark := len(dst)
	if out, exact := appendQuoted(dst, s.String()); exact {
		return out
	}
	u := make([]uint16, s.Length())
	for i := range u {
		u[i] = s.CharAt(i)
	}
	return appendUTF16(dst[:mark], u)
}

var typeUint16s = reflect.TypeOf([]uint16(nil))

// utf16Units returns the code units of a goja string held as UTF-16 (goja's
// unicodeString: a []uint16 whose first element is a BOM marker) without
// copying; String() would allocate a []rune and a string and lose lone
// surrogates. Other representations report false.
func utf16Units(s goja.String) ([]uint16, bool) {
	rv := reflect.ValueOf(s)
	if rv.Kind() != reflect.Slice || !rv.Type().ConvertibleTo(typeUint16s) {
		return nil, false
	}
	u := rv.Convert(typeUint16s).Interface().([]uint16)
	if len(u) != s.Length()+1 || u[0] != 0xfeff {
		return nil, false
	}
	return u[1:], true
}

// appendUTF16 appends the JSON literal for the UTF-16 string u.
func appendUTF16(dst []byte, u []uint16) []byte {
	dst = slices.Grow(dst, len(u)+2)
	dst = append(dst, '"')
	for i := 0; i < len(u); i++ {
		c := u[i]
		switch {
		case c < utf8.RuneSelf:
			if needsEscape[c] {
				dst = appendEscape(dst, byte(c))
			} else {
				dst = append(dst, byte(c))
			}
		case !utf16.IsSurrogate(rune(c)):
			dst = utf8.AppendRune(dst, rune(c))
		case c < 0xdc00 && i+1 < len(u) && u[i+1] >= 0xdc00 && u[i+1] < 0xe000:
			dst = utf8.AppendRune(dst, utf16.DecodeRune(rune(c), rune(u[i+1])))
			i++
		default:
			dst = append(dst, '\\', 'u', hexDigits[c>>12], hexDigits[c>>8&0xf], hexDigits[c>>4&0xf], hexDigits[c&0xf])
		}
	}
	return append(dst, '"')
}
