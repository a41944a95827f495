package http

import (
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/internal/gojastore"
	"github.com/gonode/gonode/internal/nativefunc"
	"github.com/gonode/gonode/runtime"
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
	line     string // the status line being rendered
	lines    []headerLine
	date     string // the Date header line for dateSec
	dateSec  int64
	keepLine string // the Connection/Keep-Alive lines for keepSec, keepMax
	keepSec  float64
	keepMax  string
	status   map[statusKey]string // status lines made so far
	kit      *serverKit
}

// freshFields reads res as endResponse does when it is a response the
// server made, which costs a fraction of load's property lookups.
func (h *headRenderer) freshFields(res *goja.Object) (resFields, bool) {
	if h.kit.proto == nil || res.Prototype() != h.kit.proto {
		return resFields{}, false
	}
	f, _, _, ok := h.kit.freshFields(res)
	return f.resFields, ok && f.head == ""
}

type headerLine struct{ name, value string }

type statusKey struct {
	code    int64
	message string
}

// Kinds of headers render reads.
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

func newHeadRenderer(vm *goja.Runtime, texts *goja.Object, kit *serverKit) *headRenderer {
	return &headRenderer{vm: vm, texts: texts, status: map[statusKey]string{}, kit: kit}
}

// writeHeadFunc returns ServerResponse.prototype.writeHead: a native
// function that renders the head in Go (renderHead) when the response has
// no head yet and its _storeHeader is storeHeader, and calls slow, the
// JavaScript writeHead, otherwise or when renderHead declines. It spares a
// JavaScript frame per response.
func (h *headRenderer) writeHeadFunc(rt *runtime.Runtime, slow goja.Callable, storeHeader goja.Value) *goja.Object {
	store := h.kit.store
	fn := nativefunc.Named(h.vm, "writeHead", 3, func(call goja.FunctionCall) goja.Value {
		if res, ok := call.This.(*goja.Object); ok &&
			!truthy(store.Get(res, "_header")) && store.Get(res, "_storeHeader") == storeHeader &&
			h.renderHead(res, call.Argument(0), call.Argument(1), call.Argument(2)) {
			return res
		}
		v, err := slow(call.This, call.Arguments...)
		if err != nil {
			rt.Rethrow(err)
		}
		return v
	})
	return fn
}

// renderHead renders res's head for writeHead(statusCode, reason, obj):
// true when it did (res._header is set), false when it declined and
// changed nothing. The headers are obj, a plain object, when given (and
// res has no header map), else res's header map.
func (h *headRenderer) renderHead(res *goja.Object, status, reasonArg, obj goja.Value) bool {
	if h.kit.kOutHeaders == nil {
		return false
	}
	code, ok := intOf(status)
	if !ok || code < 100 || code > 999 {
		return false
	}
	// writeHead(statusCode[, reason][, obj]): a reason that is not a string
	// is obj when obj is missing.
	if !goja.IsString(reasonArg) {
		if goja.IsUndefined(obj) || goja.IsNull(obj) {
			obj = reasonArg
		}
		reasonArg = nil
	}
	headers, kind := h.kit.store.GetSymbol(res, h.kit.kOutHeaders), int64(headersMap)
	if !goja.IsUndefined(obj) && !goja.IsNull(obj) {
		if !goja.IsNull(headers) {
			return false // headers to merge: JavaScript's
		}
		headers, kind = obj, headersObject
	}
	// The headers first: whatever is declined must be declined before
	// anything is set.
	h.lines = h.lines[:0]
	if o, ok := headers.(*goja.Object); ok {
		if !h.collect(o, kind) {
			return false
		}
	} else if headers != nil && !goja.IsUndefined(headers) && !goja.IsNull(headers) {
		return false
	}
	reason, hasReason := "", reasonArg != nil
	if hasReason {
		reason = reasonArg.String()
	}
	var f resFields
	if fresh, ok := h.freshFields(res); ok {
		f = fresh
	} else if !f.load(res) {
		return false
	}
	if !h.writeHead(&f, code, reason, hasReason) {
		return false
	}
	head := string(h.storeHeader(&f))
	f.apply(h.kit.store, h.vm, res)
	_ = h.kit.store.Set(res, "_header", h.vm.ToValue(head))
	return true
}

