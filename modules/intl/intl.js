'use strict';
// The Intl global (ECMA-402) for the en-US locale, as node built with
// small-icu has it: every requested locale resolves to 'en-US' or 'en', and
// formats as en-US does under node v20 (CLDR data for English only). The
// Go binding internal/intl_binding reads time zones and collates strings;
// the rest is here. Messages follow V8's.

const binding = require('internal/intl_binding');

// ---------------------------------------------------------------- locales

const kAvailable = ['en', 'en-US'];
const kDefaultLocale = 'en-US';

function badLocale() {
  throw new RangeError('Incorrect locale information provided');
}

// canonicalizeTag checks tag as a BCP 47 language tag and returns it in
// canonical case (language lower, script title, region upper).
function canonicalizeTag(tag) {
  const parts = tag.split('-');
  let i = 0;
  const lang = parts[i++];
  if (!/^(?:[a-zA-Z]{2,3}|[a-zA-Z]{5,8})$/.test(lang)) badLocale();
  // Past a valid language, V8 names the tag it cannot parse.
  const badTag = () => {
    throw new RangeError(`Invalid language tag: ${tag.toLowerCase()}`);
  };
  const out = [lang.toLowerCase()];
  if (i < parts.length && /^[a-zA-Z]{4}$/.test(parts[i])) {
    const s = parts[i++];
    out.push(s[0].toUpperCase() + s.slice(1).toLowerCase());
  }
  if (i < parts.length && /^(?:[a-zA-Z]{2}|\d{3})$/.test(parts[i])) out.push(parts[i++].toUpperCase());
  while (i < parts.length && /^(?:[a-zA-Z0-9]{5,8}|\d[a-zA-Z0-9]{3})$/.test(parts[i])) out.push(parts[i++].toLowerCase());
  while (i < parts.length) {
    const singleton = parts[i++];
    if (!/^[a-zA-Z0-9]$/.test(singleton)) badTag();
    const sub = singleton === 'x' || singleton === 'X' ? /^[a-zA-Z0-9]{1,8}$/ : /^[a-zA-Z0-9]{2,8}$/;
    const start = out.length;
    out.push(singleton.toLowerCase());
    while (i < parts.length && sub.test(parts[i]) && (out[start] === 'x' || parts[i].length > 1)) out.push(parts[i++].toLowerCase());
    if (out.length === start + 1) badTag();
  }
  return out.join('-');
}

// canonicalTags memoizes canonicalizeTag for the few tags a program uses
// (its regular expressions are most of a toLocaleString's set-up).
const canonicalTags = new Map();

function canonicalTag(tag) {
  let canonical = canonicalTags.get(tag);
  if (canonical === undefined) {
    canonical = canonicalizeTag(tag);
    if (canonicalTags.size >= 64) canonicalTags.clear();
    canonicalTags.set(tag, canonical);
  }
  return canonical;
}

function canonicalizeLocaleList(locales) {
  if (locales === undefined) return [];
  if (locales === null) throw new TypeError('Cannot convert undefined or null to object');
  const list = typeof locales === 'string' || locales instanceof Locale ? [locales] : Object(locales);
  const len = Math.min(Math.max(Math.trunc(Number(list.length)) || 0, 0), 2 ** 32);
  const seen = [];
  for (let k = 0; k < len; k++) {
    if (!(k in list)) continue;
    const v = list[k];
    if (typeof v !== 'string' && (typeof v !== 'object' || v === null)) {
      throw new TypeError('Language ID should be string or object.');
    }
    const tag = v instanceof Locale ? v.toString() : canonicalTag(String(v));
    if (!seen.includes(tag)) seen.push(tag);
  }
  return seen;
}

// lookup is the available locale that tag falls back to, or undefined.
function lookup(tag) {
  if (kAvailable.includes(tag)) return tag;
  let candidate = tag.replace(/-u(?:-[a-z0-9]{2,8})+/, '');
  while (candidate) {
    if (kAvailable.includes(candidate)) return candidate;
    let cut = candidate.lastIndexOf('-');
    if (cut < 0) return undefined;
    if (cut >= 2 && candidate[cut - 2] === '-') cut -= 2;
    candidate = candidate.slice(0, cut);
  }
  return undefined;
}

// unicodeExtension is the value of key in tag's -u- extension, or undefined.
function unicodeExtension(tag, key) {
  if (!tag.includes('-u-')) return undefined;
  const m = new RegExp(`-u(?:-[a-z0-9]{2,8})*?-${key}-([a-z0-9]{3,8})`).exec(tag);
  return m ? m[1] : undefined;
}

function resolveLocale(locales, options) {
  const requested = canonicalizeLocaleList(locales);
  getOption(options, 'localeMatcher', 'string', kLocaleMatchers, 'best fit');
  for (const tag of requested) {
    const found = lookup(tag);
    if (found !== undefined) return { locale: found, tag };
  }
  return { locale: kDefaultLocale, tag: kDefaultLocale };
}

function supportedLocalesOf(locales, options) {
  const requested = canonicalizeLocaleList(locales);
  if (options !== undefined) getOption(toOptions(options), 'localeMatcher', 'string', kLocaleMatchers, 'best fit');
  return requested.filter((tag) => lookup(tag) !== undefined);
}

// ---------------------------------------------------------------- options

function toOptions(options) {
  if (options === undefined) return Object.create(null);
  if (options === null) throw new TypeError('Cannot convert undefined or null to object');
  return Object(options);
}

function getOption(options, prop, type, values, fallback, owner) {
  let v = options[prop];
  if (v === undefined) return fallback;
  v = type === 'boolean' ? Boolean(v) : `${v}`;
  if (values !== undefined && !values.includes(v)) {
    throw new RangeError(`Value ${v} out of range for ${owner} options property ${prop}`);
  }
  return v;
}

function getNumberOption(options, prop, min, max, fallback) {
  return defaultNumberOption(options[prop], min, max, fallback, prop);
}

function defaultNumberOption(v, min, max, fallback, prop) {
  if (v === undefined) return fallback;
  v = Number(v);
  if (Number.isNaN(v) || v < min || v > max) throw new RangeError(`${prop} value is out of range.`);
  return Math.floor(v);
}

// The values the options take.
const kNumberStyles = ['decimal', 'percent', 'currency', 'unit'];
const kCurrencyDisplays = ['code', 'symbol', 'narrowSymbol', 'name'];
const kCurrencySigns = ['standard', 'accounting'];
const kNotations = ['standard', 'scientific', 'engineering', 'compact'];
const kCompactDisplays = ['short', 'long'];
const kSignDisplays = ['auto', 'never', 'always', 'exceptZero', 'negative'];
const kRoundingPriorities = ['auto', 'morePrecision', 'lessPrecision'];
const kTrailingZeroDisplays = ['auto', 'stripIfInteger'];
const kHourCycles = ['h11', 'h12', 'h23', 'h24'];
const kFormatMatchers = ['basic', 'best fit'];
const kUsages = ['sort', 'search'];
const kCaseFirsts = ['upper', 'lower', 'false'];
const kSensitivities = ['base', 'accent', 'case', 'variant'];
const kPluralTypes = ['cardinal', 'ordinal'];
const kListTypes = ['conjunction', 'disjunction', 'unit'];
const kLongShortNarrow = ['long', 'short', 'narrow'];
const kNumerics = ['always', 'auto'];
const kGranularities = ['grapheme', 'word', 'sentence'];
const kLocaleMatchers = ['lookup', 'best fit'];

// slots holds each Intl object's internal state; methods find it there.
const slots = new WeakMap();

function slotsOf(obj, kind, method) {
  const s = typeof obj === 'object' && obj !== null ? slots.get(obj) : undefined;
  if (s === undefined || s.kind !== kind) {
    throw new TypeError(`Method ${method} called on incompatible receiver ${describe(obj)}`);
  }
  return s;
}

function describe(v) {
  if (typeof v === 'string') return v;
  if (typeof v === 'object' && v !== null) return Object.prototype.toString.call(v).replace(/^\[object (.*)\]$/, '#<$1>');
  return String(v);
}

// defineMethods puts fns on obj as built-in methods are: writable,
// configurable, not enumerable.
function defineMethods(obj, fns) {
  for (const name of Reflect.ownKeys(fns)) {
    Object.defineProperty(obj, name, {
      __proto__: null, value: fns[name], writable: true, configurable: true, enumerable: false,
    });
  }
}

