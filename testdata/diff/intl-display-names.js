// Intl.DisplayNames: English names of languages, regions, scripts, currencies, calendars and date fields, as node.
const show = (label, fn) => { try { console.log(label, JSON.stringify(fn())); } catch (e) { console.log(label, `${e.constructor.name}: ${e.message}`); } };
const lang = new Intl.DisplayNames('en', { type: 'language' });
show('lang', () => ['en', 'en-US', 'en-GB', 'fr', 'fr-CA', 'zh-Hans', 'zh-Hans-CN', 'zh-Hant-TW', 'de-DE', 'sr-Latn', 'pt-BR', 'es-419', 'xx', 'xx-YY', 'en-XX', 'EN-us', 'ja-JP-u-ca-japanese'].map((c) => lang.of(c)));
const std = new Intl.DisplayNames('en', { type: 'language', languageDisplay: 'standard' });
show('lang standard', () => ['en', 'en-US', 'zh-Hans', 'zh-Hans-CN', 'fr-CA', 'de-Latn-AT'].map((c) => std.of(c)));
show('lang short', () => ['en-US', 'en-GB'].map((c) => new Intl.DisplayNames('en', { type: 'language', style: 'short' }).of(c)));
show('lang none', () => ['xx', 'en'].map((c) => new Intl.DisplayNames('en', { type: 'language', fallback: 'none' }).of(c)));
const reg = new Intl.DisplayNames(['en'], { type: 'region' });
show('region', () => ['US', 'us', 'GB', 'DE', '419', '001', 'XX', 'ZZ', 'BA', 'MM'].map((c) => reg.of(c)));
show('region short', () => ['US', 'GB', 'DE'].map((c) => new Intl.DisplayNames('en', { type: 'region', style: 'short' }).of(c)));
show('region narrow', () => ['US', 'GB', 'DE'].map((c) => new Intl.DisplayNames('en', { type: 'region', style: 'narrow' }).of(c)));
show('script', () => ['Latn', 'latn', 'Cyrl', 'Hans', 'Xxxx'].map((c) => new Intl.DisplayNames('en', { type: 'script' }).of(c)));
show('currency', () => ['USD', 'usd', 'EUR', 'JPY', 'XYZ', 'BTC'].map((c) => new Intl.DisplayNames('en', { type: 'currency' }).of(c)));
show('calendar', () => ['gregory', 'japanese', 'islamic-civil', 'foo'].map((c) => new Intl.DisplayNames('en', { type: 'calendar' }).of(c)));
for (const style of ['long', 'short', 'narrow']) show(`field ${style}`, () => ['era', 'year', 'weekday', 'dayPeriod', 'timeZoneName'].map((c) => new Intl.DisplayNames('en', { type: 'dateTimeField', style }).of(c)));
for (const bad of [() => new Intl.DisplayNames('en'), () => new Intl.DisplayNames('en', {}), () => new Intl.DisplayNames('en', { type: 'x' }), () => Intl.DisplayNames('en', { type: 'region' }),
  () => reg.of('U'), () => reg.of('USA'), () => reg.of(), () => lang.of('e'), () => lang.of('en_US'), () => new Intl.DisplayNames('en', { type: 'currency' }).of('US'),
  () => new Intl.DisplayNames('en', { type: 'script' }).of('Lat'), () => new Intl.DisplayNames('en', { type: 'dateTimeField' }).of('fortnight'), () => new Intl.DisplayNames('en', { type: 'calendar' }).of('a b')]) {
  show('bad', bad);
}
show('options', () => [new Intl.DisplayNames('en', { type: 'language' }).resolvedOptions(), new Intl.DisplayNames('en-US', { type: 'region', style: 'short', fallback: 'none' }).resolvedOptions()]);
show('tag', () => [Object.prototype.toString.call(reg), Intl.DisplayNames.length, Intl.DisplayNames.supportedLocalesOf(['en-US'])]);
