console.log(new Uint8Array([1, 2, 255]), new Int8Array([-1, 1]), new Uint16Array(2), new Int32Array([-5]));
console.log(new Float32Array([0.1, 2]), new Float64Array([1.5, -0, NaN]));
console.log(new BigInt64Array([1n, -2n]), new BigUint64Array([18446744073709551615n]));
console.log(new Uint8ClampedArray([300, -5]), new Uint8Array(0));
console.log(new Uint8Array(130));
console.log(new Uint32Array(30).map((_, i) => i * 1000));
const t = new Uint8Array(2);
t.extra = 'x';
console.log(t);
console.log(new ArrayBuffer(4), new Uint8Array([1, 2, 3, 4]).buffer, new Uint8Array(60).buffer);
console.log(new DataView(new ArrayBuffer(2)));
console.log(Buffer.from('hi'), Buffer.alloc(0), Buffer.alloc(60, 1));
console.log({ buf: Buffer.from([1, 2, 3]) }, [Buffer.from('x')]);
class Bytes extends Uint8Array {}
console.log(new Bytes(3));
