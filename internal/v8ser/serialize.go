package v8ser

import (
	"encoding/binary"
	"math"
	"math/big"
	"reflect"
	"strings"
	"unicode/utf8"

	"github.com/dop251/goja"

	"github.com/gonode/gonode/internal/jsindex"
)

var (
	typeInt64   = reflect.TypeOf(int64(0))
	typeFloat64 = reflect.TypeOf(float64(0))
	typeBool    = reflect.TypeOf(false)
	typeBigInt  = reflect.TypeOf((*big.Int)(nil))
	typeUint16s = reflect.TypeOf([]uint16(nil))
)

// A Serializer writes one serialization into its buffer (node's
// v8.Serializer with ArrayBufferViews as host objects).
type Serializer struct {
	c     *Codec
	buf   []byte
	start int // where the serialization began in buf (string padding is relative to it)
	ids   map[*goja.Object]uint32
	depth int
	// ChildProcess writes host objects as node's ChildProcessSerializer
	// does: with a leading tag 0 before DefaultSerializer's fields.
	ChildProcess bool
	// ViewsAsHost writes ArrayBufferViews as host objects (node's
	// DefaultSerializer; NewSerializer sets it). Without it they are
	// written in V8's own format: their ArrayBuffer, then a view tag.
	ViewsAsHost bool
	// HostObject, if set, writes a host object's contents after the host
	// tag, instead of DefaultSerializer's layout (node's
	// _writeHostObject). It may call the Write methods.
	HostObject func(o *goja.Object) error
	transfers  map[*goja.Object]uint32
	nums       []goja.Value // scratch for dense arrays
}

// NewSerializer returns a Serializer appending to dst, with views as host
// objects.
func (c *Codec) NewSerializer(dst []byte) *Serializer {
	return &Serializer{c: c, buf: dst, start: len(dst), ViewsAsHost: true}
}

// TransferArrayBuffer makes ab be written as a reference to transfer id.
func (s *Serializer) TransferArrayBuffer(id uint32, ab *goja.Object) {
	if s.transfers == nil {
		s.transfers = make(map[*goja.Object]uint32)
	}
	s.transfers[ab] = id
}

// Release returns the bytes written and empties the Serializer.
func (s *Serializer) Release() []byte {
	b := s.buf
	s.buf, s.start, s.ids = nil, 0, nil
	return b
}

// Bytes returns the buffer: dst followed by what was written.
func (s *Serializer) Bytes() []byte { return s.buf }

// WriteHeader writes the version header (FF 0F).
func (s *Serializer) WriteHeader() { s.buf = append(s.buf, tagVersion, Version) }

// WriteUint32 writes v as a varint.
func (s *Serializer) WriteUint32(v uint32) { s.buf = appendVarint(s.buf, uint64(v)) }

// WriteUint64 writes v as a varint.
func (s *Serializer) WriteUint64(v uint64) { s.buf = appendVarint(s.buf, v) }

// WriteDouble writes f as 8 little-endian bytes.
func (s *Serializer) WriteDouble(f float64) { s.buf = appendDouble(s.buf, f) }

// WriteRawBytes writes b as is.
func (s *Serializer) WriteRawBytes(b []byte) { s.buf = append(s.buf, b...) }

// WriteValue writes v. On error (a *goja.Exception: a value that cannot be
// cloned, or an exception thrown by a getter) the buffer holds a partial
// value.
func (s *Serializer) WriteValue(v goja.Value) error {
	if ex := s.c.vm.Try(func() { s.value(v) }); ex != nil {
		return ex
	}
	return nil
}

// Serialize returns node's v8.serialize(v).
func (c *Codec) Serialize(v goja.Value) ([]byte, error) {
	s := c.takeSerializer(nil)
	defer c.putSerializer(s)
	s.WriteHeader()
	if err := s.WriteValue(v); err != nil {
		return nil, err
	}
	return s.buf, nil
}

// AppendMessage appends the 'advanced' IPC frame of v to dst: a 4-byte
// big-endian length, then what node's ChildProcessSerializer writes (header
// and value). On error dst is returned unchanged.
func (c *Codec) AppendMessage(dst []byte, v goja.Value) ([]byte, error) {
	mark := len(dst)
	s := c.takeSerializer(append(dst, 0, 0, 0, 0))
	defer c.putSerializer(s)
	s.start = mark
	s.ChildProcess = true
	s.WriteHeader()
	if err := s.WriteValue(v); err != nil {
		return dst[:mark], err
	}
	binary.BigEndian.PutUint32(s.buf[mark:], uint32(len(s.buf)-mark-4))
	return s.buf, nil
}

