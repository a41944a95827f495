package buffer

import (
	"bytes"
	"math"
	"strconv"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/internal/nativefunc"
	"github.com/gonode/gonode/runtime"
)

// binding is the per-runtime state behind internal/buffer: the byte-level
// operations buffer.js delegates to Go.
type binding struct {
	rt    *runtime.Runtime
	vm    *goja.Runtime
	u8    goja.Constructor // Uint8Array
	u8obj *goja.Object
	ctr   *goja.Object // FastBuffer, the class of Buffer instances
}

const bindingName = "internal/buffer"

// loadBinding builds the internal/buffer module.
func loadBinding(rt *runtime.Runtime, module *goja.Object) error {
	vm := rt.VM()
	u8obj := vm.Get("Uint8Array").ToObject(vm)
	u8, _ := goja.AssertConstructor(u8obj)
	b := &binding{rt: rt, vm: vm, u8: u8, u8obj: u8obj}
	o := vm.NewObject()
	fns := map[string]func(goja.FunctionCall) goja.Value{
		"setup":          b.setup,
		"fromString":     b.fromString,
		"byteLength":     b.byteLength,
		"write":          b.write,
		"slice":          b.slice,
		"compare":        b.compare,
		"compareRange":   b.compareRange,
		"indexOf":        b.indexOf,
		"fill":           b.fill,
		"copy":           b.copy,
		"swap":           b.swap,
		"isUtf8":         b.isUtf8,
		"isAscii":        b.isAscii,
		"installNumeric": b.installNumeric,
		"concat":         b.concat,
		"fromArray":      b.fromArray,
	}
	if err := nativefunc.SetAll(b.vm, o, fns); err != nil {
		return err
	}
	if err := o.Set("state", vm.ToValue(b)); err != nil {
		return err
	}
	return module.Set("exports", o)
}

// stateOf returns the binding of rt, loading the buffer module if needed.
func stateOf(rt *runtime.Runtime) (*binding, error) {
	if _, err := rt.Require("buffer"); err != nil {
		return nil, err
	}
	v, err := rt.Require(bindingName)
	if err != nil {
		return nil, err
	}
	b, _ := v.ToObject(rt.VM()).Get("state").Export().(*binding)
	return b, nil
}

// New returns a Buffer viewing data (not copied); the caller must not keep
// using data in other goroutines. Loop goroutine only.
func New(rt *runtime.Runtime, data []byte) (*goja.Object, error) {
	b, err := stateOf(rt)
	if err != nil {
		return nil, err
	}
	return b.wrap(data), nil
}

func (b *binding) wrap(data []byte) *goja.Object {
	o, err := b.u8(b.ctr, b.vm.ToValue(b.vm.NewArrayBuffer(data)))
	if err != nil {
		panic(err)
	}
	return o
}

// bytesOf returns the bytes viewed by a Uint8Array (or other view).
func (b *binding) bytesOf(v goja.Value) []byte {
	if o, ok := v.(*goja.Object); ok {
		if data, ok := o.Export().([]byte); ok {
			return data
		}
		var data []byte
		if b.vm.ExportTo(o, &data) == nil {
			return data
		}
	}
	panic(b.vm.NewTypeError("argument must be a buffer"))
}

func (b *binding) intArg(call goja.FunctionCall, i int) int {
	return int(call.Argument(i).ToInteger())
}

func encodingArg(call goja.FunctionCall, i int) Encoding {
	return Encoding(call.Argument(i).ToInteger())
}

func (b *binding) setup(call goja.FunctionCall) goja.Value {
	b.ctr = call.Argument(0).ToObject(b.vm)
	return goja.Undefined()
}

// fromString(str, enc) returns a new Buffer holding str encoded.
func (b *binding) fromString(call goja.FunctionCall) goja.Value {
	return b.wrap(Encode(asString(call.Argument(0)), encodingArg(call, 1)))
}

// byteLength(str, enc)
func (b *binding) byteLength(call goja.FunctionCall) goja.Value {
	return b.vm.ToValue(ByteLength(asString(call.Argument(0)), encodingArg(call, 1)))
}

// write(buf, str, offset, length, enc) returns the bytes written.
func (b *binding) write(call goja.FunctionCall) goja.Value {
	data := b.bytesOf(call.Argument(0))
	off, n := b.intArg(call, 2), b.intArg(call, 3)
	off = max(0, min(off, len(data)))
	n = max(0, min(n, len(data)-off))
	return b.vm.ToValue(WriteString(data[off:off+n], asString(call.Argument(1)), encodingArg(call, 4)))
}

// slice(buf, enc, start, end) decodes buf[start:end].
func (b *binding) slice(call goja.FunctionCall) goja.Value {
	data := b.bytesOf(call.Argument(0))
	start, end := b.intArg(call, 2), b.intArg(call, 3)
	end = max(0, min(end, len(data)))
	start = max(0, min(start, end))
	return Decode(b.vm, data[start:end], encodingArg(call, 1))
}

