// Intl.NumberFormat and Number/BigInt toLocaleString format as node's en-US.
const show = (x, o) => {
  try {
    console.log(String(x), JSON.stringify(o), JSON.stringify(new Intl.NumberFormat('en-US', o).format(x)));
  } catch (e) {
    console.log(String(x), JSON.stringify(o), `${e.constructor.name}: ${e.message}`);
  }
};
for (const x of [0, -0, 1, -1, 1234.5, 1234567.891, 0.000123456, 1e21, 1.005, 2.5, -2.5, 123456789012345680000, NaN, Infinity, -Infinity, 0.1 + 0.2, 1e-7, 999.9999, -0.0001]) show(x, {});
show(1234.5678, { maximumFractionDigits: 2 }); show(1.005, { maximumFractionDigits: 2 }); show(1.5, { minimumFractionDigits: 3 });
show(5, { minimumIntegerDigits: 3 }); show(1234.5678, { maximumSignificantDigits: 3 }); show(0.00012345, { maximumSignificantDigits: 2 });
show(12, { minimumSignificantDigits: 4 }); show(0, { minimumSignificantDigits: 3 }); show(99.99, { maximumSignificantDigits: 2 });
show(1234567, { useGrouping: false }); show(1234, { useGrouping: 'min2' }); show(12345, { useGrouping: 'min2' }); show(1234, { useGrouping: 'always' });
show(0.256, { style: 'percent' }); show(0.2567, { style: 'percent', maximumFractionDigits: 1 }); show(-0.5, { style: 'percent' });
for (const c of ['USD', 'EUR', 'JPY', 'GBP', 'CAD', 'CHF', 'INR', 'CNY', 'KWD', 'xyz']) show(1234.5, { style: 'currency', currency: c });
show(-1234.5, { style: 'currency', currency: 'USD' }); show(-1234.5, { style: 'currency', currency: 'USD', currencySign: 'accounting' });
show(1234.5, { style: 'currency', currency: 'USD', currencyDisplay: 'code' }); show(1234.5, { style: 'currency', currency: 'USD', currencyDisplay: 'name' });
show(1, { style: 'currency', currency: 'USD', currencyDisplay: 'name' }); show(1, { style: 'currency', currency: 'USD', currencyDisplay: 'name', maximumFractionDigits: 0 });
show(1234.5, { style: 'currency', currency: 'CAD', currencyDisplay: 'narrowSymbol' }); show(5, { style: 'currency', currency: 'USD', signDisplay: 'always' });
show(1234, { notation: 'scientific' }); show(1234, { notation: 'engineering' }); show(0.00012, { notation: 'scientific' }); show(123456, { notation: 'engineering' });
for (const x of [12, 1.234, 1234, 15300, -15300, 999999, 1234567, 1.2e12, 1e18]) show(x, { notation: 'compact' });
show(1500, { notation: 'compact', compactDisplay: 'long' }); show(2500000, { notation: 'compact', compactDisplay: 'long' });
for (const sd of ['auto', 'always', 'exceptZero', 'negative', 'never']) for (const x of [5, -5, 0, -0, NaN]) show(x, { signDisplay: sd });
for (const u of ['kilobyte', 'megabyte', 'second', 'percent', 'kilometer-per-hour', 'celsius', 'foot']) {
  for (const ud of ['short', 'long', 'narrow']) { show(1, { style: 'unit', unit: u, unitDisplay: ud }); show(16, { style: 'unit', unit: u, unitDisplay: ud }); }
}
for (const mode of ['ceil', 'floor', 'expand', 'trunc', 'halfCeil', 'halfFloor', 'halfExpand', 'halfTrunc', 'halfEven']) {
  for (const x of [2.5, -2.5, 2.4, 3.5]) show(x, { maximumFractionDigits: 0, roundingMode: mode });
}
show(1.5, { minimumFractionDigits: 2, trailingZeroDisplay: 'stripIfInteger' }); show(1, { minimumFractionDigits: 2, trailingZeroDisplay: 'stripIfInteger' });
show(1.234, { maximumFractionDigits: 1, maximumSignificantDigits: 2, roundingPriority: 'lessPrecision' });
show(12345678901234567890n, {}); show(-5n, { style: 'currency', currency: 'USD' }); show('1234.5678901234567890123', {}); show('abc', {}); show(' 12 ', {});
// Bad options.
show(1, { style: 'currency' }); show(1, { style: 'currency', currency: 'US' }); show(1, { style: 'bogus' }); show(1, { maximumFractionDigits: 101 });
show(1, { minimumFractionDigits: 3, maximumFractionDigits: 1 }); show(1, { style: 'unit' }); show(1, { style: 'unit', unit: 'parsec' });
show(1, { minimumIntegerDigits: 0 }); show(1, { notation: 'x' });
const nf = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
console.log(JSON.stringify(nf.formatToParts(-1234.5)));
console.log(JSON.stringify(new Intl.NumberFormat('en-US', { style: 'unit', unit: 'kilobyte' }).formatToParts(1234.5)));
console.log(JSON.stringify(new Intl.NumberFormat('en-US', { notation: 'scientific' }).formatToParts(-0.00012)));
for (const o of [{}, { style: 'currency', currency: 'eur' }, { style: 'percent' }, { maximumSignificantDigits: 3 }, { notation: 'compact' }, { style: 'unit', unit: 'byte' }]) {
  console.log(JSON.stringify(new Intl.NumberFormat('en-US', o).resolvedOptions()));
}
console.log([1, 2, 3].map(nf.format).join(' '), typeof nf.format, nf.format === nf.format);
console.log((1234.5).toLocaleString(), (1234.5).toLocaleString('en-US', { style: 'currency', currency: 'USD' }), (12345n).toLocaleString());
console.log((0.5).toLocaleString(undefined, { style: 'percent' }), (1234567.891).toLocaleString('en-US', { maximumFractionDigits: 1 }));
console.log([1234.5, 6789].toLocaleString(), Intl.NumberFormat('en-US').format(1e6), Object.prototype.toString.call(nf));
try { Number.prototype.toLocaleString.call('x'); } catch (e) { console.log(`${e.constructor.name}`); }
console.log([1234.5, 2].toLocaleString('en-US', { style: 'currency', currency: 'USD' }), new Float64Array([1234.5]).toLocaleString(undefined, { maximumFractionDigits: 0 }));
