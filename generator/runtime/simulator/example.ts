// Values built from a schema: the spec's example where it gives one that is valid, otherwise one made from the
// schema's type, format, enum and bounds. The simulator answers with these, and they make example requests.

import type { Schema } from './operations.ts';
import { validate } from './schema.ts';

const DATE_TIME = '2024-01-01T08:00:00+08:00';

function firstType(schema: Schema): string | undefined {
  const types = schema.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type as string];
  return types.find((type) => type !== 'null') ?? types[0];
}

function stringOf(schema: Schema): string {
  if (schema.format === 'date-time') return DATE_TIME;
  if (schema.format === 'date') return DATE_TIME.slice(0, 10);
  if (schema.format === 'uri') return 'https://example.com/';
  if (schema.format === 'email') return 'user@example.com';
  const min = schema.minLength ?? 0;
  const max = Math.max(schema.maxLength ?? 64, min);
  const fits = (text: string): boolean => validate(schema, text) === undefined;
  const base = 'string'.padEnd(min, 'x').slice(0, max);
  if (schema.pattern === undefined || fits(base)) return base;
  // A pattern without a valid example: the shortest run of one character class that it accepts, if any.
  for (let length = Math.max(min, 1); length <= Math.min(max, 64); length += 1) {
    for (const unit of ['1', 'a', 'A', 'a1', 'A1']) {
      const text = unit.repeat(length).slice(0, length);
      if (fits(text)) return text;
    }
  }
  return base;
}

function numberOf(schema: Schema, integer: boolean): number {
  const low = Math.max(schema.minimum ?? -Infinity, schema.exclusiveMinimum ?? -Infinity);
  const high = Math.min(schema.maximum ?? Infinity, schema.exclusiveMaximum ?? Infinity);
  const fits = (value: number): boolean => validate(schema, value) === undefined;
  const step = schema.multipleOf ?? 1;
  const candidates = [1, step, Number.isFinite(low) ? Math.ceil(low / step) * step : 1];
  if (Number.isFinite(low)) candidates.push((Math.floor(low / step) + 1) * step);
  if (Number.isFinite(high)) candidates.push(Math.floor(high / step) * step, (Math.ceil(high / step) - 1) * step);
  if (!integer && Number.isFinite(low) && Number.isFinite(high)) candidates.push((low + high) / 2);
  return candidates.find(fits) ?? (Number.isFinite(low) ? low : 1);
}

/**
 * A value valid against `schema`: its example when that is valid (for an object, each property's own example
 * otherwise), else one made from the schema. Objects get every declared property, optional ones too.
 */
export function exampleOf(schema: Schema, depth = 0): unknown {
  const built = buildExample(schema, depth);
  if (built === undefined || validate(schema, built) === undefined) return built;
  // What the builder does not cover (a `not`, an odd combination): the first simple value that fits, if any.
  return SIMPLE_VALUES.find((value) => validate(schema, value) === undefined) ?? built;
}

const SIMPLE_VALUES: readonly unknown[] = ['string', 1, 0.5, true, null, {}, []];

function buildExample(schema: Schema, depth: number): unknown {
  if (schema.example !== undefined && validate(schema, schema.example) === undefined) return schema.example;
  if (schema.const !== undefined) return schema.const;
  if (schema.enum !== undefined && schema.enum.length > 0) return schema.enum[0];
  if (depth > 12) return undefined;
  if (schema.allOf !== undefined && schema.allOf.length > 0) {
    const parts = schema.allOf.map((member) => exampleOf(member, depth + 1));
    if (parts.every((part) => typeof part === 'object' && part !== null && !Array.isArray(part))) {
      const own = firstType(schema) === 'object' || schema.properties ? exampleOf({ ...schema, allOf: undefined }) : {};
      return Object.assign({}, ...parts, own);
    }
    return parts[0];
  }
  const choices = schema.oneOf ?? schema.anyOf;
  if (choices !== undefined && choices.length > 0) return exampleOf(choices[0]!, depth + 1);

  const type = firstType(schema) ?? (schema.properties ? 'object' : schema.items ? 'array' : undefined);
  switch (type) {
    case 'string':
      return stringOf(schema);
    case 'integer':
      return numberOf(schema, true);
    case 'number':
      return numberOf(schema, false);
    case 'boolean':
      return true;
    case 'null':
      return null;
    case 'array': {
      const item = schema.items === undefined ? 'string' : exampleOf(schema.items, depth + 1);
      return Array.from({ length: Math.max(1, schema.minItems ?? 1) }, () => item);
    }
    case 'object': {
      const value: Record<string, unknown> = {};
      for (const [name, property] of Object.entries(schema.properties ?? {})) {
        const example = exampleOf(property, depth + 1);
        if (example !== undefined) value[name] = example;
      }
      const extra = typeof schema.additionalProperties === 'object' ? schema.additionalProperties : {};
      // Required names the schema gives no property schema for, then fillers up to minProperties.
      for (const name of schema.required ?? []) if (!(name in value)) value[name] = exampleOf(extra, depth + 1);
      for (let index = 0; Object.keys(value).length < (schema.minProperties ?? 0); index += 1) {
        if (schema.additionalProperties === false) break;
        value[`property${index}`] = exampleOf(extra, depth + 1);
      }
      return value;
    }
    default:
      return 'string';
  }
}

/** The spec's own example of a whole value when it is valid, else `exampleOf`. */
export function exampleOrSpec(schema: Schema, specExample: unknown): unknown {
  return specExample !== undefined && validate(schema, specExample) === undefined ? specExample : exampleOf(schema);
}