// takeSerializer returns the Codec's spare Serializer (its id map and
// scratch reused; a getter serializing again meanwhile gets a new one).
func (c *Codec) takeSerializer(dst []byte) *Serializer {
	s := c.spare
	if s == nil {
		return c.NewSerializer(dst)
	}
	c.spare = nil
	s.buf, s.start = dst, len(dst)
	return s
}

// putSerializer keeps s for the next takeSerializer.
func (c *Codec) putSerializer(s *Serializer) {
	if len(s.ids) > 1024 {
		s.ids = nil
	}
	clear(s.ids)
	*s = Serializer{c: c, ids: s.ids, nums: s.nums, ViewsAsHost: true}
	c.spare = s
}

func (s *Serializer) value(v goja.Value) {
	switch x := v.(type) {
	case nil:
		s.buf = append(s.buf, tagUndefined)
	case *goja.Object:
		s.object(x)
	case goja.String:
		s.string(x)
	case *goja.Symbol:
		panic(s.c.newError("Symbol(" + x.String() + ") could not be cloned."))
	default:
		switch v.ExportType() {
		case typeInt64:
			s.integer(v.ToInteger())
		case typeFloat64:
			s.number(v.ToFloat())
		case typeBool:
			if v.ToBoolean() {
				s.buf = append(s.buf, tagTrue)
			} else {
				s.buf = append(s.buf, tagFalse)
			}
		case typeBigInt:
			s.buf = append(s.buf, tagBigInt)
			s.bigInt(v.Export().(*big.Int))
		default:
			if goja.IsNull(v) {
				s.buf = append(s.buf, tagNull)
			} else {
				s.buf = append(s.buf, tagUndefined)
			}
		}
	}
}

func (s *Serializer) integer(i int64) {
	if i >= math.MinInt32 && i <= math.MaxInt32 {
		s.buf = appendZigZag(append(s.buf, tagInt32), int32(i))
		return
	}
	s.buf = appendDouble(append(s.buf, tagDouble), float64(i))
}

// isSmi reports whether V8 would hold f as a small integer.
func isSmi(f float64) bool {
	return f >= math.MinInt32 && f <= math.MaxInt32 && f == math.Trunc(f) && !(f == 0 && math.Signbit(f))
}

func (s *Serializer) number(f float64) {
	if isSmi(f) {
		s.buf = appendZigZag(append(s.buf, tagInt32), int32(f))
		return
	}
	s.buf = appendDouble(append(s.buf, tagDouble), f)
}

// bigInt writes V8's BigInt contents: a bitfield (sign, byte length) and
// the magnitude in little-endian 64-bit digits.
func (s *Serializer) bigInt(b *big.Int) {
	n := (b.BitLen() + 63) / 64 * 8
	field := uint64(n) << 1
	if b.Sign() < 0 {
		field |= 1
	}
	s.buf = appendVarint(s.buf, field)
	mag := new(big.Int).Abs(b).Bytes() // big-endian
	for i := len(mag) - 1; i >= 0; i-- {
		s.buf = append(s.buf, mag[i])
	}
	for i := len(mag); i < n; i++ {
		s.buf = append(s.buf, 0)
	}
}

// string writes a JS string as V8 does: one-byte if every code unit is
// below 256, else two-byte (UTF-16LE), padded to an even data offset.
func (s *Serializer) string(str goja.String) {
	rv := reflect.ValueOf(str)
	if rv.Kind() == reflect.String { // goja's ASCII strings
		a := rv.String()
		s.buf = appendVarint(append(s.buf, tagOneByteString), uint64(len(a)))
		s.buf = append(s.buf, a...)
		return
	}
	var units []uint16
	if rv.Kind() == reflect.Slice && rv.Type().ConvertibleTo(typeUint16s) {
		// goja's UTF-16 strings start with a BOM marker unit.
		if u := rv.Convert(typeUint16s).Interface().([]uint16); len(u) == str.Length()+1 {
			units = u[1:]
		}
	}
	if units == nil {
		units = make([]uint16, str.Length())
		for i := range units {
			units[i] = str.CharAt(i)
		}
	}
	s.utf16(units)
}

