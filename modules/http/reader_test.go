package http

import (
	"fmt"
	"io"
	"strings"
	"testing"
	"testing/iotest"
	"time"
)

// readAll runs a msgStream over input (delivered in pieces of size chunk, 0 =
// all at once) and describes the events it produced.
func readAll(t *testing.T, input string, isResponse bool, chunk int, methods ...string) string {
	t.Helper()
	return readStream(t, input, isResponse, false, chunk, methods...)
}

// readStream is readAll, leniently parsing (insecureHTTPParser) if lenient.
func readStream(t *testing.T, input string, isResponse, lenient bool, chunk int, methods ...string) string {
	t.Helper()
	var out []string
	var s *msgStream
	deliver := func(batch []event) {
		for _, ev := range batch {
			out = append(out, describe(ev))
			if ev.kind == evBody {
				s.consumed()
			}
			if ev.kind == evHead && ev.head.upgrade {
				s.decide(true)
			}
		}
	}
	var r = strings.NewReader(input)
	if chunk > 0 {
		s = newMsgStream(iotest.OneByteReader(r), isResponse, 16384, deliver)
	} else {
		s = newMsgStream(r, isResponse, 16384, deliver)
	}
	s.lenient = lenient
	for _, m := range methods {
		s.expect(m)
	}
	_, _ = s.run()
	return strings.Join(out, " | ")
}

// canonical rewrites a description so that it does not depend on how the
// input was split: inline bodies become body events, adjacent body events
// merge, and the bytes after an upgrade head are dropped.
func canonical(desc string) string {
	var out []string
	body := ""
	flush := func() {
		if body != "" {
			out = append(out, "body "+body)
			body = ""
		}
	}
	for _, part := range strings.Split(desc, " | ") {
		switch {
		case strings.HasPrefix(part, "body "):
			body += strings.Trim(strings.TrimPrefix(part, "body "), `"`)
		case strings.Contains(part, " complete="):
			i := strings.Index(part, " complete=")
			head := part[:i]
			if j := strings.Index(head, " upgrade rest="); j >= 0 {
				head = head[:j] + " upgrade"
			}
			out = append(out, head)
			body = strings.Trim(part[i+len(" complete="):], `"`)
			flush()
			out = append(out, "end []")
		case strings.HasPrefix(part, "end"):
			flush()
			out = append(out, part)
		default:
			flush()
			out = append(out, part)
		}
	}
	flush()
	return strings.Join(out, " | ")
}

func describe(ev event) string {
	switch ev.kind {
	case evHead:
		h := ev.head
		var sb strings.Builder
		if h.method != "" {
			fmt.Fprintf(&sb, "%s %s", h.method, h.url)
		} else {
			fmt.Fprintf(&sb, "%d %q", h.statusCode, h.statusMessage)
		}
		fmt.Fprintf(&sb, " %d.%d %q ka=%v", h.major, h.minor, h.raw, h.keepAlive)
		if h.upgrade {
			fmt.Fprintf(&sb, " upgrade rest=%q", ev.rest)
		}
		if ev.complete {
			fmt.Fprintf(&sb, " complete=%q", ev.data)
		}
		return sb.String()
	case evBody:
		return fmt.Sprintf("body %q", ev.data)
	case evEnd:
		return fmt.Sprintf("end %q", ev.raw)
	case evError:
		return "error " + ev.err.code + " " + ev.err.reason
	case evEOF:
		if ev.midMessage {
			return "eof-mid"
		}
		return "eof"
	}
	return "?"
}

