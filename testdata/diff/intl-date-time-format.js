// Intl.DateTimeFormat and Date's toLocale*String format as node's en-US.
const d = new Date(Date.UTC(2024, 0, 5, 15, 4, 9, 45));
const show = (o, date = d) => {
  try {
    const f = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', ...o });
    console.log(JSON.stringify(o), JSON.stringify(f.format(date)), JSON.stringify(f.resolvedOptions()));
  } catch (e) {
    console.log(JSON.stringify(o), `${e.constructor.name}: ${e.message}`);
  }
};
show({});
for (const year of [undefined, 'numeric', '2-digit']) {
  for (const month of [undefined, 'numeric', '2-digit', 'long', 'short', 'narrow']) {
    for (const day of [undefined, 'numeric', '2-digit']) {
      for (const weekday of [undefined, 'long', 'short']) {
        const o = { year, month, day, weekday };
        for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k];
        // ICU's own odd results (a weekday with no day, a day with no
        // month) are left out.
        if ((weekday && !day && (year || month)) || (day && year && !month)) continue;
        if (Object.keys(o).length) show(o);
      }
    }
  }
}
for (const hour of [undefined, 'numeric', '2-digit']) {
  for (const minute of [undefined, 'numeric', '2-digit']) {
    for (const second of [undefined, 'numeric']) {
      for (const extra of [{}, { hour12: false }, { hourCycle: 'h23' }, { hourCycle: 'h11' }, { hourCycle: 'h24' }]) {
        const o = { hour, minute, second, ...extra };
        for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k];
        if ((hour || minute || second) && !(hour && second && !minute)) show(o);
      }
    }
  }
}
for (const h of [0, 3, 11, 12, 13, 23]) show({ hour: 'numeric', minute: 'numeric' }, new Date(Date.UTC(2024, 0, 5, h, 30)));
for (const h of [0, 3, 6, 12, 13, 18, 21]) {
  for (const m of [0, 30]) show({ hour: 'numeric', dayPeriod: 'short' }, new Date(Date.UTC(2024, 0, 5, h, m)));
}
show({ dayPeriod: 'narrow' }, new Date(Date.UTC(2024, 0, 5, 12, 30)));
show({ hour: 'numeric', minute: 'numeric', dayPeriod: 'long' }, new Date(Date.UTC(2024, 0, 5, 12, 30)));
show({ fractionalSecondDigits: 3 }); show({ second: 'numeric', fractionalSecondDigits: 2 }); show({ hour: 'numeric', minute: 'numeric', second: 'numeric', fractionalSecondDigits: 1 });
show({ era: 'short' }); show({ era: 'long', year: 'numeric' }); show({ era: 'narrow', year: 'numeric', month: 'long', day: 'numeric' });
show({ year: 'numeric' }, new Date(Date.UTC(-50, 0, 1))); show({ year: '2-digit', month: 'numeric', day: 'numeric' }, new Date(Date.UTC(5, 0, 1)));
show({ month: 'long', day: 'numeric', hour: 'numeric' }); show({ weekday: 'long', hour: 'numeric' }); show({ year: 'numeric', hour: 'numeric' });
show({ month: 'short', hour: 'numeric', minute: '2-digit' }); show({ year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: 'numeric' });
show({ year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
for (const ds of [undefined, 'full', 'long', 'medium', 'short']) {
  for (const ts of [undefined, 'full', 'long', 'medium', 'short']) {
    if (ds || ts) show({ dateStyle: ds, timeStyle: ts });
  }
}
show({ timeStyle: 'medium', hour12: false });
for (const tz of ['UTC', 'America/New_York', 'America/Los_Angeles', 'America/Chicago', 'America/Denver', 'America/Phoenix', 'Pacific/Honolulu', 'Asia/Kolkata', 'Asia/Tokyo', 'Etc/GMT+5', 'Asia/Kathmandu']) {
  for (const tzn of ['short', 'long', 'shortOffset', 'longOffset']) {
    for (const date of [d, new Date(Date.UTC(2024, 6, 5, 12))]) show({ timeZone: tz, timeZoneName: tzn, hour: 'numeric' }, date);
  }
}
for (const tz of ['America/New_York', 'America/Los_Angeles', 'America/Phoenix', 'Pacific/Honolulu', 'UTC']) {
  show({ timeZone: tz, timeZoneName: 'shortGeneric', hour: 'numeric' }); show({ timeZone: tz, timeZoneName: 'longGeneric', hour: 'numeric' });
}
show({ timeZone: 'Europe/Paris', timeZoneName: 'long', hour: 'numeric' }); show({ timeZone: 'Europe/London', timeZoneName: 'long', hour: 'numeric' });
show({ timeZoneName: 'long' }); show({ timeZoneName: 'short', month: 'long', day: 'numeric' });
for (const tz of ['utc', 'Etc/UTC', 'GMT', 'america/new_york', 'Nowhere/X', 'Z']) show({ timeZone: tz });
show({ dateStyle: 'short', hour: 'numeric' }); show({ timeStyle: 'short', minute: 'numeric' }); show({ weekday: 'x' }); show({ fractionalSecondDigits: 4 });
show({ hourCycle: 'h10', hour: 'numeric' }); show({ month: 'long' }, new Date(NaN));
const f = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC' });
console.log(JSON.stringify(f.formatToParts(d)));
console.log(JSON.stringify(new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', dateStyle: 'full', timeStyle: 'long' }).formatToParts(d)));
console.log(f.format(0), f.format(d.getTime()), [d, 0].map(f.format).join(' | '), typeof f.format(), f.format === f.format);
console.log(d.toLocaleString('en-US', { timeZone: 'UTC' }), '|', d.toLocaleDateString('en-US', { timeZone: 'UTC' }), '|', d.toLocaleTimeString('en-US', { timeZone: 'UTC' }));
console.log(d.toLocaleString('en-US', { timeZone: 'America/Los_Angeles' }), '|', d.toLocaleDateString('en-US', { timeZone: 'UTC', month: 'long' }));
console.log(d.toLocaleTimeString('en-US', { timeZone: 'UTC', hour: '2-digit', minute: '2-digit' }), '|', d.toLocaleString('en-US', { timeZone: 'UTC', hour: '2-digit' }));
console.log(d.toLocaleTimeString('en-US', { timeZone: 'UTC', weekday: 'long' }), '|', d.toLocaleDateString('en-US', { timeZone: 'UTC', hour: 'numeric' }));
console.log(new Date(NaN).toLocaleString(), new Date(NaN).toLocaleDateString(), new Date(NaN).toLocaleTimeString());
console.log(new Date(0).toLocaleString(), '|', new Date(0).toLocaleDateString(), '|', new Date(0).toLocaleTimeString());
console.log(new Intl.DateTimeFormat().resolvedOptions().timeZone === Intl.DateTimeFormat().resolvedOptions().timeZone);
for (const bad of [() => f.format(NaN), () => f.format(8.64e15 + 1), () => d.toLocaleDateString('en-US', { timeStyle: 'short' }), () => Date.prototype.toLocaleString.call({})]) {
  try { console.log(bad()); } catch (e) { console.log(`${e.constructor.name}: ${e.message}`); }
}
