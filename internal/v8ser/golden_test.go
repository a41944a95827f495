package v8ser

import (
	"testing"

	"github.com/dop251/goja"
)

// setupBuffer defines a Buffer like node's (a Uint8Array subclass whose
// prototype's constructor is Buffer) with Buffer.from for strings.
const setupBuffer = `
class FastBuffer extends Uint8Array {}
function Buffer() {}
Buffer.prototype = FastBuffer.prototype;
Object.defineProperty(FastBuffer.prototype, 'constructor', { value: Buffer, writable: true, configurable: true });
Buffer.from = (s) => { const b = new FastBuffer(s.length); for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i); return b; };
`

func newTestCodec(t testing.TB) (*goja.Runtime, *Codec) {
	t.Helper()
	vm := goja.New()
	if _, err := vm.RunString(setupBuffer); err != nil {
		t.Fatal(err)
	}
	c, err := New(vm, vm.Get("Buffer").ToObject(vm))
	if err != nil {
		t.Fatal(err)
	}
	return vm, c
}

// nodeCases: a JS expression and the hex of node v20's
// v8.serialize(expression) (generated with node, see the diff tests).
var nodeCases = []struct{ name, expr, hex string }{
	{"undefined", "undefined", "ff0f5f"},
	{"null", "null", "ff0f30"},
	{"true", "true", "ff0f54"},
	{"false", "false", "ff0f46"},
	{"int", "42", "ff0f4954"},
	{"negint", "-7", "ff0f490d"},
	{"zero", "0", "ff0f4900"},
	{"negzero", "-0", "ff0f4e0000000000000080"},
	{"smiMax", "2**31-1", "ff0f49feffffff0f"},
	{"smiMin", "-(2**31)", "ff0f49ffffffff0f"},
	{"big", "2**31", "ff0f4e000000000000e041"},
	{"double", "1.5", "ff0f4e000000000000f83f"},
	{"nan", "NaN", "ff0f4e000000000000f87f"},
	{"inf", "-Infinity", "ff0f4e000000000000f0ff"},
	{"intAsDouble", "1.0", "ff0f4902"},
	{"str", "\"abc\"", "ff0f2203616263"},
	{"empty", "\"\"", "ff0f2200"},
	{"latin1", "\"caf\\u00e9\\u00ff\"", "ff0f2205636166e9ff"},
	{"utf16", "\"a\\u0100b\"", "ff0f6306610000016200"},
	{"emoji", "\"\\ud83d\\ude00\"", "ff0f63043dd800de"},
	{"lone", "\"\\ud800x\"", "ff0f630400d87800"},
	{"paddedKey", "({a:\"\\u0100\"})", "ff0f6f220161630200017b01"},
	{"padded2", "[\"\\u0100\", \"ab\\u0101\"]", "ff0f4102630200016306610062000101240002"},
	{"obj", "({a:1,b:\"x\"})", "ff0f6f22016149022201622201787b02"},
	{"intKeys", "({b:1,2:1,a:1,1:1})", "ff0f6f4902490249044902220162490222016149027b04"},
	{"bigIntKey", "({3000000000:1})", "ff0f6f4e000000c00b5ae64149027b01"},
	{"notIndex", "({4294967295:1,\"01\":2,\"-1\":3})", "ff0f6f220a34323934393637323935490222023031490422022d3149067b03"},
	{"nested", "({a:{b:{c:[1,{d:null}]}}})", "ff0f6f2201616f2201626f220163410249026f220164307b012400027b017b017b01"},
	{"nullProto", "Object.assign(Object.create(null),{x:1})", "ff0f6f22017849027b01"},
	{"arr", "[1,2,3]", "ff0f4103490249044906240003"},
	{"arrDouble", "[1,1.5]", "ff0f41024e000000000000f03f4e000000000000f83f240002"},
	{"arrMixed", "[1,\"a\",1.5]", "ff0f410349022201614e000000000000f83f240003"},
	{"arrNeg0", "[0,-0]", "ff0f41024e00000000000000004e0000000000000080240002"},
	{"holey", "[1,,3]", "ff0f61034900490249044906400203"},
	{"sparse", "(()=>{const a=[];a[10]=1;return a})()", "ff0f610b4914490240010b"},
	{"arrProps", "Object.assign([1,2],{x:1})", "ff0f4102490249042201784902240102"},
	{"emptyArr", "[]", "ff0f4100240000"},
	{"nestedArr", "[[1],[2.5]]", "ff0f41024101490224000141014e0000000000000440240001240002"},
	{"date", "new Date(1700000000123)", "ff0f4400b08756febc7842"},
	{"badDate", "new Date(NaN)", "ff0f44000000000000f87f"},
	{"re", "/a.b/gimsuy", "ff0f522203612e623f"},
	{"reSlash", "new RegExp(\"a/b\")", "ff0f522204615c2f6200"},
	{"map", "new Map([[1,\"a\"],[\"b\",{}]])", "ff0f3b49022201612201626f7b003a04"},
	{"set", "new Set([1,\"x\",[2]])", "ff0f274902220178410149042400012c03"},
	{"ab", "new Uint8Array([1,2,3]).buffer", "ff0f4203010203"},
	{"buf", "Buffer.from(\"ab\")", "ff0f5c0a026162"},
	{"u8", "new Uint8Array([1,2])", "ff0f5c01020102"},
	{"u8c", "new Uint8ClampedArray([1])", "ff0f5c020101"},
	{"i16", "new Int16Array([-1,2])", "ff0f5c0304ffff0200"},
	{"f64", "new Float64Array([1.5])", "ff0f5c0808000000000000f83f"},
	{"f32", "new Float32Array([0.5])", "ff0f5c07040000003f"},
	{"u32", "new Uint32Array([1])", "ff0f5c060401000000"},
	{"i8", "new Int8Array([-2])", "ff0f5c0001fe"},
	{"u16", "new Uint16Array([7])", "ff0f5c04020700"},
	{"i32", "new Int32Array([-3])", "ff0f5c0504fdffffff"},
	{"dv", "new DataView(new ArrayBuffer(2))", "ff0f5c09020000"},
	{"b64", "new BigInt64Array([-1n])", "ff0f5c0b08ffffffffffffffff"},
	{"bu64", "new BigUint64Array([2n])", "ff0f5c0c080200000000000000"},
	{"sub", "new Uint8Array([1,2,3,4]).subarray(1,3)", "ff0f5c01020203"},
	{"bigZero", "0n", "ff0f5a00"},
	{"bigOne", "1n", "ff0f5a100100000000000000"},
	{"bigNeg", "-1n", "ff0f5a110100000000000000"},
	{"big64", "2n**64n", "ff0f5a2000000000000000000100000000000000"},
	{"big63", "2n**63n", "ff0f5a100000000000000080"},
	{"bigNeg70", "-(2n**70n)", "ff0f5a2100000000000000004000000000000000"},
	{"err", "(()=>{const e=new Error(\"m\"); e.stack=\"S\"; return e})()", "ff0f726d22016d732201532e"},
	{"typeErr", "(()=>{const e=new TypeError(\"t\"); e.stack=\"S\"; return e})()", "ff0f72546d220174732201532e"},
	{"rangeErr", "(()=>{const e=new RangeError(\"r\"); e.stack=\"S\"; return e})()", "ff0f72526d220172732201532e"},
	{"errCause", "(()=>{const e=new Error(\"m\",{cause:{x:1}}); e.stack=\"S\"; return e})()", "ff0f726d22016d636f22017849027b01732201532e"},
	{"errNoStack", "(()=>{const e=new SyntaxError(); e.stack=undefined; return e})()", "ff0f72532e"},
	{"errProps", "(()=>{const e=new Error(\"m\"); e.stack=\"S\"; e.code=\"X\"; return e})()", "ff0f726d22016d732201532e"},
	{"errName", "(()=>{const e=new Error(\"m\"); e.name=\"URIError\"; e.stack=\"S\"; return e})()", "ff0f72556d22016d732201532e"},
	{"boolObj", "[new Boolean(false), new Boolean(true)]", "ff0f41027879240002"},
	{"numObj", "new Number(3)", "ff0f6e0000000000000840"},
	{"strObj", "new String(\"\\u00e9\")", "ff0f732201e9"},
	{"bigObj", "Object(5n)", "ff0f7a100500000000000000"},
	{"ref", "(()=>{const o={}; return [o,o]})()", "ff0f41026f7b005e01240002"},
	{"cycle", "(()=>{const o={}; o.self=o; return o})()", "ff0f6f220473656c665e007b01"},
	{"mapCycle", "(()=>{const m=new Map(); m.set(m,m); return m})()", "ff0f3b5e005e003a02"},
	{"bufTwice", "(()=>{const b=Buffer.from(\"x\"); return {a:b,b}})()", "ff0f6f2201615c0a01782201625e017b02"},
	{"classInst", "new (class A{constructor(){this.a=1} get g(){return 1}})()", "ff0f6f22016149027b01"},
	{"nonEnum", "Object.defineProperty({a:1},\"b\",{value:2,enumerable:false})", "ff0f6f22016149027b01"},
	{"getter", "({get x(){return 5}})", "ff0f6f220178490a7b01"},
	{"symKey", "({[Symbol(\"s\")]:1,a:1})", "ff0f6f22016149027b01"},
	{"math", "Math", "ff0f6f7b00"},
	{"longStr", "\"x\".repeat(200)", "ff0f22c8017878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878"},
	{"longUtf16", "\"\\u0100\".repeat(100)", "ff0f0063c8010001000100010001000100010001000100010001000100010001000100010001000100010001000100010001000100010001000100010001000100010001000100010001000100010001000100010001000100010001000100010001000100010001000100010001000100010001000100010001000100010001000100010001000100010001000100010001000100010001000100010001000100010001000100010001000100010001000100010001000100010001000100010001000100010001000100010001"},
}

