package zlib

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"errors"
	"hash"
	"hash/adler32"
	"hash/crc32"
	"io"
	"iter"
	"sync/atomic"
)

// Modes, as node's node_zlib_mode numbers them.
const (
	modeDeflate    = 1
	modeInflate    = 2
	modeGzip       = 3
	modeGunzip     = 4
	modeDeflateRaw = 5
	modeInflateRaw = 6
	modeUnzip      = 7
)

// Flush flags and return codes, as zlib numbers them.
const (
	zNoFlush      = 0
	zPartialFlush = 1
	zSyncFlush    = 2
	zFullFlush    = 3
	zFinish       = 4
	zBlock        = 5

	zNeedDict  = 2
	zDataError = -3
	zBufError  = -5

	zHuffmanOnly = 2
)

// Error is a zlib failure: the message zlib would set in strm.msg (or
// node's own) and the zlib return code node reports as errno.
type Error struct {
	Msg   string
	Errno int
	code  string // the code node gives it, where it is not zlib's (Brotli's)
}

func (e *Error) Error() string { return e.Msg }

// Code is the name node gives the errno (the code property).
func (e *Error) Code() string {
	if e.code != "" {
		return e.code
	}
	switch e.Errno {
	case zNeedDict:
		return "Z_NEED_DICT"
	case zDataError:
		return "Z_DATA_ERROR"
	case zBufError:
		return "Z_BUF_ERROR"
	}
	return "Z_STREAM_ERROR"
}

func dataError(msg string) *Error { return &Error{Msg: msg, Errno: zDataError} }

var errUnexpectedEOF = &Error{Msg: "unexpected end of file", Errno: zBufError}

// Engine is one compression or decompression stream, fed a chunk at a time.
type Engine interface {
	// Write consumes in with the given zlib flush flag and returns the
	// output it produced and how many input bytes it left unconsumed (a
	// decompressor stops at the end of its stream). last says no more
	// input will follow.
	Write(in []byte, flush int, last bool) (out []byte, rest int, err *Error)
	// Params changes the level and strategy of a compressor (the data
	// written so far is flushed first).
	Params(level, strategy int)
	// Reset starts the stream over, keeping its options.
	Reset()
	// Close releases the stream.
	Close()
}

// Options are the stream options the binding passes on, already validated.
type Options struct {
	Mode       int
	WindowBits int // 0 for a decompressor: take it from the zlib header
	Level      int
	Strategy   int
	Dictionary []byte
}

// NewEngine returns the engine for o.Mode.
func NewEngine(o Options) Engine {
	switch o.Mode {
	case modeDeflate, modeGzip, modeDeflateRaw:
		c := &compressor{opts: o}
		c.Reset()
		return c
	case modeBrotliEncode:
		return newBrotliCompressor(o)
	default:
		return &decompressor{opts: o}
	}
}

// ---- compression ----

// compressor frames a compress/flate stream itself, so the gzip and zlib
// headers carry what C zlib writes (the OS byte 3 and XFL of gzip, the level
// bits of zlib) and the level can change mid-stream.
type compressor struct {
	opts     Options
	out      bytes.Buffer
	fw       *flate.Writer
	sum      hash.Hash32
	size     uint32
	started  bool // header written
	finished bool
	dirty    bool // input since the last flush
}

// goLevel maps a zlib level and strategy to compress/flate's. Go has no
// filtered, RLE or fixed-Huffman strategy; they compress at the level.
func goLevel(level, strategy int) int {
	if strategy == zHuffmanOnly {
		return flate.HuffmanOnly
	}
	if level < 0 {
		return 6
	}
	return level
}

func (c *compressor) newWriter(dict []byte) {
	level := goLevel(c.opts.Level, c.opts.Strategy)
	var err error
	if dict != nil {
		c.fw, err = flate.NewWriterDict(&c.out, level, dict)
	} else {
		c.fw, err = flate.NewWriter(&c.out, level)
	}
	if err != nil { // levels are validated before they get here
		panic(err)
	}
}

func (c *compressor) Reset() {
	c.out.Reset()
	c.started, c.finished, c.dirty = false, false, false
	c.size = 0
	switch c.opts.Mode {
	case modeGzip:
		c.sum = crc32.NewIEEE()
	case modeDeflate:
		c.sum = adler32.New()
	default:
		c.sum = nil
	}
	dict := c.opts.Dictionary
	if c.opts.Mode == modeGzip || len(dict) == 0 {
		dict = nil // zlib sets no dictionary on a gzip stream
	}
	c.newWriter(dict)
}

