package dns

import "testing"

func TestParseResponseRejectsBadInput(t *testing.T) {
	q, err := buildQuery(7, "a.test", typeA)
	if err != nil {
		t.Fatal(err)
	}
	// A query is a valid message without answers.
	if r, err := parseResponse(q); err != nil || r.id != 7 || len(r.answers) != 0 {
		t.Fatalf("parse query: %+v %v", r, err)
	}
	// Every truncation of an answer fails cleanly.
	full := append(append([]byte(nil), q...), 0xC0, 12, 0, 1, 0, 1, 0, 0, 0, 9, 0, 4, 10, 0, 0, 1)
	full[7] = 1 // ANCOUNT
	r, err := parseResponse(full)
	if err != nil || len(r.answers) != 1 || r.answers[0].addr != "10.0.0.1" || r.answers[0].ttl != 9 {
		t.Fatalf("parse answer: %+v %v", r, err)
	}
	for n := 0; n < len(full); n++ {
		if _, err := parseResponse(full[:n]); err == nil && n > len(q) {
			t.Errorf("truncated to %d bytes: no error", n)
		}
	}
	// A compression loop is an error, not a hang.
	loop := append([]byte(nil), full...)
	loop[len(q)], loop[len(q)+1] = 0xC0, byte(len(q))
	if _, err := parseResponse(loop); err == nil {
		t.Error("compression loop: no error")
	}
}
