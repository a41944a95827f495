package goja

import "github.com/dop251/goja/unistring"

// PropValues is an object's own string-keyed property storage: the value
// itself for a data property that is writable, enumerable and
// configurable, a property record otherwise. Its order is not the
// properties' order (the object keeps that in its list of names).
//
// Most objects have a handful of own properties: up to smallProps of them
// are kept in a slice and found by a linear scan, with no hashing and no
// map to allocate; past that they move to a map. It is exported for
// embedders that read goja's storage directly (gonode's gojastore).
type PropValues struct {
	small []propEntry
	big   map[unistring.String]Value
}

type propEntry struct {
	name  unistring.String
	value Value
}

// smallProps is the most properties PropValues keeps in its slice.
const smallProps = 8

// Lookup returns the stored value of name and whether it is there.
func (p *PropValues) Lookup(name unistring.String) (Value, bool) {
	if p.big != nil {
		v, ok := p.big[name]
		return v, ok
	}
	for i := range p.small {
		if p.small[i].name == name {
			return p.small[i].value, true
		}
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
	_, ok := p.Lookup(name)
	return ok
}

// Len returns the number of names stored.
func (p *PropValues) Len() int {
	if p.big != nil {
		return len(p.big)
	}
	return len(p.small)
}

// Set stores v as name's value.
func (p *PropValues) Set(name unistring.String, v Value) {
	if p.big != nil {
		p.big[name] = v
		return
	}
	for i := range p.small {
		if p.small[i].name == name {
			p.small[i].value = v
			return
		}
	}
	if len(p.small) < smallProps {
		if p.small == nil {
			p.small = make([]propEntry, 0, 4)
		}
		p.small = append(p.small, propEntry{name, v})
		return
	}
	p.Grow(smallProps)
	p.big[name] = v
}

// Grow makes room for n more names, so that storing them does not move
// the storage again and again.
func (p *PropValues) Grow(n int) {
	if p.big != nil || len(p.small)+n <= smallProps {
		return
	}
	p.big = make(map[unistring.String]Value, len(p.small)+n)
	for _, e := range p.small {
		p.big[e.name] = e.value
	}
	p.small = nil
}

// Delete removes name.
func (p *PropValues) Delete(name unistring.String) {
	if p.big != nil {
		delete(p.big, name)
		return
	}
	for i := range p.small {
		if p.small[i].name == name {
			n := len(p.small) - 1
			copy(p.small[i:], p.small[i+1:])
			p.small[n] = propEntry{}
			p.small = p.small[:n]
			return
		}
	}
}
