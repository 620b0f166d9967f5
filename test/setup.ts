// Run before every test file (vitest's setupFiles), also when a worker keeps its modules between files: a hook
// registered by a helper module at its first import would belong to the first file only.
import { afterAll } from 'vitest'
import { removeFileScratch } from './helpers.ts'

afterAll(removeFileScratch)
