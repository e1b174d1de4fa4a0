#!/usr/bin/env node
import * as fs$1 from 'node:fs';
import { createReadStream } from 'node:fs';
import * as os$1 from 'node:os';
import * as path$1 from 'node:path';
import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { spawn } from 'node:child_process';
import { StringDecoder } from 'string_decoder';
import * as os from 'os';
import * as events from 'events';
import * as child from 'child_process';
import * as path from 'path';
import 'assert';
import * as fs from 'fs';
import { setTimeout as setTimeout$1 } from 'timers';

function getDefaultExportFromCjs (x) {
	return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, 'default') ? x['default'] : x;
}

var re = {exports: {}};

var constants;
var hasRequiredConstants;

function requireConstants () {
	if (hasRequiredConstants) return constants;
	hasRequiredConstants = 1;

	// Note: this is the semver.org version of the spec that it implements
	// Not necessarily the package version of this code.
	const SEMVER_SPEC_VERSION = '2.0.0';

	const MAX_LENGTH = 256;
	const MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER ||
	/* istanbul ignore next */ 9007199254740991;

	// Max safe segment length for coercion.
	const MAX_SAFE_COMPONENT_LENGTH = 16;

	// Max safe length for a build identifier. The max length minus 6 characters for
	// the shortest version with a build 0.0.0+BUILD.
	const MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6;

	// ECMAScript whitespace and line terminators matched by \s.
	const WHITESPACE_CHARACTERS = [
	  '\t',
	  '\n',
	  '\v',
	  '\f',
	  '\r',
	  ' ',
	  '\u00a0',
	  '\u1680',
	  '\u2000',
	  '\u2001',
	  '\u2002',
	  '\u2003',
	  '\u2004',
	  '\u2005',
	  '\u2006',
	  '\u2007',
	  '\u2008',
	  '\u2009',
	  '\u200a',
	  '\u2028',
	  '\u2029',
	  '\u202f',
	  '\u205f',
	  '\u3000',
	  '\ufeff',
	];

	const RELEASE_TYPES = [
	  'major',
	  'premajor',
	  'minor',
	  'preminor',
	  'patch',
	  'prepatch',
	  'prerelease',
	];

	constants = {
	  MAX_LENGTH,
	  MAX_SAFE_COMPONENT_LENGTH,
	  MAX_SAFE_BUILD_LENGTH,
	  MAX_SAFE_INTEGER,
	  WHITESPACE_CHARACTERS,
	  RELEASE_TYPES,
	  SEMVER_SPEC_VERSION,
	  FLAG_INCLUDE_PRERELEASE: 0b001,
	  FLAG_LOOSE: 0b010,
	};
	return constants;
}

var debug_1;
var hasRequiredDebug;

function requireDebug () {
	if (hasRequiredDebug) return debug_1;
	hasRequiredDebug = 1;

	const debug = (
	  typeof process === 'object' &&
	  process.env &&
	  process.env.NODE_DEBUG &&
	  /\bsemver\b/i.test(process.env.NODE_DEBUG)
	) ? (...args) => console.error('SEMVER', ...args)
	  : () => {};

	debug_1 = debug;
	return debug_1;
}

var hasRequiredRe;

function requireRe () {
	if (hasRequiredRe) return re.exports;
	hasRequiredRe = 1;
	(function (module, exports) {

		const {
		  MAX_SAFE_COMPONENT_LENGTH,
		  MAX_SAFE_BUILD_LENGTH,
		  MAX_LENGTH,
		} = requireConstants();
		const debug = requireDebug();
		exports = module.exports = {};

		// The actual regexps go on exports.re
		const re = exports.re = [];
		const safeRe = exports.safeRe = [];
		const src = exports.src = [];
		const safeSrc = exports.safeSrc = [];
		const t = exports.t = {};
		let R = 0;

		const LETTERDASHNUMBER = '[a-zA-Z0-9-]';

		// Replace some greedy regex tokens to prevent regex dos issues. These regex are
		// used internally via the safeRe object since all inputs in this library get
		// normalized first to trim and collapse all extra whitespace. The original
		// regexes are exported for userland consumption and lower level usage. A
		// future breaking change could export the safer regex only with a note that
		// all input should have extra whitespace removed.
		const safeRegexReplacements = [
		  ['\\s', 1],
		  ['\\d', MAX_LENGTH],
		  [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH],
		];

		const makeSafeRegex = (value) => {
		  for (const [token, max] of safeRegexReplacements) {
		    value = value
		      .split(`${token}*`).join(`${token}{0,${max}}`)
		      .split(`${token}+`).join(`${token}{1,${max}}`);
		  }
		  return value
		};

		const createToken = (name, value, isGlobal) => {
		  const safe = makeSafeRegex(value);
		  const index = R++;
		  debug(name, index, value);
		  t[name] = index;
		  src[index] = value;
		  safeSrc[index] = safe;
		  re[index] = new RegExp(value, isGlobal ? 'g' : undefined);
		  safeRe[index] = new RegExp(safe, isGlobal ? 'g' : undefined);
		};

		// The following Regular Expressions can be used for tokenizing,
		// validating, and parsing SemVer version strings.

		// ## Numeric Identifier
		// A single `0`, or a non-zero digit followed by zero or more digits.

		createToken('NUMERICIDENTIFIER', '0|[1-9]\\d*');
		createToken('NUMERICIDENTIFIERLOOSE', '\\d+');

		// ## Non-numeric Identifier
		// Zero or more digits, followed by a letter or hyphen, and then zero or
		// more letters, digits, or hyphens.

		createToken('NONNUMERICIDENTIFIER', `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`);

		// ## Main Version
		// Three dot-separated numeric identifiers.

		createToken('MAINVERSION', `(${src[t.NUMERICIDENTIFIER]})\\.` +
		                   `(${src[t.NUMERICIDENTIFIER]})\\.` +
		                   `(${src[t.NUMERICIDENTIFIER]})`);

		createToken('MAINVERSIONLOOSE', `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
		                        `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
		                        `(${src[t.NUMERICIDENTIFIERLOOSE]})`);

		// ## Pre-release Version Identifier
		// A numeric identifier, or a non-numeric identifier.
		// Non-numeric identifiers include numeric identifiers but can be longer.
		// Therefore non-numeric identifiers must go first.

		createToken('PRERELEASEIDENTIFIER', `(?:${src[t.NONNUMERICIDENTIFIER]
		}|${src[t.NUMERICIDENTIFIER]})`);

		createToken('PRERELEASEIDENTIFIERLOOSE', `(?:${src[t.NONNUMERICIDENTIFIER]
		}|${src[t.NUMERICIDENTIFIERLOOSE]})`);

		// ## Pre-release Version
		// Hyphen, followed by one or more dot-separated pre-release version
		// identifiers.

		createToken('PRERELEASE', `(?:-(${src[t.PRERELEASEIDENTIFIER]
		}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`);

		createToken('PRERELEASELOOSE', `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]
		}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`);

		// ## Build Metadata Identifier
		// Any combination of digits, letters, or hyphens.

		createToken('BUILDIDENTIFIER', `${LETTERDASHNUMBER}+`);

		// ## Build Metadata
		// Plus sign, followed by one or more period-separated build metadata
		// identifiers.

		createToken('BUILD', `(?:\\+(${src[t.BUILDIDENTIFIER]
		}(?:\\.${src[t.BUILDIDENTIFIER]})*))`);

		// ## Full Version String
		// A main version, followed optionally by a pre-release version and
		// build metadata.

		// Note that the only major, minor, patch, and pre-release sections of
		// the version string are capturing groups.  The build metadata is not a
		// capturing group, because it should not ever be used in version
		// comparison.

		createToken('FULLPLAIN', `v?${src[t.MAINVERSION]
		}${src[t.PRERELEASE]}?${
		  src[t.BUILD]}?`);

		createToken('FULL', `^${src[t.FULLPLAIN]}$`);

		// like full, but allows v1.2.3 and =1.2.3, which people do sometimes.
		// also, 1.0.0alpha1 (prerelease without the hyphen) which is pretty
		// common in the npm registry.
		createToken('LOOSEPLAIN', `[v=\\s]*${src[t.MAINVERSIONLOOSE]
		}${src[t.PRERELEASELOOSE]}?${
		  src[t.BUILD]}?`);

		createToken('LOOSE', `^${src[t.LOOSEPLAIN]}$`);

		createToken('GTLT', '((?:<|>)?=?)');

		// Something like "2.*" or "1.2.x".
		// Note that "x.x" is a valid xRange identifier, meaning "any version"
		// Only the first item is strictly required.
		createToken('XRANGEIDENTIFIERLOOSE', `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`);
		createToken('XRANGEIDENTIFIER', `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`);

		createToken('XRANGEPLAIN', `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})` +
		                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
		                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
		                   `(?:${src[t.PRERELEASE]})?${
		                     src[t.BUILD]}?` +
		                   `)?)?`);

		createToken('XRANGEPLAINLOOSE', `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})` +
		                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
		                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
		                        `(?:${src[t.PRERELEASELOOSE]})?${
		                          src[t.BUILD]}?` +
		                        `)?)?`);

		createToken('XRANGE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`);
		createToken('XRANGELOOSE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`);

		// Coercion.
		// Extract anything that could conceivably be a part of a valid semver
		createToken('COERCEPLAIN', `${'(^|[^\\d])' +
		              '(\\d{1,'}${MAX_SAFE_COMPONENT_LENGTH}})` +
		              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?` +
		              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`);
		createToken('COERCE', `${src[t.COERCEPLAIN]}(?:$|[^\\d])`);
		createToken('COERCEFULL', src[t.COERCEPLAIN] +
		              `(?:${src[t.PRERELEASE]})?` +
		              `(?:${src[t.BUILD]})?` +
		              `(?:$|[^\\d])`);
		createToken('COERCERTL', src[t.COERCE], true);
		createToken('COERCERTLFULL', src[t.COERCEFULL], true);

		// Tilde ranges.
		// Meaning is "reasonably at or greater than"
		createToken('LONETILDE', '(?:~>?)');

		createToken('TILDETRIM', `(\\s*)${src[t.LONETILDE]}\\s+`, true);
		exports.tildeTrimReplace = '$1~';

		createToken('TILDE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`);
		createToken('TILDELOOSE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`);

		// Caret ranges.
		// Meaning is "at least and backwards compatible with"
		createToken('LONECARET', '(?:\\^)');

		createToken('CARETTRIM', `(\\s*)${src[t.LONECARET]}\\s+`, true);
		exports.caretTrimReplace = '$1^';

		createToken('CARET', `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`);
		createToken('CARETLOOSE', `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`);

		// A simple gt/lt/eq thing, or just "" to indicate "any version"
		createToken('COMPARATORLOOSE', `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`);
		createToken('COMPARATOR', `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`);

		// An expression to strip any whitespace between the gtlt and the thing
		// it modifies, so that `> 1.2.3` ==> `>1.2.3`
		createToken('COMPARATORTRIM', `(\\s*)${src[t.GTLT]
		}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true);
		exports.comparatorTrimReplace = '$1$2$3';

		// Something like `1.2.3 - 1.2.4`
		// Note that these all use the loose form, because they'll be
		// checked against either the strict or loose comparator form
		// later.
		createToken('HYPHENRANGE', `^\\s*(${src[t.XRANGEPLAIN]})` +
		                   `\\s+-\\s+` +
		                   `(${src[t.XRANGEPLAIN]})` +
		                   `\\s*$`);

		createToken('HYPHENRANGELOOSE', `^\\s*(${src[t.XRANGEPLAINLOOSE]})` +
		                        `\\s+-\\s+` +
		                        `(${src[t.XRANGEPLAINLOOSE]})` +
		                        `\\s*$`);

		// Star ranges basically just allow anything at all.
		createToken('STAR', '(<|>)?=?\\s*\\*');
		// >=0.0.0 is like a star
		createToken('GTE0', '^\\s*>=\\s*0\\.0\\.0\\s*$');
		createToken('GTE0PRE', '^\\s*>=\\s*0\\.0\\.0-0\\s*$'); 
	} (re, re.exports));
	return re.exports;
}

var parseOptions_1;
var hasRequiredParseOptions;

function requireParseOptions () {
	if (hasRequiredParseOptions) return parseOptions_1;
	hasRequiredParseOptions = 1;

	// parse out just the options we care about
	const looseOption = Object.freeze({ loose: true });
	const emptyOpts = Object.freeze({ });
	const parseOptions = options => {
	  if (!options) {
	    return emptyOpts
	  }

	  if (typeof options !== 'object') {
	    return looseOption
	  }

	  return options
	};
	parseOptions_1 = parseOptions;
	return parseOptions_1;
}

var identifiers;
var hasRequiredIdentifiers;

function requireIdentifiers () {
	if (hasRequiredIdentifiers) return identifiers;
	hasRequiredIdentifiers = 1;

	const numeric = /^[0-9]+$/;
	const compareIdentifiers = (a, b) => {
	  if (typeof a === 'number' && typeof b === 'number') {
	    return a === b ? 0 : a < b ? -1 : 1
	  }

	  const anum = numeric.test(a);
	  const bnum = numeric.test(b);

	  if (anum && bnum) {
	    a = +a;
	    b = +b;
	  }

	  return a === b ? 0
	    : (anum && !bnum) ? -1
	    : (bnum && !anum) ? 1
	    : a < b ? -1
	    : 1
	};

	const rcompareIdentifiers = (a, b) => compareIdentifiers(b, a);

	identifiers = {
	  compareIdentifiers,
	  rcompareIdentifiers,
	};
	return identifiers;
}

var semver$2;
var hasRequiredSemver$1;

function requireSemver$1 () {
	if (hasRequiredSemver$1) return semver$2;
	hasRequiredSemver$1 = 1;

	const debug = requireDebug();
	const { MAX_LENGTH, MAX_SAFE_INTEGER } = requireConstants();
	const { safeRe: re, t } = requireRe();

	const parseOptions = requireParseOptions();
	const { compareIdentifiers } = requireIdentifiers();

	const isPrereleaseIdentifier = (prerelease, identifier) => {
	  const identifiers = identifier.split('.');
	  if (identifiers.length > prerelease.length) {
	    return false
	  }

	  for (let i = 0; i < identifiers.length; i++) {
	    if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
	      return false
	    }
	  }

	  return true
	};

	class SemVer {
	  constructor (version, options) {
	    options = parseOptions(options);

	    if (version instanceof SemVer) {
	      if (version.loose === !!options.loose &&
	        version.includePrerelease === !!options.includePrerelease) {
	        return version
	      } else {
	        version = version.version;
	      }
	    } else if (typeof version !== 'string') {
	      throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`)
	    }

	    if (version.length > MAX_LENGTH) {
	      throw new TypeError(
	        `version is longer than ${MAX_LENGTH} characters`
	      )
	    }

	    debug('SemVer', version, options);
	    this.options = options;
	    this.loose = !!options.loose;
	    // this isn't actually relevant for versions, but keep it so that we
	    // don't run into trouble passing this.options around.
	    this.includePrerelease = !!options.includePrerelease;

	    const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL]);

	    if (!m) {
	      throw new TypeError(`Invalid Version: ${version}`)
	    }

	    this.raw = version;

	    // these are actually numbers
	    this.major = +m[1];
	    this.minor = +m[2];
	    this.patch = +m[3];

	    if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
	      throw new TypeError('Invalid major version')
	    }

	    if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
	      throw new TypeError('Invalid minor version')
	    }

	    if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
	      throw new TypeError('Invalid patch version')
	    }

	    // numberify any prerelease numeric ids
	    if (!m[4]) {
	      this.prerelease = [];
	    } else {
	      this.prerelease = m[4].split('.').map((id) => {
	        if (/^[0-9]+$/.test(id)) {
	          const num = +id;
	          if (num >= 0 && num < MAX_SAFE_INTEGER) {
	            return num
	          }
	        }
	        return id
	      });
	    }

	    this.build = m[5] ? m[5].split('.') : [];
	    this.format();
	  }

	  format () {
	    this.version = `${this.major}.${this.minor}.${this.patch}`;
	    if (this.prerelease.length) {
	      this.version += `-${this.prerelease.join('.')}`;
	    }
	    return this.version
	  }

	  toString () {
	    return this.version
	  }

	  compare (other) {
	    debug('SemVer.compare', this.version, this.options, other);
	    if (!(other instanceof SemVer)) {
	      if (typeof other === 'string' && other === this.version) {
	        return 0
	      }
	      other = new SemVer(other, this.options);
	    }

	    if (other.version === this.version) {
	      return 0
	    }

	    return this.compareMain(other) || this.comparePre(other)
	  }

	  compareMain (other) {
	    if (!(other instanceof SemVer)) {
	      other = new SemVer(other, this.options);
	    }

	    if (this.major < other.major) {
	      return -1
	    }
	    if (this.major > other.major) {
	      return 1
	    }
	    if (this.minor < other.minor) {
	      return -1
	    }
	    if (this.minor > other.minor) {
	      return 1
	    }
	    if (this.patch < other.patch) {
	      return -1
	    }
	    if (this.patch > other.patch) {
	      return 1
	    }
	    return 0
	  }

	  comparePre (other) {
	    if (!(other instanceof SemVer)) {
	      other = new SemVer(other, this.options);
	    }

	    // NOT having a prerelease is > having one
	    if (this.prerelease.length && !other.prerelease.length) {
	      return -1
	    } else if (!this.prerelease.length && other.prerelease.length) {
	      return 1
	    } else if (!this.prerelease.length && !other.prerelease.length) {
	      return 0
	    }

	    let i = 0;
	    do {
	      const a = this.prerelease[i];
	      const b = other.prerelease[i];
	      debug('prerelease compare', i, a, b);
	      if (a === undefined && b === undefined) {
	        return 0
	      } else if (b === undefined) {
	        return 1
	      } else if (a === undefined) {
	        return -1
	      } else if (a === b) {
	        continue
	      } else {
	        return compareIdentifiers(a, b)
	      }
	    } while (++i)
	  }

	  compareBuild (other) {
	    if (!(other instanceof SemVer)) {
	      other = new SemVer(other, this.options);
	    }

	    let i = 0;
	    do {
	      const a = this.build[i];
	      const b = other.build[i];
	      debug('build compare', i, a, b);
	      if (a === undefined && b === undefined) {
	        return 0
	      } else if (b === undefined) {
	        return 1
	      } else if (a === undefined) {
	        return -1
	      } else if (a === b) {
	        continue
	      } else {
	        return compareIdentifiers(a, b)
	      }
	    } while (++i)
	  }

	  // preminor will bump the version up to the next minor release, and immediately
	  // down to pre-release. premajor and prepatch work the same way.
	  inc (release, identifier, identifierBase) {
	    if (release.startsWith('pre')) {
	      if (!identifier && identifierBase === false) {
	        throw new Error('invalid increment argument: identifier is empty')
	      }
	      // Avoid an invalid semver results
	      if (identifier) {
	        const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE]);
	        if (!match || match[1] !== identifier) {
	          throw new Error(`invalid identifier: ${identifier}`)
	        }
	      }
	    }

	    switch (release) {
	      case 'premajor':
	        this.prerelease.length = 0;
	        this.patch = 0;
	        this.minor = 0;
	        this.major++;
	        this.inc('pre', identifier, identifierBase);
	        break
	      case 'preminor':
	        this.prerelease.length = 0;
	        this.patch = 0;
	        this.minor++;
	        this.inc('pre', identifier, identifierBase);
	        break
	      case 'prepatch':
	        // If this is already a prerelease, it will bump to the next version
	        // drop any prereleases that might already exist, since they are not
	        // relevant at this point.
	        this.prerelease.length = 0;
	        this.inc('patch', identifier, identifierBase);
	        this.inc('pre', identifier, identifierBase);
	        break
	      // If the input is a non-prerelease version, this acts the same as
	      // prepatch.
	      case 'prerelease':
	        if (this.prerelease.length === 0) {
	          this.inc('patch', identifier, identifierBase);
	        }
	        this.inc('pre', identifier, identifierBase);
	        break
	      case 'release':
	        if (this.prerelease.length === 0) {
	          throw new Error(`version ${this.raw} is not a prerelease`)
	        }
	        this.prerelease.length = 0;
	        break

	      case 'major':
	        // If this is a pre-major version, bump up to the same major version.
	        // Otherwise increment major.
	        // 1.0.0-5 bumps to 1.0.0
	        // 1.1.0 bumps to 2.0.0
	        if (
	          this.minor !== 0 ||
	          this.patch !== 0 ||
	          this.prerelease.length === 0
	        ) {
	          this.major++;
	        }
	        this.minor = 0;
	        this.patch = 0;
	        this.prerelease = [];
	        break
	      case 'minor':
	        // If this is a pre-minor version, bump up to the same minor version.
	        // Otherwise increment minor.
	        // 1.2.0-5 bumps to 1.2.0
	        // 1.2.1 bumps to 1.3.0
	        if (this.patch !== 0 || this.prerelease.length === 0) {
	          this.minor++;
	        }
	        this.patch = 0;
	        this.prerelease = [];
	        break
	      case 'patch':
	        // If this is not a pre-release version, it will increment the patch.
	        // If it is a pre-release it will bump up to the same patch version.
	        // 1.2.0-5 patches to 1.2.0
	        // 1.2.0 patches to 1.2.1
	        if (this.prerelease.length === 0) {
	          this.patch++;
	        }
	        this.prerelease = [];
	        break
	      // This probably shouldn't be used publicly.
	      // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
	      case 'pre': {
	        const base = Number(identifierBase) ? 1 : 0;

	        if (this.prerelease.length === 0) {
	          this.prerelease = [base];
	        } else {
	          let i = this.prerelease.length;
	          while (--i >= 0) {
	            if (typeof this.prerelease[i] === 'number') {
	              this.prerelease[i]++;
	              i = -2;
	            }
	          }
	          if (i === -1) {
	            // didn't increment anything
	            if (identifier === this.prerelease.join('.') && identifierBase === false) {
	              throw new Error('invalid increment argument: identifier already exists')
	            }
	            this.prerelease.push(base);
	          }
	        }
	        if (identifier) {
	          // 1.2.0-beta.1 bumps to 1.2.0-beta.2,
	          // 1.2.0-beta.fooblz or 1.2.0-beta bumps to 1.2.0-beta.0
	          let prerelease = [identifier, base];
	          if (identifierBase === false) {
	            prerelease = [identifier];
	          }
	          if (isPrereleaseIdentifier(this.prerelease, identifier)) {
	            const prereleaseBase = this.prerelease[identifier.split('.').length];
	            if (isNaN(prereleaseBase)) {
	              this.prerelease = prerelease;
	            }
	          } else {
	            this.prerelease = prerelease;
	          }
	        }
	        break
	      }
	      default:
	        throw new Error(`invalid increment argument: ${release}`)
	    }
	    this.raw = this.format();
	    if (this.build.length) {
	      this.raw += `+${this.build.join('.')}`;
	    }
	    return this
	  }
	}

	semver$2 = SemVer;
	return semver$2;
}

var parse_1;
var hasRequiredParse;

function requireParse () {
	if (hasRequiredParse) return parse_1;
	hasRequiredParse = 1;

	const SemVer = requireSemver$1();
	const parse = (version, options, throwErrors = false) => {
	  if (version instanceof SemVer) {
	    return version
	  }
	  try {
	    return new SemVer(version, options)
	  } catch (er) {
	    if (!throwErrors) {
	      return null
	    }
	    throw er
	  }
	};

	parse_1 = parse;
	return parse_1;
}

var valid_1;
var hasRequiredValid$1;

function requireValid$1 () {
	if (hasRequiredValid$1) return valid_1;
	hasRequiredValid$1 = 1;

	const parse = requireParse();
	const valid = (version, options) => {
	  const v = parse(version, options);
	  return v ? v.version : null
	};
	valid_1 = valid;
	return valid_1;
}

var clean_1;
var hasRequiredClean;

function requireClean () {
	if (hasRequiredClean) return clean_1;
	hasRequiredClean = 1;

	const parse = requireParse();
	const clean = (version, options) => {
	  const s = parse(version.trim().replace(/^[=v]+/, ''), options);
	  return s ? s.version : null
	};
	clean_1 = clean;
	return clean_1;
}

var inc_1;
var hasRequiredInc;

function requireInc () {
	if (hasRequiredInc) return inc_1;
	hasRequiredInc = 1;

	const SemVer = requireSemver$1();

	const inc = (version, release, options, identifier, identifierBase) => {
	  if (typeof (options) === 'string') {
	    identifierBase = identifier;
	    identifier = options;
	    options = undefined;
	  }

	  try {
	    return new SemVer(
	      version instanceof SemVer ? version.version : version,
	      options
	    ).inc(release, identifier, identifierBase).version
	  } catch (er) {
	    return null
	  }
	};
	inc_1 = inc;
	return inc_1;
}

var diff_1;
var hasRequiredDiff;

function requireDiff () {
	if (hasRequiredDiff) return diff_1;
	hasRequiredDiff = 1;

	const parse = requireParse();

	const diff = (version1, version2) => {
	  const v1 = parse(version1, null, true);
	  const v2 = parse(version2, null, true);
	  const comparison = v1.compare(v2);

	  if (comparison === 0) {
	    return null
	  }

	  const v1Higher = comparison > 0;
	  const highVersion = v1Higher ? v1 : v2;
	  const lowVersion = v1Higher ? v2 : v1;
	  const highHasPre = !!highVersion.prerelease.length;
	  const lowHasPre = !!lowVersion.prerelease.length;

	  if (lowHasPre && !highHasPre) {
	    // Going from prerelease -> no prerelease requires some special casing

	    // If the low version has only a major, then it will always be a major
	    // Some examples:
	    // 1.0.0-1 -> 1.0.0
	    // 1.0.0-1 -> 1.1.1
	    // 1.0.0-1 -> 2.0.0
	    if (!lowVersion.patch && !lowVersion.minor) {
	      return 'major'
	    }

	    // If the main part has no difference
	    if (lowVersion.compareMain(highVersion) === 0) {
	      if (lowVersion.minor && !lowVersion.patch) {
	        return 'minor'
	      }
	      return 'patch'
	    }
	  }

	  // add the `pre` prefix if we are going to a prerelease version
	  const prefix = highHasPre ? 'pre' : '';

	  if (v1.major !== v2.major) {
	    return prefix + 'major'
	  }

	  if (v1.minor !== v2.minor) {
	    return prefix + 'minor'
	  }

	  if (v1.patch !== v2.patch) {
	    return prefix + 'patch'
	  }

	  // high and low are prereleases
	  return 'prerelease'
	};

	diff_1 = diff;
	return diff_1;
}

var major_1;
var hasRequiredMajor;

function requireMajor () {
	if (hasRequiredMajor) return major_1;
	hasRequiredMajor = 1;

	const SemVer = requireSemver$1();
	const major = (a, loose) => new SemVer(a, loose).major;
	major_1 = major;
	return major_1;
}

var minor_1;
var hasRequiredMinor;

function requireMinor () {
	if (hasRequiredMinor) return minor_1;
	hasRequiredMinor = 1;

	const SemVer = requireSemver$1();
	const minor = (a, loose) => new SemVer(a, loose).minor;
	minor_1 = minor;
	return minor_1;
}

var patch_1;
var hasRequiredPatch;

function requirePatch () {
	if (hasRequiredPatch) return patch_1;
	hasRequiredPatch = 1;

	const SemVer = requireSemver$1();
	const patch = (a, loose) => new SemVer(a, loose).patch;
	patch_1 = patch;
	return patch_1;
}

var prerelease_1;
var hasRequiredPrerelease;

function requirePrerelease () {
	if (hasRequiredPrerelease) return prerelease_1;
	hasRequiredPrerelease = 1;

	const parse = requireParse();
	const prerelease = (version, options) => {
	  const parsed = parse(version, options);
	  return (parsed && parsed.prerelease.length) ? parsed.prerelease : null
	};
	prerelease_1 = prerelease;
	return prerelease_1;
}

var compare_1;
var hasRequiredCompare;

function requireCompare () {
	if (hasRequiredCompare) return compare_1;
	hasRequiredCompare = 1;

	const SemVer = requireSemver$1();
	const compare = (a, b, loose) =>
	  new SemVer(a, loose).compare(new SemVer(b, loose));

	compare_1 = compare;
	return compare_1;
}

var rcompare_1;
var hasRequiredRcompare;

function requireRcompare () {
	if (hasRequiredRcompare) return rcompare_1;
	hasRequiredRcompare = 1;

	const compare = requireCompare();
	const rcompare = (a, b, loose) => compare(b, a, loose);
	rcompare_1 = rcompare;
	return rcompare_1;
}

var compareLoose_1;
var hasRequiredCompareLoose;

function requireCompareLoose () {
	if (hasRequiredCompareLoose) return compareLoose_1;
	hasRequiredCompareLoose = 1;

	const compare = requireCompare();
	const compareLoose = (a, b) => compare(a, b, true);
	compareLoose_1 = compareLoose;
	return compareLoose_1;
}

var compareBuild_1;
var hasRequiredCompareBuild;

function requireCompareBuild () {
	if (hasRequiredCompareBuild) return compareBuild_1;
	hasRequiredCompareBuild = 1;

	const SemVer = requireSemver$1();
	const compareBuild = (a, b, loose) => {
	  const versionA = new SemVer(a, loose);
	  const versionB = new SemVer(b, loose);
	  return versionA.compare(versionB) || versionA.compareBuild(versionB)
	};
	compareBuild_1 = compareBuild;
	return compareBuild_1;
}

var sort_1;
var hasRequiredSort;

function requireSort () {
	if (hasRequiredSort) return sort_1;
	hasRequiredSort = 1;

	const compareBuild = requireCompareBuild();
	const sort = (list, loose) => list.sort((a, b) => compareBuild(a, b, loose));
	sort_1 = sort;
	return sort_1;
}

var rsort_1;
var hasRequiredRsort;

function requireRsort () {
	if (hasRequiredRsort) return rsort_1;
	hasRequiredRsort = 1;

	const compareBuild = requireCompareBuild();
	const rsort = (list, loose) => list.sort((a, b) => compareBuild(b, a, loose));
	rsort_1 = rsort;
	return rsort_1;
}

var gt_1;
var hasRequiredGt;

function requireGt () {
	if (hasRequiredGt) return gt_1;
	hasRequiredGt = 1;

	const compare = requireCompare();
	const gt = (a, b, loose) => compare(a, b, loose) > 0;
	gt_1 = gt;
	return gt_1;
}

var lt_1;
var hasRequiredLt;

function requireLt () {
	if (hasRequiredLt) return lt_1;
	hasRequiredLt = 1;

	const compare = requireCompare();
	const lt = (a, b, loose) => compare(a, b, loose) < 0;
	lt_1 = lt;
	return lt_1;
}

var eq_1;
var hasRequiredEq;

function requireEq () {
	if (hasRequiredEq) return eq_1;
	hasRequiredEq = 1;

	const compare = requireCompare();
	const eq = (a, b, loose) => compare(a, b, loose) === 0;
	eq_1 = eq;
	return eq_1;
}

var neq_1;
var hasRequiredNeq;

function requireNeq () {
	if (hasRequiredNeq) return neq_1;
	hasRequiredNeq = 1;

	const compare = requireCompare();
	const neq = (a, b, loose) => compare(a, b, loose) !== 0;
	neq_1 = neq;
	return neq_1;
}

var gte_1;
var hasRequiredGte;

function requireGte () {
	if (hasRequiredGte) return gte_1;
	hasRequiredGte = 1;

	const compare = requireCompare();
	const gte = (a, b, loose) => compare(a, b, loose) >= 0;
	gte_1 = gte;
	return gte_1;
}

var lte_1;
var hasRequiredLte;

function requireLte () {
	if (hasRequiredLte) return lte_1;
	hasRequiredLte = 1;

	const compare = requireCompare();
	const lte = (a, b, loose) => compare(a, b, loose) <= 0;
	lte_1 = lte;
	return lte_1;
}

var cmp_1;
var hasRequiredCmp;

