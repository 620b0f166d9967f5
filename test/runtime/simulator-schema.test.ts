// The shipped simulator's JSON Schema validator and example builder: given/want tables, one row per keyword, each
// with a value that passes and one that fails with the field and the issue it names.

import { describe, expect, it } from 'vitest';
import { exampleOf } from '../../generator/runtime/simulator/example.ts';
import type { Schema } from '../../generator/runtime/simulator/operations.ts';
import { parameterValue, validate } from '../../generator/runtime/simulator/schema.ts';
import { sensitiveFieldsIn } from '../../generator/runtime/simulator/sensitive.ts';

interface Row {
  name: string;
  schema: Schema;
  valid: unknown[];
  /** value → the field named (and a fragment of the issue). */
  invalid: [unknown, string, string][];
}

const ROWS: Row[] = [
  { name: 'type string', schema: { type: 'string' }, valid: ['', 'a'], invalid: [[1, '', 'string']] },
  {
    name: 'type integer',
    schema: { type: 'integer' },
    valid: [0, -3, 2 ** 40],
    invalid: [
      [1.5, '', 'integer'],
      ['1', '', 'integer'],
    ],
  },
  { name: 'type number', schema: { type: 'number' }, valid: [1, 1.5], invalid: [[true, '', 'number']] },
  { name: 'type boolean', schema: { type: 'boolean' }, valid: [false], invalid: [['false', '', 'boolean']] },
  { name: 'nullable', schema: { type: ['string', 'null'] }, valid: ['a', null], invalid: [[0, '', 'string 或 null']] },
  {
    name: 'enum',
    schema: { type: 'string', enum: ['SUCCESS', 'FAIL'] },
    valid: ['FAIL'],
    invalid: [['SUCESS', '', 'SUCCESS']],
  },
  {
    name: 'const',
    schema: { const: 'TRANSACTION.SUCCESS' },
    valid: ['TRANSACTION.SUCCESS'],
    invalid: [['REFUND.SUCCESS', '', 'TRANSACTION']],
  },
  {
    name: 'format date-time',
    schema: { type: 'string', format: 'date-time' },
    valid: ['2018-06-08T10:34:56+08:00', '2018-06-08T02:34:56Z', '2018-06-08T10:34:56.123+08:00'],
    invalid: [
      ['2018-06-08 10:34:56', '', 'RFC 3339'],
      ['2018-02-30T10:34:56+08:00', '', 'RFC 3339'],
    ],
  },
  {
    name: 'format date',
    schema: { type: 'string', format: 'date' },
    valid: ['2019-06-11'],
    invalid: [['20190611', '', 'YYYY-MM-DD']],
  },
  {
    name: 'format int32',
    schema: { type: 'integer', format: 'int32' },
    valid: [2 ** 31 - 1],
    invalid: [[2 ** 31, '', 'int32']],
  },
  {
    name: 'format int64',
    schema: { type: 'integer', format: 'int64' },
    valid: [2 ** 53 - 1],
    invalid: [[2 ** 60, '', 'int64']],
  },
  {
    name: 'format uri',
    schema: { type: 'string', format: 'uri' },
    valid: ['https://a.example/x'],
    invalid: [['not a uri', '', 'URI']],
  },
  {
    name: 'format email',
    schema: { type: 'string', format: 'email' },
    valid: ['a@b.cn'],
    invalid: [['a.b.cn', '', '邮箱']],
  },
  {
    name: 'minLength, maxLength (characters, not bytes)',
    schema: { type: 'string', minLength: 2, maxLength: 3 },
    valid: ['ab', '分账方'],
    invalid: [
      ['a', '', '小于 2'],
      ['abcd', '', '超过 3'],
    ],
  },
  {
    name: 'pattern',
    schema: { type: 'string', pattern: '^[0-9]{10}$' },
    valid: ['1900000109'],
    invalid: [['19000001', '', '^[0-9]{10}$']],
  },
  {
    name: 'minimum, maximum',
    schema: { type: 'integer', minimum: 1, maximum: 100 },
    valid: [1, 100],
    invalid: [
      [0, '', '小于 1'],
      [101, '', '大于 100'],
    ],
  },
  {
    name: 'exclusiveMinimum, exclusiveMaximum',
    schema: { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 1 },
    valid: [0.5],
    invalid: [
      [0, '', '大于 0'],
      [1, '', '小于 1'],
    ],
  },
  { name: 'multipleOf', schema: { type: 'integer', multipleOf: 5 }, valid: [10], invalid: [[12, '', '5 的倍数']] },
  {
    name: 'items, minItems, maxItems, uniqueItems',
    schema: { type: 'array', items: { type: 'integer' }, minItems: 1, maxItems: 2, uniqueItems: true },
    valid: [[1], [1, 2]],
    invalid: [
      [[], '', '至少'],
      [[1, 2, 3], '', '至多'],
      [[1, 'x'], '[1]', 'integer'],
      [[1, 1], '[1]', '重复'],
    ],
  },
  {
    name: 'properties, required (nested paths)',
    schema: {
      type: 'object',
      required: ['amount'],
      properties: {
        amount: { type: 'object', required: ['total'], properties: { total: { type: 'integer' } } },
        detail: {
          type: 'object',
          properties: { goods: { type: 'array', items: { type: 'object', required: ['quantity'] } } },
        },
      },
    },
    valid: [{ amount: { total: 1 } }, { amount: { total: 1 }, detail: { goods: [{ quantity: 1 }] }, extra: 'allowed' }],
    invalid: [
      [{}, 'amount', '必填'],
      [{ amount: {} }, 'amount.total', '必填'],
      [{ amount: { total: '1' } }, 'amount.total', 'integer'],
      [{ amount: { total: 1 }, detail: { goods: [{}] } }, 'detail.goods[0].quantity', '必填'],
    ],
  },
  {
    name: 'additionalProperties false, and a schema',
    schema: { type: 'object', properties: { a: { type: 'string' } }, additionalProperties: false },
    valid: [{ a: 'x' }],
    invalid: [[{ a: 'x', b: 1 }, 'b', '不是此处可接受的字段']],
  },
  {
    name: 'additionalProperties as a schema',
    schema: { type: 'object', additionalProperties: { type: 'integer' } },
    valid: [{ a: 1 }],
    invalid: [[{ a: 'x' }, 'a', 'integer']],
  },
  {
    name: 'minProperties, maxProperties',
    schema: { type: 'object', minProperties: 1, maxProperties: 1 },
    valid: [{ a: 1 }],
    invalid: [
      [{}, '', '至少'],
      [{ a: 1, b: 2 }, '', '至多'],
    ],
  },
  {
    name: 'allOf',
    schema: {
      allOf: [
        { type: 'object', required: ['a'] },
        { type: 'object', required: ['b'] },
      ],
    },
    valid: [{ a: 1, b: 2 }],
    invalid: [[{ a: 1 }, 'b', '必填']],
  },
  {
    name: 'anyOf',
    schema: { anyOf: [{ type: 'string' }, { type: 'integer' }] },
    valid: ['a', 1],
    invalid: [[true, '', 'string']],
  },
  {
    name: 'oneOf',
    schema: { oneOf: [{ type: 'integer' }, { type: 'number', minimum: 10 }] },
    valid: [1, 10.5],
    invalid: [
      ['a', '', '不匹配'],
      [11, '', '同时匹配'],
    ],
  },
  { name: 'not', schema: { not: { type: 'string' } }, valid: [1], invalid: [['a', '', '不应匹配']] },
];

