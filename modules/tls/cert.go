package tls

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/rsa"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strings"
	"time"
	"unicode/utf16"

	"github.com/dop251/goja"

	"github.com/gonode/gonode/modules/buffer"
	"github.com/gonode/gonode/runtime"
)

// This file gives certificates the shapes node gives them: the objects of
// tlsSocket.getPeerCertificate() (node's X509ToObject in C++, then
// translatePeerCertificate in lib/_tls_common.js) and the verification
// error codes of tlsSocket.authorizationError (OpenSSL's X509_verify_cert
// as node runs it, with a callback that lets every check run, so that the
// last error found is the one reported).

var (
	oidSubjectAltName = asn1.ObjectIdentifier{2, 5, 29, 17}
	oidKeyUsage       = asn1.ObjectIdentifier{2, 5, 29, 15}
	oidExtKeyUsage    = asn1.ObjectIdentifier{2, 5, 29, 37}
	oidInfoAccess     = asn1.ObjectIdentifier{1, 3, 6, 1, 5, 5, 7, 1, 1}
)

// peerCertificate is what node's tlsSocket.getPeerCertificate(detailed)
// returns for chain, the peer's certificates leaf first: {} for none, else
// chain[0] as node's certificate object. With detailed, each certificate's
// issuer, looked for among the rest of chain as node looks for it (by
// issuance, not position), is its issuerCertificate, and a self-signed last
// one is its own. node also adds the issuers of the last certificate it
// finds in the trust store; pass buildPath(...).certs to have them too.
// Loop goroutine only.
func peerCertificate(rt *runtime.Runtime, chain []*x509.Certificate, detailed bool) (goja.Value, error) {
	if len(chain) == 0 {
		return rt.VM().NewObject(), nil
	}
	first, err := certificateObject(rt, chain[0])
	if err != nil {
		return nil, err
	}
	if !detailed {
		return first, nil
	}
	cert, obj := chain[0], first
	rest := slices.Clone(chain[1:])
	for {
		i := slices.IndexFunc(rest, func(c *x509.Certificate) bool { return checkIssued(c, cert) })
		if i < 0 {
			break
		}
		next, err := certificateObject(rt, rest[i])
		if err != nil {
			return nil, err
		}
		_ = obj.Set("issuerCertificate", next)
		cert, obj = rest[i], next
		rest = slices.Delete(rest, i, i+1)
	}
	if checkIssued(cert, cert) {
		_ = obj.Set("issuerCertificate", obj)
	}
	return first, nil
}

// certificateObject is node's object for c, its keys in node's order:
// subject, issuer, subjectaltname and infoAccess (when c has them), ca,
// the public key's fields, valid_from, valid_to, the fingerprints,
// ext_key_usage (when c has it), serialNumber and raw.
func certificateObject(rt *runtime.Runtime, c *x509.Certificate) (*goja.Object, error) {
	vm := rt.VM()
	o := vm.NewObject()
	for _, name := range []struct {
		key string
		der []byte
	}{{"subject", c.RawSubject}, {"issuer", c.RawIssuer}} {
		v, err := nameObject(vm, name.der)
		if err != nil {
			return nil, fmt.Errorf("tls: certificate %s: %w", name.key, err)
		}
		if v != nil {
			_ = o.Set(name.key, v)
		}
	}
	if ext, ok := extension(c, oidSubjectAltName); ok {
		var v goja.Value = goja.Null()
		if s, ok := subjectAltName(ext); ok {
			v = vm.ToValue(s)
		}
		_ = o.Set("subjectaltname", v)
	}
	if ext, ok := extension(c, oidInfoAccess); ok {
		_ = o.Set("infoAccess", infoAccessObject(vm, ext))
	}
	_ = o.Set("ca", checkCA(c) == 1)
	if err := setPublicKey(rt, o, c); err != nil {
		return nil, err
	}
	_ = o.Set("valid_from", opensslTime(c.NotBefore))
	_ = o.Set("valid_to", opensslTime(c.NotAfter))
	sum1, sum256, sum512 := sha1.Sum(c.Raw), sha256.Sum256(c.Raw), sha512.Sum512(c.Raw)
	_ = o.Set("fingerprint", fingerprint(sum1[:]))
	_ = o.Set("fingerprint256", fingerprint(sum256[:]))
	_ = o.Set("fingerprint512", fingerprint(sum512[:]))
	if ext, ok := extension(c, oidExtKeyUsage); ok {
		if oids, ok := extKeyUsages(ext); ok {
			_ = o.Set("ext_key_usage", vm.NewArray(oids...))
		}
	}
	_ = o.Set("serialNumber", serialHex(c.SerialNumber))
	raw, err := newBuffer(rt, c.Raw)
	if err != nil {
		return nil, err
	}
	_ = o.Set("raw", raw)
	return o, nil
}

