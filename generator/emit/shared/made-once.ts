/**
 * What `make` makes for `key`, or, in a session, what it made for the same object last run: the model keeps the
 * objects whose files did not change, so a kept key means a text that would come out the same. Outside a session
 * (`kept` undefined) it makes the text every time.
 */
export function madeOnce<K extends object, V>(kept: WeakMap<K, V> | undefined, key: K, make: (key: K) => V): V {
  let value = kept?.get(key)
  if (value === undefined) {
    value = make(key)
    kept?.set(key, value)
  }
  return value
}
