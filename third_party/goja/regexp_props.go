package goja

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
)

// ECMAScript's Unicode properties that regexp2 does not know, for
// regexp2PropertyNames: the derived binary properties, built from Go's
// unicode tables (DerivedCoreProperties.txt's definitions), as intervals of
// code points.

type runeInterval struct{ lo, hi rune }

// derivedProperties are the derived properties, by their names and short
// aliases: the tables whose code points they take, then those they leave
// out.
var derivedProperties = map[string]func() (add, sub []*unicode.RangeTable){
	"Default_Ignorable_Code_Point": func() (add, sub []*unicode.RangeTable) {
		return []*unicode.RangeTable{unicode.Other_Default_Ignorable_Code_Point, unicode.Cf, unicode.Variation_Selector},
			[]*unicode.RangeTable{unicode.White_Space, unicode.Prepended_Concatenation_Mark,
				{R16: []unicode.Range16{{Lo: 0xFFF9, Hi: 0xFFFB, Stride: 1}}},
				{R32: []unicode.Range32{{Lo: 0x13430, Hi: 0x1343F, Stride: 1}}}}
	},
	"Alphabetic": func() (add, sub []*unicode.RangeTable) {
		return []*unicode.RangeTable{unicode.Lu, unicode.Ll, unicode.Lt, unicode.Lm, unicode.Lo, unicode.Nl, unicode.Other_Alphabetic}, nil
	},
	"Lowercase": func() (add, sub []*unicode.RangeTable) {
		return []*unicode.RangeTable{unicode.Ll, unicode.Other_Lowercase}, nil
	},
	"Uppercase": func() (add, sub []*unicode.RangeTable) {
		return []*unicode.RangeTable{unicode.Lu, unicode.Other_Uppercase}, nil
	},
	"Cased": func() (add, sub []*unicode.RangeTable) {
		return []*unicode.RangeTable{unicode.Lu, unicode.Ll, unicode.Lt, unicode.Other_Lowercase, unicode.Other_Uppercase}, nil
	},
	"Math": func() (add, sub []*unicode.RangeTable) {
		return []*unicode.RangeTable{unicode.Sm, unicode.Other_Math}, nil
	},
	"Assigned": func() (add, sub []*unicode.RangeTable) {
		return []*unicode.RangeTable{unicode.L, unicode.M, unicode.N, unicode.P, unicode.S, unicode.Z, unicode.C}, nil
	},
	"ID_Start": func() (add, sub []*unicode.RangeTable) {
		return []*unicode.RangeTable{unicode.L, unicode.Nl, unicode.Other_ID_Start},
			[]*unicode.RangeTable{unicode.Pattern_Syntax, unicode.Pattern_White_Space}
	},
	"ID_Continue": func() (add, sub []*unicode.RangeTable) {
		return []*unicode.RangeTable{unicode.L, unicode.Nl, unicode.Other_ID_Start, unicode.Mn, unicode.Mc, unicode.Nd,
				unicode.Pc, unicode.Other_ID_Continue},
			[]*unicode.RangeTable{unicode.Pattern_Syntax, unicode.Pattern_White_Space}
	},
	"Grapheme_Extend": func() (add, sub []*unicode.RangeTable) {
		return []*unicode.RangeTable{unicode.Me, unicode.Mn, unicode.Other_Grapheme_Extend}, nil
	},
}

// propertyAliases are the short names of the derived properties.
var propertyAliases = map[string]string{
	"DI": "Default_Ignorable_Code_Point", "Alpha": "Alphabetic", "Lower": "Lowercase", "Upper": "Uppercase",
	"IDS": "ID_Start", "IDC": "ID_Continue", "Gr_Ext": "Grapheme_Extend",
}