// setPublicKey sets the fields node gives c's public key: modulus, bits,
// exponent and pubkey (the DER SubjectPublicKeyInfo) for RSA; bits, pubkey
// (the encoded point), asn1Curve and nistCurve for EC; none for others.
func setPublicKey(rt *runtime.Runtime, o *goja.Object, c *x509.Certificate) error {
	switch pub := c.PublicKey.(type) {
	case *rsa.PublicKey:
		der, err := x509.MarshalPKIXPublicKey(pub)
		if err != nil {
			return fmt.Errorf("tls: encode certificate public key: %w", err)
		}
		key, err := newBuffer(rt, der)
		if err != nil {
			return err
		}
		_ = o.Set("modulus", fmt.Sprintf("%X", pub.N))
		_ = o.Set("bits", pub.N.BitLen())
		_ = o.Set("exponent", fmt.Sprintf("0x%x", pub.E))
		_ = o.Set("pubkey", key)
	case *ecdsa.PublicKey:
		var spki struct {
			Algorithm pkix.AlgorithmIdentifier
			PublicKey asn1.BitString
		}
		if _, err := asn1.Unmarshal(c.RawSubjectPublicKeyInfo, &spki); err != nil {
			return fmt.Errorf("tls: parse certificate public key: %w", err)
		}
		key, err := newBuffer(rt, spki.PublicKey.Bytes)
		if err != nil {
			return err
		}
		params := pub.Curve.Params()
		_ = o.Set("bits", params.N.BitLen())
		_ = o.Set("pubkey", key)
		if asn1Name, ok := curveASN1Names[params.Name]; ok {
			_ = o.Set("asn1Curve", asn1Name)
			_ = o.Set("nistCurve", params.Name)
		}
	}
	return nil
}

// curveASN1Names are OpenSSL's short names of the NIST curves, by their
// NIST names (which crypto/elliptic uses).
var curveASN1Names = map[string]string{
	"P-224": "secp224r1",
	"P-256": "prime256v1",
	"P-384": "secp384r1",
	"P-521": "secp521r1",
}

// newBuffer is a Buffer holding a copy of data, so that JavaScript cannot
// change the certificate it came from.
func newBuffer(rt *runtime.Runtime, data []byte) (*goja.Object, error) {
	b, err := buffer.New(rt, bytes.Clone(data))
	if err != nil {
		return nil, fmt.Errorf("tls: certificate buffer: %w", err)
	}
	return b, nil
}

// extension is the value of c's first extension with the given id.
func extension(c *x509.Certificate, id asn1.ObjectIdentifier) ([]byte, bool) {
	for _, e := range c.Extensions {
		if e.Id.Equal(id) {
			return e.Value, true
		}
	}
	return nil, false
}

// opensslTime formats t as OpenSSL's ASN1_TIME_print does:
// "Nov  8 04:00:00 2026 GMT".
func opensslTime(t time.Time) string {
	return t.UTC().Format("Jan _2 15:04:05 2006 GMT")
}

// fingerprint is a digest as node prints it: uppercase hex bytes joined by
// colons.
func fingerprint(sum []byte) string {
	parts := make([]string, len(sum))
	for i, b := range sum {
		parts[i] = fmt.Sprintf("%02X", b)
	}
	return strings.Join(parts, ":")
}

// serialHex is a serial number as OpenSSL's BN_bn2hex prints it: uppercase
// hex of whole bytes ("05", "1001"), "0" for zero.
func serialHex(n *big.Int) string {
	if n.Sign() == 0 {
		return "0"
	}
	s := strings.ToUpper(hex.EncodeToString(n.Bytes()))
	if n.Sign() < 0 {
		return "-" + s
	}
	return s
}

// extKeyUsages are the purposes of an extended key usage extension, as
// dotted OIDs in the extension's order.
func extKeyUsages(ext []byte) ([]any, bool) {
	var oids []asn1.ObjectIdentifier
	if rest, err := asn1.Unmarshal(ext, &oids); err != nil || len(rest) > 0 {
		return nil, false
	}
	out := make([]any, len(oids))
	for i, oid := range oids {
		out[i] = oid.String()
	}
	return out, true
}

