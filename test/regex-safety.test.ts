/**
 * Every regular expression in src/ is checked for catastrophic backtracking with recheck.
 * Literal regexes are found by walking each file's TypeScript syntax tree; regexes built at run
 * time are exported by their modules and listed below.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { checkSync } from 'recheck';
import ts from 'typescript';
import { REPO_ROOT } from './shared.js';
import { DATE_PATTERN } from '../src/mentions/dates.js';

function* sourceFiles(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* sourceFiles(p);
    else if (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')) yield p;
  }
}

function literalRegexes(): Array<{ where: string; source: string; flags: string }> {
  const out: Array<{ where: string; source: string; flags: string }> = [];
  for (const file of sourceFiles(join(REPO_ROOT, 'src'))) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const lit = node.getText(sf);
        const slash = lit.lastIndexOf('/');
        const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
        out.push({ where: `${file.slice(REPO_ROOT.length + 1)}:${line + 1}`, source: lit.slice(1, slash), flags: lit.slice(slash + 1) });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}

test('no regex in src/ is vulnerable to ReDoS', () => {
  const regexes = [...literalRegexes(), { where: 'mentions/dates.ts DATE_PATTERN', source: DATE_PATTERN.source, flags: DATE_PATTERN.flags }];
  assert.ok(regexes.length > 10, 'the walker finds the regexes');
  const bad = [];
  for (const r of regexes) {
    const result = checkSync(r.source, r.flags.replace(/[gy]/g, ''), { timeout: 10_000 });
    if (result.status === 'safe') continue;
    const summary = result.status === 'vulnerable' ? result.complexity.summary : result.status;
    bad.push(`${r.where} /${r.source}/${r.flags}: ${summary}`);
  }
  assert.deepEqual(bad, []);
});
