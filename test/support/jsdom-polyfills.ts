// Browser APIs jsdom lacks but layout-aware libraries (virtualiser, popovers) call.
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}

const noop = () => {}

Object.assign(globalThis, { ResizeObserver: ResizeObserverStub })
Object.assign(window, {
  scrollTo: noop,
  matchMedia: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addEventListener: noop,
    removeEventListener: noop,
    dispatchEvent: () => false,
  }),
})
Object.assign(Element.prototype, {
  scrollTo: noop,
  scrollIntoView: noop,
  hasPointerCapture: () => false,
  releasePointerCapture: noop,
})

// jsdom lays nothing out, so every box is 0×0 and a virtualised list would
// render no rows. Pretend each element is a laptop-sized viewport.
const laptopRect = {
  x: 0,
  y: 0,
  top: 0,
  left: 0,
  width: 1280,
  height: 800,
  right: 1280,
  bottom: 800,
}
Object.assign(Element.prototype, {
  getBoundingClientRect: () => ({ ...laptopRect, toJSON: () => laptopRect }),
})
for (const [name, value] of Object.entries({ clientWidth: 1280, clientHeight: 800 })) {
  Object.defineProperty(HTMLElement.prototype, name, {
    configurable: true,
    get: () => value,
  })
}
Object.defineProperty(window, 'innerWidth', { configurable: true, value: 1280 })
Object.defineProperty(window, 'innerHeight', { configurable: true, value: 800 })

// A module, so test/setup.ts can load it only where there is a DOM.
export {}
