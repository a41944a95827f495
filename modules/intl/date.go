package intl

import (
	"strconv"
	"strings"
	"time"

	"github.com/dop251/goja"
)

// A dateFormat is an Intl.DateTimeFormat's formatting, resolved by
// intl.js: which fields it shows and how, in which zone. Formatting runs
// here, in Go, as it is the hot path of every Date toLocaleString.
type dateFormat struct {
	weekday, era, year, month, day, dayPeriod string // "" when not shown
	hour, minute, second, zoneName            string
	fractionalDigits                          int
	hourCycle                                 string // how hours are shown: h11, h12, h23 or h24
	zone                                      string
	loc                                       *time.Location
}

var months = [...]string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
var weekdays = [...]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

// usZones are the US zones' long names by abbreviation; genericUSZones
// their generic short and long names by the abbreviation's region letters.
// Slices, not maps: module packages have no init functions.
var usZones = [...][2]string{
	{"EST", "Eastern Standard Time"}, {"EDT", "Eastern Daylight Time"}, {"CST", "Central Standard Time"},
	{"CDT", "Central Daylight Time"}, {"MST", "Mountain Standard Time"}, {"MDT", "Mountain Daylight Time"},
	{"PST", "Pacific Standard Time"}, {"PDT", "Pacific Daylight Time"}, {"AKST", "Alaska Standard Time"},
	{"AKDT", "Alaska Daylight Time"}, {"HST", "Hawaii-Aleutian Standard Time"}, {"HDT", "Hawaii-Aleutian Daylight Time"},
}
var genericUSZones = [...][3]string{
	{"E", "ET", "Eastern Time"}, {"C", "CT", "Central Time"}, {"M", "MT", "Mountain Time"},
	{"P", "PT", "Pacific Time"}, {"AK", "AKT", "Alaska Time"}, {"H", "HST", "Hawaii-Aleutian Time"},
}

// zoneNames are other zones' long names, by abbreviation, or by zone and
// abbreviation where an abbreviation means more than one zone.
var zoneNames = [...][2]string{
	{"CET", "Central European Standard Time"}, {"CEST", "Central European Summer Time"},
	{"EET", "Eastern European Standard Time"}, {"EEST", "Eastern European Summer Time"},
	{"WET", "Western European Standard Time"}, {"WEST", "Western European Summer Time"},
	{"Europe/London GMT", "Greenwich Mean Time"}, {"Europe/London BST", "British Summer Time"},
	{"Europe/Dublin GMT", "Greenwich Mean Time"}, {"Europe/Dublin IST", "Irish Standard Time"},
	{"Asia/Kolkata IST", "India Standard Time"}, {"Asia/Calcutta IST", "India Standard Time"},
	{"Asia/Shanghai CST", "China Standard Time"}, {"Asia/Taipei CST", "Taipei Standard Time"},
	{"JST", "Japan Standard Time"}, {"KST", "Korean Standard Time"}, {"HKT", "Hong Kong Standard Time"},
	{"PKT", "Pakistan Standard Time"}, {"WIB", "Western Indonesia Time"}, {"AEST", "Australian Eastern Standard Time"},
	{"AEDT", "Australian Eastern Daylight Time"}, {"ACST", "Australian Central Standard Time"},
	{"ACDT", "Australian Central Daylight Time"}, {"AWST", "Australian Western Standard Time"},
	{"NZST", "New Zealand Standard Time"}, {"NZDT", "New Zealand Daylight Time"}, {"SAST", "South Africa Standard Time"},
	{"MSK", "Moscow Standard Time"}, {"CAT", "Central Africa Time"}, {"EAT", "East Africa Time"},
	{"WAT", "West Africa Standard Time"}, {"IDT", "Israel Daylight Time"}, {"Asia/Jerusalem IST", "Israel Standard Time"},
	{"PHT", "Philippine Standard Time"}, {"Asia/Manila PST", "Philippine Standard Time"},
	{"NST", "Newfoundland Standard Time"}, {"NDT", "Newfoundland Daylight Time"}, {"Asia/Katmandu +0545", "Nepal Time"},
	{"AST", "Atlantic Standard Time"}, {"ADT", "Atlantic Daylight Time"},
}

func lookup(table [][2]string, key string) (string, bool) {
	for _, e := range table {
		if e[0] == key {
			return e[1], true
		}
	}
	return "", false
}