func TestReadRequests(t *testing.T) {
	cases := []struct{ in, want string }{
		{"GET / HTTP/1.1\r\nHost: x\r\n\r\n",
			`GET / 1.1 ["Host" "x"] ka=true complete="" | eof`},
		{"\r\nGET /a?b HTTP/1.0\r\nX-A:  sp  \r\n\r\n",
			`GET /a?b 1.0 ["X-A" "sp"] ka=false complete="" | eof`},
		{"GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n",
			`GET / 1.0 ["Connection" "Keep-Alive"] ka=true complete="" | eof`},
		{"POST / HTTP/1.1\r\nContent-Length: 3\r\n\r\nabcGET /2 HTTP/1.1\r\nConnection: close\r\n\r\n",
			`POST / 1.1 ["Content-Length" "3"] ka=true complete="abc" | GET /2 1.1 ["Connection" "close"] ka=false complete="" | eof`},
		{"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3;x=1\r\nabc\r\n0\r\nX-T: 1\r\n\r\n",
			`POST / 1.1 ["Transfer-Encoding" "chunked"] ka=true | body "abc" | end ["X-T" "1"] | eof`},
		{"GET / HTTP/1.1\r\nX-A: \xc3\xa9\r\n\r\n",
			`GET / 1.1 ["X-A" "Ã©"] ka=true complete="" | eof`},
		{"GET / HTTP/1.1\r\nUpgrade: ws\r\nConnection: Upgrade\r\n\r\nHELLO",
			`GET / 1.1 ["Upgrade" "ws" "Connection" "Upgrade"] ka=true upgrade rest="HELLO" complete=""`},
		{"POST / HTTP/1.1\r\nContent-Length: 10\r\n\r\nabc",
			`POST / 1.1 ["Content-Length" "10"] ka=true | body "abc" | eof-mid`},
		{"GET / HTTP/1.1\r\nHost: x\r\n", `eof-mid`},
		{"FOO / HTTP/1.1\r\n\r\n", `error HPE_INVALID_METHOD Invalid method encountered`},
		// Bytes that cannot begin a request fail before any line ends (a
		// TLS handshake sent to an HTTP port); a method's start waits.
		{"hello world", `error HPE_INVALID_METHOD Invalid method encountered`},
		{"\x16\x03\x01\x02\x00\x01", `error HPE_INVALID_METHOD Invalid method encountered`},
		{"GETX", `error HPE_INVALID_METHOD Expected space after method`},
		{"\r\nGE", `eof-mid`},
		{"get / HTTP/1.1\r\n\r\n", `error HPE_INVALID_METHOD Invalid method encountered`},
		{"GET\t/ HTTP/1.1\r\n\r\n", `error HPE_INVALID_METHOD Expected space after method`},
		{"GET / HTTP/1.1\nHost: x\n\n", `error HPE_INVALID_VERSION Expected CRLF after version`},
		{"GET / HTTP/1.1\r\r\n\r\n", `error HPE_STRICT Expected CRLF after version`},
		{"GET / HTTP/1.2\r\n\r\n", `error HPE_INVALID_VERSION Invalid HTTP version`},
		{"GET / HTTP/1.10\r\n\r\n", `error HPE_INVALID_VERSION Expected CRLF after version`},
		{"GET /a b HTTP/1.1\r\n\r\n", `error HPE_INVALID_CONSTANT Expected HTTP/, RTSP/ or ICE/`},
		{"GET /\x01 HTTP/1.1\r\n\r\n", `error HPE_INVALID_URL Invalid char in url path`},
		{"GET / HTTP/1.1\r\nHost: x\n\n", `error HPE_CR_EXPECTED Missing expected CR after header value`},
		{"GET / HTTP/1.1\r\nHost : x\r\n\r\n", `error HPE_INVALID_HEADER_TOKEN Invalid header token`},
		{"GET / HTTP/1.1\r\nX-A: a\r\n  b\r\n\r\n", `error HPE_INVALID_HEADER_TOKEN Unexpected whitespace after header value`},
		{"GET / HTTP/1.1\r\nX-A: a\x01\r\n\r\n", `error HPE_INVALID_HEADER_TOKEN Invalid header value char`},
		{"GET / HTTP/1.1\r\n Host: x\r\n\r\n", `error HPE_UNEXPECTED_SPACE Unexpected space after start line`},
		{"GET / HTTP/1.1\r\n\tHost: x\r\n\r\n", `error HPE_INVALID_HEADER_TOKEN Invalid header token`},
		{"GET / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 1\r\n\r\na", `error HPE_UNEXPECTED_CONTENT_LENGTH Duplicate Content-Length`},
		{"GET / HTTP/1.1\r\nContent-Length: -1\r\n\r\n", `error HPE_INVALID_CONTENT_LENGTH Invalid character in Content-Length`},
		{"POST / HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n", `error HPE_INVALID_TRANSFER_ENCODING Transfer-Encoding can't be present with Content-Length`},
		// The request's head is complete when its unknown length fails.
		{"POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n", `POST / 1.1 ["Transfer-Encoding" "gzip"] ka=true | error HPE_INVALID_TRANSFER_ENCODING Request has invalid ` + "`Transfer-Encoding`"},
		// An upgrade takes the connection first.
		{"GET / HTTP/1.1\r\nTransfer-Encoding: gzip\r\nUpgrade: ws\r\nConnection: upgrade\r\n\r\n",
			`GET / 1.1 ["Transfer-Encoding" "gzip" "Upgrade" "ws" "Connection" "upgrade"] ka=true upgrade rest="" complete=""`},
		{"POST / HTTP/1.1\r\nTransfer-Encoding: chunked, gzip\r\n\r\n", "error HPE_INVALID_TRANSFER_ENCODING Invalid `Transfer-Encoding` header value"},
		{"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", `POST / 1.1 ["Transfer-Encoding" "chunked"] ka=true | error HPE_INVALID_CHUNK_SIZE Invalid character in chunk size`},
		{"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3 \r\nabc\r\n0\r\n\r\n", `POST / 1.1 ["Transfer-Encoding" "chunked"] ka=true | error HPE_INVALID_CHUNK_SIZE Invalid character in chunk size`},
		{"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\nabc\r\n0\r\n\r\n", `POST / 1.1 ["Transfer-Encoding" "chunked"] ka=true | error HPE_CR_EXPECTED Missing expected CR after chunk size`},
		{"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabcX\r\n0\r\n\r\n", `POST / 1.1 ["Transfer-Encoding" "chunked"] ka=true | body "abc" | error HPE_STRICT Expected LF after chunk data`},
		{"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nab\r\n1;x=\"y\"\r\nc\r\n0\r\n\r\n", `POST / 1.1 ["Transfer-Encoding" "chunked"] ka=true | body "ab" | body "c" | end [] | eof`},
		{"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nab", `POST / 1.1 ["Transfer-Encoding" "chunked"] ka=true | body "ab" | eof-mid`},
		{"GET / HTTP/1.1\r\nX: " + strings.Repeat("a", 17000) + "\r\n\r\n", `error HPE_HEADER_OVERFLOW Header overflow`},
		// A chunk's extensions are limited to 16 KiB, each chunk's anew.
		{"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n2;" + strings.Repeat("a", 17000) + "\r\nab\r\n0\r\n\r\n",
			`POST / 1.1 ["Transfer-Encoding" "chunked"] ka=true | error HPE_CHUNK_EXTENSIONS_OVERFLOW Chunk extensions overflow`},
		{"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n1;" + strings.Repeat("a", 10000) + "=b\r\na\r\n1;" + strings.Repeat("a", 10000) + "\r\nb\r\n0\r\n\r\n",
			`POST / 1.1 ["Transfer-Encoding" "chunked"] ka=true | body "a" | body "b" | end [] | eof`},
	}
	for _, c := range cases {
		if got := readAll(t, c.in, false, 0); got != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.in, got, c.want)
		}
		// Byte by byte, the same messages arrive in other pieces.
		if got, want := canonical(readAll(t, c.in, false, 1)), canonical(c.want); got != want {
			t.Errorf("%q byte by byte:\n got %s\nwant %s", c.in, got, want)
		}
	}
}

