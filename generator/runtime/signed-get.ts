// The Authorization header of a bodyless GET of a full URL: what the downloads outside the client's four call
// steps sign (the toolkit's bill download, the `certificates` command).

import { signRequest, type SignRequestInput } from './signer.ts';

/** The merchant fields of signRequest's input: who signs. */
export type GetSigner = Pick<SignRequestInput, 'mchid' | 'serial' | 'privateKey'>;

/** `Authorization` for GET `url` (its path and query, as they go on the wire), now and with a fresh nonce. */
export function authorizeGet(url: URL, { mchid, serial, privateKey }: GetSigner): string {
  return signRequest({ method: 'GET', pathWithQuery: url.pathname + url.search, mchid, serial, privateKey })
    .authorization;
}