describe('validate', () => {
  it.each(ROWS)('$name', ({ schema, valid, invalid }) => {
    for (const value of valid) expect(validate(schema, value), JSON.stringify(value)).toBeUndefined();
    for (const [value, field, issue] of invalid) {
      const problem = validate(schema, value);
      expect(problem, JSON.stringify(value)).toMatchObject({ field });
      expect(problem!.issue, JSON.stringify(value)).toContain(issue);
    }
  });

  it('reads a path or query parameter as its schema types it', () => {
    expect(parameterValue({ type: 'integer' }, '12')).toBe(12);
    expect(parameterValue({ type: 'integer' }, '1a')).toBe('1a');
    expect(parameterValue({ type: 'boolean' }, 'true')).toBe(true);
    expect(parameterValue({ type: 'string' }, '12')).toBe('12');
  });
});

describe('exampleOf', () => {
  it.each(ROWS)('gives a value valid against the row $name', ({ schema }) => {
    expect(validate(schema, exampleOf(schema))).toBeUndefined();
  });

  it("prefers the spec's example, unless it is not valid", () => {
    expect(exampleOf({ type: 'string', example: 'wxd678efh567hg6787' })).toBe('wxd678efh567hg6787');
    expect(exampleOf({ type: 'integer', minimum: 1, example: 0 })).toBe(1);
    expect(exampleOf({ type: 'string', enum: ['A', 'B'], example: 'C' })).toBe('A');
    expect(
      exampleOf({
        type: 'object',
        properties: { total: { type: 'integer', example: 100 }, at: { type: 'string', format: 'date-time' } },
      }),
    ).toEqual({ total: 100, at: '2024-01-01T08:00:00+08:00' });
  });
});

describe("the simulator's sensitive fields", () => {
  it('finds, in a value, the fields its schema marks (nested objects and arrays), as the endpoint table names them', () => {
    const schema: Schema = {
      type: 'object',
      properties: {
        name: { type: 'string', sensitive: true },
        receivers: {
          type: 'array',
          items: { type: 'object', properties: { name: { type: 'string', sensitive: true } } },
        },
      },
    };
    expect(sensitiveFieldsIn(schema, { name: 'a', receivers: [{ name: 'b' }, { name: 'c' }] })).toEqual([
      'name',
      'receivers[0].name',
      'receivers[1].name',
    ]);
    expect(sensitiveFieldsIn(schema, { receivers: [] })).toEqual([]);
  });
});
