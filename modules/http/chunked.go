package http

import (
	"bufio"
	"io"
)

// chunkedBody reads a chunked body with llhttp's rules for the framing. A
// Read returns data of one chunk only — the part of it that has arrived —
// so that, as in node, each chunk is its own 'data' event. (Go's
// httputil.NewChunkedReader merges the chunks already received and accepts
// whitespace llhttp rejects.) At the last chunk Read returns io.EOF and the
// trailers are left to read.
type chunkedBody struct {
	br      *bufio.Reader
	left    int64 // bytes of the current chunk not read yet
	inChunk bool  // the current chunk's CRLF comes after its data
	done    bool
	// lenient accepts, as llhttp's lenient flags do, spaces after a chunk
	// size, a bare LF for CRLF, and no CRLF after a chunk's data.
	lenient bool
}

func (c *chunkedBody) Read(p []byte) (int, error) {
	if c.done {
		return 0, io.EOF
	}
	if c.left == 0 {
		if c.inChunk {
			if err := c.readCRLF(); err != nil {
				return 0, err
			}
			c.inChunk = false
		}
		size, err := c.readSize()
		if err != nil {
			return 0, err
		}
		if size == 0 {
			c.done = true
			return 0, io.EOF
		}
		c.left, c.inChunk = size, true
	}
	if int64(len(p)) > c.left {
		p = p[:c.left]
	}
	n, err := c.br.Read(p)
	c.left -= int64(n)
	if err == io.EOF {
		err = io.ErrUnexpectedEOF
	}
	return n, err
}

// readSize reads a chunk-size line: hex digits, optional extensions, CRLF.
func (c *chunkedBody) readSize() (int64, error) {
	if err := c.checkSizeDigits(); err != nil {
		return 0, err
	}
	line, err := c.br.ReadSlice('\n')
	switch err {
	case nil:
	case io.EOF:
		return 0, io.ErrUnexpectedEOF
	case bufio.ErrBufferFull:
		if extensionBytes(line) > maxChunkExtensions {
			return 0, errChunkExtensions()
		}
		return 0, perr("HPE_INVALID_CHUNK_SIZE", "Invalid character in chunk size")
	default:
		return 0, err
	}
	var size int64
	i := 0
	for ; i < len(line); i++ {
		d := hexValue(line[i])
		if d < 0 {
			break
		}
		if size > (1<<63-1)>>4 {
			return 0, perr("HPE_INVALID_CHUNK_SIZE", "Chunk size overflow")
		}
		size = size<<4 | int64(d)
	}
	// checkSizeDigits has seen that digits end the size, before ';' or the
	// line's end, or (lenient parsing) spaces and tabs, which may only be
	// followed by those.
	for c.lenient && i > 0 && i < len(line) && (line[i] == ' ' || line[i] == '\t') {
		i++
	}
	if i < len(line) && line[i] != ';' && line[i] != '\r' && line[i] != '\n' {
		err := perr("HPE_INVALID_CHUNK_SIZE", "Invalid character in chunk size")
		err.back = len(line) - i
		return 0, err
	}
	switch {
	case extensionBytes(line[i:]) > maxChunkExtensions:
		return 0, errChunkExtensions()
	case (len(line) < 2 || line[len(line)-2] != '\r') && !c.lenient:
		return 0, perr("HPE_CR_EXPECTED", "Missing expected CR after chunk size")
	}
	return size, nil
}

// checkSizeDigits waits for the next chunk-size line's hex digits and the
// byte after them, and fails there, as llhttp does, when that byte cannot
// follow them (or there are no digits), without waiting for the line's
// end, which a peer may never send. Anything else is left to readSize.
func (c *chunkedBody) checkSizeDigits() error {
	for k := 0; ; k++ {
		b, err := c.br.Peek(k + 1)
		if err != nil {
			return nil
		}
		switch ch := b[k]; {
		case hexValue(ch) >= 0:
			continue
		case k > 0 && (ch == ';' || ch == '\r' || ch == '\n'):
			return nil
		case k > 0 && c.lenient && (ch == ' ' || ch == '\t'):
			return nil // readSize checks what follows
		}
		// The error lies at the bad byte, or past it if a space or tab
		// after the digits, as llhttp places it.
		if k > 0 && (b[k] == ' ' || b[k] == '\t') {
			k++
		}
		_, _ = c.br.Discard(k)
		return perr("HPE_INVALID_CHUNK_SIZE", "Invalid character in chunk size")
	}
}

// maxChunkExtensions bounds the bytes of one chunk's extensions, as node's
// parser does (kMaxChunkExtensionsSize; the server answers 413).
const maxChunkExtensions = 16 << 10

func errChunkExtensions() error {
	return perr("HPE_CHUNK_EXTENSIONS_OVERFLOW", "Chunk extensions overflow")
}

// extensionBytes counts the bytes of the names and values of the chunk
// extensions in line, which starts at the chunk size's end (llhttp hands
// node those spans, without the ';' and '=' between them).
func extensionBytes(line []byte) int {
	n := 0
	for _, c := range line {
		switch c {
		case ';', '=', '\r', '\n':
		default:
			n++
		}
	}
	return n
}

// readCRLF reads the CRLF that ends a chunk's data.
func (c *chunkedBody) readCRLF() error {
	if c.lenient {
		for _, opt := range []byte("\r\n") {
			if b, err := c.br.Peek(1); err == nil && b[0] == opt {
				_, _ = c.br.Discard(1)
			}
		}
		return nil
	}
	for _, want := range []byte("\r\n") {
		b, err := c.br.ReadByte()
		if err == io.EOF {
			return io.ErrUnexpectedEOF
		}
		if err != nil {
			return err
		}
		if b != want {
			err := perr("HPE_STRICT", "Expected LF after chunk data")
			err.back = 1
			return err
		}
	}
	return nil
}

func hexValue(b byte) int {
	switch {
	case b >= '0' && b <= '9':
		return int(b - '0')
	case b >= 'a' && b <= 'f':
		return int(b-'a') + 10
	case b >= 'A' && b <= 'F':
		return int(b-'A') + 10
	}
	return -1
}
