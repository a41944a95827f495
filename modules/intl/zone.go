package intl

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// utcNames are the zone names that ICU reports as "UTC".
var utcNames = [...]string{"UTC", "Etc/UTC", "Etc/GMT", "GMT", "Etc/UCT", "UCT", "Etc/Universal", "Universal", "Etc/Zulu", "Zulu", "Etc/GMT0", "GMT0"}

// icuZones are the zones ICU names by another of their IANA names (its
// canonical IDs predate some renames, and it resolves links), as pairs of
// IANA name and ICU's. A slice, not a map: package-level maps are built
// by an init function, and module packages have none (runtime.ModuleSet).
var icuZones = [...][2]string{
	{"Asia/Kolkata", "Asia/Calcutta"}, {"Asia/Kathmandu", "Asia/Katmandu"}, {"Asia/Ho_Chi_Minh", "Asia/Saigon"},
	{"Asia/Yangon", "Asia/Rangoon"}, {"Europe/Kyiv", "Europe/Kiev"}, {"America/Nuuk", "America/Godthab"},
	{"Atlantic/Faroe", "Atlantic/Faeroe"}, {"Pacific/Chuuk", "Pacific/Truk"}, {"Pacific/Pohnpei", "Pacific/Ponape"},
	{"America/Argentina/Buenos_Aires", "America/Buenos_Aires"}, {"America/Indiana/Indianapolis", "America/Indianapolis"},
	{"America/Kentucky/Louisville", "America/Louisville"}, {"US/Eastern", "America/New_York"}, {"US/Central", "America/Chicago"},
	{"US/Mountain", "America/Denver"}, {"US/Pacific", "America/Los_Angeles"}, {"US/Alaska", "America/Anchorage"},
	{"US/Hawaii", "Pacific/Honolulu"}, {"US/Arizona", "America/Phoenix"}, {"EST", "America/Panama"}, {"MST", "America/Phoenix"},
	{"HST", "Pacific/Honolulu"},
}

// canonicalZone is name with UTC's aliases (in any case) made "UTC" and
// the names in icuZones made ICU's.
func canonicalZone(name string) string {
	for _, alias := range utcNames {
		if strings.EqualFold(name, alias) {
			return "UTC"
		}
	}
	for _, z := range icuZones {
		if z[0] == name {
			return z[1]
		}
	}
	return name
}

func loadZone(cache map[string]*time.Location, name string) (*time.Location, error) {
	if loc := cache[name]; loc != nil {
		return loc, nil
	}
	if name == "" || strings.HasPrefix(name, "/") || strings.Contains(name, "..") {
		return nil, os.ErrNotExist
	}
	loc, err := time.LoadLocation(name)
	if err != nil {
		// ICU takes zone names in any case.
		if exact := zoneByFold(name); exact != "" {
			loc, err = time.LoadLocation(exact)
		}
		if err != nil {
			return nil, err
		}
	}
	cache[name] = loc
	return loc, nil
}

// zoneDir is where the system keeps its time zone files.
const zoneDir = "/usr/share/zoneinfo"

// zoneByFold is the zone in zoneDir whose name equals name but for case,
// or "".
func zoneByFold(name string) string {
	found := ""
	_ = filepath.WalkDir(zoneDir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || found != "" {
			return filepath.SkipAll
		}
		rel := strings.TrimPrefix(path, zoneDir+"/")
		if d.IsDir() {
			if path != zoneDir && !strings.HasPrefix(strings.ToLower(name), strings.ToLower(rel)+"/") {
				return filepath.SkipDir
			}
			return nil
		}
		if strings.EqualFold(rel, name) {
			found = rel
		}
		return nil
	})
	return found
}
