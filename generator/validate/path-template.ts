import type { JsonObject, Located } from '../resolve/resolver.ts'
import { templateVariables } from '../model/naming.ts'
import { suggestion } from './did-you-mean.ts'
import { at, type Walk } from './objects.ts'

export interface DeclaredParameter {
  readonly name: string
  readonly in: string
  readonly node: Located<JsonObject>
}

/**
 * The template variables of a URL path and an operation's path parameters (its own and its Path Item's) must match
 * both ways: a `{id}` with no parameter leaves the typed config without `id`; a parameter with no `{…}` is never sent.
 */
export function checkTemplate(walk: Walk, urlPath: string, method: string, operation: Located<JsonObject>, parameters: readonly DeclaredParameter[]): void {
  const variables = templateVariables(urlPath)
  const pathNames = parameters.filter((parameter) => parameter.in === 'path').map((parameter) => parameter.name)
  for (const parameter of parameters) {
    if (parameter.in === 'path' && !variables.includes(parameter.name)) {
      walk.findings.error(
        at(parameter.node.loc, 'name'),
        `path parameter '${parameter.name}' is not in the path template '${urlPath}'${suggestion(parameter.name, variables)}`,
      )
    }
  }
  for (const variable of variables) {
    if (!pathNames.includes(variable)) {
      const where = 'parameters' in operation.value ? at(operation.loc, 'parameters') : operation.loc
      walk.findings.error(
        where,
        `the ${method} operation of '${urlPath}' has no path parameter for the template variable '{${variable}}'${suggestion(variable, pathNames)}`,
        { key: true },
      )
    }
  }
}
