package zlib

import (
	"bytes"

	"github.com/andybalholm/brotli"
)

// Brotli's modes and operations, as node numbers them (the flush flags of
// a Brotli stream; any other operation, BROTLI_OPERATION_PROCESS among them,
// only takes input).
const (
	modeBrotliDecode = 8
	modeBrotliEncode = 9

	brotliFlush  = 1
	brotliFinish = 2
)

// brotliCompressor is a Brotli encoder; Options.Level is its quality and
// Options.WindowBits its lgwin (-1 for node's defaults, 11 and 22).
type brotliCompressor struct {
	opts Options
	out  bytes.Buffer
	w    *brotli.Writer
	done bool
}

func newBrotliCompressor(o Options) *brotliCompressor {
	c := &brotliCompressor{opts: o}
	c.Reset()
	return c
}

func (c *brotliCompressor) Reset() {
	quality, lgwin := c.opts.Level, c.opts.WindowBits
	if quality < 0 {
		quality = 11
	}
	if lgwin <= 0 {
		lgwin = 22
	}
	// Out-of-range values are clamped, as the reference encoder clamps them.
	c.out.Reset()
	c.w = brotli.NewWriterOptions(&c.out, brotli.WriterOptions{Quality: min(quality, 11), LGWin: min(max(lgwin, 10), 24)})
	c.done = false
}

func (c *brotliCompressor) Write(in []byte, op int, last bool) ([]byte, int, *Error) {
	if c.done {
		return nil, 0, nil
	}
	if _, err := c.w.Write(in); err != nil {
		return nil, len(in), dataError(err.Error())
	}
	switch {
	case op == brotliFinish || last:
		c.done = true
		if err := c.w.Close(); err != nil {
			return nil, 0, dataError(err.Error())
		}
	case op == brotliFlush:
		if err := c.w.Flush(); err != nil {
			return nil, 0, dataError(err.Error())
		}
	}
	out := bytes.Clone(c.out.Bytes())
	c.out.Reset()
	return out, 0, nil
}

func (c *brotliCompressor) Params(int, int) {}

func (c *brotliCompressor) Close() {}

// brotliNames are node's codes for the decoder's errors (its
// BrotliDecoderErrorString), by error code.
var brotliNames = map[int]string{
	-1: "_ERROR_FORMAT_EXUBERANT_NIBBLE", -2: "_ERROR_FORMAT_RESERVED", -3: "_ERROR_FORMAT_EXUBERANT_META_NIBBLE",
	-4: "_ERROR_FORMAT_SIMPLE_HUFFMAN_ALPHABET", -5: "_ERROR_FORMAT_SIMPLE_HUFFMAN_SAME", -6: "_ERROR_FORMAT_CL_SPACE",
	-7: "_ERROR_FORMAT_HUFFMAN_SPACE", -8: "_ERROR_FORMAT_CONTEXT_MAP_REPEAT", -9: "_ERROR_FORMAT_BLOCK_LENGTH_1",
	-10: "_ERROR_FORMAT_BLOCK_LENGTH_2", -11: "_ERROR_FORMAT_TRANSFORM", -12: "_ERROR_FORMAT_DICTIONARY",
	-13: "_ERROR_FORMAT_WINDOW_BITS", -14: "_ERROR_FORMAT_PADDING_1", -15: "_ERROR_FORMAT_PADDING_2",
	-16: "_ERROR_FORMAT_DISTANCE", -19: "_ERROR_DICTIONARY_NOT_SET", -20: "_ERROR_INVALID_ARGUMENTS",
	-21: "_ERROR_ALLOC_CONTEXT_MODES", -22: "_ERROR_ALLOC_TREE_GROUPS", -25: "_ERROR_ALLOC_CONTEXT_MAP",
	-26: "_ERROR_ALLOC_RING_BUFFER_1", -27: "_ERROR_ALLOC_RING_BUFFER_2", -30: "_ERROR_ALLOC_BLOCK_TYPE_TREES",
	-31: "_ERROR_UNREACHABLE",
}

// brotliStream decodes a Brotli stream into d.out. What follows the stream
// is ignored, as node ignores it, and counted in d.unread.
func (d *decompressor) brotliStream() error {
	r := brotli.NewReader(d)
	buf := make([]byte, 16*1024)
	for {
		n, err := r.Read(buf)
		d.out = append(d.out, buf[:n]...)
		switch {
		case r.Finished():
			d.unread = r.Buffered()
			return nil
		case err == nil:
		default:
			if code, ok := brotli.DecodeErrorCode(err); ok {
				return &Error{Msg: "Decompression failed", Errno: code, code: "ERR_" + brotliNames[code]}
			}
			return err
		}
	}
}
