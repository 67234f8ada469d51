// The shared library's documents: names, roles, and reading and writing their parts.
// Pure: no SQLite, no DOM; the host, the office server and the renderer all use these.
export * from './names';
export * from './roles';
export * from './fields';
export * from './body';
export * from './library';
