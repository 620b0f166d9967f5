// Fault injection: rules that pick requests (by operation, by a predicate, with a probability drawn from a seeded
// generator, at most `times` times) and what goes wrong with their answers.

import type { IncomingHttpHeaders } from 'node:http';
import { SIGNING_FAULTS, type SigningFault } from './signing.ts';

/** What can go wrong with an answer besides its signature. */
const ANSWER_FAULTS = [
  'status-429', // 429 FREQUENCY_LIMITED (after the request's signature is checked)
  'status-500', // 500 SYSTEM_ERROR
  'status-502', // 502 with an empty body, as a gateway answers
  'status-503', // 503 SYSTEM_ERROR
  'delay', // the normal answer, after `delayMs`
  'drop', // the connection closed without an answer
] as const;
export type SimulatorFault = SigningFault | (typeof ANSWER_FAULTS)[number];
export const SIMULATOR_FAULTS: readonly SimulatorFault[] = [...SIGNING_FAULTS, ...ANSWER_FAULTS];

/** What a rule's `when` sees of a request. */
export interface FaultRequest {
  readonly method: string;
  /** Path and query as received. */
  readonly url: string;
  /** `'POST /v3/pay/transactions/jsapi'`, or undefined for a route the spec does not know. */
  readonly operation: string | undefined;
  readonly headers: IncomingHttpHeaders;
  /** 1 for the simulator's first request. */
  readonly sequence: number;
}

export interface FaultRule {
  readonly fault: SimulatorFault;
  /** Which requests: an operation (`'POST /v3/pay/transactions/jsapi'`) or a predicate; every request when left out. */
  readonly when?: string | ((request: FaultRequest) => boolean);
  /** The chance a matching request suffers it, 0…1 (default 1), drawn from the simulator's seeded generator. */
  readonly probability?: number;
  /** At most this many times (default: no limit). */
  readonly times?: number;
  /** For `delay`: milliseconds (default 1000). */
  readonly delayMs?: number;
}

/** Per request: a request header naming one fault (`x-simulator-fault: stale-timestamp`) applies it to that request. */
export const FAULT_HEADER = 'x-simulator-fault';

/** mulberry32: a small seeded generator, so that a probability rule picks the same requests in every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function isSimulatorFault(value: unknown): value is SimulatorFault {
  return typeof value === 'string' && (SIMULATOR_FAULTS as readonly string[]).includes(value);
}

/** The rules in order; the first that picks a request decides its fault. */
export class FaultPlan {
  private readonly rules: { rule: FaultRule; used: number }[] = [];

  constructor(
    rules: readonly FaultRule[],
    private readonly random: () => number,
  ) {
    for (const rule of rules) this.add(rule);
  }

  add(rule: FaultRule): void {
    if (!isSimulatorFault(rule.fault)) {
      throw new TypeError(
        `unknown simulator fault ${JSON.stringify(rule.fault)}; one of ${SIMULATOR_FAULTS.join(', ')}`,
      );
    }
    const probability = rule.probability ?? 1;
    if (!(probability >= 0 && probability <= 1)) throw new TypeError('a fault rule probability must be within 0…1');
    this.rules.push({ rule, used: 0 });
  }

  pick(request: FaultRequest): FaultRule | undefined {
    for (const entry of this.rules) {
      const { rule } = entry;
      if (rule.times !== undefined && entry.used >= rule.times) continue;
      const matches =
        rule.when === undefined ||
        (typeof rule.when === 'string' ? rule.when === request.operation : rule.when(request));
      if (!matches) continue;
      // Drawn only for matching requests, so the sequence depends on the traffic the rule sees.
      if (rule.probability !== undefined && this.random() >= rule.probability) continue;
      entry.used += 1;
      return rule;
    }
    return undefined;
  }
}
