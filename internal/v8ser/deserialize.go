package v8ser

import (
	"encoding/binary"
	"math/big"
	"strconv"
	"unicode/utf8"

	"github.com/dop251/goja"
)

// Messages of V8's deserialization errors.
const (
	msgDeserialize = "Unable to deserialize cloned data."
	msgVersion     = "Unable to deserialize cloned data due to invalid or unsupported version."
)

// A Deserializer reads one serialization (node's v8.Deserializer, with
// DefaultDeserializer's host objects).
type Deserializer struct {
	c       *Codec
	r       reader
	version uint32
	objs    []*goja.Object
	depth   int
	// ChildProcess reads host objects as node's ChildProcessDeserializer.
	ChildProcess bool
	// HostObject, if set, reads a host object's contents after the host
	// tag (node's _readHostObject); it may call the Read methods.
	HostObject func() (*goja.Object, error)
	transfers  map[uint32]*goja.Object
}

// TransferArrayBuffer makes transfer id read as ab.
func (d *Deserializer) TransferArrayBuffer(id uint32, ab *goja.Object) {
	if d.transfers == nil {
		d.transfers = make(map[uint32]*goja.Object)
	}
	d.transfers[id] = ab
}

// NewDeserializer returns a Deserializer over data, which it does not
// modify or keep past the values it returns.
func (c *Codec) NewDeserializer(data []byte) *Deserializer {
	return &Deserializer{c: c, r: reader{data: data}}
}

// minVersion is the oldest format V8's public API reads without legacy
// support (node does not enable it): data without a header is refused.
const minVersion = 13

// ReadHeader reads the version header; a missing or unsupported one is an
// error, as with node.
func (d *Deserializer) ReadHeader() error {
	v, err := d.r.header()
	if err != nil || v < minVersion {
		return d.c.exception(msgVersion)
	}
	d.version = v
	return nil
}

// WireFormatVersion is the version read by ReadHeader.
func (d *Deserializer) WireFormatVersion() uint32 { return d.version }

// ReadUint32 reads a varint.
func (d *Deserializer) ReadUint32() (uint32, bool) { return d.r.uint32() }

// ReadUint64 reads a varint.
func (d *Deserializer) ReadUint64() (uint64, bool) { return d.r.varint(64) }

// ReadDouble reads 8 little-endian bytes.
func (d *Deserializer) ReadDouble() (float64, bool) { return d.r.double() }

// ReadRawBytes reads n bytes; the slice aliases the input.
func (d *Deserializer) ReadRawBytes(n int) ([]byte, bool) { return d.r.bytes(uint64(n)) }

// Offset is the read position in the input.
func (d *Deserializer) Offset() int { return d.r.pos }

// ReadValue reads one value. Malformed input gives an Error "Unable to
// deserialize cloned data." as a *goja.Exception.
func (d *Deserializer) ReadValue() (goja.Value, error) {
	var v goja.Value
	ok := false
	if ex := d.c.vm.Try(func() { v, ok = d.value() }); ex != nil {
		return nil, ex
	}
	if !ok {
		return nil, d.c.exception(msgDeserialize)
	}
	return v, nil
}

// Deserialize returns node's v8.deserialize(data).
func (c *Codec) Deserialize(data []byte) (goja.Value, error) {
	d := c.NewDeserializer(data)
	if err := d.ReadHeader(); err != nil {
		return nil, err
	}
	return d.ReadValue()
}

// DecodeMessage decodes the payload of an 'advanced' IPC frame (without
// its length prefix) as node's ChildProcessDeserializer.
func (c *Codec) DecodeMessage(payload []byte) (goja.Value, error) {
	d := c.NewDeserializer(payload)
	d.ChildProcess = true
	if err := d.ReadHeader(); err != nil {
		return nil, err
	}
	return d.ReadValue()
}

// exception returns an Error with msg as a *goja.Exception.
func (c *Codec) exception(msg string) error { return c.throw(c.newError(msg)) }

