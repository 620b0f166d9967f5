// A simulator for one test file, as the runtime tests run it: started before the file's tests and closed after
// them, by hooks registered here. Call these at the top level of a test file; read `sim` and `config` in tests and
// hooks only (before the file's beforeAll there is nothing to read yet).

import { afterAll, beforeAll } from 'vitest';
import type { WechatpayConfig } from '../../generator/runtime/index.ts';
import { clientConfig, createKeyPair, identity, type KeyPair } from './fixtures.ts';
import { startSimulator, type Simulator, type SimulatorOptions } from './simulator.ts';

export interface SimulatorSession {
  /** The running simulator. */
  readonly sim: Simulator;
}

export interface ClientSimulatorSession extends SimulatorSession {
  readonly merchant: KeyPair;
  readonly platform: KeyPair;
  /** `clientConfig`: the merchant's key, the platform's public key by PLATFORM_SERIAL, the simulator's URL. */
  readonly config: WechatpayConfig;
}

/** A simulator started with `options` before the file's tests, closed after them. */
export function useSimulator(options: SimulatorOptions): SimulatorSession {
  let sim: Simulator | undefined;
  beforeAll(async () => {
    sim = await startSimulator(options);
  });
  afterAll(() => sim?.close());
  return {
    get sim() {
      if (sim === undefined) throw new Error('the simulator starts in beforeAll: read it in a test or a hook');
      return sim;
    },
  };
}

/**
 * A simulator for fresh merchant and platform key pairs (`identity`, with `options` besides, e.g. `slowMs` or
 * another `platformSerial`), and the client config that talks to it.
 */
export function useClientSimulator(options: Partial<SimulatorOptions> = {}): ClientSimulatorSession {
  const merchant = createKeyPair();
  const platform = createKeyPair();
  const session = useSimulator({ ...identity(merchant, platform), ...options });
  let config: WechatpayConfig | undefined;
  return {
    merchant,
    platform,
    get sim() {
      return session.sim;
    },
    get config() {
      config ??= clientConfig(merchant, platform, session.sim.baseURL);
      return config;
    },
  };
}
