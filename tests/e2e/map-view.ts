/**
 * Reading the map from outside, for the map's specs: the view the URL reports, the page pixel of
 * a place (Web Mercator, 512-px tiles, from that view) and the wait for the overlay to draw the
 * current visible set. Nothing in the page is reached into.
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { pngColours } from './harness';

const mercX = (lon: number) => (180 + lon) / 360;
const mercY = (lat: number) =>
  (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))) / 360;

export function mapParam(page: Page): { zoom: number; lat: number; lon: number } | null {
  const m = new URLSearchParams(new URL(page.url()).hash.slice(1)).get('map');
  if (!m) return null;
  const [zoom, lat, lon] = m.split('/').map(Number);
  return { zoom: zoom!, lat: lat!, lon: lon! };
}

/** Page pixel of a place, from the map's box and the view in the URL. */
export async function pixelOf(page: Page, lon: number, lat: number): Promise<[number, number]> {
  await expect.poll(() => mapParam(page)).not.toBeNull();
  const v = mapParam(page)!;
  const box = (await page.locator('[data-events-drawn]').boundingBox())!;
  const world = 512 * 2 ** v.zoom;
  return [
    box.x + box.width / 2 + (mercX(lon) - mercX(v.lon)) * world,
    box.y + box.height / 2 + (mercY(lat) - mercY(v.lat)) * world,
  ];
}

/** Waits until the overlay has drawn the current visible set. */
export async function painted(page: Page): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          document.querySelector('[data-map-painted]')?.getAttribute('data-map-painted') ===
          document.querySelector('[data-visible-version]')?.getAttribute('data-visible-version'),
      ),
    )
    .toBe(true);
}

/** The share of an element's screenshot in each of the given colours ('#rrggbb'). */
export async function colourShares(
  page: Page,
  selector: string,
  colours: string[],
): Promise<number[]> {
  const png = (await page.locator(selector).first().screenshot()).toString('base64');
  return (await pngColours(page, png, colours)).shares;
}
