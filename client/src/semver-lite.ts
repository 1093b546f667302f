// vscode-languageclient checks VS Code's version with two functions of the semver package, which
// brought 20 KB (with its range parser) into dist/extension.js. esbuild.mjs resolves those two
// imports here: the parts of semver the client calls, a version's parse and a caret range.

export interface Version {
  major: number;
  minor: number;
  patch: number;
  prerelease: string[];
}

const VERSION = /^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;

/** semver.parse: the version, or null when the string is none. */
export function parse(version: string | Version): Version | null {
  if (typeof version !== 'string') return version;
  const m = VERSION.exec(version.trim());
  if (!m) return null;
  return { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]), prerelease: m[4] ? m[4].split('.') : [] };
}

/**
 * semver.satisfies for a caret range («^1.91.0»), the only kind the client asks about: the same
 * leftmost non-zero part, and not below the range's version. Any other range is an error here,
 * so a client update that changes its check fails the tests instead of passing every version.
 */
export function satisfies(version: string | Version, range: string): boolean {
  const v = parse(version);
  const m = /^\^(\d+)\.(\d+)\.(\d+)$/.exec(range.trim());
  if (!m) throw new Error(`semver-lite: unsupported range ${range}`);
  if (!v || v.prerelease.length) return false;
  const [major, minor, patch] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const atLeast = v.major !== major ? v.major > major : v.minor !== minor ? v.minor > minor : v.patch >= patch;
  if (!atLeast) return false;
  if (major > 0) return v.major === major;
  if (minor > 0) return v.major === 0 && v.minor === minor;
  return v.major === 0 && v.minor === 0 && v.patch === patch;
}
