// Encrypting the sensitive fields of a request body by path, for the transport to call once the endpoint table
// lists them (e.g. `sensitive: ['name', 'receivers[].name', 'contact_info.contact_id_number']`).
//
// Path syntax: property names joined with `.`; `name[]` is every element of the array `name` (`ids[]` for an
// array of strings). A path that meets a missing or null value stops there (optional fields); a value to encrypt
// that is not a string is an error, since WeChat Pay's encrypted fields are all strings.

type Segment = { readonly name: string; readonly each: boolean };

function parsePath(path: string): Segment[] {
  if (typeof path !== 'string' || path === '') throw new TypeError('a sensitive field path is a non-empty string');
  return path.split('.').map((part) => {
    const each = part.endsWith('[]');
    const name = each ? part.slice(0, -2) : part;
    if (name === '' || /[[\]]/.test(name))
      throw new TypeError(`sensitive field path ${JSON.stringify(path)} is malformed`);
    return { name, each };
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A copy of `value` with the field at `segments` replaced through `encrypt`; the input is never changed. */
function rewrite(
  value: unknown,
  segments: readonly Segment[],
  path: string,
  encrypt: (plaintext: string) => string,
): unknown {
  if (segments.length === 0) {
    if (typeof value !== 'string')
      throw new TypeError(
        `sensitive field ${path} must be a string to be encrypted, got ${Array.isArray(value) ? 'array' : typeof value}`,
      );
    return encrypt(value);
  }
  if (!isRecord(value)) return value;
  const [head, ...rest] = segments as [Segment, ...Segment[]];
  const child = value[head.name];
  if (child === undefined || child === null) return value;
  let replaced: unknown;
  if (head.each) {
    if (!Array.isArray(child)) throw new TypeError(`sensitive field path ${path}: ${head.name} is not an array`);
    replaced = child.map((element) => rewrite(element, rest, path, encrypt));
  } else {
    replaced = rewrite(child, rest, path, encrypt);
  }
  return { ...value, [head.name]: replaced };
}

/**
 * The body with each field named by `paths` encrypted by `encrypt` (e.g. `(text) => encryptSensitive(text, key)`),
 * nested objects and arrays included; a new object, the caller's body stays as it was.
 */
export function encryptSensitiveFields<T>(
  body: T,
  paths: readonly string[],
  encrypt: (plaintext: string) => string,
): T {
  let result: unknown = body;
  for (const path of paths) result = rewrite(result, parsePath(path), path, encrypt);
  return result as T;
}
