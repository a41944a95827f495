package runtime

import (
	"os"
	"path/filepath"
	"strings"
	"time"
)

// setTimeZone follows process.env.TZ as node does: when TZ is set to tz,
// Date's local time is tz's ("" or a zone that does not exist: UTC, as in
// the C library); when it is deleted (set false), the system's.
func (rt *Runtime) setTimeZone(tz string, set bool) {
	name := strings.TrimPrefix(tz, ":")
	if !set {
		name = systemZone()
	}
	loc, err := time.LoadLocation(name)
	if name == "" || err != nil {
		loc, name = time.UTC, "UTC"
	}
	rt.vm.SetTimeZone(loc)
	rt.zoneName = name
}

// TimeZone is the IANA name of Date's local time zone: process.env.TZ's
// once a program has set or deleted it, else $TZ's at start-up, else the
// system's, else "UTC". It is found once, not on every call (Date's
// toString and every default format ask).
func (rt *Runtime) TimeZone() string {
	if rt.zoneName == "" {
		rt.zoneName = startZone()
	}
	return rt.zoneName
}

// startZone is the zone Go's time.Local was made from: $TZ's, else the
// system's, else "UTC".
func startZone() string {
	if name := strings.TrimPrefix(os.Getenv("TZ"), ":"); name != "" {
		return name
	}
	if name := systemZone(); name != "" {
		return name
	}
	return "UTC"
}

// systemZone is the zone /etc/localtime links to, or "".
func systemZone() string {
	target, err := os.Readlink("/etc/localtime")
	if err != nil {
		return ""
	}
	if i := strings.Index(target, "zoneinfo/"); i >= 0 {
		return target[i+len("zoneinfo/"):]
	}
	return filepath.Base(target)
}