func sign(c int) int {
	switch {
	case c < 0:
		return -1
	case c > 0:
		return 1
	}
	return 0
}

// compare(a, b) is -1, 0 or 1.
func (b *binding) compare(call goja.FunctionCall) goja.Value {
	return b.vm.ToValue(bytes.Compare(b.bytesOf(call.Argument(0)), b.bytesOf(call.Argument(1))))
}

// compareRange(source, target, targetStart, sourceStart, targetEnd, sourceEnd)
// compares source[sourceStart:sourceEnd] with target[targetStart:targetEnd].
func (b *binding) compareRange(call goja.FunctionCall) goja.Value {
	src, dst := b.bytesOf(call.Argument(0)), b.bytesOf(call.Argument(1))
	ts, ss, te, se := b.intArg(call, 2), b.intArg(call, 3), b.intArg(call, 4), b.intArg(call, 5)
	if ss > len(src) {
		panic(b.rt.NewNodeError("RangeError", "ERR_OUT_OF_RANGE", `The value of "sourceStart" is out of range.`))
	}
	if ts > len(dst) {
		panic(b.rt.NewNodeError("RangeError", "ERR_OUT_OF_RANGE", `The value of "targetStart" is out of range.`))
	}
	se = min(se, len(src))
	te = min(te, len(dst))
	return b.vm.ToValue(sign(bytes.Compare(src[ss:max(ss, se)], dst[ts:max(ts, te)])))
}

// indexOffset is node's IndexOfOffset: where a search for a needle of
// needleLen bytes in n bytes starts, or -1 if it cannot match.
func indexOffset(n, offset, needleLen int, forward bool) int {
	if offset < 0 {
		if offset+n >= 0 {
			return n + offset
		}
		if forward || needleLen == 0 {
			return 0
		}
		return -1
	}
	if offset+needleLen <= n {
		return offset
	}
	if needleLen == 0 {
		return n
	}
	if forward {
		return -1
	}
	return n - 1
}

// indexOf(buf, needle, byteOffset, enc, forward): needle is a number (byte),
// a string (encoded in enc) or a Uint8Array.
func (b *binding) indexOf(call goja.FunctionCall) goja.Value {
	hay := b.bytesOf(call.Argument(0))
	needleV := call.Argument(1)
	offF := call.Argument(2).ToFloat()
	offset := 0
	if !math.IsNaN(offF) {
		offset = int(max(min(offF, math.MaxInt32), math.MinInt32))
	}
	enc := encodingArg(call, 3)
	forward := call.Argument(4).ToBoolean()
	wide := enc == UTF16LE
	switch v := needleV.(type) {
	case goja.String:
		if wide {
			hay = hay[:len(hay)&^1]
		}
		i, _ := search(hay, Encode(v, enc), offset, forward, wide)
		return b.vm.ToValue(i)
	case *goja.Object:
		i, searched := search(hay, b.bytesOf(v), offset, forward, wide)
		if i < 0 && searched && wide && len(hay)%2 == 1 {
			// node scales the "not found" unit index back to bytes and
			// compares it with the odd byte length, so it reports len-1.
			i = len(hay) - 1
		}
		return b.vm.ToValue(i)
	default:
		c := byte(uint32(needleV.ToInteger()))
		start := indexOffset(len(hay), offset, 1, forward)
		if start < 0 || len(hay) == 0 {
			return b.vm.ToValue(-1)
		}
		if forward {
			if i := bytes.IndexByte(hay[start:], c); i >= 0 {
				return b.vm.ToValue(start + i)
			}
			return b.vm.ToValue(-1)
		}
		return b.vm.ToValue(bytes.LastIndexByte(hay[:start+1], c))
	}
}

// search finds needle in hay from offset as node's IndexOfString and
// IndexOfBuffer do; a wide (UTF-16) search matches only at even positions.
// searched reports whether the scan ran (rather than an early bounds check
// deciding there is no match).
func search(hay, needle []byte, offset int, forward, wide bool) (index int, searched bool) {
	start := indexOffset(len(hay), offset, len(needle), forward)
	if len(needle) == 0 {
		return start, false
	}
	if len(hay) == 0 || start < 0 || len(needle) > len(hay) || (forward && start+len(needle) > len(hay)) {
		return -1, false
	}
	last := min(start, len(hay)-len(needle))
	if !wide {
		if forward {
			if i := bytes.Index(hay[start:], needle); i >= 0 {
				return start + i, true
			}
			return -1, true
		}
		return bytes.LastIndex(hay[:last+len(needle)], needle), true
	}
	if len(hay) < 2 || len(needle) < 2 {
		return -1, false
	}
	needle = needle[:len(needle)&^1]
	if forward {
		for i := start &^ 1; i+len(needle) <= len(hay); i += 2 {
			if bytes.Equal(hay[i:i+len(needle)], needle) {
				return i, true
			}
		}
		return -1, true
	}
	for i := last &^ 1; i >= 0; i -= 2 {
		if bytes.Equal(hay[i:i+len(needle)], needle) {
			return i, true
		}
	}
	return -1, true
}

