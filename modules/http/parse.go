package http

import (
	"bytes"
	"strconv"
)

// parseError is a malformed message. It reaches JavaScript shaped like the
// errors of node's llhttp parser: code "HPE_…", message "Parse Error: <reason>".
type parseError struct {
	code   string
	reason string
	// at is where in the line being parsed the error lies; the reader
	// turns it into back, how far before the parser's position it lies.
	at, back int
	// bytesParsed and packet are where the reader found the error.
	bytesParsed int
	packet      []byte
}

func (e *parseError) Error() string { return "Parse Error: " + e.reason }

func perr(code, reason string) *parseError { return &parseError{code: code, reason: reason} }

// perrAt is perr for an error at byte at of the line being parsed.
func perrAt(at int, code, reason string) *parseError {
	return &parseError{code: code, reason: reason, at: at}
}

// shift moves the position of a parse error found in a part of a line that
// starts at off.
func shift(err error, off int) error {
	if pe, ok := err.(*parseError); ok {
		pe.at += off
	}
	return err
}

// rtspMethods are the methods llhttp's method matcher knows besides node's:
// an invalid method is reported where it stops matching them all.
var rtspMethods = []string{
	"ANNOUNCE", "DESCRIBE", "FLUSH", "GET_PARAMETER", "PAUSE", "PLAY", "PRI", "RECORD",
	"REDIRECT", "SETUP", "SET_PARAMETER", "TEARDOWN",
}

// methodMismatch is how many bytes of line match the start of a method.
func methodMismatch(line []byte) int {
	best := 0
	for _, list := range [][]string{rtspMethods, methods} {
		for _, m := range list {
			n := 0
			for n < len(m) && n < len(line) && line[n] == m[n] {
				n++
			}
			best = max(best, n)
		}
	}
	return best
}

// errEOFState is the end of the stream in the middle of a message.
var errEOFState = perr("HPE_INVALID_EOF_STATE", "Invalid EOF state")

// methods are the request methods node's parser accepts (http.METHODS).
var methods = []string{
	"ACL", "BIND", "CHECKOUT", "CONNECT", "COPY", "DELETE", "GET", "HEAD", "LINK", "LOCK",
	"M-SEARCH", "MERGE", "MKACTIVITY", "MKCALENDAR", "MKCOL", "MOVE", "NOTIFY", "OPTIONS",
	"PATCH", "POST", "PROPFIND", "PROPPATCH", "PURGE", "PUT", "QUERY", "REBIND", "REPORT",
	"SEARCH", "SOURCE", "SUBSCRIBE", "TRACE", "UNBIND", "UNLINK", "UNLOCK", "UNSUBSCRIBE",
}

// knownMethod returns the interned method name for m, or "" if node's parser
// would reject it.
func knownMethod(m []byte) string {
	for _, s := range methods {
		if string(m) == s {
			return s
		}
	}
	return ""
}

// tokenChars marks the bytes allowed in a header name (RFC 9110 tchar).
var tokenChars = [256]bool{
	'0': true, '1': true, '2': true, '3': true, '4': true, '5': true, '6': true, '7': true, '8': true,
	'9': true, 'A': true, 'B': true, 'C': true, 'D': true, 'E': true, 'F': true, 'G': true, 'H': true,
	'I': true, 'J': true, 'K': true, 'L': true, 'M': true, 'N': true, 'O': true, 'P': true, 'Q': true,
	'R': true, 'S': true, 'T': true, 'U': true, 'V': true, 'W': true, 'X': true, 'Y': true, 'Z': true,
	'a': true, 'b': true, 'c': true, 'd': true, 'e': true, 'f': true, 'g': true, 'h': true, 'i': true,
	'j': true, 'k': true, 'l': true, 'm': true, 'n': true, 'o': true, 'p': true, 'q': true, 'r': true,
	's': true, 't': true, 'u': true, 'v': true, 'w': true, 'x': true, 'y': true, 'z': true, '!': true,
	'#': true, '$': true, '%': true, '&': true, '\'': true, '*': true, '+': true, '-': true,
	'.': true, '^': true, '_': true, '`': true, '|': true, '~': true,
}

