// npm run bench (its third part): openapi-typescript as an oracle on the corpus (../shared/corpus, else spec/). For every
// operation, our request and response types against openapi-typescript's (test/oracle/compare.ts; the fixtures are
// compared by test/generator/oracle.test.ts). Prints the counts and every mismatch; the mismatches are findings to
// read, not a failure. Exits 1 only when the comparison itself breaks (a diagnostic that belongs to no check).
//
// What it finds on the corpus (13 mismatches when last triaged), each a reading we keep on purpose:
// - a nullable enum written `type: [string, 'null']` + `allOf: [$ref an enum]` (bill query parameters, coupon_state):
//   ours keeps `| null`, openapi-typescript drops it (null fails the allOf member under strict JSON Schema);
// - an `allOf` of enums that share no value (tradebill's bill_type, busifavor's coupon_state): ours is their union
//   (the corpus extends a shared enum so), openapi-typescript's `never`;
// - an object with `properties: {}` and no `additionalProperties` (offlineface's promotion_detail, a complaint's
//   message_content): ours is free-form (`[key: string]: any`, as JSON Schema allows any object), theirs
//   `Record<string, never>`;
// - a multipart body is always `BinaryDataRequest { meta: string; file: ReadStream }`: `meta` is required (the client
//   signs it) where a spec marks it optional, and an upload whose parts have other names (submission-files) is not
//   typed as its parts — a limitation of the runtime's upload, not fixed here;
// - two success answers (POST /v3/webhooks: 200 with a body, 204 without): ours types the first with a body, as the
//   public pages show one WellformedResponse; openapi-typescript gives their union.
// The request and response `date-time` (`string | Date` sent, `string` received) is normalised in compare.ts.
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { compareWithOpenapiTypescript, describeMismatch, SIDES } from '../test/oracle/compare.ts'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const CORPUS = path.resolve(ROOT, '../shared/corpus/openapi.yaml')
const { values } = parseArgs({ options: { spec: { type: 'string' } } })
const spec = path.resolve(values.spec ?? (existsSync(CORPUS) ? CORPUS : path.join(ROOT, 'spec/openapi.yaml')))

const started = performance.now()
const [report] = await compareWithOpenapiTypescript([{ specFile: spec, virtualDir: path.join(ROOT, '.oracle/bench') }])
const seconds = ((performance.now() - started) / 1000).toFixed(1)
const { operations, checks, schemas, mismatches, otherErrors } = report!

process.stdout.write(`\noracle: openapi-typescript on ${path.relative(ROOT, spec)} (${seconds} s)\n`)
for (const mismatch of mismatches) process.stdout.write(`  ${describeMismatch(mismatch)}\n`)
for (const error of otherErrors) process.stdout.write(`  ERROR ${error}\n`)
const bySide = SIDES.map((side) => `${side} ${mismatches.filter((mismatch) => mismatch.side === side).length}`).join(', ')
process.stdout.write(
  `${operations} operations, ${checks} request/response types compared (${schemas} of them schemas): ` +
    `${mismatches.length} mismatches (${bySide}), ${otherErrors.length} errors\n`,
)
process.exitCode = otherErrors.length === 0 ? 0 : 1
