package fs

import (
	"math"
	"math/big"
	"slices"

	"github.com/dop251/goja"
	"github.com/gonode/gonode/internal/lazy"
)

// Stats objects returned by the stat calls are dynamic objects backed by
// the stat result: a field becomes a JavaScript value the first time it is
// read, so statSync does not pay for eighteen property insertions and four
// Dates the caller may never look at. They behave as Node's plain Stats
// objects: own enumerable properties in Node's order, Stats.prototype (or
// BigIntStats.prototype) methods, assignable and deletable fields.

var (
	statKeys = []string{"dev", "mode", "nlink", "uid", "gid", "rdev", "blksize", "ino", "size", "blocks",
		"atimeMs", "mtimeMs", "ctimeMs", "birthtimeMs", "atime", "mtime", "ctime", "birthtime"}
	bigStatKeys = []string{"dev", "mode", "nlink", "uid", "gid", "rdev", "blksize", "ino", "size", "blocks",
		"atimeMs", "mtimeMs", "ctimeMs", "birthtimeMs", "atimeNs", "mtimeNs", "ctimeNs", "birthtimeNs",
		"atime", "mtime", "ctime", "birthtime"}
	// statIndex and bigStatIndex are the keys' positions, made on first use.
	statIndex, bigStatIndex lazy.Value[map[string]int]
)

func indexOf(keys []string) map[string]int {
	m := make(map[string]int, len(keys))
	for i, k := range keys {
		m[k] = i
	}
	return m
}

// statsProtos are the prototypes lib/fs/utils.js registers for Stats and
// BigIntStats, and the Date constructor for the time fields.
type statsProtos struct {
	stats, bigStats *goja.Object
	date            goja.Value
}

type statsObject struct {
	vm     *goja.Runtime
	date   goja.Value
	r      statResult
	big    bool
	vals   map[string]goja.Value // fields already converted or assigned
	gone   map[string]bool       // fixed fields deleted
	extras []string              // other properties assigned, in order
}

func (b *binding) newStats(r *statResult, bigint bool) goja.Value {
	if r == nil {
		return goja.Undefined()
	}
	s := &statsObject{vm: b.vm, date: b.protos.date, r: *r, big: bigint}
	obj := b.vm.NewDynamicObject(s)
	proto := b.protos.stats
	if bigint {
		proto = b.protos.bigStats
	}
	if proto != nil {
		_ = obj.SetPrototype(proto)
	}
	return obj
}

func (s *statsObject) fixedKeys() []string {
	if s.big {
		return bigStatKeys
	}
	return statKeys
}

// fixed returns the position of key among the fields a stat call fills,
// or -1 (also for a field since deleted).
func (s *statsObject) fixed(key string) int {
	var index map[string]int
	if s.big {
		index = bigStatIndex.Get(func() map[string]int { return indexOf(bigStatKeys) })
	} else {
		index = statIndex.Get(func() map[string]int { return indexOf(statKeys) })
	}
	i, ok := index[key]
	if !ok || s.gone[key] {
		return -1
	}
	return i
}

// Get implements goja.DynamicObject.
func (s *statsObject) Get(key string) goja.Value {
	if v, ok := s.vals[key]; ok {
		return v
	}
	i := s.fixed(key)
	if i < 0 {
		return nil
	}
	v := s.field(i)
	if s.vals == nil {
		s.vals = make(map[string]goja.Value, 4)
	}
	s.vals[key] = v
	return v
}

// field converts the fixed field at position i: ten integers, then per
// time (atime, mtime, ctime, birthtime) milliseconds, nanoseconds (BigInt
// only) and a Date.
func (s *statsObject) field(i int) goja.Value {
	if i < 10 {
		n := [10]uint64{s.r.dev, s.r.mode, s.r.nlink, s.r.uid, s.r.gid, s.r.rdev, s.r.blksize, s.r.ino, s.r.size, s.r.blocks}[i]
		if s.big {
			return s.vm.ToValue(new(big.Int).SetUint64(n))
		}
		return s.vm.ToValue(float64(n))
	}
	group, t := (i-10)/4, s.r.times[(i-10)%4]
	ms := float64(t.Sec)*1e3 + float64(t.Nsec)/1e6
	if s.big {
		ns := new(big.Int).Add(new(big.Int).Mul(big.NewInt(t.Sec), big.NewInt(1e9)), big.NewInt(int64(t.Nsec)))
		msBig := new(big.Int).Quo(ns, big.NewInt(1e6)) // truncated, as BigInt division
		switch group {
		case 0:
			return s.vm.ToValue(msBig)
		case 1:
			return s.vm.ToValue(ns)
		}
		ms = float64(msBig.Int64()) // the Date follows the whole milliseconds
	} else if group == 0 {
		return s.vm.ToValue(ms)
	}
	d, err := s.vm.New(s.date, s.vm.ToValue(math.Round(ms)))
	if err != nil {
		panic(err)
	}
	return d
}

// Set implements goja.DynamicObject.
func (s *statsObject) Set(key string, val goja.Value) bool {
	if s.fixed(key) < 0 && !slices.Contains(s.extras, key) {
		s.extras = append(s.extras, key) // new (or re-added) properties come last
	}
	if s.vals == nil {
		s.vals = make(map[string]goja.Value, 4)
	}
	s.vals[key] = val
	return true
}

// Has implements goja.DynamicObject.
func (s *statsObject) Has(key string) bool {
	return s.fixed(key) >= 0 || slices.Contains(s.extras, key)
}

// Delete implements goja.DynamicObject.
func (s *statsObject) Delete(key string) bool {
	if i := slices.Index(s.extras, key); i >= 0 {
		s.extras = slices.Delete(s.extras, i, i+1)
		delete(s.vals, key)
		return true
	}
	if s.fixed(key) >= 0 {
		if s.gone == nil {
			s.gone = map[string]bool{}
		}
		s.gone[key] = true
		delete(s.vals, key)
	}
	return true
}

// Keys implements goja.DynamicObject.
func (s *statsObject) Keys() []string {
	keys := make([]string, 0, len(s.fixedKeys())+len(s.extras))
	for _, k := range s.fixedKeys() {
		if !s.gone[k] {
			keys = append(keys, k)
		}
	}
	return append(keys, s.extras...)
}
