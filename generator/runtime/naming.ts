// The naming convention that maps URL segments to property names (and back).
// The generator uses segmentToProperty to build chains; the runtime uses
// propertyToSegment to call endpoints the table does not know yet.
//
//   return-orders  <->  returnOrders     kebab-case <-> camelCase
//   {out_trade_no} <->  _out_trade_no_   path parameter
//   '' (trailing /) <-> _empty_
//   delete         <->  Delete           `delete` is the HTTP verb property

const EMPTY = '_empty_';
const PARAMETER_PROPERTY = /^_(.+)_$/;
const PARAMETER_SEGMENT = /^\{(.+)\}$/;

/** URL path segment → chain property. */
export function segmentToProperty(segment: string): string {
  if (segment === '') return EMPTY;
  const parameter = PARAMETER_SEGMENT.exec(segment);
  if (parameter) return `_${parameter[1]}_`;
  if (segment === 'delete') return 'Delete';
  return segment.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

/** Chain property → URL path segment (inverse of segmentToProperty). */
export function propertyToSegment(property: string): string {
  if (property === EMPTY) return '';
  const parameter = PARAMETER_PROPERTY.exec(property);
  if (parameter) return `{${parameter[1]}}`;
  if (property === 'Delete') return 'delete';
  return property.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

/** `['v3','profitsharing','returnOrders']` → `/v3/profitsharing/return-orders`. */
export function chainToPathTemplate(chain: readonly string[]): string {
  return `/${chain.map(propertyToSegment).join('/')}`;
}

/** `/v3/profitsharing/return-orders` → `v3.profitsharing.returnOrders` (the table key). */
export function pathTemplateToChainKey(path: string): string {
  return path.replace(/^\//, '').split('/').map(segmentToProperty).join('.');
}
