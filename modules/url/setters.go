package url

import "strings"

// SetProtocol implements the protocol setter.
func (u *URL) SetProtocol(v string) {
	basicParse(trimInput(v+":", false), nil, u, stSchemeStart)
}

// SetUsername implements the username setter.
func (u *URL) SetUsername(v string) {
	if u.cannotHaveCredentials() {
		return
	}
	u.Username = percentEncodeString(v, userinfoSet)
}

// SetPassword implements the password setter.
func (u *URL) SetPassword(v string) {
	if u.cannotHaveCredentials() {
		return
	}
	u.Password = percentEncodeString(v, userinfoSet)
}

// withCopy runs a state-override parse on a copy of u and keeps the result
// only if it succeeded, so a failing setter leaves u unchanged.
func (u *URL) withCopy(v string, st state) bool {
	c := u.clone()
	if !basicParse(trimInput(v, false), nil, c, st) {
		return false
	}
	*u = *c
	return true
}

// SetHost implements the host setter.
func (u *URL) SetHost(v string) {
	if u.Opaque {
		return
	}
	u.withCopy(v, stHost)
}

// SetHostname implements the hostname setter; it reports whether the value
// was accepted.
func (u *URL) SetHostname(v string) bool {
	if u.Opaque {
		return false
	}
	return u.withCopy(v, stHostname)
}

// SetPort implements the port setter.
func (u *URL) SetPort(v string) {
	if u.cannotHaveCredentials() {
		return
	}
	if v == "" {
		u.Port = -1
		return
	}
	u.withCopy(v, stPort)
}

// SetPathname implements the pathname setter.
func (u *URL) SetPathname(v string) {
	if u.Opaque {
		return
	}
	c := u.clone()
	c.Path = nil
	basicParse(trimInput(v, false), nil, c, stPathStart)
	*u = *c
}

// stripOpaqueTrailingSpaces drops trailing spaces of an opaque path once
// nothing follows it any more.
func (u *URL) stripOpaqueTrailingSpaces() {
	if u.Opaque && !u.HasQuery && !u.HasFrag {
		u.OpaqueP = strings.TrimRight(u.OpaqueP, " ")
	}
}

// SetSearch implements the search setter.
func (u *URL) SetSearch(v string) {
	if v == "" {
		u.Query, u.HasQuery = "", false
		u.stripOpaqueTrailingSpaces()
		return
	}
	v = strings.TrimPrefix(v, "?")
	c := u.clone()
	c.Query, c.HasQuery = "", true
	basicParse(trimInput(v, false), nil, c, stQuery)
	*u = *c
}

// SetHash implements the hash setter.
func (u *URL) SetHash(v string) {
	if v == "" {
		u.Frag, u.HasFrag = "", false
		u.stripOpaqueTrailingSpaces()
		return
	}
	v = strings.TrimPrefix(v, "#")
	c := u.clone()
	c.Frag, c.HasFrag = "", true
	basicParse(trimInput(v, false), nil, c, stFragment)
	*u = *c
}
