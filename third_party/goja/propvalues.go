package goja

import (
	"slices"
	"unsafe"

	"github.com/dop251/goja/unistring"
)

// PropValues is an object's own string-keyed property storage: the value
// itself for a data property that is writable, enumerable and
// configurable, a property record otherwise. Its order is not the
// properties' order (the object keeps that in its list of names).
//
// The entries live in a slice. Most objects have a handful of own
// properties: up to smallProps of them are found by a linear scan, with no
// table. Past that an open-addressing table of slots, hashed by a cheap
// function of the name's length and end bytes, finds them: cheaper to
// build and to probe than a Go map, and one allocation. A slot keeps its
// property until a property is deleted (the last one then moves into the
// freed slot), so objects built the same way keep a property in the same
// slot, and a caller that remembers the slot where it last found a name
// (Slot's hint) finds it there again with one comparison. It is exported
// for embedders that read goja's storage directly (gonode's gojastore).
type PropValues struct {
	list []propEntry
	// table holds slot+1 for each entry at the first free place from its
	// name's hash on (0 is a free place); its length is a power of two at
	// least twice the entries'. It is nil up to smallProps entries.
	table []int32
	// names has the nameBit of each name ever stored: a lookup that knows
	// its name's hash skips a storage without that bit, as most lookups
	// along a prototype chain can.
	names uint64
}

type propEntry struct {
	name  unistring.String
	value Value
	hash  uint32 // nameHash(name)
}

// smallProps is the most properties PropValues finds without a table.
const smallProps = 8

// nameHash hashes a property name from its length and its first and last
// (up to) eight bytes: property names are short, and those of one object
// differ in length or at an end (f0, f1; _events, _eventsCount).
func nameHash(name unistring.String) uint32 {
	n := len(name)
	p := unsafe.Pointer(unsafe.StringData(string(name)))
	var x uint64
	switch {
	case n >= 8:
		x = *(*uint64)(p) ^ *(*uint64)(unsafe.Add(p, n-8))<<3
	case n >= 4:
		x = uint64(*(*uint32)(p))<<32 | uint64(*(*uint32)(unsafe.Add(p, n-4)))
	case n > 0:
		x = uint64(name[0])<<16 | uint64(name[n/2])<<8 | uint64(name[n-1])
	}
	return uint32((x ^ uint64(n)<<56) * 0x9E3779B97F4A7C15 >> 32)
}

// nameBit is the bit of a name of hash h in a 64-bit mask of names: from
// the hash's top bits, which the table's index (its low bits) leaves
// alone.
func nameBit(h uint32) uint64 {
	return 1 << (h >> 26)
}

// Slot returns the slot that holds name, -1 if there is none. The slot
// hint is tried first; any int will do (a negative one tries nothing).
func (p *PropValues) Slot(name unistring.String, hint int) int {
	if uint(hint) < uint(len(p.list)) && p.list[hint].name == name {
		return hint
	}
	if p.table != nil {
		_, slot := p.find(name, nameHash(name))
		return slot
	}
	return p.scan(name)
}

// scan returns the slot holding name, -1 if none, searching the list.
func (p *PropValues) scan(name unistring.String) int {
	n := len(name)
	for i := range p.list {
		// Names of one length mostly differ in their last byte: comparing
		// it first spares most calls to compare the bytes.
		if e := p.list[i].name; len(e) == n && (n == 0 || e[n-1] == name[n-1]) && e == name {
			return i
		}
	}
	return -1
}

// mayHave reports whether a name of hash h may be stored (false: it is
// not).
func (p *PropValues) mayHave(h uint32) bool {
	return p.names&nameBit(h) != 0
}

// slotHashed is Slot without a hint, for a name whose hash h is known and
// which mayHave.
func (p *PropValues) slotHashed(name unistring.String, h uint32) int {
	if p.table != nil {
		_, slot := p.find(name, h)
		return slot
	}
	for i := range p.list {
		if e := &p.list[i]; e.hash == h && e.name == name {
			return i
		}
	}
	return -1
}

// find returns the place in the table where name's slot is, and the slot,
// or the free place that ends its probe and -1; h is name's hash.
func (p *PropValues) find(name unistring.String, h uint32) (place, slot int) {
	mask := uint(len(p.table) - 1)
	for i := uint(h) & mask; ; i = (i + 1) & mask {
		s := p.table[i]
		if s == 0 {
			return int(i), -1
		}
		if e := &p.list[s-1]; e.hash == h && e.name == name {
			return int(i), int(s - 1)
		}
	}
}

// At returns the value stored in slot i, which Slot returned.
func (p *PropValues) At(i int) Value {
	return p.list[i].value
}