// defineBoundGetter defines ctor.prototype[name] as a getter returning the
// function make(state) makes for the object, once per object, as the
// format and compare getters do.
function defineBoundGetter(ctor, name, make) {
  Object.defineProperty(ctor.prototype, name, {
    __proto__: null,
    configurable: true,
    get() {
      const s = slotsOf(this, ctor.name, `get Intl.${ctor.name}.prototype.${name}`);
      s.bound ??= make(s);
      return s.bound;
    },
  });
}

function defineTag(proto, tag) {
  Object.defineProperty(proto, Symbol.toStringTag, { __proto__: null, value: tag, configurable: true });
}

// ---------------------------------------------------------------- NumberFormat data

// Currencies: symbol, narrow symbol, name (one), name (other), digits.
const kCurrencies = {
  USD: ['$', '$', 'US dollar', 'US dollars', 2], EUR: ['€', '€', 'euro', 'euros', 2],
  GBP: ['£', '£', 'British pound', 'British pounds', 2], JPY: ['¥', '¥', 'Japanese yen', 'Japanese yen', 0],
  CNY: ['CN¥', '¥', 'Chinese yuan', 'Chinese yuan', 2], INR: ['₹', '₹', 'Indian rupee', 'Indian rupees', 2],
  CAD: ['CA$', '$', 'Canadian dollar', 'Canadian dollars', 2], AUD: ['A$', '$', 'Australian dollar', 'Australian dollars', 2],
  CHF: ['CHF', 'CHF', 'Swiss franc', 'Swiss francs', 2], KRW: ['₩', '₩', 'South Korean won', 'South Korean won', 0],
  MXN: ['MX$', '$', 'Mexican peso', 'Mexican pesos', 2], BRL: ['R$', 'R$', 'Brazilian real', 'Brazilian reals', 2],
  RUB: ['RUB', '₽', 'Russian ruble', 'Russian rubles', 2], HKD: ['HK$', '$', 'Hong Kong dollar', 'Hong Kong dollars', 2],
  SGD: ['SGD', '$', 'Singapore dollar', 'Singapore dollars', 2], SEK: ['SEK', 'kr', 'Swedish krona', 'Swedish kronor', 2],
  NOK: ['NOK', 'kr', 'Norwegian krone', 'Norwegian kroner', 2], DKK: ['DKK', 'kr', 'Danish krone', 'Danish kroner', 2],
  NZD: ['NZ$', '$', 'New Zealand dollar', 'New Zealand dollars', 2], ZAR: ['ZAR', 'R', 'South African rand', 'South African rand', 2],
  TRY: ['TRY', '₺', 'Turkish lira', 'Turkish Lira', 2], PLN: ['PLN', 'zł', 'Polish zloty', 'Polish zlotys', 2],
  THB: ['THB', '฿', 'Thai baht', 'Thai baht', 2], IDR: ['IDR', 'Rp', 'Indonesian rupiah', 'Indonesian rupiahs', 0],
  TWD: ['NT$', '$', 'New Taiwan dollar', 'New Taiwan dollars', 2], ILS: ['₪', '₪', 'Israeli new shekel', 'Israeli new shekels', 2],
  VND: ['₫', '₫', 'Vietnamese dong', 'Vietnamese dong', 0], PHP: ['₱', '₱', 'Philippine peso', 'Philippine pesos', 2],
  CZK: ['CZK', 'Kč', 'Czech koruna', 'Czech korunas', 2], HUF: ['HUF', 'Ft', 'Hungarian forint', 'Hungarian forints', 0],
  AED: ['AED', 'AED', 'UAE dirham', 'UAE dirhams', 2], SAR: ['SAR', 'SAR', 'Saudi riyal', 'Saudi riyals', 2],
  ARS: ['ARS', '$', 'Argentine peso', 'Argentine pesos', 2], CLP: ['CLP', '$', 'Chilean peso', 'Chilean pesos', 0],
  COP: ['COP', '$', 'Colombian peso', 'Colombian pesos', 0], PEN: ['PEN', 'PEN', 'Peruvian sol', 'Peruvian soles', 2],
  EGP: ['EGP', 'E£', 'Egyptian pound', 'Egyptian pounds', 2], NGN: ['NGN', '₦', 'Nigerian naira', 'Nigerian nairas', 2],
  KES: ['KES', 'KES', 'Kenyan shilling', 'Kenyan shillings', 2], PKR: ['PKR', 'Rs', 'Pakistani rupee', 'Pakistani rupees', 0],
  BDT: ['BDT', '৳', 'Bangladeshi taka', 'Bangladeshi takas', 2], UAH: ['UAH', '₴', 'Ukrainian hryvnia', 'Ukrainian hryvnias', 2],
  KWD: ['KWD', 'KWD', 'Kuwaiti dinar', 'Kuwaiti dinars', 3], BHD: ['BHD', 'BHD', 'Bahraini dinar', 'Bahraini dinars', 3],
  OMR: ['OMR', 'OMR', 'Omani rial', 'Omani rials', 3], JOD: ['JOD', 'JOD', 'Jordanian dinar', 'Jordanian dinars', 3],
  TND: ['TND', 'TND', 'Tunisian dinar', 'Tunisian dinars', 3], ISK: ['ISK', 'kr', 'Icelandic króna', 'Icelandic krónur', 0],
  MYR: ['MYR', 'RM', 'Malaysian ringgit', 'Malaysian ringgits', 2], RON: ['RON', 'lei', 'Romanian leu', 'Romanian lei', 2],
  BGN: ['BGN', 'BGN', 'Bulgarian lev', 'Bulgarian leva', 2], XAF: ['FCFA', 'FCFA', 'Central African CFA franc', 'Central African CFA francs', 0],
  XOF: ['F\u202fCFA', 'F\u202fCFA', 'West African CFA franc', 'West African CFA francs', 0],
};