// TestReadLenientRequests: what llhttp's lenient flags (insecureHTTPParser)
// accept, and what they still reject.
func TestReadLenientRequests(t *testing.T) {
	cases := []struct{ in, want string }{
		{"GET / HTTP/1.1\r\nHello: foo\bfoo\r\nX: \x00\r\n\r\n", `GET / 1.1 ["Hello" "foo\bfoo" "X" "\x00"] ka=true complete="" | eof`},
		{"GET / HTTP/1.1\nHost: x\n\n", `GET / 1.1 ["Host" "x"] ka=true complete="" | eof`},
		{"GET / HTTP/1.2\r\n\r\n", `GET / 1.2 [] ka=true complete="" | eof`},
		{"GET / HTTP/1.1\r\nA: b \r\n\tc\r\n d \r\nE: f\r\n\r\n", `GET / 1.1 ["A" "b \tc d" "E" "f"] ka=true complete="" | eof`},
		{"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n1 \r\na\r\n1\nbX\r\n0\r\n\r\n",
			`POST / 1.1 ["Transfer-Encoding" "chunked" "Content-Length" "3"] ka=true | body "a" | body "b" | error HPE_INVALID_CHUNK_SIZE Invalid character in chunk size`},
		{"POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\nabc", `POST / 1.1 ["Transfer-Encoding" "gzip"] ka=false | body "abc" | end [] | eof`},
		{"GET / HTTP/1.1\r\nA: b\rC: d\r\n\r\n", `error HPE_LF_EXPECTED Missing expected LF after header value`},
		{"GET / HTTP/1.1\r\nA b: c\r\n\r\n", `error HPE_INVALID_HEADER_TOKEN Invalid header token`},
		{"GET / HTTP/1.1\r\n Host: x\r\n\r\n", `GET / 1.1 ["Host" "x"] ka=true complete="" | eof`},
		{"GET / HTTP/1.1\r\n  Host: x\r\n\r\n", `error HPE_INVALID_HEADER_TOKEN Invalid header token`},
	}
	for _, c := range cases {
		if got := readStream(t, c.in, false, true, 0); got != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.in, got, c.want)
		}
		if got, want := canonical(readStream(t, c.in, false, true, 1)), canonical(c.want); got != want {
			t.Errorf("%q byte by byte:\n got %s\nwant %s", c.in, got, want)
		}
	}
}

