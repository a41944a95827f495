package intl

import "testing"

func TestIsDecimalLiteral(t *testing.T) {
	for s, want := range map[string]bool{
		"12": true, "-12.5": true, "+.5": true, "5.": true, "1e3": true, "1.5E-7": true, "-0": true,
		"": false, ".": false, "-": false, "1e": false, "e3": false, "0x10": false, "1.2.3": false,
		"--1": false, "1e+-3": false, "Infinity": false, " 1": false,
	} {
		if got := isDecimalLiteral(s); got != want {
			t.Errorf("isDecimalLiteral(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestRound(t *testing.T) {
	for _, c := range []struct {
		in       string
		keep     int
		mode     string
		negative bool
		want     string
	}{
		{"1.005", 3, "halfExpand", false, "1.01"},
		{"2.5", 1, "halfEven", false, "2"},
		{"3.5", 1, "halfEven", false, "4"},
		{"2.5", 1, "halfTrunc", true, "2"},
		{"2.4", 1, "ceil", false, "3"},
		{"2.4", 1, "ceil", true, "2"},
		{"999.96", 4, "halfExpand", false, "1000"},
		{"0.0004", 0, "halfExpand", false, "0"},
		{"0.0006", -1, "expand", false, "0.01"},
		{"0.0006", -2, "expand", false, "0.1"},
		{"123", 5, "halfExpand", false, "123"},
	} {
		d := parseDecimal(c.in)
		intPart, frac := d.round(c.keep, c.mode, c.negative).split()
		got := intPart
		if frac != "" {
			got += "." + frac
		}
		if got != c.want {
			t.Errorf("round(%s, keep %d, %s, negative %v) = %s, want %s", c.in, c.keep, c.mode, c.negative, got, c.want)
		}
	}
}