// Units: [short one, short other, long one, long other, narrow one, narrow
// other], each a pattern around {0}.
const kUnits = {
  acre: ['{0} ac', '{0} ac', '{0} acre', '{0} acres', '{0}ac', '{0}ac'],
  bit: ['{0} bit', '{0} bit', '{0} bit', '{0} bits', '{0}bit', '{0}bit'],
  byte: ['{0} byte', '{0} byte', '{0} byte', '{0} bytes', '{0}B', '{0}B'],
  celsius: ['{0}°C', '{0}°C', '{0} degree Celsius', '{0} degrees Celsius', '{0}°C', '{0}°C'],
  centimeter: ['{0} cm', '{0} cm', '{0} centimeter', '{0} centimeters', '{0}cm', '{0}cm'],
  day: ['{0} day', '{0} days', '{0} day', '{0} days', '{0}d', '{0}d'],
  degree: ['{0} deg', '{0} deg', '{0} degree', '{0} degrees', '{0}°', '{0}°'],
  fahrenheit: ['{0}°F', '{0}°F', '{0} degree Fahrenheit', '{0} degrees Fahrenheit', '{0}°', '{0}°'],
  'fluid-ounce': ['{0} fl oz', '{0} fl oz', '{0} fluid ounce', '{0} fluid ounces', '{0}fl oz', '{0}fl oz'],
  foot: ['{0} ft', '{0} ft', '{0} foot', '{0} feet', '{0}′', '{0}′'],
  gallon: ['{0} gal', '{0} gal', '{0} gallon', '{0} gallons', '{0}gal', '{0}gal'],
  gigabit: ['{0} Gb', '{0} Gb', '{0} gigabit', '{0} gigabits', '{0}Gb', '{0}Gb'],
  gigabyte: ['{0} GB', '{0} GB', '{0} gigabyte', '{0} gigabytes', '{0}GB', '{0}GB'],
  gram: ['{0} g', '{0} g', '{0} gram', '{0} grams', '{0}g', '{0}g'],
  hectare: ['{0} ha', '{0} ha', '{0} hectare', '{0} hectares', '{0}ha', '{0}ha'],
  hour: ['{0} hr', '{0} hr', '{0} hour', '{0} hours', '{0}h', '{0}h'],
  inch: ['{0} in', '{0} in', '{0} inch', '{0} inches', '{0}″', '{0}″'],
  kilobit: ['{0} kb', '{0} kb', '{0} kilobit', '{0} kilobits', '{0}kb', '{0}kb'],
  kilobyte: ['{0} kB', '{0} kB', '{0} kilobyte', '{0} kilobytes', '{0}kB', '{0}kB'],
  kilogram: ['{0} kg', '{0} kg', '{0} kilogram', '{0} kilograms', '{0}kg', '{0}kg'],
  kilometer: ['{0} km', '{0} km', '{0} kilometer', '{0} kilometers', '{0}km', '{0}km'],
  liter: ['{0} L', '{0} L', '{0} liter', '{0} liters', '{0}L', '{0}L'],
  megabit: ['{0} Mb', '{0} Mb', '{0} megabit', '{0} megabits', '{0}Mb', '{0}Mb'],
  megabyte: ['{0} MB', '{0} MB', '{0} megabyte', '{0} megabytes', '{0}MB', '{0}MB'],
  meter: ['{0} m', '{0} m', '{0} meter', '{0} meters', '{0}m', '{0}m'],
  microsecond: ['{0} μs', '{0} μs', '{0} microsecond', '{0} microseconds', '{0}μs', '{0}μs'],
  mile: ['{0} mi', '{0} mi', '{0} mile', '{0} miles', '{0}mi', '{0}mi'],
  'mile-scandinavian': ['{0} smi', '{0} smi', '{0} mile-scandinavian', '{0} miles-scandinavian', '{0}smi', '{0}smi'],
  milliliter: ['{0} mL', '{0} mL', '{0} milliliter', '{0} milliliters', '{0}mL', '{0}mL'],
  millimeter: ['{0} mm', '{0} mm', '{0} millimeter', '{0} millimeters', '{0}mm', '{0}mm'],
  millisecond: ['{0} ms', '{0} ms', '{0} millisecond', '{0} milliseconds', '{0}ms', '{0}ms'],
  minute: ['{0} min', '{0} min', '{0} minute', '{0} minutes', '{0}m', '{0}m'],
  month: ['{0} mth', '{0} mths', '{0} month', '{0} months', '{0}m', '{0}m'],
  nanosecond: ['{0} ns', '{0} ns', '{0} nanosecond', '{0} nanoseconds', '{0}ns', '{0}ns'],
  ounce: ['{0} oz', '{0} oz', '{0} ounce', '{0} ounces', '{0}oz', '{0}oz'],
  percent: ['{0}%', '{0}%', '{0} percent', '{0} percent', '{0}%', '{0}%'],
  petabyte: ['{0} PB', '{0} PB', '{0} petabyte', '{0} petabytes', '{0}PB', '{0}PB'],
  pound: ['{0} lb', '{0} lb', '{0} pound', '{0} pounds', '{0}#', '{0}#'],
  second: ['{0} sec', '{0} sec', '{0} second', '{0} seconds', '{0}s', '{0}s'],
  stone: ['{0} st', '{0} st', '{0} stone', '{0} stones', '{0}st', '{0}st'],
  terabit: ['{0} Tb', '{0} Tb', '{0} terabit', '{0} terabits', '{0}Tb', '{0}Tb'],
  terabyte: ['{0} TB', '{0} TB', '{0} terabyte', '{0} terabytes', '{0}TB', '{0}TB'],
  week: ['{0} wk', '{0} wks', '{0} week', '{0} weeks', '{0}w', '{0}w'],
  yard: ['{0} yd', '{0} yd', '{0} yard', '{0} yards', '{0}yd', '{0}yd'],
  year: ['{0} yr', '{0} yrs', '{0} year', '{0} years', '{0}y', '{0}y'],
};
const kUnitDisplays = ['short', 'long', 'narrow'];

// unitPattern is the pattern for unit (simple or "a-per-b") in display,
// plural form plural ('one' or 'other').
function unitPattern(unit, display, plural) {
  const col = kUnitDisplays.indexOf(display) * 2;
  const per = unit.indexOf('-per-');
  if (per < 0) return kUnits[unit][col + (plural === 'one' ? 0 : 1)];
  const num = kUnits[unit.slice(0, per)][col + (plural === 'one' ? 0 : 1)];
  const denUnit = unit.slice(per + 5);
  const den = kUnits[denUnit][col].replace('{0}', '').trim();
  if (display === 'long') return `${num} per ${den}`;
  return `${num}/${display === 'short' ? kPerShort[denUnit] ?? den : den}`;
}

// kPerShort are the short symbols that differ as the denominator of a
// compound unit ("km/h", not "km/hr").
const kPerShort = { day: 'd', gallon: 'gal US', hour: 'h', month: 'm', second: 's', week: 'w', year: 'y' };

function isUnit(unit) {
  const per = unit.indexOf('-per-');
  if (per < 0) return Object.hasOwn(kUnits, unit);
  return Object.hasOwn(kUnits, unit.slice(0, per)) && Object.hasOwn(kUnits, unit.slice(per + 5));
}

const kRoundingModes = ['ceil', 'floor', 'expand', 'trunc', 'halfCeil', 'halfFloor', 'halfExpand', 'halfTrunc', 'halfEven'];
const kRoundingIncrements = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000];

// ---------------------------------------------------------------- NumberFormat

function NumberFormat(locales, options) {
  if (new.target === undefined) return new NumberFormat(locales, options);
  if (options === null) throw new TypeError('Intl.NumberFormat called on null or undefined');
  const opts = toOptions(options);
  const { locale } = resolveLocale(locales, opts);
  const owner = 'Intl.NumberFormat';
  getOption(opts, 'numberingSystem', 'string', undefined, undefined, owner);
  const s = { kind: 'NumberFormat', locale };
  s.style = getOption(opts, 'style', 'string', kNumberStyles, 'decimal', owner);
  let currency = getOption(opts, 'currency', 'string', undefined, undefined, owner);
  if (currency !== undefined && !/^[a-zA-Z]{3}$/.test(currency)) throw new RangeError(`Invalid currency code : ${currency}`);
  const currencyDisplay = getOption(opts, 'currencyDisplay', 'string', kCurrencyDisplays, 'symbol', owner);
  const currencySign = getOption(opts, 'currencySign', 'string', kCurrencySigns, 'standard', owner);
  const unit = getOption(opts, 'unit', 'string', undefined, undefined, owner);
  if (unit !== undefined && !isUnit(unit)) throw new RangeError(`Invalid unit argument for Intl.NumberFormat() '${unit}'`);
  const unitDisplay = getOption(opts, 'unitDisplay', 'string', kUnitDisplays, 'short', owner);
  if (s.style === 'currency') {
    if (currency === undefined) throw new TypeError('Currency code is required with currency style.');
    s.currency = currency.toUpperCase();
    s.currencyDisplay = currencyDisplay;
    s.currencySign = currencySign;
  } else if (s.style === 'unit') {
    if (unit === undefined) throw new TypeError("Invalid unit argument for Intl.NumberFormat() ''");
    s.unit = unit;
    s.unitDisplay = unitDisplay;
  }
  s.notation = getOption(opts, 'notation', 'string', kNotations, 'standard', owner);
  // Currencies show their minor unit's digits (at most, in scientific
  // notation, as ICU does); percentages none.
  let fdMin = 0;
  let fdMax = s.style === 'percent' ? 0 : 3;
  if (s.style === 'currency') {
    fdMax = kCurrencies[s.currency]?.[4] ?? 2;
    if (s.notation === 'standard') fdMin = fdMax;
  }
  setDigitOptions(s, opts, fdMin, fdMax, s.notation);
  s.compactDisplay = getOption(opts, 'compactDisplay', 'string', kCompactDisplays, 'short', owner);
  const groupingDefault = s.notation === 'compact' ? 'min2' : 'auto';
  const grouping = opts.useGrouping;
  if (grouping === undefined) s.useGrouping = groupingDefault;
  else if (grouping === true) s.useGrouping = 'always';
  else if (grouping === false || grouping === null || grouping === 0 || grouping === '') s.useGrouping = false;
  else {
    const g = `${grouping}`;
    if (g === 'true' || g === 'false') s.useGrouping = groupingDefault;
    else if (['min2', 'auto', 'always'].includes(g)) s.useGrouping = g;
    else throw new RangeError(`Value ${g} out of range for Intl.NumberFormat options property useGrouping`);
  }
  s.signDisplay = getOption(opts, 'signDisplay', 'string', kSignDisplays, 'auto', owner);
  slots.set(this, s);
}

