// URL templates → operations. A path matches the template with the most literal segments first, so that
// `/v3/pay/transactions/id/{transaction_id}` and `/v3/pay/transactions/out-trade-no/{out_trade_no}` never compete.

import type { SimulatorOperation } from './operations.ts';

interface CompiledRoute {
  readonly operation: SimulatorOperation;
  readonly pattern: RegExp;
  readonly names: readonly string[];
  readonly literals: number;
}

export interface RouteMatch {
  readonly operation: SimulatorOperation;
  /** Path parameters, percent-decoded. */
  readonly params: Readonly<Record<string, string>>;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function compile(operation: SimulatorOperation): CompiledRoute {
  const names: string[] = [];
  let literals = 0;
  const source = operation.path
    .split(/(\{[^}]+\})/)
    .map((part) => {
      const name = /^\{(.+)\}$/.exec(part)?.[1];
      if (name === undefined) {
        literals += part.split('/').filter(Boolean).length;
        return escape(part);
      }
      names.push(name);
      return '([^/]*)';
    })
    .join('');
  return { operation, pattern: new RegExp(`^${source}$`), names, literals };
}

export class Router {
  private readonly routes: CompiledRoute[];

  constructor(operations: readonly SimulatorOperation[]) {
    this.routes = operations.map(compile).sort((a, b) => b.literals - a.literals);
  }

  /** The operation for `method` and `pathname`; `methods` lists the ones the path has when the method is not one. */
  match(method: string, pathname: string): { found?: RouteMatch; methods: string[] } {
    const methods: string[] = [];
    for (const route of this.routes) {
      const match = route.pattern.exec(pathname);
      if (match === null) continue;
      if (route.operation.method !== method) {
        methods.push(route.operation.method);
        continue;
      }
      const params: Record<string, string> = {};
      route.names.forEach((name, index) => {
        let value = match[index + 1]!;
        try {
          value = decodeURIComponent(value);
        } catch {
          // Left as sent: the schema check reports it.
        }
        params[name] = value;
      });
      return { found: { operation: route.operation, params }, methods };
    }
    return { methods };
  }
}
