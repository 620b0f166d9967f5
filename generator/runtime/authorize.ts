// Step 2 of a call: sign the prepared request through signRequest, with the
// client's clock and nonce source.

import type { KeyObject } from 'node:crypto';
import type { Clock, NonceSource } from './config.ts';
import type { PreparedRequest } from './prepare.ts';
import {
  createTimestamp,
  signRequest,
  signRequestOffThread,
  type SignedRequest,
  type SignRequestInput,
} from './signer.ts';

/** Who signs, and with which clock and nonces. */
export interface RequestSigner {
  readonly mchid: string;
  readonly serial: string;
  readonly privateKey: KeyObject;
  readonly clock: Clock;
  readonly nonce: NonceSource;
}

/** The signature of what `prepared` will send: its method, path with query and BODY. */
export function signPreparedRequest(prepared: PreparedRequest, signer: RequestSigner): SignedRequest {
  return signRequest(signRequestInput(prepared, signer));
}

/** signPreparedRequest with the RSA work on libuv's thread pool: the same result, the main thread free meanwhile. */
export function signPreparedRequestOffThread(prepared: PreparedRequest, signer: RequestSigner): Promise<SignedRequest> {
  return signRequestOffThread(signRequestInput(prepared, signer));
}

function signRequestInput(prepared: PreparedRequest, signer: RequestSigner): SignRequestInput {
  return {
    method: prepared.method,
    pathWithQuery: prepared.pathWithQuery,
    body: prepared.signedBody,
    mchid: signer.mchid,
    serial: signer.serial,
    privateKey: signer.privateKey,
    timestamp: createTimestamp(signer.clock()),
    nonce: signer.nonce(),
  };
}