// newDateFormat reads a dateFormat from intl.js's state object s; loc is
// its time zone's location (nil for UTC).
func newDateFormat(s *goja.Object, loc *time.Location) *dateFormat {
	fields := s.Get("fields").(*goja.Object)
	field := func(name string) string {
		if v := fields.Get(name); v != nil && !goja.IsUndefined(v) {
			return v.String()
		}
		return ""
	}
	df := &dateFormat{
		weekday: field("weekday"), era: field("era"), year: field("year"), month: field("month"), day: field("day"),
		dayPeriod: field("dayPeriod"), hour: field("hour"), minute: field("minute"), second: field("second"),
		zoneName: field("timeZoneName"), zone: s.Get("timeZone").String(), loc: loc,
	}
	if n := field("fractionalSecondDigits"); n != "" {
		df.fractionalDigits, _ = strconv.Atoi(n)
	}
	if hc := s.Get("hourFormat"); hc != nil && !goja.IsUndefined(hc) {
		df.hourCycle = hc.String()
	}
	return df
}

func twoDigits(n int) string {
	n %= 100
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

func numeric(width string, n int) string {
	if width == "2-digit" {
		return twoDigits(n)
	}
	return strconv.Itoa(n)
}

// gmtOffset names an offset of off seconds from UTC: GMT+5:30 (short) or
// GMT+05:30 (long), with seconds when it has any (local mean times).
func gmtOffset(off int, long bool) string {
	sign := "+"
	if off < 0 {
		sign, off = "-", -off
	}
	h, m, sec := off/3600, off/60%60, ""
	if off%60 != 0 {
		sec = ":" + twoDigits(off%60)
	}
	switch {
	case long:
		return "GMT" + sign + twoDigits(h) + ":" + twoDigits(m) + sec
	case m != 0 || sec != "":
		return "GMT" + sign + strconv.Itoa(h) + ":" + twoDigits(m) + sec
	default:
		return "GMT" + sign + strconv.Itoa(h)
	}
}

func (df *dateFormat) isUSZone(abbr string) bool {
	if _, ok := lookup(usZones[:], abbr); !ok {
		return false
	}
	for _, prefix := range []string{"America", "US", "Pacific/Honolulu", "EST", "MST", "HST", "CST6CDT", "PST8PDT"} {
		if strings.HasPrefix(df.zone, prefix) {
			return true
		}
	}
	return false
}

// zoneText is the time zone's name in style timeZoneName at t, whose
// offset is off seconds and abbreviation abbr.
func (df *dateFormat) zoneText(t time.Time, off int, abbr string) string {
	utc := df.zone == "UTC"
	us := !utc && df.isUSZone(abbr)
	switch df.zoneName {
	case "short":
		switch {
		case utc:
			return "UTC"
		case us:
			return abbr
		case off == 0:
			return "GMT"
		}
		return gmtOffset(off, false)
	case "long":
		if utc {
			return "Coordinated Universal Time"
		}
		if name, ok := lookup(usZones[:], abbr); ok && us {
			return name
		}
		if name, ok := lookup(zoneNames[:], df.zone+" "+abbr); ok {
			return name
		}
		if name, ok := lookup(zoneNames[:], abbr); ok {
			return name
		}
		if off == 0 {
			return "GMT"
		}
		return gmtOffset(off, true)
	case "shortOffset":
		return gmtOffset(off, false)
	case "longOffset":
		return gmtOffset(off, true)
	}
	long := df.zoneName == "longGeneric"
	if us {
		// A zone that keeps one offset all year is named as by short/long.
		jan, _ := time.Date(t.Year(), 1, 1, 0, 0, 0, 0, df.loc).Zone()
		jul, _ := time.Date(t.Year(), 7, 1, 0, 0, 0, 0, df.loc).Zone()
		if jan == jul {
			if long {
				name, _ := lookup(usZones[:], abbr)
				return name
			}
			return abbr
		}
		region := abbr[:len(abbr)-2]
		for _, g := range genericUSZones {
			if g[0] == region {
				if long {
					return g[2]
				}
				return g[1]
			}
		}
	}
	return gmtOffset(off, long)
}

// dayPeriodText is en's flexible day period: noon at 12 (when the minutes
// are 0 or not shown), morning until noon, afternoon, evening from 18:00,
// night from 21:00.
func dayPeriodText(style string, hour, minute int, minuteShown bool) string {
	switch {
	case hour == 12 && (minute == 0 || !minuteShown):
		if style == "narrow" {
			return "n"
		}
		return "noon"
	case hour < 12:
		return "in the morning"
	case hour < 18:
		return "in the afternoon"
	case hour < 21:
		return "in the evening"
	}
	return "at night"
}

// parts formats the time ms (ms since the epoch, valid) as formatToParts's
// list, flattened: type, value, type, value, ...
func (df *dateFormat) parts(ms int64) []string {
	t := time.UnixMilli(ms).UTC()
	if df.loc != nil {
		t = t.In(df.loc)
	}
	abbr, off := t.Zone()
	if df.loc == nil {
		abbr = "UTC"
	}
	year, month, day := t.Date()
	hour, minute, second := t.Clock()
	var date, clock []string
	textMonth := df.month == "long" || df.month == "short" || df.month == "narrow"
	var W, Y, M, D, G string
	if df.weekday != "" {
		W = weekdays[t.Weekday()]
		if df.weekday == "short" {
			W = W[:3]
		} else if df.weekday == "narrow" {
			W = W[:1]
		}
	}
	eraYear := year
	if year <= 0 {
		eraYear = 1 - year
	}
	if df.year == "2-digit" {
		Y = twoDigits(eraYear)
	} else if df.year != "" {
		Y = strconv.Itoa(eraYear)
	}
	switch df.month {
	case "":
	case "long":
		M = months[month-1]
	case "short":
		M = months[month-1][:3]
	case "narrow":
		M = months[month-1][:1]
	default:
		M = numeric(df.month, int(month))
	}
	if df.day != "" {
		D = numeric(df.day, day)
	}
	if df.era != "" {
		eras := [2]string{"BC", "AD"}
		if df.era == "long" {
			eras = [2]string{"Before Christ", "Anno Domini"}
		} else if df.era == "narrow" {
			eras = [2]string{"B", "A"}
		}
		G = eras[1]
		if year <= 0 {
			G = eras[0]
		}
	}
	add := func(list *[]string, kv ...string) { *list = append(*list, kv...) }
	switch {
	case M != "":
		sep := "/"
		if textMonth {
			sep = " "
		}
		if W != "" {
			add(&date, "weekday", W, "literal", ", ")
		}
		add(&date, "month", M)
		if D != "" {
			add(&date, "literal", sep, "day", D)
		}
		if Y != "" {
			switch {
			case !textMonth:
				add(&date, "literal", "/")
			case D != "":
				add(&date, "literal", ", ")
			default:
				add(&date, "literal", " ")
			}
			add(&date, "year", Y)
		}
	case D != "" && W != "" && Y == "":
		add(&date, "day", D, "literal", " ", "weekday", W)
	default:
		if W != "" {
			add(&date, "weekday", W)
		}
		if D != "" {
			if len(date) > 0 {
				add(&date, "literal", " ")
			}
			add(&date, "day", D)
		}
		if Y != "" {
			if len(date) > 0 {
				add(&date, "literal", ", ")
			}
			add(&date, "year", Y)
		}
	}
	if G != "" {
		if len(date) > 0 {
			add(&date, "literal", " ")
		}
		add(&date, "era", G)
	}

	h12 := df.hourCycle == "h11" || df.hourCycle == "h12"
	if df.hour != "" {
		h := hour
		switch df.hourCycle {
		case "h12":
			if h = hour % 12; h == 0 {
				h = 12
			}
		case "h11":
			h = hour % 12
		case "h24":
			if h == 0 {
				h = 24
			}
		}
		add(&clock, "hour", numeric(df.hour, h))
	}
	if df.minute != "" {
		if len(clock) > 0 {
			add(&clock, "literal", ":")
		}
		add(&clock, "minute", numeric(df.minute, minute))
	}
	if df.second != "" {
		if len(clock) > 0 {
			add(&clock, "literal", ":")
		}
		add(&clock, "second", numeric(df.second, second))
	}
	if df.fractionalDigits > 0 {
		if df.second != "" {
			add(&clock, "literal", ".")
		}
		millis := strconv.Itoa(t.Nanosecond()/1e6 + 1000)[1:]
		add(&clock, "fractionalSecond", millis[:df.fractionalDigits])
	}
	switch {
	case df.dayPeriod != "":
		if len(clock) > 0 {
			add(&clock, "literal", " ")
		}
		add(&clock, "dayPeriod", dayPeriodText(df.dayPeriod, hour, minute, df.minute != ""))
	case df.hour != "" && h12:
		period := "AM"
		if hour >= 12 {
			period = "PM"
		}
		add(&clock, "literal", "\u202f", "dayPeriod", period)
	}
	if df.zoneName != "" {
		if len(clock) > 0 {
			add(&clock, "literal", " ")
		}
		add(&clock, "timeZoneName", df.zoneText(t, off, abbr))
	}
	if len(date) == 0 {
		return clock
	}
	if len(clock) == 0 {
		return date
	}
	glue := ", "
	if len(date) == 2 && W != "" {
		glue = " "
	} else if df.month == "long" {
		glue = " at "
	}
	date = append(date, "literal", glue)
	return append(date, clock...)
}

// format is parts joined, with a plain space before AM and PM where
// formatToParts has U+202F, as V8's format has.
func (df *dateFormat) format(ms int64) string {
	parts := df.parts(ms)
	var b strings.Builder
	for i := 1; i < len(parts); i += 2 {
		if parts[i] == "\u202f" {
			b.WriteByte(' ')
			continue
		}
		b.WriteString(parts[i])
	}
	return b.String()
}