// nodeThrows: expressions v8.serialize rejects, with node's message.
var nodeThrows = []struct{ name, expr, msg string }{
	{"fn", "(function foo(a){ return a })", "function foo(a){ return a } could not be cloned."},
	{"arrow", "({f:(x)=>x})", "(x)=>x could not be cloned."},
	{"cls", "({c:class Q{}})", "class Q{} could not be cloned."},
	{"sym", "Symbol(\"q\")", "Symbol(q) could not be cloned."},
	{"symIter", "Symbol.iterator", "Symbol(Symbol.iterator) could not be cloned."},
	{"symNoDesc", "Symbol()", "Symbol() could not be cloned."},
	{"symObj", "Object(Symbol(\"q\"))", "[object Symbol] could not be cloned."},
	{"weakMap", "new WeakMap()", "#<WeakMap> could not be cloned."},
	{"weakSet", "new WeakSet()", "#<WeakSet> could not be cloned."},
	{"promise", "Promise.resolve()", "#<Promise> could not be cloned."},
	{"proxy", "new Proxy({},{})", "#<Object> could not be cloned."},
	{"args", "(function(){return arguments})(1)", "#<Object> could not be cloned."},
	{"gen", "(function*(){})()", "[object Generator] could not be cloned."},
	{"mapIter", "new Map().keys()", "#<Object> could not be cloned."},
	{"global", "globalThis", "#<Object> could not be cloned."},
}
