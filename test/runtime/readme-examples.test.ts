// Every ```ts block of the runtime README's "Merchant toolkit" section through the real TypeScript compiler
// (strict, NodeNext), against the runtime sources: `wechatpay-apiv3` maps to the runtime entry with the client
// typed as the bound package types it (chains untyped), `wechatpay-apiv3/protocol` to protocol.ts.

import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const RUNTIME = join(ROOT, 'generator/runtime');
const README = readFileSync(join(RUNTIME, 'README.md'), 'utf8');
// Inside the repository, so that axios and @types/node resolve from its node_modules.
const WORK = join(ROOT, '.tmp', `readme-examples-${randomBytes(4).toString('hex')}`);
afterAll(() => rmSync(WORK, { recursive: true, force: true }));

function toolkitBlocks(): string[] {
  const start = README.indexOf('\n## Merchant toolkit\n');
  const end = README.indexOf('\n## ', start + 1);
  const section = README.slice(start, end === -1 ? undefined : end);
  return [...section.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((match) => match[1]!);
}

function compile(sources: readonly string[]): string[] {
  mkdirSync(WORK, { recursive: true });
  writeFileSync(
    join(WORK, 'package-entry.mts'),
    [
      `import { Wechatpay as RuntimeWechatpay, type UntypedApi, type WechatpayConfig } from '${RUNTIME}/index.ts';`,
      `export * from '${RUNTIME}/index.ts';`,
      'export declare const Wechatpay: new (config: WechatpayConfig) => RuntimeWechatpay & UntypedApi;',
      '',
    ].join('\n'),
  );
  const files = sources.map((source, index) => {
    const file = join(WORK, `example-${index + 1}.mts`);
    writeFileSync(file, source);
    return file;
  });
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    noEmit: true,
    allowImportingTsExtensions: true,
    skipLibCheck: true,
    types: ['node'],
    typeRoots: [join(ROOT, 'node_modules/@types')],
    paths: {
      'wechatpay-apiv3': [join(WORK, 'package-entry.mts')],
      'wechatpay-apiv3/protocol': [join(RUNTIME, 'protocol.ts')],
    },
  };
  const program = ts.createProgram(files, options);
  return ts
    .getPreEmitDiagnostics(program)
    .filter(
      (diagnostic) =>
        diagnostic.file === undefined ||
        files.includes(diagnostic.file.fileName) ||
        diagnostic.file.fileName.startsWith(RUNTIME),
    )
    .map((diagnostic) => {
      const where =
        diagnostic.file && diagnostic.start !== undefined
          ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start)
          : undefined;
      const name = diagnostic.file ? diagnostic.file.fileName.slice(ROOT.length + 1) : '';
      return `${name}:${where ? `${where.line + 1}:${where.character + 1}` : ''} ${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')}`;
    });
}

describe('runtime README: Merchant toolkit examples', () => {
  const blocks = toolkitBlocks();

  it('has an example for each feature, and each compiles', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(4);
    for (const name of ['requestPayment', 'encryptSensitive', 'downloadBill', 'verifyCertificatesAnswer']) {
      expect(blocks.some((block) => block.includes(name))).toBe(true);
    }
    expect(compile(blocks)).toEqual([]);
  });

  it('the check fails on a wrong example', () => {
    const wrong = blocks[0]!.replace(
      "appId: 'wxd678efh567hg6787', prepayId: order.prepay_id",
      'appId: 42, prepayId: order.prepay_id',
    );
    expect(wrong).not.toBe(blocks[0]);
    expect(compile([wrong]).join('\n')).toMatch(
      /example-1\.mts:\d+:\d+ Type 'number' is not assignable to type 'string'/,
    );
  });
});
