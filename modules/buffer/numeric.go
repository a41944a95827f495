package buffer

import (
	"math"
	"math/big"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/internal/nativefunc"
)

// Fast paths for the numeric read/write methods of Buffer.prototype. Each
// handles the common valid call in Go; anything unusual (a non-number
// offset, out-of-bounds access, a value out of range) is handed to the
// JavaScript implementation it replaces, which throws node's errors.

type numKind int

const (
	kUint numKind = iota
	kInt
	kFloat
	kBigUint
	kBigInt
)

type numMethod struct {
	kind   numKind
	size   int // 0: variable (readUIntLE(offset, byteLength) and friends)
	little bool
	write  bool
	// names are the prototype's keys for the method, aliases sharing one
	// function (readUInt8 and readUint8); fnName is that function's name,
	// which is node's (readFloatLE is readFloatForwards there).
	names  []string
	fnName string
}

func numMethods() []numMethod {
	var m []numMethod
	add := func(kind numKind, size int, write bool, names ...string) {
		n := names[0]
		little := len(n) < 2 || n[len(n)-2:] != "BE"
		fnName := n
		if kind == kFloat && little {
			fnName = n[:len(n)-2] + "Forwards"
		} else if kind == kFloat {
			fnName = n[:len(n)-2] + "Backwards"
		}
		m = append(m, numMethod{kind: kind, size: size, little: little, write: write, names: names, fnName: fnName})
	}
	add(kUint, 1, false, "readUInt8", "readUint8")
	add(kInt, 1, false, "readInt8")
	add(kUint, 1, true, "writeUInt8", "writeUint8")
	add(kInt, 1, true, "writeInt8")
	for _, e := range []string{"LE", "BE"} {
		for _, w := range []struct {
			size int
			bits string
		}{{2, "16"}, {4, "32"}} {
			add(kUint, w.size, false, "readUInt"+w.bits+e, "readUint"+w.bits+e)
			add(kInt, w.size, false, "readInt"+w.bits+e)
			add(kUint, w.size, true, "writeUInt"+w.bits+e, "writeUint"+w.bits+e)
			add(kInt, w.size, true, "writeInt"+w.bits+e)
		}
		add(kFloat, 4, false, "readFloat"+e)
		add(kFloat, 8, false, "readDouble"+e)
		add(kFloat, 4, true, "writeFloat"+e)
		add(kFloat, 8, true, "writeDouble"+e)
		add(kBigUint, 8, false, "readBigUInt64"+e, "readBigUint64"+e)
		add(kBigInt, 8, false, "readBigInt64"+e)
		add(kBigUint, 8, true, "writeBigUInt64"+e, "writeBigUint64"+e)
		add(kBigInt, 8, true, "writeBigInt64"+e)
		add(kUint, 0, false, "readUInt"+e, "readUint"+e)
		add(kInt, 0, false, "readInt"+e)
		add(kUint, 0, true, "writeUInt"+e, "writeUint"+e)
		add(kInt, 0, true, "writeInt"+e)
	}
	return m
}

// installNumeric replaces the numeric methods of proto with Go fast paths
// that fall back to the original (JavaScript) methods.
func (b *binding) installNumeric(call goja.FunctionCall) goja.Value {
	proto := call.Argument(0).ToObject(b.vm)
	for _, m := range numMethods() {
		orig := proto.Get(m.names[0])
		slow, ok := goja.AssertFunction(orig)
		if !ok {
			continue
		}
		length := int(orig.ToObject(b.vm).Get("length").ToInteger())
		fn := nativefunc.Named(b.vm, m.fnName, length, b.numericMethod(m, slow))
		for _, name := range m.names {
			_ = proto.Set(name, fn)
		}
	}
	return goja.Undefined()
}

// intIndex returns v as an integer if it is a number with an integral value.
func intIndex(v goja.Value, dflt int) (int, bool) {
	if v == nil || goja.IsUndefined(v) {
		return dflt, true
	}
	switch x := v.Export().(type) {
	case int64:
		return int(x), true
	case float64:
		if x == math.Trunc(x) && !math.IsInf(x, 0) {
			return int(x), true
		}
	}
	return 0, false
}

func numberOf(v goja.Value) (float64, bool) {
	switch x := v.Export().(type) {
	case int64:
		return float64(x), true
	case float64:
		return x, true
	}
	return 0, false
}