func (c *compressor) header() {
	level := c.opts.Level
	if level < 0 {
		level = 6
	}
	switch c.opts.Mode {
	case modeGzip:
		xfl := byte(0)
		if level == 9 {
			xfl = 2
		} else if c.opts.Strategy >= zHuffmanOnly || level < 2 {
			xfl = 4
		}
		c.out.Write([]byte{0x1f, 0x8b, 8, 0, 0, 0, 0, 0, xfl, 3})
	case modeDeflate:
		var flags int
		switch {
		case c.opts.Strategy >= zHuffmanOnly || level < 2:
			flags = 0
		case level < 6:
			flags = 1
		case level == 6:
			flags = 2
		default:
			flags = 3
		}
		// compress/flate keeps a 32 KiB window whatever windowBits asks
		// for, so the header always says so.
		h := 0x7800 | flags<<6
		if len(c.opts.Dictionary) > 0 {
			h |= 0x20
		}
		h += 31 - h%31
		c.out.Write([]byte{byte(h >> 8), byte(h)})
		if len(c.opts.Dictionary) > 0 {
			c.out.Write(binary.BigEndian.AppendUint32(nil, adler32.Checksum(c.opts.Dictionary)))
		}
	}
	c.started = true
}

func (c *compressor) Write(in []byte, flush int, last bool) ([]byte, int, *Error) {
	if c.finished {
		if len(in) > 0 && flush == zFinish {
			return nil, len(in), errUnexpectedEOF
		}
		return nil, len(in), nil
	}
	if !c.started {
		c.header()
	}
	if len(in) > 0 {
		c.fw.Write(in) // writes to a bytes.Buffer cannot fail
		if c.sum != nil {
			c.sum.Write(in)
		}
		c.size += uint32(len(in))
		c.dirty = true
	}
	switch flush {
	case zFinish:
		if c.dirty {
			c.fw.Close()
		} else {
			// Nothing since the last flush: end with an empty fixed-code
			// block, as zlib does (compress/flate would write an empty
			// stored one).
			c.out.Write([]byte{3, 0})
		}
		switch c.opts.Mode {
		case modeGzip:
			var t [8]byte
			binary.LittleEndian.PutUint32(t[:], c.sum.Sum32())
			binary.LittleEndian.PutUint32(t[4:], c.size)
			c.out.Write(t[:])
		case modeDeflate:
			c.out.Write(binary.BigEndian.AppendUint32(nil, c.sum.Sum32()))
		}
		c.finished = true
	case zPartialFlush, zSyncFlush, zFullFlush, zBlock:
		if c.dirty {
			c.fw.Flush()
			c.dirty = false
		}
	}
	out := bytes.Clone(c.out.Bytes())
	c.out.Reset()
	return out, 0, nil
}

// Params flushes what was written at the old level and continues the
// deflate stream with a new compress/flate writer (its blocks follow the
// flushed ones; only the history for matches starts afresh).
func (c *compressor) Params(level, strategy int) {
	if level == c.opts.Level && strategy == c.opts.Strategy {
		return
	}
	if c.dirty {
		c.fw.Flush()
		c.dirty = false
	}
	c.opts.Level, c.opts.Strategy = level, strategy
	if !c.finished {
		c.newWriter(nil)
	}
}

func (c *compressor) Close() {}

// ---- decompression ----

// decompressor runs a compress/flate reader (with gzip or zlib framing read
// here) as a coroutine: Write hands it input and resumes it until it has
// used all of it and waits for more, or the stream ends, or it fails.
type decompressor struct {
	opts  Options
	in    []byte
	out   []byte
	eof   bool // this Write is the end of the input: running dry is an end
	next  func() (struct{}, bool)
	stop  func()
	yield func(struct{}) bool
	dead  bool // the coroutine returned (stream ended or failed) or was stopped
	// unread counts the bytes the decoder took from in but left unused
	// at the end of the stream (Brotli's reader reads ahead).
	unread int
	err    *Error // the failure, once dead
}

var errStopped = errors.New("zlib: stream closed")

// running counts the decompressor coroutines that have not returned.
var running atomic.Int64

// fill waits until at least n bytes of input are pending; it fails with
// io.ErrUnexpectedEOF when the input ends first.
func (d *decompressor) fill(n int) error {
	for len(d.in) < n {
		if d.eof {
			return io.ErrUnexpectedEOF
		}
		if d.yield == nil || !d.yield(struct{}{}) {
			d.yield = nil
			return errStopped
		}
	}
	return nil
}