func (d *Deserializer) add(o *goja.Object) uint32 {
	d.objs = append(d.objs, o)
	return uint32(len(d.objs) - 1)
}

// reserve allocates the next object id, to be filled by set.
func (d *Deserializer) reserve() uint32 { return d.add(nil) }

func (d *Deserializer) set(id uint32, o *goja.Object) { d.objs[id] = o }

// value reads one value; false means malformed input.
func (d *Deserializer) value() (goja.Value, bool) {
	if d.depth++; d.depth > maxDepth {
		panic(d.c.newErrorOf(errRange, "Maximum call stack size exceeded"))
	}
	defer func() { d.depth-- }()
	v, ok := d.valueInner()
	if ok {
		if ab, isAB := v.(*goja.Object); isAB && d.c.kindOf(ab) == kindArrayBuffer {
			if t, _ := d.r.peek(); t == tagArrayBufferVw {
				d.r.tag()
				return d.arrayBufferView(ab)
			}
		}
	}
	return v, ok
}

func (d *Deserializer) valueInner() (goja.Value, bool) {
	vm := d.c.vm
	t, ok := d.r.tag()
	if !ok {
		return nil, false
	}
	switch t {
	case tagVerifyCount:
		if _, ok := d.r.uint32(); !ok {
			return nil, false
		}
		return d.value()
	case tagUndefined:
		return goja.Undefined(), true
	case tagNull:
		return goja.Null(), true
	case tagTrue:
		return vm.ToValue(true), true
	case tagFalse:
		return vm.ToValue(false), true
	case tagInt32:
		u, ok := d.r.uint32()
		return vm.ToValue(int64(int32(u>>1) ^ -int32(u&1))), ok
	case tagUint32:
		u, ok := d.r.uint32()
		return vm.ToValue(int64(u)), ok
	case tagDouble:
		f, ok := d.r.double()
		return vm.ToValue(f), ok
	case tagBigInt:
		b, ok := d.bigInt()
		if !ok {
			return nil, false
		}
		return vm.ToValue(b), true
	case tagUTF8String, tagOneByteString, tagTwoByteString:
		return d.stringBody(t)
	case tagObjectRef:
		id, ok := d.r.uint32()
		if !ok || uint64(id) >= uint64(len(d.objs)) || d.objs[id] == nil {
			return nil, false
		}
		return d.objs[id], true
	case tagBeginObject:
		o := vm.NewObject()
		d.add(o)
		n, ok := d.properties(o, tagEndObject)
		if !ok {
			return nil, false
		}
		want, ok := d.r.uint32()
		return o, ok && want == n
	case tagBeginSparse:
		length, ok := d.r.uint32()
		if !ok {
			return nil, false
		}
		a := vm.NewArray()
		_ = a.Set("length", int64(length))
		d.add(a)
		return a, d.arrayEnd(a, tagEndSparse, length)
	case tagBeginDense:
		return d.denseArray()
	case tagDate:
		f, ok := d.r.double()
		if !ok {
			return nil, false
		}
		o, err := vm.New(d.c.dateObj, vm.ToValue(f))
		if err != nil {
			panic(err)
		}
		d.add(o)
		return o, true
	case tagTrueObject, tagFalseObject, tagNumberObject, tagBigIntObject, tagStringObject:
		return d.wrapper(t)
	case tagRegExp:
		return d.regexp()
	case tagBeginMap:
		return d.collection(d.c.mapObj, d.c.mapSet, tagEndMap, 2)
	case tagBeginSet:
		return d.collection(d.c.setObj, d.c.setAdd, tagEndSet, 1)
	case tagArrayBuffer:
		id := d.reserve()
		b, ok := d.r.prefixed()
		if !ok {
			return nil, false
		}
		o := vm.ToValue(vm.NewArrayBuffer(append([]byte(nil), b...))).(*goja.Object)
		d.set(id, o)
		return o, true
	case tagArrayBufferTransfer:
		id := d.reserve()
		tid, ok := d.r.uint32()
		ab := d.transfers[tid]
		if !ok || ab == nil {
			return nil, false
		}
		d.set(id, ab)
		return ab, true
	case tagError:
		return d.error()
	case tagHostObject:
		return d.hostObject()
	}
	return nil, false
}

