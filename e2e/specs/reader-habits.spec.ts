/**
 * Habits an analyst brings from other readers: views open at their top, the selection toolbar
 * leaves the heading and cards visible. Screenshots go to test-results/ for a person to look at.
 */
import type { Locator } from '@playwright/test';
import { expect, test } from '../fixtures/app';
import { SettingsPage } from '../pages/settings-page';
import { EPRS_TITLE } from '../sample-library';

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error('not laid out');
  return found;
}

const overlaps = (
  a: { x: number; y: number; width: number; height: number },
  b: { x: number; y: number; width: number; height: number },
) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

test('Settings opens at its top when reached from far down a document', async ({
  library,
  reader,
  page,
}) => {
  await library.open();
  await library.documentLink(EPRS_TITLE).click();
  await reader.article.locator('[data-para="60"]').scrollIntoViewIfNeeded();
  expect(await page.locator('main').evaluate((main) => main.scrollTop)).toBeGreaterThan(1000);
  const settings = new SettingsPage(page);
  await settings.open();
  expect(await page.locator('main').evaluate((main) => main.scrollTop)).toBe(0);
  await expect(settings.heading).toBeInViewport();
});

test('the selection toolbar covers neither the heading over the passage nor a card', async ({
  library,
  reader,
  page,
}) => {
  await library.open();
  await library.documentLink(EPRS_TITLE).click();
  // A paragraph right below a heading, the heading in the middle of the screen.
  const heading = reader.article.locator('.block-heading[data-para]').nth(3);
  const paragraph = heading.locator('xpath=following-sibling::*[1]');
  await heading.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  await paragraph.evaluate((element: HTMLElement) => element.focus({ preventScroll: true }));
  await page.keyboard.press('Enter');
  const toolbar = page.getByRole('toolbar', { name: 'Tag the selected passage' });
  await expect(toolbar).toBeVisible();
  expect(overlaps(await box(toolbar), await box(heading))).toBe(false);
  await page.screenshot({ path: test.info().outputPath('toolbar-below-heading.png') });

  // Tagged, the passage gets a card in the panel; the toolbar stays clear of it and on screen.
  await page.keyboard.press('1');
  const card = page.getByRole('complementary', { name: /Annotations/ }).getByRole('listitem');
  await expect(card).toHaveCount(1);
  await expect(toolbar).toBeVisible();
  expect(overlaps(await box(toolbar), await box(card))).toBe(false);
  const placed = await box(toolbar);
  const viewport = page.viewportSize()!;
  expect(placed.x).toBeGreaterThanOrEqual(0);
  expect(placed.y).toBeGreaterThanOrEqual(0);
  expect(placed.x + placed.width).toBeLessThanOrEqual(viewport.width);
  expect(placed.y + placed.height).toBeLessThanOrEqual(viewport.height);
});
