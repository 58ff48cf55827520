import { existsSync } from 'node:fs';
import pLimit from 'p-limit';
import type { BrowserType } from 'playwright-core';

/** Debian's `chromium` package; nothing is downloaded. */
export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

/** The browser PDFs are printed with: `CLOUDDIAGNOZE_CHROMIUM_PATH`, else Debian's Chromium. */
export const CHROMIUM_PATH = process.env.CLOUDDIAGNOZE_CHROMIUM_PATH || DEFAULT_CHROMIUM_PATH;

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export class PdfUnavailableError extends Error {
  readonly code = 'pdf_unavailable';
}

/** A browser takes a few hundred megabytes: a couple of renders at a time is plenty. */
const renders = pLimit(2);

/**
 * Prints a self-contained HTML page to an A4 PDF with headless Chromium. Scripts are disabled and
 * every network request is refused, so the page renders from its own bytes only.
 */
export async function htmlToPdf(
  html: string,
  options: { executablePath?: string; timeoutMs?: number } = {},
): Promise<Buffer> {
  const executablePath = options.executablePath ?? CHROMIUM_PATH;
  if (!existsSync(executablePath)) {
    throw new PdfUnavailableError(
      `PDF rendering needs Chromium at ${executablePath} (Debian: apt-get install chromium, or set CLOUDDIAGNOZE_CHROMIUM_PATH); HTML, CSV and JSON work without it`,
    );
  }
  // Loaded on first use: the server starts, and every other format works, without it.
  let chromium: BrowserType;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch {
    throw new PdfUnavailableError(
      'PDF rendering needs the optional playwright-core package (npm install playwright-core); HTML, CSV and JSON work without it',
    );
  }
  return renders(async () => {
    const browser = await chromium.launch({
      executablePath,
      args: CHROMIUM_FLAGS,
      timeout: options.timeoutMs ?? 30_000,
    });
    try {
      const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
      await context.route('**/*', (route) => route.abort());
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: 'load', timeout: options.timeoutMs ?? 30_000 });
      return await page.pdf({
        format: 'A4',
        printBackground: true,
        margin: { top: '14mm', bottom: '14mm', left: '12mm', right: '12mm' },
      });
    } finally {
      await browser.close();
    }
  });
}