// ReadByte and Read make the decompressor the flate reader's source; with
// ReadByte, flate reads no byte past the end of its stream.
func (d *decompressor) ReadByte() (byte, error) {
	if err := d.fill(1); err != nil {
		return 0, err
	}
	b := d.in[0]
	d.in = d.in[1:]
	return b, nil
}

func (d *decompressor) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	if err := d.fill(1); err != nil {
		return 0, err
	}
	n := copy(p, d.in)
	d.in = d.in[n:]
	return n, nil
}

func (d *decompressor) readN(n int) ([]byte, error) {
	if err := d.fill(n); err != nil {
		return nil, err
	}
	p := bytes.Clone(d.in[:n])
	d.in = d.in[n:]
	return p, nil
}

// failure converts what went wrong while decoding to zlib's error.
func failure(err error) *Error {
	var ze *Error
	var ce flate.CorruptInputError
	switch {
	case err == nil:
		return nil
	case errors.As(err, &ze):
		return ze
	case err == io.ErrUnexpectedEOF:
		return errUnexpectedEOF
	case errors.As(err, &ce):
		return dataError("invalid deflate data")
	}
	return &Error{Msg: err.Error(), Errno: zDataError}
}

// run is the coroutine body.
func (d *decompressor) run(yield func(struct{}) bool) {
	running.Add(1)
	defer running.Add(-1)
	d.yield = yield
	d.err = failure(d.decode())
	d.yield = nil
}

func (d *decompressor) decode() error {
	mode := d.opts.Mode
	if mode == modeUnzip {
		// node picks gunzip (which reads concatenated members) when the
		// first two bytes are gzip's magic, and inflate otherwise.
		mode = modeInflate
		if err := d.fill(1); err != nil {
			return err
		}
		if d.in[0] == 0x1f {
			if err := d.fill(2); err != nil {
				return err
			}
			if d.in[1] == 0x8b {
				mode = modeGunzip
			}
		}
	}
	switch mode {
	case modeBrotliDecode:
		return d.brotliStream()
	case modeInflateRaw:
		dict := d.opts.Dictionary
		if len(dict) == 0 {
			dict = nil
		}
		_, err := d.body(nil, dict)
		return err
	case modeInflate:
		return d.zlibStream()
	}
	for {
		if err := d.gzipMember(); err != nil {
			return err
		}
		// Another member may follow; zero bytes are padding that ends
		// the stream (node's rule), as does the end of the input.
		for len(d.in) == 0 {
			if d.eof {
				return nil
			}
			if d.yield == nil || !d.yield(struct{}{}) {
				d.yield = nil
				return errStopped
			}
		}
		if d.in[0] == 0 {
			return nil
		}
	}
}

// body inflates raw deflate data into d.out, feeding it to sum too.
func (d *decompressor) body(sum hash.Hash32, dict []byte) (uint32, error) {
	// compress/flate says only where corrupt data is; zlib's messages for
	// a bad first block header are given here.
	if err := d.fill(1); err != nil {
		return 0, err
	}
	switch (d.in[0] >> 1) & 3 {
	case 3:
		return 0, dataError("invalid block type")
	case 0:
		if err := d.fill(5); err != nil {
			return 0, err
		}
		if d.in[1] != ^d.in[3] || d.in[2] != ^d.in[4] {
			return 0, dataError("invalid stored block lengths")
		}
	}
	fr := flate.NewReaderDict(d, dict)
	var buf [32 << 10]byte
	var size uint32
	for {
		n, err := fr.Read(buf[:])
		d.out = append(d.out, buf[:n]...)
		if sum != nil {
			sum.Write(buf[:n])
		}
		size += uint32(n)
		if err == io.EOF {
			return size, nil
		}
		if err != nil {
			return size, err
		}
	}
}