function requireCmp () {
	if (hasRequiredCmp) return cmp_1;
	hasRequiredCmp = 1;

	const eq = requireEq();
	const neq = requireNeq();
	const gt = requireGt();
	const gte = requireGte();
	const lt = requireLt();
	const lte = requireLte();

	const cmp = (a, op, b, loose) => {
	  switch (op) {
	    case '===':
	      if (typeof a === 'object') {
	        a = a.version;
	      }
	      if (typeof b === 'object') {
	        b = b.version;
	      }
	      return a === b

	    case '!==':
	      if (typeof a === 'object') {
	        a = a.version;
	      }
	      if (typeof b === 'object') {
	        b = b.version;
	      }
	      return a !== b

	    case '':
	    case '=':
	    case '==':
	      return eq(a, b, loose)

	    case '!=':
	      return neq(a, b, loose)

	    case '>':
	      return gt(a, b, loose)

	    case '>=':
	      return gte(a, b, loose)

	    case '<':
	      return lt(a, b, loose)

	    case '<=':
	      return lte(a, b, loose)

	    default:
	      throw new TypeError(`Invalid operator: ${op}`)
	  }
	};
	cmp_1 = cmp;
	return cmp_1;
}

var coerce_1;
var hasRequiredCoerce;

function requireCoerce () {
	if (hasRequiredCoerce) return coerce_1;
	hasRequiredCoerce = 1;

	const SemVer = requireSemver$1();
	const parse = requireParse();
	const { safeRe: re, t } = requireRe();

	const coerce = (version, options) => {
	  if (version instanceof SemVer) {
	    return version
	  }

	  if (typeof version === 'number') {
	    version = String(version);
	  }

	  if (typeof version !== 'string') {
	    return null
	  }

	  options = options || {};

	  let match = null;
	  if (!options.rtl) {
	    match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE]);
	  } else {
	    // Find the right-most coercible string that does not share
	    // a terminus with a more left-ward coercible string.
	    // Eg, '1.2.3.4' wants to coerce '2.3.4', not '3.4' or '4'
	    // With includePrerelease option set, '1.2.3.4-rc' wants to coerce '2.3.4-rc', not '2.3.4'
	    //
	    // Walk through the string checking with a /g regexp
	    // Manually set the index so as to pick up overlapping matches.
	    // Stop when we get a match that ends at the string end, since no
	    // coercible string can be more right-ward without the same terminus.
	    const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL];
	    let next;
	    while ((next = coerceRtlRegex.exec(version)) &&
	        (!match || match.index + match[0].length !== version.length)
	    ) {
	      if (!match ||
	            next.index + next[0].length !== match.index + match[0].length) {
	        match = next;
	      }
	      coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length;
	    }
	    // leave it in a clean state
	    coerceRtlRegex.lastIndex = -1;
	  }

	  if (match === null) {
	    return null
	  }

	  const major = match[2];
	  const minor = match[3] || '0';
	  const patch = match[4] || '0';
	  const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : '';
	  const build = options.includePrerelease && match[6] ? `+${match[6]}` : '';

	  return parse(`${major}.${minor}.${patch}${prerelease}${build}`, options)
	};
	coerce_1 = coerce;
	return coerce_1;
}

var truncate_1;
var hasRequiredTruncate;

function requireTruncate () {
	if (hasRequiredTruncate) return truncate_1;
	hasRequiredTruncate = 1;

	const parse = requireParse();
	const constants = requireConstants();
	const SemVer = requireSemver$1();

	const truncate = (version, truncation, options) => {
	  if (!constants.RELEASE_TYPES.includes(truncation)) {
	    return null
	  }

	  const clonedVersion = cloneInputVersion(version, options);
	  return clonedVersion && doTruncation(clonedVersion, truncation)
	};

	const cloneInputVersion = (version, options) => {
	  const versionStringToParse = (
	    version instanceof SemVer ? version.version : version
	  );

	  return parse(versionStringToParse, options)
	};

	const doTruncation = (version, truncation) => {
	  if (isPrerelease(truncation)) {
	    return version.version
	  }

	  version.prerelease = [];

	  switch (truncation) {
	    case 'major':
	      version.minor = 0;
	      version.patch = 0;
	      break
	    case 'minor':
	      version.patch = 0;
	      break
	  }

	  return version.format()
	};

	const isPrerelease = (type) => {
	  return type.startsWith('pre')
	};

	truncate_1 = truncate;
	return truncate_1;
}

var lrucache;
var hasRequiredLrucache;

function requireLrucache () {
	if (hasRequiredLrucache) return lrucache;
	hasRequiredLrucache = 1;

	class LRUCache {
	  constructor () {
	    this.max = 1000;
	    this.map = new Map();
	  }

	  get (key) {
	    const value = this.map.get(key);
	    if (value === undefined) {
	      return undefined
	    } else {
	      // Remove the key from the map and add it to the end
	      this.map.delete(key);
	      this.map.set(key, value);
	      return value
	    }
	  }

	  delete (key) {
	    return this.map.delete(key)
	  }

	  set (key, value) {
	    const deleted = this.delete(key);

	    if (!deleted && value !== undefined) {
	      // If cache is full, delete the least recently used item
	      if (this.map.size >= this.max) {
	        const firstKey = this.map.keys().next().value;
	        this.delete(firstKey);
	      }

	      this.map.set(key, value);
	    }

	    return this
	  }
	}

	lrucache = LRUCache;
	return lrucache;
}

var trimComparatorWhitespace_1;
var hasRequiredTrimComparatorWhitespace;

function requireTrimComparatorWhitespace () {
	if (hasRequiredTrimComparatorWhitespace) return trimComparatorWhitespace_1;
	hasRequiredTrimComparatorWhitespace = 1;

	// Reproduce safeRe[COMPARATORTRIM] replacement boundaries, not version
	// validation. Each end-index finder returns an exclusive end, or its start
	// on no match.
	// Positions count from zero. An end of 3 means characters 0, 1, and 2 were read;
	// range.slice(start, end) gives the matched text, not a converted number.
	const {
	  MAX_LENGTH,
	  MAX_SAFE_BUILD_LENGTH,
	  WHITESPACE_CHARACTERS,
	} = requireConstants();

	/**
	 * Remembers the last two rows of digits so their characters need not be reread.
	 * Positions start at -1 until a row has been found.
	 *
	 * @typedef {object} DigitRunCache
	 * @property {number} start The first character of the most recently found row.
	 * @property {number} end The position after that row's last character.
	 * @property {number} previousStart The first character of the previous row.
	 * @property {number} previousEnd The position after the previous row.
	 */

	// One entry per UTF-16 code unit keeps membership checks constant-time.
	const whitespace = new Uint8Array(0x10000);
	for (const char of WHITESPACE_CHARACTERS) {
	  whitespace[char.charCodeAt(0)] = 1;
	}

	/**
	 * Checks whether a character is whitespace, like a space, tab, or newline.
	 * Looking past the end of the string returns false.
	 *
	 * @param {string|undefined} char One character, or undefined past the string's end.
	 * @returns {boolean} Whether the character is whitespace.
	 * @example isWhitespace(' ') // true
	 * @example isWhitespace('1') // false
	 */
	const isWhitespace = char =>
	  char !== undefined && whitespace[char.charCodeAt(0)] === 1;

	/**
	 * Checks for v, =, or whitespace before the version number.
	 * These are historical version prefixes, not range operators:
	 * < and > are handled separately, as are tilde and caret ranges.
	 *
	 * @param {string|undefined} char One character to check.
	 * @returns {boolean} Whether the character can belong to a version prefix.
	 * @example isVersionPrefix('=') // true
	 * @example isVersionPrefix('>') // false
	 */
	const isVersionPrefix = char =>
	  char === 'v' ||
	  char === '=' ||
	  isWhitespace(char);

	/**
	 * Checks whether a character is one of the digits 0 through 9.
	 *
	 * @param {string|undefined} char One character to check.
	 * @returns {boolean} Whether the character is an ASCII digit.
	 * @example isDigit('7') // true
	 * @example isDigit('.') // false
	 */
	const isDigit = char => char !== undefined && char >= '0' && char <= '9';

	/**
	 * Checks whether a character is an English letter, uppercase or lowercase.
	 *
	 * @param {string|undefined} char One character to check.
	 * @returns {boolean} Whether the character is an ASCII letter.
	 * @example isLetter('b') // true
	 * @example isLetter('7') // false
	 */
	const isLetter = char =>
	  char !== undefined && (
	    (char >= 'a' && char <= 'z') ||
	    (char >= 'A' && char <= 'Z')
	  );

	/**
	 * Checks for a letter, digit, or hyphen: the characters allowed inside
	 * prerelease and build names such as beta-1.
	 *
	 * @param {string|undefined} char One character to check.
	 * @returns {boolean} Whether the character can be part of an identifier.
	 * @example isIdentifierCharacter('-') // true
	 * @example isIdentifierCharacter('.') // false; dots separate identifiers
	 */
	const isIdentifierCharacter = char => isDigit(char) || isLetter(char) || char === '-';

	/**
	 * Checks whether a version component can begin here: with a digit or
	 * a wildcard such as x, X, or *.
	 *
	 * @param {string|undefined} char One character to check.
	 * @returns {boolean} Whether a number or wildcard can start with this character.
	 * @example isVersionStart('x') // true
	 * @example isVersionStart('v') // false; v belongs to the prefix
	 */
	const isVersionStart = char =>
	  isDigit(char) ||
	  char === 'x' ||
	  char === 'X' ||
	  char === '*';

	/**
	 * Finds the end of a row of digits, but returns no more than limit digits.
	 * Remembers the last two rows so looking at them again does not reread them.
	 *
	 * @param {string} range The text to read; it is not changed.
	 * @param {number} start The position of the first character to check.
	 * @param {number} limit The most digit characters the returned match can include.
	 * @param {DigitRunCache} digitRuns Shared cache of digit-run positions, updated in place.
	 * @returns {number} The position after the matched digits, or start if none match.
	 * @example findDigitsEndIndex('123abc', 0, 10, digitRuns) // 3, pointing at a
	 * @example findDigitsEndIndex('123abc', 0, 2, digitRuns) // 2, pointing at the unread 3
	 */
	const findDigitsEndIndex = (range, start, limit, digitRuns) => {
	  if (!isDigit(range[start])) {
	    return start
	  }
	  if (start >= digitRuns.start && start < digitRuns.end) {
	    return Math.min(start + limit, digitRuns.end)
	  }
	  if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
	    return Math.min(start + limit, digitRuns.previousEnd)
	  }
	  let end = start + 1;
	  while (isDigit(range[end])) {
	    end++;
	  }
	  // A failed full version can rewind from its second run to its first.
	  digitRuns.previousStart = digitRuns.start;
	  digitRuns.previousEnd = digitRuns.end;
	  digitRuns.start = start;
	  digitRuns.end = end;
	  return Math.min(start + limit, end)
	};

	/**
	 * Reads a number using the old regex's length and leading-zero rules.
	 * Strict mode reads just the first zero in 012; loose mode can read all three.
	 *
	 * @param {string} range The text to read; it is not changed.
	 * @param {number} start The position where the number should begin.
	 * @param {boolean} loose Whether to allow leading zeros.
	 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
	 * @returns {number} The position after the matched digits, not their numeric value.
	 * @example findVersionNumberEndIndex('012', 0, false, digitRuns) // 1
	 * @example findVersionNumberEndIndex('012', 0, true, digitRuns) // 3
	 */
	const findVersionNumberEndIndex = (range, start, loose, digitRuns) => {
	  if (!loose && range[start] === '0') {
	    return start + 1
	  }
	  // Strict syntax allows an initial nonzero digit plus MAX_LENGTH digits.
	  return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns)
	};

	/**
	 * Reads one piece of a prerelease name, such as beta or 1 in beta.1.
	 * Tries the letter-or-hyphen form first, then the number-only form.
	 *
	 * @param {string} range The text to read; it is not changed.
	 * @param {number} start The position where the identifier should begin.
	 * @param {boolean} loose Whether numeric identifiers may have leading zeros.
	 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
	 * @returns {number} The position after the identifier, or start if none matches.
	 * @example findPrereleaseIdentifierEndIndex('beta.1', 0, false, digitRuns) // 4, at the dot
	 * @example findPrereleaseIdentifierEndIndex('001beta', 0, false, digitRuns) // 7
	 */
	const findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
	  const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns);
	  // The legacy regex tries a nonnumeric identifier before a numeric one.
	  if (isLetter(range[digitsEnd]) || range[digitsEnd] === '-') {
	    let end = digitsEnd + 1;
	    const limit = end + MAX_SAFE_BUILD_LENGTH;
	    while (end < limit && isIdentifierCharacter(range[end])) {
	      end++;
	    }
	    return end
	  }
	  return findVersionNumberEndIndex(range, start, loose, digitRuns)
	};

	/**
	 * Reads a prerelease suffix such as -beta.1, one dot-separated piece at a time.
	 * Loose mode also allows the name without its opening hyphen.
	 *
	 * @param {string} range The text to read; it is not changed.
	 * @param {number} start The position where the suffix should begin, including -.
	 * @param {boolean} loose Whether the opening hyphen is optional and zeros allowed.
	 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
	 * @returns {number} The position after the matched suffix, or start if absent.
	 * @example findPrereleaseEndIndex('-beta.1+sha', 0, false, digitRuns) // 7, at the plus
	 * @example findPrereleaseEndIndex('beta', 0, false, digitRuns) // 0; no opening hyphen
	 */
	const findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
	  const hyphen = range[start] === '-';
	  if (!loose && !hyphen) {
	    return start
	  }
	  const identifierStart = start + (hyphen ? 1 : 0);
	  let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns);
	  if (end === identifierStart) {
	    if (!loose || !hyphen) {
	      return start
	    }
	    // In loose syntax, a lone hyphen can itself be the identifier.
	    end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns);
	  }
	  while (range[end] === '.') {
	    const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns);
	    if (next === end + 1) {
	      break
	    }
	    end = next;
	  }
	  return end
	};

	/**
	 * Reads one build-name piece, such as sha or 123 in +sha.123.
	 * Stops at a disallowed character or the old regex's length limit.
	 *
	 * @param {string} range The text to read; it is not changed.
	 * @param {number} start The position where the identifier should begin.
	 * @returns {number} The position after the identifier, or start if none matches.
	 * @example findBuildIdentifierEndIndex('sha.123', 0) // 3, at the dot
	 * @example findBuildIdentifierEndIndex('001', 0) // 3; leading zeros are allowed
	 */
	const findBuildIdentifierEndIndex = (range, start) => {
	  let end = start;
	  while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
	    end++;
	  }
	  return end
	};

	/**
	 * Reads optional build metadata such as +sha.123.
	 * Leaves the position unchanged if there is no plus sign followed by a name.
	 *
	 * @param {string} range The text to read; it is not changed.
	 * @param {number} start The position where the opening + should be.
	 * @returns {number} The position after the matched metadata, or start if absent.
	 * @example findBuildEndIndex('+sha.123 <2', 0) // 8, at the space
	 * @example findBuildEndIndex('+', 0) // 0; a plus sign alone is not a match
	 */
	const findBuildEndIndex = (range, start) => {
	  if (range[start] !== '+') {
	    return start
	  }
	  let end = findBuildIdentifierEndIndex(range, start + 1);
	  if (end === start + 1) {
	    return start
	  }
	  while (range[end] === '.') {
	    const next = findBuildIdentifierEndIndex(range, end + 1);
	    if (next === end + 1) {
	      break
	    }
	    end = next;
	  }
	  return end
	};

	/**
	 * Reads three numbers separated by dots, then any prerelease and build suffixes.
	 * Uses loose rules, so forms such as 01.02.03beta can match here.
	 *
	 * @param {string} range The text to read; it is not changed.
	 * @param {number} start The position of the first number, after any prefix.
	 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
	 * @returns {number} The position after the version match, or start if none matches.
	 * @example findLooseFullVersionEndIndex('1.2.3-beta+sha <2', 0, digitRuns) // 14
	 * @example findLooseFullVersionEndIndex('1.2', 0, digitRuns) // 0; needs three numbers
	 */
	const findLooseFullVersionEndIndex = (range, start, digitRuns) => {
	  let end = start;
	  for (let component = 0; component < 3; component++) {
	    const next = findVersionNumberEndIndex(range, end, true, digitRuns);
	    if (next === end) {
	      return start
	    }
	    end = next;
	    if (component < 2) {
	      if (range[end] !== '.') {
	        return start
	      }
	      end++;
	    }
	  }
	  const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns);
	  return findBuildEndIndex(range, prereleaseEnd)
	};

	/**
	 * Reads one component of a partial or wildcard version, such as 2 or x in 2.x.
	 * Numbers use strict leading-zero rules; wildcards take up one character.
	 *
	 * @param {string} range The text to read; it is not changed.
	 * @param {number} start The position where the component should begin.
	 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
	 * @returns {number} The position after the component, or start if none matches.
	 * @example findPartialVersionComponentEndIndex('2.x', 0, digitRuns) // 1, at the dot
	 * @example findPartialVersionComponentEndIndex('2.x', 2, digitRuns) // 3, after x
	 */
	const findPartialVersionComponentEndIndex = (range, start, digitRuns) => {
	  if (isDigit(range[start])) {
	    return findVersionNumberEndIndex(range, start, false, digitRuns)
	  }
	  return isVersionStart(range[start]) ? start + 1 : start
	};

	/**
	 * Reads up to three components, allowing forms such as 1, 1.2, or 1.x.
	 * After the third component, also reads any strict prerelease and build suffixes.
	 *
	 * @param {string} range The text to read; it is not changed.
	 * @param {number} start The position of a number or wildcard, after any prefix.
	 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
	 * @returns {number} The position after the matched version text.
	 * @example findPartialVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
	 * @example findPartialVersionEndIndex('1.', 0, digitRuns) // 1; the trailing dot is unread
	 */
	const findPartialVersionEndIndex = (range, start, digitRuns) => {
	  let end = findPartialVersionComponentEndIndex(range, start, digitRuns);
	  for (let component = 0; component < 2; component++) {
	    if (range[end] !== '.') {
	      return end
	    }
	    const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns);
	    if (next === end + 1) {
	      return end
	    }
	    end = next;
	  }
	  const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns);
	  return findBuildEndIndex(range, prereleaseEnd)
	};

	/**
	 * Finds where a version match ends, without deciding whether the range is valid.
	 * Tries a loose full version first, then a partial or wildcard version, just
	 * like the old regex's LOOSEPLAIN and XRANGEPLAIN alternatives.
	 *
	 * @param {string} range The text to read; it is not changed.
	 * @param {number} start The position of a number or wildcard, after any prefix.
	 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
	 * @returns {number} The position where scanning the next candidate can resume.
	 * @example findVersionEndIndex('1.2.3 <2', 0, digitRuns) // 5, at the space
	 * @example findVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
	 */
	const findVersionEndIndex = (range, start, digitRuns) => {
	  const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns);
	  return fullVersionEnd !== start
	    ? fullVersionEnd
	    : findPartialVersionEndIndex(range, start, digitRuns)
	};

	/**
	 * Finds the one whitespace character the old replacement would remove.
	 * Keeps leading whitespace, skips an optional operator, and checks immediately
	 * after it. Returns -1 if there is nothing to remove.
	 *
	 * @param {string} range The text containing a candidate already found by the caller.
	 * @param {number} matchStart The candidate's position, including leading whitespace.
	 * @returns {number} The position of the removable whitespace, or -1 if absent.
	 * @example findRemovableWhitespaceIndex(' > 1', 0) // 2; keep the space at position 0
	 * @example findRemovableWhitespaceIndex('>1', 0) // -1
	 */
	const findRemovableWhitespaceIndex = (range, matchStart) => {
	  let position = matchStart;
	  if (isWhitespace(range[position])) {
	    position++;
	  }
	  if (range[position] === '<' || range[position] === '>') {
	    position++;
	  }
	  if (range[position] === '=') {
	    position++;
	  }
	  return isWhitespace(range[position]) ? position : -1
	};

	/**
	 * Joins an operator to its version, turning > 1.2.3 into >1.2.3.
	 * Copies everything else according to the old regex's matching rules.
	 * Moves forward through prefixes and whole versions to avoid repeatedly
	 * searching the same characters on long inputs.
	 *
	 * @param {string} range The range text to process; the original string is unchanged.
	 * @returns {string} The range with matched operator whitespace removed.
	 * @example trimComparatorWhitespace('> 1.2.3 < 2') // '>1.2.3 <2'
	 * @example trimComparatorWhitespace('> invalid') // '> invalid'
	 */
	const trimComparatorWhitespace = range => {
	  let result = '';
	  let copyFrom = 0;
	  let cursor = 0;
	  const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 };

	  while (cursor < range.length) {
	    const matchStart = cursor;
	    if (range[cursor] === '<' || range[cursor] === '>') {
	      cursor++;
	    } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
	      cursor++;
	      continue
	    }

	    // Consume a v/=/whitespace run once, even when no version follows it.
	    while (cursor < range.length && isVersionPrefix(range[cursor])) {
	      cursor++;
	    }
	    if (!isVersionStart(range[cursor])) {
	      continue
	    }

	    const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart);
	    if (whitespacePosition !== -1) {
	      result += range.slice(copyFrom, whitespacePosition);
	      copyFrom = whitespacePosition + 1;
	    }

	    // Skip the entire match, so a prerelease's trailing v cannot be
	    // reconsidered as the prefix of another version.
	    cursor = findVersionEndIndex(range, cursor, digitRuns);
	  }

	  return result + range.slice(copyFrom)
	};

	trimComparatorWhitespace_1 = trimComparatorWhitespace;
	return trimComparatorWhitespace_1;
}

var range;
var hasRequiredRange;

function requireRange () {
	if (hasRequiredRange) return range;
	hasRequiredRange = 1;

	const SPACE_CHARACTERS = /\s+/g;

	// hoisted class for cyclic dependency
	class Range {
	  constructor (range, options) {
	    options = parseOptions(options);

	    if (range instanceof Range) {
	      if (
	        range.loose === !!options.loose &&
	        range.includePrerelease === !!options.includePrerelease
	      ) {
	        return range
	      } else {
	        return new Range(range.raw, options)
	      }
	    }

	    if (range instanceof Comparator) {
	      // just put it in the set and return
	      this.raw = range.value;
	      this.set = [[range]];
	      this.formatted = undefined;
	      return this
	    }

	    this.options = options;
	    this.loose = !!options.loose;
	    this.includePrerelease = !!options.includePrerelease;

	    // First reduce all whitespace as much as possible so we do not have to rely
	    // on potentially slow regexes like \s*. This is then stored and used for
	    // future error messages as well.
	    this.raw = range.trim().replace(SPACE_CHARACTERS, ' ');

	    // First, split on ||
	    this.set = this.raw
	      .split('||')
	      // map the range to a 2d array of comparators
	      .map(r => this.parseRange(r.trim()))
	      // throw out any comparator lists that are empty
	      // this generally means that it was not a valid range, which is allowed
	      // in loose mode, but will still throw if the WHOLE range is invalid.
	      .filter(c => c.length);

	    if (!this.set.length) {
	      throw new TypeError(`Invalid SemVer Range: ${this.raw}`)
	    }

	    // if we have any that are not the null set, throw out null sets.
	    if (this.set.length > 1) {
	      // keep the first one, in case they're all null sets
	      const first = this.set[0];
	      this.set = this.set.filter(c => !isNullSet(c[0]));
	      if (this.set.length === 0) {
	        this.set = [first];
	      } else if (this.set.length > 1) {
	        // if we have any that are *, then the range is just *
	        for (const c of this.set) {
	          if (c.length === 1 && isAny(c[0])) {
	            this.set = [c];
	            break
	          }
	        }
	      }
	    }

	    this.formatted = undefined;
	  }

	  get range () {
	    if (this.formatted === undefined) {
	      this.formatted = '';
	      for (let i = 0; i < this.set.length; i++) {
	        if (i > 0) {
	          this.formatted += '||';
	        }
	        const comps = this.set[i];
	        for (let k = 0; k < comps.length; k++) {
	          if (k > 0) {
	            this.formatted += ' ';
	          }
	          this.formatted += comps[k].toString().trim();
	        }
	      }
	    }
	    return this.formatted
	  }

	  format () {
	    return this.range
	  }

	  toString () {
	    return this.range
	  }

	  parseRange (range) {
	    // strip build metadata so it can't bleed into the version
	    range = range.replace(BUILDSTRIPRE, '');

	    // memoize range parsing for performance.
	    // this is a very hot path, and fully deterministic.
	    const memoOpts =
	      (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) |
	      (this.options.loose && FLAG_LOOSE);
	    const memoKey = memoOpts + ':' + range;
	    const cached = cache.get(memoKey);
	    if (cached) {
	      return cached
	    }

	    const loose = this.options.loose;
	    // `1.2.3 - 1.2.4` => `>=1.2.3 <=1.2.4`
	    const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE];
	    range = range.replace(hr, hyphenReplace(this.options.includePrerelease));
	    debug('hyphen replace', range);

	    // `> 1.2.3 < 1.2.5` => `>1.2.3 <1.2.5`
	    range = trimComparatorWhitespace(range);
	    debug('comparator trim', range);

	    // `~ 1.2.3` => `~1.2.3`
	    range = range.replace(re[t.TILDETRIM], tildeTrimReplace);
	    debug('tilde trim', range);

	    // `^ 1.2.3` => `^1.2.3`
	    range = range.replace(re[t.CARETTRIM], caretTrimReplace);
	    debug('caret trim', range);

	    // At this point, the range is completely trimmed and
	    // ready to be split into comparators.

	    let rangeList = range
	      .split(' ')
	      .map(comp => parseComparator(comp, this.options))
	      .join(' ')
	      .split(/\s+/)
	      // >=0.0.0 is equivalent to *
	      .map(comp => replaceGTE0(comp, this.options));

	    if (loose) {
	      // in loose mode, throw out any that are not valid comparators
	      rangeList = rangeList.filter(comp => {
	        debug('loose invalid filter', comp, this.options);
	        return !!comp.match(re[t.COMPARATORLOOSE])
	      });
	    }
	    debug('range list', rangeList);

	    // if any comparators are the null set, then replace with JUST null set
	    // if more than one comparator, remove any * comparators
	    // also, don't include the same comparator more than once
	    const rangeMap = new Map();
	    const comparators = rangeList.map(comp => new Comparator(comp, this.options));
	    for (const comp of comparators) {
	      if (isNullSet(comp)) {
	        return [comp]
	      }
	      rangeMap.set(comp.value, comp);
	    }
	    if (rangeMap.size > 1 && rangeMap.has('')) {
	      rangeMap.delete('');
	    }

	    const result = [...rangeMap.values()];
	    cache.set(memoKey, result);
	    return result
	  }

	  intersects (range, options) {
	    if (!(range instanceof Range)) {
	      throw new TypeError('a Range is required')
	    }

	    return this.set.some((thisComparators) => {
	      return (
	        isSatisfiable(thisComparators, options) &&
	        range.set.some((rangeComparators) => {
	          return (
	            isSatisfiable(rangeComparators, options) &&
	            thisComparators.every((thisComparator) => {
	              return rangeComparators.every((rangeComparator) => {
	                return thisComparator.intersects(rangeComparator, options)
	              })
	            })
	          )
	        })
	      )
	    })
	  }

	  // if ANY of the sets match ALL of its comparators, then pass
	  test (version) {
	    if (!version) {
	      return false
	    }

	    if (typeof version === 'string') {
	      try {
	        version = new SemVer(version, this.options);
	      } catch (er) {
	        return false
	      }
	    }

	    for (let i = 0; i < this.set.length; i++) {
	      if (testSet(this.set[i], version, this.options)) {
	        return true
	      }
	    }
	    return false
	  }
	}

	range = Range;

	const LRU = requireLrucache();
	const cache = new LRU();

	const parseOptions = requireParseOptions();
	const Comparator = requireComparator();
	const debug = requireDebug();
	const SemVer = requireSemver$1();
	const trimComparatorWhitespace = requireTrimComparatorWhitespace();
	const {
	  safeRe: re,
	  src,
	  t,
	  tildeTrimReplace,
	  caretTrimReplace,
	} = requireRe();
	const { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = requireConstants();

	// unbounded global build-metadata stripper used by parseRange
	const BUILDSTRIPRE = new RegExp(src[t.BUILD], 'g');

	const isNullSet = c => c.value === '<0.0.0-0';
	const isAny = c => c.value === '';

	// take a set of comparators and determine whether there
	// exists a version which can satisfy it
	const isSatisfiable = (comparators, options) => {
	  let result = true;
	  const remainingComparators = comparators.slice();
	  let testComparator = remainingComparators.pop();

	  while (result && remainingComparators.length) {
	    result = remainingComparators.every((otherComparator) => {
	      return testComparator.intersects(otherComparator, options)
	    });

	    testComparator = remainingComparators.pop();
	  }

	  return result
	};

	// comprised of xranges, tildes, stars, and gtlt's at this point.
	// already replaced the hyphen ranges
	// turn into a set of JUST comparators.
	const parseComparator = (comp, options) => {
	  comp = comp.replace(re[t.BUILD], '');
	  debug('comp', comp, options);
	  comp = replaceCarets(comp, options);
	  debug('caret', comp);
	  comp = replaceTildes(comp, options);
	  debug('tildes', comp);
	  comp = replaceXRanges(comp, options);
	  debug('xrange', comp);
	  comp = replaceStars(comp, options);
	  debug('stars', comp);
	  return comp
	};

	const isX = id => !id || id.toLowerCase() === 'x' || id === '*';

	const invalidXRangeOrder = (M, m, p) => (
	  (isX(M) && !isX(m)) ||
	  (isX(m) && p && !isX(p))
	);

	// ~, ~> --> * (any, kinda silly)
	// ~2, ~2.x, ~2.x.x, ~>2, ~>2.x ~>2.x.x --> >=2.0.0 <3.0.0-0
	// ~2.0, ~2.0.x, ~>2.0, ~>2.0.x --> >=2.0.0 <2.1.0-0
	// ~1.2, ~1.2.x, ~>1.2, ~>1.2.x --> >=1.2.0 <1.3.0-0
	// ~1.2.3, ~>1.2.3 --> >=1.2.3 <1.3.0-0
	// ~1.2.0, ~>1.2.0 --> >=1.2.0 <1.3.0-0
	// ~0.0.1 --> >=0.0.1 <0.1.0-0
	const replaceTildes = (comp, options) => {
	  return comp
	    .trim()
	    .split(/\s+/)
	    .map((c) => replaceTilde(c, options))
	    .join(' ')
	};

	const replaceTilde = (comp, options) => {
	  const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE];
	  // if we're including prereleases in the match, then the lower bound is
	  // -0, the lowest possible prerelease value, just like x-ranges and carets.
	  // this keeps `~1.2` equivalent to the `1.2.x` x-range it's documented as.
	  const z = options.includePrerelease ? '-0' : '';
	  return comp.replace(r, (_, M, m, p, pr) => {
	    debug('tilde', comp, _, M, m, p, pr);
	    let ret;

	    if (isX(M)) {
	      ret = '';
	    } else if (isX(m)) {
	      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`;
	    } else if (isX(p)) {
	      // ~1.2 == >=1.2.0 <1.3.0-0
	      ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`;
	    } else if (pr) {
	      debug('replaceTilde pr', pr);
	      ret = `>=${M}.${m}.${p}-${pr
	      } <${M}.${+m + 1}.0-0`;
	    } else {
	      // ~1.2.3 == >=1.2.3 <1.3.0-0
	      ret = `>=${M}.${m}.${p
	      } <${M}.${+m + 1}.0-0`;
	    }

	    debug('tilde return', ret);
	    return ret
	  })
	};

	// ^ --> * (any, kinda silly)
	// ^2, ^2.x, ^2.x.x --> >=2.0.0 <3.0.0-0
	// ^2.0, ^2.0.x --> >=2.0.0 <3.0.0-0
	// ^1.2, ^1.2.x --> >=1.2.0 <2.0.0-0
	// ^1.2.3 --> >=1.2.3 <2.0.0-0
	// ^1.2.0 --> >=1.2.0 <2.0.0-0
	// ^0.0.1 --> >=0.0.1 <0.0.2-0
	// ^0.1.0 --> >=0.1.0 <0.2.0-0
	const replaceCarets = (comp, options) => {
	  return comp
	    .trim()
	    .split(/\s+/)
	    .map((c) => replaceCaret(c, options))
	    .join(' ')
	};

	const replaceCaret = (comp, options) => {
	  debug('caret', comp, options);
	  const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET];
	  const z = options.includePrerelease ? '-0' : '';
	  return comp.replace(r, (_, M, m, p, pr) => {
	    debug('caret', comp, _, M, m, p, pr);
	    let ret;

	    if (isX(M)) {
	      ret = '';
	    } else if (isX(m)) {
	      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`;
	    } else if (isX(p)) {
	      if (M === '0') {
	        ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`;
	      } else {
	        ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`;
	      }
	    } else if (pr) {
	      debug('replaceCaret pr', pr);
	      if (M === '0') {
	        if (m === '0') {
	          ret = `>=${M}.${m}.${p}-${pr
	          } <${M}.${m}.${+p + 1}-0`;
	        } else {
	          ret = `>=${M}.${m}.${p}-${pr
	          } <${M}.${+m + 1}.0-0`;
	        }
	      } else {
	        ret = `>=${M}.${m}.${p}-${pr
	        } <${+M + 1}.0.0-0`;
	      }
	    } else {
	      debug('no pr');
	      if (M === '0') {
	        if (m === '0') {
	          ret = `>=${M}.${m}.${p
	          } <${M}.${m}.${+p + 1}-0`;
	        } else {
	          ret = `>=${M}.${m}.${p
	          } <${M}.${+m + 1}.0-0`;
	        }
	      } else {
	        ret = `>=${M}.${m}.${p
	        } <${+M + 1}.0.0-0`;
	      }
	    }

	    debug('caret return', ret);
	    return ret
	  })
	};

	const replaceXRanges = (comp, options) => {
	  debug('replaceXRanges', comp, options);
	  return comp
	    .split(/\s+/)
	    .map((c) => replaceXRange(c, options))
	    .join(' ')
	};

	const replaceXRange = (comp, options) => {
	  comp = comp.trim();
	  const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE];
	  return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
	    debug('xRange', comp, ret, gtlt, M, m, p, pr);
	    if (invalidXRangeOrder(M, m, p)) {
	      return comp
	    }

	    const xM = isX(M);
	    const xm = xM || isX(m);
	    const xp = xm || isX(p);
	    const anyX = xp;

	    if (gtlt === '=' && anyX) {
	      gtlt = '';
	    }

	    // if we're including prereleases in the match, then we need
	    // to fix this to -0, the lowest possible prerelease value
	    pr = options.includePrerelease ? '-0' : '';

	    if (xM) {
	      if (gtlt === '>' || gtlt === '<') {
	        // nothing is allowed
	        ret = '<0.0.0-0';
	      } else {
	        // nothing is forbidden
	        ret = '*';
	      }
	    } else if (gtlt && anyX) {
	      // we know patch is an x, because we have any x at all.
	      // replace X with 0
	      if (xm) {
	        m = 0;
	      }
	      p = 0;

	      if (gtlt === '>') {
	        // >1 => >=2.0.0
	        // >1.2 => >=1.3.0
	        gtlt = '>=';
	        if (xm) {
	          M = +M + 1;
	          m = 0;
	          p = 0;
	        } else {
	          m = +m + 1;
	          p = 0;
	        }
	      } else if (gtlt === '<=') {
	        // <=0.7.x is actually <0.8.0, since any 0.7.x should
	        // pass.  Similarly, <=7.x is actually <8.0.0, etc.
	        gtlt = '<';
	        if (xm) {
	          M = +M + 1;
	        } else {
	          m = +m + 1;
	        }
	      }

	      if (gtlt === '<') {
	        pr = '-0';
	      }

	      ret = `${gtlt + M}.${m}.${p}${pr}`;
	    } else if (xm) {
	      ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`;
	    } else if (xp) {
	      ret = `>=${M}.${m}.0${pr
	      } <${M}.${+m + 1}.0-0`;
	    }

	    debug('xRange return', ret);

	    return ret
	  })
	};

	// Because * is AND-ed with everything else in the comparator,
	// and '' means "any version", just remove the *s entirely.
	const replaceStars = (comp, options) => {
	  debug('replaceStars', comp, options);
	  // Looseness is ignored here.  star is always as loose as it gets!
	  return comp
	    .trim()
	    .replace(re[t.STAR], '')
	};

	const replaceGTE0 = (comp, options) => {
	  debug('replaceGTE0', comp, options);
	  return comp
	    .trim()
	    .replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], '')
	};

	// This function is passed to string.replace(re[t.HYPHENRANGE])
	// M, m, patch, prerelease, build
	// 1.2 - 3.4.5 => >=1.2.0 <=3.4.5
	// 1.2.3 - 3.4 => >=1.2.0 <3.5.0-0 Any 3.4.x will do
	// 1.2 - 3.4 => >=1.2.0 <3.5.0-0
	// TODO build?
	const hyphenReplace = incPr => ($0,
	  from, fM, fm, fp, fpr, fb,
	  to, tM, tm, tp, tpr) => {
	  if (isX(fM)) {
	    from = '';
	  } else if (isX(fm)) {
	    from = `>=${fM}.0.0${incPr ? '-0' : ''}`;
	  } else if (isX(fp)) {
	    from = `>=${fM}.${fm}.0${incPr ? '-0' : ''}`;
	  } else if (fpr) {
	    from = `>=${from}`;
	  } else {
	    from = `>=${from}${incPr ? '-0' : ''}`;
	  }

	  if (isX(tM)) {
	    to = '';
	  } else if (isX(tm)) {
	    to = `<${+tM + 1}.0.0-0`;
	  } else if (isX(tp)) {
	    to = `<${tM}.${+tm + 1}.0-0`;
	  } else if (tpr) {
	    to = `<=${tM}.${tm}.${tp}-${tpr}`;
	  } else if (incPr) {
	    to = `<${tM}.${tm}.${+tp + 1}-0`;
	  } else {
	    to = `<=${to}`;
	  }

	  return `${from} ${to}`.trim()
	};

	const testSet = (set, version, options) => {
	  for (let i = 0; i < set.length; i++) {
	    if (!set[i].test(version)) {
	      return false
	    }
	  }

	  if (version.prerelease.length && !options.includePrerelease) {
	    // Find the set of versions that are allowed to have prereleases
	    // For example, ^1.2.3-pr.1 desugars to >=1.2.3-pr.1 <2.0.0
	    // That should allow `1.2.3-pr.2` to pass.
	    // However, `1.2.4-alpha.notready` should NOT be allowed,
	    // even though it's within the range set by the comparators.
	    for (let i = 0; i < set.length; i++) {
	      debug(set[i].semver);
	      if (set[i].semver === Comparator.ANY) {
	        continue
	      }

	      if (set[i].semver.prerelease.length > 0) {
	        const allowed = set[i].semver;
	        if (allowed.major === version.major &&
	            allowed.minor === version.minor &&
	            allowed.patch === version.patch) {
	          return true
	        }
	      }
	    }

	    // Version has a -pre, but it's not one of the ones we like.
	    return false
	  }

	  return true
	};
	return range;
}

