// Intl's other services and locale handling, as node's for en-US.
const show = (label, fn) => {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, `${e.constructor.name}: ${e.message}`);
  }
};
show('canonical', () => Intl.getCanonicalLocales(['EN-us', 'zh-hant-tw', 'en-US', 'de-latn-de-u-co-phonebk', 'x-private', 'en-x-foo']));
for (const bad of ['en_US', '', 'e', 'en-', '123', 'en-US-u', 'toolongtag']) show(`canonical ${bad}`, () => Intl.getCanonicalLocales(bad));
show('canonical null', () => Intl.getCanonicalLocales(null)); show('canonical [5]', () => Intl.getCanonicalLocales([5]));
show('canonical undefined', () => Intl.getCanonicalLocales());
for (const loc of [undefined, 'en', 'en-US', ['en-US', 'fr'], 'en-US-u-hc-h23']) {
  show(`locale ${loc}`, () => new Intl.NumberFormat(loc).resolvedOptions().locale);
}
show('supported', () => Intl.NumberFormat.supportedLocalesOf(['en-US', 'en']));
show('hc', () => new Intl.DateTimeFormat('en-US-u-hc-h23', { hour: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1, 15))));
// Collator.
const c = new Intl.Collator();
show('sort', () => ['b', 'a', 'C', 'ä', 'A', '10', '9', '_x', 'B'].sort(c.compare));
show('numeric', () => ['item10', 'item9', 'item1', 'Item2'].sort(new Intl.Collator('en', { numeric: true }).compare));
show('base', () => [new Intl.Collator('en', { sensitivity: 'base' }).compare('a', 'Á'), new Intl.Collator('en', { sensitivity: 'accent' }).compare('a', 'A'), new Intl.Collator('en', { sensitivity: 'accent' }).compare('a', 'á')]);
show('localeCompare', () => ['a'.localeCompare('B', undefined, { sensitivity: 'base' }), 'a'.localeCompare('A', 'en', { sensitivity: 'base' }), 'a'.localeCompare('b'), '2'.localeCompare('10', undefined, { numeric: true })]);
show('punctuation', () => new Intl.Collator('en', { ignorePunctuation: true }).compare('a-b', 'ab'));
show('collator options', () => new Intl.Collator().resolvedOptions());
show('collator bad', () => new Intl.Collator('en', { sensitivity: 'x' }));
// PluralRules.
const p = new Intl.PluralRules('en-US');
const o = new Intl.PluralRules('en-US', { type: 'ordinal' });
show('plural', () => [0, 1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 1.5, '1', -1].map((n) => `${p.select(n)}/${o.select(n)}`));
show('plural fd', () => new Intl.PluralRules('en', { minimumFractionDigits: 1 }).select(1));
show('plural options', () => [p.resolvedOptions(), o.resolvedOptions()]);
show('plural no new', () => Intl.PluralRules());
// ListFormat.
for (const type of ['conjunction', 'disjunction', 'unit']) {
  for (const style of ['long', 'short', 'narrow']) {
    const l = new Intl.ListFormat('en', { type, style });
    show(`list ${type} ${style}`, () => [[], ['a'], ['a', 'b'], ['a', 'b', 'c'], ['a', 'b', 'c', 'd']].map((x) => l.format(x)));
  }
}
show('list parts', () => new Intl.ListFormat('en').formatToParts(['x', 'y', 'z']));
show('list bad', () => new Intl.ListFormat('en').format(['a', 1]));
show('list options', () => new Intl.ListFormat().resolvedOptions());
// RelativeTimeFormat.
for (const style of ['long', 'short', 'narrow']) {
  for (const numeric of ['always', 'auto']) {
    const r = new Intl.RelativeTimeFormat('en', { style, numeric });
    show(`relative ${style} ${numeric}`, () => ['second', 'minutes', 'hour', 'day', 'week', 'month', 'quarter', 'years'].map((u) => [-2, -1, 0, 1, 2, 1.5, -0].map((v) => r.format(v, u)).join('|')));
  }
}
show('relative parts', () => new Intl.RelativeTimeFormat('en').formatToParts(-1234.5, 'days'));
show('relative bad unit', () => new Intl.RelativeTimeFormat('en').format(1, 'fortnight'));
show('relative options', () => new Intl.RelativeTimeFormat().resolvedOptions());
// Locale.
const l = new Intl.Locale('en-us');
show('Locale', () => [l.toString(), l.baseName, l.language, l.region, l.script, String(l.maximize()), String(new Intl.Locale('en-Latn-US').minimize())]);
show('Locale options', () => String(new Intl.Locale('en', { region: 'GB' })));
// The namespace.
show('keys', () => Object.getOwnPropertyNames(Intl).sort());
show('tags', () => [Intl, new Intl.Collator(), p, new Intl.ListFormat(), new Intl.RelativeTimeFormat(), l].map((x) => Object.prototype.toString.call(x)));
show('lengths', () => [Intl.NumberFormat.length, Intl.DateTimeFormat.length, Intl.Collator.length, Intl.getCanonicalLocales.length]);
show('enumerable', () => Object.keys(Intl));
show('currencies', () => Intl.supportedValuesOf('currency').includes('USD'));
show('bad key', () => Intl.supportedValuesOf('x'));
console.log(new Intl.NumberFormat(), new Intl.DateTimeFormat(), Intl);