// setDigitOptions reads the digit and rounding options into s, as
// ECMA-402's SetNumberFormatDigitOptions does.
function setDigitOptions(s, opts, fdMinDefault, fdMaxDefault, notation) {
  s.minimumIntegerDigits = getNumberOption(opts, 'minimumIntegerDigits', 1, 21, 1);
  const minFD = opts.minimumFractionDigits;
  const maxFD = opts.maximumFractionDigits;
  const minSD = opts.minimumSignificantDigits;
  const maxSD = opts.maximumSignificantDigits;
  const increment = getNumberOption(opts, 'roundingIncrement', 1, 5000, 1);
  if (!kRoundingIncrements.includes(increment)) throw new RangeError('roundingIncrement value is out of range.');
  s.roundingMode = getOption(opts, 'roundingMode', 'string', kRoundingModes, 'halfExpand', 'Intl.NumberFormat');
  s.roundingPriority = getOption(opts, 'roundingPriority', 'string', kRoundingPriorities, 'auto', 'Intl.NumberFormat');
  s.trailingZeroDisplay = getOption(opts, 'trailingZeroDisplay', 'string', kTrailingZeroDisplays, 'auto', 'Intl.NumberFormat');
  s.roundingIncrement = increment;
  const hasSd = minSD !== undefined || maxSD !== undefined;
  const hasFd = minFD !== undefined || maxFD !== undefined;
  let needSd = true;
  let needFd = true;
  if (s.roundingPriority === 'auto') {
    needSd = hasSd;
    if (needSd || (!hasFd && notation === 'compact')) needFd = false;
  }
  if (needSd) {
    if (hasSd) {
      s.minimumSignificantDigits = defaultNumberOption(minSD, 1, 21, 1, 'minimumSignificantDigits');
      s.maximumSignificantDigits = defaultNumberOption(maxSD, s.minimumSignificantDigits, 21, 21, 'maximumSignificantDigits');
    } else {
      s.minimumSignificantDigits = 1;
      s.maximumSignificantDigits = 21;
    }
  }
  if (needFd) {
    if (hasFd) {
      let lo = defaultNumberOption(minFD, 0, 100, undefined, 'minimumFractionDigits');
      let hi = defaultNumberOption(maxFD, 0, 100, undefined, 'maximumFractionDigits');
      if (lo === undefined) lo = Math.min(fdMinDefault, hi);
      else if (hi === undefined) hi = Math.max(fdMaxDefault, lo);
      else if (lo > hi) throw new RangeError('maximumFractionDigits value is out of range.');
      s.minimumFractionDigits = lo;
      s.maximumFractionDigits = hi;
    } else {
      s.minimumFractionDigits = fdMinDefault;
      s.maximumFractionDigits = fdMaxDefault;
    }
  }
  if (!needSd && !needFd) {
    // Compact notation's own rounding: whole numbers from two integer
    // digits up, else two significant digits.
    s.minimumFractionDigits = 0;
    s.maximumFractionDigits = 0;
    s.minimumSignificantDigits = 1;
    s.maximumSignificantDigits = 2;
    s.roundingType = 'compact';
    s.roundingPriority = 'morePrecision';
  } else if (needSd && needFd) {
    s.roundingType = s.roundingPriority;
  } else {
    s.roundingType = needSd ? 'significantDigits' : 'fractionDigits';
  }
  if (increment !== 1) {
    if (s.roundingType !== 'fractionDigits') throw new TypeError('RoundingType is not fractionDigits');
    if (s.maximumFractionDigits !== s.minimumFractionDigits) {
      throw new RangeError('maximumFractionDigits not equal to minimumFractionDigits');
    }
  }
}

// digitOptions copies s's digit options to resolvedOptions' o, in V8's
// order.
function digitOptions(s, o) {
  if (s.minimumSignificantDigits !== undefined) {
    o.minimumSignificantDigits = s.minimumSignificantDigits;
    o.maximumSignificantDigits = s.maximumSignificantDigits;
  }
  if (s.minimumFractionDigits !== undefined) {
    o.minimumFractionDigits = s.minimumFractionDigits;
    o.maximumFractionDigits = s.maximumFractionDigits;
  }
}

// numberAffixes are the parts around a formatted number of s's style, as
// flat type/value lists: [[before, after] for plural one, [before, after]
// for other]. The Go binding formats the number between them.
function numberAffixes(s) {
  const forPlural = (plural) => {
    if (s.style === 'percent') return [[], ['percentSign', '%']];
    if (s.style === 'currency') {
      const info = kCurrencies[s.currency];
      if (s.currencyDisplay === 'name') return [[], ['literal', ' ', 'currency', info ? info[plural === 'one' ? 2 : 3] : s.currency]];
      let symbol = s.currency;
      if (info && s.currencyDisplay === 'symbol') symbol = info[0];
      else if (info && s.currencyDisplay === 'narrowSymbol') symbol = info[1];
      return [/[A-Za-z]$/.test(symbol) ? ['currency', symbol, 'literal', '\u00a0'] : ['currency', symbol], []];
    }
    if (s.style === 'unit') {
      const pattern = unitPattern(s.unit, s.unitDisplay, plural);
      const after = pattern.slice(pattern.indexOf('{0}') + 3);
      const text = after.trimStart();
      return [[], after.length > text.length ? ['literal', after.slice(0, after.length - text.length), 'unit', text] : ['unit', text]];
    }
    return [[], []];
  };
  return [forPlural('one'), forPlural('other')];
}

// nativeFormat is s's number format in the Go binding, made on first use.
function nativeFormat(s) {
  if (s.native === undefined) {
    s.affixes = numberAffixes(s);
    s.native = binding.numberFormat(s);
  }
  return s.native;
}

function formatNumber(s, x) {
  return binding.formatNumber(nativeFormat(s), x);
}

// numberParts is formatToParts's list for x.
function numberParts(s, x) {
  const flat = binding.numberParts(nativeFormat(s), x);
  const parts = [];
  for (let i = 0; i < flat.length; i += 2) parts.push({ type: flat[i], value: flat[i + 1] });
  return parts;
}

// pluralOf is en's cardinal plural category of a formatted number.
function pluralOf(int, frac) {
  return int === '1' && frac === '' ? 'one' : 'other';
}

function joinParts(parts) {
  let out = '';
  for (let i = 0; i < parts.length; i++) out += parts[i].value;
  return out;
}

// formatNumberArg is ECMA-402's ToIntlMathematicalValue: BigInts and
// decimal strings keep all their digits.
function formatNumberArg(x) {
  if (typeof x === 'object' && x !== null) x = toPrimitive(x);
  if (typeof x === 'bigint') return x;
  if (typeof x === 'string') {
    const t = x.trim();
    if (/^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/.test(t)) return t;
  }
  return Number(x);
}

function toPrimitive(obj) {
  const exotic = obj[Symbol.toPrimitive];
  if (exotic !== undefined && exotic !== null) return exotic.call(obj, 'number');
  for (const name of ['valueOf', 'toString']) {
    const fn = obj[name];
    if (typeof fn === 'function') {
      const v = fn.call(obj);
      if (typeof v !== 'object' || v === null) return v;
    }
  }
  throw new TypeError('Cannot convert object to primitive value');
}

defineMethods(NumberFormat.prototype, {
  formatToParts(x) {
    const s = slotsOf(this, 'NumberFormat', 'Intl.NumberFormat.prototype.formatToParts');
    return numberParts(s, formatNumberArg(x));
  },
  formatRange(a, b) {
    const s = slotsOf(this, 'NumberFormat', 'Intl.NumberFormat.prototype.formatRange');
    if (a === undefined || b === undefined) throw new TypeError('start or end is undefined');
    const from = formatNumber(s, formatNumberArg(a));
    const to = formatNumber(s, formatNumberArg(b));
    return from === to ? `~${from}` : `${from}–${to}`;
  },
  resolvedOptions() {
    const s = slotsOf(this, 'NumberFormat', 'Intl.NumberFormat.prototype.resolvedOptions');
    const o = { locale: s.locale, numberingSystem: 'latn', style: s.style };
    if (s.style === 'currency') Object.assign(o, { currency: s.currency, currencyDisplay: s.currencyDisplay, currencySign: s.currencySign });
    if (s.style === 'unit') Object.assign(o, { unit: s.unit, unitDisplay: s.unitDisplay });
    o.minimumIntegerDigits = s.minimumIntegerDigits;
    digitOptions(s, o);
    o.useGrouping = s.useGrouping;
    o.notation = s.notation;
    if (s.notation === 'compact') o.compactDisplay = s.compactDisplay;
    o.signDisplay = s.signDisplay;
    o.roundingMode = s.roundingMode;
    o.roundingIncrement = s.roundingIncrement;
    o.trailingZeroDisplay = s.trailingZeroDisplay;
    o.roundingPriority = s.roundingPriority;
    return o;
  },
});
defineBoundGetter(NumberFormat, 'format', (s) => binding.boundFormatNumber(nativeFormat(s), formatNumberArg));
defineTag(NumberFormat.prototype, 'Intl.NumberFormat');

