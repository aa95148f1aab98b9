import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { fileHistory } from '../../src/lib/history.ts';

const repo = mkdtempSync(join(tmpdir(), 'mw-history-'));
const git = (args: string[], date: string) =>
  execFileSync('git', args, { cwd: repo, env: { ...process.env, GIT_AUTHOR_DATE: `${date}T10:00:00`, GIT_COMMITTER_DATE: `${date}T10:00:00`, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' } });
const file = 'content/modules/amw/proef.mdx';
const version = (verwijzingen: string, doelen: string) => `---\nid: amw-proef\ntitel: Proef\n${verwijzingen}samenvatting: Een proef.\n---\n\n## Doelgroep\n\nIedereen.\n\n## Doelen\n\n${doelen}\n`;

afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('module history from git', () => {
  mkdirSync(join(repo, 'content/modules/amw'), { recursive: true });
  execFileSync('git', ['init', '-q'], { cwd: repo });
  writeFileSync(join(repo, '.gitattributes'), '*.mdx diff=mdx\n');
  writeFileSync(join(repo, file), version('verwijzingen: [amw-intake]\n', 'Rust.'));
  git(['add', '-A'], '2026-01-05');
  git(['commit', '-qm', 'eerste'], '2026-01-05');
  writeFileSync(join(repo, file), version('', 'Rust en overzicht.'));
  git(['commit', '-qam', 'tweede'], '2026-03-12');

  test('lists each published version, newest first, with the fields and sections it changed and the exact lines', () => {
    const versions = fileHistory(file, { cwd: repo });

    expect(versions?.map((v) => [v.date, v.first, v.parts])).toEqual([
      ['2026-03-12', false, ['verwijzingen', 'Doelen']],
      ['2026-01-05', true, []],
    ]);
    expect(versions?.[0].lines).toEqual([
      { sign: '-', text: 'verwijzingen: [amw-intake]' },
      { sign: '-', text: 'Rust.' },
      { sign: '+', text: 'Rust en overzicht.' },
    ]);
  });

  test('says there is no history, without failing, where the build has no git repository', () => {
    const bare = mkdtempSync(join(tmpdir(), 'mw-nogit-'));
    try {
      expect(fileHistory(file, { cwd: bare })).toBeUndefined();
    } finally {
      rmSync(bare, { recursive: true, force: true });
    }
  });
});
