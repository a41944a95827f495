package buffer

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/runtime"
)

func jsString(vm *goja.Runtime, s string) goja.String {
	return vm.ToValue(s).(goja.String)
}

func TestUTF8StringReplacesMaximalSubparts(t *testing.T) {
	cases := []struct {
		in   []byte
		want string
	}{
		{[]byte("plain"), "plain"},
		{[]byte{0xe2, 0x82, 0xac}, "€"},
		{[]byte{0xe4, 0xb8, 0x41}, "\uFFFDA"},                         // truncated 3-byte sequence: one replacement
		{[]byte{0xed, 0xa0, 0x80}, "\uFFFD\uFFFD\uFFFD"},              // encoded surrogate
		{[]byte{0xf4, 0x90, 0x80, 0x80}, strings.Repeat("\uFFFD", 4)}, // above U+10FFFF
		{[]byte{0xc0, 0x80}, "\uFFFD\uFFFD"},                          // overlong
		{[]byte{0xf0, 0x9f, 0x98}, "\uFFFD"},                          // truncated at the end
		{[]byte{0x80, 0xbf}, "\uFFFD\uFFFD"},                          // lone continuations
		{[]byte{0xe0, 0xa0, 0x80}, "\u0800"},
	}
	for _, c := range cases {
		if got := UTF8String(c.in); got != c.want {
			t.Errorf("UTF8String(% x) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestEncodeLenientBase64AndHex(t *testing.T) {
	vm := goja.New()
	cases := []struct {
		in   string
		enc  Encoding
		want []byte
	}{
		{"YWJj", Base64, []byte("abc")},
		{"Y W\nJj", Base64, []byte("abc")},
		{"YW=Jj", Base64, []byte("a")}, // decoding stops at '='
		{"YQ", Base64URL, []byte("a")},
		{"_-8", Base64, []byte{0xff, 0xef}},
		{"Y", Base64, []byte{}},
		{"QUJD\u0141REVG", Base64, []byte{0x41, 0x42, 0x43, 0x01, 0x11, 0x15}}, // U+0141 read as its low byte 'A'
		{"abzz12", Hex, []byte{0xab}},
		{"abc", Hex, []byte{0xab}},
		{"\u0131\u0132", Hex, []byte{0x12}},
		{"\u00ff\u0100", Latin1, []byte{0xff, 0x00}},
		{"a\U0001F600", UTF16LE, []byte{0x61, 0, 0x3d, 0xd8, 0x00, 0xde}},
	}
	for _, c := range cases {
		if got := Encode(jsString(vm, c.in), c.enc); !bytes.Equal(got, c.want) {
			t.Errorf("Encode(%q, %d) = % x, want % x", c.in, c.enc, got, c.want)
		}
	}
	lone := goja.StringFromUTF16([]uint16{0xd800, 'x'})
	if got := Encode(lone, UTF8); !bytes.Equal(got, []byte{0xef, 0xbf, 0xbd, 'x'}) {
		t.Errorf("lone surrogate encodes as % x", got)
	}
}

func TestWriteStringNeverSplitsCharacters(t *testing.T) {
	vm := goja.New()
	s := jsString(vm, "aé€\U0001F600")
	for size, want := range []int{0, 1, 1, 3, 3, 3, 6, 6, 6, 6, 10} {
		dst := make([]byte, size)
		if n := WriteString(dst, s, UTF8); n != want {
			t.Errorf("utf8 into %d bytes wrote %d, want %d", size, n, want)
		}
	}
	if n := WriteString(make([]byte, 3), s, UTF16LE); n != 2 {
		t.Errorf("utf16le into 3 bytes wrote %d, want 2", n)
	}
}

func TestEncodingByName(t *testing.T) {
	for name, want := range map[string]Encoding{"UTF-8": UTF8, "Ucs2": UTF16LE, "utf-16le": UTF16LE, "BINARY": Latin1,
		"Base64URL": Base64URL, "HEX": Hex, "ascii": ASCII} {
		if got, ok := EncodingByName(name); !ok || got != want {
			t.Errorf("EncodingByName(%q) = %d, %v", name, got, ok)
		}
	}
	if _, ok := EncodingByName("utf9"); ok {
		t.Error("utf9 accepted")
	}
}

// TestNewSharesMemory checks that a Buffer made by New views the Go slice:
// writes from JavaScript are visible to Go and the other way round.
func TestNewSharesMemory(t *testing.T) {
	data := []byte("hello")
	var out bytes.Buffer
	rt, err := runtime.New(runtime.Options{
		Stdout: &out,
		Stderr: &out,
		Modules: map[string]runtime.ModuleLoader{
			"probe": func(rt *runtime.Runtime, module *goja.Object) error {
				b, err := New(rt, data)
				if err != nil {
					return err
				}
				data[0] = 'j' // visible to JavaScript
				return module.Set("exports", b)
			},
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	const src = `
const b = require('probe');
if (!Buffer.isBuffer(b) || b.toString() !== 'jello') throw new Error('got ' + b.toString());
b.write('JE');
b.slice(4)[0] = 0x21;
`
	code, err := rt.RunSource(context.Background(), "[eval]", src)
	if err != nil || code != 0 {
		t.Fatalf("exit %d, err %v, output %s", code, err, out.String())
	}
	if string(data) != "JEll!" {
		t.Fatalf("Go slice is %q, want %q", data, "JEll!")
	}
}

// TestModuleErrors checks that bad arguments give node-shaped errors, not Go
// panics.
func TestModuleErrors(t *testing.T) {
	var out bytes.Buffer
	rt, err := runtime.New(runtime.Options{Stdout: &out, Stderr: &out})
	if err != nil {
		t.Fatal(err)
	}
	const src = `
const checks = [
  [() => Buffer.alloc(-1), 'ERR_OUT_OF_RANGE'],
  [() => Buffer.from({}), 'ERR_INVALID_ARG_TYPE'],
  [() => Buffer.from('x', 'nope'), 'ERR_UNKNOWN_ENCODING'],
  [() => Buffer.alloc(2).readUInt32LE(0), 'ERR_BUFFER_OUT_OF_BOUNDS'],
  [() => Buffer.alloc(4).writeUInt8(256), 'ERR_OUT_OF_RANGE'],
  [() => Buffer.alloc(3).swap16(), 'ERR_INVALID_BUFFER_SIZE'],
  [() => Buffer.alloc(1).fill('zz', 'hex'), 'ERR_INVALID_ARG_VALUE'],
  [() => Buffer.concat([1]), 'ERR_INVALID_ARG_TYPE'],
  [() => atob(), 'ERR_MISSING_ARGS'],
];
for (const [fn, code] of checks) {
  try { fn(); } catch (e) { if (e.code === code) continue; throw new Error('got ' + e.code + ' for ' + fn); }
  throw new Error('no error from ' + fn);
}
`
	code, err := rt.RunSource(context.Background(), "[eval]", src)
	if err != nil || code != 0 {
		t.Fatalf("exit %d, err %v, output %s", code, err, out.String())
	}
}