// resFields are the properties of a response that writeHead and
// _storeHeader read, as Go values; dirty marks those they changed.
type resFields struct {
	statusCode       int64
	statusMessage    string
	hasMessage       bool // statusMessage is truthy (a non-empty string)
	expectContinue   bool
	sent100          bool
	sendDate         bool
	chunked          bool
	removedConn      bool
	keepAlive        bool
	chunkedByDefault bool
	agent            bool
	maxReached       bool
	keepAliveTimeout goja.Value
	defaultKeepAlive bool
	maxRequests      goja.Value
	hasBody          bool
	contentLength    goja.Value
	removedContLen   bool
	removedTE        bool
	headerSent       bool
	last             bool
	dirty            uint16
}

// The fields of resFields that apply sets.
const (
	dirtyMessage uint16 = 1 << iota
	dirtyCode
	dirtyHasBody
	dirtyKeepAlive
	dirtyRemovedConn
	dirtyLast
	dirtyRemovedTE
	dirtyChunked
	dirtyContentLength
	dirtyRemovedContLen
	dirtyDefaultKeepAlive
	dirtyHeaderSent
)

// load reads the fields from res; false when statusMessage is set to
// something other than a string (JavaScript then converts it).
func (f *resFields) load(res *goja.Object) bool {
	if !f.loadMessage(res.Get("statusMessage")) {
		return false
	}
	code, ok := intOf(res.Get("statusCode"))
	if !ok {
		code = -1 // not an integer: writeHead sets it
	}
	f.statusCode = code
	f.expectContinue = truthy(res.Get("_expect_continue"))
	f.sent100 = f.expectContinue && truthy(res.Get("_sent100"))
	f.sendDate = truthy(res.Get("sendDate"))
	f.chunked = truthy(res.Get("chunkedEncoding"))
	f.removedConn = truthy(res.Get("_removedConnection"))
	f.keepAlive = truthy(res.Get("shouldKeepAlive"))
	f.chunkedByDefault = truthy(res.Get("useChunkedEncodingByDefault"))
	f.agent = truthy(res.Get("agent"))
	f.maxReached = truthy(res.Get("maxRequestsOnConnectionReached"))
	f.keepAliveTimeout = res.Get("_keepAliveTimeout")
	f.defaultKeepAlive = truthy(res.Get("_defaultKeepAlive"))
	f.maxRequests = res.Get("_maxRequestsPerSocket")
	f.hasBody = truthy(res.Get("_hasBody"))
	f.contentLength = res.Get("_contentLength")
	f.removedContLen = truthy(res.Get("_removedContLen"))
	f.removedTE = truthy(res.Get("_removedTE"))
	f.headerSent = truthy(res.Get("_headerSent"))
	f.last = truthy(res.Get("_last"))
	return true
}

// loadMessage takes a statusMessage value; false when it is truthy but not
// a string.
func (f *resFields) loadMessage(m goja.Value) bool {
	if !truthy(m) {
		return true
	}
	s, ok := m.Export().(string)
	f.statusMessage, f.hasMessage = s, ok
	return ok
}

// apply sets the fields writeHead and _storeHeader changed on res, through
// store.
func (f *resFields) apply(store *gojastore.Layout, vm *goja.Runtime, res *goja.Object) {
	d := f.dirty
	if d == 0 {
		return
	}
	set := func(bit uint16, name string, v any) {
		if d&bit != 0 {
			_ = store.Set(res, name, vm.ToValue(v))
		}
	}
	set(dirtyMessage, "statusMessage", f.statusMessage)
	set(dirtyCode, "statusCode", f.statusCode)
	set(dirtyHasBody, "_hasBody", f.hasBody)
	set(dirtyKeepAlive, "shouldKeepAlive", f.keepAlive)
	set(dirtyRemovedConn, "_removedConnection", f.removedConn)
	set(dirtyLast, "_last", f.last)
	set(dirtyRemovedTE, "_removedTE", f.removedTE)
	set(dirtyChunked, "chunkedEncoding", f.chunked)
	if d&dirtyContentLength != 0 {
		_ = store.Set(res, "_contentLength", vm.ToValue(f.contentLength))
	}
	set(dirtyRemovedContLen, "_removedContLen", f.removedContLen)
	set(dirtyDefaultKeepAlive, "_defaultKeepAlive", f.defaultKeepAlive)
	set(dirtyHeaderSent, "_headerSent", f.headerSent)
}