var comparator;
var hasRequiredComparator;

function requireComparator () {
	if (hasRequiredComparator) return comparator;
	hasRequiredComparator = 1;

	const ANY = Symbol('SemVer ANY');
	// hoisted class for cyclic dependency
	class Comparator {
	  static get ANY () {
	    return ANY
	  }

	  constructor (comp, options) {
	    options = parseOptions(options);

	    if (comp instanceof Comparator) {
	      if (comp.loose === !!options.loose) {
	        return comp
	      } else {
	        comp = comp.value;
	      }
	    }

	    comp = comp.trim().split(/\s+/).join(' ');
	    debug('comparator', comp, options);
	    this.options = options;
	    this.loose = !!options.loose;
	    this.parse(comp);

	    if (this.semver === ANY) {
	      this.value = '';
	    } else {
	      this.value = this.operator + this.semver.version;
	    }

	    debug('comp', this);
	  }

	  parse (comp) {
	    const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR];
	    const m = comp.match(r);

	    if (!m) {
	      throw new TypeError(`Invalid comparator: ${comp}`)
	    }

	    this.operator = m[1] !== undefined ? m[1] : '';
	    if (this.operator === '=') {
	      this.operator = '';
	    }

	    // if it literally is just '>' or '' then allow anything.
	    if (!m[2]) {
	      this.semver = ANY;
	    } else {
	      this.semver = new SemVer(m[2], this.options.loose);
	    }
	  }

	  toString () {
	    return this.value
	  }

	  test (version) {
	    debug('Comparator.test', version, this.options.loose);

	    if (this.semver === ANY || version === ANY) {
	      return true
	    }

	    if (typeof version === 'string') {
	      try {
	        version = new SemVer(version, this.options);
	      } catch (er) {
	        return false
	      }
	    }

	    return cmp(version, this.operator, this.semver, this.options)
	  }

	  intersects (comp, options) {
	    if (!(comp instanceof Comparator)) {
	      throw new TypeError('a Comparator is required')
	    }

	    if (this.operator === '') {
	      if (this.value === '') {
	        return true
	      }
	      return new Range(comp.value, options).test(this.value)
	    } else if (comp.operator === '') {
	      if (comp.value === '') {
	        return true
	      }
	      return new Range(this.value, options).test(comp.semver)
	    }

	    options = parseOptions(options);

	    // Special cases where nothing can possibly be lower
	    if (options.includePrerelease &&
	      (this.value === '<0.0.0-0' || comp.value === '<0.0.0-0')) {
	      return false
	    }
	    if (!options.includePrerelease &&
	      (this.value.startsWith('<0.0.0') || comp.value.startsWith('<0.0.0'))) {
	      return false
	    }

	    // Same direction increasing (> or >=)
	    if (this.operator.startsWith('>') && comp.operator.startsWith('>')) {
	      return true
	    }
	    // Same direction decreasing (< or <=)
	    if (this.operator.startsWith('<') && comp.operator.startsWith('<')) {
	      return true
	    }
	    // same SemVer and both sides are inclusive (<= or >=)
	    if (
	      (this.semver.version === comp.semver.version) &&
	      this.operator.includes('=') && comp.operator.includes('=')) {
	      return true
	    }
	    // opposite directions less than
	    if (cmp(this.semver, '<', comp.semver, options) &&
	      this.operator.startsWith('>') && comp.operator.startsWith('<')) {
	      return true
	    }
	    // opposite directions greater than
	    if (cmp(this.semver, '>', comp.semver, options) &&
	      this.operator.startsWith('<') && comp.operator.startsWith('>')) {
	      return true
	    }
	    return false
	  }
	}

	comparator = Comparator;

	const parseOptions = requireParseOptions();
	const { safeRe: re, t } = requireRe();
	const cmp = requireCmp();
	const debug = requireDebug();
	const SemVer = requireSemver$1();
	const Range = requireRange();
	return comparator;
}

var satisfies_1;
var hasRequiredSatisfies;

function requireSatisfies () {
	if (hasRequiredSatisfies) return satisfies_1;
	hasRequiredSatisfies = 1;

	const Range = requireRange();
	const satisfies = (version, range, options) => {
	  try {
	    range = new Range(range, options);
	  } catch (er) {
	    return false
	  }
	  return range.test(version)
	};
	satisfies_1 = satisfies;
	return satisfies_1;
}

var toComparators_1;
var hasRequiredToComparators;

function requireToComparators () {
	if (hasRequiredToComparators) return toComparators_1;
	hasRequiredToComparators = 1;

	const Range = requireRange();

	// Mostly just for testing and legacy API reasons
	const toComparators = (range, options) =>
	  new Range(range, options).set
	    .map(comp => comp.map(c => c.value).join(' ').trim().split(' '));

	toComparators_1 = toComparators;
	return toComparators_1;
}

var maxSatisfying_1;
var hasRequiredMaxSatisfying;

function requireMaxSatisfying () {
	if (hasRequiredMaxSatisfying) return maxSatisfying_1;
	hasRequiredMaxSatisfying = 1;

	const SemVer = requireSemver$1();
	const Range = requireRange();

	const maxSatisfying = (versions, range, options) => {
	  let max = null;
	  let maxSV = null;
	  let rangeObj = null;
	  try {
	    rangeObj = new Range(range, options);
	  } catch (er) {
	    return null
	  }
	  versions.forEach((v) => {
	    if (rangeObj.test(v)) {
	      // satisfies(v, range, options)
	      if (!max || maxSV.compare(v) === -1) {
	        // compare(max, v, true)
	        max = v;
	        maxSV = new SemVer(max, options);
	      }
	    }
	  });
	  return max
	};
	maxSatisfying_1 = maxSatisfying;
	return maxSatisfying_1;
}

var minSatisfying_1;
var hasRequiredMinSatisfying;

function requireMinSatisfying () {
	if (hasRequiredMinSatisfying) return minSatisfying_1;
	hasRequiredMinSatisfying = 1;

	const SemVer = requireSemver$1();
	const Range = requireRange();
	const minSatisfying = (versions, range, options) => {
	  let min = null;
	  let minSV = null;
	  let rangeObj = null;
	  try {
	    rangeObj = new Range(range, options);
	  } catch (er) {
	    return null
	  }
	  versions.forEach((v) => {
	    if (rangeObj.test(v)) {
	      // satisfies(v, range, options)
	      if (!min || minSV.compare(v) === 1) {
	        // compare(min, v, true)
	        min = v;
	        minSV = new SemVer(min, options);
	      }
	    }
	  });
	  return min
	};
	minSatisfying_1 = minSatisfying;
	return minSatisfying_1;
}

var minVersion_1;
var hasRequiredMinVersion;

function requireMinVersion () {
	if (hasRequiredMinVersion) return minVersion_1;
	hasRequiredMinVersion = 1;

	const SemVer = requireSemver$1();
	const Range = requireRange();
	const gt = requireGt();

	const minVersion = (range, loose) => {
	  range = new Range(range, loose);

	  let minver = new SemVer('0.0.0');
	  if (range.test(minver)) {
	    return minver
	  }

	  minver = new SemVer('0.0.0-0');
	  if (range.test(minver)) {
	    return minver
	  }

	  minver = null;
	  for (let i = 0; i < range.set.length; ++i) {
	    const comparators = range.set[i];

	    let setMin = null;
	    comparators.forEach((comparator) => {
	      // Clone to avoid manipulating the comparator's semver object.
	      const compver = new SemVer(comparator.semver.version);
	      switch (comparator.operator) {
	        case '>':
	          if (compver.prerelease.length === 0) {
	            compver.patch++;
	          } else {
	            compver.prerelease.push(0);
	          }
	          compver.raw = compver.format();
	          /* fallthrough */
	        case '':
	        case '>=':
	          if (!setMin || gt(compver, setMin)) {
	            setMin = compver;
	          }
	          break
	        case '<':
	        case '<=':
	          /* Ignore maximum versions */
	          break
	        /* istanbul ignore next */
	        default:
	          throw new Error(`Unexpected operation: ${comparator.operator}`)
	      }
	    });
	    if (setMin && (!minver || gt(minver, setMin))) {
	      minver = setMin;
	    }
	  }

	  if (minver && range.test(minver)) {
	    return minver
	  }

	  return null
	};
	minVersion_1 = minVersion;
	return minVersion_1;
}

var valid;
var hasRequiredValid;

function requireValid () {
	if (hasRequiredValid) return valid;
	hasRequiredValid = 1;

	const Range = requireRange();
	const validRange = (range, options) => {
	  try {
	    // Return '*' instead of '' so that truthiness works.
	    // This will throw if it's invalid anyway
	    return new Range(range, options).range || '*'
	  } catch (er) {
	    return null
	  }
	};
	valid = validRange;
	return valid;
}

var outside_1;
var hasRequiredOutside;

function requireOutside () {
	if (hasRequiredOutside) return outside_1;
	hasRequiredOutside = 1;

	const SemVer = requireSemver$1();
	const Comparator = requireComparator();
	const { ANY } = Comparator;
	const Range = requireRange();
	const satisfies = requireSatisfies();
	const gt = requireGt();
	const lt = requireLt();
	const lte = requireLte();
	const gte = requireGte();

	const outside = (version, range, hilo, options) => {
	  version = new SemVer(version, options);
	  range = new Range(range, options);

	  let gtfn, ltefn, ltfn, comp, ecomp;
	  switch (hilo) {
	    case '>':
	      gtfn = gt;
	      ltefn = lte;
	      ltfn = lt;
	      comp = '>';
	      ecomp = '>=';
	      break
	    case '<':
	      gtfn = lt;
	      ltefn = gte;
	      ltfn = gt;
	      comp = '<';
	      ecomp = '<=';
	      break
	    default:
	      throw new TypeError('Must provide a hilo val of "<" or ">"')
	  }

	  // If it satisfies the range it is not outside
	  if (satisfies(version, range, options)) {
	    return false
	  }

	  // From now on, variable terms are as if we're in "gtr" mode.
	  // but note that everything is flipped for the "ltr" function.

	  for (let i = 0; i < range.set.length; ++i) {
	    const comparators = range.set[i];

	    let high = null;
	    let low = null;

	    comparators.forEach((comparator) => {
	      if (comparator.semver === ANY) {
	        comparator = new Comparator('>=0.0.0');
	      }
	      high = high || comparator;
	      low = low || comparator;
	      if (gtfn(comparator.semver, high.semver, options)) {
	        high = comparator;
	      } else if (ltfn(comparator.semver, low.semver, options)) {
	        low = comparator;
	      }
	    });

	    // If the edge version comparator has a operator then our version
	    // isn't outside it
	    if (high.operator === comp || high.operator === ecomp) {
	      return false
	    }

	    // If the lowest version comparator has an operator and our version
	    // is less than it then it isn't higher than the range
	    if ((!low.operator || low.operator === comp) &&
	        ltefn(version, low.semver)) {
	      return false
	    } else if (low.operator === ecomp && ltfn(version, low.semver)) {
	      return false
	    }
	  }
	  return true
	};

	outside_1 = outside;
	return outside_1;
}

var gtr_1;
var hasRequiredGtr;

function requireGtr () {
	if (hasRequiredGtr) return gtr_1;
	hasRequiredGtr = 1;

	// Determine if version is greater than all the versions possible in the range.
	const outside = requireOutside();
	const gtr = (version, range, options) => outside(version, range, '>', options);
	gtr_1 = gtr;
	return gtr_1;
}

var ltr_1;
var hasRequiredLtr;

function requireLtr () {
	if (hasRequiredLtr) return ltr_1;
	hasRequiredLtr = 1;

	const outside = requireOutside();
	// Determine if version is less than all the versions possible in the range
	const ltr = (version, range, options) => outside(version, range, '<', options);
	ltr_1 = ltr;
	return ltr_1;
}

var intersects_1;
var hasRequiredIntersects;

function requireIntersects () {
	if (hasRequiredIntersects) return intersects_1;
	hasRequiredIntersects = 1;

	const Range = requireRange();
	const intersects = (r1, r2, options) => {
	  r1 = new Range(r1, options);
	  r2 = new Range(r2, options);
	  return r1.intersects(r2, options)
	};
	intersects_1 = intersects;
	return intersects_1;
}

var simplify;
var hasRequiredSimplify;

function requireSimplify () {
	if (hasRequiredSimplify) return simplify;
	hasRequiredSimplify = 1;

	// given a set of versions and a range, create a "simplified" range
	// that includes the same versions that the original range does
	// If the original range is shorter than the simplified one, return that.
	const satisfies = requireSatisfies();
	const compare = requireCompare();
	simplify = (versions, range, options) => {
	  const set = [];
	  let first = null;
	  let prev = null;
	  const v = versions.sort((a, b) => compare(a, b, options));
	  for (const version of v) {
	    const included = satisfies(version, range, options);
	    if (included) {
	      prev = version;
	      if (!first) {
	        first = version;
	      }
	    } else {
	      if (prev) {
	        set.push([first, prev]);
	      }
	      prev = null;
	      first = null;
	    }
	  }
	  if (first) {
	    set.push([first, null]);
	  }

	  const ranges = [];
	  for (const [min, max] of set) {
	    if (min === max) {
	      ranges.push(min);
	    } else if (!max && min === v[0]) {
	      ranges.push('*');
	    } else if (!max) {
	      ranges.push(`>=${min}`);
	    } else if (min === v[0]) {
	      ranges.push(`<=${max}`);
	    } else {
	      ranges.push(`${min} - ${max}`);
	    }
	  }
	  const simplified = ranges.join(' || ');
	  const original = typeof range.raw === 'string' ? range.raw : String(range);
	  return simplified.length < original.length ? simplified : range
	};
	return simplify;
}

var subset_1;
var hasRequiredSubset;

function requireSubset () {
	if (hasRequiredSubset) return subset_1;
	hasRequiredSubset = 1;

	const Range = requireRange();
	const Comparator = requireComparator();
	const { ANY } = Comparator;
	const satisfies = requireSatisfies();
	const compare = requireCompare();

	// Complex range `r1 || r2 || ...` is a subset of `R1 || R2 || ...` iff:
	// - Every simple range `r1, r2, ...` is a null set, OR
	// - Every simple range `r1, r2, ...` which is not a null set is a subset of
	//   some `R1, R2, ...`
	//
	// Simple range `c1 c2 ...` is a subset of simple range `C1 C2 ...` iff:
	// - If c is only the ANY comparator
	//   - If C is only the ANY comparator, return true
	//   - Else if in prerelease mode, return false
	//   - else replace c with `[>=0.0.0]`
	// - If C is only the ANY comparator
	//   - if in prerelease mode, return true
	//   - else replace C with `[>=0.0.0]`
	// - Let EQ be the set of = comparators in c
	// - If EQ is more than one, return true (null set)
	// - Let GT be the highest > or >= comparator in c
	// - Let LT be the lowest < or <= comparator in c
	// - If GT and LT, and GT.semver > LT.semver, return true (null set)
	// - If any C is a = range, and GT or LT are set, return false
	// - If EQ
	//   - If GT, and EQ does not satisfy GT, return true (null set)
	//   - If LT, and EQ does not satisfy LT, return true (null set)
	//   - If EQ satisfies every C, return true
	//   - Else return false
	// - If GT
	//   - If GT.semver is lower than any > or >= comp in C, return false
	//   - If GT is >=, and GT.semver does not satisfy every C, return false
	//   - If GT.semver has a prerelease, and not in prerelease mode
	//     - If no C has a prerelease and the GT.semver tuple, return false
	// - If LT
	//   - If LT.semver is greater than any < or <= comp in C, return false
	//   - If LT is <=, and LT.semver does not satisfy every C, return false
	//   - If LT.semver has a prerelease, and not in prerelease mode
	//     - If no C has a prerelease and the LT.semver tuple, return false
	// - Else return true

	const subset = (sub, dom, options = {}) => {
	  if (sub === dom) {
	    return true
	  }

	  sub = new Range(sub, options);
	  dom = new Range(dom, options);
	  let sawNonNull = false;

	  OUTER: for (const simpleSub of sub.set) {
	    for (const simpleDom of dom.set) {
	      const isSub = simpleSubset(simpleSub, simpleDom, options);
	      sawNonNull = sawNonNull || isSub !== null;
	      if (isSub) {
	        continue OUTER
	      }
	    }
	    // the null set is a subset of everything, but null simple ranges in
	    // a complex range should be ignored.  so if we saw a non-null range,
	    // then we know this isn't a subset, but if EVERY simple range was null,
	    // then it is a subset.
	    if (sawNonNull) {
	      return false
	    }
	  }
	  return true
	};

	const minimumVersionWithPreRelease = [new Comparator('>=0.0.0-0')];
	const minimumVersion = [new Comparator('>=0.0.0')];

	const simpleSubset = (sub, dom, options) => {
	  if (sub === dom) {
	    return true
	  }

	  if (sub.length === 1 && sub[0].semver === ANY) {
	    if (dom.length === 1 && dom[0].semver === ANY) {
	      return true
	    } else if (options.includePrerelease) {
	      sub = minimumVersionWithPreRelease;
	    } else {
	      sub = minimumVersion;
	    }
	  }

	  if (dom.length === 1 && dom[0].semver === ANY) {
	    if (options.includePrerelease) {
	      return true
	    } else {
	      dom = minimumVersion;
	    }
	  }

	  const eqSet = new Set();
	  let gt, lt;
	  for (const c of sub) {
	    if (c.operator === '>' || c.operator === '>=') {
	      gt = higherGT(gt, c, options);
	    } else if (c.operator === '<' || c.operator === '<=') {
	      lt = lowerLT(lt, c, options);
	    } else {
	      eqSet.add(c.semver);
	    }
	  }

	  if (eqSet.size > 1) {
	    return null
	  }

	  let gtltComp;
	  if (gt && lt) {
	    gtltComp = compare(gt.semver, lt.semver, options);
	    if (gtltComp > 0) {
	      return null
	    } else if (gtltComp === 0 && (gt.operator !== '>=' || lt.operator !== '<=')) {
	      return null
	    }
	  }

	  // will iterate one or zero times
	  for (const eq of eqSet) {
	    if (gt && !satisfies(eq, String(gt), options)) {
	      return null
	    }

	    if (lt && !satisfies(eq, String(lt), options)) {
	      return null
	    }

	    for (const c of dom) {
	      if (!satisfies(eq, String(c), options)) {
	        return false
	      }
	    }

	    return true
	  }

	  let higher, lower;
	  let hasDomLT, hasDomGT;
	  // if the subset has a prerelease, we need a comparator in the superset
	  // with the same tuple and a prerelease, or it's not a subset
	  let needDomLTPre = lt &&
	    !options.includePrerelease &&
	    lt.semver.prerelease.length ? lt.semver : false;
	  let needDomGTPre = gt &&
	    !options.includePrerelease &&
	    gt.semver.prerelease.length ? gt.semver : false;
	  // exception: <1.2.3-0 is the same as <1.2.3
	  if (needDomLTPre && needDomLTPre.prerelease.length === 1 &&
	      lt.operator === '<' && needDomLTPre.prerelease[0] === 0) {
	    needDomLTPre = false;
	  }

	  for (const c of dom) {
	    hasDomGT = hasDomGT || c.operator === '>' || c.operator === '>=';
	    hasDomLT = hasDomLT || c.operator === '<' || c.operator === '<=';
	    if (gt) {
	      if (needDomGTPre) {
	        if (c.semver.prerelease && c.semver.prerelease.length &&
	            c.semver.major === needDomGTPre.major &&
	            c.semver.minor === needDomGTPre.minor &&
	            c.semver.patch === needDomGTPre.patch) {
	          needDomGTPre = false;
	        }
	      }
	      if (c.operator === '>' || c.operator === '>=') {
	        higher = higherGT(gt, c, options);
	        if (higher === c && higher !== gt) {
	          return false
	        }
	      } else if (gt.operator === '>=' && !c.test(gt.semver)) {
	        return false
	      }
	    }
	    if (lt) {
	      if (needDomLTPre) {
	        if (c.semver.prerelease && c.semver.prerelease.length &&
	            c.semver.major === needDomLTPre.major &&
	            c.semver.minor === needDomLTPre.minor &&
	            c.semver.patch === needDomLTPre.patch) {
	          needDomLTPre = false;
	        }
	      }
	      if (c.operator === '<' || c.operator === '<=') {
	        lower = lowerLT(lt, c, options);
	        if (lower === c && lower !== lt) {
	          return false
	        }
	      } else if (lt.operator === '<=' && !c.test(lt.semver)) {
	        return false
	      }
	    }
	    if (!c.operator && (lt || gt) && gtltComp !== 0) {
	      return false
	    }
	  }

	  // if there was a < or >, and nothing in the dom, then must be false
	  // UNLESS it was limited by another range in the other direction.
	  // Eg, >1.0.0 <1.0.1 is still a subset of <2.0.0
	  if (gt && hasDomLT && !lt && gtltComp !== 0) {
	    return false
	  }

	  if (lt && hasDomGT && !gt && gtltComp !== 0) {
	    return false
	  }

	  // we needed a prerelease range in a specific tuple, but didn't get one
	  // then this isn't a subset.  eg >=1.2.3-pre is not a subset of >=1.0.0,
	  // because it includes prereleases in the 1.2.3 tuple
	  if (needDomGTPre || needDomLTPre) {
	    return false
	  }

	  return true
	};

	// >=1.2.3 is lower than >1.2.3
	const higherGT = (a, b, options) => {
	  if (!a) {
	    return b
	  }
	  const comp = compare(a.semver, b.semver, options);
	  return comp > 0 ? a
	    : comp < 0 ? b
	    : b.operator === '>' && a.operator === '>=' ? b
	    : a
	};

	// <=1.2.3 is higher than <1.2.3
	const lowerLT = (a, b, options) => {
	  if (!a) {
	    return b
	  }
	  const comp = compare(a.semver, b.semver, options);
	  return comp < 0 ? a
	    : comp > 0 ? b
	    : b.operator === '<' && a.operator === '<=' ? b
	    : a
	};

	subset_1 = subset;
	return subset_1;
}

var semver$1;
var hasRequiredSemver;

function requireSemver () {
	if (hasRequiredSemver) return semver$1;
	hasRequiredSemver = 1;

	// just pre-load all the stuff that index.js lazily exports
	const internalRe = requireRe();
	const constants = requireConstants();
	const SemVer = requireSemver$1();
	const identifiers = requireIdentifiers();
	const parse = requireParse();
	const valid = requireValid$1();
	const clean = requireClean();
	const inc = requireInc();
	const diff = requireDiff();
	const major = requireMajor();
	const minor = requireMinor();
	const patch = requirePatch();
	const prerelease = requirePrerelease();
	const compare = requireCompare();
	const rcompare = requireRcompare();
	const compareLoose = requireCompareLoose();
	const compareBuild = requireCompareBuild();
	const sort = requireSort();
	const rsort = requireRsort();
	const gt = requireGt();
	const lt = requireLt();
	const eq = requireEq();
	const neq = requireNeq();
	const gte = requireGte();
	const lte = requireLte();
	const cmp = requireCmp();
	const coerce = requireCoerce();
	const truncate = requireTruncate();
	const Comparator = requireComparator();
	const Range = requireRange();
	const satisfies = requireSatisfies();
	const toComparators = requireToComparators();
	const maxSatisfying = requireMaxSatisfying();
	const minSatisfying = requireMinSatisfying();
	const minVersion = requireMinVersion();
	const validRange = requireValid();
	const outside = requireOutside();
	const gtr = requireGtr();
	const ltr = requireLtr();
	const intersects = requireIntersects();
	const simplifyRange = requireSimplify();
	const subset = requireSubset();
	semver$1 = {
	  parse,
	  valid,
	  clean,
	  inc,
	  diff,
	  major,
	  minor,
	  patch,
	  prerelease,
	  compare,
	  rcompare,
	  compareLoose,
	  compareBuild,
	  sort,
	  rsort,
	  gt,
	  lt,
	  eq,
	  neq,
	  gte,
	  lte,
	  cmp,
	  coerce,
	  truncate,
	  Comparator,
	  Range,
	  satisfies,
	  toComparators,
	  maxSatisfying,
	  minSatisfying,
	  minVersion,
	  validRange,
	  outside,
	  gtr,
	  ltr,
	  intersects,
	  simplifyRange,
	  subset,
	  SemVer,
	  re: internalRe.re,
	  src: internalRe.src,
	  tokens: internalRe.t,
	  SEMVER_SPEC_VERSION: constants.SEMVER_SPEC_VERSION,
	  RELEASE_TYPES: constants.RELEASE_TYPES,
	  compareIdentifiers: identifiers.compareIdentifiers,
	  rcompareIdentifiers: identifiers.rcompareIdentifiers,
	};
	return semver$1;
}

var semverExports = requireSemver();
var semver = /*@__PURE__*/getDefaultExportFromCjs(semverExports);

/**
 * The one error class memgate throws on purpose. `reason` is the sentence a maintainer reads in the
 * PR comment or on stderr; `exitCode` is the CLI's exit status (2 error, 3 inconclusive).
 */
class MemgateError extends Error {
    reason;
    exitCode;
    constructor(reason, exitCode = 2, options) {
        super(reason, options);
        this.reason = reason;
        this.exitCode = exitCode;
        this.name = 'MemgateError';
    }
}

