package http

import (
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/dop251/goja"
)

// headRenderer renders a ServerResponse's head in Go: what writeHead and
// OutgoingMessage._storeHeader (lib/) do in JavaScript, for the usual
// responses — a status code, and headers given as the response's header
// map or a plain object of strings and numbers. Everything JavaScript
// would throw for, and the rarer cases (array values, Expect, unique
// headers), are declined before anything changes, and the JavaScript path
// runs instead. It reads and sets the same properties on the response as
// the JavaScript path, in one native call instead of some hundred
// interpreted operations.
type headRenderer struct {
	vm       *goja.Runtime
	texts    *goja.Object // http.STATUS_CODES
	buf      []byte
	lines    []headerLine
	date     string // the Date header line for dateSec
	dateSec  int64
	keepLine string // the Connection/Keep-Alive lines for keepSec, keepMax
	keepSec  float64
	keepMax  string
	status   map[statusKey]string // status lines made so far
}

type headerLine struct{ name, value string }

type statusKey struct {
	code    int64
	message string
}

// Kinds of headers passed to render.
const (
	headersMap    = 0 // the response's header map: name → [name, value], validated
	headersObject = 1 // a plain object given to writeHead: to validate
)

// What the rendered headers include (as _storeHeader's renderSeen).
const (
	sawConnection = 1 << iota
	sawContLen
	sawTE
	sawDate
)

func newHeadRenderer(vm *goja.Runtime, texts *goja.Object) *headRenderer {
	return &headRenderer{vm: vm, texts: texts, status: map[statusKey]string{}}
}

// render is renderHead(res, statusCode, reason, headers, kind): true when
// it rendered res's head (res._header is set), false when it declined and
// changed nothing.
func (h *headRenderer) render(call goja.FunctionCall) goja.Value {
	return h.vm.ToValue(h.renderHead(call))
}

func (h *headRenderer) renderHead(call goja.FunctionCall) bool {
	res, ok := call.Argument(0).(*goja.Object)
	if !ok {
		return false
	}
	code, ok := intOf(call.Argument(1))
	if !ok || code < 100 || code > 999 {
		return false
	}
	// The headers first: whatever is declined must be declined before
	// anything is set.
	h.lines = h.lines[:0]
	if headers, ok := call.Argument(3).(*goja.Object); ok {
		if !h.collect(headers, call.Argument(4).ToInteger()) {
			return false
		}
	} else if !goja.IsUndefined(call.Argument(3)) && !goja.IsNull(call.Argument(3)) {
		return false
	}
	var message string
	if reason := call.Argument(2); !goja.IsUndefined(reason) {
		s, ok := reason.Export().(string)
		if !ok {
			return false
		}
		message = s
	} else if m := res.Get("statusMessage"); m != nil && m.ToBoolean() {
		s, ok := m.Export().(string)
		if !ok {
			return false
		}
		message = s
	} else {
		message = h.statusText(code)
	}
	line, ok := h.statusLine(code, message)
	if !ok {
		return false
	}

	// As writeHead.
	if !goja.IsUndefined(call.Argument(2)) || !truthy(res.Get("statusMessage")) {
		_ = res.Set("statusMessage", message)
	}
	if v, ok := intOf(res.Get("statusCode")); !ok || v != code {
		_ = res.Set("statusCode", code)
	}
	if code == 204 || code == 304 || (code >= 100 && code <= 199) {
		_ = res.Set("_hasBody", false)
	}
	if truthy(res.Get("_expect_continue")) && !truthy(res.Get("_sent100")) {
		_ = res.Set("shouldKeepAlive", false)
	}

	// As _storeHeader.
	buf := append(h.buf[:0], line...)
	seen := 0
	for _, l := range h.lines {
		buf = append(buf, l.name...)
		buf = append(buf, ": "...)
		buf = append(buf, l.value...)
		buf = append(buf, "\r\n"...)
		if len(l.name) >= 4 && len(l.name) <= 17 {
			seen |= h.match(res, l.name, l.value)
		}
	}
	if truthy(res.Get("sendDate")) && seen&sawDate == 0 {
		buf = append(buf, h.dateLine()...)
	}
	statusCode := res.Get("statusCode")
	if truthy(res.Get("chunkedEncoding")) && (strictEquals(statusCode, 204) || strictEquals(statusCode, 304)) {
		_ = res.Set("chunkedEncoding", false)
		_ = res.Set("shouldKeepAlive", false)
	}
	if truthy(res.Get("_removedConnection")) {
		_ = res.Set("_last", !truthy(res.Get("shouldKeepAlive")))
	} else if seen&sawConnection == 0 {
		keep := truthy(res.Get("shouldKeepAlive")) &&
			(seen&sawContLen != 0 || truthy(res.Get("useChunkedEncodingByDefault")) || truthy(res.Get("agent")))
		switch {
		case keep && truthy(res.Get("maxRequestsOnConnectionReached")):
			buf = append(buf, "Connection: close\r\n"...)
		case keep:
			if ka := res.Get("_keepAliveTimeout"); truthy(ka) && truthy(res.Get("_defaultKeepAlive")) {
				buf = append(buf, h.keepAliveLines(ka, res.Get("_maxRequestsPerSocket"))...)
			} else {
				buf = append(buf, "Connection: keep-alive\r\n"...)
			}
		default:
			_ = res.Set("_last", true)
			buf = append(buf, "Connection: close\r\n"...)
		}
	}
	if seen&(sawContLen|sawTE) == 0 {
		switch {
		case !truthy(res.Get("_hasBody")):
			_ = res.Set("chunkedEncoding", false)
		case !truthy(res.Get("useChunkedEncodingByDefault")):
			_ = res.Set("_last", true)
		default:
			cl := res.Get("_contentLength")
			if isNumber(cl) && !truthy(res.Get("_removedContLen")) {
				buf = append(buf, "Content-Length: "...)
				buf = append(buf, cl.String()...)
				buf = append(buf, "\r\n"...)
			} else if !truthy(res.Get("_removedTE")) {
				buf = append(buf, "Transfer-Encoding: chunked\r\n"...)
				_ = res.Set("chunkedEncoding", true)
			}
		}
	}
	buf = append(buf, "\r\n"...)
	h.buf = buf
	_ = res.Set("_header", string(buf))
	if truthy(res.Get("_headerSent")) {
		_ = res.Set("_headerSent", false)
	}
	return true
}