// ---------------------------------------------------------------- DateTimeFormat data

const kDateFields = ['weekday', 'era', 'year', 'month', 'day', 'dayPeriod', 'hour', 'minute', 'second', 'fractionalSecondDigits', 'timeZoneName'];
const kFieldValues = {
  weekday: ['narrow', 'short', 'long'], era: ['narrow', 'short', 'long'], year: ['2-digit', 'numeric'],
  month: ['2-digit', 'numeric', 'narrow', 'short', 'long'], day: ['2-digit', 'numeric'], dayPeriod: ['narrow', 'short', 'long'],
  hour: ['2-digit', 'numeric'], minute: ['2-digit', 'numeric'], second: ['2-digit', 'numeric'],
  timeZoneName: ['short', 'long', 'shortOffset', 'longOffset', 'shortGeneric', 'longGeneric'],
};
const kStyles = ['full', 'long', 'medium', 'short'];
const kDateStyles = {
  full: { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' },
  long: { year: 'numeric', month: 'long', day: 'numeric' },
  medium: { year: 'numeric', month: 'short', day: 'numeric' },
  short: { year: '2-digit', month: 'numeric', day: 'numeric' },
};
const kTimeStyles = {
  full: { hour: 'numeric', minute: '2-digit', second: '2-digit', timeZoneName: 'long' },
  long: { hour: 'numeric', minute: '2-digit', second: '2-digit', timeZoneName: 'short' },
  medium: { hour: 'numeric', minute: '2-digit', second: '2-digit' },
  short: { hour: 'numeric', minute: '2-digit' },
};


// ---------------------------------------------------------------- DateTimeFormat

function DateTimeFormat(locales, options) {
  if (new.target === undefined) return new DateTimeFormat(locales, options);
  slots.set(this, createDateTimeFormat(locales, options, 'any', 'date'));
}

// createDateTimeFormat reads locales and options into a DateTimeFormat's
// state; required and defaults are ECMA-402's ToDateTimeOptions arguments
// ('date', 'time' or 'any'; 'date', 'time' or 'all').
function createDateTimeFormat(locales, options, required, defaults) {
  const opts = toOptions(options);
  const owner = 'Intl.DateTimeFormat';
  const { locale, tag } = resolveLocale(locales, opts);
  const s = { kind: 'DateTimeFormat', locale };
  const calendar = getOption(opts, 'calendar', 'string', undefined, undefined, owner);
  if (calendar !== undefined && !/^[a-zA-Z0-9]{3,8}(?:-[a-zA-Z0-9]{3,8})*$/.test(calendar)) throw new RangeError(`Invalid calendar : ${calendar}`);
  getOption(opts, 'numberingSystem', 'string', undefined, undefined, owner);
  const hour12 = getOption(opts, 'hour12', 'boolean', undefined, undefined, owner);
  let hourCycle = getOption(opts, 'hourCycle', 'string', kHourCycles, undefined, owner);
  if (hour12 !== undefined) hourCycle = null;
  let zone = opts.timeZone;
  if (zone === undefined) {
    zone = binding.defaultTimeZone();
  } else {
    const name = `${zone}`;
    zone = binding.canonicalTimeZone(name);
    if (zone === undefined) throw new RangeError(`Invalid time zone specified: ${name}`);
  }
  s.timeZone = zone;
  const f = {};
  for (const field of kDateFields) {
    if (field === 'fractionalSecondDigits') {
      f[field] = getNumberOption(opts, field, 1, 3, undefined);
    } else {
      f[field] = getOption(opts, field, 'string', kFieldValues[field], undefined, owner);
    }
  }
  getOption(opts, 'formatMatcher', 'string', kFormatMatchers, 'best fit', owner);
  const dateStyle = getOption(opts, 'dateStyle', 'string', kStyles, undefined, owner);
  const timeStyle = getOption(opts, 'timeStyle', 'string', kStyles, undefined, owner);
  if (dateStyle !== undefined || timeStyle !== undefined) {
    for (const field of kDateFields) {
      if (f[field] !== undefined) {
        throw new TypeError(`Can't set option ${field} when ${dateStyle !== undefined ? 'dateStyle' : 'timeStyle'} is used`);
      }
    }
    if (required === 'date' && dateStyle === undefined) throw new TypeError('Invalid option : timeStyle');
    if (required === 'time' && timeStyle === undefined) throw new TypeError('Invalid option : dateStyle');
    if (dateStyle !== undefined) Object.assign(f, kDateStyles[dateStyle]);
    if (timeStyle !== undefined) Object.assign(f, kTimeStyles[timeStyle]);
    s.dateStyle = dateStyle;
    s.timeStyle = timeStyle;
  } else {
    let needDefaults = true;
    if (required !== 'time' && (f.weekday || f.year || f.month || f.day)) needDefaults = false;
    if (required !== 'date' && (f.dayPeriod || f.hour || f.minute || f.second || f.fractionalSecondDigits)) needDefaults = false;
    if (needDefaults && defaults !== 'time') f.year = f.month = f.day = 'numeric';
    if (needDefaults && defaults !== 'date') f.hour = f.minute = f.second = 'numeric';
  }
  const hc = unicodeExtension(tag, 'hc');
  if (kHourCycles.includes(hc) && hour12 === undefined && hourCycle === undefined) s.locale += `-u-hc-${hc}`;
  if (f.hour !== undefined) {
    if (hour12 !== undefined) {
      s.hourCycle = hour12 ? 'h12' : 'h24';
      s.hour12 = hour12;
      s.hourFormat = hour12 ? 'h12' : 'h23';
    } else {
      s.hourCycle = hourCycle ?? (kHourCycles.includes(hc) ? hc : 'h12');
      s.hour12 = s.hourCycle === 'h11' || s.hourCycle === 'h12';
      s.hourFormat = s.hourCycle;
    }
    if (!s.hour12) f.hour = '2-digit';
    if (f.minute !== undefined) f.minute = '2-digit';
    if (f.second !== undefined && (f.minute !== undefined || f.hour !== undefined)) f.second = '2-digit';
  } else if (f.minute !== undefined && f.second !== undefined) {
    f.minute = '2-digit';
    f.second = '2-digit';
  } else if (f.minute !== undefined) {
    f.minute = f.fractionalSecondDigits !== undefined ? '2-digit' : 'numeric';
  } else if (f.second !== undefined && f.fractionalSecondDigits === undefined) {
    f.second = 'numeric';
  }
  s.fields = f;
  return s;
}

// timeValue is x as a time to format: now when undefined, else a valid
// time value (ECMA-262's TimeClip).
function timeValue(x) {
  const ms = x === undefined ? Date.now() : x instanceof Date ? x.getTime() : Number(x);
  if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15) throw new RangeError('Invalid time value');
  return Math.trunc(ms);
}

// nativeDateFormat is s's date format in the Go binding, made on first use.
function nativeDateFormat(s) {
  s.native ??= binding.dateFormat(s);
  return s.native;
}

function formatDateTime(s, x) {
  return binding.formatDate(nativeDateFormat(s), timeValue(x));
}

function dateTimeParts(s, x) {
  const flat = binding.dateParts(nativeDateFormat(s), timeValue(x));
  const parts = [];
  for (let i = 0; i < flat.length; i += 2) parts.push({ type: flat[i], value: flat[i + 1] });
  return parts;
}

