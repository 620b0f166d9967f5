// Step 4 of a call: verify the answer's signature, then parse its body. Until
// verification passes, the body is not application data.

import type { AxiosResponse } from 'axios';
import type { Clock } from './config.ts';
import { ResponseVerificationError } from './errors.ts';
import type { PublicKeyStore } from './key-store.ts';
import type { PreparedRequest } from './prepare.ts';
import { parseBody, toBuffer } from './response-body.ts';
import { verifyResponse } from './verifier.ts';

/** Which keys verify answers, and the clock of the replay window. */
export interface ResponseVerifier {
  readonly keyStore: PublicKeyStore;
  readonly clock: Clock;
}

function isSuccess(status: number): boolean {
  return status >= 200 && status < 300;
}

/**
 * A 2xx answer is verified (throwing a ResponseVerificationError whose `response.data` is the raw body), then its
 * body parsed into `response.data`: JSON, or undefined when empty. File downloads (`binary`) are not signed by
 * WeChat Pay and come back as they are, a Buffer or a stream; callers check them against the hash of the (signed)
 * bill answer.
 */
export function verifyAndParse(
  response: AxiosResponse,
  prepared: Pick<PreparedRequest, 'responseKind' | 'responseType'>,
  verifier: ResponseVerifier,
): AxiosResponse {
  const success = isSuccess(response.status);
  if (prepared.responseKind === 'binary' && success) {
    if (prepared.responseType !== 'stream') response.data = toBuffer(response.data);
    return response;
  }
  const raw = toBuffer(response.data);
  if (success) {
    try {
      verifyResponse({
        headers: response.headers,
        body: raw,
        certs: verifier.keyStore,
        now: Math.floor(verifier.clock() / 1000),
      });
    } catch (error) {
      if (error instanceof ResponseVerificationError) {
        response.data = raw;
        error.response = response;
      }
      throw error;
    }
  }
  response.data = parseBody(raw);
  return response;
}
