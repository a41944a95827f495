package goja

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
)

// ECMAScript's Unicode properties that regexp2 does not know, for
// regexp2PropertyNames: the derived binary properties, built from Go's
// unicode tables (DerivedCoreProperties.txt's definitions), as intervals of
// code points.

type runeInterval struct{ lo, hi rune }

// derivedProperties are the derived properties, by their names and short
// aliases: the tables whose code points they take, then those they leave
// out. Made on first use, as are propertyAliases and scriptAliases
// (gonode: see GONODE.md).
var derivedProperties = sync.OnceValue(func() map[string]func() (add, sub []*unicode.RangeTable) {
	return map[string]func() (add, sub []*unicode.RangeTable){
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
})

// propertyAliases are the short names of the derived properties.
var propertyAliases = sync.OnceValue(func() map[string]string {
	return map[string]string{
		"DI": "Default_Ignorable_Code_Point", "Alpha": "Alphabetic", "Lower": "Lowercase", "Upper": "Uppercase",
		"IDS": "ID_Start", "IDC": "ID_Continue", "Gr_Ext": "Grapheme_Extend",
	}
})

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

// derivedClasses are the class texts derivedPropertyRanges has made, by
// property: made once per process, shared by its runtimes.
var derivedClasses sync.Map // string -> [2]string

// derivedPropertyRanges returns the class texts of a derived property and
// of its complement.
func derivedPropertyRanges(name string) (r [2]string, ok bool) {
	if alias, isAlias := propertyAliases()[name]; isAlias {
		name = alias
	}
	tables, ok := derivedProperties()[name]
	if !ok {
		return r, false
	}
	if made, ok := derivedClasses.Load(name); ok {
		return made.([2]string), true
	}
	add, sub := tables()
	ivs := intervals(add)
	if sub != nil {
		ivs = subtract(ivs, intervals(sub))
	}
	r = [2]string{classText(ivs), classText(complement(ivs))}
	derivedClasses.Store(name, r)
	return r, true
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

// scriptAliases are the short names of scripts (ISO 15924 codes, as
// PropertyValueAliases.txt has them), by which \p{sc=...} may name one.
var scriptAliases = sync.OnceValue(func() map[string]string {
	return map[string]string{
		"Adlm": "Adlam", "Aghb": "Caucasian_Albanian", "Arab": "Arabic", "Armi": "Imperial_Aramaic",
		"Armn": "Armenian", "Avst": "Avestan", "Bali": "Balinese", "Bamu": "Bamum", "Bass": "Bassa_Vah",
		"Batk": "Batak", "Beng": "Bengali", "Berf": "Beria_Erfe", "Bhks": "Bhaiksuki", "Bopo": "Bopomofo",
		"Brah": "Brahmi", "Brai": "Braille", "Bugi": "Buginese", "Buhd": "Buhid", "Cakm": "Chakma",
		"Cans": "Canadian_Aboriginal", "Cari": "Carian", "Cher": "Cherokee", "Chrs": "Chorasmian", "Copt": "Coptic",
		"Cpmn": "Cypro_Minoan", "Cprt": "Cypriot", "Cyrl": "Cyrillic", "Deva": "Devanagari", "Diak": "Dives_Akuru",
		"Dogr": "Dogra", "Dsrt": "Deseret", "Dupl": "Duployan", "Egyp": "Egyptian_Hieroglyphs", "Elba": "Elbasan",
		"Elym": "Elymaic", "Ethi": "Ethiopic", "Gara": "Garay", "Geor": "Georgian", "Glag": "Glagolitic",
		"Gong": "Gunjala_Gondi", "Gonm": "Masaram_Gondi", "Goth": "Gothic", "Gran": "Grantha", "Grek": "Greek",
		"Gujr": "Gujarati", "Gukh": "Gurung_Khema", "Guru": "Gurmukhi", "Hang": "Hangul", "Hani": "Han",
		"Hano": "Hanunoo", "Hatr": "Hatran", "Hebr": "Hebrew", "Hira": "Hiragana", "Hluw": "Anatolian_Hieroglyphs",
		"Hmng": "Pahawh_Hmong", "Hmnp": "Nyiakeng_Puachue_Hmong", "Hrkt": "Katakana_Or_Hiragana",
		"Hung": "Old_Hungarian", "Ital": "Old_Italic", "Java": "Javanese", "Kali": "Kayah_Li", "Kana": "Katakana",
		"Khar": "Kharoshthi", "Khmr": "Khmer", "Khoj": "Khojki", "Kits": "Khitan_Small_Script", "Knda": "Kannada",
		"Krai": "Kirat_Rai", "Kthi": "Kaithi", "Lana": "Tai_Tham", "Laoo": "Lao", "Latn": "Latin", "Lepc": "Lepcha",
		"Limb": "Limbu", "Lina": "Linear_A", "Linb": "Linear_B", "Lyci": "Lycian", "Lydi": "Lydian",
		"Mahj": "Mahajani", "Maka": "Makasar", "Mand": "Mandaic", "Mani": "Manichaean", "Marc": "Marchen",
		"Medf": "Medefaidrin", "Mend": "Mende_Kikakui", "Merc": "Meroitic_Cursive", "Mero": "Meroitic_Hieroglyphs",
		"Mlym": "Malayalam", "Mong": "Mongolian", "Mroo": "Mro", "Mtei": "Meetei_Mayek", "Mult": "Multani",
		"Mymr": "Myanmar", "Nagm": "Nag_Mundari", "Nand": "Nandinagari", "Narb": "Old_North_Arabian",
		"Nbat": "Nabataean", "Nkoo": "Nko", "Nshu": "Nushu", "Ogam": "Ogham", "Olck": "Ol_Chiki", "Onao": "Ol_Onal",
		"Orkh": "Old_Turkic", "Orya": "Oriya", "Osge": "Osage", "Osma": "Osmanya", "Ougr": "Old_Uyghur",
		"Palm": "Palmyrene", "Pauc": "Pau_Cin_Hau", "Perm": "Old_Permic", "Phag": "Phags_Pa",
		"Phli": "Inscriptional_Pahlavi", "Phlp": "Psalter_Pahlavi", "Phnx": "Phoenician", "Plrd": "Miao",
		"Prti": "Inscriptional_Parthian", "Qaac": "Coptic", "Qaai": "Inherited", "Rjng": "Rejang",
		"Rohg": "Hanifi_Rohingya", "Runr": "Runic", "Samr": "Samaritan", "Sarb": "Old_South_Arabian",
		"Saur": "Saurashtra", "Sgnw": "SignWriting", "Shaw": "Shavian", "Shrd": "Sharada", "Sidd": "Siddham",
		"Sidt": "Sidetic", "Sind": "Khudawadi", "Sinh": "Sinhala", "Sogd": "Sogdian", "Sogo": "Old_Sogdian",
		"Sora": "Sora_Sompeng", "Soyo": "Soyombo", "Sund": "Sundanese", "Sunu": "Sunuwar", "Sylo": "Syloti_Nagri",
		"Syrc": "Syriac", "Tagb": "Tagbanwa", "Takr": "Takri", "Tale": "Tai_Le", "Talu": "New_Tai_Lue",
		"Taml": "Tamil", "Tang": "Tangut", "Tavt": "Tai_Viet", "Tayo": "Tai_Yo", "Telu": "Telugu",
		"Tfng": "Tifinagh", "Tglg": "Tagalog", "Thaa": "Thaana", "Tibt": "Tibetan", "Tirh": "Tirhuta",
		"Tnsa": "Tangsa", "Todr": "Todhri", "Tols": "Tolong_Siki", "Tutg": "Tulu_Tigalari", "Ugar": "Ugaritic",
		"Vaii": "Vai", "Vith": "Vithkuqi", "Wara": "Warang_Citi", "Wcho": "Wancho", "Xpeo": "Old_Persian",
		"Xsux": "Cuneiform", "Yezi": "Yezidi", "Yiii": "Yi", "Zanb": "Zanabazar_Square", "Zinh": "Inherited",
		"Zyyy": "Common", "Zzzz": "Unknown",
	}
})