defineMethods(DateTimeFormat.prototype, {
  formatToParts(x) {
    const s = slotsOf(this, 'DateTimeFormat', 'Intl.DateTimeFormat.prototype.formatToParts');
    return dateTimeParts(s, x);
  },
  formatRange(a, b) {
    const s = slotsOf(this, 'DateTimeFormat', 'Intl.DateTimeFormat.prototype.formatRange');
    if (a === undefined || b === undefined) throw new TypeError('startDate or endDate is undefined');
    const from = joinParts(dateTimeParts(s, a));
    const to = joinParts(dateTimeParts(s, b));
    return from === to ? from : `${from}\u2009–\u2009${to}`;
  },
  resolvedOptions() {
    const s = slotsOf(this, 'DateTimeFormat', 'Intl.DateTimeFormat.prototype.resolvedOptions');
    const o = { locale: s.locale, calendar: 'gregory', numberingSystem: 'latn', timeZone: s.timeZone };
    if (s.hourCycle !== undefined) {
      o.hourCycle = s.hourCycle;
      o.hour12 = s.hour12;
    }
    if (s.dateStyle !== undefined || s.timeStyle !== undefined) {
      if (s.dateStyle !== undefined) o.dateStyle = s.dateStyle;
      if (s.timeStyle !== undefined) o.timeStyle = s.timeStyle;
      return o;
    }
    for (const field of kDateFields) {
      if (s.fields[field] !== undefined) o[field] = s.fields[field];
    }
    return o;
  },
});
defineBoundGetter(DateTimeFormat, 'format', (s) => binding.boundFormatDate(nativeDateFormat(s), timeValue));
defineTag(DateTimeFormat.prototype, 'Intl.DateTimeFormat');

// ---------------------------------------------------------------- Collator

function Collator(locales, options) {
  if (new.target === undefined) return new Collator(locales, options);
  const opts = toOptions(options);
  const owner = 'Intl.Collator';
  const usage = getOption(opts, 'usage', 'string', kUsages, 'sort', owner);
  const { locale } = resolveLocale(locales, opts);
  getOption(opts, 'collation', 'string', undefined, undefined, owner);
  const numeric = getOption(opts, 'numeric', 'boolean', undefined, false, owner);
  const caseFirst = getOption(opts, 'caseFirst', 'string', kCaseFirsts, 'false', owner);
  const sensitivity = getOption(opts, 'sensitivity', 'string', kSensitivities, 'variant', owner);
  const ignorePunctuation = getOption(opts, 'ignorePunctuation', 'boolean', undefined, false, owner);
  slots.set(this, { kind: 'Collator', locale, usage, sensitivity, ignorePunctuation, collation: 'default', numeric, caseFirst });
}

defineMethods(Collator.prototype, {
  resolvedOptions() {
    const s = slotsOf(this, 'Collator', 'Intl.Collator.prototype.resolvedOptions');
    return {
      locale: s.locale, usage: s.usage, sensitivity: s.sensitivity, ignorePunctuation: s.ignorePunctuation,
      collation: s.collation, numeric: s.numeric, caseFirst: s.caseFirst,
    };
  },
});
defineBoundGetter(Collator, 'compare', (s) => (a, b) => binding.compare(`${a}`, `${b}`, s.sensitivity, s.numeric, s.ignorePunctuation));
defineTag(Collator.prototype, 'Intl.Collator');

// ---------------------------------------------------------------- PluralRules

function PluralRules(locales, options) {
  if (new.target === undefined) throw new TypeError("Constructor Intl.PluralRules requires 'new'");
  const opts = toOptions(options);
  // ICU keeps plural rules per language: en-US's are en's.
  const locale = resolveLocale(locales, opts).locale.replace(/-.*/, '');
  const s = { kind: 'PluralRules', locale };
  s.type = getOption(opts, 'type', 'string', kPluralTypes, 'cardinal', 'Intl.PluralRules');
  setDigitOptions(s, opts, 0, 3, 'standard');
  s.useGrouping = false;
  s.style = 'decimal';
  s.notation = 'standard';
  s.signDisplay = 'auto';
  slots.set(this, s);
}

function pluralSelect(s, n) {
  const parts = numberParts(s, Number(n));
  const int = parts.filter((p) => p.type === 'integer').map((p) => p.value).join('');
  const frac = parts.find((p) => p.type === 'fraction')?.value ?? '';
  if (!int) return 'other';
  if (s.type === 'cardinal') return pluralOf(int, frac);
  if (frac) return 'other';
  const n10 = Number(int.slice(-1));
  const n100 = Number(int.slice(-2));
  if (n10 === 1 && n100 !== 11) return 'one';
  if (n10 === 2 && n100 !== 12) return 'two';
  if (n10 === 3 && n100 !== 13) return 'few';
  return 'other';
}

defineMethods(PluralRules.prototype, {
  select(n) {
    return pluralSelect(slotsOf(this, 'PluralRules', 'Intl.PluralRules.prototype.select'), n);
  },
  selectRange(a, b) {
    const s = slotsOf(this, 'PluralRules', 'Intl.PluralRules.prototype.selectRange');
    if (a === undefined || b === undefined) throw new TypeError('start or end is undefined');
    return pluralSelect(s, b);
  },
  resolvedOptions() {
    const s = slotsOf(this, 'PluralRules', 'Intl.PluralRules.prototype.resolvedOptions');
    const o = { locale: s.locale, type: s.type, minimumIntegerDigits: s.minimumIntegerDigits };
    digitOptions(s, o);
    o.pluralCategories = s.type === 'cardinal' ? ['one', 'other'] : ['few', 'one', 'two', 'other'];
    return o;
  },
});
defineTag(PluralRules.prototype, 'Intl.PluralRules');

// ---------------------------------------------------------------- ListFormat

function ListFormat(locales, options) {
  if (new.target === undefined) throw new TypeError("Constructor Intl.ListFormat requires 'new'");
  const opts = options === undefined ? Object.create(null) : options;
  if (typeof opts !== 'object' || opts === null) throw new TypeError(`${describe(options)} is not an object`);
  const { locale } = resolveLocale(locales, opts);
  const owner = 'Intl.ListFormat';
  const type = getOption(opts, 'type', 'string', kListTypes, 'conjunction', owner);
  const style = getOption(opts, 'style', 'string', kLongShortNarrow, 'long', owner);
  slots.set(this, { kind: 'ListFormat', locale, type, style });
}

function listParts(s, list) {
  if (list === undefined) list = [];
  const items = [];
  for (const v of list) {
    if (typeof v !== 'string') throw new TypeError(`Iterable yielded ${typeof v === 'symbol' ? 'Symbol()' : String(v)} which is not a string`);
    items.push(v);
  }
  let last = ', ';
  let pair = ', ';
  if (s.type === 'conjunction') {
    const and = s.style === 'long' ? 'and' : s.style === 'short' ? '&' : '';
    pair = and ? ` ${and} ` : ', ';
    last = and ? `, ${and} ` : ', ';
  } else if (s.type === 'disjunction') {
    pair = ' or ';
    last = ', or ';
  } else if (s.style === 'narrow') {
    pair = last = ' ';
  }
  const parts = [];
  items.forEach((item, i) => {
    if (i > 0) parts.push({ type: 'literal', value: items.length === 2 ? pair : i === items.length - 1 ? last : s.type === 'unit' && s.style === 'narrow' ? ' ' : ', ' });
    parts.push({ type: 'element', value: item });
  });
  return parts;
}

defineMethods(ListFormat.prototype, {
  format(list) {
    return joinParts(listParts(slotsOf(this, 'ListFormat', 'Intl.ListFormat.prototype.format'), list));
  },
  formatToParts(list) {
    return listParts(slotsOf(this, 'ListFormat', 'Intl.ListFormat.prototype.formatToParts'), list);
  },
  resolvedOptions() {
    const s = slotsOf(this, 'ListFormat', 'Intl.ListFormat.prototype.resolvedOptions');
    return { locale: s.locale, type: s.type, style: s.style };
  },
});
defineTag(ListFormat.prototype, 'Intl.ListFormat');

// ---------------------------------------------------------------- RelativeTimeFormat

// Units: long, short (one, other), narrow, and the words numeric: 'auto'
// uses for -1, 0 and 1 in long style and in the others.
const kRelativeUnits = {
  second: ['second', 'sec.', 'sec.', 's', ['', 'now', ''], ['', 'now', '']],
  minute: ['minute', 'min.', 'min.', 'm', ['', 'this minute', ''], ['', 'this minute', '']],
  hour: ['hour', 'hr.', 'hr.', 'h', ['', 'this hour', ''], ['', 'this hour', '']],
  day: ['day', 'day', 'days', 'd', ['yesterday', 'today', 'tomorrow'], ['yesterday', 'today', 'tomorrow']],
  week: ['week', 'wk.', 'wk.', 'w', ['last week', 'this week', 'next week'], ['last wk.', 'this wk.', 'next wk.']],
  month: ['month', 'mo.', 'mo.', 'mo', ['last month', 'this month', 'next month'], ['last mo.', 'this mo.', 'next mo.']],
  quarter: ['quarter', 'qtr.', 'qtrs.', 'q', ['last quarter', 'this quarter', 'next quarter'], ['last qtr.', 'this qtr.', 'next qtr.']],
  year: ['year', 'yr.', 'yr.', 'y', ['last year', 'this year', 'next year'], ['last yr.', 'this yr.', 'next yr.']],
};

