'use strict';
// internal/console/table: console.table's rendering, loaded on the first
// console.table (console.js checks the arguments and logs the result).

const { inspect, getStringWidth, previewEntries } = require('internal/util/inspect');
const { isTypedArray, isSet, isMap, isSetIterator, isMapIterator } = require('internal/util/types');

// renderData is the table of tabularData (an object) as node draws it,
// limited to properties when given; inspectOptions are the console's.
function renderData(tabularData, properties, inspectOptions) {
  const _inspect = (v) => {
    const depth = v !== null && typeof v === 'object' && !isArrayLike(v) && Object.keys(v).length > 2 ? -1 : 0;
    return inspect(v, { depth, maxArrayLength: 3, breakLength: Infinity, ...inspectOptions });
  };
  const getIndexArray = (length) => Array.from({ length }, (_, i) => _inspect(i));

  const mapIter = isMapIterator(tabularData);
  let isKeyValue = false;
  if (mapIter) [tabularData, isKeyValue] = preview(tabularData);
  if (isKeyValue || isMap(tabularData)) {
    const keys = [];
    const values = [];
    let length = 0;
    if (mapIter) {
      for (; length < tabularData.length / 2; length++) {
        keys.push(_inspect(tabularData[length * 2]));
        values.push(_inspect(tabularData[length * 2 + 1]));
      }
    } else {
      for (const [k, v] of tabularData) {
        keys.push(_inspect(k));
        values.push(_inspect(v));
        length++;
      }
    }
    return renderTable([iterKey, keyKey, valuesKey], [getIndexArray(length), keys, values]);
  }

  const setIter = isSetIterator(tabularData);
  if (setIter) tabularData = preview(tabularData)[0];
  if (setIter || mapIter || isSet(tabularData)) {
    const values = [];
    let length = 0;
    for (const v of tabularData) {
      values.push(_inspect(v));
      length++;
    }
    return renderTable([iterKey, valuesKey], [getIndexArray(length), values]);
  }

  const map = { __proto__: null };
  let hasPrimitives = false;
  const valuesKeyArray = [];
  const indexKeyArray = Object.keys(tabularData);
  for (let i = 0; i < indexKeyArray.length; i++) {
    const item = tabularData[indexKeyArray[i]];
    const primitive = item === null || (typeof item !== 'function' && typeof item !== 'object');
    if (properties === undefined && primitive) {
      hasPrimitives = true;
      valuesKeyArray[i] = _inspect(item);
    } else {
      const keys = properties || Object.keys(item);
      for (const key of keys) {
        map[key] ??= [];
        if ((primitive && properties) || !Object.prototype.hasOwnProperty.call(item, key)) {
          map[key][i] = '';
        } else {
          map[key][i] = _inspect(item[key]);
        }
      }
    }
  }
  const keys = Object.keys(map);
  const values = Object.values(map);
  if (hasPrimitives) {
    keys.push(valuesKey);
    values.push(valuesKeyArray);
  }
  keys.unshift(indexKey);
  values.unshift(indexKeyArray);
  return renderTable(keys, values);
}

const keyKey = 'Key';
const valuesKey = 'Values';
const indexKey = '(index)';
const iterKey = '(iteration index)';

// preview lists what an iterator has left without consuming it, when the
// engine allows; otherwise it reads the iterator.
function preview(iterator) {
  const res = previewEntries(iterator);
  if (res !== undefined) return res;
  const entries = [...iterator];
  const isKeyValue = entries.length > 0 && entries.every((e) => Array.isArray(e) && e.length === 2);
  return [isKeyValue ? entries.flat() : entries, isKeyValue];
}

function isArrayLike(v) {
  return Array.isArray(v) || isTypedArray(v);
}

const tableChars = {
  middleMiddle: '─',
  rowMiddle: '┼',
  topRight: '┐',
  topLeft: '┌',
  leftMiddle: '├',
  topMiddle: '┬',
  bottomRight: '┘',
  bottomLeft: '└',
  bottomMiddle: '┴',
  rightMiddle: '┤',
  left: '│ ',
  right: ' │',
  middle: ' │ ',
};

function renderRow(row, columnWidths) {
  let out = tableChars.left;
  for (let i = 0; i < row.length; i++) {
    const cell = row[i];
    const needed = columnWidths[i] - getStringWidth(cell);
    out += cell + ' '.repeat(Math.ceil(needed));
    if (i !== row.length - 1) out += tableChars.middle;
  }
  return out + tableChars.right;
}

// renderTable draws node's box table of columns under head.
function renderTable(head, columns) {
  const rows = [];
  const columnWidths = head.map((h) => getStringWidth(h));
  const longestColumn = Math.max(...columns.map((a) => a.length));
  for (let i = 0; i < head.length; i++) {
    const column = columns[i];
    for (let j = 0; j < longestColumn; j++) {
      if (rows[j] === undefined) rows[j] = [];
      const value = rows[j][i] = Object.prototype.hasOwnProperty.call(column, j) ? column[j] : '';
      columnWidths[i] = Math.max(columnWidths[i] || 0, getStringWidth(value));
    }
  }
  const divider = columnWidths.map((w) => tableChars.middleMiddle.repeat(w + 2));
  let result = `${tableChars.topLeft}${divider.join(tableChars.topMiddle)}${tableChars.topRight}\n` +
    `${renderRow(head, columnWidths)}\n` +
    `${tableChars.leftMiddle}${divider.join(tableChars.rowMiddle)}${tableChars.rightMiddle}\n`;
  for (const row of rows) result += `${renderRow(row, columnWidths)}\n`;
  return result + `${tableChars.bottomLeft}${divider.join(tableChars.bottomMiddle)}${tableChars.bottomRight}`;
}

module.exports = { renderData };
