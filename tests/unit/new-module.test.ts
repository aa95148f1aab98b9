import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const run = (script: string, args: string[]) => spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' });

describe('npm run new', () => {
  test('writes a module with a free id and code and every required section, which passes the check', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nieuw-'));

    const created = run('scripts/new-module.ts', ['--titel', 'Budgetcursus voor jongeren', '--werksoort', 'amw', '--functie', 'groepswerk-training', '--type', 'b', '--bron', 'amw-arbeid', '--pagina', '40', '--modules', dir]);
    const text = readFileSync(join(dir, 'amw', readdirSync(join(dir, 'amw'))[0]), 'utf8');
    const checked = run('scripts/check-content.ts', ['--modules', dir]);

    expect(created.status).toBe(0);
    expect(text).toContain('id: amw-budgetcursus-voor-jongeren\n');
    expect(text).toMatch(/^code: amw\d{2}$/m);
    expect(text.match(/^## .+$/gm)).toEqual(['## Inzet bij arbeidsrelevante problematiek', '## Doelgroep', '## Doelen', '## Duur en frequentie', '## Setting', '## Werkwijze en activiteiten', '## Aanvullende informatie', '## Randvoorwaarden']);
    expect(checked.status).toBe(0);
    expect(checked.stdout).toContain('Geen fouten: 1 module gecontroleerd, met 9 waarschuwingen.');
  });

  test('never reuses a code that was published before', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nieuw-'));

    run('scripts/new-module.ts', ['--titel', 'Nog een module', '--werksoort', 'amw', '--functie', 'begeleiding', '--type', 'a', '--bron', 'amw-arbeid', '--pagina', '3', '--modules', dir]);
    const text = readFileSync(join(dir, 'amw', 'nog-een-module.mdx'), 'utf8');

    expect(text).not.toMatch(/^code: amw(0[1-9]|1\d|2[0-2])$/m);
  });

  test('refuses an unknown functie with a suggestion', () => {
    const result = run('scripts/new-module.ts', ['--titel', 'X module', '--werksoort', 'amw', '--functie', 'begeleidng', '--bron', 'amw-arbeid', '--pagina', '3', '--modules', mkdtempSync(join(tmpdir(), 'nieuw-'))]);

    expect(result.status).toBe(1);
    expect(result.stderr).toContain('onbekende functie "begeleidng" — bedoelt u "begeleiding"?');
  });

  test('writes a method page with a free id, a code no module or method ever had, and the method sections, which passes the check', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nieuw-methode-'));

    const created = run('scripts/new-module.ts', ['--soort', 'methode', '--titel', 'Vliegwiel', '--methodesoort', 'instrument', '--lijn', 'eerste', '--bron', 'integraal-wijkteam', '--pagina', '43', '--methoden', dir]);
    const text = readFileSync(join(dir, 'vliegwiel.mdx'), 'utf8');
    const checked = run('scripts/check-content.ts', ['--methoden', dir]);

    expect(created.status).toBe(0);
    expect(text).toContain('id: vliegwiel\n');
    expect(text).toContain('lijn: [eerste]\n');
    // met01–met24 are published (content/gepubliceerde-urls.txt): a new page never gets one of them.
    expect(text).toMatch(/^code: met\d{2}$/m);
    expect(text).not.toMatch(/^code: met(0[1-9]|1\d|2[0-4])$/m);
    expect(text.match(/^## .+$/gm)).toEqual(['## Doelgroep', '## Doel', '## Werkwijze', '## Ontwikkeld door', '## Wat de bron zegt over effectiviteit']);
    expect(checked.status).toBe(0);
    expect(checked.stdout).toContain("1 methodepagina (met 0 namen die de bronnen alleen noemen) gecontroleerd, met 6 waarschuwingen.");
  });

  test('refuses an unknown kind of method with a suggestion', () => {
    const result = run('scripts/new-module.ts', ['--soort', 'methode', '--titel', 'Een instrument', '--methodesoort', 'instrumnt', '--bron', 'integraal-wijkteam', '--pagina', '3', '--methoden', mkdtempSync(join(tmpdir(), 'nieuw-'))]);

    expect(result.status).toBe(1);
    expect(result.stderr).toContain('onbekende methodesoort "instrumnt" — bedoelt u "instrument"?');
  });
});
