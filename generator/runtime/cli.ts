// The package's command, `wechatpay-apiv3` (its `bin`): a dispatcher over sub-commands, of which there is one,
// `certificates`. Bundled on its own (generator/inputs/runtime/bundle.ts) and started by the package's bin file,
// which binds the package's name and version for the User-Agent. Never throws: resolves to the exit code, having
// written one line on stderr for a failure (never a stack trace, never a key).

import { runCertificatesCommand, type CommandOutput } from './certificates-cli.ts';
import type { ProductInfo } from './user-agent.ts';

export const CLI_USAGE: string = `Usage: wechatpay-apiv3 <command> [options]

Commands:
  certificates   download, verify and save the WeChat Pay platform certificates (GET /v3/certificates)

Run "wechatpay-apiv3 <command> --help" for the options of a command.
`;

/** Runs `wechatpay-apiv3 …argv`; resolves to the exit code (0 done, 1 failed, 2 bad usage). */
export async function runCli(
  argv: readonly string[],
  stdout: CommandOutput,
  stderr: CommandOutput,
  product?: ProductInfo,
): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined) {
    stderr.write(CLI_USAGE);
    return 2;
  }
  if (command === '--help' || command === '-h' || command === 'help') {
    stdout.write(CLI_USAGE);
    return 0;
  }
  if (command === 'certificates') return runCertificatesCommand(rest, stdout, stderr, product);
  // The word is not echoed: it may be a mistyped option value, a key even.
  stderr.write('wechatpay-apiv3: unknown command; the commands: certificates (see --help)\n');
  return 2;
}
