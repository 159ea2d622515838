// What the log's keys need, in one chunk loaded once the first rows are on screen.
export { listenForShortcuts } from './log-shortcuts'
export { LazyShortcutsDialog, ShortcutsButton } from './shortcuts-button'