func TestReadResponses(t *testing.T) {
	cases := []struct {
		in      string
		methods []string
		want    string
	}{
		{"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi", []string{"GET"},
			`200 "OK" 1.1 ["Content-Length" "2"] ka=true complete="hi" | eof`},
		{"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n", []string{"HEAD"},
			`200 "OK" 1.1 ["Content-Length" "2"] ka=true complete="" | eof`},
		{"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 204 No Content\r\n\r\n", []string{"POST"},
			`100 "Continue" 1.1 [] ka=true complete="" | 204 "No Content" 1.1 [] ka=true complete="" | eof`},
		{"HTTP/1.0 200\r\n\r\nuntil close", []string{"GET"},
			`200 "" 1.0 [] ka=false | body "until close" | end [] | eof`},
		{"HTTP/1.1 101 Switching Protocols\r\nUpgrade: ws\r\nConnection: upgrade\r\n\r\nXY", []string{"GET"},
			`101 "Switching Protocols" 1.1 ["Upgrade" "ws" "Connection" "upgrade"] ka=true upgrade rest="XY" complete=""`},
		{"HTTP/1.1 2000 OK\r\n\r\n", nil, `error HPE_INVALID_STATUS Invalid response status`},
	}
	for _, c := range cases {
		if got := readAll(t, c.in, true, 0, c.methods...); got != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.in, got, c.want)
		}
	}
}

// TestIdleStreamHoldsNoReadBuffer checks that a stream waiting between
// messages has given its 64 KiB read buffer back (an idle keep-alive
// connection would hold it), and that the next message, read first into
// the small idle buffer and then into a read buffer taken again, arrives
// whole: here a head three times longer than the idle buffer.
func TestIdleStreamHoldsNoReadBuffer(t *testing.T) {
	r, w := io.Pipe()
	var s *msgStream
	heads := make(chan string, 2)
	idleWithoutBuffer := false
	deliver := func(batch []event) {
		for _, ev := range batch {
			if ev.kind == evHead {
				// The events of a message are handed over just before
				// the read of the next one: the buffer is already back.
				if len(heads) == 0 {
					idleWithoutBuffer = s.br == nil
				}
				heads <- describe(ev)
			}
		}
	}
	s = newMsgStream(r, false, 16384, deliver)
	done := make(chan error, 1)
	go func() { _, err := s.run(); done <- err }()
	if _, err := w.Write([]byte("GET /1 HTTP/1.1\r\nHost: x\r\n\r\n")); err != nil {
		t.Fatal(err)
	}
	select {
	case h := <-heads:
		if h != `GET /1 1.1 ["Host" "x"] ka=true complete=""` {
			t.Fatalf("first head: %s", h)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("no first head")
	}
	long := strings.Repeat("v", 3*idleReadSize)
	if _, err := w.Write([]byte("GET /2 HTTP/1.1\r\nX-Long: " + long + "\r\n\r\n")); err != nil {
		t.Fatal(err)
	}
	w.Close()
	select {
	case err := <-done:
		if err != io.EOF {
			t.Fatalf("run: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the stream did not end")
	}
	if h := <-heads; h != `GET /2 1.1 ["X-Long" "`+long+`"] ka=true complete=""` {
		t.Fatalf("second head: %.80s", h)
	}
	if !idleWithoutBuffer {
		t.Fatal("the stream kept its read buffer while waiting for the next message")
	}
}
