import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { distDir, htmlFiles } from '../helpers/dist.ts';

// The project's .htmlvalidate.json extends html-validate:recommended; every rule it changes says why.
const validator = new HtmlValidate(new FileSystemConfigLoader());

describe('html-validate (recommended preset)', () => {
  test('finds no errors on any HTML page of the build', async () => {
    const pages = htmlFiles();
    const found: string[] = [];

    for (const page of pages) {
      const report = await validator.validateFile(join(distDir, page));
      for (const result of report.results) {
        for (const message of result.messages) found.push(`${page}:${message.line}:${message.column} ${message.ruleId}: ${message.message} (${message.selector ?? ''})`);
      }
    }

    console.log(`html-validate: ${found.length} findings on ${pages.length} pages`);
    expect(pages.length).toBeGreaterThan(100);
    expect(found).toEqual([]);
  });
});