// intervals are the code points of tables, sorted and merged.
func intervals(tables []*unicode.RangeTable) []runeInterval {
	var out []runeInterval
	for _, t := range tables {
		for _, r := range t.R16 {
			for c := rune(r.Lo); c <= rune(r.Hi); c += rune(r.Stride) {
				if r.Stride == 1 {
					out = append(out, runeInterval{c, rune(r.Hi)})
					break
				}
				out = append(out, runeInterval{c, c})
			}
		}
		for _, r := range t.R32 {
			for c := rune(r.Lo); c <= rune(r.Hi); c += rune(r.Stride) {
				if r.Stride == 1 {
					out = append(out, runeInterval{c, rune(r.Hi)})
					break
				}
				out = append(out, runeInterval{c, c})
			}
		}
	}
	slices.SortFunc(out, func(a, b runeInterval) int { return int(a.lo - b.lo) })
	merged := out[:0]
	for _, iv := range out {
		if n := len(merged); n > 0 && iv.lo <= merged[n-1].hi+1 {
			merged[n-1].hi = max(merged[n-1].hi, iv.hi)
			continue
		}
		merged = append(merged, iv)
	}
	return merged
}

// complement is the code points up to U+10FFFF that ivs leave out.
func complement(ivs []runeInterval) []runeInterval {
	var out []runeInterval
	next := rune(0)
	for _, iv := range ivs {
		if iv.lo > next {
			out = append(out, runeInterval{next, iv.lo - 1})
		}
		next = iv.hi + 1
	}
	if next <= unicode.MaxRune {
		out = append(out, runeInterval{next, unicode.MaxRune})
	}
	return out
}

// subtract is a's code points without b's.
func subtract(a, b []runeInterval) []runeInterval {
	return intersect(a, complement(b))
}

func intersect(a, b []runeInterval) []runeInterval {
	var out []runeInterval
	for i, j := 0, 0; i < len(a) && j < len(b); {
		lo, hi := max(a[i].lo, b[j].lo), min(a[i].hi, b[j].hi)
		if lo <= hi {
			out = append(out, runeInterval{lo, hi})
		}
		if a[i].hi < b[j].hi {
			i++
		} else {
			j++
		}
	}
	return out
}

// classText is ivs as the inside of a character class.
func classText(ivs []runeInterval) string {
	var b strings.Builder
	for _, iv := range ivs {
		if iv.lo == iv.hi {
			fmt.Fprintf(&b, `\u{%X}`, iv.lo)
		} else {
			fmt.Fprintf(&b, `\u{%X}-\u{%X}`, iv.lo, iv.hi)
		}
	}
	return b.String()
}

// derivedPropertyRanges returns the class texts of a derived property and
// of its complement.
func derivedPropertyRanges(name string) (r [2]string, ok bool) {
	if alias, isAlias := propertyAliases[name]; isAlias {
		name = alias
	}
	tables, ok := derivedProperties[name]
	if !ok {
		return r, false
	}
	add, sub := tables()
	ivs := intervals(add)
	if sub != nil {
		ivs = subtract(ivs, intervals(sub))
	}
	return [2]string{classText(ivs), classText(complement(ivs))}, true
}

// usesSetNotation reports whether a v-mode pattern uses what u mode lacks:
// a class in a class, a set operation (&&, --) or a string literal (\q{}).
func usesSetNotation(src string) bool {
	inClass := false
	for i := 0; i < len(src); i++ {
		switch c := src[i]; {
		case c == '\\':
			if inClass && i+1 < len(src) && src[i+1] == 'q' {
				return true
			}
			i++
		case c == '[':
			if inClass {
				return true
			}
			inClass = true
		case c == ']':
			inClass = false
		case inClass && (c == '&' || c == '-') && i+1 < len(src) && src[i+1] == c:
			return true
		}
	}
	return false
}

// rgiEmoji matches what \p{RGI_Emoji} does, by the shapes of Unicode's
// recommended emoji sequences rather than their list: flags (two regional
// indicators), keycaps, tag sequences (subdivision flags), and emoji in
// emoji presentation (or text ones made so by U+FE0F), with a skin tone,
// joined by ZWJ into sequences.
const rgiEmoji = `\p{Regional_Indicator}{2}` +
	`|[#*0-9]\u{FE0F}\u{20E3}` +
	`|\u{1F3F4}[\u{E0060}-\u{E007E}]+\u{E007F}` +
	`|` + rgiElement + `(?:\u{200D}` + rgiElement + `)*`

const rgiElement = `(?:\p{Emoji_Presentation}|\p{Extended_Pictographic}\u{FE0F})\p{Emoji_Modifier}?`