// writeHead does what ServerResponse.writeHead does before rendering:
// settle the status message and code and what they imply. False when the
// message has characters node refuses (JavaScript then throws).
func (h *headRenderer) writeHead(f *resFields, code int64, reason string, hasReason bool) bool {
	message := reason
	if !hasReason {
		if f.hasMessage {
			message = f.statusMessage
		} else {
			message = h.statusText(code)
		}
	}
	line, ok := h.statusLine(code, message)
	if !ok {
		return false
	}
	h.line = line
	if hasReason || !f.hasMessage {
		f.statusMessage, f.hasMessage = message, message != ""
		f.dirty |= dirtyMessage
	}
	if f.statusCode != code {
		f.statusCode = code
		f.dirty |= dirtyCode
	}
	if code == 204 || code == 304 || (code >= 100 && code <= 199) {
		f.hasBody = false
		f.dirty |= dirtyHasBody
	}
	if f.expectContinue && !f.sent100 {
		f.keepAlive = false
		f.dirty |= dirtyKeepAlive
	}
	return true
}

// storeHeader renders the head as _storeHeader does, from h.line and
// h.lines, into h.buf.
func (h *headRenderer) storeHeader(f *resFields) []byte {
	buf := append(h.buf[:0], h.line...)
	seen := 0
	for _, l := range h.lines {
		buf = append(buf, l.name...)
		buf = append(buf, ": "...)
		buf = append(buf, l.value...)
		buf = append(buf, "\r\n"...)
		if len(l.name) >= 4 && len(l.name) <= 17 {
			seen |= h.match(f, l.name, l.value)
		}
	}
	if f.sendDate && seen&sawDate == 0 {
		buf = append(buf, h.dateLine()...)
	}
	if f.chunked && (f.statusCode == 204 || f.statusCode == 304) {
		f.chunked, f.keepAlive = false, false
		f.dirty |= dirtyChunked | dirtyKeepAlive
	}
	if f.removedConn {
		f.last = !f.keepAlive
		f.dirty |= dirtyLast
	} else if seen&sawConnection == 0 {
		keep := f.keepAlive && (seen&sawContLen != 0 || f.chunkedByDefault || f.agent)
		switch {
		case keep && f.maxReached:
			buf = append(buf, "Connection: close\r\n"...)
		case keep:
			if truthy(f.keepAliveTimeout) && f.defaultKeepAlive {
				buf = append(buf, h.keepAliveLines(f.keepAliveTimeout, f.maxRequests)...)
			} else {
				buf = append(buf, "Connection: keep-alive\r\n"...)
			}
		default:
			f.last = true
			f.dirty |= dirtyLast
			buf = append(buf, "Connection: close\r\n"...)
		}
	}
	if seen&(sawContLen|sawTE) == 0 {
		switch {
		case !f.hasBody:
			f.chunked = false
			f.dirty |= dirtyChunked
		case !f.chunkedByDefault:
			f.last = true
			f.dirty |= dirtyLast
		default:
			if isNumber(f.contentLength) && !f.removedContLen {
				buf = append(buf, "Content-Length: "...)
				buf = append(buf, f.contentLength.String()...)
				buf = append(buf, "\r\n"...)
			} else if !f.removedTE {
				buf = append(buf, "Transfer-Encoding: chunked\r\n"...)
				f.chunked = true
				f.dirty |= dirtyChunked
			} else {
				// Both framing headers removed: the body ends where the
				// connection does (outgoing.js's _storeHeader, as node).
				f.last = true
				f.dirty |= dirtyLast
			}
		}
	}
	buf = append(buf, "\r\n"...)
	h.buf = buf
	if f.headerSent {
		f.headerSent = false
		f.dirty |= dirtyHeaderSent
	}
	return buf
}

// collect reads the header lines of headers into h.lines, declining what
// the JavaScript path must handle (or throw for).
func (h *headRenderer) collect(headers *goja.Object, kind int64) bool {
	if kind == headersObject && isArray(headers) {
		return false
	}
	st := h.kit.store
	if names, values, ok := storedHeaders(st, headers); ok {
		for _, n := range *names {
			if !h.addLine(st, kind, string(n), values.Get(n)) {
				return false
			}
		}
		return true
	}
	for _, key := range headers.Keys() {
		if !h.addLine(st, kind, key, headers.Get(key)) {
			return false
		}
	}
	return true
}

