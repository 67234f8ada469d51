// Pictures for people to look at: kept as test attachments and in test-results/screenshots (never committed).
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page, TestInfo } from '@playwright/test';
import { ROOT } from './fixtures';

export async function shoot(page: Page, name: string, testInfo: TestInfo, fullPage = false): Promise<void> {
  const dir = join(ROOT, 'test-results/screenshots');
  await mkdir(dir, { recursive: true });
  const suffix = testInfo.project.name === 'chromium' ? '' : `-${testInfo.project.name}`;
  const path = join(dir, `${name}${suffix}.png`);
  await page.screenshot({ path, fullPage });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}
