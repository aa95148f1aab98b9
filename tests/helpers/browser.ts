import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const chromiumPath = '/usr/bin/chromium';

/**
 * Finds Debian's Chromium. As root it installs the package when it is missing (browser downloads from
 * elsewhere fail on this network); otherwise it stops with a message that says how to install it.
 */
export function ensureChromium(): string {
  if (existsSync(chromiumPath)) return chromiumPath;
  if (process.getuid?.() === 0) {
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
    if (existsSync(chromiumPath)) return chromiumPath;
  }
  throw new Error(
    `Chromium ontbreekt (${chromiumPath}). De browsertests gebruiken Chromium uit Debian. Installeer het met: sudo apt-get install chromium — en draai daarna npm test opnieuw.`,
  );
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: ensureChromium(),
    // The machine has no network beyond package registries: Chromium's background services would only fail.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
