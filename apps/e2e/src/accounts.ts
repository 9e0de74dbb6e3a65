import type { BrowserContext, Page } from 'playwright-core';
import { waitForScreen } from './screens';

/** The demo accounts (README "Accounts"), all with the demo password. */
export const DEMO = {
  admin: 'admin@consorzioit.demo',
  editor: 'editor@consorzioit.demo',
  mayor: 'sindaco@ripaltacremasca.demo',
} as const;
export const DEMO_PASSWORD = 'switchoff-demo';

/** Logs in through the login page, as a person does, and waits for the page it leads to. */
export async function logInThroughForm(
  page: Page,
  base: string,
  email: string,
  password: string = DEMO_PASSWORD,
): Promise<void> {
  await page.goto(new URL('/accedi', base).href);
  await waitForScreen(page);
  await page.getByLabel('Email', { exact: false }).first().fill(email);
  await page.getByLabel('Password', { exact: false }).first().fill(password);
  await page.locator('main form button[type="submit"]').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/accedi'));
  await waitForScreen(page);
}

/** Logs a browser context in through the API (the session cookie lands in the context). */
export async function logInContext(context: BrowserContext, base: string, email: string): Promise<void> {
  const res = await context.request.post(new URL('/api/trpc/auth.login', base).href, {
    headers: { 'content-type': 'application/json' },
    data: { email, password: DEMO_PASSWORD },
  });
  if (!res.ok()) throw new Error(`login as ${email} failed: ${res.status()} ${await res.text()}`);
}
