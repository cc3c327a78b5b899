/**
 * ESLint with the project's own configuration (eslint.config.mjs), for tests that prove a rule bites: lint a
 * snippet as if it were the file at `filePath` (a path in the repository; the file need not exist).
 */
import path from 'node:path';
import { ESLint, type Linter } from 'eslint';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
let eslint: ESLint | null = null;

export async function lintAt(filePath: string, code: string): Promise<Linter.LintMessage[]> {
  eslint ??= new ESLint({ cwd: ROOT, overrideConfigFile: path.join(ROOT, 'eslint.config.mjs'), cache: false });
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, filePath) });
  return result.messages;
}

/** "rule: message" per message, for readable assertions. */
export const described = (messages: Linter.LintMessage[]) => messages.map((m) => `${m.ruleId}: ${m.message}`);