// stringValue reads a string value (a tag then its body).
func (d *Deserializer) stringValue() (goja.Value, bool) {
	v, ok := d.value()
	if !ok || !goja.IsString(v) {
		return nil, false
	}
	return v, true
}

func (d *Deserializer) stringBody(t byte) (goja.Value, bool) {
	b, ok := d.r.prefixed()
	if !ok {
		return nil, false
	}
	switch t {
	case tagUTF8String:
		if !utf8.Valid(b) {
			return d.c.vm.ToValue(string([]rune(string(b)))), true
		}
		return d.c.vm.ToValue(string(b)), true
	case tagOneByteString:
		return latin1(d.c.vm, b), true
	}
	if len(b)%2 != 0 {
		return nil, false
	}
	units := make([]uint16, len(b)/2)
	for i := range units {
		units[i] = binary.LittleEndian.Uint16(b[2*i:])
	}
	return goja.StringFromUTF16(units), true
}

// latin1 makes a JS string of Latin-1 bytes.
func latin1(vm *goja.Runtime, b []byte) goja.Value {
	for _, c := range b {
		if c >= utf8.RuneSelf {
			out := make([]byte, 0, len(b)+8)
			for _, c := range b {
				out = utf8.AppendRune(out, rune(c))
			}
			return vm.ToValue(string(out))
		}
	}
	return vm.ToValue(string(b))
}

func (d *Deserializer) bigInt() (*big.Int, bool) {
	field, ok := d.r.uint32()
	if !ok {
		return nil, false
	}
	n := uint64(field>>1) & (bigIntMaxBytes - 1)
	b, ok := d.r.bytes(n)
	if !ok {
		return nil, false
	}
	be := make([]byte, len(b))
	for i, c := range b {
		be[len(b)-1-i] = c
	}
	v := new(big.Int).SetBytes(be)
	if field&1 != 0 {
		v.Neg(v)
	}
	return v, true
}

// properties reads key/value pairs into o until end; it returns their
// count.
func (d *Deserializer) properties(o *goja.Object, end byte) (uint32, bool) {
	var n uint32
	for ; ; n++ {
		t, ok := d.r.peek()
		if !ok {
			return 0, false
		}
		if t == end {
			d.r.tag()
			return n, true
		}
		k, ok := d.value()
		if !ok {
			return 0, false
		}
		var key string
		switch {
		case goja.IsString(k):
			key = k.String()
			if s, isStr := k.(goja.String); isStr && hasSurrogates(s) {
				v, ok := d.value()
				if !ok {
					return 0, false
				}
				d.defineUTF16(o, k, v)
				continue
			}
		case goja.IsNumber(k):
			key = k.String()
		default:
			return 0, false
		}
		v, ok := d.value()
		if !ok {
			return 0, false
		}
		if err := o.DefineDataProperty(key, v, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE); err != nil {
			return 0, false
		}
	}
}

// hasSurrogates reports whether s holds a lone surrogate, which a Go string
// key cannot express.
func hasSurrogates(s goja.String) bool {
	for i := 0; i < s.Length(); i++ {
		if c := s.CharAt(i); c >= 0xd800 && c < 0xe000 {
			if c < 0xdc00 && i+1 < s.Length() {
				if n := s.CharAt(i + 1); n >= 0xdc00 && n < 0xe000 {
					i++
					continue
				}
			}
			return true
		}
	}
	return false
}

// defineUTF16 defines a property whose name holds lone surrogates, which
// goja's Go API cannot name. Rare, so it goes through JS.
func (d *Deserializer) defineUTF16(o *goja.Object, key, v goja.Value) {
	desc := d.c.vm.NewObject()
	for _, k := range [...]string{"writable", "enumerable", "configurable"} {
		_ = desc.Set(k, true)
	}
	_ = desc.Set("value", v)
	d.c.call(d.c.defineProperty, d.c.objectObj, o, key, desc)
}

