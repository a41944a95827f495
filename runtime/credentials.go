package runtime

import (
	"math"
	"os/user"
	"strconv"
	"strings"
	"syscall"

	"github.com/dop251/goja"

	"github.com/gonode/gonode/internal/nativefunc"
)

// installCredentialSetters gives process node's POSIX credential setters:
// setuid, setgid, seteuid, setegid (an id or a name), setgroups and
// initgroups. They change every thread of the process (Go's syscall
// package does so on Linux).
func (rt *Runtime) installCredentialSetters(p *goja.Object) {
	set := func(name string, length int, fn func(goja.FunctionCall) goja.Value) {
		_ = p.Set(name, nativefunc.Named(rt.vm, name, length, fn))
	}
	idSetter := func(name, kind string, apply func(int) error) {
		set(name, 1, func(call goja.FunctionCall) goja.Value {
			id := rt.credentialID(call.Argument(0), "id", kind)
			rt.credentialCall(name, apply(id))
			return goja.Undefined()
		})
	}
	idSetter("setuid", "User", syscall.Setuid)
	idSetter("seteuid", "User", syscall.Seteuid)
	idSetter("setgid", "Group", syscall.Setgid)
	idSetter("setegid", "Group", syscall.Setegid)
	set("setgroups", 1, func(call goja.FunctionCall) goja.Value {
		list, ok := call.Argument(0).(*goja.Object)
		if !ok || list.ClassName() != "Array" {
			panic(rt.NewNodeError("TypeError", "ERR_INVALID_ARG_TYPE",
				`The "groups" argument must be an instance of Array. Received `+describeReceived(call.Argument(0))))
		}
		n := int(list.Get("length").ToInteger())
		for i := range n {
			rt.validateID(list.Get(strconv.Itoa(i)), "groups["+strconv.Itoa(i)+"]")
		}
		gids := make([]int, n)
		for i := range n {
			gids[i] = rt.credentialID(list.Get(strconv.Itoa(i)), "groups["+strconv.Itoa(i)+"]", "Group")
		}
		rt.credentialCall("setgroups", syscall.Setgroups(gids))
		return goja.Undefined()
	})
	// initgroups(user, extraGroup): as initgroups(3), the groups of a
	// user given by name need not exist; one given by id must.
	set("initgroups", 2, func(call goja.FunctionCall) goja.Value {
		rt.validateID(call.Argument(0), "user")
		rt.validateID(call.Argument(1), "extraGroup")
		var u *user.User
		if name, ok := AsString(call.Argument(0)); ok {
			u, _ = user.Lookup(name)
		} else {
			var err error
			if u, err = user.LookupId(strconv.Itoa(int(uint32(call.Argument(0).ToInteger())))); err != nil {
				panic(rt.unknownCredential("User", call.Argument(0)))
			}
		}
		extra := rt.credentialID(call.Argument(1), "extraGroup", "Group")
		gids := []int{extra}
		if u == nil {
			rt.credentialCall("initgroups", syscall.Setgroups(gids))
			return goja.Undefined()
		}
		if ids, err := u.GroupIds(); err == nil {
			for _, s := range ids {
				if g, err := strconv.Atoi(s); err == nil && g != extra {
					gids = append(gids, g)
				}
			}
		}
		rt.credentialCall("initgroups", syscall.Setgroups(gids))
		return goja.Undefined()
	})
}

// credentialID is a user or group (kind) given by number or name, as an
// id; an unknown name is node's ERR_UNKNOWN_CREDENTIAL.
func (rt *Runtime) credentialID(v goja.Value, name, kind string) int {
	rt.validateID(v, name)
	s, isName := AsString(v)
	if !isName {
		return int(uint32(v.ToInteger()))
	}
	var id string
	if kind == "User" {
		if u, err := user.Lookup(s); err == nil {
			id = u.Uid
		}
	} else if g, err := user.LookupGroup(s); err == nil {
		id = g.Gid
	}
	n, err := strconv.Atoi(id)
	if err != nil {
		panic(rt.unknownCredential(kind, v))
	}
	return n
}

// validateID is node's validateId: a uint32 or a string.
func (rt *Runtime) validateID(v goja.Value, name string) {
	if _, ok := AsString(v); ok {
		return
	}
	if !goja.IsNumber(v) {
		panic(rt.NewNodeError("TypeError", "ERR_INVALID_ARG_TYPE",
			`The "`+name+`" argument must be one of type number or string. Received `+describeReceived(v)))
	}
	f := v.ToFloat()
	switch {
	case f != math.Trunc(f) || math.IsInf(f, 0):
		panic(rt.NewNodeError("RangeError", "ERR_OUT_OF_RANGE",
			`The value of "`+name+`" is out of range. It must be an integer. Received `+v.String()))
	case f < 0 || f > math.MaxUint32:
		panic(rt.NewNodeError("RangeError", "ERR_OUT_OF_RANGE",
			`The value of "`+name+`" is out of range. It must be >= 0 && <= 4294967295. Received `+withSeparators(v)))
	}
}

// withSeparators is an out-of-range integer as node's ERR_OUT_OF_RANGE
// shows it: with '_' between groups of three digits past 2^32.
func withSeparators(v goja.Value) string {
	if f := v.ToFloat(); math.Abs(f) <= 1<<32 || f != math.Trunc(f) {
		return v.String()
	}
	return NumericSeparated(v.String())
}

// unknownCredential is node's ERR_UNKNOWN_CREDENTIAL.
func (rt *Runtime) unknownCredential(kind string, v goja.Value) *goja.Object {
	return rt.NewNodeError("Error", "ERR_UNKNOWN_CREDENTIAL", kind+" identifier does not exist: "+v.String())
}

// credentialCall throws a failed call's error as node's ErrnoException
// ("EPERM, Operation not permitted", with errno, code and syscall).
func (rt *Runtime) credentialCall(syscallName string, err error) {
	if err == nil {
		return
	}
	errno := ErrnoOf(err)
	desc := ErrnoDescription(errno) // strerror's, capitalised as C's
	if desc != "" {
		desc = strings.ToUpper(desc[:1]) + desc[1:]
	}
	e := rt.NewNodeError("Error", "", ErrnoName(errno)+", "+desc)
	_ = e.Set("errno", int(errno))
	_ = e.Set("code", ErrnoName(errno))
	_ = e.Set("syscall", syscallName)
	panic(e)
}
