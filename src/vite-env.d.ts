/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The real API's origin (and path prefix). Unset: the embedded mock backend answers. */
  readonly VITE_API_BASE_URL?: string
}

interface ImportMeta {
  readonly env: ImportMetaEnv
}
