// Secret KeyObjects: createSecretKey, type, symmetricKeySize, export (buffer
// and jwk), equals, Hmac with a KeyObject, and the argument errors. (HS256
// JSON web tokens, from jsonwebtoken, sign and verify with these.)
const crypto = require('crypto');
const k = crypto.createSecretKey(Buffer.from('secret'));
console.log(k.type, k.symmetricKeySize, k.asymmetricKeyType, k.constructor.name, Object.getPrototypeOf(Object.getPrototypeOf(k)).constructor.name, k instanceof crypto.KeyObject);
console.log(k.export().toString(), JSON.stringify(k.export({ format: 'jwk' })), k.equals(crypto.createSecretKey('secret', 'utf8')), k.equals(crypto.createSecretKey(Buffer.from('other'))));
console.log(crypto.createHmac('sha256', k).update('x').digest('hex') === crypto.createHmac('sha256', 'secret').update('x').digest('hex'));
console.log(crypto.createSecretKey('c2VjcmV0', 'base64').export().toString());
for (const bad of [1, null, {}]) { try { crypto.createSecretKey(bad); } catch (e) { console.log(e.code, e.message); } }
try { new crypto.KeyObject('secret', {}); } catch (e) { console.log(e.code, e.message); }
try { new crypto.KeyObject('bogus'); } catch (e) { console.log(e.code, e.message); }
try { k.export({ format: 'pem' }); } catch (e) { console.log(e.code, e.message); }
try { k.equals('x'); } catch (e) { console.log(e.code, e.message); }
console.log(Object.keys(k), typeof crypto.KeyObject.from);