func (s *Serializer) utf16(units []uint16) {
	oneByte := true
	for _, u := range units {
		if u > 0xff {
			oneByte = false
			break
		}
	}
	if oneByte {
		s.buf = appendVarint(append(s.buf, tagOneByteString), uint64(len(units)))
		for _, u := range units {
			s.buf = append(s.buf, byte(u))
		}
		return
	}
	n := uint64(len(units) * 2)
	if (len(s.buf)-s.start+1+varintLen(n))&1 != 0 {
		s.buf = append(s.buf, tagPadding)
	}
	s.buf = appendVarint(append(s.buf, tagTwoByteString), n)
	for _, u := range units {
		s.buf = append(s.buf, byte(u), byte(u>>8))
	}
}

// goString writes a Go string (UTF-8) as a JS string.
func (s *Serializer) goString(str string) {
	for i := 0; i < len(str); i++ {
		if str[i] >= utf8.RuneSelf {
			s.string(s.c.vm.ToValue(str).(goja.String))
			return
		}
	}
	s.buf = appendVarint(append(s.buf, tagOneByteString), uint64(len(str)))
	s.buf = append(s.buf, str...)
}

func (s *Serializer) object(o *goja.Object) {
	if id, ok := s.ids[o]; ok {
		s.buf = appendVarint(append(s.buf, tagObjectRef), uint64(id))
		return
	}
	if !s.ViewsAsHost && s.c.kindOf(o) == kindView {
		// V8 writes a view's buffer first, before the view gets its id.
		if ab, ok := o.Get("buffer").(*goja.Object); ok {
			s.object(ab)
		}
	}
	if s.ids == nil {
		s.ids = make(map[*goja.Object]uint32)
	}
	s.ids[o] = uint32(len(s.ids))
	if goja.IsCallable(o) {
		panic(s.c.newError(s.c.describe(o, kindPlain) + " could not be cloned."))
	}
	if s.depth++; s.depth > maxDepth {
		panic(s.c.newErrorOf(errRange, "Maximum call stack size exceeded"))
	}
	defer func() { s.depth-- }()
	switch k := s.c.kindOf(o); k {
	case kindPlain:
		s.buf = append(s.buf, tagBeginObject)
		n := s.properties(o, o.Keys(), false)
		s.buf = appendVarint(append(s.buf, tagEndObject), uint64(n))
	case kindArray:
		s.array(o)
	case kindMap:
		s.collection(o, s.c.mapForEach, tagBeginMap, tagEndMap, 2)
	case kindSet:
		s.collection(o, s.c.setForEach, tagBeginSet, tagEndSet, 1)
	case kindDate:
		s.buf = appendDouble(append(s.buf, tagDate), s.c.call(s.c.dateValue, o).ToFloat())
	case kindRegExp:
		s.buf = append(s.buf, tagRegExp)
		s.goString(v8Source(s.c.call(s.c.regexpSource, o).String()))
		s.buf = appendVarint(s.buf, uint64(flagBits(s.c.call(s.c.regexpFlags, o).String())))
	case kindError:
		s.error(o)
	case kindArrayBuffer:
		if id, ok := s.transfers[o]; ok {
			s.buf = appendVarint(append(s.buf, tagArrayBufferTransfer), uint64(id))
			return
		}
		ab := o.Export().(goja.ArrayBuffer)
		if ab.Detached() {
			panic(s.c.newError("An ArrayBuffer is detached and could not be cloned."))
		}
		b := ab.Bytes()
		s.buf = appendVarint(append(s.buf, tagArrayBuffer), uint64(len(b)))
		s.buf = append(s.buf, b...)
	case kindView:
		s.view(o)
	case kindWrapper:
		s.wrapper(o)
	case kindString:
		s.buf = append(s.buf, tagStringObject)
		s.string(s.c.call(s.c.stringValue, o).(goja.String))
	default:
		panic(s.c.newError(s.c.describe(o, k) + " could not be cloned."))
	}
}

// properties writes the key/value pairs of keys (own enumerable string
// keys, in order); array-index keys are written as numbers. skipIndexes
// leaves them out (a dense array's elements). It returns the pair count.
func (s *Serializer) properties(o *goja.Object, keys []string, skipIndexes bool) int {
	n := 0
	for _, k := range keys {
		idx, isIndex := arrayIndex(k)
		if isIndex && skipIndexes {
			continue
		}
		v := o.Get(k)
		if v == nil {
			continue // deleted by a getter
		}
		if isIndex {
			s.integer(int64(idx))
		} else {
			s.goString(k)
		}
		s.value(v)
		n++
	}
	return n
}