// validValueByte reports whether c may appear in a header value: visible
// ASCII, space, tab and obs-text, as llhttp accepts.
func validValueByte(c byte) bool {
	return c == '\t' || (c >= 0x20 && c != 0x7f)
}

// head is the start line and header section of one message.
type head struct {
	method        string // requests
	url           string
	statusCode    int // responses
	statusMessage string
	major, minor  int
	raw           []string // names and values as received, alternating

	contentLength int64 // -1 without Content-Length
	chunked       bool  // Transfer-Encoding ends in chunked
	hasTE         bool
	connClose     bool // Connection: close
	connKeepAlive bool // Connection: keep-alive
	connUpgrade   bool // Connection: upgrade
	hasUpgrade    bool // an Upgrade header
	hasHost       bool // a Host header
	hasExpect     bool // an Expect header
	keepAlive     bool // the connection may carry another message afterwards
	upgrade       bool // the connection switches protocol after this head
	// lenient parses as llhttp's lenient flags (insecureHTTPParser) allow:
	// any byte in a header value but CR and LF, any version, both
	// Transfer-Encoding and Content-Length, and a request's
	// Transfer-Encoding without chunked (the body runs to the end).
	lenient bool
}

// parseRequestLine reads "METHOD SP target SP HTTP/x.y" (CRLF stripped).
func parseRequestLine(line []byte, h *head) error {
	i := 0
	for i < len(line) && (line[i] >= 'A' && line[i] <= 'Z' || line[i] == '-') {
		i++
	}
	h.method = knownMethod(line[:i])
	if h.method == "" {
		n := methodMismatch(line)
		if knownMethod(line[:n]) != "" {
			// A whole method, then more letters (GETX).
			return perrAt(n, "HPE_INVALID_METHOD", "Expected space after method")
		}
		return perrAt(n, "HPE_INVALID_METHOD", "Invalid method encountered")
	}
	if i == len(line) || line[i] != ' ' {
		return perrAt(methodMismatch(line), "HPE_INVALID_METHOD", "Expected space after method")
	}
	for i < len(line) && line[i] == ' ' {
		i++
	}
	start := i
	for i < len(line) && line[i] != ' ' {
		if c := line[i]; c <= 0x20 || c >= 0x7f {
			return perrAt(i, "HPE_INVALID_URL", "Invalid char in url path")
		}
		i++
	}
	if i == start {
		return perrAt(i, "HPE_INVALID_URL", "Unexpected start char in url")
	}
	h.url = string(line[start:i])
	if i == len(line) {
		// No version: an HTTP/0.9 request line, which llhttp accepts.
		h.major, h.minor = 0, 9
		return nil
	}
	for i < len(line) && line[i] == ' ' {
		i++
	}
	return shift(parseVersion(line[i:], h, true), i)
}

// parseVersion reads "HTTP/x.y"; atEnd says nothing may follow it.
func parseVersion(b []byte, h *head, atEnd bool) error {
	if !bytes.HasPrefix(b, []byte("HTTP/")) {
		return perr("HPE_INVALID_CONSTANT", "Expected HTTP/, RTSP/ or ICE/")
	}
	b = b[5:]
	if len(b) < 1 || b[0] < '0' || b[0] > '9' {
		return perrAt(5, "HPE_INVALID_VERSION", "Invalid major version char")
	}
	if len(b) < 2 || b[1] != '.' {
		return perrAt(6, "HPE_INVALID_VERSION", "Expected dot")
	}
	if len(b) < 3 || b[2] < '0' || b[2] > '9' {
		return perrAt(7, "HPE_INVALID_VERSION", "Invalid minor version char")
	}
	h.major, h.minor = int(b[0]-'0'), int(b[2]-'0')
	switch h.major*10 + h.minor {
	case 9, 10, 11, 20:
	default:
		if !h.lenient {
			return perrAt(8, "HPE_INVALID_VERSION", "Invalid HTTP version")
		}
	}
	if atEnd && len(b) > 3 {
		return perrAt(8, "HPE_INVALID_VERSION", "Expected CRLF after version")
	}
	return nil
}