function RelativeTimeFormat(locales, options) {
  if (new.target === undefined) throw new TypeError("Constructor Intl.RelativeTimeFormat requires 'new'");
  const opts = toOptions(options);
  const { locale } = resolveLocale(locales, opts);
  const owner = 'Intl.RelativeTimeFormat';
  getOption(opts, 'numberingSystem', 'string', undefined, undefined, owner);
  const style = getOption(opts, 'style', 'string', kLongShortNarrow, 'long', owner);
  const numeric = getOption(opts, 'numeric', 'string', kNumerics, 'always', owner);
  const nf = { kind: 'NumberFormat', style: 'decimal', notation: 'standard', useGrouping: 'auto', signDisplay: 'never' };
  setDigitOptions(nf, Object.create(null), 0, 3, 'standard');
  slots.set(this, { kind: 'RelativeTimeFormat', locale, style, numeric, nf });
}

function relativeParts(s, value, unit, method) {
  value = Number(value);
  unit = `${unit}`;
  const singular = unit.endsWith('s') ? unit.slice(0, -1) : unit;
  const info = kRelativeUnits[singular];
  if (info === undefined) throw new RangeError(`Invalid unit argument for Intl.RelativeTimeFormat.prototype.${method}() '${unit}'`);
  if (!Number.isFinite(value)) throw new RangeError('Invalid time value');
  if (s.numeric === 'auto' && (value === 0 || value === 1 || value === -1)) {
    const word = info[s.style === 'long' ? 4 : 5][value + 1];
    if (word) return [{ type: 'literal', value: word }];
  }
  const negative = value < 0 || Object.is(value, -0);
  const num = numberParts(s.nf, value).map((p) => ({ ...p, unit: singular }));
  const int = num.filter((p) => p.type === 'integer').map((p) => p.value).join('');
  const plural = pluralOf(int, num.find((p) => p.type === 'fraction')?.value ?? '');
  let word;
  if (s.style === 'long') word = ` ${info[0]}${plural === 'one' ? '' : 's'}`;
  else if (s.style === 'short') word = ` ${info[plural === 'one' ? 1 : 2]}`;
  else word = info[3];
  if (negative) return [...num, { type: 'literal', value: `${word} ago` }];
  return [{ type: 'literal', value: 'in ' }, ...num, { type: 'literal', value: word }];
}

defineMethods(RelativeTimeFormat.prototype, {
  format(value, unit) {
    return joinParts(relativeParts(slotsOf(this, 'RelativeTimeFormat', 'Intl.RelativeTimeFormat.prototype.format'), value, unit, 'format'));
  },
  formatToParts(value, unit) {
    return relativeParts(slotsOf(this, 'RelativeTimeFormat', 'Intl.RelativeTimeFormat.prototype.formatToParts'), value, unit, 'formatToParts');
  },
  resolvedOptions() {
    const s = slotsOf(this, 'RelativeTimeFormat', 'Intl.RelativeTimeFormat.prototype.resolvedOptions');
    return { locale: s.locale, style: s.style, numeric: s.numeric, numberingSystem: 'latn' };
  },
});
defineTag(RelativeTimeFormat.prototype, 'Intl.RelativeTimeFormat');

// ---------------------------------------------------------------- Locale

function Locale(tag, options) {
  if (new.target === undefined) throw new TypeError("Constructor Intl.Locale requires 'new'");
  if (typeof tag !== 'string' && (typeof tag !== 'object' || tag === null)) {
    throw new TypeError('First argument to Intl.Locale constructor can\'t be empty or missing');
  }
  const opts = toOptions(options);
  let canonical = tag instanceof Locale ? tag.toString() : canonicalizeTag(`${tag}`);
  const parts = canonical.split('-');
  const s = { kind: 'Locale', language: parts[0] };
  let i = 1;
  if (/^[A-Z][a-z]{3}$/.test(parts[i] ?? '')) s.script = parts[i++];
  if (/^(?:[A-Z]{2}|\d{3})$/.test(parts[i] ?? '')) s.region = parts[i++];
  for (const key of ['language', 'script', 'region']) {
    const v = getOption(opts, key, 'string', undefined, undefined, 'Intl.Locale');
    if (v !== undefined) s[key] = v;
  }
  canonical = [s.language, s.script, s.region, ...parts.slice(i)].filter((p) => p !== undefined).join('-');
  s.tag = canonicalizeTag(canonical);
  s.baseName = [s.language, s.script, s.region].filter((p) => p !== undefined).join('-');
  slots.set(this, s);
}

defineMethods(Locale.prototype, {
  toString() {
    return slotsOf(this, 'Locale', 'Intl.Locale.prototype.toString').tag;
  },
  maximize() {
    const s = slotsOf(this, 'Locale', 'Intl.Locale.prototype.maximize');
    if (s.language !== 'en') return new Locale(s.tag);
    return new Locale(s.tag, { script: s.script ?? 'Latn', region: s.region ?? 'US' });
  },
  minimize() {
    const s = slotsOf(this, 'Locale', 'Intl.Locale.prototype.minimize');
    return new Locale(s.language === 'en' && (s.region === undefined || s.region === 'US') ? 'en' : s.tag);
  },
});
for (const key of ['baseName', 'language', 'script', 'region']) {
  Object.defineProperty(Locale.prototype, key, {
    __proto__: null,
    configurable: true,
    get() {
      return slotsOf(this, 'Locale', `get Intl.Locale.prototype.${key}`)[key];
    },
  });
}
defineTag(Locale.prototype, 'Intl.Locale');

// ---------------------------------------------------------------- Segmenter

function Segmenter(locales, options) {
  if (new.target === undefined) throw new TypeError("Constructor Intl.Segmenter requires 'new'");
  const opts = toOptions(options);
  const { locale } = resolveLocale(locales, opts);
  const granularity = getOption(opts, 'granularity', 'string', kGranularities, 'grapheme', 'Intl.Segmenter');
  slots.set(this, { kind: 'Segmenter', locale, granularity });
}

defineMethods(Segmenter.prototype, {
  segment(string) {
    const s = slotsOf(this, 'Segmenter', 'Intl.Segmenter.prototype.segment');
    const segments = Object.create(SegmentsPrototype);
    slots.set(segments, { kind: 'Segments', input: `${string}`, granularity: s.granularity, list: undefined });
    return segments;
  },
  resolvedOptions() {
    const s = slotsOf(this, 'Segmenter', 'Intl.Segmenter.prototype.resolvedOptions');
    return { locale: s.locale, granularity: s.granularity };
  },
});
defineTag(Segmenter.prototype, 'Intl.Segmenter');

// segmentList is a Segments object's segments as segment data objects,
// split on first use.
function segmentList(s) {
  if (s.list === undefined) {
    const flat = binding.segment(s.input, s.granularity);
    const word = s.granularity === 'word';
    const step = word ? 3 : 2;
    s.list = [];
    for (let i = 0; i < flat.length; i += step) {
      const data = { segment: flat[i + 1], index: flat[i], input: s.input };
      if (word) data.isWordLike = flat[i + 2];
      s.list.push(data);
    }
  }
  return s.list;
}

const SegmentsPrototype = {};
defineMethods(SegmentsPrototype, {
  containing(index) {
    const s = slotsOf(this, 'Segments', '%Segments.prototype%.containing');
    const n = Math.trunc(Number(index)) || 0;
    if (n < 0 || n >= s.input.length) return undefined;
    return segmentList(s).findLast((seg) => seg.index <= n);
  },
  [Symbol.iterator]() {
    const s = slotsOf(this, 'Segments', '%Segments.prototype%[@@iterator]');
    const it = Object.create(SegmentIteratorPrototype);
    slots.set(it, { kind: 'SegmentIterator', list: segmentList(s), next: 0 });
    return it;
  },
});

const SegmentIteratorPrototype = Object.create(Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())));
defineMethods(SegmentIteratorPrototype, {
  next() {
    const s = slotsOf(this, 'SegmentIterator', '%SegmentIterator.prototype%.next');
    if (s.next >= s.list.length) return { value: undefined, done: true };
    return { value: s.list[s.next++], done: false };
  },
});
defineTag(SegmentIteratorPrototype, 'Segmenter String Iterator');

// ---------------------------------------------------------------- DisplayNames

