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
  const base = 'string';
  const min = schema.minLength ?? 0;
  const text = base.length >= min ? base : base.padEnd(min, 'x');
  return schema.maxLength !== undefined ? text.slice(0, Math.max(schema.maxLength, min)) : text;
}

function numberOf(schema: Schema, integer: boolean): number {
  let value = 1;
  if (schema.minimum !== undefined) value = Math.max(value, schema.minimum);
  if (schema.exclusiveMinimum !== undefined && value <= schema.exclusiveMinimum) {
    value = integer ? Math.floor(schema.exclusiveMinimum) + 1 : schema.exclusiveMinimum + 1;
  }
  if (schema.maximum !== undefined) value = Math.min(value, schema.maximum);
  if (schema.exclusiveMaximum !== undefined && value >= schema.exclusiveMaximum) {
    value = integer ? Math.ceil(schema.exclusiveMaximum) - 1 : schema.exclusiveMaximum - 1;
  }
  if (schema.multipleOf !== undefined) value = Math.ceil(value / schema.multipleOf) * schema.multipleOf;
  return integer ? Math.round(value) : value;
}

/**
 * A value valid against `schema`: its example when that is valid (for an object, each property's own example
 * otherwise), else one made from the schema. Objects get every declared property, optional ones too.
 */
export function exampleOf(schema: Schema, depth = 0): unknown {
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
      return value;
    }
    default:
      return {};
  }
}

/** The spec's own example of a whole value when it is valid, else `exampleOf`. */
export function exampleOrSpec(schema: Schema, specExample: unknown): unknown {
  return specExample !== undefined && validate(schema, specExample) === undefined ? specExample : exampleOf(schema);
}