// storedHeaders returns the own names and values of headers from goja's
// storage when they are what Keys and Get would give, in the same order: a
// plain object whose properties are all data properties as assignment
// makes them (enumerable), none named like an array index (Keys lists
// those first). st may be nil.
func storedHeaders(st *gojastore.Layout, headers *goja.Object) (*gojastore.Names, *gojastore.Values, bool) {
	if st == nil {
		return nil, nil, false
	}
	names, values, ok := st.Plain(headers)
	if !ok {
		return nil, nil, false
	}
	for _, n := range *names {
		if !st.IsValue(values.Get(n)) || gojastore.IsIndexKey(string(n)) {
			return nil, nil, false
		}
	}
	return names, values, true
}

// addLine adds the header key: v of a header map (v is [name, value]) or of
// a plain object to h.lines, or declines it.
func (h *headRenderer) addLine(st *gojastore.Layout, kind int64, key string, v goja.Value) bool {
	name := key
	if kind == headersMap {
		entry, ok := v.(*goja.Object)
		if !ok {
			return false
		}
		n, value, ok := pair(st, entry)
		if !ok {
			return false
		}
		name, v = n, value
	} else if !isToken(name) {
		return false
	}
	value, ok := headerValue(v)
	if !ok || strings.EqualFold(name, "expect") || strings.EqualFold(name, "trailer") {
		return false
	}
	// node may re-encode a Content-Disposition value above ASCII (see
	// processHeader in lib/outgoing.js); the JavaScript path does that.
	if strings.EqualFold(name, "content-disposition") && !isASCII(value) {
		return false
	}
	h.lines = append(h.lines, headerLine{name, value})
	return true
}

// pair reads an entry of a header map, [name, value], from goja's storage
// where it can (st may be nil).
func pair(st *gojastore.Layout, entry *goja.Object) (name string, value goja.Value, ok bool) {
	if st != nil {
		if elems, isArray := st.Elements(entry); isArray && len(elems) == 2 {
			n, v := st.Elem(elems, 0).Value, st.Elem(elems, 1).Value
			if n != nil && v != nil {
				name, ok = stringOf(n)
				return name, v, ok
			}
		}
	}
	name, ok = stringOf(entry.Get("0"))
	return name, entry.Get("1"), ok
}

// stringOf is v's text when v is a string.
func stringOf(v goja.Value) (string, bool) {
	if v == nil || !goja.IsString(v) {
		return "", false
	}
	return v.String(), true
}

// headerValue is a header value as JavaScript would concatenate it: only
// strings and numbers are taken (no user code may run), and only values
// that pass node's invalid-character check.
func headerValue(v goja.Value) (string, bool) {
	if v == nil {
		return "", false
	}
	if !goja.IsString(v) && !isNumber(v) {
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
func (h *headRenderer) match(f *resFields, name, value string) int {
	switch {
	case strings.EqualFold(name, "connection"):
		f.removedConn = false
		f.dirty |= dirtyRemovedConn
		if hasWord(value, "close") {
			f.last = true
			f.dirty |= dirtyLast
		} else {
			f.keepAlive = true
			f.dirty |= dirtyKeepAlive
		}
		return sawConnection
	case strings.EqualFold(name, "transfer-encoding"):
		f.removedTE = false
		f.dirty |= dirtyRemovedTE
		if hasWord(value, "chunked") {
			f.chunked = true
			f.dirty |= dirtyChunked
		}
		return sawTE
	case strings.EqualFold(name, "content-length"):
		f.contentLength = h.vm.ToValue(value).ToNumber()
		f.removedContLen = false
		f.dirty |= dirtyContentLength | dirtyRemovedContLen
		return sawContLen
	case strings.EqualFold(name, "date"):
		return sawDate
	case strings.EqualFold(name, "keep-alive"):
		f.defaultKeepAlive = false
		f.dirty |= dirtyDefaultKeepAlive
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
	if v == nil {
		return 0, false
	}
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
	if v == nil {
		return false
	}
	switch v.Export().(type) {
	case int64, float64:
		return true
	}
	return false
}

func isArray(o *goja.Object) bool { return o.ClassName() == "Array" }