func (d *decompressor) zlibStream() error {
	h, err := d.readN(2)
	if err != nil {
		return err
	}
	switch {
	case (int(h[0])<<8|int(h[1]))%31 != 0:
		return dataError("incorrect header check")
	case h[0]&0x0f != 8:
		return dataError("unknown compression method")
	}
	if w := int(h[0]>>4) + 8; w > 15 || (d.opts.WindowBits != 0 && w > d.opts.WindowBits) {
		return dataError("invalid window size")
	}
	var dict []byte
	if h[1]&0x20 != 0 {
		id, err := d.readN(4)
		if err != nil {
			return err
		}
		if len(d.opts.Dictionary) == 0 {
			return &Error{Msg: "Missing dictionary", Errno: zNeedDict}
		}
		if adler32.Checksum(d.opts.Dictionary) != binary.BigEndian.Uint32(id) {
			return &Error{Msg: "Bad dictionary", Errno: zNeedDict}
		}
		dict = d.opts.Dictionary
	}
	sum := adler32.New()
	if _, err := d.body(sum, dict); err != nil {
		return err
	}
	t, err := d.readN(4)
	if err != nil {
		return err
	}
	if binary.BigEndian.Uint32(t) != sum.Sum32() {
		return dataError("incorrect data check")
	}
	return nil
}

func (d *decompressor) gzipMember() error {
	hcrc := crc32.NewIEEE()
	read := func(n int) ([]byte, error) {
		p, err := d.readN(n)
		hcrc.Write(p)
		return p, err
	}
	// zlib checks each field as soon as it has its bytes.
	h, err := read(2)
	if err != nil {
		return err
	}
	if h[0] != 0x1f || h[1] != 0x8b {
		return dataError("incorrect header check")
	}
	if h, err = read(2); err != nil {
		return err
	}
	switch {
	case h[0] != 8:
		return dataError("unknown compression method")
	case h[1]&0xe0 != 0:
		return dataError("unknown header flags set")
	}
	flags := h[1]
	if _, err := read(6); err != nil { // MTIME, XFL, OS
		return err
	}
	if flags&4 != 0 { // FEXTRA
		l, err := read(2)
		if err != nil {
			return err
		}
		if _, err := read(int(binary.LittleEndian.Uint16(l))); err != nil {
			return err
		}
	}
	for _, bit := range []byte{8, 16} { // FNAME, FCOMMENT: zero-terminated
		if flags&bit == 0 {
			continue
		}
		for {
			b, err := read(1)
			if err != nil {
				return err
			}
			if b[0] == 0 {
				break
			}
		}
	}
	if flags&2 != 0 { // FHCRC
		want := uint16(hcrc.Sum32())
		c, err := d.readN(2)
		if err != nil {
			return err
		}
		if binary.LittleEndian.Uint16(c) != want {
			return dataError("header crc mismatch")
		}
	}
	sum := crc32.NewIEEE()
	size, err := d.body(sum, nil)
	if err != nil {
		return err
	}
	t, err := d.readN(8)
	if err != nil {
		return err
	}
	if binary.LittleEndian.Uint32(t) != sum.Sum32() {
		return dataError("incorrect data check")
	}
	if binary.LittleEndian.Uint32(t[4:]) != size {
		return dataError("incorrect length check")
	}
	return nil
}

func (d *decompressor) Write(in []byte, flush int, last bool) ([]byte, int, *Error) {
	if d.dead {
		if d.err != nil {
			return nil, len(in), d.err
		}
		return nil, len(in), nil
	}
	if d.next == nil {
		d.next, d.stop = iter.Pull(d.run)
	}
	if len(d.in) == 0 {
		d.in = in
	} else {
		d.in = append(d.in, in...) // d.in is a copy held from the last Write
	}
	d.out = nil
	finish := zFinish
	if d.opts.Mode == modeBrotliDecode {
		finish = brotliFinish
	}
	d.eof = flush == finish || last
	_, ok := d.next()
	out, rest := d.out, 0
	d.out = nil
	if ok {
		// Suspended for more input: everything given is used, though part
		// of a header or trailer may be held for the next Write (as a copy:
		// the caller may reuse its buffer).
		if len(d.in) > 0 {
			d.in = bytes.Clone(d.in)
		}
	} else {
		// The stream ended: what follows it is left over.
		rest = min(len(d.in)+d.unread, len(in))
		d.in = nil
	}
	if !ok {
		d.dead = true
		d.stop()
		if d.err != nil {
			if d.err == errUnexpectedEOF && flush != finish {
				// The input ran out at the end (finishFlush other than
				// Z_FINISH): what could be decoded is the result.
				d.err = nil
				return out, 0, nil
			}
			return nil, rest, d.err
		}
	}
	return out, rest, nil
}

func (d *decompressor) Params(int, int) {}

func (d *decompressor) Reset() {
	d.Close()
	*d = decompressor{opts: d.opts}
}

func (d *decompressor) Close() {
	if d.stop != nil {
		d.stop()
	}
	d.dead = true
}
