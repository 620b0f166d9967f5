// GET /v3/certificates as WeChat Pay answers it: each platform certificate, encrypted with the merchant's APIv3
// key (AEAD_AES_256_GCM, associated data `certificate`).

import { X509Certificate } from 'node:crypto';
import { chinaTime, encryptAead, randomHex } from './crypto.ts';

/** The operation the simulator answers with its own certificates. */
export const CERTIFICATES_PATH = '/v3/certificates';

export function certificatesAnswer(certificates: readonly string[], apiV3Key: string | Buffer): unknown {
  return {
    data: certificates.map((pem) => {
      const parsed = new X509Certificate(pem);
      const nonce = randomHex(12);
      return {
        serial_no: parsed.serialNumber.toUpperCase(),
        effective_time: chinaTime(new Date(parsed.validFrom).getTime()),
        expire_time: chinaTime(new Date(parsed.validTo).getTime()),
        encrypt_certificate: {
          algorithm: 'AEAD_AES_256_GCM',
          nonce,
          associated_data: 'certificate',
          ciphertext: encryptAead(pem, apiV3Key, nonce, 'certificate'),
        },
      };
    }),
  };
}