// collect reads the header lines of headers into h.lines, declining what
// the JavaScript path must handle (or throw for).
func (h *headRenderer) collect(headers *goja.Object, kind int64) bool {
	if kind != headersMap && kind != headersObject {
		return false
	}
	if kind == headersObject && isArray(headers) {
		return false
	}
	for _, key := range headers.Keys() {
		v := headers.Get(key)
		name := key
		if kind == headersMap {
			entry, ok := v.(*goja.Object)
			if !ok {
				return false
			}
			n, ok := entry.Get("0").Export().(string)
			if !ok {
				return false
			}
			name, v = n, entry.Get("1")
		} else if !isToken(name) {
			return false
		}
		value, ok := headerValue(v)
		if !ok {
			return false
		}
		if len(name) >= 4 && len(name) <= 17 {
			switch strings.ToLower(name) {
			case "expect", "trailer":
				return false
			}
		}
		h.lines = append(h.lines, headerLine{name, value})
	}
	return true
}

// headerValue is a header value as JavaScript would concatenate it: only
// strings and numbers are taken (no user code may run), and only values
// that pass node's invalid-character check.
func headerValue(v goja.Value) (string, bool) {
	if v == nil {
		return "", false
	}
	if _, ok := v.Export().(string); !ok && !isNumber(v) {
		return "", false
	}
	s := v.String()
	return s, validValue(s)
}

// validValue is the negation of node's checkInvalidHeaderChar.
func validValue(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '\t' && (c < 0x20 || c == 0x7f) {
			return false
		}
	}
	// Characters above U+00FF are invalid too; the string is UTF-8 here.
	for _, r := range s {
		if r > 0xff {
			return false
		}
	}
	return true
}