func (s *Serializer) array(o *goja.Object) {
	length := o.Get("length").ToInteger()
	els := s.nums[:0]
	dense := length <= 1<<24
	allNumbers, anyDouble := true, false
	for i := int64(0); dense && i < length; i++ {
		v := o.Get(jsindex.Name(int(i)))
		if v == nil {
			dense = false
			break
		}
		switch v.ExportType() {
		case typeInt64:
			if n := v.ToInteger(); n < math.MinInt32 || n > math.MaxInt32 {
				anyDouble = true
			}
		case typeFloat64:
			if !isSmi(v.ToFloat()) {
				anyDouble = true
			}
		default:
			allNumbers = false
		}
		els = append(els, v)
	}
	s.nums = nil // nested arrays must not share it
	if !dense {
		s.buf = appendVarint(append(s.buf, tagBeginSparse), uint64(length))
		n := s.properties(o, o.Keys(), false)
		s.buf = appendVarint(append(s.buf, tagEndSparse), uint64(n))
		s.buf = appendVarint(s.buf, uint64(length))
		return
	}
	s.buf = appendVarint(append(s.buf, tagBeginDense), uint64(length))
	for _, v := range els {
		if allNumbers && anyDouble {
			s.buf = appendDouble(append(s.buf, tagDouble), v.ToFloat())
		} else {
			s.value(v)
		}
	}
	clear(els)
	s.nums = els[:0]
	n := 0
	if !s.c.onlyLength(o) {
		if keys := o.Keys(); len(keys) > int(length) {
			n = s.properties(o, keys, true)
		}
	}
	s.buf = appendVarint(append(s.buf, tagEndDense), uint64(n))
	s.buf = appendVarint(s.buf, uint64(length))
}

func (s *Serializer) collection(o *goja.Object, forEach goja.Callable, begin, end byte, per int) {
	var items []goja.Value // copied first, as V8 does: the writes may run getters
	collect := s.c.vm.ToValue(func(call goja.FunctionCall) goja.Value {
		if per == 2 {
			items = append(items, call.Argument(1), call.Argument(0))
		} else {
			items = append(items, call.Argument(0))
		}
		return goja.Undefined()
	})
	if _, err := forEach(o, collect); err != nil {
		panic(err)
	}
	s.buf = append(s.buf, begin)
	for _, v := range items {
		s.value(v)
	}
	s.buf = appendVarint(append(s.buf, end), uint64(len(items)))
}

func flagBits(flags string) uint32 {
	var bits uint32
	for i := 0; i < len(flags); i++ {
		for _, f := range regexpFlags {
			if f.char == flags[i] {
				bits |= f.bit
			}
		}
	}
	return bits
}

// errorTags maps an error's name to its prototype tag.
var errorTags = map[string]byte{
	"EvalError": errTagEval, "RangeError": errTagRange, "ReferenceError": errTagReference,
	"SyntaxError": errTagSyntax, "TypeError": errTagType, "URIError": errTagURI,
}

func (s *Serializer) error(o *goja.Object) {
	message := s.ownData(o, "message")
	cause := s.ownData(o, "cause")
	s.buf = append(s.buf, tagError)
	name := o.Get("name")
	if name == nil {
		name = goja.Undefined()
	}
	if t, ok := errorTags[name.String()]; ok {
		s.buf = append(s.buf, t)
	}
	if message != nil {
		s.buf = append(s.buf, errTagMessage)
		s.string(message.ToString().(goja.String))
	}
	if cause != nil {
		s.buf = append(s.buf, errTagCause)
		s.value(cause)
	}
	if stack, ok := o.Get("stack").(goja.String); ok {
		s.buf = append(s.buf, errTagStack)
		s.string(stack)
	}
	s.buf = append(s.buf, errTagEnd)
}

// ownData returns the value of o's own data property name, or nil.
func (s *Serializer) ownData(o *goja.Object, name string) goja.Value {
	d, ok := s.c.call(s.c.getOwnPropertyDescriptor, s.c.objectObj, o, s.c.vm.ToValue(name)).(*goja.Object)
	if !ok {
		return nil
	}
	for _, k := range d.Keys() {
		if k == "value" {
			return d.Get("value")
		}
	}
	return nil
}