// The one shape every lockfile parser returns, and the checks they share. Pure: text in, data out.
/** A one-line MemgateError naming the file and, when known, the 1-based line. */
function lockError(file, reason, line, cause) {
    const where = line ? `${file}, line ${line}` : file;
    return new MemgateError(`${where}: ${reason}`, 2, cause === undefined ? undefined : { cause });
}
const CONFLICT_MARKER = /^(<{7}|={7}|>{7})(?:\s|$)/m;
/** Throws when a lockfile still holds merge-conflict markers; every format rejects them first. */
function assertNoConflict(text, file) {
    const match = CONFLICT_MARKER.exec(text);
    if (!match)
        return;
    throw lockError(file, `merge-conflict marker '${match[1]}' (resolve the conflict and commit the regenerated lockfile)`, lineAt(text, match.index));
}
/** 1-based line of a character offset. */
function lineAt(text, offset) {
    let line = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1))
        line++;
    return line;
}
/** Classifies a dependency reference the way npm, Yarn and pnpm write them. */
function sourceOf(reference) {
    if (reference.startsWith('npm:'))
        return 'alias';
    if (reference.startsWith('workspace:'))
        return 'workspace';
    if (reference.startsWith('link:') || reference.startsWith('portal:'))
        return 'link';
    if (/^(git\+|git:|github:|gitlab:|bitbucket:)|\.git(#|$)/.test(reference))
        return 'git';
    if (/^(https?:|file:).*\.(tgz|tar\.gz|tar)(#.*)?$/.test(reference) || /^https?:/.test(reference))
        return 'tarball';
    if (reference.startsWith('file:'))
        return 'file';
    if (/^[\w-]+\/[\w.-]+(#.*)?$/.test(reference))
        return 'git';
    return 'registry';
}

// npm's package-lock.json and npm-shrinkwrap.json, lockfileVersion 1 (npm 5–6: the nested
// `dependencies` tree), 2 (npm 7–8: `packages` plus the v1 tree) and 3 (npm 9+: `packages` only).
// Format: https://docs.npmjs.com/cli/configuring-npm/package-lock-json
const NM = 'node_modules/';
/**
 * Parses an npm lockfile into the shared `Lockfile` shape: one entry per installed copy, located by
 * its node_modules path, with `namedBy` resolved the way Node resolves requires (nearest
 * node_modules up the tree). `file` only names the file in errors. Throws MemgateError on conflict
 * markers, invalid JSON or an unknown lockfileVersion; never reads anything but `text`.
 */
function parseNpmLock(text, file) {
    assertNoConflict(text, file);
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        throw lockError(file, `invalid JSON (${jsonProblem(error)})`, jsonErrorLine(text, error), error);
    }
    if (json === null || typeof json !== 'object' || Array.isArray(json)) {
        throw lockError(file, 'expected a JSON object with a lockfileVersion', 1);
    }
    const version = json.lockfileVersion;
    const versionLine = () => {
        const at = text.indexOf('"lockfileVersion"');
        return at === -1 ? undefined : lineAt(text, at);
    };
    if (version !== 1 && version !== 2 && version !== 3) {
        throw lockError(file, `unknown lockfileVersion ${JSON.stringify(version) ?? '(missing)'} (memgate reads npm lockfile versions 1, 2 and 3)`, versionLine());
    }
    const packages = version === 1 ? fromTree(json.dependencies ?? {}) : fromPackages(json.packages ?? {}, file, versionLine());
    return { kind: 'npm', file, lockfileVersion: String(version), packages };
}
function fromPackages(entries, file, line) {
    if (typeof entries !== 'object' || entries === null)
        throw lockError(file, 'expected "packages" to be an object', line);
    const byLocation = new Map();
    const deps = new Map();
    for (const [location, entry] of Object.entries(entries)) {
        const installedName = nameAt(location);
        const workspace = !location.includes(NM) || location === '';
        let source = 'registry';
        let reference;
        if (workspace)
            source = 'workspace';
        else if (entry.link) {
            source = entries[entry.resolved ?? ''] ? 'workspace' : 'link';
            reference = `file:${entry.resolved ?? ''}`;
        }
        else if (entry.name && entry.name !== installedName) {
            source = 'alias';
            reference = `npm:${entry.name}@${entry.version ?? ''}`;
        }
        else if (entry.resolved && !isRegistryTarball(entry.resolved)) {
            source = sourceOf(entry.resolved);
            if (source === 'registry')
                source = 'tarball';
            reference = entry.resolved;
        }
        const target = entry.link ? entries[entry.resolved ?? ''] : undefined;
        const pkg = {
            name: workspace ? (entry.name ?? location) : installedName,
            version: entry.version ?? target?.version ?? reference ?? '',
            source,
            location,
            namedBy: []
        };
        if (reference !== undefined)
            pkg.reference = reference;
        if (entry.dev || entry.devOptional)
            pkg.dev = true;
        if (entry.optional || entry.devOptional)
            pkg.optional = true;
        byLocation.set(location, pkg);
        deps.set(location, { ...entry.peerDependencies, ...entry.optionalDependencies, ...entry.dependencies });
    }
    linkEdges(byLocation, deps);
    return [...byLocation.values()];
}
function fromTree(tree) {
    const byLocation = new Map();
    const deps = new Map();
    const walk = (entries, parent) => {
        for (const [name, entry] of Object.entries(entries)) {
            const location = `${parent}${NM}${name}`;
            const raw = entry.version ?? '';
            let childBase = `${location}/`;
            let source = 'registry';
            let version = raw;
            let reference;
            if (raw.startsWith('npm:')) {
                source = 'alias';
                reference = raw;
                version = raw.slice(raw.lastIndexOf('@') + 1);
            }
            else if (!/^\d/.test(raw)) {
                source = sourceOf(raw);
                if (source === 'registry')
                    source = 'tarball';
                reference = raw;
                // npm 7+ writes workspaces and linked directories into v1 as `file:<dir>`; their own
                // dependencies live in <dir>/node_modules, as lockfile v2 spells it out.
                if (source === 'file') {
                    source = 'link';
                    childBase = `${raw.slice('file:'.length)}/`;
                }
            }
            const pkg = { name, version, source, location, namedBy: [] };
            if (reference !== undefined)
                pkg.reference = reference;
            if (entry.dev)
                pkg.dev = true;
            if (entry.optional)
                pkg.optional = true;
            byLocation.set(location, pkg);
            deps.set(location, entry.requires ?? {});
            if (entry.dependencies)
                walk(entry.dependencies, childBase);
        }
    };
    walk(tree, '');
    linkEdges(byLocation, deps);
    return [...byLocation.values()];
}
/** Fills `namedBy` by resolving each dependency from the dependent's place, as Node would. */
function linkEdges(byLocation, deps) {
    for (const [location, names] of deps) {
        const parent = byLocation.get(location);
        if (!parent)
            continue;
        const by = parent.source === 'workspace' ? `workspace:${location}` : parent.name;
        // A link's dependencies resolve from where it points, which has its own entry.
        if (parent.source === 'link' || (parent.source === 'workspace' && location.includes(NM)))
            continue;
        for (const name of Object.keys(names)) {
            const child = resolveFrom(byLocation, location, name);
            if (child && !child.namedBy.includes(by))
                child.namedBy.push(by);
        }
    }
}
/** The package `name` as required from a module at `from` (a node_modules path or a directory). */
function resolveFrom(byLocation, from, name) {
    let dir = from;
    for (;;) {
        const hit = byLocation.get(dir === '' ? `${NM}${name}` : `${dir}/${NM}${name}`);
        if (hit)
            return hit;
        if (dir === '')
            return undefined;
        const cut = dir.lastIndexOf('/');
        dir = cut === -1 ? '' : dir.slice(0, cut);
        // `a/node_modules` is not a package directory; skip straight to `a`.
        if (dir.endsWith('/node_modules') || dir === 'node_modules') {
            dir = dir.slice(0, -'node_modules'.length).replace(/\/$/, '');
        }
    }
}
function nameAt(location) {
    const at = location.lastIndexOf(NM);
    return at === -1 ? location : location.slice(at + NM.length);
}
function isRegistryTarball(resolved) {
    return /^https?:\/\/.+\/-\/[^/]+\.tgz$/.test(resolved);
}
function jsonProblem(error) {
    return String(error.message ?? error).split('\n')[0];
}
function jsonErrorLine(text, error) {
    const message = String(error.message ?? '');
    const line = /line (\d+)/.exec(message);
    if (line)
        return Number(line[1]);
    const position = /position (\d+)/.exec(message);
    if (position)
        return lineAt(text, Number(position[1]));
    if (/end of JSON input/.test(message))
        return lineAt(text, text.length);
    return undefined;
}

// Two lockfiles (and the manifests around them) → the dependency changes between them. Pure.
/**
 * The semver kind of a change between two exact versions: `added`/`removed` when one side is
 * null, `downgrade` when `to` is lower, `prerelease` for any change semver calls pre-*, `other`
 * when either is not a version. Never throws.
 */
function classifyBump(from, to) {
    if (from === null && to === null)
        return 'other';
    if (from === null)
        return 'added';
    if (to === null)
        return 'removed';
    const a = semver.valid(from);
    const b = semver.valid(to);
    if (!a || !b)
        return 'other';
    const order = semver.compare(a, b);
    if (order === 0)
        return 'other';
    if (order > 0)
        return 'downgrade';
    const kind = semver.diff(a, b);
    if (kind === 'major' || kind === 'minor' || kind === 'patch')
        return kind;
    return 'prerelease';
}
/**
 * The bumps between two sides of one project. Direct bumps come from each package.json's
 * dependencies resolved in that side's lockfile (manifest: the package.json); transitive ones from
 * the versions of every package some other package depends on (manifest: `lockPath`), paired per
 * version by who names them, so a name installed in several versions never collapses into one
 * wrong pair. Without a lockfile on either side, range changes are reported `unresolved`.
 */
function diffLocks(base, head, lockPath) {
    if (!base.lock || !head.lock)
        return diffRanges(base.manifests, head.manifests);
    const baseIndex = indexLock(base.lock);
    const headIndex = indexLock(head.lock);
    const bumps = [];
    const manifests = new Map();
    for (const m of base.manifests)
        manifests.set(m.path, { base: m });
    for (const m of head.manifests)
        manifests.set(m.path, { ...manifests.get(m.path), head: m });
    for (const [path, pair] of manifests) {
        const before = new Map((pair.base?.dependencies ?? []).map((d) => [d.name, d]));
        const after = new Map((pair.head?.dependencies ?? []).map((d) => [d.name, d]));
        for (const name of new Set([...before.keys(), ...after.keys()])) {
            const b = before.get(name);
            const h = after.get(name);
            const bp = b && pair.base ? locate(baseIndex, pair.base.dir, b) : undefined;
            const hp = h && pair.head ? locate(headIndex, pair.head.dir, h) : undefined;
            if (bp?.source === 'workspace' || hp?.source === 'workspace')
                continue;
            const bump = directBump(name, b, bp, h, hp, path);
            if (bump)
                bumps.push(bump);
        }
    }
    bumps.push(...transitiveBumps(base.lock, head.lock, lockPath, bumps));
    return bumps;
}
function directBump(name, b, bp, h, hp, manifest) {
    const dependencyType = (h ?? b).dependencyType;
    if (!bp && !hp) {
        // Named but not installed on either side (a peer nobody installs, a skipped optional).
        if (b?.range === h?.range)
            return null;
        return rangeBump(name, b, h, manifest);
    }
    const from = bp?.version ?? null;
    const to = hp?.version ?? null;
    const fromRef = b && bp ? refOf(b, bp) : null;
    const toRef = h && hp ? refOf(h, hp) : null;
    if (from === to && fromRef === toRef)
        return null;
    const exotic = (bp && bp.source !== 'registry') || (hp && hp.source !== 'registry');
    const bump = {
        name,
        from,
        to,
        type: exotic && bp && hp ? 'other' : classifyBump(from, to),
        direct: true,
        dependencyType,
        manifest
    };
    if (bump.type === 'other' && fromRef !== toRef)
        bump.change = `${fromRef ?? '(none)'} → ${toRef ?? '(none)'}`;
    return bump;
}
/** What a dependency points at, for the `change` of an `other` bump: the range if it is not semver. */
function refOf(dep, pkg) {
    if (pkg.source === 'registry')
        return pkg.version;
    return semver.validRange(dep.range) ? (pkg.reference ?? pkg.version) : dep.range;
}
function rangeBump(name, b, h, manifest) {
    const from = b?.range ?? null;
    const to = h?.range ?? null;
    const low = (range) => {
        if (range === null)
            return null;
        try {
            return semver.minVersion(range)?.version ?? range;
        }
        catch {
            return range;
        }
    };
    return {
        name,
        from,
        to,
        type: classifyBump(low(from), low(to)),
        direct: true,
        dependencyType: (h ?? b).dependencyType,
        manifest,
        unresolved: true
    };
}
function diffRanges(base, head) {
    const bumps = [];
    const paths = new Set([...base.map((m) => m.path), ...head.map((m) => m.path)]);
    for (const path of paths) {
        const before = new Map((base.find((m) => m.path === path)?.dependencies ?? []).map((d) => [d.name, d]));
        const after = new Map((head.find((m) => m.path === path)?.dependencies ?? []).map((d) => [d.name, d]));
        for (const name of new Set([...before.keys(), ...after.keys()])) {
            const b = before.get(name);
            const h = after.get(name);
            if (b?.range !== h?.range)
                bumps.push(rangeBump(name, b, h, path));
        }
    }
    return bumps;
}
function indexLock(lock) {
    const byLocation = new Map();
    const byDescriptor = new Map();
    for (const pkg of lock.packages) {
        byLocation.set(pkg.location, pkg);
        for (const d of pkg.descriptors ?? [])
            byDescriptor.set(d, pkg);
    }
    return { lock, byLocation, byDescriptor };
}
/** The package a workspace at `dir` gets for one of its manifest's dependencies. */
function locate(index, dir, dep) {
    const { lock } = index;
    switch (lock.kind) {
        case 'npm':
            return resolveFrom(index.byLocation, dir, dep.name);
        case 'pnpm': {
            const location = lock.importers?.[dir]?.[dep.name];
            return location === undefined ? undefined : index.byLocation.get(location);
        }
        case 'yarn':
        case 'yarn-berry':
            return (index.byDescriptor.get(`${dep.name}@${dep.range}`) ??
                index.byDescriptor.get(`${dep.name}@npm:${dep.range}`));
    }
}
/**
 * Transitive changes: per name, the versions some package (not only a manifest) depends on.
 * Versions on both sides are unchanged; the rest are paired by a shared dependent, then by major,
 * then one-to-one; leftovers are added or removed. A pair a direct bump already reports is dropped.
 */
function transitiveBumps(base, head, lockPath, direct) {
    const before = transitiveVersions(base);
    const after = transitiveVersions(head);
    const reported = new Set(direct.map((b) => `${b.name}\0${b.from}\0${b.to}`));
    const directFrom = new Set(direct.map((b) => `${b.name}\0${b.from}`));
    const directTo = new Set(direct.map((b) => `${b.name}\0${b.to}`));
    const bumps = [];
    for (const name of new Set([...before.keys(), ...after.keys()])) {
        const b = before.get(name) ?? new Map();
        const h = after.get(name) ?? new Map();
        const removed = [...b.keys()].filter((k) => !h.has(k));
        const added = [...h.keys()].filter((k) => !b.has(k));
        if (removed.length === 0 && added.length === 0)
            continue;
        for (const [r, a] of pairVersions(removed, added, b, h)) {
            const rp = r === null ? undefined : b.get(r)[0];
            const ap = a === null ? undefined : h.get(a)[0];
            const from = rp?.version ?? null;
            const to = ap?.version ?? null;
            if (reported.has(`${name}\0${from}\0${to}`))
                continue;
            if (!rp && directTo.has(`${name}\0${to}`))
                continue;
            if (!ap && directFrom.has(`${name}\0${from}`))
                continue;
            const exotic = (rp && rp.source !== 'registry') || (ap && ap.source !== 'registry');
            const bump = {
                name,
                from,
                to,
                type: exotic && rp && ap ? 'other' : classifyBump(from, to),
                direct: false,
                manifest: lockPath
            };
            if (bump.type === 'other')
                bump.change = `${rp?.reference ?? from ?? '(none)'} → ${ap?.reference ?? to ?? '(none)'}`;
            bumps.push(bump);
        }
    }
    return bumps;
}
/** name → identity (version or reference) → the installed copies some package depends on. */
function transitiveVersions(lock) {
    const out = new Map();
    for (const pkg of lock.packages) {
        if (pkg.source === 'workspace')
            continue;
        if (!pkg.namedBy.some((by) => !by.startsWith('workspace:')))
            continue;
        let versions = out.get(pkg.name);
        if (!versions)
            out.set(pkg.name, (versions = new Map()));
        const id = pkg.reference ?? pkg.version;
        const copies = versions.get(id);
        if (copies)
            copies.push(pkg);
        else
            versions.set(id, [pkg]);
    }
    return out;
}
function pairVersions(removed, added, before, after) {
    const pairs = [];
    const left = new Set(removed);
    const right = new Set(added);
    const take = (match) => {
        for (const r of [...left]) {
            const a = [...right].find((candidate) => match(r, candidate));
            if (a === undefined)
                continue;
            pairs.push([r, a]);
            left.delete(r);
            right.delete(a);
        }
    };
    const parents = (copies) => new Set(copies.flatMap((c) => c.namedBy));
    take((r, a) => {
        const pa = parents(after.get(a));
        return [...parents(before.get(r))].some((p) => !p.startsWith('workspace:') && pa.has(p));
    });
    take((r, a) => {
        const mr = semver.valid(r) ? semver.major(r) : null;
        return mr !== null && semver.valid(a) !== null && semver.major(a) === mr;
    });
    if (left.size === 1 && right.size === 1)
        take(() => true);
    for (const r of left)
        pairs.push([r, null]);
    for (const a of right)
        pairs.push([null, a]);
    return pairs;
}

/**
 * The bumps the inputs keep, in their order. Globs match the whole name: `*` any run of characters
 * but `/`, `**` any run, `?` one character (`@types/*`, `eslint-*`). Empty lists filter nothing.
 * Never throws.
 */
function filterBumps(bumps, filter = {}) {
    const include = (filter.include ?? []).filter(Boolean).map(globToRegExp);
    const exclude = (filter.exclude ?? []).filter(Boolean).map(globToRegExp);
    const types = filter.dependencyTypes?.length ? new Set(filter.dependencyTypes) : null;
    return bumps.filter((bump) => {
        if (include.length && !include.some((re) => re.test(bump.name)))
            return false;
        if (exclude.some((re) => re.test(bump.name)))
            return false;
        if (types) {
            if (bump.dependencyType)
                return types.has(bump.dependencyType);
            if (bump.via?.length)
                return bump.via.some((t) => types.has(t));
        }
        return true;
    });
}
/** A package-name glob as an anchored RegExp. */
function globToRegExp(glob) {
    let source = '';
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        if (c === '*' && glob[i + 1] === '*') {
            source += '.*';
            i++;
        }
        else if (c === '*')
            source += '[^/]*';
        else if (c === '?')
            source += '[^/]';
        else
            source += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`^${source}$`);
}

// Which package manager a project uses, from its files and its package.json. Pure.
/** Lockfile names by manager, in the order a directory holding several is read. */
const LOCKFILES = [
    ['pnpm-lock.yaml', 'pnpm'],
    ['yarn.lock', 'yarn'],
    ['npm-shrinkwrap.json', 'npm'],
    ['package-lock.json', 'npm']
];
/**
 * The package manager of the project whose root directory holds `files` (names or paths relative to
 * it). package.json's `packageManager` field (corepack's `name@version`) wins; else the lockfile
 * present decides (Yarn 2+ is told from Yarn 1 by `.yarnrc.yml` or `.yarn/releases`); else npm.
 * Never throws; an unknown `packageManager` name is ignored.
 */
function detectPackageManager(files, packageJsonText) {
    const present = new Set(files.map((f) => f.replace(/^\.\//, '')));
    const berryHints = present.has('.yarnrc.yml') || files.some((f) => f.startsWith('.yarn/releases/'));
    const lockfileOf = (name) => LOCKFILES.find(([file, manager]) => (manager === name || (name === 'yarn-berry' && manager === 'yarn')) && present.has(file))?.[0];
    const field = packageManagerField(packageJsonText);
    if (field) {
        const match = /^(npm|pnpm|yarn)@(\d[^+\s]*)/.exec(field);
        if (match) {
            const [, tool, version] = match;
            const name = tool === 'yarn' && !version.startsWith('1.') ? 'yarn-berry' : tool;
            const lockfile = lockfileOf(name);
            return lockfile ? { name, version, lockfile } : { name, version };
        }
    }
    for (const [file, manager] of LOCKFILES) {
        if (!present.has(file))
            continue;
        return { name: manager === 'yarn' && berryHints ? 'yarn-berry' : manager, lockfile: file };
    }
    return { name: berryHints ? 'yarn-berry' : 'npm' };
}
function packageManagerField(text) {
    if (!text)
        return undefined;
    try {
        const value = JSON.parse(text).packageManager;
        return typeof value === 'string' ? value : undefined;
    }
    catch {
        return undefined;
    }
}

// When a name sits in several sections, npm installs it by this precedence.
const SECTIONS = ['dependencies', 'optionalDependencies', 'devDependencies', 'peerDependencies'];
/**
 * Reads a package.json's dependencies (one per name, by npm's precedence) and workspaces.
 * `path` is the file's path from the repo root, `dir` its directory from the lockfile's;
 * `label` names it in errors. Throws MemgateError on invalid JSON.
 */
function parseManifest(text, path, dir = '', label = path) {
    assertNoConflict(text, label);
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        const position = /position (\d+)/.exec(String(error.message));
        const line = position ? lineAt(text, Number(position[1])) : undefined;
        throw lockError(label, `invalid JSON (${String(error.message).split('\n')[0]})`, line, error);
    }
    if (json === null || typeof json !== 'object' || Array.isArray(json)) {
        throw lockError(label, 'expected a JSON object', 1);
    }
    const seen = new Set();
    const dependencies = [];
    for (const dependencyType of SECTIONS) {
        const section = json[dependencyType];
        if (!section || typeof section !== 'object')
            continue;
        for (const [name, range] of Object.entries(section)) {
            if (seen.has(name) || typeof range !== 'string')
                continue;
            seen.add(name);
            dependencies.push({ name, range, dependencyType });
        }
    }
    const ws = json.workspaces;
    const globs = Array.isArray(ws) ? ws : Array.isArray(ws?.packages) ? ws.packages : [];
    const manifest = {
        path,
        dir,
        dependencies,
        workspaces: globs.filter((glob) => typeof glob === 'string')
    };
    if (typeof json.name === 'string')
        manifest.name = json.name;
    if (typeof json.packageManager === 'string')
        manifest.packageManager = json.packageManager;
    return manifest;
}

// I/O of the bumps stage: which manifests and lockfiles to read at which commit, then the pure
// parsers and diff. Reads nothing beyond `git diff --name-only` when no manifest or lockfile changed.
const LOCK_NAMES = new Set(LOCKFILES.map(([file]) => file));
const RELEVANT = new Set([...LOCK_NAMES, 'package.json', 'pnpm-workspace.yaml']);
/** Whether a changed path can change dependencies (a manifest, lockfile or pnpm workspace list). */
function isDependencyFile(path) {
    return RELEVANT.has(posix.basename(path)) && !path.split('/').includes('node_modules');
}
/** The dependency changes between two commits. Throws MemgateError on a malformed lockfile. */
async function readBumps(git, base, head, options = {}) {
    const scope = normalizeDir(options.workingDirectory);
    const changed = (await git.changedFiles(base, head)).filter((p) => isDependencyFile(p) && within(p, scope));
    if (changed.length === 0)
        return [];
    const [baseFiles, headFiles] = await Promise.all([git.listFiles(base), git.listFiles(head)]);
    const sides = { base: new Set(baseFiles.filter(isDependencyFile)), head: new Set(headFiles.filter(isDependencyFile)) };
    const lockDirs = new Set([...sides.base, ...sides.head].filter((p) => LOCK_NAMES.has(posix.basename(p))).map((p) => dirOf(p)));
    const rootOf = (path) => {
        for (let dir = dirOf(path);; dir = dirOf(dir)) {
            if (lockDirs.has(dir))
                return dir;
            if (dir === '')
                return null;
        }
    };
    const roots = new Set();
    const loose = new Set();
    for (const path of changed) {
        const root = rootOf(path);
        if (root !== null)
            roots.add(root);
        else if (posix.basename(path) === 'package.json')
            loose.add(path);
    }
    const reader = new Reader(git, base, head, new Set(changed));
    const bumps = [];
    for (const root of [...roots].sort())
        bumps.push(...(await readProject(reader, root, sides, scope)));
    // A package.json outside any project with a lockfile: only its ranges can be compared.
    for (const path of [...loose].sort()) {
        const dir = dirOf(path);
        const side = async (sha) => {
            const text = await reader.text(sha, path);
            return text === null ? [] : [parseManifest(text, path, '', reader.label(sha, path))];
        };
        bumps.push(...diffLocks({ lock: null, manifests: await side(base) }, { lock: null, manifests: await side(head) }, dir));
    }
    return filterBumps(bumps, options);
}
async function readProject(reader, root, sides, scope) {
    const lockPaths = [...new Set([...sides.base, ...sides.head])]
        .filter((p) => dirOf(p) === root && LOCK_NAMES.has(posix.basename(p)))
        .map((p) => posix.basename(p));
    const rootManifestPath = joinPath(root, 'package.json');
    const headRootManifest = await reader.text(reader.head, rootManifestPath);
    const manager = detectPackageManager(lockPaths, headRootManifest ?? undefined);
    const lockName = manager.lockfile ?? lockPaths[0];
    const lockPath = joinPath(root, lockName);
    const side = async (sha, files) => {
        const rootText = sha === reader.head ? headRootManifest : await reader.text(sha, rootManifestPath);
        const manifests = [];
        if (rootText !== null) {
            const rootManifest = parseManifest(rootText, rootManifestPath, '', reader.label(sha, rootManifestPath));
            manifests.push(rootManifest);
            const globs = [...rootManifest.workspaces, ...(await pnpmWorkspaces(reader, sha, root))];
            for (const path of workspaceManifests(files, root, globs)) {
                const text = await reader.text(sha, path);
                if (text !== null)
                    manifests.push(parseManifest(text, path, relativeDir(root, dirOf(path)), reader.label(sha, path)));
            }
        }
        const lockText = await reader.text(sha, lockPath);
        const lock = lockText === null ? null : await reader.lock(sha, lockPath, lockText);
        return { lock, manifests };
    };
    const bumps = diffLocks(await side(reader.base, sides.base), await side(reader.head, sides.head), lockPath);
    // A working directory inside a monorepo keeps the bumps of its own manifests, and the lockfile's.
    return bumps.filter((b) => within(b.manifest, scope) || b.manifest === lockPath);
}
function workspaceManifests(files, root, globs) {
    if (globs.length === 0)
        return [];
    const positive = globs.filter((g) => !g.startsWith('!')).map((g) => globToRegExp(trimGlob(g)));
    const negative = globs.filter((g) => g.startsWith('!')).map((g) => globToRegExp(trimGlob(g.slice(1))));
    const out = [];
    for (const path of files) {
        if (posix.basename(path) !== 'package.json' || !within(path, root))
            continue;
        const dir = relativeDir(root, dirOf(path));
        if (dir === '')
            continue;
        if (positive.some((re) => re.test(dir)) && !negative.some((re) => re.test(dir)))
            out.push(path);
    }
    return out.sort();
}
async function pnpmWorkspaces(reader, sha, root) {
    const path = joinPath(root, 'pnpm-workspace.yaml');
    const text = await reader.text(sha, path);
    if (text === null)
        return [];
    // The list is `packages:` followed by `- glob` lines; a YAML parser is not needed for that.
    const globs = [];
    let inPackages = false;
    for (const line of text.split(/\r?\n/)) {
        if (/^packages\s*:/.test(line))
            inPackages = true;
        else if (/^\S/.test(line))
            inPackages = false;
        else if (inPackages) {
            const item = /^\s+-\s*(['"]?)(.+?)\1\s*(#.*)?$/.exec(line);
            if (item)
                globs.push(item[2]);
        }
    }
    return globs;
}
/** Reads each file once per commit, and a file unchanged between the commits once in all. */
class Reader {
    git;
    base;
    head;
    changed;
    texts = new Map();
    locks = new Map();
    constructor(git, base, head, changed) {
        this.git = git;
        this.base = base;
        this.head = head;
        this.changed = changed;
    }
    text(sha, path) {
        const key = this.changed.has(path) ? `${sha}:${path}` : `*:${path}`;
        let text = this.texts.get(key);
        if (!text)
            this.texts.set(key, (text = this.git.showFile(sha, path)));
        return text;
    }
    label(sha, path) {
        return `${path} at ${sha.slice(0, 7)}`;
    }
    async lock(sha, path, text) {
        const key = this.changed.has(path) ? `${sha}:${path}` : `*:${path}`;
        let lock = this.locks.get(key);
        if (!lock)
            this.locks.set(key, (lock = parseLock(path, text, this.label(sha, path))));
        return lock;
    }
}
function parseLock(path, text, label) {
    switch (posix.basename(path)) {
        case 'package-lock.json':
        case 'npm-shrinkwrap.json':
            return parseNpmLock(text, label);
        default:
            throw new Error(`no parser for ${path} yet`);
    }
}
function normalizeDir(dir) {
    const clean = posix.normalize((dir ?? '').replace(/\\/g, '/')).replace(/^\.\/?|\/$/g, '');
    return clean === '.' ? '' : clean;
}
function within(path, dir) {
    return dir === '' || path === dir || path.startsWith(`${dir}/`);
}
function dirOf(path) {
    const dir = posix.dirname(path);
    return dir === '.' ? '' : dir;
}
function joinPath(dir, name) {
    return dir === '' ? name : `${dir}/${name}`;
}
function relativeDir(root, dir) {
    return root === '' ? dir : dir === root ? '' : dir.slice(root.length + 1);
}
function trimGlob(glob) {
    return glob.replace(/^\.\//, '').replace(/\/+$/, '');
}

var __awaiter$3 = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
const { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs.promises;
// export const {open} = 'fs'
const IS_WINDOWS$1 = process.platform === 'win32';
fs.constants.O_RDONLY;
function exists(fsPath) {
    return __awaiter$3(this, void 0, void 0, function* () {
        try {
            yield stat(fsPath);
        }
        catch (err) {
            if (err.code === 'ENOENT') {
                return false;
            }
            throw err;
        }
        return true;
    });
}
/**
 * On OSX/Linux, true if path starts with '/'. On Windows, true for paths like:
 * \, \hello, \\hello\share, C:, and C:\hello (and corresponding alternate separator cases).
 */
function isRooted(p) {
    p = normalizeSeparators(p);
    if (!p) {
        throw new Error('isRooted() parameter "p" cannot be empty');
    }
    if (IS_WINDOWS$1) {
        return (p.startsWith('\\') || /^[A-Z]:/i.test(p) // e.g. \ or \hello or \\hello
        ); // e.g. C: or C:\hello
    }
    return p.startsWith('/');
}
/**
 * Best effort attempt to determine whether a file exists and is executable.
 * @param filePath    file path to check
 * @param extensions  additional file extensions to try
 * @return if file exists and is executable, returns the file path. otherwise empty string.
 */
function tryGetExecutablePath(filePath, extensions) {
    return __awaiter$3(this, void 0, void 0, function* () {
        let stats = undefined;
        try {
            // test file exists
            stats = yield stat(filePath);
        }
        catch (err) {
            if (err.code !== 'ENOENT') {
                // eslint-disable-next-line no-console
                console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
            }
        }
        if (stats && stats.isFile()) {
            if (IS_WINDOWS$1) {
                // on Windows, test for valid extension
                const upperExt = path.extname(filePath).toUpperCase();
                if (extensions.some(validExt => validExt.toUpperCase() === upperExt)) {
                    return filePath;
                }
            }
            else {
                if (isUnixExecutable(stats)) {
                    return filePath;
                }
            }
        }
        // try each extension
        const originalFilePath = filePath;
        for (const extension of extensions) {
            filePath = originalFilePath + extension;
            stats = undefined;
            try {
                stats = yield stat(filePath);
            }
            catch (err) {
                if (err.code !== 'ENOENT') {
                    // eslint-disable-next-line no-console
                    console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
                }
            }
            if (stats && stats.isFile()) {
                if (IS_WINDOWS$1) {
                    // preserve the case of the actual file (since an extension was appended)
                    try {
                        const directory = path.dirname(filePath);
                        const upperName = path.basename(filePath).toUpperCase();
                        for (const actualName of yield readdir(directory)) {
                            if (upperName === actualName.toUpperCase()) {
                                filePath = path.join(directory, actualName);
                                break;
                            }
                        }
                    }
                    catch (err) {
                        // eslint-disable-next-line no-console
                        console.log(`Unexpected error attempting to determine the actual case of the file '${filePath}': ${err}`);
                    }
                    return filePath;
                }
                else {
                    if (isUnixExecutable(stats)) {
                        return filePath;
                    }
                }
            }
        }
        return '';
    });
}
function normalizeSeparators(p) {
    p = p || '';
    if (IS_WINDOWS$1) {
        // convert slashes on Windows
        p = p.replace(/\//g, '\\');
        // remove redundant slashes
        return p.replace(/\\\\+/g, '\\');
    }
    // remove redundant slashes
    return p.replace(/\/\/+/g, '/');
}
// on Mac/Linux, test the execute bit
//     R   W  X  R  W X R W X
//   256 128 64 32 16 8 4 2 1
function isUnixExecutable(stats) {
    return ((stats.mode & 1) > 0 ||
        ((stats.mode & 8) > 0 &&
            process.getgid !== undefined &&
            stats.gid === process.getgid()) ||
        ((stats.mode & 64) > 0 &&
            process.getuid !== undefined &&
            stats.uid === process.getuid()));
}

var __awaiter$2 = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
/**
 * Returns path of a tool had the tool actually been invoked.  Resolves via paths.
 * If you check and the tool does not exist, it will throw.
 *
 * @param     tool              name of the tool
 * @param     check             whether to check if tool exists
 * @returns   Promise<string>   path to tool
 */
function which(tool, check) {
    return __awaiter$2(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // recursive when check=true
        if (check) {
            const result = yield which(tool, false);
            if (!result) {
                if (IS_WINDOWS$1) {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`);
                }
                else {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`);
                }
            }
            return result;
        }
        const matches = yield findInPath(tool);
        if (matches && matches.length > 0) {
            return matches[0];
        }
        return '';
    });
}
/**
 * Returns a list of all occurrences of the given tool on the system path.
 *
 * @returns   Promise<string[]>  the paths of the tool
 */
function findInPath(tool) {
    return __awaiter$2(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // build the list of extensions to try
        const extensions = [];
        if (IS_WINDOWS$1 && process.env['PATHEXT']) {
            for (const extension of process.env['PATHEXT'].split(path.delimiter)) {
                if (extension) {
                    extensions.push(extension);
                }
            }
        }
        // if it's rooted, return it if exists. otherwise return empty.
        if (isRooted(tool)) {
            const filePath = yield tryGetExecutablePath(tool, extensions);
            if (filePath) {
                return [filePath];
            }
            return [];
        }
        // if any path separators, return empty
        if (tool.includes(path.sep)) {
            return [];
        }
        // build the list of directories
        //
        // Note, technically "where" checks the current directory on Windows. From a toolkit perspective,
        // it feels like we should not do this. Checking the current directory seems like more of a use
        // case of a shell, and the which() function exposed by the toolkit should strive for consistency
        // across platforms.
        const directories = [];
        if (process.env.PATH) {
            for (const p of process.env.PATH.split(path.delimiter)) {
                if (p) {
                    directories.push(p);
                }
            }
        }
        // find all matches
        const matches = [];
        for (const directory of directories) {
            const filePath = yield tryGetExecutablePath(path.join(directory, tool), extensions);
            if (filePath) {
                matches.push(filePath);
            }
        }
        return matches;
    });
}

var __awaiter$1 = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
/* eslint-disable @typescript-eslint/unbound-method */
const IS_WINDOWS = process.platform === 'win32';
/*
 * Class for running command line tools. Handles quoting and arg parsing in a platform agnostic way.
 */
class ToolRunner extends events.EventEmitter {
    constructor(toolPath, args, options) {
        super();
        if (!toolPath) {
            throw new Error("Parameter 'toolPath' cannot be null or empty.");
        }
        this.toolPath = toolPath;
        this.args = args || [];
        this.options = options || {};
    }
    _debug(message) {
        if (this.options.listeners && this.options.listeners.debug) {
            this.options.listeners.debug(message);
        }
    }
    _getCommandString(options, noPrefix) {
        const toolPath = this._getSpawnFileName();
        const args = this._getSpawnArgs(options);
        let cmd = noPrefix ? '' : '[command]'; // omit prefix when piped to a second tool
        if (IS_WINDOWS) {
            // Windows + cmd file
            if (this._isCmdFile()) {
                cmd += toolPath;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows + verbatim
            else if (options.windowsVerbatimArguments) {
                cmd += `"${toolPath}"`;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows (regular)
            else {
                cmd += this._windowsQuoteCmdArg(toolPath);
                for (const a of args) {
                    cmd += ` ${this._windowsQuoteCmdArg(a)}`;
                }
            }
        }
        else {
            // OSX/Linux - this can likely be improved with some form of quoting.
            // creating processes on Unix is fundamentally different than Windows.
            // on Unix, execvp() takes an arg array.
            cmd += toolPath;
            for (const a of args) {
                cmd += ` ${a}`;
            }
        }
        return cmd;
    }
    _processLineBuffer(data, strBuffer, onLine) {
        try {
            let s = strBuffer + data.toString();
            let n = s.indexOf(os.EOL);
            while (n > -1) {
                const line = s.substring(0, n);
                onLine(line);
                // the rest of the string ...
                s = s.substring(n + os.EOL.length);
                n = s.indexOf(os.EOL);
            }
            return s;
        }
        catch (err) {
            // streaming lines to console is best effort.  Don't fail a build.
            this._debug(`error processing line. Failed with error ${err}`);
            return '';
        }
    }
    _getSpawnFileName() {
        if (IS_WINDOWS) {
            if (this._isCmdFile()) {
                return process.env['COMSPEC'] || 'cmd.exe';
            }
        }
        return this.toolPath;
    }
    _getSpawnArgs(options) {
        if (IS_WINDOWS) {
            if (this._isCmdFile()) {
                let argline = `/D /S /C "${this._windowsQuoteCmdArg(this.toolPath)}`;
                for (const a of this.args) {
                    argline += ' ';
                    argline += options.windowsVerbatimArguments
                        ? a
                        : this._windowsQuoteCmdArg(a);
                }
                argline += '"';
                return [argline];
            }
        }
        return this.args;
    }
    _endsWith(str, end) {
        return str.endsWith(end);
    }
    _isCmdFile() {
        const upperToolPath = this.toolPath.toUpperCase();
        return (this._endsWith(upperToolPath, '.CMD') ||
            this._endsWith(upperToolPath, '.BAT'));
    }
    _windowsQuoteCmdArg(arg) {
        // for .exe, apply the normal quoting rules that libuv applies
        if (!this._isCmdFile()) {
            return this._uvQuoteCmdArg(arg);
        }
        // otherwise apply quoting rules specific to the cmd.exe command line parser.
        // the libuv rules are generic and are not designed specifically for cmd.exe
        // command line parser.
        //
        // for a detailed description of the cmd.exe command line parser, refer to
        // http://stackoverflow.com/questions/4094699/how-does-the-windows-command-interpreter-cmd-exe-parse-scripts/7970912#7970912
        // need quotes for empty arg
        if (!arg) {
            return '""';
        }
        // determine whether the arg needs to be quoted
        const cmdSpecialChars = [
            ' ',
            '\t',
            '&',
            '(',
            ')',
            '[',
            ']',
            '{',
            '}',
            '^',
            '=',
            ';',
            '!',
            "'",
            '+',
            ',',
            '`',
            '~',
            '|',
            '<',
            '>',
            '"'
        ];
        let needsQuotes = false;
        for (const char of arg) {
            if (cmdSpecialChars.some(x => x === char)) {
                needsQuotes = true;
                break;
            }
        }
        // short-circuit if quotes not needed
        if (!needsQuotes) {
            return arg;
        }
        // the following quoting rules are very similar to the rules that by libuv applies.
        //
        // 1) wrap the string in quotes
        //
        // 2) double-up quotes - i.e. " => ""
        //
        //    this is different from the libuv quoting rules. libuv replaces " with \", which unfortunately
        //    doesn't work well with a cmd.exe command line.
        //
        //    note, replacing " with "" also works well if the arg is passed to a downstream .NET console app.
        //    for example, the command line:
        //          foo.exe "myarg:""my val"""
        //    is parsed by a .NET console app into an arg array:
        //          [ "myarg:\"my val\"" ]
        //    which is the same end result when applying libuv quoting rules. although the actual
        //    command line from libuv quoting rules would look like:
        //          foo.exe "myarg:\"my val\""
        //
        // 3) double-up slashes that precede a quote,
        //    e.g.  hello \world    => "hello \world"
        //          hello\"world    => "hello\\""world"
        //          hello\\"world   => "hello\\\\""world"
        //          hello world\    => "hello world\\"
        //
        //    technically this is not required for a cmd.exe command line, or the batch argument parser.
        //    the reasons for including this as a .cmd quoting rule are:
        //
        //    a) this is optimized for the scenario where the argument is passed from the .cmd file to an
        //       external program. many programs (e.g. .NET console apps) rely on the slash-doubling rule.
        //
        //    b) it's what we've been doing previously (by deferring to node default behavior) and we
        //       haven't heard any complaints about that aspect.
        //
        // note, a weakness of the quoting rules chosen here, is that % is not escaped. in fact, % cannot be
        // escaped when used on the command line directly - even though within a .cmd file % can be escaped
        // by using %%.
        //
        // the saving grace is, on the command line, %var% is left as-is if var is not defined. this contrasts
        // the line parsing rules within a .cmd file, where if var is not defined it is replaced with nothing.
        //
        // one option that was explored was replacing % with ^% - i.e. %var% => ^%var^%. this hack would
        // often work, since it is unlikely that var^ would exist, and the ^ character is removed when the
        // variable is used. the problem, however, is that ^ is not removed when %* is used to pass the args
        // to an external program.
        //
        // an unexplored potential solution for the % escaping problem, is to create a wrapper .cmd file.
        // % can be escaped within a .cmd file.
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\'; // double the slash
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '"'; // double the quote
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _uvQuoteCmdArg(arg) {
        // Tool runner wraps child_process.spawn() and needs to apply the same quoting as
        // Node in certain cases where the undocumented spawn option windowsVerbatimArguments
        // is used.
        //
        // Since this function is a port of quote_cmd_arg from Node 4.x (technically, lib UV,
        // see https://github.com/nodejs/node/blob/v4.x/deps/uv/src/win/process.c for details),
        // pasting copyright notice from Node within this function:
        //
        //      Copyright Joyent, Inc. and other Node contributors. All rights reserved.
        //
        //      Permission is hereby granted, free of charge, to any person obtaining a copy
        //      of this software and associated documentation files (the "Software"), to
        //      deal in the Software without restriction, including without limitation the
        //      rights to use, copy, modify, merge, publish, distribute, sublicense, and/or
        //      sell copies of the Software, and to permit persons to whom the Software is
        //      furnished to do so, subject to the following conditions:
        //
        //      The above copyright notice and this permission notice shall be included in
        //      all copies or substantial portions of the Software.
        //
        //      THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
        //      IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
        //      FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
        //      AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
        //      LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING
        //      FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS
        //      IN THE SOFTWARE.
        if (!arg) {
            // Need double quotation for empty argument
            return '""';
        }
        if (!arg.includes(' ') && !arg.includes('\t') && !arg.includes('"')) {
            // No quotation needed
            return arg;
        }
        if (!arg.includes('"') && !arg.includes('\\')) {
            // No embedded double quotes or backslashes, so I can just wrap
            // quote marks around the whole thing.
            return `"${arg}"`;
        }
        // Expected input/output:
        //   input : hello"world
        //   output: "hello\"world"
        //   input : hello""world
        //   output: "hello\"\"world"
        //   input : hello\world
        //   output: hello\world
        //   input : hello\\world
        //   output: hello\\world
        //   input : hello\"world
        //   output: "hello\\\"world"
        //   input : hello\\"world
        //   output: "hello\\\\\"world"
        //   input : hello world\
        //   output: "hello world\\" - note the comment in libuv actually reads "hello world\"
        //                             but it appears the comment is wrong, it should be "hello world\\"
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\';
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '\\';
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _cloneExecOptions(options) {
        options = options || {};
        const result = {
            cwd: options.cwd || process.cwd(),
            env: options.env || process.env,
            silent: options.silent || false,
            windowsVerbatimArguments: options.windowsVerbatimArguments || false,
            failOnStdErr: options.failOnStdErr || false,
            ignoreReturnCode: options.ignoreReturnCode || false,
            delay: options.delay || 10000
        };
        result.outStream = options.outStream || process.stdout;
        result.errStream = options.errStream || process.stderr;
        return result;
    }
    _getSpawnOptions(options, toolPath) {
        options = options || {};
        const result = {};
        result.cwd = options.cwd;
        result.env = options.env;
        result['windowsVerbatimArguments'] =
            options.windowsVerbatimArguments || this._isCmdFile();
        if (options.windowsVerbatimArguments) {
            result.argv0 = `"${toolPath}"`;
        }
        return result;
    }
    /**
     * Exec a tool.
     * Output will be streamed to the live console.
     * Returns promise with return code
     *
     * @param     tool     path to tool to exec
     * @param     options  optional exec options.  See ExecOptions
     * @returns   number
     */
    exec() {
        return __awaiter$1(this, void 0, void 0, function* () {
            // root the tool path if it is unrooted and contains relative pathing
            if (!isRooted(this.toolPath) &&
                (this.toolPath.includes('/') ||
                    (IS_WINDOWS && this.toolPath.includes('\\')))) {
                // prefer options.cwd if it is specified, however options.cwd may also need to be rooted
                this.toolPath = path.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
            }
            // if the tool is only a file name, then resolve it from the PATH
            // otherwise verify it exists (add extension on Windows if necessary)
            this.toolPath = yield which(this.toolPath, true);
            return new Promise((resolve, reject) => __awaiter$1(this, void 0, void 0, function* () {
                this._debug(`exec tool: ${this.toolPath}`);
                this._debug('arguments:');
                for (const arg of this.args) {
                    this._debug(`   ${arg}`);
                }
                const optionsNonNull = this._cloneExecOptions(this.options);
                if (!optionsNonNull.silent && optionsNonNull.outStream) {
                    optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + os.EOL);
                }
                const state = new ExecState(optionsNonNull, this.toolPath);
                state.on('debug', (message) => {
                    this._debug(message);
                });
                if (this.options.cwd && !(yield exists(this.options.cwd))) {
                    return reject(new Error(`The cwd: ${this.options.cwd} does not exist!`));
                }
                const fileName = this._getSpawnFileName();
                const cp = child.spawn(fileName, this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(this.options, fileName));
                let stdbuffer = '';
                if (cp.stdout) {
                    cp.stdout.on('data', (data) => {
                        if (this.options.listeners && this.options.listeners.stdout) {
                            this.options.listeners.stdout(data);
                        }
                        if (!optionsNonNull.silent && optionsNonNull.outStream) {
                            optionsNonNull.outStream.write(data);
                        }
                        stdbuffer = this._processLineBuffer(data, stdbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.stdline) {
                                this.options.listeners.stdline(line);
                            }
                        });
                    });
                }
                let errbuffer = '';
                if (cp.stderr) {
                    cp.stderr.on('data', (data) => {
                        state.processStderr = true;
                        if (this.options.listeners && this.options.listeners.stderr) {
                            this.options.listeners.stderr(data);
                        }
                        if (!optionsNonNull.silent &&
                            optionsNonNull.errStream &&
                            optionsNonNull.outStream) {
                            const s = optionsNonNull.failOnStdErr
                                ? optionsNonNull.errStream
                                : optionsNonNull.outStream;
                            s.write(data);
                        }
                        errbuffer = this._processLineBuffer(data, errbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.errline) {
                                this.options.listeners.errline(line);
                            }
                        });
                    });
                }
                cp.on('error', (err) => {
                    state.processError = err.message;
                    state.processExited = true;
                    state.processClosed = true;
                    state.CheckComplete();
                });
                cp.on('exit', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    this._debug(`Exit code ${code} received from tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                cp.on('close', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    state.processClosed = true;
                    this._debug(`STDIO streams have closed for tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                state.on('done', (error, exitCode) => {
                    if (stdbuffer.length > 0) {
                        this.emit('stdline', stdbuffer);
                    }
                    if (errbuffer.length > 0) {
                        this.emit('errline', errbuffer);
                    }
                    cp.removeAllListeners();
                    if (error) {
                        reject(error);
                    }
                    else {
                        resolve(exitCode);
                    }
                });
                if (this.options.input) {
                    if (!cp.stdin) {
                        throw new Error('child process missing stdin');
                    }
                    cp.stdin.end(this.options.input);
                }
            }));
        });
    }
}
/**
 * Convert an arg string to an array of args. Handles escaping
 *
 * @param    argString   string of arguments
 * @returns  string[]    array of arguments
 */
function argStringToArray(argString) {
    const args = [];
    let inQuotes = false;
    let escaped = false;
    let arg = '';
    function append(c) {
        // we only escape double quotes.
        if (escaped && c !== '"') {
            arg += '\\';
        }
        arg += c;
        escaped = false;
    }
    for (let i = 0; i < argString.length; i++) {
        const c = argString.charAt(i);
        if (c === '"') {
            if (!escaped) {
                inQuotes = !inQuotes;
            }
            else {
                append(c);
            }
            continue;
        }
        if (c === '\\' && escaped) {
            append(c);
            continue;
        }
        if (c === '\\' && inQuotes) {
            escaped = true;
            continue;
        }
        if (c === ' ' && !inQuotes) {
            if (arg.length > 0) {
                args.push(arg);
                arg = '';
            }
            continue;
        }
        append(c);
    }
    if (arg.length > 0) {
        args.push(arg.trim());
    }
    return args;
}
class ExecState extends events.EventEmitter {
    constructor(options, toolPath) {
        super();
        this.processClosed = false; // tracks whether the process has exited and stdio is closed
        this.processError = '';
        this.processExitCode = 0;
        this.processExited = false; // tracks whether the process has exited
        this.processStderr = false; // tracks whether stderr was written to
        this.delay = 10000; // 10 seconds
        this.done = false;
        this.timeout = null;
        if (!toolPath) {
            throw new Error('toolPath must not be empty');
        }
        this.options = options;
        this.toolPath = toolPath;
        if (options.delay) {
            this.delay = options.delay;
        }
    }
    CheckComplete() {
        if (this.done) {
            return;
        }
        if (this.processClosed) {
            this._setResult();
        }
        else if (this.processExited) {
            this.timeout = setTimeout$1(ExecState.HandleTimeout, this.delay, this);
        }
    }
    _debug(message) {
        this.emit('debug', message);
    }
    _setResult() {
        // determine whether there is an error
        let error;
        if (this.processExited) {
            if (this.processError) {
                error = new Error(`There was an error when attempting to execute the process '${this.toolPath}'. This may indicate the process failed to start. Error: ${this.processError}`);
            }
            else if (this.processExitCode !== 0 && !this.options.ignoreReturnCode) {
                error = new Error(`The process '${this.toolPath}' failed with exit code ${this.processExitCode}`);
            }
            else if (this.processStderr && this.options.failOnStdErr) {
                error = new Error(`The process '${this.toolPath}' failed because one or more lines were written to the STDERR stream`);
            }
        }
        // clear the timeout
        if (this.timeout) {
            clearTimeout(this.timeout);
            this.timeout = null;
        }
        this.done = true;
        this.emit('done', error, this.processExitCode);
    }
    static HandleTimeout(state) {
        if (state.done) {
            return;
        }
        if (!state.processClosed && state.processExited) {
            const message = `The STDIO streams did not close within ${state.delay / 1000} seconds of the exit event from process '${state.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`;
            state._debug(message);
        }
        state._setResult();
    }
}

var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
/**
 * Exec a command.
 * Output will be streamed to the live console.
 * Returns promise with return code
 *
 * @param     commandLine        command to execute (can include additional args). Must be correctly escaped.
 * @param     args               optional arguments for tool. Escaping is handled by the lib.
 * @param     options            optional exec options.  See ExecOptions
 * @returns   Promise<number>    exit code
 */
function exec(commandLine, args, options) {
    return __awaiter(this, void 0, void 0, function* () {
        const commandArgs = argStringToArray(commandLine);
        if (commandArgs.length === 0) {
            throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
        }
        // Path to tool to execute should be first arg
        const toolPath = commandArgs[0];
        args = commandArgs.slice(1).concat(args || []);
        const runner = new ToolRunner(toolPath, args, options);
        return runner.exec();
    });
}
/**
 * Exec a command and get the output.
 * Output will be streamed to the live console.
 * Returns promise with the exit code and collected stdout and stderr
 *
 * @param     commandLine           command to execute (can include additional args). Must be correctly escaped.
 * @param     args                  optional arguments for tool. Escaping is handled by the lib.
 * @param     options               optional exec options.  See ExecOptions
 * @returns   Promise<ExecOutput>   exit code, stdout, and stderr
 */
function getExecOutput(commandLine, args, options) {
    return __awaiter(this, void 0, void 0, function* () {
        var _a, _b;
        let stdout = '';
        let stderr = '';
        //Using string decoder covers the case where a mult-byte character is split
        const stdoutDecoder = new StringDecoder('utf8');
        const stderrDecoder = new StringDecoder('utf8');
        const originalStdoutListener = (_a = options === null || options === void 0 ? void 0 : options.listeners) === null || _a === void 0 ? void 0 : _a.stdout;
        const originalStdErrListener = (_b = options === null || options === void 0 ? void 0 : options.listeners) === null || _b === void 0 ? void 0 : _b.stderr;
        const stdErrListener = (data) => {
            stderr += stderrDecoder.write(data);
            if (originalStdErrListener) {
                originalStdErrListener(data);
            }
        };
        const stdOutListener = (data) => {
            stdout += stdoutDecoder.write(data);
            if (originalStdoutListener) {
                originalStdoutListener(data);
            }
        };
        const listeners = Object.assign(Object.assign({}, options === null || options === void 0 ? void 0 : options.listeners), { stdout: stdOutListener, stderr: stdErrListener });
        const exitCode = yield exec(commandLine, args, Object.assign(Object.assign({}, options), { listeners }));
        //flush any remaining characters
        stdout += stdoutDecoder.end();
        stderr += stderrDecoder.end();
        return {
            exitCode,
            stdout,
            stderr
        };
    });
}

// The only module that runs git. Every other stage talks to a repository through `Git`.
async function createGit(repoDir, options = {}) {
    const git = async (args, allowFail = false) => {
        let result;
        try {
            result = await getExecOutput('git', args, {
                cwd: repoDir,
                silent: true,
                ignoreReturnCode: true,
                env: { ...stringEnv(process.env), GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' }
            });
        }
        catch (error) {
            throw new MemgateError(`Could not run git in ${repoDir}: ${error.message}`, 2, { cause: error });
        }
        if (result.exitCode !== 0 && !allowFail) {
            const message = result.stderr.trim().split('\n').pop() ?? '';
            throw new MemgateError(`git ${args[0]} failed in ${repoDir}: ${message}`);
        }
        return result;
    };
    const top = await git(['rev-parse', '--show-toplevel'], true);
    if (top.exitCode !== 0)
        throw new MemgateError(`${repoDir} is not a git repository`);
    const root = top.stdout.trim();
    const authArgs = () => options.token
        ? ['-c', `http.extraheader=AUTHORIZATION: basic ${Buffer.from(`x-access-token:${options.token}`).toString('base64')}`]
        : [];
    return {
        repoDir: root,
        async resolve(ref) {
            const result = await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], true);
            if (result.exitCode !== 0)
                throw new MemgateError(`Unknown git ref '${ref}' in ${root}`);
            return result.stdout.trim();
        },
        async mergeBase(a, b) {
            const result = await git(['merge-base', a, b], true);
            if (result.exitCode !== 0) {
                throw new MemgateError(`${a.slice(0, 7)} and ${b.slice(0, 7)} have no common ancestor in ${root}`);
            }
            return result.stdout.trim();
        },
        async showFile(sha, path) {
            const result = await git(['cat-file', 'blob', `${sha}:${path}`], true);
            return result.exitCode === 0 ? result.stdout : null;
        },
        async listFiles(sha) {
            const result = await git(['ls-tree', '-r', '--name-only', '-z', sha]);
            return result.stdout.split('\0').filter(Boolean);
        },
        async changedFiles(base, head) {
            const result = await git(['diff', '--name-only', '-z', '--no-renames', base, head]);
            return result.stdout.split('\0').filter(Boolean);
        },
        async ensureCommits(shas, remote = 'origin') {
            const missing = [];
            for (const sha of shas) {
                const present = await git(['cat-file', '-e', `${sha}^{commit}`], true);
                if (present.exitCode !== 0)
                    missing.push(sha);
            }
            if (missing.length === 0)
                return;
            // A shallow checkout (actions/checkout's default depth 1) lacks the merge-base: deepen it.
            const result = await git([...authArgs(), 'fetch', '--no-tags', '--quiet', '--unshallow', remote, ...missing], true);
            if (result.exitCode !== 0) {
                await git([...authArgs(), 'fetch', '--no-tags', '--quiet', remote, ...missing]);
            }
        },
        async addWorktree(dir, sha) {
            await git(['worktree', 'add', '--detach', '--force', dir, sha]);
        },
        async removeWorktree(dir) {
            await git(['worktree', 'remove', '--force', dir], true);
            await git(['worktree', 'prune'], true);
        }
    };
}
function stringEnv(env) {
    const out = {};
    for (const [key, value] of Object.entries(env))
        if (value !== undefined)
            out[key] = value;
    return out;
}
/** A new repository with one identity for commits (the demo and the tests build theirs with it). */
async function initRepo(dir, branch = 'main') {
    for (const args of [
        ['init', '--quiet', '--initial-branch', branch],
        ['config', 'user.name', 'memgate'],
        ['config', 'user.email', 'memgate@example.invalid'],
        ['config', 'commit.gpgsign', 'false']
    ]) {
        await runGit(dir, args);
    }
}
/** Stage everything and commit; returns the new commit's SHA. */
async function commitAll(dir, message) {
    await runGit(dir, ['add', '--all']);
    await runGit(dir, ['commit', '--quiet', '--allow-empty', '-m', message]);
    return (await runGit(dir, ['rev-parse', 'HEAD'])).trim();
}
/** Create a branch at the current commit and switch to it. */
async function switchToNewBranch(dir, branch) {
    await runGit(dir, ['switch', '--quiet', '-c', branch]);
}
async function runGit(dir, args) {
    const result = await getExecOutput('git', args, { cwd: dir, silent: true, ignoreReturnCode: true });
    if (result.exitCode !== 0)
        throw new MemgateError(`git ${args[0]} failed in ${dir}: ${result.stderr.trim()}`);
    return result.stdout;
}

// `memgate demo`: the bundled example service in a temporary git repository, base on event-hub
// 1.0.0 and head on 2.0.0 (leaky, or clean with --clean). Tests build their repositories with it too.
/** The examples/ folder shipped beside dist/ (and beside src/ in a checkout). */
function examplesDir() {
    return path$1.resolve(path$1.dirname(fileURLToPath(import.meta.url)), '..', 'examples');
}
/**
 * Builds the demo repository in `dir`: branch `main` with event-hub 1.0.0, branch `bump` on top of
 * it with event-hub 2.0.0, each with the package-lock.json that a real `npm install` wrote.
 */
async function createDemoRepo(dir, head) {
    const examples = examplesDir();
    fs$1.mkdirSync(dir, { recursive: true });
    fs$1.cpSync(path$1.join(examples, 'service'), dir, { recursive: true });
    await initRepo(dir);
    const baseSha = await bumpEventHub(dir, path$1.join(examples, 'event-hub', '1.0.0'), 'Order service on event-hub 1.0.0');
    await switchToNewBranch(dir, 'bump');
    const headSha = await bumpEventHub(dir, path$1.join(examples, 'event-hub', `2.0.0-${head}`), 'Bump event-hub from 1.0.0 to 2.0.0');
    return { dir, baseSha, headSha };
}
async function bumpEventHub(dir, source, message) {
    const vendor = path$1.join(dir, 'vendor');
    fs$1.rmSync(vendor, { recursive: true, force: true });
    fs$1.mkdirSync(vendor, { recursive: true });
    await npm(['pack', source, '--pack-destination', vendor, '--silent'], dir);
    const tarball = fs$1.readdirSync(vendor).find((f) => f.endsWith('.tgz'));
    if (!tarball)
        throw new MemgateError(`npm pack wrote no tarball for ${source}`);
    const manifestPath = path$1.join(dir, 'package.json');
    const manifest = JSON.parse(fs$1.readFileSync(manifestPath, 'utf8'));
    manifest.dependencies = { ...manifest.dependencies, 'event-hub': `file:vendor/${tarball}` };
    fs$1.writeFileSync(manifestPath, JSON.stringify(manifest, null, 2) + '\n');
    await npm(['install', '--no-audit', '--no-fund', '--ignore-scripts', '--silent'], dir);
    return commitAll(dir, message);
}
function npm(args, cwd) {
    return new Promise((resolve, reject) => {
        const child = spawn('npm', args, { cwd, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, npm_config_loglevel: 'error' } });
        let stderr = '';
        child.stderr.on('data', (d) => (stderr += d));
        child.on('error', (error) => reject(new MemgateError(`Could not run npm: ${error.message}`, 2, { cause: error })));
        child.on('exit', (code) => (code === 0 ? resolve() : reject(new MemgateError(`npm ${args[0]} failed in ${cwd}: ${stderr.trim().split('\n').pop()}`))));
    });
}

/** DESIGN.md: 0 pass or skipped, 1 leak, 2 error, 3 inconclusive. */
function exitCodeFor(verdict) {
    switch (verdict) {
        case 'pass':
        case 'skipped':
            return 0;
        case 'leak':
            return 1;
        case 'inconclusive':
            return 3;
        case 'error':
            return 2;
    }
}

// Streaming parser of V8 heap snapshots (`.heapsnapshot`, the JSON written by v8.writeHeapSnapshot,
// `node --heapsnapshot-signal` and Chrome DevTools). Format: one object with the sections
// `snapshot` (header with `meta`, `node_count`, `edge_count`), `nodes`, `edges`, `locations`,
// `strings` (plus trace/sample sections that are skipped). Field orders and the type enums are read
// from `snapshot.meta` (node_fields/node_types, edge_fields/edge_types, location_fields), never
// assumed; the header must come before `nodes`, as every V8 since 2012 writes it (V8 6 … 14, Node 8 … 24).
// Spec by example: https://github.com/v8/v8/blob/main/src/profiler/heap-snapshot-generator.cc
// (HeapSnapshotJSONSerializer).
//
// The parser is fed bytes and never holds the JSON text: numbers go straight into typed arrays, and
// each entry of `strings` becomes one JS string (the snapshot's string table is already unique).
var S;
(function (S) {
    S[S["Start"] = 0] = "Start";
    S[S["Key"] = 1] = "Key";
    S[S["KeyString"] = 2] = "KeyString";
    S[S["Colon"] = 3] = "Colon";
    S[S["Value"] = 4] = "Value";
    S[S["AfterValue"] = 5] = "AfterValue";
    S[S["Capture"] = 6] = "Capture";
    S[S["Skip"] = 7] = "Skip";
    S[S["Numbers"] = 8] = "Numbers";
    S[S["Strings"] = 9] = "Strings";
    S[S["StringBody"] = 10] = "StringBody";
    S[S["Done"] = 11] = "Done";
})(S || (S = {}));
var Section;
(function (Section) {
    Section[Section["None"] = 0] = "None";
    Section[Section["Nodes"] = 1] = "Nodes";
    Section[Section["Edges"] = 2] = "Edges";
    Section[Section["Locations"] = 3] = "Locations";
})(Section || (Section = {}));
// Roles of node fields, from meta.node_fields.
var F;
(function (F) {
    F[F["Other"] = 0] = "Other";
    F[F["Type"] = 1] = "Type";
    F[F["Name"] = 2] = "Name";
    F[F["Id"] = 3] = "Id";
    F[F["Size"] = 4] = "Size";
    F[F["EdgeCount"] = 5] = "EdgeCount";
})(F || (F = {}));
var EF;
(function (EF) {
    EF[EF["Other"] = 0] = "Other";
    EF[EF["Type"] = 1] = "Type";
    EF[EF["Name"] = 2] = "Name";
    EF[EF["To"] = 3] = "To";
})(EF || (EF = {}));
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
function fail(reason) {
    throw new MemgateError(reason);
}
/**
 * A push parser: call `write()` with each chunk (bytes or text) in order, then `end()` for the graph.
 * Throws MemgateError on anything that is not a complete V8 heap snapshot; never touches the disk.
 */
class HeapSnapshotParser {
    state = S.Start;
    keepEdges;
    maxStringLength;
    bytesSeen = 0;
    key = '';
    keyBytes = [];
    keyEscape = false;
    seenKeys = new Set();
    // generic skip/capture state
    depth = 0;
    inString = false;
    escape = false;
    capture = [];
    captureStart = 0;
    // numbers
    section = Section.None;
    num = 0;
    inNum = false;
    neg = false;
    field = 0;
    // header
    nodeFieldCount = 0;
    nodeRoles = new Uint8Array(0);
    edgeFieldCount = 0;
    edgeRoles = new Uint8Array(0);
    locFieldCount = 0;
    locRoles = new Int8Array(0); // 0 object_index, 1 script_id, 2 line, 3 column, -1 other
    locRow = [0, 0, 0, 0];
    headerDone = false;
    g = null;
    nodesRead = 0;
    edgesRead = 0;
    // strings
    strBuf = new Uint8Array(256);
    strLen = 0;
    strEscaped = false;
    strWide = false;
    stringsDone = false;
    decoder = new TextDecoder('utf-8', { fatal: false });
    strings = [];
    constructor(options = {}) {
        this.keepEdges = options.edges !== false;
        this.maxStringLength = options.maxStringLength ?? 1024;
    }
    /** Feeds the next chunk of the file. */
    write(chunk) {
        const buf = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
        const len = buf.length;
        let i = 0;
        while (i < len) {
            switch (this.state) {
                case S.Start: {
                    const c = buf[i++];
                    if (isSpace(c) || (c === 0xef || c === 0xbb || c === 0xbf) && this.bytesSeen + i <= 3)
                        continue;
                    if (c !== 0x7b)
                        fail(`does not start with a JSON object (found ${describeByte(c)}); expected a V8 heap snapshot`);
                    this.state = S.Key;
                    break;
                }
                case S.Key: {
                    const c = buf[i++];
                    if (isSpace(c))
                        continue;
                    if (c === QUOTE) {
                        this.keyBytes = [];
                        this.keyEscape = false;
                        this.state = S.KeyString;
                    }
                    else if (c === 0x7d) {
                        this.state = S.Done;
                    }
                    else
                        fail(`unexpected ${describeByte(c)} where a top-level key was expected`);
                    break;
                }
                case S.KeyString: {
                    const c = buf[i++];
                    if (this.keyEscape)
                        this.keyEscape = false;
                    else if (c === BACKSLASH)
                        this.keyEscape = true;
                    else if (c === QUOTE) {
                        this.key = String.fromCharCode(...this.keyBytes);
                        this.state = S.Colon;
                        break;
                    }
                    if (this.keyBytes.length < 64)
                        this.keyBytes.push(c);
                    break;
                }
                case S.Colon: {
                    const c = buf[i++];
                    if (isSpace(c))
                        continue;
                    if (c !== 0x3a)
                        fail(`unexpected ${describeByte(c)} after key "${this.key}"`);
                    this.state = S.Value;
                    break;
                }
                case S.Value: {
                    const c = buf[i];
                    if (isSpace(c)) {
                        i++;
                        continue;
                    }
                    this.beginValue(c);
                    if (this.state === S.Capture) {
                        this.captureStart = i;
                        this.capture = [];
                    }
                    i++;
                    break;
                }
                case S.AfterValue: {
                    const c = buf[i++];
                    if (isSpace(c))
                        continue;
                    if (c === 0x2c)
                        this.state = S.Key;
                    else if (c === 0x7d)
                        this.state = S.Done;
                    else
                        fail(`unexpected ${describeByte(c)} after the "${this.key}" section`);
                    break;
                }
                case S.Capture:
                case S.Skip: {
                    const start = this.state === S.Capture ? this.captureStart : 0;
                    i = this.skipValue(buf, i);
                    if (this.state === S.Capture) {
                        if (this.depth === 0) {
                            this.capture.push(buf.subarray(start, i));
                            this.readHeader();
                            this.state = S.AfterValue;
                        }
                        else {
                            this.capture.push(buf.slice(start, i));
                            this.captureStart = 0;
                        }
                    }
                    else if (this.depth === 0)
                        this.state = S.AfterValue;
                    break;
                }
                case S.Numbers:
                    i = this.readNumbers(buf, i);
                    break;
                case S.Strings: {
                    const c = buf[i++];
                    if (isSpace(c) || c === 0x2c)
                        continue;
                    if (c === QUOTE) {
                        this.strLen = 0;
                        this.strEscaped = false;
                        this.strWide = false;
                        this.escape = false;
                        this.state = S.StringBody;
                    }
                    else if (c === 0x5d) {
                        this.stringsDone = true;
                        this.state = S.AfterValue;
                    }
                    else
                        fail(`unexpected ${describeByte(c)} in the strings section`);
                    break;
                }
                case S.StringBody:
                    i = this.readString(buf, i);
                    break;
                case S.Done: {
                    const c = buf[i++];
                    if (!isSpace(c))
                        fail(`unexpected ${describeByte(c)} after the end of the snapshot`);
                    break;
                }
            }
        }
        this.bytesSeen += len;
    }
    /** Finishes parsing; throws MemgateError if the input was empty, cut short or inconsistent. */
    end() {
        if (this.bytesSeen === 0)
            fail('is empty; expected a V8 heap snapshot');
        const g = this.g;
        if (!this.headerDone || !g)
            fail('has no "snapshot" header with "meta"; expected a V8 heap snapshot');
        if (this.state !== S.Done) {
            const where = this.section === Section.Nodes
                ? ` in the nodes section after ${this.nodesRead} of ${g.nodeCount} nodes`
                : this.section === Section.Edges
                    ? ` in the edges section after ${this.edgesRead} of ${g.edgeCount} edges`
                    : this.state === S.StringBody || this.state === S.Strings
                        ? ` in the strings section after ${this.strings.length} strings`
                        : '';
            fail(`is truncated: it ends${where} (after ${this.bytesSeen} bytes)`);
        }
        if (this.nodesRead !== g.nodeCount)
            fail(`has ${this.nodesRead} nodes where its header says ${g.nodeCount}`);
        if (this.keepEdges && this.edgesRead !== g.edgeCount)
            fail(`has ${this.edgesRead} edges where its header says ${g.edgeCount}`);
        if (!this.stringsDone)
            fail('has no strings section');
        g.strings = this.strings;
        const n = this.strings.length;
        for (let i = 0; i < g.nodeCount; i++)
            if (g.nodeName[i] >= n)
                fail(`names string ${g.nodeName[i]} but has only ${n} strings`);
        if (!this.keepEdges) {
            g.edgeCount = 0;
            g.firstEdge.fill(0);
        }
        return g;
    }
    beginValue(c) {
        const key = this.key;
        if (this.seenKeys.has(key))
            fail(`has the section "${key}" twice`);
        this.seenKeys.add(key);
        const wanted = key === 'snapshot' || key === 'nodes' || key === 'edges' || key === 'locations' || key === 'strings';
        if (!wanted) {
            this.depth = 0;
            this.inString = false;
            this.escape = false;
            this.state = S.Skip;
            // the skipper must see the opening byte itself
            this.depth = c === 0x7b || c === 0x5b ? 1 : 0;
            this.inString = c === QUOTE;
            if (this.depth === 0 && !this.inString)
                fail(`unexpected value for "${key}"`);
            return;
        }
        if (key === 'snapshot') {
            if (c !== 0x7b)
                fail('has a "snapshot" header that is not an object');
            this.depth = 1;
            this.inString = false;
            this.escape = false;
            this.state = S.Capture;
            return;
        }
        if (c !== 0x5b)
            fail(`has a "${key}" section that is not an array`);
        if (key !== 'strings' && !this.headerDone)
            fail(`has the "${key}" section before its "snapshot" header`);
        if (key === 'strings') {
            this.state = S.Strings;
            return;
        }
        this.section = key === 'nodes' ? Section.Nodes : key === 'edges' ? Section.Edges : Section.Locations;
        this.field = 0;
        this.num = 0;
        this.inNum = false;
        this.neg = false;
        this.state = S.Numbers;
    }
    // Returns the index after the consumed bytes; sets depth 0 when the value closed.
    skipValue(buf, i) {
        const len = buf.length;
        let depth = this.depth;
        let inString = this.inString;
        let escape = this.escape;
        while (i < len) {
            const c = buf[i++];
            if (inString) {
                if (escape)
                    escape = false;
                else if (c === BACKSLASH)
                    escape = true;
                else if (c === QUOTE) {
                    inString = false;
                    if (depth === 0)
                        break;
                }
            }
            else if (c === QUOTE)
                inString = true;
            else if (c === 0x7b || c === 0x5b)
                depth++;
            else if (c === 0x7d || c === 0x5d) {
                if (--depth === 0)
                    break;
            }
        }
        this.depth = depth;
        this.inString = inString;
        this.escape = escape;
        return i;
    }
    readHeader() {
        const bytes = concat(this.capture);
        this.capture = [];
        let header;
        try {
            header = JSON.parse(this.decoder.decode(bytes));
        }
        catch (error) {
            throw new MemgateError('has a "snapshot" header that is not valid JSON', 2, { cause: error });
        }
        const meta = header.meta;
        if (!meta || !Array.isArray(meta.node_fields) || !Array.isArray(meta.edge_fields)) {
            fail('has no "snapshot.meta" with node_fields and edge_fields; expected a V8 heap snapshot');
        }
        const nodeFields = meta.node_fields;
        const edgeFields = meta.edge_fields;
        const nodeTypes = Array.isArray(meta.node_types) ? meta.node_types[nodeFields.indexOf('type')] : null;
        const edgeTypes = Array.isArray(meta.edge_types) ? meta.edge_types[edgeFields.indexOf('type')] : null;
        for (const f of ['type', 'name', 'id', 'self_size', 'edge_count']) {
            if (!nodeFields.includes(f))
                fail(`has no "${f}" in snapshot.meta.node_fields (${nodeFields.join(', ')})`);
        }
        for (const f of ['type', 'name_or_index', 'to_node']) {
            if (!edgeFields.includes(f))
                fail(`has no "${f}" in snapshot.meta.edge_fields (${edgeFields.join(', ')})`);
        }
        if (!Array.isArray(nodeTypes) || !Array.isArray(edgeTypes))
            fail('has no node or edge type names in snapshot.meta');
        const nodeCount = header.node_count;
        const edgeCount = header.edge_count;
        if (!Number.isSafeInteger(nodeCount) || !Number.isSafeInteger(edgeCount) || nodeCount < 1 || edgeCount < 0) {
            fail('has no valid node_count/edge_count in its "snapshot" header');
        }
        this.nodeFieldCount = nodeFields.length;
        this.nodeRoles = Uint8Array.from(nodeFields, (f) => f === 'type' ? F.Type : f === 'name' ? F.Name : f === 'id' ? F.Id : f === 'self_size' ? F.Size : f === 'edge_count' ? F.EdgeCount : F.Other);
        this.edgeFieldCount = edgeFields.length;
        this.edgeRoles = Uint8Array.from(edgeFields, (f) => f === 'type' ? EF.Type : f === 'name_or_index' ? EF.Name : f === 'to_node' ? EF.To : EF.Other);
        const locFields = Array.isArray(meta.location_fields) ? meta.location_fields : [];
        this.locFieldCount = locFields.length;
        this.locRoles = Int8Array.from(locFields, (f) => ['object_index', 'script_id', 'line', 'column'].indexOf(f));
        const e = this.keepEdges ? edgeCount : 0;
        this.g = {
            nodeCount: nodeCount,
            edgeCount: edgeCount,
            nodeTypes: nodeTypes.map(String),
            edgeTypes: edgeTypes.map(String),
            nodeType: new Uint8Array(nodeCount),
            nodeName: new Uint32Array(nodeCount),
            nodeId: new Uint32Array(nodeCount),
            selfSize: new Float64Array(nodeCount),
            firstEdge: new Uint32Array(nodeCount + 1),
            edgeType: new Uint8Array(e),
            edgeName: new Uint32Array(e),
            edgeTo: new Uint32Array(e),
            strings: [],
            locations: new Map(),
        };
        this.headerDone = true;
    }
    readNumbers(buf, i) {
        const len = buf.length;
        let num = this.num;
        let inNum = this.inNum;
        while (i < len) {
            const c = buf[i++];
            if (c >= 0x30 && c <= 0x39) {
                num = num * 10 + (c - 0x30);
                inNum = true;
            }
            else if (c === 0x2c || c === 0x5d) {
                if (inNum) {
                    this.store(this.neg ? -num : num);
                    num = 0;
                    inNum = false;
                    this.neg = false;
                }
                else if (c === 0x2c)
                    fail(`has an empty value in the ${this.sectionName()} section`);
                if (c === 0x5d) {
                    this.finishSection();
                    this.state = S.AfterValue;
                    break;
                }
            }
            else if (c === 0x2d && !inNum)
                this.neg = true;
            else if (!isSpace(c))
                fail(`has ${describeByte(c)} in the ${this.sectionName()} section, where only integers belong`);
        }
        this.num = num;
        this.inNum = inNum;
        return i;
    }
    sectionName() {
        return this.section === Section.Nodes ? 'nodes' : this.section === Section.Edges ? 'edges' : 'locations';
    }
    store(v) {
        const g = this.g;
        if (this.section === Section.Nodes) {
            const n = this.nodesRead;
            if (n >= g.nodeCount)
                fail(`has more nodes than its header's node_count ${g.nodeCount}`);
            switch (this.nodeRoles[this.field]) {
                case F.Type:
                    g.nodeType[n] = v;
                    break;
                case F.Name:
                    g.nodeName[n] = v;
                    break;
                case F.Id:
                    g.nodeId[n] = v;
                    break;
                case F.Size:
                    g.selfSize[n] = v;
                    break;
                case F.EdgeCount:
                    g.firstEdge[n + 1] = v;
                    break;
            }
            if (++this.field === this.nodeFieldCount) {
                this.field = 0;
                this.nodesRead++;
            }
        }
        else if (this.section === Section.Edges) {
            const e = this.edgesRead;
            if (e >= g.edgeCount)
                fail(`has more edges than its header's edge_count ${g.edgeCount}`);
            if (this.keepEdges) {
                switch (this.edgeRoles[this.field]) {
                    case EF.Type:
                        g.edgeType[e] = v;
                        break;
                    case EF.Name:
                        g.edgeName[e] = v;
                        break;
                    case EF.To:
                        if (v % this.nodeFieldCount !== 0 || v / this.nodeFieldCount >= g.nodeCount) {
                            fail(`has edge ${e} pointing at ${v}, which is not a node`);
                        }
                        g.edgeTo[e] = v / this.nodeFieldCount;
                        break;
                }
            }
            if (++this.field === this.edgeFieldCount) {
                this.field = 0;
                this.edgesRead++;
            }
        }
        else {
            const role = this.locRoles[this.field];
            if (role >= 0)
                this.locRow[role] = v;
            if (++this.field === this.locFieldCount) {
                this.field = 0;
                const node = this.locRow[0] / this.nodeFieldCount;
                if (Number.isInteger(node) && node < g.nodeCount)
                    g.locations.set(node, [this.locRow[1], this.locRow[2], this.locRow[3]]);
            }
        }
    }
    finishSection() {
        const g = this.g;
        if (this.field !== 0)
            fail(`has a partial record at the end of the ${this.sectionName()} section`);
        if (this.section === Section.Nodes) {
            if (this.nodesRead !== g.nodeCount)
                fail(`has ${this.nodesRead} nodes where its header says ${g.nodeCount}`);
            const first = g.firstEdge;
            for (let n = 1; n <= g.nodeCount; n++)
                first[n] += first[n - 1];
            if (first[g.nodeCount] !== g.edgeCount)
                fail(`has nodes with ${first[g.nodeCount]} edges where its header says ${g.edgeCount}`);
        }
        else if (this.section === Section.Edges) {
            if (this.edgesRead !== g.edgeCount)
                fail(`has ${this.edgesRead} edges where its header says ${g.edgeCount}`);
        }
        this.section = Section.None;
    }
    readString(buf, i) {
        const len = buf.length;
        while (i < len) {
            const c = buf[i++];
            if (this.escape) {
                this.escape = false;
            }
            else if (c === BACKSLASH) {
                this.escape = true;
                this.strEscaped = true;
            }
            else if (c === QUOTE) {
                this.strings.push(this.decodeString());
                this.state = S.Strings;
                return i;
            }
            else if (c >= 0x80)
                this.strWide = true;
            // Keep a little more than the limit so that escapes and multi-byte characters still fit.
            if (this.strLen < this.maxStringLength * 4 + 16) {
                if (this.strLen === this.strBuf.length) {
                    const bigger = new Uint8Array(this.strBuf.length * 2);
                    bigger.set(this.strBuf);
                    this.strBuf = bigger;
                }
                this.strBuf[this.strLen++] = c;
            }
        }
        return i;
    }
    decodeString() {
        const bytes = this.strBuf.subarray(0, this.strLen);
        let s;
        if (!this.strEscaped) {
            s = this.strWide ? this.decoder.decode(bytes) : latin1(bytes);
        }
        else {
            let text = this.decoder.decode(bytes);
            // A cut may have split an escape: drop the dangling backslash sequence.
            if (this.strLen >= this.maxStringLength * 4 + 16)
                text = text.replace(/\\(u[0-9a-fA-F]{0,3})?$/, '');
            try {
                s = JSON.parse(`"${text}"`);
            }
            catch (error) {
                throw new MemgateError(`has an invalid string at index ${this.strings.length} of its strings section`, 2, { cause: error });
            }
        }
        return s.length > this.maxStringLength ? s.slice(0, this.maxStringLength) : s;
    }
}
function latin1(bytes) {
    if (bytes.length < 64)
        return String.fromCharCode(...bytes);
    let s = '';
    for (let i = 0; i < bytes.length; i += 8192)
        s += String.fromCharCode(...bytes.subarray(i, i + 8192));
    return s;
}
function concat(parts) {
    let n = 0;
    for (const p of parts)
        n += p.length;
    const out = new Uint8Array(n);
    let o = 0;
    for (const p of parts) {
        out.set(p, o);
        o += p.length;
    }
    return out;
}
function isSpace(c) {
    return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}
function describeByte(c) {
    return c >= 0x20 && c < 0x7f ? `'${String.fromCharCode(c)}'` : `byte 0x${c.toString(16).padStart(2, '0')}`;
}

/** The type codes of a graph, looked up once. */
function typeCodes(g) {
    const n = (t) => g.nodeTypes.indexOf(t);
    const e = (t) => g.edgeTypes.indexOf(t);
    return {
        hidden: n('hidden'),
        array: n('array'),
        string: n('string'),
        object: n('object'),
        code: n('code'),
        closure: n('closure'),
        regexp: n('regexp'),
        number: n('number'),
        native: n('native'),
        synthetic: n('synthetic'),
        consString: n('concatenated string'),
        slicedString: n('sliced string'),
        symbol: n('symbol'),
        bigint: n('bigint'),
        objectShape: n('object shape'),
        context: e('context'),
        element: e('element'),
        property: e('property'),
        internal: e('internal'),
        hiddenEdge: e('hidden'),
        shortcut: e('shortcut'),
        weak: e('weak'),
    };
}
/** DevTools' class name: the constructor name for objects and native nodes, "(type)" otherwise. */
function className(g, t, node) {
    const type = g.nodeType[node];
    if (type === t.object || type === t.native)
        return g.strings[g.nodeName[node]];
    if (type === t.hidden)
        return '(system)';
    if (type === t.code)
        return '(compiled code)';
    if (type === t.string || type === t.consString || type === t.slicedString)
        return '(string)';
    return `(${g.nodeTypes[type] ?? 'unknown'})`;
}
/** Whether an edge's name field is a number (element and hidden edges) rather than a string index. */
function edgeNameIsIndex(t, type) {
    return type === t.element || type === t.hiddenEdge;
}
/** An edge as DevTools shows it: `.name` for properties, `[i]` for elements, the bare name otherwise. */
function edgeLabel(g, t, edge) {
    const type = g.edgeType[edge];
    const name = g.edgeName[edge];
    if (edgeNameIsIndex(t, type))
        return `[${name}]`;
    const s = g.strings[name] ?? String(name);
    if (type === t.property)
        return /^[A-Za-z_$][\w$]*$/.test(s) ? `.${s}` : `[${JSON.stringify(s)}]`;
    if (type === t.context)
        return `.${s}`;
    return `.${s}`;
}
/** A node as DevTools shows it: `Listener @123`, `subscribe() @45`, `"text" @7`. */
function nodeLabel(g, t, node) {
    const type = g.nodeType[node];
    const name = g.strings[g.nodeName[node]];
    let label;
    if (type === t.closure)
        label = `${name || '(anonymous)'}()`;
    else if (type === t.string || type === t.consString || type === t.slicedString) {
        label = JSON.stringify(name.length > 40 ? `${name.slice(0, 40)}…` : name);
    }
    else if (type === t.object || type === t.native || type === t.hidden || type === t.synthetic || type === t.array) {
        label = name || className(g, t, node);
    }
    else
        label = `${className(g, t, node)} ${name}`.trim();
    return `${label} @${g.nodeId[node]}`;
}
/** The first edge of `node` of the given type and name (a string), or -1. */
function findEdge(g, node, type, name) {
    for (let e = g.firstEdge[node], end = g.firstEdge[node + 1]; e < end; e++) {
        if (g.edgeType[e] === type && g.strings[g.edgeName[e]] === name)
            return e;
    }
    return -1;
}

const NONE = 0xffffffff;
/** Builds the reverse edge index of a graph (all edge types, weak ones included). */
function buildRetainers(g) {
    const n = g.nodeCount;
    const firstRet = new Uint32Array(n + 1);
    const { edgeTo, firstEdge } = g;
    for (let e = 0; e < g.edgeCount; e++)
        firstRet[edgeTo[e] + 1]++;
    for (let i = 1; i <= n; i++)
        firstRet[i] += firstRet[i - 1];
    const fill = firstRet.slice(0, n);
    const retEdge = new Uint32Array(g.edgeCount);
    const retFrom = new Uint32Array(g.edgeCount);
    for (let from = 0; from < n; from++) {
        for (let e = firstEdge[from], end = firstEdge[from + 1]; e < end; e++) {
            const slot = fill[edgeTo[e]]++;
            retEdge[slot] = e;
            retFrom[slot] = from;
        }
    }
    return { firstRet, retEdge, retFrom };
}
// Roots that only exist while the snapshot is being written (the stack of the code that asked for
// it): a path through them explains nothing about a leak.
const TRANSIENT_ROOTS = new Set(['(Handle scope)', '(Stack roots)', '(Relocatable)']);
/**
 * Shortest paths from the snapshot root, never through weak edges. A first pass also avoids V8's
 * internals (code, maps, feedback: what DevTools hides from retainer paths), so that a path reads as
 * JavaScript; a second pass reaches what only internals hold.
 */
function findRootPaths(g, t) {
    const n = g.nodeCount;
    const parentNode = new Uint32Array(n).fill(NONE);
    const parentEdge = new Uint32Array(n).fill(NONE);
    const distance = new Uint32Array(n).fill(NONE);
    const queue = new Uint32Array(n);
    const { firstEdge, edgeTo, edgeType, nodeType, nodeName, strings } = g;
    const internalNode = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
        const type = nodeType[i];
        if (type === t.code || type === t.objectShape || (type === t.hidden && strings[nodeName[i]].startsWith('system / '))) {
            internalNode[i] = 1;
        }
        else if (type === t.synthetic && TRANSIENT_ROOTS.has(strings[nodeName[i]]))
            internalNode[i] = 1;
    }
    let head = 0;
    let tail = 0;
    distance[0] = 0;
    // DevTools' order: user roots first (the root's non-synthetic children: in Node.js the global
    // object), then everything else from the root through the GC root categories.
    for (let e = firstEdge[0], end = firstEdge[1]; e < end; e++) {
        const w = edgeTo[e];
        if (edgeType[e] === t.weak || nodeType[w] === t.synthetic || distance[w] !== NONE)
            continue;
        distance[w] = 1;
        parentNode[w] = 0;
        parentEdge[w] = e;
        queue[tail++] = w;
    }
    const bfs = (filtered) => {
        while (head < tail) {
            const v = queue[head++];
            const d = distance[v] + 1;
            for (let e = firstEdge[v], end = firstEdge[v + 1]; e < end; e++) {
                if (edgeType[e] === t.weak)
                    continue;
                const w = edgeTo[e];
                if (distance[w] !== NONE)
                    continue;
                if (filtered && internalNode[w])
                    continue;
                distance[w] = d;
                parentNode[w] = v;
                parentEdge[w] = e;
                queue[tail++] = w;
            }
        }
    };
    bfs(true);
    queue[tail++] = 0;
    bfs(true);
    head = 0;
    bfs(false);
    return { parentNode, parentEdge, distance };
}
/** The node ordinals from the root (exclusive) down to `node`, or [] when unreachable. */
function pathNodes(paths, node) {
    if (paths.distance[node] === NONE)
        return [];
    const out = [];
    for (let v = node; v !== 0 && v !== NONE; v = paths.parentNode[v])
        out.push(v);
    return out.reverse();
}
/**
 * A retainer path as text, root first: `(GC roots)`, then each hop as `<edge> <node>` the way DevTools
 * names them (`.listeners Array @41`, `[12] Listener @4567`); `annotate` may add a note to a node
 * (where its code lives). Unreachable nodes give `[]`.
 */
function describePath(g, t, paths, node, annotate) {
    const nodes = pathNodes(paths, node);
    if (nodes.length === 0)
        return [];
    const out = [];
    for (const v of nodes) {
        const note = annotate?.(v);
        const label = note ? `${nodeLabel(g, t, v)} (${note})` : nodeLabel(g, t, v);
        if (paths.parentNode[v] === 0)
            out.push(g.nodeType[v] === t.synthetic ? g.strings[g.nodeName[v]] : label);
        else
            out.push(`${edgeLabel(g, t, paths.parentEdge[v])} ${label}`);
    }
    return out;
}

/**
 * Computes immediate dominators from the root (node 0) and retained sizes. O(E log N) time, a dozen
 * 32-bit words per node, no recursion.
 */
function computeDominators(g, t, r) {
    const n = g.nodeCount;
    const { firstEdge, edgeTo, edgeType } = g;
    const weak = t.weak;
    const dfnum = new Uint32Array(n); // 0 = not reached; else 1-based preorder number
    const vertex = new Uint32Array(n + 1);
    const parent = new Uint32Array(n + 1);
    // Depth-first numbering with an explicit stack; `cursor` is each open node's next edge.
    {
        const stack = new Uint32Array(n);
        const cursor = new Uint32Array(n);
        let sp = 0;
        let count = 0;
        dfnum[0] = ++count;
        vertex[count] = 0;
        stack[sp++] = 0;
        cursor[0] = firstEdge[0];
        while (sp > 0) {
            const v = stack[sp - 1];
            const e = cursor[v];
            if (e >= firstEdge[v + 1]) {
                sp--;
                continue;
            }
            cursor[v] = e + 1;
            if (edgeType[e] === weak)
                continue;
            const w = edgeTo[e];
            if (dfnum[w] !== 0)
                continue;
            dfnum[w] = ++count;
            vertex[count] = w;
            parent[count] = dfnum[v];
            cursor[w] = firstEdge[w];
            stack[sp++] = w;
        }
        return finish(g, r, weak, dfnum, vertex.subarray(0, count + 1), parent, count);
    }
}
function finish(g, r, weak, dfnum, vertex, parent, count) {
    const n = g.nodeCount;
    const semi = new Uint32Array(count + 1);
    const label = new Uint32Array(count + 1);
    const ancestor = new Uint32Array(count + 1); // 0 = none (dfnums start at 1)
    const idom = new Uint32Array(count + 1);
    const bucketHead = new Uint32Array(count + 1);
    const bucketNext = new Uint32Array(count + 1);
    const chain = new Uint32Array(count + 1);
    for (let i = 1; i <= count; i++) {
        semi[i] = i;
        label[i] = i;
    }
    const { firstRet, retEdge, retFrom } = r;
    const { edgeType } = g;
    const evaluate = (v) => {
        if (ancestor[v] === 0)
            return v;
        // compress(v) without recursion: collect the chain, then fold from the top down
        let s = 0;
        let x = v;
        while (ancestor[ancestor[x]] !== 0) {
            chain[s++] = x;
            x = ancestor[x];
        }
        while (s > 0) {
            x = chain[--s];
            const a = ancestor[x];
            if (semi[label[a]] < semi[label[x]])
                label[x] = label[a];
            ancestor[x] = ancestor[a];
        }
        return label[v];
    };
    for (let w = count; w >= 2; w--) {
        const node = vertex[w];
        for (let k = firstRet[node], end = firstRet[node + 1]; k < end; k++) {
            if (edgeType[retEdge[k]] === weak)
                continue;
            const v = dfnum[retFrom[k]];
            if (v === 0)
                continue;
            const u = evaluate(v);
            if (semi[u] < semi[w])
                semi[w] = semi[u];
        }
        const s = semi[w];
        bucketNext[w] = bucketHead[s];
        bucketHead[s] = w;
        const p = parent[w];
        ancestor[w] = p;
        for (let v = bucketHead[p]; v !== 0; v = bucketNext[v]) {
            const u = evaluate(v);
            idom[v] = semi[u] < semi[v] ? u : p;
        }
        bucketHead[p] = 0;
    }
    for (let w = 2; w <= count; w++)
        if (idom[w] !== semi[w])
            idom[w] = idom[idom[w]];
    const idomNode = new Uint32Array(n).fill(NONE);
    idomNode[vertex[1]] = vertex[1];
    for (let w = 2; w <= count; w++)
        idomNode[vertex[w]] = vertex[idom[w]];
    const retained = Float64Array.from(g.selfSize);
    for (let w = count; w >= 2; w--)
        retained[vertex[idom[w]]] += retained[vertex[w]];
    return { idom: idomNode, retained, order: vertex.slice(1) };
}
/**
 * Sums retained sizes per group without counting a node that a member of its own group already
 * dominates (DevTools' class retained size). `groupOf[node]` is a group index or -1.
 */
function retainedByGroup(d, groupOf, groupCount) {
    const sums = new Float64Array(groupCount);
    const { order, idom, retained } = d;
    const n = groupOf.length;
    // Children lists of the dominator tree, then a depth-first walk counting open members per group.
    const firstChild = new Uint32Array(n + 1);
    for (let k = 1; k < order.length; k++)
        firstChild[idom[order[k]] + 1]++;
    for (let i = 1; i <= n; i++)
        firstChild[i] += firstChild[i - 1];
    const fill = firstChild.slice(0, n);
    const children = new Uint32Array(Math.max(order.length - 1, 0));
    for (let k = 1; k < order.length; k++)
        children[fill[idom[order[k]]]++] = order[k];
    const active = new Uint32Array(groupCount);
    const stack = new Uint32Array(order.length);
    const cursor = fill; // reused: reset to the first child below
    cursor.set(firstChild.subarray(0, n));
    let sp = 0;
    const enter = (v) => {
        const gr = groupOf[v];
        if (gr >= 0) {
            if (active[gr] === 0)
                sums[gr] += retained[v];
            active[gr]++;
        }
        stack[sp++] = v;
    };
    if (order.length > 0)
        enter(order[0]);
    while (sp > 0) {
        const v = stack[sp - 1];
        if (cursor[v] < firstChild[v + 1])
            enter(children[cursor[v]++]);
        else {
            sp--;
            const gr = groupOf[v];
            if (gr >= 0)
                active[gr]--;
        }
    }
    return sums;
}

/**
 * Groups nodes by class name, counts them and sums self sizes; with `retained` (default true, needs
 * a graph parsed with edges) also their retained sizes from the dominator tree.
 */
function summarizeGraph(g, options = {}) {
    const t = typeCodes(g);
    const index = new Map();
    const names = [];
    const groupOf = new Int32Array(g.nodeCount);
    let totalBytes = 0;
    for (let i = 0; i < g.nodeCount; i++) {
        const name = className(g, t, i);
        let k = index.get(name);
        if (k === undefined) {
            k = names.length;
            index.set(name, k);
            names.push(name);
        }
        groupOf[i] = k;
        totalBytes += g.selfSize[i];
    }
    const count = new Float64Array(names.length);
    const bytes = new Float64Array(names.length);
    for (let i = 0; i < g.nodeCount; i++) {
        count[groupOf[i]]++;
        bytes[groupOf[i]] += g.selfSize[i];
    }
    let retained = null;
    if (options.retained !== false && g.edgeCount > 0) {
        const dom = computeDominators(g, t, buildRetainers(g));
        retained = retainedByGroup(dom, groupOf, names.length);
    }
    const groups = names.map((name, k) => {
        const group = { name, count: count[k], bytes: bytes[k] };
        if (retained)
            group.retainedBytes = retained[k];
        return group;
    });
    groups.sort((a, b) => b.bytes - a.bytes || a.name.localeCompare(b.name));
    return { nodeCount: g.nodeCount, edgeCount: g.edgeCount, totalBytes, maxId: maxObjectId(g), groups };
}
/**
 * The highest id of a V8 heap object. V8 numbers heap objects with odd ids in allocation order;
 * even ids are hashes given to embedder (native) nodes and say nothing about age.
 */
function maxObjectId(g) {
    let max = 0;
    for (let i = 0; i < g.nodeCount; i++) {
        const id = g.nodeId[i];
        if (id % 2 === 1 && id > max)
            max = id;
    }
    return max;
}

const NODE_MODULES = /(?:^|[\\/])node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/g;
/**
 * The package a file path belongs to: the innermost `node_modules/<name>/` (scoped names kept,
 * pnpm's `.pnpm/…/node_modules/<name>` and Yarn's zip paths included); null outside node_modules.
 */
function packageOfPath(path) {
    let found = null;
    for (const m of path.matchAll(NODE_MODULES))
        found = m[1].replace(/\\/g, '/');
    if (found === '.pnpm' || found === '.bin' || found === '.cache')
        return null;
    return found;
}
/** A script path cut to what identifies it: from its innermost node_modules/ on, else as is. */
function shortPath(path) {
    const k = Math.max(path.lastIndexOf('node_modules/'), path.lastIndexOf('node_modules\\'));
    return k >= 0 ? path.slice(k) : path;
}
/** Attribution lookups on one graph; results are cached per node. */
class Attributor {
    g;
    t;
    r;
    siteCache = new Map();
    ctorCache = new Map();
    constructor(g, t, r) {
        this.g = g;
        this.t = t;
        this.r = r;
    }
    /** The script of a closure (its SharedFunctionInfo's Script), with the line from `locations`. */
    closureSite(closure) {
        const cached = this.siteCache.get(closure);
        if (cached !== undefined)
            return cached;
        const { g, t } = this;
        let site = null;
        const shared = findEdge(g, closure, t.internal, 'shared');
        if (shared >= 0) {
            const sfi = g.edgeTo[shared];
            let e = findEdge(g, sfi, t.internal, 'script_or_debug_info');
            if (e < 0)
                e = findEdge(g, sfi, t.internal, 'script');
            if (e >= 0) {
                const script = this.scriptName(g.edgeTo[e]);
                if (script) {
                    const loc = g.locations.get(closure);
                    site = { script, line: loc ? loc[1] + 1 : null };
                }
            }
        }
        this.siteCache.set(closure, site);
        return site;
    }
    scriptName(node) {
        const { g, t } = this;
        let name = g.strings[g.nodeName[node]];
        if (name.startsWith('system / Script') || name === '') {
            const e = findEdge(g, node, t.internal, 'name');
            if (e < 0)
                return null;
            name = g.strings[g.nodeName[g.edgeTo[e]]];
        }
        if (name.startsWith('system / ') || name === '')
            return null;
        return name;
    }
    /** The constructor closure of an object (through its Map chain, else `__proto__.constructor`), or -1. */
    constructorOf(object) {
        const cached = this.ctorCache.get(object);
        if (cached !== undefined)
            return cached;
        const { g, t } = this;
        let ctor = -1;
        let e = findEdge(g, object, t.internal, 'map');
        for (let hops = 0; e >= 0 && hops < 64 && ctor < 0; hops++) {
            const map = g.edgeTo[e];
            const c = findEdge(g, map, t.internal, 'constructor');
            const c2 = c >= 0 ? c : findEdge(g, map, t.internal, 'constructor_or_back_pointer');
            if (c2 >= 0 && g.nodeType[g.edgeTo[c2]] === t.closure)
                ctor = g.edgeTo[c2];
            else
                e = findEdge(g, map, t.internal, 'back_pointer');
        }
        if (ctor < 0) {
            const p = findEdge(g, object, t.property, '__proto__');
            if (p >= 0) {
                const c = findEdge(g, g.edgeTo[p], t.property, 'constructor');
                if (c >= 0 && g.nodeType[g.edgeTo[c]] === t.closure)
                    ctor = g.edgeTo[c];
            }
        }
        this.ctorCache.set(object, ctor);
        return ctor;
    }
    /** Where a node's code was written: a closure's own script, an object's constructor's script. */
    creationSite(node) {
        const { g, t } = this;
        const type = g.nodeType[node];
        if (type === t.closure)
            return this.closureSite(node);
        if (type === t.object || type === t.regexp) {
            const ctor = this.constructorOf(node);
            if (ctor >= 0)
                return this.closureSite(ctor);
        }
        return null;
    }
    /** A short "where the code is" note for closures and function contexts on a retainer path. */
    codeNote(node) {
        const { g, t } = this;
        let site = null;
        if (g.nodeType[node] === t.closure)
            site = this.closureSite(node);
        else if (g.nodeType[node] === t.object && g.strings[g.nodeName[node]] === 'system / Context')
            site = this.contextSite(node);
        if (!site)
            return null;
        return site.line !== null ? `${shortPath(site.script)}:${site.line}` : shortPath(site.script);
    }
    // A function context belongs to the closures whose `context` edge points at it.
    contextSite(context) {
        const { g, t } = this;
        const { firstRet, retEdge, retFrom } = this.r;
        for (let k = firstRet[context], end = firstRet[context + 1]; k < end; k++) {
            const e = retEdge[k];
            if (g.edgeType[e] === t.internal && g.strings[g.edgeName[e]] === 'context' && g.nodeType[retFrom[k]] === t.closure) {
                const s = this.closureSite(retFrom[k]);
                if (s)
                    return { script: s.script, line: null };
            }
        }
        return null;
    }
    /**
     * The package that owns a node as a holder: closures and objects by their code's script, function
     * contexts by the closures that use them, `Module` objects by their filename.
     */
    ownerPackage(node) {
        const { g, t } = this;
        const site = this.creationSite(node);
        if (site)
            return packageOfPath(site.script);
        const name = g.strings[g.nodeName[node]];
        if (g.nodeType[node] === t.object && name === 'system / Context') {
            const s = this.contextSite(node);
            return s ? packageOfPath(s.script) : null;
        }
        if (g.nodeType[node] === t.object && name === 'Module') {
            for (const key of ['filename', 'id', 'path']) {
                const e = findEdge(g, node, t.property, key);
                if (e >= 0) {
                    const pkg = packageOfPath(g.strings[g.nodeName[g.edgeTo[e]]]);
                    if (pkg)
                        return pkg;
                }
            }
        }
        return null;
    }
}

const DEFAULT_MIN_BYTES = 64 * 1024;
/**
 * Compares snapshots of one process (oldest first): `earlier` are summaries of all but the last
 * snapshot (edges are not needed), `last` is the full graph of the last. Returns suspects grouped by
 * class and creation site, each with a retainer path and the package to blame, largest first, the
 * bumped packages' groups ahead of the others. An empty list means nothing above the noise threshold.
 */
function diffGraphs(earlier, last, options = {}) {
    if (earlier.length === 0)
        throw new Error('diffGraphs needs at least one earlier snapshot');
    const t = typeCodes(last);
    const lo = earlier[0].maxId;
    const hi = earlier.length >= 2 ? earlier[earlier.length - 1].maxId : Infinity;
    const bumped = new Set(options.packages ?? []);
    const minBytes = options.minBytes ?? DEFAULT_MIN_BYTES;
    const minCount = options.minCount ?? 1;
    const top = options.top ?? 10;
    const retainers = buildRetainers(last);
    const dom = computeDominators(last, t, retainers);
    const paths = findRootPaths(last, t);
    const attributor = new Attributor(last, t, retainers);
    const groupOf = new Int32Array(last.nodeCount).fill(-1);
    const keys = new Map();
    const groups = [];
    let newCount = 0;
    let newBytes = 0;
    for (let i = 0; i < last.nodeCount; i++) {
        const id = last.nodeId[i];
        if (id % 2 === 0 || id <= lo || id > hi)
            continue;
        if (!isCandidate(last, t, i))
            continue;
        newCount++;
        newBytes += last.selfSize[i];
        const name = suspectName(last, t, i);
        const site = attributor.creationSite(i);
        const siteText = site ? (site.line !== null ? `${site.script}:${site.line}` : site.script) : null;
        const key = `${name}\0${siteText ?? ''}`;
        let k = keys.get(key);
        if (k === undefined) {
            k = groups.length;
            keys.set(key, k);
            groups.push({ className: name, site: siteText, count: 0, selfBytes: 0, best: i });
        }
        const group = groups[k];
        groupOf[i] = k;
        group.count++;
        group.selfBytes += last.selfSize[i];
        if (better(paths.distance, dom.retained, i, group.best))
            group.best = i;
    }
    const retained = retainedByGroup(dom, groupOf, groups.length);
    const lastSummary = summarizeGraph(last, { retained: false });
    const history = [...earlier, lastSummary].map((s) => new Map(s.groups.map((gr) => [gr.name, gr])));
    const suspects = [];
    groups.forEach((group, k) => {
        if (retained[k] < minBytes || group.count < minCount)
            return;
        const node = group.best;
        const pkg = choosePackage(attributor, paths, node, group.site, bumped);
        const cls = className(last, t, node);
        suspects.push({
            name: group.className,
            count: group.count,
            bytes: retained[k],
            retainerPath: describePath(last, t, paths, node, (v) => attributor.codeNote(v)),
            package: pkg,
            className: cls,
            site: group.site,
            selfBytes: group.selfBytes,
            retainedBytes: retained[k],
            nodeId: last.nodeId[node],
            growth: {
                count: history.map((h) => h.get(cls)?.count ?? 0),
                bytes: history.map((h) => h.get(cls)?.bytes ?? 0),
            },
            bumped: pkg !== null && bumped.has(pkg),
        });
    });
    suspects.sort((a, b) => Number(b.bumped) - Number(a.bumped) || b.bytes - a.bytes || b.count - a.count);
    return {
        suspects: suspects.slice(0, top),
        technique: earlier.length >= 2 ? 'three-snapshot' : 'two-snapshot',
        snapshots: [...earlier, lastSummary].map((s) => ({ nodeCount: s.nodeCount, totalBytes: s.totalBytes, maxId: s.maxId })),
        newObjects: { count: newCount, bytes: newBytes },
        threshold: { bytes: minBytes, count: minCount },
    };
}
// Prefer the instance closest to the roots (the most readable path), then the one retaining most.
function better(distance, retained, a, b) {
    const da = distance[a];
    const db = distance[b];
    if (da !== db)
        return da < db;
    return retained[a] > retained[b];
}
// What a user could have leaked: JS objects, closures, strings, Buffers' native parts; not V8's
// own bookkeeping (code, maps, contexts, internal arrays), which only follows what it serves.
function isCandidate(g, t, node) {
    const type = g.nodeType[node];
    if (type === t.object || type === t.native) {
        const name = g.strings[g.nodeName[node]];
        return !name.startsWith('system / ') && name !== '';
    }
    return type === t.closure || type === t.regexp || type === t.string || type === t.consString ||
        type === t.slicedString || type === t.number || type === t.symbol || type === t.bigint;
}
function suspectName(g, t, node) {
    if (g.nodeType[node] === t.closure) {
        const name = g.strings[g.nodeName[node]];
        return `${name || '(anonymous)'}()`;
    }
    return className(g, t, node);
}
// The creator's package first; else the nearest holder on the retainer path that belongs to a
// package. When bumped packages are given, the first of those among creator and holders wins.
function choosePackage(attributor, paths, node, site, bumped) {
    const candidates = [];
    const creator = site ? packageOfPath(site) : null;
    if (creator)
        candidates.push(creator);
    if (paths.distance[node] !== NONE) {
        const nodes = pathNodes(paths, node);
        for (let k = nodes.length - 2; k >= 0; k--) {
            const pkg = attributor.ownerPackage(nodes[k]);
            if (pkg)
                candidates.push(pkg);
        }
    }
    const preferred = candidates.find((p) => bumped.has(p));
    return preferred ?? candidates[0] ?? null;
}

function formatBytes$1(n) {
    const abs = Math.abs(n);
    if (abs >= 1024 * 1024 * 1024)
        return `${(n / 1024 / 1024 / 1024).toFixed(2)} GiB`;
    if (abs >= 1024 * 1024)
        return `${(n / 1024 / 1024).toFixed(1)} MiB`;
    if (abs >= 1024)
        return `${(n / 1024).toFixed(1)} KiB`;
    return `${n} B`;
}
/** The summary as a table: class, count, self size, retained size; `limit` rows (default 25). */
function formatHeapSummary(summary, limit = 25) {
    const lines = [
        `${summary.nodeCount} nodes, ${summary.edgeCount} edges, ${formatBytes$1(summary.totalBytes)} in total`,
        '',
        `${'count'.padStart(10)}  ${'self size'.padStart(11)}  ${'retained'.padStart(11)}  class`,
    ];
    for (const g of summary.groups.slice(0, limit)) {
        const retained = g.retainedBytes === undefined ? '' : formatBytes$1(g.retainedBytes);
        lines.push(`${String(g.count).padStart(10)}  ${formatBytes$1(g.bytes).padStart(11)}  ${retained.padStart(11)}  ${g.name}`);
    }
    if (summary.groups.length > limit)
        lines.push(`… ${summary.groups.length - limit} more classes (--json for all)`);
    return lines.join('\n');
}
/** The suspects, largest first, each with its package, growth and retainer path (root first). */
function formatHeapDiff(diff) {
    const n = diff.snapshots.length;
    const first = diff.snapshots[0];
    const last = diff.snapshots[n - 1];
    const lines = [
        `${n} snapshots (${diff.technique}): heap ${formatBytes$1(first.totalBytes)} → ${formatBytes$1(last.totalBytes)}, ` +
            `${diff.newObjects.count} objects (${formatBytes$1(diff.newObjects.bytes)}) allocated after the first and still alive`,
    ];
    if (diff.suspects.length === 0) {
        lines.push(`No suspect above the noise threshold (${formatBytes$1(diff.threshold.bytes)} retained).`);
        return lines.join('\n');
    }
    diff.suspects.forEach((s, k) => {
        lines.push('');
        const pkg = s.package ? `package ${s.package}${s.bumped ? ' (bumped)' : ''}` : 'no package';
        lines.push(`${k + 1}. ${s.name}: ${s.count} new, ${formatBytes$1(s.bytes)} retained (${formatBytes$1(s.selfBytes)} self) — ${pkg}`);
        if (s.site)
            lines.push(`   created at ${s.site}`);
        lines.push(`   ${s.className} count per snapshot: ${s.growth.count.join(' → ')}`);
        if (s.retainerPath.length > 0) {
            lines.push('   retained by (from the GC roots):');
            for (const step of s.retainerPath)
                lines.push(`     ${step}`);
        }
        else
            lines.push('   not reachable from the GC roots without weak edges');
    });
    return lines.join('\n');
}

// Entry points of the heap stage used by the pipeline and the CLI: stream snapshot files from disk
// into the parser; everything else is pure (parse, summary, diff, format).
/** Streams one .heapsnapshot file into the parser; MemgateError (exit 2) names the file when it is not one. */
async function readSnapshotFile(file, options) {
    const parser = new HeapSnapshotParser(options);
    try {
        for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }))
            parser.write(chunk);
        return parser.end();
    }
    catch (error) {
        if (error instanceof MemgateError)
            throw new MemgateError(`Heap snapshot ${file} ${error.reason}`, 2, { cause: error });
        const code = error.code;
        if (code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES') {
            throw new MemgateError(`Cannot read heap snapshot ${file} (${code}); expected a .heapsnapshot file`, 2, { cause: error });
        }
        throw error;
    }
}
/** Per-class counts, self and retained sizes of one snapshot file. */
async function summarizeSnapshotFile(file) {
    return summarizeGraph(await readSnapshotFile(file));
}
/** Snapshots of one process, oldest first: suspects that were allocated after the first and still live in the last. */
async function diffSnapshotFiles(files, options = {}) {
    if (files.length < 2)
        throw new MemgateError(`A heap diff needs at least two snapshots of one process (got ${files.length})`);
    // Only the last snapshot needs its edges; earlier ones give ids and class totals, and are dropped
    // before the next is read so that peak memory is one graph.
    const earlier = [];
    for (const file of files.slice(0, -1))
        earlier.push(summarizeGraph(await readSnapshotFile(file, { edges: false }), { retained: false }));
    const last = await readSnapshotFile(files[files.length - 1]);
    return diffGraphs(earlier, last, options);
}

function buildReport(input) {
    const stats = input.stats;
    return {
        format: 'memgate-report/1',
        verdict: input.verdict ?? stats?.verdict ?? 'error',
        reason: input.reason ?? stats?.reason ?? '',
        base: { sha: input.baseSha, runs: input.baseRuns ?? 0, growth: stats?.base ?? null },
        head: { sha: input.headSha, runs: input.headRuns ?? 0, growth: stats?.head ?? null },
        unit: stats?.unit ?? null,
        difference: stats?.difference ?? null,
        bumps: input.bumps,
        suspects: input.suspects ?? [],
        ...(stats ? { test: stats.test } : {})
    };
}

// The soak runs the PR's untrusted code: its environment is the runner's minus every credential.
/** Variable names that carry credentials on a GitHub runner or in common CI setups. */
const CREDENTIAL_NAMES = [
    /^GITHUB_TOKEN$/i,
    /^GH_TOKEN$/i,
    /^INPUT_/i, // every action input, the github-token input among them
    /^ACTIONS_RUNTIME_TOKEN$/i,
    /^ACTIONS_ID_TOKEN_REQUEST_/i,
    /^ACTIONS_RESULTS_URL$/i,
    /^ACTIONS_CACHE_URL$/i,
    /^MEMGATE_TOKEN$/i
];
/**
 * The environment for a soak: `env` without credential variables and without any variable whose
 * value contains one of `secrets` (a token copied under another name is still the token).
 * Never mutates its argument.
 */
function scrubEnv(env, secrets = []) {
    const needles = secrets.filter((s) => s.length >= 8);
    const out = {};
    for (const [name, value] of Object.entries(env)) {
        if (value === undefined)
            continue;
        if (CREDENTIAL_NAMES.some((re) => re.test(name)))
            continue;
        if (needles.some((secret) => value.includes(secret)))
            continue;
        out[name] = value;
    }
    return out;
}
/** NODE_OPTIONS with the probe preloaded, keeping the user's own options. Quoted for spaces. */
function withProbe(nodeOptions, probePath) {
    const quoted = `"${probePath.replace(/(["\\])/g, '\\$1')}"`;
    return [nodeOptions?.trim(), `--require ${quoted}`].filter(Boolean).join(' ');
}

/**
 * Picks the workload's samples among the lines of every process that wrote some.
 * Rule: lines the soak wrote itself (no pid) win; then the process that counted iterations;
 * then the process with the most samples (the longest-lived), ties to the larger heap.
 * Malformed lines are skipped: a soak killed mid-write leaves half a line.
 */
function parseSampleLines(text) {
    const own = [];
    const byPid = new Map();
    for (const raw of text.split('\n')) {
        if (!raw.trim())
            continue;
        let line;
        try {
            line = JSON.parse(raw);
        }
        catch {
            continue;
        }
        if (typeof line.x !== 'number' || typeof line.heap !== 'number')
            continue;
        if (line.pid === undefined) {
            own.push(pick(line));
            continue;
        }
        const list = byPid.get(line.pid) ?? [];
        list.push(line);
        byPid.set(line.pid, list);
    }
    const others = (except) => Object.fromEntries([...byPid].filter(([pid]) => pid !== except).map(([pid, lines]) => [String(pid), lines.length]));
    if (own.length > 0)
        return { unit: 'iteration', samples: own, others: others() };
    let best;
    for (const [pid, lines] of byPid) {
        const counted = lines.some((l) => l.unit === 'iteration');
        const kept = counted ? lines.filter((l) => l.unit === 'iteration') : lines;
        const peak = Math.max(...kept.map((l) => l.heap));
        const better = !best ||
            (counted && !best.counted) ||
            (counted === best.counted && (kept.length > best.lines.length || (kept.length === best.lines.length && peak > best.peak)));
        if (better)
            best = { pid, lines: kept, counted, peak };
    }
    if (!best)
        return { unit: 'ms', samples: [], others: {} };
    return {
        unit: best.counted ? 'iteration' : 'ms',
        samples: best.lines.map(pick),
        pid: best.pid,
        others: others(best.pid)
    };
}
function pick(line) {
    const sample = { x: line.x, heap: line.heap };
    if (typeof line.rss === 'number')
        sample.rss = line.rss;
    if (typeof line.external === 'number')
        sample.external = line.external;
    if (typeof line.arrayBuffers === 'number')
        sample.arrayBuffers = line.arrayBuffers;
    return sample;
}

// Runs one soak process: its own process group, a log file, a timeout that kills the whole tree.
async function runSoak(options) {
    fs$1.mkdirSync(options.outDir, { recursive: true });
    const samplesFile = path$1.join(options.outDir, 'samples.jsonl');
    const logFile = path$1.join(options.outDir, 'soak.log');
    const snapshotDir = path$1.join(options.outDir, 'snapshots');
    fs$1.rmSync(samplesFile, { force: true });
    const env = { ...options.env, MEMGATE_SAMPLES_FILE: samplesFile };
    if (options.snapshots)
        env.MEMGATE_SNAPSHOT_DIR = snapshotDir;
    const log = fs$1.openSync(logFile, 'w');
    const started = Date.now();
    let timedOut = false;
    const { code, signal } = await new Promise((resolve) => {
        const child = spawn('/bin/sh', ['-c', options.command], {
            cwd: options.cwd,
            env,
            stdio: ['ignore', log, log],
            detached: true // its own process group, so a timeout kills every process it started
        });
        const timer = setTimeout(() => {
            timedOut = true;
            killGroup(child.pid, 'SIGKILL');
        }, options.timeoutMs);
        child.on('error', () => {
            clearTimeout(timer);
            resolve({ code: 127, signal: null });
        });
        child.on('exit', async (code, signal) => {
            clearTimeout(timer);
            // Orphans of the soak (workers, servers it forgot) go with it.
            killGroup(child.pid, 'SIGKILL');
            await waitForGroupExit(child.pid);
            resolve({ code, signal });
        });
    });
    fs$1.closeSync(log);
    const durationMs = Date.now() - started;
    const text = fs$1.existsSync(samplesFile) ? fs$1.readFileSync(samplesFile, 'utf8') : '';
    const parsed = parseSampleLines(text);
    const logText = fs$1.readFileSync(logFile, 'utf8');
    const stderrTail = logText.trimEnd().split('\n').slice(-20).join('\n');
    const outcome = classifyExit(code, signal, timedOut, logText);
    const snapshotFiles = fs$1.existsSync(snapshotDir)
        ? fs$1
            .readdirSync(snapshotDir)
            .filter((f) => f.endsWith('.heapsnapshot') && (parsed.pid === undefined || f.startsWith(`${parsed.pid}-`)))
            .sort((a, b) => Number(a.split('-')[1]) - Number(b.split('-')[1]))
            .map((f) => path$1.join(snapshotDir, f))
        : [];
    return {
        exitCode: code,
        signal,
        outcome,
        durationMs,
        samples: parsed.samples,
        unit: parsed.unit,
        stderrTail: outcome === 'ok' ? undefined : stderrTail,
        log: logFile,
        snapshotFiles
    };
}
/** What happened to a finished soak process. Pure. */
function classifyExit(code, signal, timedOut, output) {
    if (timedOut)
        return 'timeout';
    if (/JavaScript heap out of memory|Reached heap limit|allocation failed/i.test(output))
        return 'oom';
    if (code === 0)
        return 'ok';
    return 'crash';
}
const GROUP_EXIT_WAIT_MS = 2000;
/** SIGKILL is asynchronous: wait (bounded) until no process of the group is left. */
async function waitForGroupExit(pid) {
    if (!pid)
        return;
    const deadline = Date.now() + GROUP_EXIT_WAIT_MS;
    while (Date.now() < deadline) {
        try {
            process.kill(-pid, 0);
        }
        catch {
            return;
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
    }
}
function killGroup(pid, signal) {
    if (!pid)
        return;
    try {
        process.kill(-pid, signal);
    }
    catch {
        // The group is already gone.
    }
}

// The soak stage: a worktree per side, an install in each, then the runs, interleaved.
async function soakBothSides(options) {
    const env = scrubEnv(process.env, options.secrets);
    env.NODE_OPTIONS = withProbe(env.NODE_OPTIONS, options.probePath);
    delete env.MEMGATE_SAMPLES_FILE;
    delete env.MEMGATE_SNAPSHOT_DIR;
    const dirs = {
        base: path$1.join(options.workDir, 'base'),
        head: path$1.join(options.workDir, 'head')
    };
    const shas = { base: options.baseSha, head: options.headSha };
    const sides = ['base', 'head'];
    for (const side of sides) {
        fs$1.rmSync(dirs[side], { recursive: true, force: true });
        await options.git.addWorktree(dirs[side], shas[side]);
    }
    try {
        const projectDir = (side) => path$1.join(dirs[side], options.workingDirectory);
        for (const side of sides) {
            if (!fs$1.existsSync(projectDir(side))) {
                throw new MemgateError(`working-directory '${options.workingDirectory}' does not exist at ${side} ${shas[side].slice(0, 7)}`);
            }
            options.log(`${side}: installing (${options.installCommand})`);
            // Install scripts are the PR's code as well: same scrubbed environment, without the probe.
            const installEnv = { ...env, NODE_OPTIONS: scrubEnv(process.env, options.secrets).NODE_OPTIONS ?? '' };
            await install(side, projectDir(side), options.installCommand, installEnv, path$1.join(options.workDir, `install-${side}.log`));
        }
        const results = { base: [], head: [] };
        for (let i = 0; i < options.runs; i++) {
            // Interleaved, so that drift of the machine over time hits both sides alike.
            for (const side of sides) {
                const run = await runSoak({
                    command: options.soakCommand,
                    cwd: projectDir(side),
                    env,
                    outDir: path$1.join(options.workDir, 'runs', `${side}-${i + 1}`),
                    timeoutMs: options.timeoutMs,
                    snapshots: i === 0
                });
                results[side].push(run);
                options.log(`${side}: run ${i + 1}/${options.runs} ${run.outcome} in ${(run.durationMs / 1000).toFixed(1)} s, ${run.samples.length} samples`);
            }
        }
        return { base: toSide('base', results.base), head: toSide('head', results.head) };
    }
    finally {
        for (const side of sides)
            await options.git.removeWorktree(dirs[side]);
    }
}
function toSide(side, runs) {
    const unit = runs.some((r) => r.unit === 'iteration') ? 'iteration' : 'ms';
    return {
        samples: {
            format: 'memgate-samples/1',
            side,
            unit,
            runs: runs.map(({ exitCode, signal, outcome, durationMs, samples, stderrTail, log }) => ({
                exitCode,
                signal,
                outcome,
                durationMs,
                samples,
                stderrTail,
                log
            }))
        },
        snapshots: runs.find((r) => r.snapshotFiles.length >= 2)?.snapshotFiles ?? []
    };
}
async function install(side, cwd, command, env, logFile) {
    const log = fs$1.openSync(logFile, 'w');
    const code = await new Promise((resolve) => {
        const child = spawn('/bin/sh', ['-c', command], { cwd, env, stdio: ['ignore', log, log] });
        child.on('error', () => resolve(127));
        child.on('exit', (c) => resolve(c ?? 1));
    });
    fs$1.closeSync(log);
    if (code !== 0) {
        const tail = fs$1.readFileSync(logFile, 'utf8').trimEnd().split('\n').slice(-15).join('\n');
        throw new MemgateError(`Install failed on ${side} ('${command}' exited with ${code}):\n${tail}`);
    }
}

// Two-sample rank statistics across runs: the exact null distribution of the Mann–Whitney U
// statistic, its one-sided p-values, and the Hodges–Lehmann shift estimate with the matching
// distribution-free interval (Lehmann 1975, ch. 2). Exact for continuous data; our per-run slopes
// are real numbers, so ties are rare and are counted as half. Pure.
const distributions = new Map();
/**
 * Null probabilities P(U = u), u = 0..m·n, for sample sizes m and n, by the recurrence
 * f(m, n, u) = f(m − 1, n, u − n) + f(m, n − 1, u) on counts, divided by C(m + n, m).
 */
function mannWhitneyNull(m, n) {
    const key = `${m},${n}`;
    const cached = distributions.get(key);
    if (cached)
        return cached;
    // counts[j][u] for the current i, j = 0..n
    let previous = [];
    for (let j = 0; j <= n; j++)
        previous.push(Float64Array.of(1));
    for (let i = 1; i <= m; i++) {
        const current = [Float64Array.of(1)];
        for (let j = 1; j <= n; j++) {
            const row = new Float64Array(i * j + 1);
            const fewerFirst = previous[j]; // f(i − 1, j, ·), shifted by j
            const fewerSecond = current[j - 1]; // f(i, j − 1, ·)
            for (let u = 0; u < fewerFirst.length; u++)
                row[u + j] += fewerFirst[u];
            for (let u = 0; u < fewerSecond.length; u++)
                row[u] += fewerSecond[u];
            current.push(row);
        }
        previous = current;
    }
    const counts = previous[n];
    let total = 0;
    for (const c of counts)
        total += c;
    const probabilities = counts.map((c) => c / total);
    distributions.set(key, probabilities);
    return probabilities;
}
/** The smallest one-sided p-value an exact rank test can give with m and n runs: 1 / C(m + n, m). */
function smallestPValue(m, n) {
    if (m === 0 || n === 0)
        return 1;
    return mannWhitneyNull(m, n)[0];
}
/**
 * One-sided exact Mann–Whitney p-value for H1 "head − shift is stochastically larger than base":
 * P(U ≥ observed) under exchangeability, where U counts pairs with head_i − shift > base_j (ties
 * count half, rounded down, which only makes the p-value larger). Returns 1 when either side is empty.
 */
function mannWhitneyUpper(head, base, shift = 0) {
    const m = head.length;
    const n = base.length;
    if (m === 0 || n === 0)
        return 1;
    let twiceU = 0;
    for (const h of head)
        for (const b of base)
            twiceU += h - shift > b ? 2 : h - shift === b ? 1 : 0;
    const u = Math.floor(twiceU / 2);
    const probabilities = mannWhitneyNull(m, n);
    let p = 0;
    for (let k = u; k < probabilities.length; k++)
        p += probabilities[k];
    return Math.min(1, p);
}
/**
 * Hodges–Lehmann shift head − base with its distribution-free bounds: the lower bound is the
 * (c + 1)-th smallest pairwise difference where c is the largest u with P(U ≤ u) ≤ alphaLow; the
 * upper bound mirrors it. When even u = 0 exceeds alpha (too few runs) the bound is not reached
 * and the extreme difference is returned with `lowReached`/`highReached` false.
 */
function hodgesLehmann(head, base, alphaLow, alphaHigh) {
    const differences = [];
    for (const h of head)
        for (const b of base)
            differences.push(h - b);
    differences.sort((a, b) => a - b);
    const count = differences.length;
    if (count === 0)
        return { estimate: Number.NaN, low: Number.NaN, high: Number.NaN, lowReached: false, highReached: false };
    const estimate = count % 2 === 1 ? differences[count >> 1] : (differences[(count >> 1) - 1] + differences[count >> 1]) / 2;
    const probabilities = mannWhitneyNull(head.length, base.length);
    const critical = (alpha) => {
        let cumulative = 0;
        let c = -1;
        for (let u = 0; u < probabilities.length; u++) {
            cumulative += probabilities[u];
            if (cumulative <= alpha * (1 + 1e-9))
                c = u;
            else
                break;
        }
        return c;
    };
    const cLow = critical(alphaLow);
    const cHigh = critical(alphaHigh);
    return {
        estimate,
        // D(c+1) and D(mn−c) in 1-based order statistics; c = −1 means the level is out of reach.
        low: differences[Math.min(count - 1, Math.max(0, cLow))],
        high: differences[Math.max(0, Math.min(count - 1, count - 1 - cHigh))],
        lowReached: cLow >= 0,
        highReached: cHigh >= 0
    };
}

// Robust one-sample tools for a single run's heap trace: medians, Theil–Sen slopes with Sen's
// interval, and the Mann–Kendall trend test. Pure.
/** Median of a list (NaN for an empty list). Does not modify its input. */
function median(values) {
    if (values.length === 0)
        return Number.NaN;
    const sorted = [...values].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
/** Standard normal upper-tail probability P(Z > z), Abramowitz–Stegun 7.1.26 (error < 1.5e-7). */
function normalUpper(z) {
    const t = 1 / (1 + 0.3275911 * (Math.abs(z) / Math.SQRT2));
    const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
    const erfc = poly * Math.exp(-(z * z) / 2);
    return z >= 0 ? erfc / 2 : 1 - erfc / 2;
}
/** Inverse of normalUpper for p in (0, 1), by bisection: exact enough for interval ranks. */
function normalQuantileUpper(p) {
    let lo = -10;
    let hi = 10;
    for (let i = 0; i < 100; i++) {
        const mid = (lo + hi) / 2;
        if (normalUpper(mid) > p)
            lo = mid;
        else
            hi = mid;
    }
    return (lo + hi) / 2;
}
/**
 * Theil–Sen slope of y on x with Sen's (1968) interval from Kendall's S variance at two-sided
 * confidence `1 − alpha`. Pairs with equal x are skipped. Returns null for fewer than 3 points or
 * no x spread. Quadratic in the number of points: callers thin long traces first.
 */
function theilSen(xs, ys, alpha = 0.05) {
    const n = Math.min(xs.length, ys.length);
    if (n < 3)
        return null;
    const slopes = [];
    for (let i = 0; i < n; i++) {
        for (let j = i + 1; j < n; j++) {
            const dx = xs[j] - xs[i];
            if (dx !== 0)
                slopes.push((ys[j] - ys[i]) / dx);
        }
    }
    if (slopes.length === 0)
        return null;
    slopes.sort((a, b) => a - b);
    const count = slopes.length;
    const slope = count % 2 === 1 ? slopes[count >> 1] : (slopes[(count >> 1) - 1] + slopes[count >> 1]) / 2;
    const c = normalQuantileUpper(alpha / 2) * Math.sqrt((n * (n - 1) * (2 * n + 5)) / 18);
    const lowRank = Math.max(0, Math.floor((count - c) / 2) - 1);
    const highRank = Math.min(count - 1, Math.ceil((count + c) / 2));
    const residuals = [];
    for (let i = 0; i < n; i++)
        residuals.push(ys[i] - slope * xs[i]);
    return { slope, low: slopes[lowRank], high: slopes[highRank], intercept: median(residuals) };
}
/** Mann–Kendall test for a monotone trend in a sequence taken in time order (no tie correction). */
function mannKendall(ys) {
    const n = ys.length;
    let s = 0;
    for (let i = 0; i < n; i++)
        for (let j = i + 1; j < n; j++)
            s += Math.sign(ys[j] - ys[i]);
    const variance = (n * (n - 1) * (2 * n + 5)) / 18;
    const z = variance === 0 ? 0 : s > 0 ? (s - 1) / Math.sqrt(variance) : s < 0 ? (s + 1) / Math.sqrt(variance) : 0;
    return { s, z, pUp: normalUpper(z) };
}
/** Keep at most `limit` points, evenly spread by index and always keeping the last one. */
function thin(points, limit) {
    if (points.length <= limit)
        return [...points];
    const kept = [];
    for (let i = 0; i < limit; i++)
        kept.push(points[Math.round((i * (points.length - 1)) / (limit - 1))]);
    return kept;
}

// The statistics stage: two sides' memgate-samples/1 in, one verdict out. Pure: no I/O, no clock.
//
// Per run: drop the warm-up, estimate post-GC growth in bytes per unit (Theil–Sen). Across runs:
// Hodges–Lehmann difference head − base with an exact one-sided Mann–Whitney test against the
// minimum effect that matters. See docs/statistics.md for the calibration behind the defaults.
/** Defaults, justified in docs/statistics.md. */
const defaultStatsOptions = {
    // 1% false alarms over the whole sequential procedure.
    alpha: 0.01,
    threshold: 64,
    thresholdMs: 16,
    thresholdShare: 0.005,
    warmup: 0.2,
    // 1/C(10,5) = 0.00397 is the smallest exact p with 5 runs a side: the first smallest n that fits
    // under the first look's share (0.8 · 0.01/2 = 0.004) of alpha.
    runs: 5,
    maxRuns: 10,
    minSamples: 8,
    // A leak the size of the minimum effect passes at most 5% of the time.
    passAlpha: 0.05
};
/** Runs per side at each sequential look: the first at `runs`, then half as many again up to `maxRuns`. */
function planLooks(runs, maxRuns) {
    const looks = [Math.max(1, Math.floor(runs))];
    const step = Math.max(1, Math.ceil(runs / 2));
    while (looks[looks.length - 1] < maxRuns)
        looks.push(Math.min(maxRuns, looks[looks.length - 1] + step));
    return looks;
}
/**
 * Alpha for one metric at one look. Bonferroni across metrics (alpha / metrics); across looks the
 * first look takes 80% of it (enough for 5 runs a side at the default alpha to reach the smallest
 * exact p-value 1/252) and the later looks share the remaining 20% equally. The sum over all looks
 * and metrics never exceeds alpha, whatever the dependence between them.
 */
function alphaForLook(alpha, look, looks, metrics) {
    const perMetric = alpha / Math.max(1, metrics);
    if (looks <= 1)
        return perMetric;
    return look <= 1 ? perMetric * 0.8 : (perMetric * 0.2) / (looks - 1);
}
function checkSamples(samples, name) {
    if (samples === null || typeof samples !== 'object' || samples.format !== 'memgate-samples/1') {
        throw new MemgateError(`${name} samples are not memgate-samples/1 (format is ${JSON.stringify(samples?.format)})`);
    }
    if (samples.unit !== 'iteration' && samples.unit !== 'ms') {
        throw new MemgateError(`${name} samples have unit ${JSON.stringify(samples.unit)}; expected "iteration" or "ms"`);
    }
    if (!Array.isArray(samples.runs))
        throw new MemgateError(`${name} samples have no runs array`);
}
function runOutcome(run) {
    const outcome = run.outcome ?? (run.exitCode === 0 ? 'ok' : run.exitCode === null ? 'crash' : 'crash');
    if (outcome === 'ok')
        return null;
    const how = run.signal ? `signal ${run.signal}` : run.exitCode !== null ? `exit code ${run.exitCode}` : 'no exit code';
    return outcome === 'crash' ? `crashed (${how})` : outcome === 'oom' ? 'ran out of memory' : 'timed out';
}
function afterWarmup(samples, warmup) {
    const valid = samples.filter((s) => Number.isFinite(s.x) && Number.isFinite(s.heap)).sort((a, b) => a.x - b.x);
    if (valid.length === 0)
        return [];
    const first = valid[0].x;
    const cut = first + warmup * (valid[valid.length - 1].x - first);
    return valid.filter((s) => s.x >= cut);
}
// Theil–Sen is quadratic; 200 points keep a run under 20k pairs while leaving the slope's
// precision close to that of the full trace (it is limited by the x-span, not the count).
const maxPoints = 200;
function growthOf(xs, ys) {
    const fit = theilSen(xs, ys);
    return fit ? { estimate: fit.slope, low: fit.low, high: fit.high } : null;
}
function measureRun(run, index, unit, options) {
    const throughput = unit === 'iteration' && run.durationMs && run.durationMs > 0 && run.samples.length > 0
        ? run.samples[run.samples.length - 1].x / (run.durationMs / 1000)
        : null;
    const empty = { index, samples: 0, heap: null, external: null, trendP: null, throughput };
    const failure = runOutcome(run);
    if (failure)
        return { ...empty, excluded: failure };
    const kept = thin(afterWarmup(Array.isArray(run.samples) ? run.samples : [], options.warmup), maxPoints);
    if (kept.length < options.minSamples) {
        return { ...empty, samples: kept.length, excluded: `has ${kept.length} samples after the warm-up, fewer than ${options.minSamples}` };
    }
    const xs = kept.map((s) => s.x);
    const heap = growthOf(xs, kept.map((s) => s.heap));
    if (!heap)
        return { ...empty, samples: kept.length, excluded: 'has no spread in x after the warm-up' };
    const withExternal = kept.filter((s) => Number.isFinite(s.external));
    const external = withExternal.length === kept.length ? growthOf(withExternal.map((s) => s.x), withExternal.map((s) => s.external)) : null;
    return { index, samples: kept.length, heap, external, trendP: mannKendall(kept.map((s) => s.heap)).pUp, throughput };
}
function summarise(values) {
    const sorted = [...values].sort((a, b) => a - b);
    return { estimate: median(sorted), low: sorted[0] ?? Number.NaN, high: sorted[sorted.length - 1] ?? Number.NaN };
}
const fmt = (value) => {
    const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
    return value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
};
function describeExclusions(side, runs) {
    const excluded = runs.filter((r) => r.excluded);
    if (excluded.length === 0)
        return null;
    const first = excluded[0];
    return `${side}: ${excluded.length} of ${runs.length} runs left out (run ${first.index + 1} ${first.excluded}${excluded.length > 1 ? ', …' : ''})`;
}
/**
 * Decide whether head's post-GC heap (and external memory) grows faster than base's.
 * Throws MemgateError only for malformed input or mixed units; too little data gives
 * `inconclusive` with the reason, never `pass`.
 */
function analyzeSamples(base, head, options = {}) {
    checkSamples(base, 'base');
    checkSamples(head, 'head');
    if (base.unit !== head.unit) {
        throw new MemgateError(`base samples are in ${base.unit} units but head samples are in ${head.unit} units; both sides must report the same unit`);
    }
    const settings = { ...defaultStatsOptions, ...options };
    const unit = base.unit === 'iteration' ? 'bytes/iteration' : 'bytes/ms';
    const baseRuns = base.runs.map((run, i) => measureRun(run, i, base.unit, settings));
    const headRuns = head.runs.map((run, i) => measureRun(run, i, head.unit, settings));
    const usableBase = baseRuns.filter((r) => !r.excluded);
    const usableHead = headRuns.filter((r) => !r.excluded);
    const looks = planLooks(settings.runs, Math.max(settings.runs, settings.maxRuns));
    const attempted = Math.max(base.runs.length, head.runs.length);
    const look = Math.max(1, looks.filter((n) => n <= attempted).length);
    const nextLook = looks[look] ?? null;
    const moreRunsPossible = nextLook !== null ? nextLook - attempted : 0;
    const baseHeap = median(usableBase.map((r) => median(base.runs[r.index].samples.map((s) => s.heap))));
    const baseSpan = median(usableBase.map((r) => {
        const kept = afterWarmup(base.runs[r.index].samples, settings.warmup);
        return kept.length > 1 ? kept[kept.length - 1].x - kept[0].x : Number.NaN;
    }));
    const floor = base.unit === 'iteration' ? settings.threshold : settings.thresholdMs;
    const shareEffect = settings.thresholdShare > 0 && baseSpan > 0 ? (settings.thresholdShare * baseHeap) / baseSpan : 0;
    const minimumEffect = Math.max(floor, Number.isFinite(shareEffect) ? shareEffect : 0);
    const metrics = ['heap'];
    if (usableBase.length > 0 && usableHead.length > 0 && [...usableBase, ...usableHead].every((r) => r.external))
        metrics.push('external');
    const alphaTest = alphaForLook(settings.alpha, look, looks.length, metrics.length);
    const comparisons = metrics.map((metric) => {
        const b = usableBase.map((r) => r[metric].estimate);
        const h = usableHead.map((r) => r[metric].estimate);
        const shift = hodgesLehmann(h, b, alphaTest, settings.passAlpha);
        return {
            metric,
            alpha: alphaTest,
            base: summarise(b),
            head: summarise(h),
            difference: { estimate: shift.estimate, low: shift.low, high: shift.high, pValue: mannWhitneyUpper(h, b, minimumEffect) }
        };
    });
    const notes = [];
    for (const line of [describeExclusions('base', baseRuns), describeExclusions('head', headRuns)])
        if (line)
            notes.push(line);
    const throughput = {
        base: median(baseRuns.map((r) => r.throughput).filter((t) => t !== null)),
        head: median(headRuns.map((r) => r.throughput).filter((t) => t !== null))
    };
    const throughputOut = {
        base: Number.isFinite(throughput.base) ? throughput.base : null,
        head: Number.isFinite(throughput.head) ? throughput.head : null
    };
    const heap = comparisons[0];
    const enough = usableBase.length >= 2 && usableHead.length >= 2;
    const reachable = enough && smallestPValue(usableHead.length, usableBase.length) <= alphaTest;
    const leaking = enough ? comparisons.filter((c) => c.difference.pValue <= c.alpha) : [];
    const passing = reachable && comparisons.every((c) => c.difference.high < minimumEffect);
    let verdict;
    let reason;
    let moreRuns = 0;
    const what = (metric) => (metric === 'heap' ? 'post-GC heap' : 'external memory');
    if (leaking.length > 0) {
        const c = leaking[0];
        verdict = 'leak';
        reason =
            `head's ${what(c.metric)} grows ${fmt(c.difference.estimate)} ${unit} faster than base's ` +
                `(at least ${fmt(c.difference.low)} with ${fmt(100 * (1 - c.alpha))}% confidence, above the ${fmt(minimumEffect)} that matters; p = ${c.difference.pValue.toPrecision(2)}).`;
    }
    else if (passing) {
        verdict = 'pass';
        const worst = comparisons.reduce((a, c) => (c.difference.high > a.difference.high ? c : a));
        reason =
            `head's memory growth is within ${fmt(minimumEffect)} ${unit} of base's ` +
                `(difference ${fmt(heap.difference.estimate)}, at most ${fmt(worst.difference.high)} with ${fmt(100 * (1 - settings.passAlpha))}% confidence, over ${usableBase.length} + ${usableHead.length} runs).`;
    }
    else {
        verdict = 'inconclusive';
        moreRuns = moreRunsPossible;
        if (usableBase.length === 0 && usableHead.length === 0 && base.runs.length + head.runs.length > 0) {
            reason = `no run on either side gave usable samples (${notes.join('; ')}).`;
            moreRuns = 0;
        }
        else if (!reachable) {
            reason =
                `too few usable runs to decide at a ${fmt(100 * alphaTest)}% false-alarm rate: base has ${usableBase.length} and head ${usableHead.length}` +
                    (notes.length > 0 ? ` (${notes.join('; ')}).` : '.');
        }
        else {
            const c = comparisons.find((x) => x.difference.high >= minimumEffect) ?? heap;
            reason =
                `too noisy to decide: head's ${what(c.metric)} grows ${fmt(c.difference.estimate)} ${unit} faster than base's, ` +
                    `anywhere from ${fmt(c.difference.low)} to ${fmt(c.difference.high)}, around the ${fmt(minimumEffect)} that matters.`;
        }
    }
    return {
        verdict,
        unit,
        base: heap.base,
        head: heap.head,
        difference: heap.difference,
        reason,
        test: 'Theil–Sen slope of post-GC heap per run after warm-up; Hodges–Lehmann difference across runs with an exact one-sided Mann–Whitney test against the minimum effect (Bonferroni across metrics and looks)',
        runs: { base: baseRuns, head: headRuns },
        throughput: throughputOut,
        comparisons,
        minimumEffect,
        look,
        looks,
        notes,
        moreRuns
    };
}

// trigger → bumps → soak → stats → heap → report. Both front doors (action, CLI) call runPipeline.
async function runPipeline(options) {
    const workDir = options.workDir ?? fs$1.mkdtempSync(path$1.join(os$1.tmpdir(), 'memgate-'));
    fs$1.mkdirSync(workDir, { recursive: true });
    const git = await createGit(options.repoDir, { token: options.token });
    const headSha = await git.resolve(options.head);
    const baseSha = await git.mergeBase(await git.resolve(options.base), headSha);
    const bumps = await readBumps(git, baseSha, headSha, {
        ...options.bumps,
        workingDirectory: options.workingDirectory
    });
    if (bumps.length === 0) {
        const report = buildReport({
            baseSha,
            headSha,
            bumps,
            verdict: 'skipped',
            reason: 'No dependency changed between base and head, so there is nothing to measure.'
        });
        return { report, workDir };
    }
    options.log(`${bumps.length} dependency change(s): ${bumps.map((b) => `${b.name} ${b.from ?? '∅'} → ${b.to ?? '∅'}`).join(', ')}`);
    if (!options.soakCommand.trim()) {
        throw new MemgateError('No soak command: set the soak-command input (or --soak) to the script that exercises the service');
    }
    const soak = await soakBothSides({
        git,
        baseSha,
        headSha,
        workDir,
        soakCommand: options.soakCommand,
        installCommand: options.installCommand,
        workingDirectory: options.workingDirectory,
        runs: options.runs,
        timeoutMs: options.timeoutMs,
        probePath: options.probePath,
        secrets: options.token ? [options.token] : [],
        log: options.log
    });
    fs$1.writeFileSync(path$1.join(workDir, 'samples-base.json'), JSON.stringify(soak.base.samples, null, 2));
    fs$1.writeFileSync(path$1.join(workDir, 'samples-head.json'), JSON.stringify(soak.head.samples, null, 2));
    const common = { baseSha, headSha, bumps, baseRuns: options.runs, headRuns: options.runs };
    const failure = judgeFailures(soak.base, soak.head);
    if (failure?.verdict === 'error')
        throw new MemgateError(failure.reason);
    const stats = failure ? undefined : analyzeSamples(soak.base.samples, soak.head.samples, options.stats);
    const verdict = failure?.verdict ?? stats.verdict;
    const suspects = verdict === 'leak' ? await findSuspects(soak.head, bumps.map((b) => b.name), options.log) : [];
    const report = buildReport({ ...common, stats, suspects, verdict, reason: failure?.reason });
    return { report, workDir };
}
/**
 * Runs that did not finish decide the verdict before any statistics: head running out of memory
 * where base does not is a leak; a side whose every run failed leaves nothing to compare.
 */
function judgeFailures(base, head) {
    const ok = (s) => s.samples.runs.filter((r) => r.outcome === 'ok').length;
    const oom = (s) => s.samples.runs.filter((r) => r.outcome === 'oom').length;
    const total = head.samples.runs.length;
    const tail = (s) => s.samples.runs.find((r) => r.outcome !== 'ok')?.stderrTail ?? '';
    const describe = (s) => {
        const run = s.samples.runs.find((r) => r.outcome !== 'ok');
        return run?.outcome === 'timeout' ? 'timed out' : run?.outcome === 'oom' ? 'ran out of memory' : `exited with ${run?.exitCode ?? run?.signal}`;
    };
    if (oom(head) > 0 && oom(base) === 0 && ok(base) > 0) {
        return { verdict: 'leak', reason: `Head ran out of memory in ${oom(head)} of ${total} runs where base never did.` };
    }
    if (ok(base) === 0 && ok(head) === 0) {
        return { verdict: 'error', reason: `The soak failed on both sides: it ${describe(head)} on head and ${describe(base)} on base.\n${tail(head)}` };
    }
    for (const [name, side] of [['base', base], ['head', head]]) {
        if (ok(side) === 0) {
            return { verdict: 'error', reason: `The soak failed in every ${name} run: it ${describe(side)}.\n${tail(side)}` };
        }
    }
    return null;
}
async function findSuspects(head, packages, log) {
    if (head.snapshots.length < 2) {
        log('No pair of heap snapshots from a head run: suspects are not named.');
        return [];
    }
    try {
        return (await diffSnapshotFiles(head.snapshots, { packages, top: 5 })).suspects;
    }
    catch (error) {
        // The verdict stands on the samples; a snapshot that cannot be read only costs the suspects.
        log(`Heap snapshots could not be analysed: ${error instanceof MemgateError ? error.reason : String(error)}`);
        return [];
    }
}

// Numbers as maintainers read them. Pure.
const UNITS = ['B', 'KiB', 'MiB', 'GiB'];
function formatBytes(bytes) {
    const sign = bytes < 0 ? '-' : '';
    let value = Math.abs(bytes);
    let unit = 0;
    while (value >= 1024 && unit < UNITS.length - 1) {
        value /= 1024;
        unit++;
    }
    return `${sign}${unit === 0 ? Math.round(value) : value.toFixed(1)} ${UNITS[unit]}`;
}
/** A growth rate such as "1.4 KiB/iteration" from bytes per unit and the unit string "bytes/iteration". */
function formatRate(bytesPerUnit, unit) {
    const per = unit.replace(/^bytes\//, '');
    const value = Math.abs(bytesPerUnit) < 10 ? bytesPerUnit.toFixed(2) : String(Math.round(bytesPerUnit));
    return Math.abs(bytesPerUnit) >= 1024 ? `${formatBytes(bytesPerUnit)}/${per}` : `${value} B/${per}`;
}

function renderText(report) {
    const lines = [`verdict: ${report.verdict}`];
    if (report.reason)
        lines.push(report.reason);
    if (report.bumps.length > 0) {
        lines.push('', 'bumps:');
        for (const b of report.bumps) {
            lines.push(`  ${b.name} ${b.from ?? '(none)'} -> ${b.to ?? '(none)'} (${b.type}, ${b.direct ? 'direct' : 'transitive'}, ${b.manifest})`);
        }
    }
    if (report.unit && report.base.growth && report.head.growth) {
        const g = (x) => `${formatRate(x.estimate, report.unit)} [${formatRate(x.low, report.unit)}, ${formatRate(x.high, report.unit)}]`;
        lines.push('', 'post-GC heap growth:');
        lines.push(`  base ${report.base.sha.slice(0, 7)} (${report.base.runs} runs): ${g(report.base.growth)}`);
        lines.push(`  head ${report.head.sha.slice(0, 7)} (${report.head.runs} runs): ${g(report.head.growth)}`);
        if (report.difference)
            lines.push(`  difference: ${g(report.difference)}, p = ${report.difference.pValue.toPrecision(2)}`);
    }
    if (report.suspects.length > 0) {
        lines.push('', 'what grows (head):');
        for (const s of report.suspects) {
            lines.push(`  ${s.name}: ${s.count} new, ${formatBytes(s.bytes)}${s.package ? `, package ${s.package}` : ''}`);
            if (s.retainerPath.length)
                lines.push(`    retained by ${s.retainerPath.join(' -> ')}`);
        }
    }
    return lines.join('\n');
}

// The `memgate` command: parse argv, call the same pipeline as the action. Logs go to stderr;
// with --json, stdout carries one JSON document and nothing else.
const USAGE = `Usage:
  memgate run --base REF --head REF [--repo DIR] [--soak CMD] [--install CMD] [--runs N]
              [--timeout SECONDS] [--working-directory DIR] [--json] [--report FILE]
  memgate bumps --base REF --head REF [--repo DIR] [--json]
  memgate analyze --base FILE --head FILE [--json]
  memgate heap summary FILE [--json]
  memgate heap diff BEFORE AFTER [MORE...] [--json]
  memgate demo [--clean] [--runs N] [--json]

Exit status: 0 pass or skipped, 1 leak, 2 error, 3 inconclusive.`;
const DEFAULT_RUNS = 5;
const DEFAULT_TIMEOUT_S = 600;
const log = (line) => {
    process.stderr.write(`${line}\n`);
};
async function main(argv) {
    const [command, ...rest] = argv;
    switch (command) {
        case 'run':
            return runCommand(rest);
        case 'bumps':
            return bumpsCommand(rest);
        case 'analyze':
            return analyzeCommand(rest);
        case 'heap':
            return heapCommand(rest);
        case 'demo':
            return demoCommand(rest);
        case undefined:
        case 'help':
        case '--help':
        case '-h':
            process.stdout.write(`${USAGE}\n`);
            return command === undefined ? 2 : 0;
        default:
            throw new MemgateError(`Unknown command '${command}'. Expected run, bumps, analyze, heap or demo.`);
    }
}
function parse(args, options, positionals = false) {
    try {
        return parseArgs({ args, options, allowPositionals: positionals, strict: true });
    }
    catch (error) {
        throw new MemgateError(`${error.message.split('\n')[0]}\n${USAGE}`, 2, { cause: error });
    }
}
function required(value, flag) {
    if (typeof value !== 'string' || value === '')
        throw new MemgateError(`Missing ${flag}.\n${USAGE}`);
    return value;
}
function positiveInt(value, flag, fallback) {
    if (value === undefined)
        return fallback;
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1)
        throw new MemgateError(`Invalid ${flag} '${value}'. Expected a positive integer.`);
    return n;
}
const probePath = () => fileURLToPath(new URL('./probe.cjs', import.meta.url));
async function runCommand(args) {
    const { values } = parse(args, {
        base: { type: 'string' },
        head: { type: 'string' },
        repo: { type: 'string', default: '.' },
        soak: { type: 'string', default: 'npm run soak' },
        install: { type: 'string', default: 'npm ci' },
        runs: { type: 'string' },
        timeout: { type: 'string' },
        'working-directory': { type: 'string', default: '.' },
        'work-dir': { type: 'string' },
        json: { type: 'boolean', default: false },
        report: { type: 'string' }
    });
    const report = (await runPipeline({
        repoDir: path$1.resolve(values.repo),
        base: required(values.base, '--base'),
        head: required(values.head, '--head'),
        soakCommand: values.soak,
        installCommand: values.install,
        workingDirectory: values['working-directory'],
        runs: positiveInt(values.runs, '--runs', DEFAULT_RUNS),
        timeoutMs: positiveInt(values.timeout, '--timeout', DEFAULT_TIMEOUT_S) * 1000,
        workDir: values['work-dir'],
        probePath: probePath(),
        log
    })).report;
    return printReport(report, values.json, values.report);
}
function printReport(report, json, reportFile) {
    if (reportFile)
        fs$1.writeFileSync(reportFile, JSON.stringify(report, null, 2) + '\n');
    process.stdout.write(json ? JSON.stringify(report, null, 2) + '\n' : renderText(report) + '\n');
    return exitCodeFor(report.verdict);
}
async function bumpsCommand(args) {
    const { values } = parse(args, {
        base: { type: 'string' },
        head: { type: 'string' },
        repo: { type: 'string', default: '.' },
        'working-directory': { type: 'string', default: '.' },
        json: { type: 'boolean', default: false }
    });
    const git = await createGit(path$1.resolve(values.repo));
    const head = await git.resolve(required(values.head, '--head'));
    const base = await git.mergeBase(await git.resolve(required(values.base, '--base')), head);
    const bumps = await readBumps(git, base, head, { workingDirectory: values['working-directory'] });
    if (values.json) {
        process.stdout.write(JSON.stringify(bumps, null, 2) + '\n');
    }
    else if (bumps.length === 0) {
        process.stdout.write('No dependency changes.\n');
    }
    else {
        for (const b of bumps) {
            process.stdout.write(`${b.name} ${b.from ?? '(none)'} -> ${b.to ?? '(none)'} ${b.type} ${b.direct ? 'direct' : 'transitive'} ${b.manifest}\n`);
        }
    }
    return 0;
}
async function analyzeCommand(args) {
    const { values } = parse(args, {
        base: { type: 'string' },
        head: { type: 'string' },
        json: { type: 'boolean', default: false }
    });
    const base = readSamples(required(values.base, '--base'));
    const head = readSamples(required(values.head, '--head'));
    const result = analyzeSamples(base, head);
    if (values.json) {
        process.stdout.write(JSON.stringify(result, null, 2) + '\n');
    }
    else {
        const report = {
            verdict: result.verdict,
            reason: result.reason,
            base: { sha: '', runs: base.runs.length, growth: result.base },
            head: { sha: '', runs: head.runs.length, growth: result.head },
            unit: result.unit,
            difference: result.difference,
            bumps: [],
            suspects: []
        };
        process.stdout.write(renderText(report) + '\n');
    }
    return exitCodeFor(result.verdict);
}
function readSamples(file) {
    let data;
    try {
        data = JSON.parse(fs$1.readFileSync(file, 'utf8'));
    }
    catch (error) {
        throw new MemgateError(`Cannot read samples file ${file}: ${error.message}`, 2, { cause: error });
    }
    const samples = data;
    if (samples?.format !== 'memgate-samples/1' || !Array.isArray(samples.runs)) {
        throw new MemgateError(`${file} is not a memgate-samples/1 file (no "format": "memgate-samples/1" with "runs")`);
    }
    return samples;
}
async function heapCommand(args) {
    const [sub, ...rest] = args;
    const { values, positionals } = parse(rest, { json: { type: 'boolean', default: false } }, true);
    if (sub === 'summary' && positionals.length === 1) {
        const summary = await summarizeSnapshotFile(positionals[0]);
        process.stdout.write((values.json ? JSON.stringify(summary, null, 2) : formatHeapSummary(summary)) + '\n');
        return 0;
    }
    if (sub === 'diff' && positionals.length >= 2) {
        const diff = await diffSnapshotFiles(positionals);
        process.stdout.write((values.json ? JSON.stringify(diff, null, 2) : formatHeapDiff(diff)) + '\n');
        return 0;
    }
    throw new MemgateError(`Expected 'heap summary FILE' or 'heap diff BEFORE AFTER [MORE...]'.\n${USAGE}`);
}
async function demoCommand(args) {
    const { values } = parse(args, {
        clean: { type: 'boolean', default: false },
        runs: { type: 'string' },
        json: { type: 'boolean', default: false },
        keep: { type: 'boolean', default: false }
    });
    const dir = fs$1.mkdtempSync(path$1.join(os$1.tmpdir(), 'memgate-demo-'));
    try {
        const head = values.clean ? 'clean' : 'leaky';
        log(`Building the demo repository in ${dir} (event-hub 1.0.0 -> 2.0.0 ${head})`);
        const repo = await createDemoRepo(path$1.join(dir, 'repo'), head);
        const { report } = await runPipeline({
            repoDir: repo.dir,
            base: 'main',
            head: 'bump',
            soakCommand: 'node soak.js',
            installCommand: 'npm ci --no-audit --no-fund',
            workingDirectory: '.',
            runs: positiveInt(values.runs, '--runs', DEFAULT_RUNS),
            timeoutMs: DEFAULT_TIMEOUT_S * 1000,
            workDir: path$1.join(dir, 'work'),
            probePath: probePath(),
            log
        });
        return printReport(report, values.json);
    }
    finally {
        if (!values.keep)
            fs$1.rmSync(dir, { recursive: true, force: true });
    }
}
try {
    process.exitCode = await main(process.argv.slice(2));
}
catch (error) {
    if (!(error instanceof MemgateError))
        throw error;
    process.stderr.write(`memgate: ${error.reason}\n`);
    process.exitCode = error.exitCode;
}

export { main };