const kDisplayTypes = ['language', 'region', 'script', 'currency', 'calendar', 'dateTimeField'];
const kFieldNames = ['era', 'year', 'quarter', 'month', 'weekOfYear', 'weekday', 'day', 'dayPeriod', 'hour', 'minute', 'second', 'timeZoneName'];
let displayNames; // the names, loaded on the first DisplayNames

function DisplayNames(locales, options) {
  if (new.target === undefined) throw new TypeError("Constructor Intl.DisplayNames requires 'new'");
  if (options === undefined || options === null) throw new TypeError('invalid_argument');
  const opts = Object(options);
  const { locale } = resolveLocale(locales, opts);
  const owner = 'Intl.DisplayNames';
  const style = getOption(opts, 'style', 'string', kLongShortNarrow, 'long', owner);
  const type = getOption(opts, 'type', 'string', kDisplayTypes, undefined, owner);
  if (type === undefined) throw new TypeError('invalid_argument');
  const fallback = getOption(opts, 'fallback', 'string', ['code', 'none'], 'code', owner);
  const languageDisplay = getOption(opts, 'languageDisplay', 'string', ['dialect', 'standard'], 'dialect', owner);
  displayNames ??= require('internal/intl_display_names');
  slots.set(this, { kind: 'DisplayNames', locale, style, type, fallback, languageDisplay });
}

function badCode() {
  throw new RangeError('invalid_argument');
}

// languageName is the display name of the language tag code.
function languageName(s, code) {
  const names = displayNames;
  let tag;
  try {
    tag = canonicalTag(code);
  } catch {
    badCode();
  }
  const parts = tag.replace(/-[a-wyz0-9](?:-[a-z0-9]{2,8})+.*$|-x-.*$/, '').split('-');
  const [lang] = parts;
  let i = 1;
  const script = /^[A-Z][a-z]{3}$/.test(parts[i] ?? '') ? parts[i++] : undefined;
  const region = /^(?:[A-Z]{2}|\d{3})$/.test(parts[i] ?? '') ? parts[i++] : undefined;
  const variants = parts.slice(i);
  const whole = parts.join('-');
  if (s.languageDisplay === 'dialect' && variants.length === 0 && (script === undefined) !== (region === undefined)) {
    const dialect = (s.style !== 'long' && names.shortLang[whole]) || names.dialects[whole];
    if (dialect !== undefined) return dialect;
  }
  const base = names.languages[lang];
  if (base === undefined && s.fallback === 'none' && !script && !region) return undefined;
  const qualifiers = [];
  if (script) qualifiers.push(names.scripts[script] ?? script);
  if (region) qualifiers.push((s.style !== 'long' && names.shortRegion[region]) || names.regions[region] || region);
  qualifiers.push(...variants);
  const name = base ?? lang;
  return qualifiers.length ? `${name} (${qualifiers.join(', ')})` : name;
}

defineMethods(DisplayNames.prototype, {
  of(code) {
    const s = slotsOf(this, 'DisplayNames', 'Intl.DisplayNames.prototype.of');
    if (code === undefined) badCode();
    code = `${code}`;
    const names = displayNames;
    let name;
    switch (s.type) {
      case 'language':
        name = languageName(s, code);
        break;
      case 'region':
        if (!/^(?:[a-zA-Z]{2}|\d{3})$/.test(code)) badCode();
        name = (s.style !== 'long' && names.shortRegion[code]) || names.regions[code];
        break;
      case 'script':
        if (!/^[a-zA-Z]{4}$/.test(code)) badCode();
        name = names.scripts[code];
        break;
      case 'currency':
        if (!/^[a-zA-Z]{3}$/.test(code)) badCode();
        name = names.currencies[code.toUpperCase()];
        break;
      case 'calendar':
        if (!/^[a-zA-Z0-9]{3,8}(?:-[a-zA-Z0-9]{3,8})*$/.test(code)) badCode();
        name = names.calendars[code];
        break;
      default: {
        const i = kFieldNames.indexOf(code);
        if (i < 0) badCode();
        return names.fields[s.style][i];
      }
    }
    if (name !== undefined) return name;
    return s.fallback === 'code' ? code : undefined;
  },
  resolvedOptions() {
    const s = slotsOf(this, 'DisplayNames', 'Intl.DisplayNames.prototype.resolvedOptions');
    const o = { locale: s.locale, style: s.style, type: s.type, fallback: s.fallback };
    if (s.type === 'language') o.languageDisplay = s.languageDisplay;
    return o;
  },
});
defineTag(DisplayNames.prototype, 'Intl.DisplayNames');

// ---------------------------------------------------------------- Intl

for (const ctor of [NumberFormat, DateTimeFormat, Collator, PluralRules, ListFormat, RelativeTimeFormat, Segmenter, DisplayNames]) {
  if (ctor !== DisplayNames) Object.defineProperty(ctor, 'length', { __proto__: null, value: 0 });
  defineMethods(ctor, {
    supportedLocalesOf(locales, options) {
      return supportedLocalesOf(locales, options);
    },
  });
}

const Intl = {};
defineMethods(Intl, {
  NumberFormat, DateTimeFormat, Collator, PluralRules, ListFormat, RelativeTimeFormat, Locale, Segmenter, DisplayNames,
  getCanonicalLocales(locales) {
    return canonicalizeLocaleList(locales);
  },
  supportedValuesOf(key) {
    switch (`${key}`) {
      case 'calendar': return ['gregory'];
      case 'collation': return ['default'];
      case 'currency': return Object.keys(kCurrencies).sort();
      case 'numberingSystem': return ['latn'];
      case 'timeZone': return ['UTC'];
      case 'unit': return Object.keys(kUnits);
      default: throw new RangeError(`Invalid key : ${key}`);
    }
  },
});
defineTag(Intl, 'Intl');

// ---------------------------------------------------------------- built-ins

// The formats toLocaleString() and its kin use without arguments, made on
// first use.
let defaultNumberFormat;
const defaultDateFormats = {};

// kDateKinds are ToDateTimeOptions' required and defaults for Date's
// toLocaleString, toLocaleDateString and toLocaleTimeString.
const kDateKinds = { String: ['any', 'all'], DateString: ['date', 'date'], TimeString: ['time', 'time'] };

function defaultDateFormat(kind) {
  const f = defaultDateFormats[kind];
  if (f !== undefined && f.timeZone === binding.defaultTimeZone()) return f;
  defaultDateFormats[kind] = createDateTimeFormat(undefined, undefined, ...kDateKinds[kind]);
  return defaultDateFormats[kind];
}

// defaultFormat is the Go format the locale hook uses for method (e.g.
// 'Date.prototype.toLocaleString') called without arguments.
function defaultFormat(method) {
  if (!method.startsWith('Date.')) return nativeFormat(numberFormatFor());
  return nativeDateFormat(defaultDateFormat(method.slice('Date.prototype.toLocale'.length)));
}

function numberFormatFor(locales, options) {
  if (locales !== undefined || options !== undefined) return slots.get(new NumberFormat(locales, options));
  defaultNumberFormat ??= slots.get(new NumberFormat());
  return defaultNumberFormat;
}

// localeMethod implements the built-ins' locale-sensitive methods (goja's
// LocaleHook): method is e.g. 'Date.prototype.toLocaleString'.
function localeMethod(method, self, ...args) {
  const [locales, options] = method === 'String.prototype.localeCompare' ? args.slice(1) : args;
  switch (method) {
    case 'Number.prototype.toLocaleString':
      return formatNumber(numberFormatFor(locales, options), Number.prototype.valueOf.call(self));
    case 'BigInt.prototype.toLocaleString':
      return formatNumber(numberFormatFor(locales, options), BigInt.prototype.valueOf.call(self));
    case 'String.prototype.localeCompare':
      return new Collator(locales, options).compare(`${self}`, `${args[0]}`);
    default: {
      if (!(self instanceof Date)) throw new TypeError(`Method ${method} called on incompatible receiver ${describe(self)}`);
      const t = Date.prototype.getTime.call(self);
      if (Number.isNaN(t)) return 'Invalid Date';
      const kind = method.slice('Date.prototype.toLocale'.length);
      const [required, defaults] = kDateKinds[kind];
      if (locales !== undefined || options !== undefined) return formatDateTime(createDateTimeFormat(locales, options, required, defaults), t);
      return formatDateTime(defaultDateFormat(kind), t);
    }
  }
}

module.exports = { Intl, localeMethod, defaultFormat };
