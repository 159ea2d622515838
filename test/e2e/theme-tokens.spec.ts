import { expect, test } from '@playwright/test'
import { demoData, withMock } from './support/mock'
import { screenshot } from './support/screenshot'

// Each token is declared once with light-dark(): the system's scheme picks the value.
// Lightness (lab's L, 0 to 100) of the page's canvas in each scheme.
const canvasLightness = { light: [95, 100], dark: [0, 10] } as const

const lightness = (colour: string) =>
  Number(/^(?:lab|oklab)\(([\d.]+)/.exec(colour)?.[1] ?? NaN)

for (const scheme of ['light', 'dark'] as const) {
  test(`the ${scheme} theme's tokens apply, and the demo data's dot is the demo token`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme })
    await withMock(page, demoData)
    await page.goto('/calls')
    const badge = page.getByRole('button', { name: /Demo data/ })
    await expect(badge).toBeVisible({ timeout: 30_000 })
    const colours = await page.evaluate(() => {
      const probe = (value: string) => {
        const element = document.createElement('i')
        element.style.color = value
        document.body.append(element)
        const colour = getComputedStyle(element).color
        element.remove()
        return colour
      }
      return {
        body: getComputedStyle(document.body).backgroundColor,
        canvas: probe('var(--canvas)'),
        demo: probe('var(--demo)'),
      }
    })
    expect(colours.body).toBe(colours.canvas)
    const [low, high] = canvasLightness[scheme]
    expect(lightness(colours.canvas)).toBeGreaterThanOrEqual(low)
    expect(lightness(colours.canvas)).toBeLessThanOrEqual(high)
    const dot = badge.locator('span[aria-hidden]').first()
    await expect(dot).toHaveCSS('background-color', colours.demo)
    expect(colours.demo).not.toBe('rgba(0, 0, 0, 0)')
    await screenshot(page, `theme-tokens-${scheme}`)
  })
}
