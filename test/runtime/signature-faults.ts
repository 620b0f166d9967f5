// What each signature fault must be refused with: verification is one for answers and notifications, and so are
// its errors (each a ResponseVerificationError).

import {
  ResponseHeadersMissingError,
  SignatureMismatchError,
  TimestampSkewError,
  UnknownSerialError,
} from '../../generator/runtime/protocol.ts';
import type { SignatureFault } from './simulator.ts';

/** Each signature fault with the error class verification throws for it, as `it.each` rows. */
export const SIGNATURE_FAULT_ERRORS = [
  ['tampered-signature', SignatureMismatchError],
  ['tampered-body', SignatureMismatchError],
  ['stale-timestamp', TimestampSkewError],
  ['unknown-serial', UnknownSerialError],
  ['missing-signature', ResponseHeadersMissingError],
] as const satisfies readonly (readonly [SignatureFault, new (...args: never[]) => Error])[];
