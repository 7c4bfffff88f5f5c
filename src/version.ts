/** The package version; `npm run manifest:check` fails when it differs from package.json. */
export const VERSION = '0.1.0';