// fill(buf, value, start, end, enc) fills buf[start:end] with the bytes of
// value (a string in enc, or a Uint8Array) or, for other values, the low byte
// of ToUint32(value). It returns -1 when value has no bytes to fill with.
func (b *binding) fill(call goja.FunctionCall) goja.Value {
	data := b.bytesOf(call.Argument(0))
	start, end := b.intArg(call, 2), b.intArg(call, 3)
	if start < 0 || end > len(data) || start > end {
		return b.vm.ToValue(-2)
	}
	dst := data[start:end]
	var pattern []byte
	switch v := call.Argument(1).(type) {
	case goja.String:
		pattern = Encode(v, encodingArg(call, 4))
	case *goja.Object:
		if _, isView := v.Export().([]byte); isView || isTypedArray(b.vm, v) {
			pattern = append([]byte(nil), b.bytesOf(v)...)
			break
		}
		pattern = []byte{byte(uint32(v.ToInteger()))}
	default:
		pattern = []byte{byte(uint32(v.ToInteger()))}
	}
	if len(pattern) == 0 {
		return b.vm.ToValue(-1)
	}
	if len(dst) == 0 {
		return b.vm.ToValue(0)
	}
	n := copy(dst, pattern)
	for n < len(dst) {
		n += copy(dst[n:], dst[:n])
	}
	return b.vm.ToValue(0)
}

func isTypedArray(vm *goja.Runtime, o *goja.Object) bool {
	var data []byte
	return vm.ExportTo(o, &data) == nil && o.Get("BYTES_PER_ELEMENT") != nil
}

// copy(source, target, targetStart, sourceStart, count) copies bytes with
// memmove semantics.
func (b *binding) copy(call goja.FunctionCall) goja.Value {
	src, dst := b.bytesOf(call.Argument(0)), b.bytesOf(call.Argument(1))
	ts, ss, n := b.intArg(call, 2), b.intArg(call, 3), b.intArg(call, 4)
	return b.vm.ToValue(copy(dst[ts:ts+n], src[ss:ss+n]))
}

// swap(buf, size) reverses the byte order of each size-byte group.
func (b *binding) swap(call goja.FunctionCall) goja.Value {
	data := b.bytesOf(call.Argument(0))
	size := b.intArg(call, 1)
	for i := 0; i+size <= len(data); i += size {
		for l, r := i, i+size-1; l < r; l, r = l+1, r-1 {
			data[l], data[r] = data[r], data[l]
		}
	}
	return call.Argument(0)
}

func (b *binding) isUtf8(call goja.FunctionCall) goja.Value {
	data := b.bytesOf(call.Argument(0))
	for i := 0; i < len(data); {
		if data[i] < 0x80 {
			i++
			continue
		}
		n, ok := utf8Sequence(data[i:])
		if !ok {
			return b.vm.ToValue(false)
		}
		i += n
	}
	return b.vm.ToValue(true)
}

func (b *binding) isAscii(call goja.FunctionCall) goja.Value {
	return b.vm.ToValue(isASCII(b.bytesOf(call.Argument(0))))
}

// concat(list, length) joins the Uint8Arrays of list into a new Buffer of
// length bytes (the sum when undefined); it returns null when an element is
// not a Uint8Array, for buffer.js to report.
func (b *binding) concat(call goja.FunctionCall) goja.Value {
	list := call.Argument(0).ToObject(b.vm)
	n := int(list.Get("length").ToInteger())
	parts := make([][]byte, n)
	total := 0
	for i := range parts {
		o, ok := list.Get(strconv.Itoa(i)).(*goja.Object)
		if !ok || !b.vm.InstanceOf(o, b.u8obj) {
			return goja.Null()
		}
		p, ok := o.Export().([]byte)
		if !ok {
			return goja.Null()
		}
		parts[i] = p
		total += len(p)
	}
	if l := call.Argument(1); !goja.IsUndefined(l) {
		total = int(l.ToInteger())
	}
	out := make([]byte, total)
	pos := 0
	for _, p := range parts {
		pos += copy(out[pos:], p)
	}
	return b.wrap(out)
}

// fromArray(array) copies an array's elements, converted as Uint8Array
// stores do, into a new Buffer.
func (b *binding) fromArray(call goja.FunctionCall) goja.Value {
	arr := call.Argument(0).ToObject(b.vm)
	out := make([]byte, int(arr.Get("length").ToInteger()))
	for i := range out {
		v := arr.Get(strconv.Itoa(i))
		if v == nil {
			continue
		}
		f := v.ToFloat()
		if math.IsNaN(f) || math.IsInf(f, 0) {
			continue
		}
		out[i] = byte(int64(math.Mod(math.Trunc(f), 256)))
	}
	return b.wrap(out)
}
