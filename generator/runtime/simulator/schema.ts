// A validator for the JSON Schema subset the spec uses (operations.ts `Schema`): type, enum, const, format
// (date-time, date, int32, int64, uri, email), pattern, length, range, multipleOf, items, properties, required,
// additionalProperties, allOf/anyOf/oneOf, not. It answers the first problem found, with the field's path, as
// WeChat Pay's PARAM_ERROR does. Keywords it does not know are listed by the generator in `unchecked`.

import type { Schema } from './operations.ts';

export interface SchemaProblem {
  /** `amount.total`, `detail.goods_detail[0].quantity`, or '' for the value itself. */
  readonly field: string;
  readonly issue: string;
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The JSON type names `value` has (an integer is also a number). */
function jsonTypes(value: unknown): string[] {
  if (value === null) return ['null'];
  if (Array.isArray(value)) return ['array'];
  if (typeof value === 'number') return Number.isInteger(value) ? ['integer', 'number'] : ['number'];
  if (typeof value === 'string' || typeof value === 'boolean' || typeof value === 'object') return [typeof value];
  return [typeof value];
}

/** A date or date-time that names a real day (2024-02-30 is not one). */
function realDate(text: string): boolean {
  const [year, month, day] = text.slice(0, 10).split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function formatProblem(format: string, value: unknown): string | undefined {
  if (typeof value === 'string') {
    if (format === 'date-time' && !(RFC3339.test(value) && realDate(value))) return '应为 RFC 3339 格式的时间';
    if (format === 'date' && !(DATE.test(value) && realDate(value))) return '应为 YYYY-MM-DD 格式的日期';
    if (format === 'email' && !EMAIL.test(value)) return '应为电子邮箱地址';
    if (format === 'uri') {
      try {
        new URL(value);
      } catch {
        return '应为 URI';
      }
    }
  }
  if (typeof value === 'number') {
    if (format === 'int32' && !(Number.isInteger(value) && value >= -(2 ** 31) && value < 2 ** 31))
      return '超出 int32 范围';
    if (format === 'int64' && !Number.isSafeInteger(value)) return '应为 int64 整数（且在 JavaScript 安全整数范围内）';
  }
  return undefined;
}

function join(field: string, key: string | number): string {
  return typeof key === 'number' ? `${field}[${key}]` : field === '' ? key : `${field}.${key}`;
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  return (
    keysA.length === keysB.length &&
    keysA.every((key) => deepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
  );
}

/** The first problem of `value` against `schema`, or undefined when it is valid. */
export function validate(schema: Schema, value: unknown, field = ''): SchemaProblem | undefined {
  const problem = (issue: string): SchemaProblem => ({ field, issue });
  if (schema.not !== undefined && validate(schema.not, value, field) === undefined) return problem('不应匹配此模式');

  const types = schema.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type as string];
  const actual = jsonTypes(value);
  if (types.length > 0 && !types.some((type) => actual.includes(type))) {
    return problem(`类型应为 ${types.join(' 或 ')}，收到 ${actual[0]}`);
  }
  if (schema.const !== undefined && !deepEqual(schema.const, value))
    return problem(`应为 ${JSON.stringify(schema.const)}`);
  if (schema.enum !== undefined && !schema.enum.some((member) => deepEqual(member, value))) {
    return problem(`应为 ${schema.enum.map((member) => JSON.stringify(member)).join('、')} 之一`);
  }
  if (schema.format !== undefined) {
    const issue = formatProblem(schema.format, value);
    if (issue !== undefined) return problem(issue);
  }

  if (typeof value === 'string') {
    const length = [...value].length;
    if (schema.minLength !== undefined && length < schema.minLength) return problem(`长度不应小于 ${schema.minLength}`);
    if (schema.maxLength !== undefined && length > schema.maxLength) return problem(`长度不应超过 ${schema.maxLength}`);
    if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value)) {
      return problem(`应匹配 ${schema.pattern}`);
    }
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) return problem(`不应小于 ${schema.minimum}`);
    if (schema.maximum !== undefined && value > schema.maximum) return problem(`不应大于 ${schema.maximum}`);
    if (schema.exclusiveMinimum !== undefined && value <= schema.exclusiveMinimum) {
      return problem(`应大于 ${schema.exclusiveMinimum}`);
    }
    if (schema.exclusiveMaximum !== undefined && value >= schema.exclusiveMaximum) {
      return problem(`应小于 ${schema.exclusiveMaximum}`);
    }
    if (schema.multipleOf !== undefined && !Number.isInteger(value / schema.multipleOf)) {
      return problem(`应为 ${schema.multipleOf} 的倍数`);
    }
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems)
      return problem(`至少应有 ${schema.minItems} 项`);
    if (schema.maxItems !== undefined && value.length > schema.maxItems)
      return problem(`至多应有 ${schema.maxItems} 项`);
    if (schema.uniqueItems === true) {
      const repeated = value.findIndex((item, index) =>
        value.slice(0, index).some((earlier) => deepEqual(earlier, item)),
      );
      if (repeated !== -1) return { field: join(field, repeated), issue: '与前面的项重复' };
    }
    if (schema.items !== undefined) {
      for (const [index, item] of value.entries()) {
        const found = validate(schema.items, item, join(field, index));
        if (found) return found;
      }
    }
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const object = value as Record<string, unknown>;
    for (const name of schema.required ?? []) {
      if (object[name] === undefined) return { field: join(field, name), issue: '必填，缺失' };
    }
    const keys = Object.keys(object).filter((key) => object[key] !== undefined);
    if (schema.minProperties !== undefined && keys.length < schema.minProperties) {
      return problem(`至少应有 ${schema.minProperties} 个字段`);
    }
    if (schema.maxProperties !== undefined && keys.length > schema.maxProperties) {
      return problem(`至多应有 ${schema.maxProperties} 个字段`);
    }
    const properties = schema.properties ?? {};
    for (const key of keys) {
      const child = properties[key];
      if (child !== undefined) {
        const found = validate(child, object[key], join(field, key));
        if (found) return found;
      } else if (schema.additionalProperties === false) {
        return { field: join(field, key), issue: '不是此处可接受的字段' };
      } else if (typeof schema.additionalProperties === 'object') {
        const found = validate(schema.additionalProperties, object[key], join(field, key));
        if (found) return found;
      }
    }
  }

  for (const member of schema.allOf ?? []) {
    const found = validate(member, value, field);
    if (found) return found;
  }
  if (schema.anyOf !== undefined) {
    const problems = schema.anyOf.map((member) => validate(member, value, field));
    if (!problems.includes(undefined)) return problems[0] ?? problem('不匹配任何一种形式');
  }
  if (schema.oneOf !== undefined) {
    const matching = schema.oneOf.filter((member) => validate(member, value, field) === undefined).length;
    if (matching !== 1) return problem(matching === 0 ? '不匹配任何一种形式' : '同时匹配多种形式');
  }
  return undefined;
}

/** A path or query parameter as received (text), read as the type its schema says (`'1'` for an integer is 1). */
export function parameterValue(schema: Schema, text: string): unknown {
  const types = schema.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type as string];
  if ((types.includes('integer') || types.includes('number')) && /^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  if (types.includes('boolean') && (text === 'true' || text === 'false')) return text === 'true';
  return text;
}
