// What a call came to, in the terms the scenario scripts (scenarios.cjs, simulator-scenarios.cjs) record: the
// value or the error of a promise, and which of the package's error classes an error is an instance of.

'use strict'

/** `{ value }` or `{ error }`: never rejects. */
async function settle(promise) {
  try {
    return { value: await promise }
  } catch (error) {
    return { error }
  }
}

/** Error classes exported by `pkg` that `error` is an instance of, sorted. */
function errorClasses(pkg, error) {
  return Object.entries(pkg)
    .filter(([name, value]) => /^[A-Z]\w*Error$/.test(name) && typeof value === 'function' && error instanceof value)
    .map(([name]) => name)
    .sort()
}

module.exports = { errorClasses, settle }