// attribute is one type and value of a distinguished name, the value as
// encoded.
type attribute struct {
	Type  asn1.ObjectIdentifier
	Value asn1.RawValue
}

// attributeSET is one relative distinguished name; encoding/asn1 reads a
// slice type whose name ends in SET as a SET OF.
type attributeSET []attribute

// parseName reads a DER distinguished name.
func parseName(der []byte) ([]attributeSET, error) {
	var rdns []attributeSET
	rest, err := asn1.Unmarshal(der, &rdns)
	if err == nil && len(rest) > 0 {
		err = errors.New("trailing data")
	}
	if err != nil {
		return nil, fmt.Errorf("parse distinguished name: %w", err)
	}
	return rdns, nil
}

// nameObject is a distinguished name as node's null-prototype object:
// attributes by OpenSSL's short names (or dotted OIDs), in order, a
// repeated one as an array of its values. It is nil, as node's is
// undefined, when a value is of a type OpenSSL cannot convert to text.
func nameObject(vm *goja.Runtime, der []byte) (*goja.Object, error) {
	rdns, err := parseName(der)
	if err != nil {
		return nil, err
	}
	var keys []string
	values := map[string][]any{}
	for _, rdn := range rdns {
		for _, a := range rdn {
			v, ok := stringValue(a.Value)
			if !ok {
				return nil, nil
			}
			k := attributeName(a.Type)
			if _, seen := values[k]; !seen {
				keys = append(keys, k)
			}
			values[k] = append(values[k], v)
		}
	}
	o := vm.CreateObject(nil)
	for _, k := range keys {
		if v := values[k]; len(v) == 1 {
			_ = o.Set(k, v[0])
		} else {
			_ = o.Set(k, vm.NewArray(v...))
		}
	}
	return o, nil
}

// attributeShortNames are OpenSSL's short names of name attributes.
var attributeShortNames = map[string]string{
	"2.5.4.3":                    "CN",
	"2.5.4.4":                    "SN",
	"2.5.4.5":                    "serialNumber",
	"2.5.4.6":                    "C",
	"2.5.4.7":                    "L",
	"2.5.4.8":                    "ST",
	"2.5.4.9":                    "street",
	"2.5.4.10":                   "O",
	"2.5.4.11":                   "OU",
	"2.5.4.12":                   "title",
	"2.5.4.13":                   "description",
	"2.5.4.15":                   "businessCategory",
	"2.5.4.16":                   "postalAddress",
	"2.5.4.17":                   "postalCode",
	"2.5.4.18":                   "postOfficeBox",
	"2.5.4.20":                   "telephoneNumber",
	"2.5.4.41":                   "name",
	"2.5.4.42":                   "GN",
	"2.5.4.43":                   "initials",
	"2.5.4.44":                   "generationQualifier",
	"2.5.4.45":                   "x500UniqueIdentifier",
	"2.5.4.46":                   "dnQualifier",
	"2.5.4.65":                   "pseudonym",
	"2.5.4.72":                   "role",
	"2.5.4.97":                   "organizationIdentifier",
	"1.2.840.113549.1.9.1":       "emailAddress",
	"1.2.840.113549.1.9.2":       "unstructuredName",
	"0.9.2342.19200300.100.1.1":  "UID",
	"0.9.2342.19200300.100.1.25": "DC",
	"1.3.6.1.4.1.311.60.2.1.1":   "jurisdictionL",
	"1.3.6.1.4.1.311.60.2.1.2":   "jurisdictionST",
	"1.3.6.1.4.1.311.60.2.1.3":   "jurisdictionC",
}

// attributeName is a name attribute's OpenSSL short name, or its dotted
// OID when OpenSSL has none.
func attributeName(oid asn1.ObjectIdentifier) string {
	if sn, ok := attributeShortNames[oid.String()]; ok {
		return sn
	}
	return oid.String()
}

// stringValue is an ASN.1 string as OpenSSL's ASN1_STRING_to_UTF8 converts
// it: UTF8String as is, BMPString and UniversalString decoded, the other
// one-byte string types as Latin-1. It is false for types that are not
// strings.
func stringValue(v asn1.RawValue) (string, bool) {
	if v.Class != asn1.ClassUniversal {
		return "", false
	}
	switch v.Tag {
	case asn1.TagUTF8String:
		return string(v.Bytes), true
	case asn1.TagBMPString:
		units := make([]uint16, len(v.Bytes)/2)
		for i := range units {
			units[i] = binary.BigEndian.Uint16(v.Bytes[2*i:])
		}
		return string(utf16.Decode(units)), true
	case 28: // UniversalString
		runes := make([]rune, len(v.Bytes)/4)
		for i := range runes {
			runes[i] = rune(binary.BigEndian.Uint32(v.Bytes[4*i:]))
		}
		return string(runes), true
	case asn1.TagNumericString, asn1.TagPrintableString, asn1.TagT61String, asn1.TagIA5String,
		asn1.TagUTCTime, asn1.TagGeneralizedTime, 26: // 26: VisibleString
		return latin1(v.Bytes), true
	}
	return "", false
}

