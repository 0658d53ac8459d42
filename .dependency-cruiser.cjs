/**
 * Import-cycle check (`npm run lint`): any cycle between modules under src/, bench/ or scripts/
 * fails the lint. Type-only imports count too: they tie the modules' designs together just the same.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Modules must not import each other in a cycle: move the shared part to a module both can import.',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
  },
};
