import { CHANGE_CLASSES, type Change, type ChangeClass, type ChangeReport } from './types.ts'

const HEADINGS: Record<ChangeClass, string> = { breaking: 'Breaking changes', feature: 'Features', fix: 'Fixes' }
/** The sidebar's name for operations without a tag. */
const NO_AREA = '其他'

/** The terminal summary: counts per class, the suggested version, then one line per change. */
export function formatSummary(report: ChangeReport): string {
  const counts = CHANGE_CLASSES.map((name) => `${count(report, name)} ${name}`).join(', ')
  const lines = [`changes from ${report.from.label} (${report.from.version}) to ${report.to.label} (${report.to.version}): ${counts}`, suggestion(report)]
  for (const name of CHANGE_CLASSES) {
    const changes = report.changes.filter((change) => change.class === name)
    if (changes.length === 0) continue
    lines.push('', `${name}:`)
    for (const change of changes) lines.push(`  ${change.location}  ${change.chain ?? `webhook ${change.webhook}`}  ${change.message}`)
  }
  return `${lines.join('\n')}\n`
}

/** A CHANGELOG entry: the version, then the changes by class and, inside each, by product area (first tag). */
export function formatMarkdown(report: ChangeReport): string {
  const lines = [`## ${report.suggestedVersion ?? `${report.from.version} (${report.bump} bump)`}`, '', `${suggestion(report)}.`]
  for (const name of CHANGE_CLASSES) {
    const changes = report.changes.filter((change) => change.class === name)
    if (changes.length === 0) continue
    lines.push('', `### ${HEADINGS[name]}`)
    const areas = [...new Set(changes.map(area))].sort((a, b) => (a === NO_AREA ? 1 : b === NO_AREA ? -1 : a < b ? -1 : a > b ? 1 : 0))
    for (const name of areas) {
      lines.push('', `#### ${name}`, '')
      for (const change of changes.filter((entry) => area(entry) === name)) lines.push(`- \`${change.chain ?? change.webhook}\`: ${change.message}`)
    }
  }
  return `${lines.join('\n')}\n`
}

/** `--json`: the report as data (see the README for its schema). */
export function formatJson(report: ChangeReport): string {
  const { from, to, bump, suggestedVersion, changes } = report
  return `${JSON.stringify({ from: { version: from.version, label: from.label }, to: { version: to.version, label: to.label }, bump, suggestedVersion, changes }, null, 2)}\n`
}

function suggestion(report: ChangeReport): string {
  if (report.bump === 'none') return `No changes for SDK users: the version stays ${report.from.version}`
  const why = count(report, 'breaking') > 0 ? 'breaking changes' : count(report, 'feature') > 0 ? 'new features' : 'fixes only'
  const zero =
    /^v?0\./.test(report.from.version) && count(report, 'breaking') + count(report, 'feature') > 0
      ? '; in 0.x a breaking change bumps the minor version, a feature the patch version'
      : ''
  const next = report.suggestedVersion
    ? `${report.from.version} → ${report.suggestedVersion}`
    : `a ${report.bump} release (${report.from.version} is not MAJOR.MINOR.PATCH)`
  return `Suggested version: ${next} (${report.bump}: ${why}${zero})`
}

function count(report: ChangeReport, name: ChangeClass): number {
  return report.changes.filter((change) => change.class === name).length
}

function area(change: Change): string {
  return change.area ?? NO_AREA
}