// SetAt replaces the value stored in slot i, which Slot returned.
func (p *PropValues) SetAt(i int, v Value) {
	p.list[i].value = v
}

// Lookup returns the stored value of name and whether it is there.
func (p *PropValues) Lookup(name unistring.String) (Value, bool) {
	if i := p.Slot(name, -1); i >= 0 {
		return p.list[i].value, true
	}
	return nil, false
}

// Get returns the stored value of name, nil if there is none.
func (p *PropValues) Get(name unistring.String) Value {
	v, _ := p.Lookup(name)
	return v
}

// Has reports whether name is stored.
func (p *PropValues) Has(name unistring.String) bool {
	return p.Slot(name, -1) >= 0
}

// Len returns the number of names stored.
func (p *PropValues) Len() int {
	return len(p.list)
}

// Set stores v as name's value.
func (p *PropValues) Set(name unistring.String, v Value) {
	if i := p.Slot(name, -1); i >= 0 {
		p.list[i].value = v
		return
	}
	p.Add(name, v)
}

// Add stores v as the value of name, which is not stored yet.
func (p *PropValues) Add(name unistring.String, v Value) {
	p.addHashed(name, v, nameHash(name))
}

// addHashed is Add for a name whose hash h is known.
func (p *PropValues) addHashed(name unistring.String, v Value, h uint32) {
	n := len(p.list)
	if p.list == nil {
		p.list = make([]propEntry, 0, 4)
	}
	p.names |= nameBit(h)
	p.list = append(p.list, propEntry{name: name, value: v, hash: h})
	switch {
	case p.table == nil && n < smallProps:
	case 2*(n+1) > len(p.table):
		p.makeTable(n + 1)
	default:
		p.ownTable()
		place, _ := p.find(name, h)
		p.table[place] = int32(n + 1)
	}
}

// shareTable makes the table one that storages copied from this one
// share until they change it (ownTable): its capacity, one more than its
// length, marks it so.
func (p *PropValues) shareTable() {
	if p.table != nil {
		p.table = append(make([]int32, 0, len(p.table)+1), p.table...)
	}
}

// ownTable gives the storage a table of its own if it shares one.
func (p *PropValues) ownTable() {
	if cap(p.table) > len(p.table) {
		p.table = slices.Clone(p.table[:len(p.table):len(p.table)])
	}
}

// Grow makes room for n more names, so that storing them does not move
// the storage again and again.
func (p *PropValues) Grow(n int) {
	want := len(p.list) + n
	if want > cap(p.list) {
		list := make([]propEntry, len(p.list), want)
		copy(list, p.list)
		p.list = list
	}
	if want > smallProps && 2*want > len(p.table) {
		p.makeTable(want)
	}
}

// makeTable makes a table with room for size entries (at least the
// stored ones) and enters the stored ones.
func (p *PropValues) makeTable(size int) {
	length := 4 * smallProps
	for length < 2*size {
		length *= 2
	}
	p.table = make([]int32, length)
	mask := uint(length - 1)
	for s := range p.list {
		i := uint(p.list[s].hash) & mask
		for p.table[i] != 0 {
			i = (i + 1) & mask
		}
		p.table[i] = int32(s + 1)
	}
}

// Delete removes name. The last entry moves into its slot.
func (p *PropValues) Delete(name unistring.String) {
	if p.table == nil {
		if i := p.Slot(name, -1); i >= 0 {
			p.removeSlot(i)
		}
		return
	}
	place, i := p.find(name, nameHash(name))
	if i < 0 {
		return
	}
	p.ownTable()
	p.vacate(place)
	if last := len(p.list) - 1; i != last {
		moved, _ := p.find(p.list[last].name, p.list[last].hash)
		p.table[moved] = int32(i + 1)
	}
	p.removeSlot(i)
}

// removeSlot takes slot i out of the list, moving the last entry into it.
func (p *PropValues) removeSlot(i int) {
	last := len(p.list) - 1
	p.list[i] = p.list[last]
	p.list[last] = propEntry{}
	p.list = p.list[:last]
}

// vacate frees a place in the table, moving later entries of its probe
// run back so that each stays reachable from its hash (deletion in linear
// probing, without markers).
func (p *PropValues) vacate(place int) {
	mask := uint(len(p.table) - 1)
	hole := uint(place)
	for j := (hole + 1) & mask; p.table[j] != 0; j = (j + 1) & mask {
		home := uint(p.list[p.table[j]-1].hash) & mask
		// The entry at j stays if its home lies cyclically in (hole, j].
		if (j-home)&mask < (j-hole)&mask {
			continue
		}
		p.table[hole] = p.table[j]
		hole = j
	}
	p.table[hole] = 0
}
