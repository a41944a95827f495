package url

import "testing"

func TestParse(t *testing.T) {
	cases := []struct{ in, base, want string }{
		{"HTTP://EXAMPLE.com:80/a/../b/./c?x y#f g", "", "http://example.com/b/c?x%20y#f%20g"},
		{"https://u:p w@h:443/", "", "https://u:p%20w@h/"},
		{"http://0x7f.1/", "", "http://127.0.0.1/"},
		{"http://[::FFFF:1.2.3.4]:8080/", "", "http://[::ffff:102:304]:8080/"},
		{"http://münchen.de/", "", "http://xn--mnchen-3ya.de/"},
		{"../d?q#h", "http://a/b/c", "http://a/d?q#h"},
		{"//other/x", "https://a/b", "https://other/x"},
		{"file:///C:/x/../..", "", "file:///C:/"},
		{"file://localhost/etc", "", "file:///etc"},
		{"mailto:a@b.c", "", "mailto:a@b.c"},
		{"sc://x/a/..", "", "sc://x/"},
		{"sc://x/..", "", "sc://x"},
		{"non-spec:/.//p", "", "non-spec:/.//p"},
		{"  http://a/\tb\n  ", "", "http://a/b"},
		{"?q2", "http://a/b?q1#h", "http://a/b?q2"},
	}
	for _, c := range cases {
		var base *URL
		if c.base != "" {
			var ok bool
			if base, ok = Parse(c.base, nil); !ok {
				t.Fatalf("base %q invalid", c.base)
			}
		}
		u, ok := Parse(c.in, base)
		if !ok {
			t.Errorf("Parse(%q, %q) failed", c.in, c.base)
			continue
		}
		if got := u.Href(false); got != c.want {
			t.Errorf("Parse(%q, %q) = %q, want %q", c.in, c.base, got, c.want)
		}
	}
	for _, bad := range []string{"", "foo", "http://", "http://a:65536/", "http://[::1/", "http://1.2.3.256/", "http://a b/", "http://xn--a/"} {
		if u, ok := Parse(bad, nil); ok {
			t.Errorf("Parse(%q) = %q, want failure", bad, u.Href(false))
		}
	}
}

func TestIPv6Serialization(t *testing.T) {
	cases := map[string]string{
		"::":                     "::",
		"1:0:0:2::3:0":           "1::2:0:0:3:0",
		"0:0:1:0:0:0:1:0":        "0:0:1::1:0",
		"1:2:3:4:5:6:7:8":        "1:2:3:4:5:6:7:8",
		"::ffff:192.168.0.1":     "::ffff:c0a8:1",
		"1:0:0:0:1:0:0:0":        "1::1:0:0:0",
		"fe80::1:0:0:0:0":        "fe80:0:0:1::",
		"0000:0000:0000::0001":   "::1",
		"a:b:c:d:e:f:1.2.3.4":    "a:b:c:d:e:f:102:304",
		"ABCD:EF01::1234:5678":   "abcd:ef01::1234:5678",
		"1:2:3:4:5:6:7::":        "1:2:3:4:5:6:7:0",
		"::2:3:4:5:6:7:8":        "0:2:3:4:5:6:7:8",
		"2001:db8::ff00:42:8329": "2001:db8::ff00:42:8329",
	}
	for in, want := range cases {
		addr, ok := parseIPv6([]rune(in))
		if !ok {
			t.Errorf("parseIPv6(%q) failed", in)
			continue
		}
		if got := serializeIPv6(addr); got != want {
			t.Errorf("serialize(%q) = %q, want %q", in, got, want)
		}
	}
	for _, bad := range []string{":1", "1:", "1::2::3", "12345::", "1:2:3:4:5:6:7:8:9", "::1.2.3", "::256.1.1.1", "::01.1.1.1", "g::"} {
		if _, ok := parseIPv6([]rune(bad)); ok {
			t.Errorf("parseIPv6(%q) accepted", bad)
		}
	}
}