// parseStatusLine reads "HTTP/x.y SP 3DIGIT [SP reason]" (CRLF stripped).
func parseStatusLine(line []byte, h *head) error {
	if err := parseVersion(line, h, false); err != nil {
		return err
	}
	b := line[8:]
	if len(b) == 0 || b[0] != ' ' {
		return perr("HPE_INVALID_VERSION", "Expected space after version")
	}
	b = b[1:]
	if len(b) < 3 {
		return perr("HPE_INVALID_STATUS", "Invalid status code")
	}
	code := 0
	for _, c := range b[:3] {
		if c < '0' || c > '9' {
			return perr("HPE_INVALID_STATUS", "Invalid status code")
		}
		code = code*10 + int(c-'0')
	}
	h.statusCode = code
	b = b[3:]
	if len(b) > 0 {
		if b[0] != ' ' {
			return perr("HPE_INVALID_STATUS", "Invalid response status")
		}
		for _, c := range b[1:] {
			if !validValueByte(c) {
				return perr("HPE_INVALID_STATUS", "Invalid response status")
			}
		}
		h.statusMessage = latin1(b[1:])
	}
	return nil
}

// parseHeaderLine reads "name: value" (CRLF stripped) into h. Trailer lines
// skip the framing rules.
func parseHeaderLine(line []byte, h *head, trailer bool) error {
	if len(line) > 0 && (line[0] == ' ' || line[0] == '\t') {
		return perr("HPE_INVALID_HEADER_TOKEN", "Unexpected whitespace after header value")
	}
	colon := 0
	for colon < len(line) && tokenChars[line[colon]] {
		colon++
	}
	if colon == 0 || colon == len(line) || line[colon] != ':' {
		return perrAt(colon, "HPE_INVALID_HEADER_TOKEN", "Invalid header token")
	}
	name := line[:colon]
	if !trailer {
		if err := h.framingConflict(name); err != nil {
			return shift(err, colon+1)
		}
	}
	value := bytes.TrimLeft(line[colon+1:], " \t")
	vstart := len(line) - len(value)
	value = bytes.TrimRight(value, " \t")
	for j, c := range value {
		if !validValueByte(c) && !h.lenient {
			return perrAt(vstart+j, "HPE_INVALID_HEADER_TOKEN", "Invalid header value char")
		}
	}
	if !trailer {
		if err := h.frame(name, value); err != nil {
			return shift(err, vstart)
		}
	}
	h.raw = append(h.raw, headerName(name), latin1(value))
	return nil
}

// frame applies the headers that decide the message's framing and the
// connection's fate.
func (h *head) frame(name, value []byte) error {
	switch {
	case len(name) == 14 && bytes.EqualFold(name, []byte("content-length")):
		if h.contentLength >= 0 {
			return perr("HPE_UNEXPECTED_CONTENT_LENGTH", "Duplicate Content-Length")
		}
		if len(value) == 0 {
			return perr("HPE_INVALID_CONTENT_LENGTH", "Empty Content-Length")
		}
		for j, c := range value {
			if c < '0' || c > '9' {
				return perrAt(j, "HPE_INVALID_CONTENT_LENGTH", "Invalid character in Content-Length")
			}
		}
		n, err := strconv.ParseInt(string(value), 10, 64)
		if err != nil {
			return perr("HPE_INVALID_CONTENT_LENGTH", "Content-Length overflow")
		}
		h.contentLength = n
	case len(name) == 17 && bytes.EqualFold(name, []byte("transfer-encoding")):
		h.hasTE = true
		// Tokens of repeated headers continue the list: in a request,
		// chunked must be the last one of them all (llhttp).
		start := 0 // of the token in value
		for tok := range bytes.SplitSeq(value, []byte(",")) {
			if h.chunked && h.statusCode == 0 {
				// llhttp stops past the comma, or past the first byte
				// of a header that follows one ending in chunked.
				return perrAt(max(start, 1), "HPE_INVALID_TRANSFER_ENCODING", "Invalid `Transfer-Encoding` header value")
			}
			start += len(tok) + 1
			h.chunked = bytes.EqualFold(bytes.Trim(tok, " \t"), []byte("chunked"))
		}
	case len(name) == 10 && bytes.EqualFold(name, []byte("connection")):
		for tok := range bytes.SplitSeq(value, []byte(",")) {
			tok = bytes.Trim(tok, " \t")
			switch {
			case bytes.EqualFold(tok, []byte("close")):
				h.connClose = true
			case bytes.EqualFold(tok, []byte("keep-alive")):
				h.connKeepAlive = true
			case bytes.EqualFold(tok, []byte("upgrade")):
				h.connUpgrade = true
			}
		}
	case len(name) == 7 && bytes.EqualFold(name, []byte("upgrade")):
		h.hasUpgrade = true
	case len(name) == 4 && bytes.EqualFold(name, []byte("host")):
		h.hasHost = true
	case len(name) == 6 && bytes.EqualFold(name, []byte("expect")):
		h.hasExpect = true
	}
	return nil
}

