// Draws the installed app's PNG icons (public/) from src/ui/icon.svg with the system Chromium, so the icons need
// no image library and no download. Run it after changing the SVG and commit the PNGs:
//   node scripts/renderIcons.mjs
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const publicDir = fileURLToPath(new URL('../public/', import.meta.url));
const svg = readFileSync(new URL('../src/ui/icon.svg', import.meta.url), 'utf8');
const svgUrl = `data:image/svg+xml,${encodeURIComponent(svg)}`;
// The icon's own background, for the maskable icon's full-bleed square.
const background = /fill="(#[0-9a-f]{6})"/i.exec(svg)?.[1] ?? '#0f172a';

// A maskable icon may be cropped to any shape inside its middle 80%: the drawing goes inside that.
const icons = [
  { file: 'icon-192.png', size: 192, maskable: false },
  { file: 'icon-512.png', size: 512, maskable: false },
  { file: 'icon-maskable-512.png', size: 512, maskable: true },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  for (const { file, size, maskable } of icons) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const inner = maskable ? Math.round(size * 0.7) : size;
    await page.setContent(
      `<body style="margin:0;width:${size}px;height:${size}px;display:grid;place-items:center;` +
        `background:${maskable ? background : 'transparent'}">` +
        `<img src="${svgUrl}" width="${inner}" height="${inner}"></body>`,
    );
    await page.locator('img').evaluate((img) => img.decode());
    await page.screenshot({ path: `${publicDir}${file}`, omitBackground: !maskable });
    await page.close();
    console.log(`wrote public/${file}`);
  }
} finally {
  await browser.close();
}