// latin1 decodes Latin-1 bytes.
func latin1(b []byte) string {
	runes := make([]rune, len(b))
	for i, c := range b {
		runes[i] = rune(c)
	}
	return string(runes)
}

// subjectAltName is a subjectAltName extension as node prints it: its
// names, in order, joined by ", ". It is false if the extension is
// malformed (node's value is then null).
func subjectAltName(ext []byte) (string, bool) {
	var names []asn1.RawValue
	if rest, err := asn1.Unmarshal(ext, &names); err != nil || len(rest) > 0 {
		return "", false
	}
	parts := make([]string, len(names))
	for i, n := range names {
		s, ok := generalName(n)
		if !ok {
			return "", false
		}
		parts[i] = s
	}
	return strings.Join(parts, ", "), true
}

// otherNames are the otherName types node prints, by OID: their label and
// whether their value is a UTF8String (else an IA5String).
var otherNames = map[string]struct {
	label string
	utf8  bool
}{
	"1.3.6.1.5.5.7.8.9":      {"SmtpUTF8Mailbox", true},
	"1.3.6.1.5.5.7.8.5":      {"XmppAddr", true},
	"1.3.6.1.5.5.7.8.7":      {"SRVName", false},
	"1.3.6.1.4.1.311.20.2.3": {"UPN", true},
	"1.3.6.1.5.5.7.8.8":      {"NAIRealm", true},
}

// generalName prints a GeneralName as node's PrintGeneralName does, e.g.
// "DNS:localhost", "IP Address:127.0.0.1", "email:a@b.c", "URI:http://x/".
// It is false if the name is malformed.
func generalName(n asn1.RawValue) (string, bool) {
	if n.Class != asn1.ClassContextSpecific {
		return "", false
	}
	switch n.Tag {
	case 0:
		return otherName(n.Bytes)
	case 1:
		return "email:" + altName(n.Bytes, false, ""), true
	case 2:
		return "DNS:" + altName(n.Bytes, false, ""), true
	case 3:
		return "X400Name:<unsupported>", true
	case 4:
		dn, ok := rfc2253(n.Bytes)
		return "DirName:" + altName([]byte(dn), true, ""), ok
	case 5:
		return "EdiPartyName:<unsupported>", true
	case 6:
		return "URI:" + altName(n.Bytes, false, ""), true
	case 7:
		return "IP Address:" + ipAddress(n.Bytes), true
	case 8:
		der, err := asn1.Marshal(asn1.RawValue{Tag: asn1.TagOID, Bytes: n.Bytes})
		var oid asn1.ObjectIdentifier
		if err == nil {
			_, err = asn1.Unmarshal(der, &oid)
		}
		return "Registered ID:" + oid.String(), err == nil
	}
	return "", false
}

// otherName prints the content of an otherName: "othername:XmppAddr:x@y"
// for the types node knows, "othername:<unsupported>" for others.
func otherName(content []byte) (string, bool) {
	var id asn1.ObjectIdentifier
	var wrapper, value asn1.RawValue
	rest, err := asn1.Unmarshal(content, &id)
	if err == nil {
		_, err = asn1.Unmarshal(rest, &wrapper)
	}
	if err == nil {
		_, err = asn1.Unmarshal(wrapper.Bytes, &value)
	}
	if err != nil {
		return "", false
	}
	kind, known := otherNames[id.String()]
	want := asn1.TagIA5String
	if kind.utf8 {
		want = asn1.TagUTF8String
	}
	if !known || value.Class != asn1.ClassUniversal || value.Tag != want {
		return "othername:<unsupported>", true
	}
	return "othername:" + altName(value.Bytes, kind.utf8, kind.label), true
}

// ipAddress prints an iPAddress name as node does: dotted IPv4, or IPv6
// as eight uppercase hex groups without compression.
func ipAddress(b []byte) string {
	switch len(b) {
	case 4:
		return fmt.Sprintf("%d.%d.%d.%d", b[0], b[1], b[2], b[3])
	case 16:
		groups := make([]string, 8)
		for i := range groups {
			groups[i] = fmt.Sprintf("%X", binary.BigEndian.Uint16(b[2*i:]))
		}
		return strings.Join(groups, ":")
	}
	return fmt.Sprintf("<invalid length=%d>", len(b))
}