// framingConflict is llhttp's error, as the header name ends, for a
// Content-Length after a Transfer-Encoding or the reverse (lenient parsing
// allows both).
func (h *head) framingConflict(name []byte) error {
	switch {
	case h.lenient:
	case h.hasTE && bytes.EqualFold(name, []byte("content-length")):
		return perr("HPE_INVALID_CONTENT_LENGTH", "Content-Length can't be present with Transfer-Encoding")
	case h.contentLength >= 0 && bytes.EqualFold(name, []byte("transfer-encoding")):
		return perr("HPE_INVALID_TRANSFER_ENCODING", "Transfer-Encoding can't be present with Content-Length")
	}
	return nil
}

// finish checks the header section as a whole and decides keep-alive and
// upgrade, as llhttp does once the headers are complete.
func (h *head) finish(isResponse, noBody bool) error {
	if h.hasTE {
		// (Lenient only: with Content-Length.) The body is chunked, or
		// runs to the end of the stream.
		h.contentLength = -1
	}
	if isResponse {
		h.upgrade = h.statusCode == 101 && h.hasUpgrade && h.connUpgrade
	} else {
		h.upgrade = h.method == "CONNECT" || (h.hasUpgrade && h.connUpgrade)
	}
	if h.major > 1 || (h.major == 1 && h.minor >= 1) {
		h.keepAlive = !h.connClose
	} else {
		h.keepAlive = h.connKeepAlive
	}
	// A body that only the end of the stream delimits (a response's, or,
	// parsing leniently, a request's) uses up the connection.
	if (isResponse || h.hasTE && h.lenient) && !noBody && !h.chunked && h.contentLength < 0 {
		h.keepAlive = false
	}
	return nil
}

// unframed reports whether h, a request head that is not an upgrade, has
// a body whose length cannot be told: a Transfer-Encoding whose last coding
// is not chunked. llhttp finds that once the head is complete (the request
// is emitted) and then fails with HPE_INVALID_TRANSFER_ENCODING; lenient
// parsing reads such a body to the end of the stream instead.
func (h *head) unframed() bool {
	return h.hasTE && !h.chunked && !h.lenient
}

// headerName interns the common header names so that each message does not
// allocate them again.
func headerName(b []byte) string {
	switch len(b) {
	case 4:
		if string(b) == "Host" {
			return "Host"
		}
	case 6:
		if string(b) == "Accept" {
			return "Accept"
		}
	case 10:
		switch string(b) {
		case "Connection":
			return "Connection"
		case "User-Agent":
			return "User-Agent"
		}
	case 12:
		if string(b) == "Content-Type" {
			return "Content-Type"
		}
	case 14:
		if string(b) == "Content-Length" {
			return "Content-Length"
		}
	}
	return latin1(b)
}

// latin1 decodes bytes as node decodes header bytes: one character per byte.
func latin1(b []byte) string {
	for _, c := range b {
		if c >= 0x80 {
			r := make([]rune, len(b))
			for i, c := range b {
				r[i] = rune(c)
			}
			return string(r)
		}
	}
	return string(b)
}