// arrayEnd reads an array's properties and its end fields.
func (d *Deserializer) arrayEnd(a *goja.Object, end byte, length uint32) bool {
	n, ok := d.properties(a, end)
	if !ok {
		return false
	}
	want, ok1 := d.r.uint32()
	wantLen, ok2 := d.r.uint32()
	return ok1 && ok2 && want == n && wantLen == length
}

func (d *Deserializer) denseArray() (goja.Value, bool) {
	length, ok := d.r.uint32()
	if !ok || uint64(length) > uint64(len(d.r.data)-d.r.pos) {
		return nil, false
	}
	a := d.c.vm.NewArray()
	d.add(a)
	for i := uint32(0); i < length; i++ {
		if t, _ := d.r.peek(); t == tagHole {
			d.r.tag()
			continue
		}
		v, ok := d.value()
		if !ok {
			return nil, false
		}
		_ = a.DefineDataProperty(strconv.FormatUint(uint64(i), 10), v, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
	}
	_ = a.Set("length", int64(length))
	return a, d.arrayEnd(a, tagEndDense, length)
}

func (d *Deserializer) wrapper(t byte) (goja.Value, bool) {
	vm := d.c.vm
	id := d.reserve()
	var o *goja.Object
	var err error
	switch t {
	case tagTrueObject, tagFalseObject:
		o, err = vm.New(d.c.boolObj, vm.ToValue(t == tagTrueObject))
	case tagNumberObject:
		f, ok := d.r.double()
		if !ok {
			return nil, false
		}
		o, err = vm.New(d.c.numberObj, vm.ToValue(f))
	case tagBigIntObject:
		b, ok := d.bigInt()
		if !ok {
			return nil, false
		}
		o = vm.ToValue(b).ToObject(vm)
	default:
		s, ok := d.stringValue()
		if !ok {
			return nil, false
		}
		o, err = vm.New(d.c.stringObj, s)
	}
	if err != nil {
		panic(err)
	}
	d.set(id, o)
	return o, true
}

func (d *Deserializer) regexp() (goja.Value, bool) {
	id := d.reserve()
	src, ok := d.stringValue()
	if !ok {
		return nil, false
	}
	bits, ok := d.r.uint32()
	if !ok || bits&^regexpFlagsMask != 0 || bits&regexpFlagLinear != 0 {
		return nil, false
	}
	var flags []byte
	for _, f := range regexpFlags {
		if bits&f.bit != 0 {
			flags = append(flags, f.char)
		}
	}
	o, err := d.c.vm.New(d.c.regexpObj, src, d.c.vm.ToValue(string(flags)))
	if err != nil {
		return nil, false
	}
	d.set(id, o)
	return o, true
}

func (d *Deserializer) collection(ctor *goja.Object, add goja.Callable, end byte, per uint32) (goja.Value, bool) {
	o, err := d.c.vm.New(ctor)
	if err != nil {
		panic(err)
	}
	d.add(o)
	var n uint32
	for {
		t, ok := d.r.peek()
		if !ok {
			return nil, false
		}
		if t == end {
			d.r.tag()
			break
		}
		args := make([]goja.Value, per)
		for i := range args {
			if args[i], ok = d.value(); !ok {
				return nil, false
			}
		}
		d.c.call(add, o, args...)
		n += per
	}
	want, ok := d.r.uint32()
	return o, ok && want == n
}

func (d *Deserializer) error() (goja.Value, bool) {
	vm := d.c.vm
	id := d.reserve()
	ctor := d.c.errors[errPlain]
	var message, cause, stack goja.Value
	for {
		t, ok := d.r.varint(8)
		if !ok {
			return nil, false
		}
		switch byte(t) {
		case errTagEval, errTagRange, errTagReference, errTagSyntax, errTagType, errTagURI:
			ctor = d.c.errors[errorKinds[byte(t)]]
		case errTagMessage:
			if message, ok = d.stringValue(); !ok {
				return nil, false
			}
		case errTagCause:
			if cause, ok = d.value(); !ok {
				return nil, false
			}
		case errTagStack:
			if stack, ok = d.stringValue(); !ok {
				return nil, false
			}
		case errTagEnd:
			var args []goja.Value
			if message != nil || cause != nil {
				if message == nil {
					message = goja.Undefined()
				}
				args = append(args, message)
			}
			if cause != nil {
				opts := vm.NewObject()
				_ = opts.Set("cause", cause)
				args = append(args, opts)
			}
			o, err := vm.New(ctor, args...)
			if err != nil {
				panic(err)
			}
			if stack == nil {
				stack = goja.Undefined()
			}
			_ = o.DefineDataProperty("stack", stack, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
			d.set(id, o)
			return o, true
		default:
			return nil, false
		}
	}
}

func (d *Deserializer) hostObject() (goja.Value, bool) {
	id := d.reserve()
	if d.HostObject != nil {
		o, err := d.HostObject()
		if err != nil {
			panic(err)
		}
		d.set(id, o)
		return o, true
	}
	if d.ChildProcess {
		tag, ok := d.r.uint32()
		if !ok {
			return nil, false
		}
		if tag == hostCopyTag {
			v, ok := d.value()
			if o, isObj := v.(*goja.Object); ok && isObj {
				d.set(id, o)
			}
			return v, ok
		}
		if tag != hostViewTag {
			return nil, false
		}
	}
	index, ok1 := d.r.uint32()
	n, ok2 := d.r.uint32()
	if !ok1 || !ok2 || int(index) >= len(viewTypes) {
		return nil, false
	}
	b, ok := d.r.bytes(uint64(n))
	if !ok || len(b)%viewTypes[index].size != 0 {
		return nil, false
	}
	vm := d.c.vm
	ab := vm.ToValue(vm.NewArrayBuffer(append([]byte(nil), b...)))
	args := []goja.Value{ab}
	o, err := vm.New(d.c.views[index], args...)
	if err != nil {
		panic(err)
	}
	if index == bufferTypeIndex && d.c.bufProto != nil {
		_ = o.SetPrototype(d.c.bufProto)
	}
	d.set(id, o)
	return o, true
}

// arrayBufferView reads V8's own view format (tag 'V', written when views
// are not host objects) over ab.
func (d *Deserializer) arrayBufferView(ab *goja.Object) (goja.Value, bool) {
	sub, ok := d.r.varint(8)
	if !ok {
		return nil, false
	}
	off, ok1 := d.r.uint32()
	n, ok2 := d.r.uint32()
	if !ok1 || !ok2 {
		return nil, false
	}
	if d.version >= 14 {
		if _, ok := d.r.uint32(); !ok {
			return nil, false
		}
	}
	size := len(ab.Export().(goja.ArrayBuffer).Bytes())
	if uint64(off)+uint64(n) > uint64(size) {
		return nil, false
	}
	index := -1
	for i, t := range nativeViewTags {
		if t == byte(sub) {
			index = i
		}
	}
	if index < 0 || int(off)%viewTypes[index].size != 0 || int(n)%viewTypes[index].size != 0 {
		return nil, false
	}
	vm := d.c.vm
	length := int64(n) / int64(viewTypes[index].size)
	if index == dataViewTypeIndex {
		length = int64(n)
	}
	o, err := vm.New(d.c.views[index], ab, vm.ToValue(int64(off)), vm.ToValue(length))
	if err != nil {
		panic(err)
	}
	d.add(o)
	return o, true
}

// nativeViewTags are V8's ArrayBufferViewTag values, by node type index
// (index 10, Buffer, has none).
var nativeViewTags = [...]byte{'b', 'B', 'C', 'w', 'W', 'd', 'D', 'f', 'F', '?', 0xff, 'q', 'Q'}
