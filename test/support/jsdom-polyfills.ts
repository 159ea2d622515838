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

// A module, so test/setup.ts can load it only where there is a DOM.
export {}
