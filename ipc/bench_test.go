package ipc

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/dop251/goja"
	"golang.org/x/sys/unix"
)

// Benchmarks compare Encode/Decode with goja's JSON.stringify/JSON.parse:
//
//	go test -run XXX -bench . -benchmem ./ipc/
const (
	smallMsg = `({"cmd":"x","n":1,"s":"hello"})`
	bigMsg   = `(() => {
  const items = [];
  for (let i = 0; i < 1000; i++) items.push({id: i, name: 'item-' + i, tags: ['a', 'é'], v: i * 0.5, ok: i % 2 === 0});
  return {cmd: 'x', items};
})()`
)

func benchValue(b *testing.B, src string) (*goja.Runtime, goja.Value, []byte) {
	vm := newVM(b)
	v, err := vm.RunString(src)
	if err != nil {
		b.Fatal(err)
	}
	text, err := Encode(vm, v)
	if err != nil {
		b.Fatal(err)
	}
	return vm, v, text
}

func jsonFunc(b *testing.B, vm *goja.Runtime, name string) goja.Callable {
	fn, ok := goja.AssertFunction(vm.Get("JSON").ToObject(vm).Get(name))
	if !ok {
		b.Fatal("no JSON." + name)
	}
	return fn
}

func benchEncode(b *testing.B, src string) {
	vm, v, text := benchValue(b, src)
	b.SetBytes(int64(len(text)))
	var buf []byte
	for b.Loop() {
		var err error
		if buf, err = AppendFrame(buf[:0], vm, v); err != nil {
			b.Fatal(err)
		}
	}
}

func benchStringify(b *testing.B, src string) {
	vm, v, text := benchValue(b, src)
	stringify := jsonFunc(b, vm, "stringify")
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		if _, err := stringify(nil, v); err != nil {
			b.Fatal(err)
		}
	}
}

func benchDecode(b *testing.B, src string) {
	vm, _, text := benchValue(b, src)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		if _, err := Decode(vm, text); err != nil {
			b.Fatal(err)
		}
	}
}

func benchParse(b *testing.B, src string) {
	vm, _, text := benchValue(b, src)
	parse := jsonFunc(b, vm, "parse")
	s := vm.ToValue(string(text))
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		if _, err := parse(nil, s); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkEncodeSmall(b *testing.B)        { benchEncode(b, smallMsg) }
func BenchmarkGojaStringifySmall(b *testing.B) { benchStringify(b, smallMsg) }
func BenchmarkEncode64K(b *testing.B)          { benchEncode(b, bigMsg) }
func BenchmarkGojaStringify64K(b *testing.B)   { benchStringify(b, bigMsg) }
func BenchmarkDecodeSmall(b *testing.B)        { benchDecode(b, smallMsg) }
func BenchmarkGojaParseSmall(b *testing.B)     { benchParse(b, smallMsg) }
func BenchmarkDecode64K(b *testing.B)          { benchDecode(b, bigMsg) }
func BenchmarkGojaParse64K(b *testing.B)       { benchParse(b, bigMsg) }

// BenchmarkReaderSplitClassify measures the reader's per-message
// work (split + validate + cmd sniff + batch) on 64 KiB reads of small
// frames; see the msgs/s metric.
func BenchmarkReaderSplitClassify(b *testing.B) {
	var chunk bytes.Buffer
	n := 0
	for chunk.Len() < readSize-64 {
		fmt.Fprintf(&chunk, `{"cmd":"x","n":%d,"s":"hello"}`+"\n", n)
		n++
	}
	b.SetBytes(int64(chunk.Len()))
	r := &lineReader{c: &Channel{}, buf: make([]byte, 0, 2*readSize)}
	for b.Loop() {
		r.buf = append(r.buf, chunk.Bytes()...)
		if frames := r.frames(); len(frames) != n {
			b.Fatalf("%d frames", len(frames))
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "msgs/s")
}

// BenchmarkChannelThroughput sends small frames from one Channel to another
// over a socketpair and waits until all have been received.
func BenchmarkChannelThroughput(b *testing.B) {
	a, child, err := Socketpair()
	if err != nil {
		b.Fatal(err)
	}
	fd, err := unix.Dup(int(child.Fd()))
	child.Close()
	if err != nil {
		b.Fatal(err)
	}
	c, err := FromFD(fd)
	if err != nil {
		b.Fatal(err)
	}
	defer func() { a.Close(); c.Close(); <-a.Done(); <-c.Done() }()
	got := make(chan int, 1024)
	c.Start(func(f []Frame) { got <- len(f) }, func(error) { close(got) })
	frame := []byte(`{"cmd":"x","n":1,"s":"hello"}` + "\n")
	b.SetBytes(int64(len(frame)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		a.Send(frame, FD{}, nil)
	}
	for n := 0; n < b.N; {
		n += <-got
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "msgs/s")
}
