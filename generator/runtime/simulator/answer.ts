// The answer an operation gives when no handler takes it: the spec's example of the answer when it is valid, else
// one built from the answer's schema, with top-level fields the request named (out_trade_no, mchid, …) echoed.

import { exampleOf, exampleOrSpec } from './example.ts';
import type { SimulatorOperation } from './operations.ts';
import type { ReadRequest } from './request.ts';
import { validate } from './schema.ts';

export function specAnswer(operation: SimulatorOperation): unknown {
  const { schema, example } = operation.answer;
  return schema === undefined ? example : exampleOrSpec(schema, example);
}

/** The spec's answer, with each top-level field that the request also names (and whose value fits) echoed. */
export function defaultAnswer(operation: SimulatorOperation, request: ReadRequest): unknown {
  const answer = specAnswer(operation);
  const properties = operation.answer.schema?.properties;
  if (typeof answer !== 'object' || answer === null || Array.isArray(answer) || properties === undefined) return answer;
  const given: Record<string, unknown> = {
    ...(typeof request.body === 'object' && request.body !== null && !Array.isArray(request.body)
      ? (request.body as Record<string, unknown>)
      : {}),
    ...request.query,
    ...request.params,
  };
  const echoed: Record<string, unknown> = { ...(answer as Record<string, unknown>) };
  for (const [name, schema] of Object.entries(properties)) {
    const value = given[name];
    if (value !== undefined && validate(schema, value) === undefined) echoed[name] = value;
  }
  return echoed;
}

/** An example request of the operation, built from its schemas: path parameters, query and body. */
export interface ExampleRequest {
  readonly params: Record<string, unknown>;
  readonly query: Record<string, unknown>;
  readonly body?: unknown;
}

export function exampleRequest(operation: SimulatorOperation): ExampleRequest {
  const params = Object.fromEntries(
    Object.entries(operation.pathParameters).map(([name, schema]) => [name, exampleOf(schema)]),
  );
  const query = Object.fromEntries(
    Object.entries(operation.queryParameters).map(([name, schema]) => [name, exampleOf(schema)]),
  );
  return { params, query, ...(operation.body === undefined ? {} : { body: exampleOf(operation.body) }) };
}