// altName prints a name's text as node's PrintAltName does: as is, after
// "label:", when it has nothing that would make the list ambiguous;
// otherwise as a JSON string literal (label inside the quotes) that also
// escapes commas. utf8 tells whether bytes above 0x7f are UTF-8 text
// (kept) or Latin-1 (escaped).
func altName(name []byte, utf8 bool, label string) string {
	if label != "" {
		label += ":"
	}
	if safeAltName(name, utf8) {
		return label + string(name)
	}
	var b strings.Builder
	b.WriteString(`"` + label)
	for _, c := range name {
		switch {
		case c == '\\':
			b.WriteString(`\\`)
		case c == '"':
			b.WriteString(`\"`)
		case c >= ' ' && c != ',' && c <= '~', utf8 && c >= 0x80:
			b.WriteByte(c)
		default:
			fmt.Fprintf(&b, `\u%04x`, c)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// safeAltName reports whether node prints name unquoted.
func safeAltName(name []byte, utf8 bool) bool {
	for _, c := range name {
		switch {
		case c == '"', c == '\\', c == ',', c == '\'':
			return false
		case utf8 && (c < ' ' || c == 0x7f):
			return false
		case !utf8 && (c < ' ' || c > '~'):
			return false
		}
	}
	return true
}

// rfc2253 prints a DER distinguished name as node prints a DirName (OpenSSL's
// RFC 2253 format without escaping control or non-ASCII characters): the
// attributes in reverse order, "," between RDNs and "+" within one, values
// of attributes OpenSSL does not know, or that are not strings, as "#" and
// their DER in hex.
func rfc2253(der []byte) (string, bool) {
	rdns, err := parseName(der)
	if err != nil {
		return "", false
	}
	var b strings.Builder
	for i := len(rdns) - 1; i >= 0; i-- {
		for j := len(rdns[i]) - 1; j >= 0; j-- {
			switch {
			case j < len(rdns[i])-1:
				b.WriteByte('+')
			case i < len(rdns)-1:
				b.WriteByte(',')
			}
			a := rdns[i][j]
			b.WriteString(attributeName(a.Type) + "=")
			v, ok := stringValue(a.Value)
			if _, known := attributeShortNames[a.Type.String()]; !known || !ok {
				b.WriteString("#" + strings.ToUpper(hex.EncodeToString(a.Value.FullBytes)))
				continue
			}
			b.WriteString(escape2253(v))
		}
	}
	return b.String(), true
}

// escape2253 escapes an attribute value as RFC 2253 asks: the special
// characters, a leading '#' or space and a trailing space, with a
// backslash.
func escape2253(v string) string {
	var b strings.Builder
	for i, r := range v {
		if strings.ContainsRune(`,+"\<>;`, r) || i == 0 && (r == '#' || r == ' ') || i == len(v)-1 && r == ' ' {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// accessMethodNames are OpenSSL's long names of access methods.
var accessMethodNames = map[string]string{
	"1.3.6.1.5.5.7.48.1": "OCSP",
	"1.3.6.1.5.5.7.48.2": "CA Issuers",
	"1.3.6.1.5.5.7.48.3": "AD Time Stamping",
	"1.3.6.1.5.5.7.48.4": "ad dvcs",
	"1.3.6.1.5.5.7.48.5": "CA Repository",
}

// infoAccessText is an authorityInfoAccess extension as node's C++ prints
// it: a line "method - name" per access description. It is false if the
// extension is malformed.
func infoAccessText(ext []byte) (string, bool) {
	var descs []struct {
		Method   asn1.ObjectIdentifier
		Location asn1.RawValue
	}
	if rest, err := asn1.Unmarshal(ext, &descs); err != nil || len(rest) > 0 {
		return "", false
	}
	lines := make([]string, len(descs))
	for i, d := range descs {
		method, ok := accessMethodNames[d.Method.String()]
		if !ok {
			method = d.Method.String()
		}
		location, ok := generalName(d.Location)
		if !ok {
			return "", false
		}
		lines[i] = method + " - " + location
	}
	return strings.Join(lines, "\n"), true
}

// infoAccessObject is an authorityInfoAccess extension as node's
// getPeerCertificate gives it: a null-prototype object mapping each
// "method - kind" (e.g. "OCSP - URI") to the list of its values, or null
// when the extension is malformed.
func infoAccessObject(vm *goja.Runtime, ext []byte) goja.Value {
	text, ok := infoAccessText(ext)
	if !ok {
		return goja.Null()
	}
	var keys []string
	values := map[string][]any{}
	for _, line := range strings.Split(text, "\n") {
		key, val, found := strings.Cut(line, ":")
		if !found {
			continue
		}
		if strings.HasPrefix(val, `"`) {
			// A quoted value is a JSON string literal.
			_ = json.Unmarshal([]byte(val), &val)
		}
		if _, seen := values[key]; !seen {
			keys = append(keys, key)
		}
		values[key] = append(values[key], val)
	}
	o := vm.CreateObject(nil)
	for _, k := range keys {
		_ = o.Set(k, vm.NewArray(values[k]...))
	}
	return o
}

// verifyError is an OpenSSL certificate verification error as node
// reports it: a code (node's name for OpenSSL's, UNSPECIFIED for those
// node does not name) and OpenSSL's message.
type verifyError struct{ code, message string }

var (
	errNoIssuer           = &verifyError{"UNABLE_TO_GET_ISSUER_CERT", "unable to get issuer certificate"}
	errNoLocalIssuer      = &verifyError{"UNABLE_TO_GET_ISSUER_CERT_LOCALLY", "unable to get local issuer certificate"}
	errLeafSignature      = &verifyError{"UNABLE_TO_VERIFY_LEAF_SIGNATURE", "unable to verify the first certificate"}
	errSelfSigned         = &verifyError{"DEPTH_ZERO_SELF_SIGNED_CERT", "self-signed certificate"}
	errSelfSignedInChain  = &verifyError{"SELF_SIGNED_CERT_IN_CHAIN", "self-signed certificate in certificate chain"}
	errSignature          = &verifyError{"CERT_SIGNATURE_FAILURE", "certificate signature failure"}
	errNotYetValid        = &verifyError{"CERT_NOT_YET_VALID", "certificate is not yet valid"}
	errExpired            = &verifyError{"CERT_HAS_EXPIRED", "certificate has expired"}
	errInvalidCA          = &verifyError{"INVALID_CA", "invalid CA certificate"}
	errInvalidPurpose     = &verifyError{"INVALID_PURPOSE", "unsuitable certificate purpose"}
	errPathLength         = &verifyError{"PATH_LENGTH_EXCEEDED", "path length constraint exceeded"}
	errKeyUsageNoCertSign = &verifyError{"UNSPECIFIED", "key usage does not include certificate signing"}
)

var (
	// anyExtKeyUsage has Verify skip extended key usage: checkExtensions
	// checks it as OpenSSL does.
	anyExtKeyUsage = []x509.ExtKeyUsage{x509.ExtKeyUsageAny}
	// maxTime is the end of time as X.509 has it.
	maxTime = time.Date(9999, 12, 31, 23, 59, 59, 0, time.UTC)
	// tlsExtKeyUsages are the extended key usages OpenSSL accepts for TLS.
	tlsExtKeyUsages = []x509.ExtKeyUsage{
		x509.ExtKeyUsageServerAuth, x509.ExtKeyUsageClientAuth,
		x509.ExtKeyUsageNetscapeServerGatedCrypto, x509.ExtKeyUsageMicrosoftServerGatedCrypto,
	}
	// tlsLeafKeyUsages are the key usages of which OpenSSL wants one in a
	// TLS leaf that has a key usage.
	tlsLeafKeyUsages = x509.KeyUsageDigitalSignature | x509.KeyUsageKeyEncipherment | x509.KeyUsageKeyAgreement
)

// verifyChain checks chain, the peer's certificates leaf first, as node
// does (OpenSSL's X509_verify_cert with every check run, the last error
// found reported): "" when it leads to a self-signed certificate in roots
// at now, else node's code and message for what is wrong, such as
// DEPTH_ZERO_SELF_SIGNED_CERT, SELF_SIGNED_CERT_IN_CHAIN,
// UNABLE_TO_VERIFY_LEAF_SIGNATURE, UNABLE_TO_GET_ISSUER_CERT_LOCALLY or
// CERT_HAS_EXPIRED. No chain is UNABLE_TO_GET_ISSUER_CERT, as node says of
// a client that sent no certificate. The host name is not checked.
func verifyChain(chain []*x509.Certificate, roots *x509.CertPool, now time.Time) (code, message string) {
	if len(chain) == 0 {
		return errNoIssuer.code, errNoIssuer.message
	}
	p := buildPath(chain, roots, now)
	var last *verifyError
	report := func(e *verifyError) { last = e }
	if !p.trusted {
		report(p.failure())
	}
	checkExtensions(p.certs, report)
	checkSignaturesAndTimes(p.certs, now.Truncate(time.Second), report)
	if last == nil {
		return "", ""
	}
	return last.code, last.message
}

// certPath is the certification path OpenSSL builds for a peer's chain.
type certPath struct {
	certs     []*x509.Certificate // leaf first
	fromStore bool                // the last of certs came from the trust store
	trusted   bool                // certs end at a self-signed certificate of the trust store
}

// buildPath builds the path from chain[0] as OpenSSL does: from each
// certificate to its issuer, looked for first in roots (valid at now if
// one is) and then, until a certificate of roots is reached, among the
// rest of chain, up to a self-signed certificate or one whose issuer is
// nowhere. Its certs are the peer's chain as node's detailed
// getPeerCertificate() shows it. No chain gives an empty, untrusted path.
func buildPath(chain []*x509.Certificate, roots *x509.CertPool, now time.Time) certPath {
	if len(chain) == 0 {
		return certPath{}
	}
	p := certPath{certs: []*x509.Certificate{chain[0]}}
	untrusted := slices.Clone(chain[1:])
	for {
		cert := p.certs[len(p.certs)-1]
		if selfIssued(cert) {
			p.trusted = p.fromStore || inStore(cert, roots)
			return p
		}
		if issuer := storeIssuer(cert, roots, now); issuer != nil && !slices.ContainsFunc(p.certs, issuer.Equal) {
			p.certs = append(p.certs, issuer)
			p.fromStore = true
			continue
		}
		if p.fromStore {
			return p
		}
		i := slices.IndexFunc(untrusted, func(c *x509.Certificate) bool { return likelyIssued(c, cert) })
		if i < 0 {
			return p
		}
		p.certs = append(p.certs, untrusted[i])
		untrusted = slices.Delete(untrusted, i, i+1)
	}
}

// failure is the error OpenSSL reports for an untrusted path.
func (p certPath) failure() *verifyError {
	switch top := p.certs[len(p.certs)-1]; {
	case selfIssued(top) && len(p.certs) == 1:
		return errSelfSigned
	case selfIssued(top):
		return errSelfSignedInChain
	case p.fromStore:
		return errNoIssuer
	}
	return errNoLocalIssuer
}

// storeIssuer is a certificate of roots that issued c, preferring one
// valid at now, or nil. crypto/x509 offers no look-up in a pool, so it asks
// Verify for a chain of c alone, for copies of c that are valid at any time
// (so that only the issuer's validity matters): first c's own encoding
// (which the platform verifiers of macOS and Windows need), then, as Verify
// stops at c when roots holds c itself, an encoding roots does not hold.
func storeIssuer(c *x509.Certificate, roots *x509.CertPool, now time.Time) *x509.Certificate {
	same := *c
	same.NotBefore, same.NotAfter = time.Time{}, maxTime
	same.UnhandledCriticalExtensions = nil
	other := same
	other.Raw = append(slices.Clip(c.Raw), 0)
	for _, at := range []time.Time{now, c.NotBefore, c.NotAfter} {
		opts := x509.VerifyOptions{Roots: roots, CurrentTime: at, KeyUsages: anyExtKeyUsage}
		for _, probe := range []*x509.Certificate{&same, &other} {
			if chains, err := probe.Verify(opts); err == nil && len(chains[0]) > 1 {
				return chains[0][1]
			}
		}
	}
	return nil
}

// inStore reports whether roots holds c.
func inStore(c *x509.Certificate, roots *x509.CertPool) bool {
	probe := *c
	probe.UnhandledCriticalExtensions = nil
	chains, err := probe.Verify(x509.VerifyOptions{Roots: roots, CurrentTime: c.NotBefore, KeyUsages: anyExtKeyUsage})
	return err == nil && len(chains[0]) == 1
}

// likelyIssued reports whether issuer's name and key identifier are those
// subject names as its issuer's (OpenSSL's ossl_x509_likely_issued).
func likelyIssued(issuer, subject *x509.Certificate) bool {
	return bytes.Equal(issuer.RawSubject, subject.RawIssuer) &&
		(len(subject.AuthorityKeyId) == 0 || len(issuer.SubjectKeyId) == 0 ||
			bytes.Equal(subject.AuthorityKeyId, issuer.SubjectKeyId))
}

// checkIssued is OpenSSL's X509_check_issued: likelyIssued, and issuer's
// key usage, if it has one, allows signing certificates.
func checkIssued(issuer, subject *x509.Certificate) bool {
	return likelyIssued(issuer, subject) && signsCertificates(issuer)
}

// selfIssued reports whether c names itself as its issuer.
func selfIssued(c *x509.Certificate) bool { return likelyIssued(c, c) }

// signsCertificates reports whether c's key usage, if it has one, allows
// signing certificates.
func signsCertificates(c *x509.Certificate) bool {
	_, hasKeyUsage := extension(c, oidKeyUsage)
	return !hasKeyUsage || c.KeyUsage&x509.KeyUsageCertSign != 0
}

// checkCA is OpenSSL's X509_check_ca: 1 for a CA by its basic
// constraints, 3 for a self-signed version 1 certificate, 4 for a
// certificate without basic constraints whose key usage allows signing
// certificates, 0 for others.
func checkCA(c *x509.Certificate) int {
	_, hasKeyUsage := extension(c, oidKeyUsage)
	switch {
	case !signsCertificates(c):
		return 0
	case c.BasicConstraintsValid && c.IsCA:
		return 1
	case c.BasicConstraintsValid:
		return 0
	case c.Version == 1 && selfIssued(c):
		return 3
	case hasKeyUsage:
		return 4
	}
	return 0
}

// checkExtensions checks what OpenSSL's check_chain_extensions does: that
// the leaf may serve TLS and that the others are CAs that may issue TLS
// certificates at their depth. The purpose checks accept both a TLS server
// and a TLS client (OpenSSL checks the one the peer is).
func checkExtensions(certs []*x509.Certificate, report func(*verifyError)) {
	below := 0 // certificates between the leaf and certs[i] that are not self-issued
	for i, c := range certs {
		if i == 0 {
			_, hasKeyUsage := extension(c, oidKeyUsage)
			if !tlsExtKeyUsage(c) || hasKeyUsage && c.KeyUsage&tlsLeafKeyUsages == 0 {
				report(errInvalidPurpose)
			}
			continue
		}
		ca := checkCA(c)
		if ca == 0 || i+1 < len(certs) && ca != 1 {
			report(errInvalidCA)
		}
		if ca == 0 || !tlsExtKeyUsage(c) {
			report(errInvalidPurpose)
		}
		if i > 1 && c.BasicConstraintsValid && (c.MaxPathLen > 0 || c.MaxPathLenZero) && below > c.MaxPathLen {
			report(errPathLength)
		}
		if !selfIssued(c) {
			below++
		}
	}
}

// tlsExtKeyUsage reports whether c's extended key usage, if it has one,
// allows TLS.
func tlsExtKeyUsage(c *x509.Certificate) bool {
	if _, ok := extension(c, oidExtKeyUsage); !ok {
		return true
	}
	return slices.ContainsFunc(c.ExtKeyUsage, func(u x509.ExtKeyUsage) bool { return slices.Contains(tlsExtKeyUsages, u) })
}

// checkSignaturesAndTimes checks what OpenSSL's internal_verify does, from
// the top of the path down: that each certificate's issuer may sign
// certificates and did sign it (a self-signed top's own signature is not
// checked; a top that is not self-signed is not checked at all, or is the
// unverifiable leaf), and that each is valid at now.
func checkSignaturesAndTimes(certs []*x509.Certificate, now time.Time, report func(*verifyError)) {
	n := len(certs) - 1
	issuer, cert := certs[n], certs[n]
	if !selfIssued(issuer) {
		if n == 0 {
			report(errLeafSignature)
			checkTime(cert, now, report)
			return
		}
		n--
		cert = certs[n]
	}
	for {
		if cert != issuer {
			if !signsCertificates(issuer) {
				report(errKeyUsageNoCertSign)
			}
			if issuer.CheckSignature(cert.SignatureAlgorithm, cert.RawTBSCertificate, cert.Signature) != nil {
				report(errSignature)
			}
		}
		checkTime(cert, now, report)
		if n == 0 {
			return
		}
		n--
		issuer, cert = cert, certs[n]
	}
}

// checkTime reports c not valid at now, as OpenSSL compares: valid from
// notBefore to before notAfter.
func checkTime(c *x509.Certificate, now time.Time, report func(*verifyError)) {
	if c.NotBefore.After(now) {
		report(errNotYetValid)
	}
	if !c.NotAfter.After(now) {
		report(errExpired)
	}
}