func (s *Serializer) wrapper(o *goja.Object) {
	switch x := o.Export().(type) {
	case bool:
		if x {
			s.buf = append(s.buf, tagTrueObject)
		} else {
			s.buf = append(s.buf, tagFalseObject)
		}
	case int64:
		s.buf = appendDouble(append(s.buf, tagNumberObject), float64(x))
	case float64:
		s.buf = appendDouble(append(s.buf, tagNumberObject), x)
	case *big.Int:
		s.buf = append(s.buf, tagBigIntObject)
		s.bigInt(x)
	default:
		panic(s.c.newError("[object Symbol] could not be cloned."))
	}
}

// view writes a typed array or DataView: as a host object (through
// HostObject, or as node's DefaultSerializer writes it), or in V8's own
// format.
func (s *Serializer) view(o *goja.Object) {
	if !s.ViewsAsHost {
		s.nativeView(o)
		return
	}
	if s.HostObject != nil {
		s.buf = append(s.buf, tagHostObject)
		if err := s.HostObject(o); err != nil {
			panic(err)
		}
		return
	}
	index := dataViewTypeIndex
	if name, ok := s.c.call(s.c.typedArrayTag, o).(goja.String); ok {
		index = -1
		if s.c.buffer != nil && o.Get("constructor") == goja.Value(s.c.buffer) {
			index = bufferTypeIndex
		} else {
			for i, t := range viewTypes {
				if t.name == name.String() && i != bufferTypeIndex {
					index = i
				}
			}
		}
		if index < 0 {
			panic(s.c.newError("Unserializable host object: " + name.String()))
		}
	}
	var b []byte
	if err := s.c.vm.ExportTo(o, &b); err != nil {
		panic(err)
	}
	s.buf = append(s.buf, tagHostObject)
	if s.ChildProcess {
		s.buf = appendVarint(s.buf, hostViewTag)
	}
	s.buf = appendVarint(s.buf, uint64(index))
	s.buf = appendVarint(s.buf, uint64(len(b)))
	s.buf = append(s.buf, b...)
}

// nativeView writes V8's view tag for o (its buffer was written just
// before): type, byte offset, byte length, flags.
func (s *Serializer) nativeView(o *goja.Object) {
	sub := byte('?')
	if name, ok := s.c.call(s.c.typedArrayTag, o).(goja.String); ok {
		for i, t := range viewTypes {
			if t.name == name.String() && i != bufferTypeIndex {
				sub = nativeViewTags[i]
			}
		}
	}
	s.buf = append(s.buf, tagArrayBufferVw, sub)
	s.buf = appendVarint(s.buf, uint64(o.Get("byteOffset").ToInteger()))
	s.buf = appendVarint(s.buf, uint64(o.Get("byteLength").ToInteger()))
	s.buf = appendVarint(s.buf, 0)
}

// call calls fn with this and args, rethrowing its exception.
func (c *Codec) call(fn goja.Callable, this goja.Value, args ...goja.Value) goja.Value {
	v, err := fn(this, args...)
	if err != nil {
		panic(err)
	}
	return v
}

// describe renders o for a "could not be cloned" message as V8 does:
// a function's source, else #<Constructor name>, else [object Tag].
func (c *Codec) describe(o *goja.Object, k kind) string {
	if goja.IsCallable(o) && k != kindProxy {
		if src, err := c.fnToString(o); err == nil {
			return src.String()
		}
	}
	if k == kindProxy {
		return "#<Object>"
	}
	var ctor goja.Value
	_ = c.vm.Try(func() { ctor = o.Get("constructor") })
	if f, ok := ctor.(*goja.Object); ok {
		if goja.IsCallable(f) {
			if name := f.Get("name"); name != nil && name.String() != "" {
				return "#<" + name.String() + ">"
			}
		}
	}
	tag := o.ClassName()
	if t, ok := o.GetSymbol(goja.SymToStringTag).(goja.String); ok {
		tag = t.String()
	}
	return "[object " + tag + "]"
}

// v8Source turns goja's escaped RegExp source into V8's: goja escapes an
// unescaped '/' as \u002f where V8 writes \/ (the same pattern).
func v8Source(src string) string {
	const gojaSlash = `\u002f`
	if !strings.Contains(src, gojaSlash) {
		return src
	}
	var b strings.Builder
	for i := 0; i < len(src); i++ {
		if src[i] == '\\' {
			if strings.HasPrefix(src[i:], gojaSlash) {
				b.WriteString(`\/`)
				i += len(gojaSlash) - 1
				continue
			}
			b.WriteByte(src[i])
			if i+1 < len(src) {
				i++
				b.WriteByte(src[i])
			}
			continue
		}
		b.WriteByte(src[i])
	}
	return b.String()
}