func TestIPv4(t *testing.T) {
	cases := map[string]string{
		"1":               "0.0.0.1",
		"1.2":             "1.0.0.2",
		"1.2.3":           "1.2.0.3",
		"0x7f.0.0.1":      "127.0.0.1",
		"0177.1":          "127.0.0.1",
		"4294967295":      "255.255.255.255",
		"1.2.3.4.":        "1.2.3.4",
		"0x":              "0.0.0.0",
		"0xffffffff":      "255.255.255.255",
		"00000000000001.": "0.0.0.1",
	}
	for in, want := range cases {
		v, ok := parseIPv4(in)
		if !ok {
			t.Errorf("parseIPv4(%q) failed", in)
			continue
		}
		if got := serializeIPv4(v); got != want {
			t.Errorf("parseIPv4(%q) = %q, want %q", in, got, want)
		}
	}
	for _, bad := range []string{"4294967296", "256.1.1.1", "1.2.3.4.5", "1..2", "0xg", "09"} {
		if _, ok := parseIPv4(bad); ok {
			t.Errorf("parseIPv4(%q) accepted", bad)
		}
	}
}

// TestPunycode uses samples from RFC 3492 section 7.1.
func TestPunycode(t *testing.T) {
	cases := map[string]string{
		"ليهمابتكلموشعربي؟":      "egbpdaj6bu4bxfgehfvwxn",
		"他们为什么不说中文":              "ihqwcrb4cv8a8dqg056pqjye",
		"bücher":                 "bcher-kva",
		"münchen":                "mnchen-3ya",
		"pročprostěnemluvíčesky": "proprostnemluvesky-uyb24dma41a",
	}
	for uni, ascii := range cases {
		enc, ok := punycodeEncode(uni)
		if !ok || enc != ascii {
			t.Errorf("encode(%q) = %q, %v; want %q", uni, enc, ok, ascii)
		}
		dec, ok := punycodeDecode(ascii)
		if !ok || dec != uni {
			t.Errorf("decode(%q) = %q, %v; want %q", ascii, dec, ok, uni)
		}
	}
	if got, ok := DomainToASCII("MÜNCHEN.De", false); !ok || got != "xn--mnchen-3ya.de" {
		t.Errorf("DomainToASCII = %q, %v", got, ok)
	}
	if got := DomainToUnicode("xn--mnchen-3ya.de"); got != "münchen.de" {
		t.Errorf("DomainToUnicode = %q", got)
	}
}

func TestSetters(t *testing.T) {
	u, _ := Parse("http://u@a.com:8080/p?q#h", nil)
	u.SetProtocol("https")
	u.SetHostname("b.org")
	u.SetPort("443")
	u.SetPathname("/x y")
	u.SetSearch("?a=1")
	u.SetHash("")
	if got, want := u.Href(false), "https://u@b.org/x%20y?a=1"; got != want {
		t.Errorf("after setters %q, want %q", got, want)
	}
	u.SetProtocol("file") // refused: has credentials
	u.SetPort("99999")    // refused: out of range
	if u.Scheme != "https" || u.Port != -1 {
		t.Errorf("invalid setters changed the URL: %q", u.Href(false))
	}
	m, _ := Parse("mailto:x", nil)
	m.SetHost("h")
	m.SetPathname("/y")
	if got := m.Href(false); got != "mailto:x" {
		t.Errorf("opaque URL changed to %q", got)
	}
}

func TestFormParams(t *testing.T) {
	got := ParseForm("a=1&&b=x+y&c=%E2%82%AC&d=%FF&e")
	want := []string{"a", "1", "b", "x y", "c", "€", "d", "\uFFFD", "e", ""}
	if len(got) != len(want) {
		t.Fatalf("ParseForm = %q", got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("ParseForm[%d] = %q, want %q", i, got[i], want[i])
		}
	}
	if s := encodeForm("a b&c=d~*é"); s != "a+b%26c%3Dd%7E*%C3%A9" {
		t.Errorf("encodeForm = %q", s)
	}
}
