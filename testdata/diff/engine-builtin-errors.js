// Built-ins' errors say what V8's say.
const cases = [
  () => { const c = 1; c = 2; }, () => { class K {} K(); }, () => { (class {})(); }, () => Object.keys(null),
  () => new Array(-1), () => { [].reduce((a, b) => a); }, () => { [].reduceRight((a, b) => a); },
  () => (1).toFixed(101), () => (1).toExponential(101), () => (1).toPrecision(0), () => BigInt(1.5), () => BigInt(NaN),
  () => BigInt(Infinity), () => 1n + 1, () => JSON.stringify(1n), () => decodeURIComponent('%'), () => encodeURIComponent('\ud800'),
  () => decodeURI('%E0%A4%A'), () => Object.defineProperty(1, 'x', {}), () => Object.freeze([1]).push(2),
  () => { class A {} class B extends A { constructor() { this.y = 1; super(); } } new B(); },
  () => { class B extends Object { constructor() {} } new B(); },
];
for (const c of cases) {
  try {
    c();
    console.log('ok');
  } catch (e) {
    console.log(`${e.constructor.name}: ${e.message}`);
  }
}
