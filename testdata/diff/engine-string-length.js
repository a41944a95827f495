// padStart, padEnd and repeat asked for a string longer than V8's longest
// throw V8's RangeError (they crashed the process), and repeat's count
// errors name the count.
const cases = [() => ''.padStart(Infinity), () => 'a'.padEnd(2 ** 30, 'xy'), () => 'abc'.padStart(Infinity, ''), () => 'ab'.repeat(2 ** 30),
  () => 'a'.repeat(-1), () => 'a'.repeat(Infinity), () => 'a'.repeat(-Infinity), () => 'a'.repeat(1.5), () => ''.repeat(2 ** 40), () => 'a'.repeat(-0.5),
  () => 'a'.padStart(5, 'xy'), () => 'é'.repeat(2 ** 29)];
for (const c of cases) { try { const v = c(); console.log('ok', typeof v === 'string' ? v.length : v); } catch (e) { console.log(e.constructor.name + ': ' + e.message); } }