func (b *binding) numericMethod(m numMethod, slow goja.Callable) func(goja.FunctionCall) goja.Value {
	fallback := func(call goja.FunctionCall) goja.Value {
		v, err := slow(call.This, call.Arguments...)
		if err != nil {
			panic(err)
		}
		return v
	}
	offArg := 0
	if m.write {
		offArg = 1
	}
	return func(call goja.FunctionCall) goja.Value {
		o, ok := call.This.(*goja.Object)
		if !ok {
			return fallback(call)
		}
		data, ok := o.Export().([]byte)
		if !ok {
			return fallback(call)
		}
		size := m.size
		dflt := 0
		if size == 0 {
			n, ok := intIndex(call.Argument(offArg+1), -1)
			if !ok || n < 1 || n > 6 {
				return fallback(call)
			}
			size = n
			dflt = -1 // the offset is required
		}
		off, ok := intIndex(call.Argument(offArg), dflt)
		if !ok || off < 0 || off+size > len(data) {
			return fallback(call)
		}
		p := data[off : off+size]
		if m.write {
			if !b.writeNumber(p, m, call.Argument(0)) {
				return fallback(call)
			}
			return b.vm.ToValue(off + size)
		}
		return b.readNumber(p, m)
	}
}

func (b *binding) readNumber(p []byte, m numMethod) goja.Value {
	switch m.kind {
	case kFloat:
		if len(p) == 4 {
			return b.vm.ToValue(float64(math.Float32frombits(uint32(readUint(p, m.little)))))
		}
		return b.vm.ToValue(math.Float64frombits(readUint(p, m.little)))
	case kBigUint:
		return b.vm.ToValue(new(big.Int).SetUint64(readUint(p, m.little)))
	case kBigInt:
		return b.vm.ToValue(big.NewInt(int64(readUint(p, m.little))))
	}
	v := readUint(p, m.little)
	if m.kind == kInt {
		shift := 64 - 8*uint(len(p))
		return b.vm.ToValue(int64(v<<shift) >> shift)
	}
	return b.vm.ToValue(int64(v))
}

func readUint(p []byte, little bool) uint64 {
	var v uint64
	for i := range p {
		j := i
		if little {
			j = len(p) - 1 - i
		}
		v = v<<8 | uint64(p[j])
	}
	return v
}

func putUint(p []byte, v uint64, little bool) {
	for i := range p {
		j := len(p) - 1 - i
		if little {
			j = i
		}
		p[j] = byte(v >> (8 * uint(i)))
	}
}

// writeNumber stores value into p; it reports false when the JavaScript
// implementation must decide (wrong type or out of range).
func (b *binding) writeNumber(p []byte, m numMethod, value goja.Value) bool {
	switch m.kind {
	case kBigUint, kBigInt:
		n, ok := value.Export().(*big.Int)
		if !ok {
			return false
		}
		if m.kind == kBigUint {
			if n.Sign() < 0 || n.BitLen() > 64 {
				return false
			}
			putUint(p, n.Uint64(), m.little)
			return true
		}
		if !n.IsInt64() {
			return false
		}
		putUint(p, uint64(n.Int64()), m.little)
		return true
	}
	v, ok := numberOf(value)
	if !ok {
		return false
	}
	if m.kind == kFloat {
		if len(p) == 4 {
			bits := math.Float32bits(float32(v))
			if v != v {
				bits = 0x7fc00000
			}
			putUint(p, uint64(bits), m.little)
			return true
		}
		bits := math.Float64bits(v)
		if v != v {
			bits = 0x7ff8000000000000
		}
		putUint(p, bits, m.little)
		return true
	}
	bits := 8 * len(p)
	lo, hi := 0.0, math.Ldexp(1, bits)-1
	if m.kind == kInt {
		lo, hi = -math.Ldexp(1, bits-1), math.Ldexp(1, bits-1)-1
	}
	if v > hi || v < lo {
		return false
	}
	if v != v {
		v = 0
	}
	// Like node: the low 32 bits come from the truncated value, the rest
	// from the value scaled down and floored.
	low := uint64(uint32(int64(v)))
	high := uint64(int64(math.Floor(v / 4294967296)))
	putUint(p, low|high<<32, m.little)
	return true
}
