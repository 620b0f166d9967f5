/** A file every output directory holds: it marks the directory as generated, and so safe to replace. */
export const MARKER_FILE = '.generated'
export const MARKER_TEXT = 'This directory is generated from the OpenAPI spec by `npm run generate`. Do not edit it by hand.\n'