// match notes the headers that decide framing and keep-alive, as
// matchHeader does.
func (h *headRenderer) match(res *goja.Object, name, value string) int {
	switch strings.ToLower(name) {
	case "connection":
		_ = res.Set("_removedConnection", false)
		if hasWord(value, "close") {
			_ = res.Set("_last", true)
		} else {
			_ = res.Set("shouldKeepAlive", true)
		}
		return sawConnection
	case "transfer-encoding":
		_ = res.Set("_removedTE", false)
		if hasWord(value, "chunked") {
			_ = res.Set("chunkedEncoding", true)
		}
		return sawTE
	case "content-length":
		_ = res.Set("_contentLength", h.vm.ToValue(value).ToNumber())
		_ = res.Set("_removedContLen", false)
		return sawContLen
	case "date":
		return sawDate
	case "keep-alive":
		_ = res.Set("_defaultKeepAlive", false)
	}
	return 0
}

// hasWord is /(?:^|\W)word(?:$|\W)/i.test(s) for a lower-case ASCII word.
func hasWord(s, word string) bool {
	for i := 0; i+len(word) <= len(s); i++ {
		if !strings.EqualFold(s[i:i+len(word)], word) {
			continue
		}
		if (i == 0 || !isWordByte(s[i-1])) && (i+len(word) == len(s) || !isWordByte(s[i+len(word)])) {
			return true
		}
	}
	return false
}

func isWordByte(c byte) bool {
	return c == '_' || (c >= '0' && c <= '9') || (c|0x20 >= 'a' && c|0x20 <= 'z')
}

// isToken is node's checkIsHttpToken.
func isToken(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if isWordByte(c) && c != '_' {
			continue
		}
		switch c {
		case '^', '_', '`', '-', '!', '#', '$', '%', '&', '\'', '*', '+', '.', '|', '~':
		default:
			return false
		}
	}
	return true
}

// statusLine is the first line of a response, or false when message has
// characters node refuses.
func (h *headRenderer) statusLine(code int64, message string) (string, bool) {
	key := statusKey{code, message}
	if line, ok := h.status[key]; ok {
		return line, true
	}
	if !validValue(message) {
		return "", false
	}
	line := "HTTP/1.1 " + strconv.FormatInt(code, 10) + " " + message + "\r\n"
	if len(h.status) < 64 {
		h.status[key] = line
	}
	return line, true
}

// dateLine is the Date header line, made once a second.
func (h *headRenderer) dateLine() string {
	now := time.Now()
	if sec := now.Unix(); sec != h.dateSec || h.date == "" {
		h.dateSec = sec
		h.date = "Date: " + now.UTC().Format("Mon, 02 Jan 2006 15:04:05 GMT") + "\r\n"
	}
	return h.date
}

// keepAliveLines are the Connection and Keep-Alive lines of a connection
// kept alive.
// maxRequests, when ~~max > 0, is added as written (`${max}`).
func (h *headRenderer) keepAliveLines(timeout, maxRequests goja.Value) string {
	sec := math.Floor(timeout.ToFloat() / 1000)
	maxText := ""
	if maxRequests != nil && !goja.IsUndefined(maxRequests) && int32(maxRequests.ToInteger()) > 0 {
		maxText = maxRequests.String()
	}
	if h.keepLine != "" && sec == h.keepSec && maxText == h.keepMax {
		return h.keepLine
	}
	line := "Connection: keep-alive\r\nKeep-Alive: timeout=" + h.vm.ToValue(sec).String()
	if maxText != "" {
		line += ", max=" + maxText
	}
	h.keepLine, h.keepSec, h.keepMax = line+"\r\n", sec, maxText
	return h.keepLine
}

// statusText is STATUS_CODES[code] || 'unknown'.
func (h *headRenderer) statusText(code int64) string {
	if v := h.texts.Get(strconv.FormatInt(code, 10)); v != nil {
		if s, ok := v.Export().(string); ok && s != "" {
			return s
		}
	}
	return "unknown"
}

func truthy(v goja.Value) bool { return v != nil && v.ToBoolean() }

func intOf(v goja.Value) (int64, bool) {
	switch n := v.Export().(type) {
	case int64:
		return n, true
	case float64:
		if n == float64(int64(n)) {
			return int64(n), true
		}
	}
	return 0, false
}

func isNumber(v goja.Value) bool {
	switch v.Export().(type) {
	case int64, float64:
		return true
	}
	return false
}

func strictEquals(v goja.Value, n int64) bool {
	m, ok := intOf(v)
	return ok && m == n
}

func isArray(o *goja.Object) bool { return o.ClassName() == "Array" }
