import { parentPort, workerData } from 'node:worker_threads';
import { posix } from 'node:path';

/**
 * The one error class memgate throws on purpose. `reason` is the one line a maintainer reads in the
 * PR comment or on stderr; `detail` holds what does not fit on it (a log's tail, the usage text);
 * `exitCode` is the CLI's exit status when no report could be made (2 error, 3 inconclusive).
 */
class MemgateError extends Error {
    exitCode;
    reason;
    detail;
    constructor(reason, exitCode = 2, options) {
        // A reason handed in with more lines keeps its first as the reason and the rest as detail.
        const [first = '', ...rest] = reason.split('\n');
        super(first, options);
        this.exitCode = exitCode;
        this.name = 'MemgateError';
        this.reason = first;
        const detail = [rest.join('\n').trim(), options?.detail?.trim()].filter(Boolean).join('\n');
        if (detail)
            this.detail = detail;
    }
}

function getDefaultExportFromCjs$1 (x) {
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
var semver = /*@__PURE__*/getDefaultExportFromCjs$1(semverExports);

// The shapes of docs/design.md, shared by every stage. Change them only with the design.
/**
 * package.json's dependency sections, in the order a package reached through several is named
 * (`via`): what production installs first, then what only development or a peer brings.
 */
const DEPENDENCY_SECTIONS = [
    'dependencies',
    'optionalDependencies',
    'devDependencies',
    'peerDependencies'
];

// The one shape every lockfile parser returns, and the checks they share. Pure: text in, data out.
/** A package's origin (see LockedPackage.origin) from the strings the lockfile gives, or undefined. */
function originOf(...parts) {
    const kept = parts.filter((p) => typeof p === 'string' && p !== '');
    return kept.length ? kept.join(' ') : undefined;
}
/** A one-line MemgateError naming the file and, when known, the 1-based line. */
function lockError(file, reason, line, cause) {
    const where = line ? `${file}, line ${line}` : file;
    return new MemgateError(`${where}: ${reason}`, 2, cause === undefined ? undefined : { cause });
}
/**
 * Throws when a lockfile still holds merge-conflict markers; every format rejects them first.
 * `from`/`to` limit the search to the markers that start in that range of `text`.
 */
function assertNoConflict(text, file, from = 0, to = text.length) {
    // One regex pass: this runs over lockfiles of tens of MB (a quarter of the time of an indexOf
    // per marker).
    const marker = /(?:^|\n)(<{7}|={7}|>{7})(?:\s|$)/g;
    marker.lastIndex = Math.max(0, from - 1);
    const match = marker.exec(text);
    if (!match)
        return;
    const start = text[match.index] === '\n' ? match.index + 1 : match.index;
    if (start >= to)
        return;
    throw lockError(file, `merge-conflict marker '${match[1]}' (resolve the conflict and commit the regenerated lockfile)`, lineAt(text, start));
}
/** 1-based line of a character offset. */
function lineAt(text, offset) {
    let line = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1))
        line++;
    return line;
}
/** The package name of an npm-style `name@range` descriptor (scoped names keep their first `@`). */
function descriptorName(descriptor) {
    const at = descriptor.indexOf('@', 1);
    return at === -1 ? descriptor : descriptor.slice(0, at);
}
/** Classifies a dependency reference the way npm, Yarn and pnpm write them. Linear in its length. */
function sourceOf(reference) {
    if (reference.startsWith('npm:'))
        return 'alias';
    if (reference.startsWith('workspace:'))
        return 'workspace';
    if (reference.startsWith('link:') || reference.startsWith('portal:'))
        return 'link';
    if (/^(git\+|git:|github:|gitlab:|bitbucket:)|\.git(#|$)/.test(reference))
        return 'git';
    if (/^https?:/.test(reference))
        return 'tarball';
    if (reference.startsWith('file:'))
        return isTarball(reference) ? 'tarball' : 'file';
    if (isGitHubShorthand(reference))
        return 'git';
    return 'registry';
}
/**
 * `owner/repo` or `owner/repo#ref`, checked a character at a time: a pattern over the whole text
 * backtracks through every character of a long PR-written reference, deep enough to overflow
 * V8's regexp stack on megabytes.
 */
function isGitHubShorthand(reference) {
    const hash = reference.indexOf('#');
    const path = hash === -1 ? reference : reference.slice(0, hash);
    const slash = path.indexOf('/');
    if (slash <= 0 || slash === path.length - 1)
        return false;
    for (let i = 0; i < path.length; i++) {
        if (i === slash)
            continue;
        const c = path.charCodeAt(i);
        const word = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45; // \w and -
        if (!word && !(i > slash && c === 46))
            return false; // `.` only in the repository's name
    }
    return true;
}
// A resolved string of a lockfile is the PR's text: a pattern such as `.*\.tgz(#.*)?$` backtracks
// once per `#` and takes quadratic time on one long line, so the path is cut at its `#`s instead.
const TARBALL = /\.(tgz|tar\.gz|tar)$/;
const LINE_BREAK = /[\n\r\u2028\u2029]/;
/** `file:…x.tgz` or `file:…x.tgz#…`: a packed file rather than a directory. */
function isTarball(reference) {
    if (LINE_BREAK.test(reference))
        return false;
    if (TARBALL.test(reference))
        return true;
    for (let hash = reference.indexOf('#'); hash !== -1; hash = reference.indexOf('#', hash + 1)) {
        if (TARBALL.test(reference.slice(Math.max(0, hash - 7), hash)))
            return true;
    }
    return false;
}

/**
 * The bumps the inputs keep, in their order. Globs match the whole name: `*` any run of characters
 * but `/`, `**` any run, `?` one character (`@types/*`, `eslint-*`). Empty lists filter nothing.
 * Never throws.
 */
/**
 * A workspace glob as package managers read it: without a leading `./` or trailing slashes. By hand:
 * `/\/+$/` is quadratic on a long run of slashes that does not end the text.
 */
function trimWorkspaceGlob(glob) {
    const start = glob.startsWith('./') ? 2 : 0;
    let end = glob.length;
    while (end > start && glob[end - 1] === '/')
        end--;
    return glob.slice(start, end);
}
/**
 * Globs come from the PR too (its package.json and pnpm-workspace.yaml `workspaces`), and are matched
 * against its paths: a longer one is no workspace pattern anyone writes, and matches nothing.
 */
const MAX_GLOB_LENGTH = 1024;
var G;
(function (G) {
    G[G["Char"] = 0] = "Char";
    G[G["One"] = 1] = "One";
    G[G["Star"] = 2] = "Star";
    G[G["Globstar"] = 3] = "Globstar"; // `**`: any run
})(G || (G = {}));
/**
 * A glob (`*` any run of characters but `/`, `**` any run, `?` one character but `/`, anchored at
 * both ends) as a matcher that runs in time linear in the text times the glob's length: a RegExp
 * built from `*a*a*a…` backtracks exponentially. Globs over MAX_GLOB_LENGTH match nothing.
 * Never throws.
 */
function compileGlob(glob) {
    if (glob.length > MAX_GLOB_LENGTH)
        return { test: () => false };
    const kinds = [];
    const chars = [];
    const push = (kind, char = '') => {
        kinds.push(kind);
        chars.push(char);
    };
    for (let i = 0; i < glob.length; i++) {
        const c = glob.charAt(i);
        if (c === '*' && glob[i + 1] === '*') {
            i++;
            if (kinds.at(-1) !== G.Globstar)
                push(G.Globstar);
        }
        else if (c === '*') {
            if (kinds.at(-1) !== G.Star && kinds.at(-1) !== G.Globstar)
                push(G.Star);
        }
        else if (c === '?')
            push(G.One);
        else
            push(G.Char, c);
    }
    const end = kinds.length;
    return {
        test(text) {
            // The set of glob positions reached so far (a position before a star also reaches past it).
            let now = new Uint8Array(end + 1);
            let next = new Uint8Array(end + 1);
            const close = (set) => {
                for (let p = 0; p < end; p++)
                    if (set[p] && (kinds[p] === G.Star || kinds[p] === G.Globstar))
                        set[p + 1] = 1;
            };
            now[0] = 1;
            close(now);
            for (let i = 0; i < text.length; i++) {
                const c = text.charAt(i);
                next.fill(0);
                let any = false;
                for (let p = 0; p < end; p++) {
                    if (!now[p])
                        continue;
                    const k = kinds[p];
                    if (k === G.Char ? chars[p] === c : k === G.One ? c !== '/' : false) {
                        next[p + 1] = 1;
                        any = true;
                    }
                    else if (k === G.Globstar || (k === G.Star && c !== '/')) {
                        next[p] = 1;
                        any = true;
                    }
                }
                if (!any)
                    return false;
                close(next);
                [now, next] = [next, now];
            }
            return now[end] === 1;
        }
    };
}

// npm's package-lock.json and npm-shrinkwrap.json, lockfileVersion 1 (npm 5–6: the nested
// `dependencies` tree), 2 (npm 7–8: `packages` plus the v1 tree) and 3 (npm 9+: `packages` only).
// Format: https://docs.npmjs.com/cli/configuring-npm/package-lock-json
const NM$1 = 'node_modules/';
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
/** The installed copies of a lockfile v2/v3 `packages` object, in its order. */
function fromPackages(entries, file, line) {
    if (typeof entries !== 'object' || entries === null)
        throw lockError(file, 'expected "packages" to be an object', line);
    const tree = new Tree();
    const pending = [];
    const declared = entries['']?.workspaces;
    const workspaceGlobs = (Array.isArray(declared) ? declared : []).map((g) => compileGlob(trimWorkspaceGlob(String(g))));
    for (const [location, entry] of Object.entries(entries)) {
        const installedName = nameAt(location);
        const workspace = location === '' || !location.includes(NM$1);
        let source = 'registry';
        let reference;
        if (workspace)
            source = 'workspace';
        else if (entry.link) {
            source = workspaceGlobs.some((re) => re.test(entry.resolved ?? '')) ? 'workspace' : 'link';
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
        const origin = originOf(entry.resolved, entry.integrity);
        if (origin && !entry.link)
            pkg.origin = origin;
        if (entry.dev || entry.devOptional)
            pkg.dev = true;
        if (entry.optional || entry.devOptional)
            pkg.optional = true;
        tree.add(pkg, workspace ? undefined : installedName);
        // A link's dependencies resolve from where it points, which has its own entry.
        if (!entry.link)
            pending.push([pkg, entry]);
    }
    for (const [pkg, entry] of pending) {
        const by = pkg.source === 'workspace' ? `workspace:${pkg.location}` : pkg.name;
        tree.link(pkg.location, by, entry.dependencies);
        tree.link(pkg.location, by, entry.optionalDependencies);
        tree.link(pkg.location, by, entry.peerDependencies);
    }
    return tree.packages;
}
function fromTree(root) {
    const tree = new Tree();
    const pending = [];
    const walk = (entries, parent) => {
        for (const [name, entry] of Object.entries(entries)) {
            const location = `${parent}${NM$1}${name}`;
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
            const origin = originOf(entry.resolved, entry.integrity);
            if (origin)
                pkg.origin = origin;
            if (entry.dev)
                pkg.dev = true;
            if (entry.optional)
                pkg.optional = true;
            tree.add(pkg, name);
            // A linked directory's requires resolve from that directory, as a workspace's do.
            if (source === 'link')
                pending.push([childBase.slice(0, -1), `workspace:${childBase.slice(0, -1)}`, entry.requires]);
            else
                pending.push([location, name, entry.requires]);
            if (entry.dependencies)
                walk(entry.dependencies, childBase);
        }
    };
    walk(root, '');
    for (const [from, by, requires] of pending)
        tree.link(from, by, requires);
    return tree.packages;
}
/**
 * The installed copies by place, resolving a require the way Node does (nearest node_modules up
 * the tree). Kept cheap for lockfiles of tens of MB: a lookup is a few Map hits on strings the
 * lockfile already holds, never a path built per dependency.
 */
class Tree {
    packages = [];
    /** directory ('' for the root) → what its node_modules holds, by name */
    modules = new Map();
    parents = new Map();
    /** name → its only installed copy, or null when there are several to choose from by place */
    only = new Map();
    add(pkg, installedName) {
        this.packages.push(pkg);
        if (installedName === undefined)
            return;
        this.only.set(installedName, this.only.has(installedName) ? null : pkg);
        const at = pkg.location.length - installedName.length - NM$1.length;
        const dir = at === 0 ? '' : pkg.location.slice(0, at - 1);
        let names = this.modules.get(dir);
        if (!names)
            this.modules.set(dir, (names = new Map()));
        names.set(installedName, pkg);
    }
    link(from, by, names) {
        if (!names)
            return;
        for (const name in names) {
            // Most names are installed once; only the others need Node's walk up the tree.
            const only = this.only.get(name);
            const child = only === undefined ? undefined : (only ?? this.resolve(from, name));
            if (child && !child.namedBy.includes(by))
                child.namedBy.push(by);
        }
    }
    resolve(from, name) {
        for (let dir = from;; dir = this.parentOf(dir)) {
            const hit = this.modules.get(dir)?.get(name);
            if (hit || dir === '')
                return hit;
        }
    }
    parentOf(dir) {
        let parent = this.parents.get(dir);
        if (parent === undefined)
            this.parents.set(dir, (parent = parentDir(dir)));
        return parent;
    }
}
/** The directory Node looks in next: the package holding this node_modules, else the parent. */
function parentDir(dir) {
    const nm = dir.lastIndexOf(`/${NM$1}`);
    if (nm !== -1)
        return dir.slice(0, nm);
    if (dir.startsWith(NM$1))
        return '';
    const slash = dir.lastIndexOf('/');
    return slash === -1 ? '' : dir.slice(0, slash);
}
/** The package `name` as required from a module at `from` (a node_modules path or a directory). */
function resolveFrom(byLocation, from, name) {
    for (let dir = from;; dir = parentDir(dir)) {
        const hit = byLocation.get(dir === '' ? `${NM$1}${name}` : `${dir}/${NM$1}${name}`);
        if (hit || dir === '')
            return hit;
    }
}
/** The name a node_modules path installs (the path itself for a workspace directory). */
function nameAt(location) {
    const at = location.lastIndexOf(NM$1);
    return at === -1 ? location : location.slice(at + NM$1.length);
}
// Called once per entry of lockfiles with tens of thousands: string tests, not a regex.
function isRegistryTarball(resolved) {
    return resolved.startsWith('http') && resolved.endsWith('.tgz') && resolved.includes('/-/');
}
function jsonProblem(error) {
    return String(error.message ?? error).split('\n', 1)[0] ?? '';
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

function indexLock(lock) {
    const byLocation = new Map();
    const byDescriptor = new Map();
    const transitive = new Map();
    for (const pkg of lock.packages) {
        byLocation.set(pkg.location, pkg);
        if (pkg.descriptors)
            for (const d of pkg.descriptors)
                byDescriptor.set(d, pkg);
        if (pkg.source === 'workspace' || !pkg.namedBy.some((by) => !by.startsWith('workspace:')))
            continue;
        let versions = transitive.get(pkg.name);
        if (!versions)
            transitive.set(pkg.name, (versions = new Map()));
        const id = pkg.reference ?? pkg.version;
        const copies = versions.get(id);
        if (copies)
            copies.push(pkg);
        else
            versions.set(id, [pkg]);
    }
    return { lock, byLocation, byDescriptor, transitive };
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
            return index.byDescriptor.get(`${dep.name}@${dep.range}`) ?? index.byDescriptor.get(`${dep.name}@npm:${dep.range}`);
    }
}

/** The dependency types in the order a bump's `via` lists them. */
/**
 * For an installed version, the dependency types of the manifest entries it hangs from: one walk
 * down from what the manifests name per dependency type, along `namedBy` turned around (parents by
 * name, so every version of a parent counts). Iterative, so deep chains cannot overflow the stack.
 */
function reachedVia(side, index) {
    const copiesOf = (name, version) => [...(index.transitive.get(name)?.values() ?? [])].flat().filter((pkg) => pkg.version === version);
    // npm already worked reachability out at install time: `dev` (only devDependencies lead here),
    // `optional` (only optionalDependencies), both (devOptional), neither (a production dependency).
    if (side.lock?.kind === 'npm') {
        return (name, version) => {
            const out = new Set();
            for (const pkg of copiesOf(name, version)) {
                if (!pkg.dev && !pkg.optional)
                    out.add('dependencies');
                if (pkg.optional)
                    out.add('optionalDependencies');
                if (pkg.dev)
                    out.add('devDependencies');
            }
            return out;
        };
    }
    const children = new Map();
    for (const pkg of side.lock?.packages ?? []) {
        for (const by of pkg.namedBy) {
            if (by.startsWith('workspace:'))
                continue;
            const kids = children.get(by);
            if (kids)
                kids.push(pkg.name);
            else
                children.set(by, [pkg.name]);
        }
    }
    const seedsOf = new Map();
    const reached = new Map();
    for (const manifest of side.manifests) {
        for (const dep of manifest.dependencies) {
            const pkg = locate(index, manifest.dir, dep);
            if (!pkg)
                continue;
            addTo(seedsOf, pkg, dep.dependencyType);
            addTo(reached, dep.dependencyType, pkg.name);
        }
    }
    for (const names of reached.values()) {
        const queue = [...names];
        for (let name = queue.pop(); name !== undefined; name = queue.pop()) {
            for (const child of children.get(name) ?? []) {
                if (names.has(child))
                    continue;
                names.add(child);
                queue.push(child);
            }
        }
    }
    return (name, version) => {
        const out = new Set();
        for (const pkg of copiesOf(name, version)) {
            for (const t of seedsOf.get(pkg) ?? [])
                out.add(t);
            for (const by of pkg.namedBy) {
                if (by.startsWith('workspace:'))
                    continue;
                for (const [type, names] of reached)
                    if (names.has(by))
                        out.add(type);
            }
        }
        return out;
    };
}
/**
 * Whether an installed version hangs from the manifests of `workspaces` (their dependencies, the
 * workspaces those name, and down along `namedBy` turned around, parents by name as in reachedVia).
 */
function reachedFrom(side, index, workspaces) {
    const children = new Map();
    for (const pkg of side.lock?.packages ?? []) {
        for (const by of pkg.namedBy) {
            if (by.startsWith('workspace:'))
                continue;
            const kids = children.get(by);
            if (kids)
                kids.push(pkg.name);
            else
                children.set(by, [pkg.name]);
        }
    }
    const byName = new Map(side.manifests.flatMap((m) => (m.name === undefined ? [] : [[m.name, m]])));
    const dirs = new Set(workspaces);
    const manifests = side.manifests.filter((m) => dirs.has(m.dir));
    const names = new Set();
    // The loop visits the workspaces it appends too.
    for (const manifest of manifests) {
        for (const dep of manifest.dependencies) {
            const pkg = locate(index, manifest.dir, dep);
            if (!pkg)
                continue;
            // A workspace it depends on brings that workspace's own dependencies.
            const other = pkg.source === 'workspace' || pkg.source === 'link' ? byName.get(dep.name) : undefined;
            if (other && !manifests.includes(other))
                manifests.push(other);
            names.add(pkg.name);
        }
    }
    const queue = [...names];
    for (let name = queue.pop(); name !== undefined; name = queue.pop()) {
        for (const child of children.get(name) ?? []) {
            if (names.has(child))
                continue;
            names.add(child);
            queue.push(child);
        }
    }
    // Through a package of the tree, not as a direct dependency: that one is a direct bump already (a
    // pnpm alias shares its copy with the same version others depend on).
    return (name, version) => [...(index.transitive.get(name)?.values() ?? [])]
        .flat()
        .some((pkg) => pkg.version === version && pkg.namedBy.some((by) => !by.startsWith('workspace:') && names.has(by)));
}
function addTo(map, key, value) {
    const set = map.get(key);
    if (set)
        set.add(value);
    else
        map.set(key, new Set([value]));
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
 * wrong pair. With `workspaces` (directories relative to the lockfile), transitive bumps are only
 * those the dependency trees of those workspaces reach on either side. When one side has no
 * lockfile, see `diffHalfLocked`; when neither has, range changes are reported `unresolved`.
 */
function diffLocks(base, head, lockPath, workspaces) {
    if (!base.lock && !head.lock)
        return diffRanges(base.manifests, head.manifests);
    if (!base.lock || !head.lock)
        return diffHalfLocked(base, head);
    const baseIndex = indexLock(base.lock);
    const headIndex = indexLock(head.lock);
    const bumps = [];
    for (const { path, name, b, h, pair } of dependencyPairs(base.manifests, head.manifests)) {
        const bp = b && pair.base ? locate(baseIndex, pair.base.dir, b) : undefined;
        const hp = h && pair.head ? locate(headIndex, pair.head.dir, h) : undefined;
        if (bp?.source === 'workspace' || hp?.source === 'workspace')
            continue;
        const bump = directBump(name, b, bp, h, hp, path);
        if (bump)
            bumps.push(bump);
    }
    let transitive = transitiveBumps(baseIndex, headIndex, lockPath, bumps);
    if (workspaces && transitive.length) {
        const inBase = reachedFrom(base, baseIndex, workspaces);
        const inHead = reachedFrom(head, headIndex, workspaces);
        transitive = transitive.filter((b) => (b.from !== null && inBase(b.name, b.from)) || (b.to !== null && inHead(b.name, b.to)));
    }
    const viaBase = transitive.length ? reachedVia(base, baseIndex) : () => new Set();
    const viaHead = transitive.length ? reachedVia(head, headIndex) : () => new Set();
    for (const bump of transitive) {
        const types = new Set([
            ...(bump.to === null ? [] : viaHead(bump.name, bump.to)),
            ...(bump.from === null ? [] : viaBase(bump.name, bump.from))
        ]);
        if (types.size)
            bump.via = DEPENDENCY_SECTIONS.filter((t) => types.has(t));
    }
    bumps.push(...transitive);
    return bumps;
}
/**
 * One side has a lockfile, the other not (a project that starts or stops committing one): the
 * bumps a user sees in package.json, with the locked side's installed versions. The other side
 * installs from its ranges, so what it gets is known only where a range names one version (`2.6.9`,
 * `npm:ms@2.1.1`, a file or git reference); any other range is shown as it is (`unresolved`), and a
 * dependency whose range did not change and admits the locked version is no bump. Its transitive
 * versions are unknown: none are reported.
 */
function diffHalfLocked(base, head) {
    const lock = base.lock ?? head.lock;
    if (!lock)
        return diffRanges(base.manifests, head.manifests);
    const index = indexLock(lock);
    const bumps = [];
    for (const { path, name, b, h, pair } of dependencyPairs(base.manifests, head.manifests)) {
        const bp = b && pair.base ? (base.lock ? locate(index, pair.base.dir, b) : pinned(b)) : undefined;
        const hp = h && pair.head ? (head.lock ? locate(index, pair.head.dir, h) : pinned(h)) : undefined;
        if (bp?.source === 'workspace' || hp?.source === 'workspace' || sourceOf(b?.range ?? h?.range ?? '') === 'workspace')
            continue;
        const loose = (dep, pkg, locked) => dep !== undefined && pkg === undefined && !locked;
        if (loose(b, bp, !!base.lock) || loose(h, hp, !!head.lock)) {
            // A range on the unlocked side: no bump when it did not change and admits the locked version.
            const lockedPkg = bp ?? hp;
            const unlocked = base.lock ? h : b;
            if (b?.range === h?.range && lockedPkg && unlocked && semver.satisfies(lockedPkg.version, unlocked.range))
                continue;
            const bump = rangeBump(name, b, h, path);
            if (bp)
                bump.from = bp.version;
            if (hp)
                bump.to = hp.version;
            const low = (v, dep) => v === null ? null : (semver.valid(v) ?? (dep ? lowest(dep.range) : null));
            bump.type = classifyBump(low(bump.from, b), low(bump.to, h));
            bumps.push(bump);
            continue;
        }
        const bump = directBump(name, b, bp, h, hp, path);
        if (bump)
            bumps.push(bump);
    }
    return bumps;
}
/** Every dependency named by a manifest on either side, with its entry on each side (none where it is absent). */
function* dependencyPairs(base, head) {
    const manifests = new Map();
    for (const m of base)
        manifests.set(m.path, { base: m });
    for (const m of head)
        manifests.set(m.path, { ...manifests.get(m.path), head: m });
    for (const [path, pair] of manifests) {
        const before = new Map((pair.base?.dependencies ?? []).map((d) => [d.name, d]));
        const after = new Map((pair.head?.dependencies ?? []).map((d) => [d.name, d]));
        for (const name of new Set([...before.keys(), ...after.keys()])) {
            yield { path, name, pair, b: before.get(name), h: after.get(name) };
        }
    }
}
/** The entry a dependency pair names: the head's, else the base's; a pair names it on one side at least. */
function named(b, h) {
    const dep = h ?? b;
    if (dep === undefined)
        throw new Error('A dependency pair names its dependency on neither side.');
    return dep;
}
/** The package a range installs without a lockfile, when it names exactly one (a version, an alias of one, a reference). */
function pinned(dep) {
    const source = sourceOf(dep.range);
    const at = { name: dep.name, location: '', namedBy: [] };
    if (source === 'registry') {
        const version = semver.valid(dep.range.replace(/^=/, ''));
        return version ? { ...at, version, source } : undefined;
    }
    if (source === 'alias') {
        const inner = dep.range.slice(4);
        const version = semver.valid(inner.slice(descriptorName(inner).length + 1).replace(/^=/, ''));
        return version ? { ...at, version, source, reference: dep.range } : undefined;
    }
    if (source === 'workspace')
        return undefined;
    return { ...at, version: dep.range, source, reference: dep.range };
}
function lowest(range) {
    const inner = range.startsWith('npm:') ? range.slice(4 + descriptorName(range.slice(4)).length + 1) : range;
    try {
        return semver.minVersion(inner)?.version ?? null;
    }
    catch {
        return null;
    }
}
function directBump(name, b, bp, h, hp, manifest) {
    const dependencyType = named(b, h).dependencyType;
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
    // An alias of one registry package on every side it exists is that package's versions.
    const target = sameTarget(bp && aliasTarget(b?.range, bp), hp && aliasTarget(h?.range, hp), !!bp, !!hp);
    const exotic = target === undefined &&
        ((bp && (bp.source !== 'registry' || exoticRange(b?.range))) || (hp && (hp.source !== 'registry' || exoticRange(h?.range))));
    const bump = {
        name,
        from,
        to,
        type: exotic && bp && hp ? 'other' : classifyBump(from, to),
        direct: true,
        dependencyType,
        manifest
    };
    if (target !== undefined)
        bump.package = target;
    if (bump.type === 'other' && fromRef !== toRef)
        bump.change = `${fromRef ?? '(none)'} → ${toRef ?? '(none)'}`;
    setOrigin(bump, bp, hp);
    return bump;
}
/**
 * The registry package an npm alias installs (`npm:ms@^2.1.0` → `ms`), from the manifest's range
 * or, where the lockfile keeps it, the package's reference; undefined for anything else.
 */
function aliasTarget(range, pkg) {
    for (const spec of [range, pkg.source === 'alias' ? pkg.reference : undefined]) {
        if (!spec?.startsWith('npm:'))
            continue;
        const inner = spec.slice(4);
        const name = descriptorName(inner);
        if (name !== inner && semver.valid(pkg.version))
            return name;
    }
    return undefined;
}
/** The one alias target of the sides that have the package, or undefined when they differ or one is no alias. */
function sameTarget(b, h, hasBase, hasHead) {
    if (hasBase && hasHead)
        return b !== undefined && b === h ? b : undefined;
    return hasBase ? b : h;
}
/** What a dependency points at, for the `change` of an `other` bump: the range if it is not semver. */
function refOf(dep, pkg) {
    if (pkg.source === 'registry' && !exoticRange(dep.range))
        return pkg.version;
    return semver.validRange(dep.range) ? (pkg.reference ?? pkg.version) : dep.range;
}
/** A manifest range that is not a registry range (an alias, a file, git or tarball reference). */
function exoticRange(range) {
    return range !== undefined && !semver.validRange(range) && sourceOf(range) !== 'registry';
}
function rangeBump(name, b, h, manifest) {
    const from = b?.range ?? null;
    const to = h?.range ?? null;
    // `npm:ms@^2.1.0` on every side that names it: compare ms's ranges.
    const alias = (range) => (range?.startsWith('npm:') ? /^npm:((?:@[^@/]+\/)?[^@]+)@(.+)$/.exec(range) : null);
    const [ab, ah] = [alias(from), alias(to)];
    const target = sameTarget(ab?.[1], ah?.[1], from !== null, to !== null);
    const low = (range) => {
        if (range === null)
            return null;
        const inner = target === undefined ? range : (alias(range)?.[2] ?? range);
        try {
            return semver.minVersion(inner)?.version ?? range;
        }
        catch {
            return range;
        }
    };
    const bump = {
        name,
        from,
        to,
        type: classifyBump(low(from), low(to)),
        direct: true,
        dependencyType: named(b, h).dependencyType,
        manifest,
        unresolved: true
    };
    if (target !== undefined)
        bump.package = target;
    return bump;
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
/**
 * Transitive changes: per name, the versions some package (not only a manifest) depends on.
 * Versions on both sides are unchanged; the rest are paired by a shared dependent, then by major,
 * then one-to-one; leftovers are added or removed. A pair a direct bump already reports is dropped.
 */
function transitiveBumps(base, head, lockPath, direct) {
    const before = base.transitive;
    const after = head.transitive;
    const reported = new Set(direct.map((b) => `${b.name}\0${b.from}\0${b.to}`));
    const directFrom = new Set(direct.map((b) => `${b.name}\0${b.from}`));
    const directTo = new Set(direct.map((b) => `${b.name}\0${b.to}`));
    const bumps = [];
    const none = new Map();
    const names = [...before].filter(([name, versions]) => !sameKeys(versions, after.get(name))).map(([name]) => name);
    for (const name of after.keys())
        if (!before.has(name))
            names.push(name);
    for (const name of names) {
        const b = before.get(name) ?? none;
        const h = after.get(name) ?? none;
        const removed = [...b.keys()].filter((k) => !h.has(k));
        const added = [...h.keys()].filter((k) => !b.has(k));
        if (removed.length === 0 && added.length === 0)
            continue;
        for (const [r, a] of pairVersions(removed, added, b, h)) {
            const rp = r === null ? undefined : b.get(r)?.[0];
            const ap = a === null ? undefined : h.get(a)?.[0];
            const from = rp?.version ?? null;
            const to = ap?.version ?? null;
            if (reported.has(`${name}\0${from}\0${to}`))
                continue;
            if (!rp && directTo.has(`${name}\0${to}`))
                continue;
            if (!ap && directFrom.has(`${name}\0${from}`))
                continue;
            const target = sameTarget(rp && aliasTarget(undefined, rp), ap && aliasTarget(undefined, ap), !!rp, !!ap);
            const exotic = target === undefined && ((rp && rp.source !== 'registry') || (ap && ap.source !== 'registry'));
            const bump = {
                name,
                from,
                to,
                type: exotic && rp && ap ? 'other' : classifyBump(from, to),
                direct: false,
                manifest: lockPath
            };
            if (target !== undefined)
                bump.package = target;
            if (bump.type === 'other')
                bump.change = `${rp?.reference ?? from ?? '(none)'} → ${ap?.reference ?? to ?? '(none)'}`;
            setOrigin(bump, rp, ap);
            bumps.push(bump);
        }
    }
    return bumps;
}
function setOrigin(bump, from, to) {
    if (from?.origin || to?.origin)
        bump.origin = `${from?.origin ?? '(none)'} → ${to?.origin ?? '(none)'}`;
}
function sameKeys(a, b) {
    if (!b || a.size !== b.size)
        return false;
    for (const key of a.keys())
        if (!b.has(key))
            return false;
    return true;
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
        const pa = parents(after.get(a) ?? []);
        return [...parents(before.get(r) ?? [])].some((p) => !p.startsWith('workspace:') && pa.has(p));
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

// Splits an npm lockfile (v2/v3) into its `packages` entries without parsing them, and a second
// version of it against the first, rescanning only the part the two do not share. npm writes the
// file with JSON.stringify at a fixed indent, so each entry is a run of lines from its key line to
// the first `}` back at that indent; any other layout gives null (the caller parses whole files).
/**
 * Splits the `packages` object of a lockfile written by npm (JSON.stringify with a space or tab
 * indent, `\n` line ends) into raw entries. Null for anything else: another layout, a version other
 * than 2 or 3, a duplicate key.
 */
function splitLock(text) {
    const layout = layoutOf(text);
    if (!layout)
        return null;
    const raw = new Map();
    const split = { text, lockfileVersion: layout.lockfileVersion, keys: [], starts: [], raw, unit: layout.unit, end: 0 };
    const scanned = scanEntries(text, layout, layout.first, (key, start, end) => {
        if (raw.has(key))
            return false;
        split.keys.push(key);
        split.starts.push(start);
        raw.set(key, text.slice(start, end));
        return true;
    });
    if (scanned === null || scanned.stopped)
        return null;
    split.end = scanned.end;
    return split;
}
/**
 * The head version of a lockfile whose base is split already: the text both share at the start and
 * at the end is found by comparing chunks, and only the entries between are split again (a
 * Dependabot PR changes a few lines of a file of tens of MB). `changed`: the keys whose entry
 * differs or exists on one side only; `differs`: the range of `text` (widened by a conflict
 * marker's length) the base does not share. Null where `splitLock` would be.
 */
function splitHead(base, text) {
    const layout = layoutOf(text);
    if (!layout || layout.unit !== base.unit)
        return null;
    const prefix = commonPrefix(base.text, text);
    const suffix = commonSuffix(base.text, text, Math.min(base.text.length, text.length) - prefix);
    const differs = [Math.max(0, prefix - CONFLICT_WIDTH), text.length - suffix + CONFLICT_WIDTH];
    if (text.length - suffix - prefix > text.length / 2) {
        // Changes all over (a group update): a plain split and one compare beat an overlay.
        const split = splitLock(text);
        if (!split)
            return null;
        const changed = [];
        for (const key of base.keys)
            if (split.raw.get(key) !== base.raw.get(key))
                changed.push(key);
        for (const key of split.keys)
            if (!base.raw.has(key))
                changed.push(key);
        return { split, changed, differs };
    }
    const shift = text.length - base.text.length;
    // Rescan from the entry the first difference falls in; its start is the same offset in both.
    const firstStart = base.starts[0];
    const inEntries = firstStart !== undefined && firstStart <= prefix;
    const from = inEntries ? entryAt(base.starts, prefix) : 0;
    const start = inEntries ? (base.starts[from] ?? layout.first) : layout.first;
    const sharedEnd = base.text.length - suffix;
    const middle = [];
    let to = base.keys.length;
    const scanned = scanEntries(text, layout, start, (key, at, end) => {
        // Once in the shared end and on an entry start of the base, the rest is the base's.
        if (at - shift >= sharedEnd) {
            const j = entryAt(base.starts, at - shift);
            if (base.starts[j] === at - shift && j >= from) {
                to = j;
                return false;
            }
        }
        middle.push([key, text.slice(at, end)]);
        return true;
    });
    if (scanned === null)
        return null;
    const raw = new Overlay(base.raw, base.keys.slice(from, to));
    for (const [key, entry] of middle)
        if (!raw.add(key, entry))
            return null;
    const keys = base.keys.slice(0, from).concat(middle.map(([key]) => key), base.keys.slice(to));
    const changed = [];
    for (const key of base.keys.slice(from, to))
        if (raw.get(key) !== base.raw.get(key))
            changed.push(key);
    for (const [key] of middle)
        if (!base.raw.has(key))
            changed.push(key);
    const split = { text, lockfileVersion: layout.lockfileVersion, keys, starts: [], raw, unit: layout.unit, end: 0 };
    return { split, changed, differs };
}
/** The base's raw entries with some taken out and others put in, without copying the rest. */
class Overlay {
    base;
    removed;
    added = new Map();
    constructor(base, removed) {
        this.base = base;
        this.removed = new Set(removed);
    }
    get(key) {
        return this.added.get(key) ?? (this.removed.has(key) ? undefined : this.base.get(key));
    }
    has(key) {
        return this.added.has(key) || (!this.removed.has(key) && this.base.has(key));
    }
    /** False when the key is there already (a duplicate key). */
    add(key, raw) {
        if (this.has(key))
            return false;
        this.added.set(key, raw);
        return true;
    }
}
function layoutOf(text) {
    if (!text.startsWith('{\n'))
        return null;
    const quote = text.indexOf('"', 2);
    const unit = text.slice(2, quote);
    if (!/^(?: +|\t+)$/.test(unit))
        return null;
    const open = `\n${unit}"packages": {`;
    const at = text.indexOf(open);
    if (at === -1)
        return null;
    const lockfileVersion = new RegExp(`\\n${unit}"lockfileVersion": ([23]),\\n`).exec(text.slice(0, at + 1))?.[1];
    if (lockfileVersion === undefined)
        return null;
    const p = at + open.length;
    if (text[p] === '}')
        return { unit, lockfileVersion, first: p };
    return text[p] === '\n' ? { unit, lockfileVersion, first: p + 1 } : null;
}
/**
 * Walks the entries from the line at `p`, handing each key and raw extent to `visit`, until the end
 * of `packages` (returns where it ends) or until `visit` returns false (returns where that entry
 * starts, and `stopped`). Null when the text is not laid out as npm writes it.
 */
function scanEntries(text, layout, p, visit) {
    const indent = layout.unit + layout.unit;
    // Tested at offsets, without slicing each line: this runs once per entry of tens of thousands.
    const keyLine = `${indent}"`;
    const close = `\n${indent}}`;
    const last = `\n${layout.unit}}`;
    if (text[p] === '}')
        return { end: p + 1 };
    for (;;) {
        if (!text.startsWith(keyLine, p))
            return null;
        const eol = text.indexOf('\n', p);
        if (eol === -1)
            return null;
        let end;
        let keyEnd;
        if (text.startsWith('": {', eol - 4)) {
            keyEnd = eol - 4;
            const at = text.indexOf(close, eol);
            if (at === -1)
                return null;
            end = at + close.length;
        }
        else if (text.startsWith('": {}', eol - 5)) {
            keyEnd = eol - 5;
            end = eol;
        }
        else if (text.startsWith('": {},', eol - 6)) {
            keyEnd = eol - 6;
            end = eol - 1;
        }
        else
            return null;
        if (keyEnd < p + keyLine.length)
            return null;
        const key = unquote$1(text.slice(p + keyLine.length, keyEnd));
        if (key === null)
            return null;
        if (!visit(key, p, end))
            return { end: p, stopped: true };
        if (text.startsWith(',\n', end)) {
            p = end + 2;
            continue;
        }
        return text.startsWith(last, end) ? { end } : null;
    }
}
/** How many characters `a` and `b` share at the start, compared a chunk at a time. */
function commonPrefix(a, b) {
    const n = Math.min(a.length, b.length);
    let at = 0;
    for (let size = CHUNK; size > 0 && at < n;) {
        const len = Math.min(size, n - at);
        if (a.slice(at, at + len) === b.slice(at, at + len))
            at += len;
        else
            size >>= 1;
    }
    return at;
}
/** How many characters (at most `max`) `a` and `b` share at the end. */
function commonSuffix(a, b, max) {
    let at = 0;
    for (let size = CHUNK; size > 0 && at < max;) {
        const len = Math.min(size, max - at);
        if (a.slice(a.length - at - len, a.length - at) === b.slice(b.length - at - len, b.length - at))
            at += len;
        else
            size >>= 1;
    }
    return at;
}
const CHUNK = 1 << 16;
/** A merge-conflict marker with the line end before it. */
const CONFLICT_WIDTH = 8;
function unquote$1(raw) {
    if (!raw.includes('\\') && !raw.includes('"'))
        return raw;
    try {
        return JSON.parse(`"${raw}"`);
    }
    catch {
        return null;
    }
}
/** Index of the last start at or before `offset`. */
function entryAt(starts, offset) {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
        const mid = (low + high + 1) >>> 1;
        if ((starts[mid] ?? offset) <= offset)
            low = mid;
        else
            high = mid - 1;
    }
    return low;
}

const NM = 'node_modules/';
const DEPENDENCY_FIELDS = ['dependencies', 'optionalDependencies', 'peerDependencies'];
/**
 * Both sides pruned to the entries the bumps of `names` depend on, or null when either text is not
 * laid out the way npm writes lockfiles v2/v3 (then parse them whole). Throws MemgateError on
 * merge-conflict markers, as the full parser does. `manifests`: every package.json of the project,
 * on both sides.
 */
function pruneNpmLocks(base, head, manifests) {
    assertNoConflict(base.text, base.file);
    const before = splitLock(base.text);
    if (!before) {
        assertNoConflict(head.text, head.file);
        return null;
    }
    const headSplit = base.text === head.text ? { split: before, changed: [], differs: [0, 0] } : splitHead(before, head.text);
    // What head shares with base has no marker, as base has none.
    assertNoConflict(head.text, head.file, ...(headSplit?.differs ?? [0, head.text.length]));
    if (!headSplit)
        return null;
    const { split: after, changed } = headSplit;
    const entries = new Entries(before, after);
    const names = new Set();
    if (!entries.parse(changed))
        return null;
    for (const key of changed) {
        if (key.includes(NM))
            names.add(nameAt(key));
        // A dependency whose spec is the same on both sides links the same copy on both.
        const was = entries.get(before, key);
        const is = entries.get(after, key);
        for (const field of DEPENDENCY_FIELDS) {
            const a = was?.[field] ?? {};
            const b = is?.[field] ?? {};
            for (const name in a)
                if (!was || !is || a[name] !== b[name])
                    names.add(name);
            for (const name in b)
                if (!was || !is || a[name] !== b[name])
                    names.add(name);
        }
    }
    // A link whose target directory changed installs another version under the link's name.
    const targets = new Set(changed.filter((key) => !key.includes(NM)));
    if (targets.size) {
        const links = linksOf(before);
        if (!entries.parse(links, before))
            return null;
        for (const key of links)
            if (targets.has(entries.get(before, key)?.resolved ?? ''))
                names.add(nameAt(key));
    }
    // A manifest dependency that changed (range, type, added, removed) needs the copy it resolves to,
    // the one Node finds walking up from the manifest's directory. An unchanged one whose copies are
    // unchanged is no bump; if its copies changed, its name is in `names` already.
    const located = new Set();
    for (const [dir, name] of changedDependencies(manifests.base, manifests.head)) {
        for (let at = dir;; at = parentDir(at)) {
            located.add(at === '' ? `${NM}${name}` : `${at}/${NM}${name}`);
            if (at === '')
                break;
        }
    }
    // Entries unchanged on both sides are in `before`; changed ones are kept by their own name.
    const dependents = dependentsOf(before, names);
    const keep = (key) => !key.includes(NM) || located.has(key) || dependents.has(key) || names.has(nameAt(key));
    const baseLock = entries.lock(before, before.keys.filter(keep), base.file);
    const headLock = entries.lock(after, after.keys.filter(keep), head.file);
    if (!baseLock || !headLock)
        return null;
    return { base: baseLock, head: headLock, names };
}
/** [manifest dir, dependency name] for each dependency that differs between the two sides. */
function changedDependencies(base, head) {
    const out = [];
    const signature = (d) => `${d.dependencyType}\0${d.range}`;
    const byPath = new Map();
    for (const m of base)
        byPath.set(m.path, { base: m });
    for (const m of head)
        byPath.set(m.path, { ...byPath.get(m.path), head: m });
    for (const pair of byPath.values()) {
        const before = new Map((pair.base?.dependencies ?? []).map((d) => [d.name, signature(d)]));
        const after = new Map((pair.head?.dependencies ?? []).map((d) => [d.name, signature(d)]));
        for (const [manifest, other] of [
            [pair.base, after],
            [pair.head, before]
        ]) {
            if (!manifest)
                continue;
            for (const d of manifest.dependencies)
                if (other.get(d.name) !== signature(d))
                    out.push([manifest.dir, d.name]);
        }
    }
    return out;
}
/**
 * The keys of the entries that name one of `names` as a dependency. One pass over the text for
 * every line at dependency depth holding a string; over-inclusion (a `bin` or `engines` key that
 * happens to match) only parses an entry more.
 */
function dependentsOf(split, names) {
    const found = new Set();
    // The unit is spaces or tabs, which a RegExp reads literally.
    const line = new RegExp(`\\n${split.unit.repeat(4)}"([^"\\\\\\n]+)": "`, 'g');
    line.lastIndex = split.starts[0] ?? split.end;
    for (let match = line.exec(split.text); match && match.index < split.end; match = line.exec(split.text)) {
        const key = split.keys[entryAt(split.starts, match.index)];
        if (match[1] !== undefined && names.has(match[1]) && key !== undefined)
            found.add(key);
    }
    return found;
}
/** The keys of the entries that are links (`"link": true`), found by text. */
function linksOf(split) {
    const found = new Set();
    const needle = `\n${split.unit.repeat(3)}"link": true`;
    for (let at = split.text.indexOf(needle, split.starts[0] ?? split.end); at !== -1 && at < split.end; at = split.text.indexOf(needle, at + 1)) {
        const key = split.keys[entryAt(split.starts, at)];
        if (key !== undefined)
            found.add(key);
    }
    return [...found];
}
/** The entries of both sides, each parsed once; an entry the same on both sides is shared. */
class Entries {
    base;
    head;
    before = new Map();
    after = new Map();
    constructor(base, head) {
        this.base = base;
        this.head = head;
    }
    /** The parsed entry of one side; undefined when that side has no such key or it is not parsed. */
    get(split, key) {
        return this.cacheOf(split, key)?.get(key);
    }
    /**
     * Parses the keys of both sides not parsed yet, in one JSON.parse per side. False when one is
     * not a JSON object: the caller falls back to the whole-file parser, which names the line.
     */
    parse(keys, only) {
        for (const split of only ? [only] : [this.base, this.head]) {
            const raws = [];
            const todo = [];
            for (const key of keys) {
                const cache = this.cacheOf(split, key);
                const raw = split.raw.get(key);
                if (!cache || cache.has(key) || raw === undefined)
                    continue;
                raws.push(raw);
                todo.push(key);
            }
            if (todo.length === 0)
                continue;
            let parsed;
            try {
                parsed = JSON.parse(`{${raws.join(',')}}`);
            }
            catch {
                return false;
            }
            for (const key of todo) {
                const value = parsed[key];
                if (value === null || typeof value !== 'object' || Array.isArray(value))
                    return false;
                this.cacheOf(split, key)?.set(key, value);
            }
        }
        return true;
    }
    /** A Lockfile of the given keys plus the targets of their links; null if one does not parse. */
    lock(split, keys, file) {
        if (!this.parse(keys, split))
            return null;
        const kept = new Set(keys);
        const targets = [];
        for (const key of keys) {
            const entry = this.get(split, key);
            if (!entry)
                return null;
            const { link, resolved } = entry;
            if (link && resolved !== undefined && split.raw.has(resolved) && !kept.has(resolved))
                targets.push(resolved);
        }
        if (!this.parse(targets, split))
            return null;
        for (const key of targets)
            kept.add(key);
        const entries = {};
        for (const key of split.keys) {
            if (!kept.has(key))
                continue;
            const entry = this.get(split, key);
            if (!entry)
                return null;
            entries[key] = entry;
        }
        return { kind: 'npm', file, lockfileVersion: split.lockfileVersion, packages: fromPackages(entries, file) };
    }
    /** Where the key's entry of this side is cached: shared with base when head's is the same text. */
    cacheOf(split, key) {
        const raw = split.raw.get(key);
        if (raw === undefined)
            return undefined;
        if (split === this.base || this.base.raw.get(key) === raw)
            return this.before;
        return this.after;
    }
}

function getDefaultExportFromCjs(x) {
  return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, "default") ? x["default"] : x;
}
var jsYaml$1 = {};
var loader$1 = {};
var common$1 = {};
var hasRequiredCommon$1;
function requireCommon$1() {
  if (hasRequiredCommon$1) return common$1;
  hasRequiredCommon$1 = 1;
  function isNothing(subject) {
    return typeof subject === "undefined" || subject === null;
  }
  function isObject(subject) {
    return typeof subject === "object" && subject !== null;
  }
  function toArray(sequence) {
    if (Array.isArray(sequence)) return sequence;
    else if (isNothing(sequence)) return [];
    return [sequence];
  }
  function extend(target, source) {
    if (source) {
      const sourceKeys = Object.keys(source);
      for (let index = 0, length = sourceKeys.length; index < length; index += 1) {
        const key = sourceKeys[index];
        target[key] = source[key];
      }
    }
    return target;
  }
  function repeat(string, count) {
    let result = "";
    for (let cycle = 0; cycle < count; cycle += 1) {
      result += string;
    }
    return result;
  }
  function isNegativeZero(number) {
    return number === 0 && Number.NEGATIVE_INFINITY === 1 / number;
  }
  common$1.isNothing = isNothing;
  common$1.isObject = isObject;
  common$1.toArray = toArray;
  common$1.repeat = repeat;
  common$1.isNegativeZero = isNegativeZero;
  common$1.extend = extend;
  return common$1;
}
var exception$1;
var hasRequiredException$1;
function requireException$1() {
  if (hasRequiredException$1) return exception$1;
  hasRequiredException$1 = 1;
  function formatError(exception2, compact) {
    let where = "";
    const message = exception2.reason || "(unknown reason)";
    if (!exception2.mark) return message;
    if (exception2.mark.name) {
      where += 'in "' + exception2.mark.name + '" ';
    }
    where += "(" + (exception2.mark.line + 1) + ":" + (exception2.mark.column + 1) + ")";
    if (!compact && exception2.mark.snippet) {
      where += "\n\n" + exception2.mark.snippet;
    }
    return message + " " + where;
  }
  function YAMLException2(reason, mark) {
    Error.call(this);
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = formatError(this, false);
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    } else {
      this.stack = new Error().stack || "";
    }
  }
  YAMLException2.prototype = Object.create(Error.prototype);
  YAMLException2.prototype.constructor = YAMLException2;
  YAMLException2.prototype.toString = function toString(compact) {
    return this.name + ": " + formatError(this, compact);
  };
  exception$1 = YAMLException2;
  return exception$1;
}
var snippet$1;
var hasRequiredSnippet$1;
function requireSnippet$1() {
  if (hasRequiredSnippet$1) return snippet$1;
  hasRequiredSnippet$1 = 1;
  const common2 = requireCommon$1();
  function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
    let head = "";
    let tail = "";
    const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
    if (position - lineStart > maxHalfLength) {
      head = " ... ";
      lineStart = position - maxHalfLength + head.length;
    }
    if (lineEnd - position > maxHalfLength) {
      tail = " ...";
      lineEnd = position + maxHalfLength - tail.length;
    }
    return {
      str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "→") + tail,
      pos: position - lineStart + head.length
      // relative position
    };
  }
  function padStart(string, max) {
    return common2.repeat(" ", max - string.length) + string;
  }
  function makeSnippet(mark, options) {
    options = Object.create(options || null);
    if (!mark.buffer) return null;
    if (!options.maxLength) options.maxLength = 79;
    if (typeof options.indent !== "number") options.indent = 1;
    if (typeof options.linesBefore !== "number") options.linesBefore = 3;
    if (typeof options.linesAfter !== "number") options.linesAfter = 2;
    const re = /\r?\n|\r|\0/g;
    const lineStarts = [0];
    const lineEnds = [];
    let match;
    let foundLineNo = -1;
    while (match = re.exec(mark.buffer)) {
      lineEnds.push(match.index);
      lineStarts.push(match.index + match[0].length);
      if (mark.position <= match.index && foundLineNo < 0) {
        foundLineNo = lineStarts.length - 2;
      }
    }
    if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
    let result = "";
    const lineNoLength = Math.min(mark.line + options.linesAfter, lineEnds.length).toString().length;
    const maxLineLength = options.maxLength - (options.indent + lineNoLength + 3);
    for (let i = 1; i <= options.linesBefore; i++) {
      if (foundLineNo - i < 0) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo - i],
        lineEnds[foundLineNo - i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]),
        maxLineLength
      );
      result = common2.repeat(" ", options.indent) + padStart((mark.line - i + 1).toString(), lineNoLength) + " | " + line2.str + "\n" + result;
    }
    const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
    result += common2.repeat(" ", options.indent) + padStart((mark.line + 1).toString(), lineNoLength) + " | " + line.str + "\n";
    result += common2.repeat("-", options.indent + lineNoLength + 3 + line.pos) + "^\n";
    for (let i = 1; i <= options.linesAfter; i++) {
      if (foundLineNo + i >= lineEnds.length) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo + i],
        lineEnds[foundLineNo + i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]),
        maxLineLength
      );
      result += common2.repeat(" ", options.indent) + padStart((mark.line + i + 1).toString(), lineNoLength) + " | " + line2.str + "\n";
    }
    return result.replace(/\n$/, "");
  }
  snippet$1 = makeSnippet;
  return snippet$1;
}
var type$1;
var hasRequiredType$1;
function requireType$1() {
  if (hasRequiredType$1) return type$1;
  hasRequiredType$1 = 1;
  const YAMLException2 = requireException$1();
  const TYPE_CONSTRUCTOR_OPTIONS = [
    "kind",
    "multi",
    "resolve",
    "construct",
    "instanceOf",
    "predicate",
    "represent",
    "representName",
    "defaultStyle",
    "styleAliases"
  ];
  const YAML_NODE_KINDS = [
    "scalar",
    "sequence",
    "mapping"
  ];
  function compileStyleAliases(map2) {
    const result = {};
    if (map2 !== null) {
      Object.keys(map2).forEach(function(style) {
        map2[style].forEach(function(alias) {
          result[String(alias)] = style;
        });
      });
    }
    return result;
  }
  function Type2(tag, options) {
    options = options || {};
    Object.keys(options).forEach(function(name) {
      if (TYPE_CONSTRUCTOR_OPTIONS.indexOf(name) === -1) {
        throw new YAMLException2('Unknown option "' + name + '" is met in definition of "' + tag + '" YAML type.');
      }
    });
    this.options = options;
    this.tag = tag;
    this.kind = options["kind"] || null;
    this.resolve = options["resolve"] || function() {
      return true;
    };
    this.construct = options["construct"] || function(data) {
      return data;
    };
    this.instanceOf = options["instanceOf"] || null;
    this.predicate = options["predicate"] || null;
    this.represent = options["represent"] || null;
    this.representName = options["representName"] || null;
    this.defaultStyle = options["defaultStyle"] || null;
    this.multi = options["multi"] || false;
    this.styleAliases = compileStyleAliases(options["styleAliases"] || null);
    if (YAML_NODE_KINDS.indexOf(this.kind) === -1) {
      throw new YAMLException2('Unknown kind "' + this.kind + '" is specified for "' + tag + '" YAML type.');
    }
  }
  type$1 = Type2;
  return type$1;
}
var schema$1;
var hasRequiredSchema$1;
function requireSchema$1() {
  if (hasRequiredSchema$1) return schema$1;
  hasRequiredSchema$1 = 1;
  const YAMLException2 = requireException$1();
  const Type2 = requireType$1();
  function compileList(schema2, name) {
    const result = [];
    schema2[name].forEach(function(currentType) {
      let newIndex = result.length;
      result.forEach(function(previousType, previousIndex) {
        if (previousType.tag === currentType.tag && previousType.kind === currentType.kind && previousType.multi === currentType.multi) {
          newIndex = previousIndex;
        }
      });
      result[newIndex] = currentType;
    });
    return result;
  }
  function compileMap() {
    const result = {
      scalar: {},
      sequence: {},
      mapping: {},
      fallback: {},
      multi: {
        scalar: [],
        sequence: [],
        mapping: [],
        fallback: []
      }
    };
    function collectType(type2) {
      if (type2.multi) {
        result.multi[type2.kind].push(type2);
        result.multi["fallback"].push(type2);
      } else {
        result[type2.kind][type2.tag] = result["fallback"][type2.tag] = type2;
      }
    }
    for (let index = 0, length = arguments.length; index < length; index += 1) {
      arguments[index].forEach(collectType);
    }
    return result;
  }
  function Schema2(definition) {
    return this.extend(definition);
  }
  Schema2.prototype.extend = function extend(definition) {
    let implicit = [];
    let explicit = [];
    if (definition instanceof Type2) {
      explicit.push(definition);
    } else if (Array.isArray(definition)) {
      explicit = explicit.concat(definition);
    } else if (definition && (Array.isArray(definition.implicit) || Array.isArray(definition.explicit))) {
      if (definition.implicit) implicit = implicit.concat(definition.implicit);
      if (definition.explicit) explicit = explicit.concat(definition.explicit);
    } else {
      throw new YAMLException2("Schema.extend argument should be a Type, [ Type ], or a schema definition ({ implicit: [...], explicit: [...] })");
    }
    implicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
      if (type2.loadKind && type2.loadKind !== "scalar") {
        throw new YAMLException2("There is a non-scalar type in the implicit list of a schema. Implicit resolving of such types is not supported.");
      }
      if (type2.multi) {
        throw new YAMLException2("There is a multi type in the implicit list of a schema. Multi tags can only be listed as explicit.");
      }
    });
    explicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
    });
    const result = Object.create(Schema2.prototype);
    result.implicit = (this.implicit || []).concat(implicit);
    result.explicit = (this.explicit || []).concat(explicit);
    result.compiledImplicit = compileList(result, "implicit");
    result.compiledExplicit = compileList(result, "explicit");
    result.compiledTypeMap = compileMap(result.compiledImplicit, result.compiledExplicit);
    return result;
  };
  schema$1 = Schema2;
  return schema$1;
}
var str$1;
var hasRequiredStr$1;
function requireStr$1() {
  if (hasRequiredStr$1) return str$1;
  hasRequiredStr$1 = 1;
  const Type2 = requireType$1();
  str$1 = new Type2("tag:yaml.org,2002:str", {
    kind: "scalar",
    construct: function(data) {
      return data !== null ? data : "";
    }
  });
  return str$1;
}
var seq$1;
var hasRequiredSeq$1;
function requireSeq$1() {
  if (hasRequiredSeq$1) return seq$1;
  hasRequiredSeq$1 = 1;
  const Type2 = requireType$1();
  seq$1 = new Type2("tag:yaml.org,2002:seq", {
    kind: "sequence",
    construct: function(data) {
      return data !== null ? data : [];
    }
  });
  return seq$1;
}
var map$1;
var hasRequiredMap$1;
function requireMap$1() {
  if (hasRequiredMap$1) return map$1;
  hasRequiredMap$1 = 1;
  const Type2 = requireType$1();
  map$1 = new Type2("tag:yaml.org,2002:map", {
    kind: "mapping",
    construct: function(data) {
      return data !== null ? data : {};
    }
  });
  return map$1;
}
var failsafe$1;
var hasRequiredFailsafe$1;
function requireFailsafe$1() {
  if (hasRequiredFailsafe$1) return failsafe$1;
  hasRequiredFailsafe$1 = 1;
  const Schema2 = requireSchema$1();
  failsafe$1 = new Schema2({
    explicit: [
      requireStr$1(),
      requireSeq$1(),
      requireMap$1()
    ]
  });
  return failsafe$1;
}
var _null$1;
var hasRequired_null$1;
function require_null$1() {
  if (hasRequired_null$1) return _null$1;
  hasRequired_null$1 = 1;
  const Type2 = requireType$1();
  function resolveYamlNull(data) {
    if (data === null) return true;
    const max = data.length;
    return max === 1 && data === "~" || max === 4 && (data === "null" || data === "Null" || data === "NULL");
  }
  function constructYamlNull() {
    return null;
  }
  function isNull(object) {
    return object === null;
  }
  _null$1 = new Type2("tag:yaml.org,2002:null", {
    kind: "scalar",
    resolve: resolveYamlNull,
    construct: constructYamlNull,
    predicate: isNull,
    represent: {
      canonical: function() {
        return "~";
      },
      lowercase: function() {
        return "null";
      },
      uppercase: function() {
        return "NULL";
      },
      camelcase: function() {
        return "Null";
      },
      empty: function() {
        return "";
      }
    },
    defaultStyle: "lowercase"
  });
  return _null$1;
}
var bool$1;
var hasRequiredBool$1;
function requireBool$1() {
  if (hasRequiredBool$1) return bool$1;
  hasRequiredBool$1 = 1;
  const Type2 = requireType$1();
  function resolveYamlBoolean(data) {
    if (data === null) return false;
    const max = data.length;
    return max === 4 && (data === "true" || data === "True" || data === "TRUE") || max === 5 && (data === "false" || data === "False" || data === "FALSE");
  }
  function constructYamlBoolean(data) {
    return data === "true" || data === "True" || data === "TRUE";
  }
  function isBoolean(object) {
    return Object.prototype.toString.call(object) === "[object Boolean]";
  }
  bool$1 = new Type2("tag:yaml.org,2002:bool", {
    kind: "scalar",
    resolve: resolveYamlBoolean,
    construct: constructYamlBoolean,
    predicate: isBoolean,
    represent: {
      lowercase: function(object) {
        return object ? "true" : "false";
      },
      uppercase: function(object) {
        return object ? "TRUE" : "FALSE";
      },
      camelcase: function(object) {
        return object ? "True" : "False";
      }
    },
    defaultStyle: "lowercase"
  });
  return bool$1;
}
var int$1;
var hasRequiredInt$1;
function requireInt$1() {
  if (hasRequiredInt$1) return int$1;
  hasRequiredInt$1 = 1;
  const common2 = requireCommon$1();
  const Type2 = requireType$1();
  function isHexCode(c) {
    return c >= 48 && c <= 57 || c >= 65 && c <= 70 || c >= 97 && c <= 102;
  }
  function isOctCode(c) {
    return c >= 48 && c <= 55;
  }
  function isDecCode(c) {
    return c >= 48 && c <= 57;
  }
  function resolveYamlInteger(data) {
    if (data === null) return false;
    const max = data.length;
    let index = 0;
    let hasDigits = false;
    if (!max) return false;
    let ch = data[index];
    if (ch === "-" || ch === "+") {
      ch = data[++index];
    }
    if (ch === "0") {
      if (index + 1 === max) return true;
      ch = data[++index];
      if (ch === "b") {
        index++;
        for (; index < max; index++) {
          ch = data[index];
          if (ch !== "0" && ch !== "1") return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "x") {
        index++;
        for (; index < max; index++) {
          if (!isHexCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "o") {
        index++;
        for (; index < max; index++) {
          if (!isOctCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
    }
    for (; index < max; index++) {
      if (!isDecCode(data.charCodeAt(index))) {
        return false;
      }
      hasDigits = true;
    }
    if (!hasDigits) return false;
    return isFinite(parseYamlInteger(data));
  }
  function parseYamlInteger(data) {
    let value = data;
    let sign = 1;
    let ch = value[0];
    if (ch === "-" || ch === "+") {
      if (ch === "-") sign = -1;
      value = value.slice(1);
      ch = value[0];
    }
    if (value === "0") return 0;
    if (ch === "0") {
      if (value[1] === "b") return sign * parseInt(value.slice(2), 2);
      if (value[1] === "x") return sign * parseInt(value.slice(2), 16);
      if (value[1] === "o") return sign * parseInt(value.slice(2), 8);
    }
    return sign * parseInt(value, 10);
  }
  function constructYamlInteger(data) {
    return parseYamlInteger(data);
  }
  function isInteger(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 === 0 && !common2.isNegativeZero(object));
  }
  int$1 = new Type2("tag:yaml.org,2002:int", {
    kind: "scalar",
    resolve: resolveYamlInteger,
    construct: constructYamlInteger,
    predicate: isInteger,
    represent: {
      binary: function(obj) {
        return obj >= 0 ? "0b" + obj.toString(2) : "-0b" + obj.toString(2).slice(1);
      },
      octal: function(obj) {
        return obj >= 0 ? "0o" + obj.toString(8) : "-0o" + obj.toString(8).slice(1);
      },
      decimal: function(obj) {
        return obj.toString(10);
      },
      hexadecimal: function(obj) {
        return obj >= 0 ? "0x" + obj.toString(16).toUpperCase() : "-0x" + obj.toString(16).toUpperCase().slice(1);
      }
    },
    defaultStyle: "decimal",
    styleAliases: {
      binary: [2, "bin"],
      octal: [8, "oct"],
      decimal: [10, "dec"],
      hexadecimal: [16, "hex"]
    }
  });
  return int$1;
}
var float$1;
var hasRequiredFloat$1;
function requireFloat$1() {
  if (hasRequiredFloat$1) return float$1;
  hasRequiredFloat$1 = 1;
  const common2 = requireCommon$1();
  const Type2 = requireType$1();
  const YAML_FLOAT_PATTERN = new RegExp(
    // 2.5e4, 2.5 and integers
    "^(?:[-+]?(?:[0-9]+)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  const YAML_FLOAT_SPECIAL_PATTERN = new RegExp(
    "^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  function resolveYamlFloat(data) {
    if (data === null) return false;
    if (!YAML_FLOAT_PATTERN.test(data)) {
      return false;
    }
    if (isFinite(parseFloat(data, 10))) {
      return true;
    }
    return YAML_FLOAT_SPECIAL_PATTERN.test(data);
  }
  function constructYamlFloat(data) {
    let value = data.toLowerCase();
    const sign = value[0] === "-" ? -1 : 1;
    if ("+-".indexOf(value[0]) >= 0) {
      value = value.slice(1);
    }
    if (value === ".inf") {
      return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    } else if (value === ".nan") {
      return NaN;
    }
    return sign * parseFloat(value, 10);
  }
  const SCIENTIFIC_WITHOUT_DOT = /^[-+]?[0-9]+e/;
  function representYamlFloat(object, style) {
    if (isNaN(object)) {
      switch (style) {
        case "lowercase":
          return ".nan";
        case "uppercase":
          return ".NAN";
        case "camelcase":
          return ".NaN";
      }
    } else if (Number.POSITIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return ".inf";
        case "uppercase":
          return ".INF";
        case "camelcase":
          return ".Inf";
      }
    } else if (Number.NEGATIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return "-.inf";
        case "uppercase":
          return "-.INF";
        case "camelcase":
          return "-.Inf";
      }
    } else if (common2.isNegativeZero(object)) {
      return "-0.0";
    }
    const res = object.toString(10);
    return SCIENTIFIC_WITHOUT_DOT.test(res) ? res.replace("e", ".e") : res;
  }
  function isFloat(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 !== 0 || common2.isNegativeZero(object));
  }
  float$1 = new Type2("tag:yaml.org,2002:float", {
    kind: "scalar",
    resolve: resolveYamlFloat,
    construct: constructYamlFloat,
    predicate: isFloat,
    represent: representYamlFloat,
    defaultStyle: "lowercase"
  });
  return float$1;
}
var json$1;
var hasRequiredJson$1;
function requireJson$1() {
  if (hasRequiredJson$1) return json$1;
  hasRequiredJson$1 = 1;
  json$1 = requireFailsafe$1().extend({
    implicit: [
      require_null$1(),
      requireBool$1(),
      requireInt$1(),
      requireFloat$1()
    ]
  });
  return json$1;
}
var core$1;
var hasRequiredCore$1;
function requireCore$1() {
  if (hasRequiredCore$1) return core$1;
  hasRequiredCore$1 = 1;
  core$1 = requireJson$1();
  return core$1;
}
var timestamp$1;
var hasRequiredTimestamp$1;
function requireTimestamp$1() {
  if (hasRequiredTimestamp$1) return timestamp$1;
  hasRequiredTimestamp$1 = 1;
  const Type2 = requireType$1();
  const YAML_DATE_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$"
  );
  const YAML_TIMESTAMP_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$"
  );
  function resolveYamlTimestamp(data) {
    if (data === null) return false;
    if (YAML_DATE_REGEXP.exec(data) !== null) return true;
    if (YAML_TIMESTAMP_REGEXP.exec(data) !== null) return true;
    return false;
  }
  function constructYamlTimestamp(data) {
    let fraction = 0;
    let delta = null;
    let match = YAML_DATE_REGEXP.exec(data);
    if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(data);
    if (match === null) throw new Error("Date resolve error");
    const year = +match[1];
    const month = +match[2] - 1;
    const day = +match[3];
    if (!match[4]) {
      return new Date(Date.UTC(year, month, day));
    }
    const hour = +match[4];
    const minute = +match[5];
    const second = +match[6];
    if (match[7]) {
      fraction = match[7].slice(0, 3);
      while (fraction.length < 3) {
        fraction += "0";
      }
      fraction = +fraction;
    }
    if (match[9]) {
      const tzHour = +match[10];
      const tzMinute = +(match[11] || 0);
      delta = (tzHour * 60 + tzMinute) * 6e4;
      if (match[9] === "-") delta = -delta;
    }
    const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
    if (delta) date.setTime(date.getTime() - delta);
    return date;
  }
  function representYamlTimestamp(object) {
    return object.toISOString();
  }
  timestamp$1 = new Type2("tag:yaml.org,2002:timestamp", {
    kind: "scalar",
    resolve: resolveYamlTimestamp,
    construct: constructYamlTimestamp,
    instanceOf: Date,
    represent: representYamlTimestamp
  });
  return timestamp$1;
}
var merge$1;
var hasRequiredMerge$1;
function requireMerge$1() {
  if (hasRequiredMerge$1) return merge$1;
  hasRequiredMerge$1 = 1;
  const Type2 = requireType$1();
  function resolveYamlMerge(data) {
    return data === "<<" || data === null;
  }
  merge$1 = new Type2("tag:yaml.org,2002:merge", {
    kind: "scalar",
    resolve: resolveYamlMerge
  });
  return merge$1;
}
var binary$1;
var hasRequiredBinary$1;
function requireBinary$1() {
  if (hasRequiredBinary$1) return binary$1;
  hasRequiredBinary$1 = 1;
  const Type2 = requireType$1();
  const BASE64_MAP = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n\r";
  function resolveYamlBinary(data) {
    if (data === null) return false;
    let bitlen = 0;
    const max = data.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      const code = map2.indexOf(data.charAt(idx));
      if (code > 64) continue;
      if (code < 0) return false;
      bitlen += 6;
    }
    return bitlen % 8 === 0;
  }
  function constructYamlBinary(data) {
    const input = data.replace(/[\r\n=]/g, "");
    const max = input.length;
    const map2 = BASE64_MAP;
    let bits = 0;
    const result = [];
    for (let idx = 0; idx < max; idx++) {
      if (idx % 4 === 0 && idx) {
        result.push(bits >> 16 & 255);
        result.push(bits >> 8 & 255);
        result.push(bits & 255);
      }
      bits = bits << 6 | map2.indexOf(input.charAt(idx));
    }
    const tailbits = max % 4 * 6;
    if (tailbits === 0) {
      result.push(bits >> 16 & 255);
      result.push(bits >> 8 & 255);
      result.push(bits & 255);
    } else if (tailbits === 18) {
      result.push(bits >> 10 & 255);
      result.push(bits >> 2 & 255);
    } else if (tailbits === 12) {
      result.push(bits >> 4 & 255);
    }
    return new Uint8Array(result);
  }
  function representYamlBinary(object) {
    let result = "";
    let bits = 0;
    const max = object.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      if (idx % 3 === 0 && idx) {
        result += map2[bits >> 18 & 63];
        result += map2[bits >> 12 & 63];
        result += map2[bits >> 6 & 63];
        result += map2[bits & 63];
      }
      bits = (bits << 8) + object[idx];
    }
    const tail = max % 3;
    if (tail === 0) {
      result += map2[bits >> 18 & 63];
      result += map2[bits >> 12 & 63];
      result += map2[bits >> 6 & 63];
      result += map2[bits & 63];
    } else if (tail === 2) {
      result += map2[bits >> 10 & 63];
      result += map2[bits >> 4 & 63];
      result += map2[bits << 2 & 63];
      result += map2[64];
    } else if (tail === 1) {
      result += map2[bits >> 2 & 63];
      result += map2[bits << 4 & 63];
      result += map2[64];
      result += map2[64];
    }
    return result;
  }
  function isBinary(obj) {
    return Object.prototype.toString.call(obj) === "[object Uint8Array]";
  }
  binary$1 = new Type2("tag:yaml.org,2002:binary", {
    kind: "scalar",
    resolve: resolveYamlBinary,
    construct: constructYamlBinary,
    predicate: isBinary,
    represent: representYamlBinary
  });
  return binary$1;
}
var omap$1;
var hasRequiredOmap$1;
function requireOmap$1() {
  if (hasRequiredOmap$1) return omap$1;
  hasRequiredOmap$1 = 1;
  const Type2 = requireType$1();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const _toString = Object.prototype.toString;
  function resolveYamlOmap(data) {
    if (data === null) return true;
    const objectKeys = {};
    const object = data;
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      let pairHasKey = false;
      if (_toString.call(pair) !== "[object Object]") return false;
      let pairKey;
      for (pairKey in pair) {
        if (_hasOwnProperty.call(pair, pairKey)) {
          if (!pairHasKey) pairHasKey = true;
          else return false;
        }
      }
      if (!pairHasKey) return false;
      if (_hasOwnProperty.call(objectKeys, pairKey)) return false;
      Object.defineProperty(objectKeys, pairKey, { value: true });
    }
    return true;
  }
  function constructYamlOmap(data) {
    return data !== null ? data : [];
  }
  omap$1 = new Type2("tag:yaml.org,2002:omap", {
    kind: "sequence",
    resolve: resolveYamlOmap,
    construct: constructYamlOmap
  });
  return omap$1;
}
var pairs$1;
var hasRequiredPairs$1;
function requirePairs$1() {
  if (hasRequiredPairs$1) return pairs$1;
  hasRequiredPairs$1 = 1;
  const Type2 = requireType$1();
  const _toString = Object.prototype.toString;
  function resolveYamlPairs(data) {
    if (data === null) return true;
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      if (_toString.call(pair) !== "[object Object]") return false;
      const keys = Object.keys(pair);
      if (keys.length !== 1) return false;
      result[index] = [keys[0], pair[keys[0]]];
    }
    return true;
  }
  function constructYamlPairs(data) {
    if (data === null) return [];
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      const keys = Object.keys(pair);
      result[index] = [keys[0], pair[keys[0]]];
    }
    return result;
  }
  pairs$1 = new Type2("tag:yaml.org,2002:pairs", {
    kind: "sequence",
    resolve: resolveYamlPairs,
    construct: constructYamlPairs
  });
  return pairs$1;
}
var set$1;
var hasRequiredSet$1;
function requireSet$1() {
  if (hasRequiredSet$1) return set$1;
  hasRequiredSet$1 = 1;
  const Type2 = requireType$1();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  function resolveYamlSet(data) {
    if (data === null) return true;
    const object = data;
    for (const key in object) {
      if (_hasOwnProperty.call(object, key)) {
        if (object[key] !== null) return false;
      }
    }
    return true;
  }
  function constructYamlSet(data) {
    return data !== null ? data : {};
  }
  set$1 = new Type2("tag:yaml.org,2002:set", {
    kind: "mapping",
    resolve: resolveYamlSet,
    construct: constructYamlSet
  });
  return set$1;
}
var _default$1;
var hasRequired_default$1;
function require_default$1() {
  if (hasRequired_default$1) return _default$1;
  hasRequired_default$1 = 1;
  _default$1 = requireCore$1().extend({
    implicit: [
      requireTimestamp$1(),
      requireMerge$1()
    ],
    explicit: [
      requireBinary$1(),
      requireOmap$1(),
      requirePairs$1(),
      requireSet$1()
    ]
  });
  return _default$1;
}
var hasRequiredLoader$1;
function requireLoader$1() {
  if (hasRequiredLoader$1) return loader$1;
  hasRequiredLoader$1 = 1;
  const common2 = requireCommon$1();
  const YAMLException2 = requireException$1();
  const makeSnippet = requireSnippet$1();
  const DEFAULT_SCHEMA2 = require_default$1();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CONTEXT_FLOW_IN = 1;
  const CONTEXT_FLOW_OUT = 2;
  const CONTEXT_BLOCK_IN = 3;
  const CONTEXT_BLOCK_OUT = 4;
  const CHOMPING_CLIP = 1;
  const CHOMPING_STRIP = 2;
  const CHOMPING_KEEP = 3;
  const PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
  const PATTERN_NON_ASCII_LINE_BREAKS = /[\x85\u2028\u2029]/;
  const PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
  const PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
  const PATTERN_TAG_URI = /^(?:!|[^,\[\]{}])(?:%[0-9a-f]{2}|[0-9a-z\-#;/?:@&=+$,_.!~*'()\[\]])*$/i;
  function _class(obj) {
    return Object.prototype.toString.call(obj);
  }
  function isEol(c) {
    return c === 10 || c === 13;
  }
  function isWhiteSpace(c) {
    return c === 9 || c === 32;
  }
  function isWsOrEol(c) {
    return c === 9 || c === 32 || c === 10 || c === 13;
  }
  function isFlowIndicator(c) {
    return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
  }
  function fromHexCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    const lc = c | 32;
    if (lc >= 97 && lc <= 102) {
      return lc - 97 + 10;
    }
    return -1;
  }
  function escapedHexLen(c) {
    if (c === 120) {
      return 2;
    }
    if (c === 117) {
      return 4;
    }
    if (c === 85) {
      return 8;
    }
    return 0;
  }
  function fromDecimalCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    return -1;
  }
  function simpleEscapeSequence(c) {
    switch (c) {
      case 48:
        return "\0";
      case 97:
        return "\x07";
      case 98:
        return "\b";
      case 116:
        return "	";
      case 9:
        return "	";
      case 110:
        return "\n";
      case 118:
        return "\v";
      case 102:
        return "\f";
      case 114:
        return "\r";
      case 101:
        return "\x1B";
      case 32:
        return " ";
      case 34:
        return '"';
      case 47:
        return "/";
      case 92:
        return "\\";
      case 78:
        return "";
      case 95:
        return " ";
      case 76:
        return "\u2028";
      case 80:
        return "\u2029";
      default:
        return "";
    }
  }
  function charFromCodepoint(c) {
    if (c <= 65535) {
      return String.fromCharCode(c);
    }
    return String.fromCharCode(
      (c - 65536 >> 10) + 55296,
      (c - 65536 & 1023) + 56320
    );
  }
  function setProperty(object, key, value) {
    if (key === "__proto__") {
      Object.defineProperty(object, key, {
        configurable: true,
        enumerable: true,
        writable: true,
        value
      });
    } else {
      object[key] = value;
    }
  }
  const simpleEscapeCheck = new Array(256);
  const simpleEscapeMap = new Array(256);
  for (let i = 0; i < 256; i++) {
    simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
    simpleEscapeMap[i] = simpleEscapeSequence(i);
  }
  function State(input, options) {
    this.input = input;
    this.filename = options["filename"] || null;
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.onWarning = options["onWarning"] || null;
    this.legacy = options["legacy"] || false;
    this.json = options["json"] || false;
    this.listener = options["listener"] || null;
    this.maxDepth = typeof options["maxDepth"] === "number" ? options["maxDepth"] : 100;
    this.maxTotalMergeKeys = typeof options["maxTotalMergeKeys"] === "number" ? options["maxTotalMergeKeys"] : 1e4;
    this.implicitTypes = this.schema.compiledImplicit;
    this.typeMap = this.schema.compiledTypeMap;
    this.length = input.length;
    this.position = 0;
    this.line = 0;
    this.lineStart = 0;
    this.lineIndent = 0;
    this.depth = 0;
    this.totalMergeKeys = 0;
    this.firstTabInLine = -1;
    this.documents = [];
    this.anchorMapTransactions = [];
  }
  function generateError(state, message) {
    const mark = {
      name: state.filename,
      buffer: state.input.slice(0, -1),
      // omit trailing \0
      position: state.position,
      line: state.line,
      column: state.position - state.lineStart
    };
    mark.snippet = makeSnippet(mark);
    return new YAMLException2(message, mark);
  }
  function throwError(state, message) {
    throw generateError(state, message);
  }
  function throwWarning(state, message) {
    if (state.onWarning) {
      state.onWarning.call(null, generateError(state, message));
    }
  }
  function storeAnchor(state, name, value) {
    const transactions = state.anchorMapTransactions;
    if (transactions.length !== 0) {
      const transaction = transactions[transactions.length - 1];
      if (!_hasOwnProperty.call(transaction, name)) {
        transaction[name] = {
          existed: _hasOwnProperty.call(state.anchorMap, name),
          value: state.anchorMap[name]
        };
      }
    }
    state.anchorMap[name] = value;
  }
  function beginAnchorTransaction(state) {
    state.anchorMapTransactions.push(/* @__PURE__ */ Object.create(null));
  }
  function commitAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const transactions = state.anchorMapTransactions;
    if (transactions.length === 0) return;
    const parent = transactions[transactions.length - 1];
    const names = Object.keys(transaction);
    for (let index = 0, length = names.length; index < length; index += 1) {
      const name = names[index];
      if (!_hasOwnProperty.call(parent, name)) {
        parent[name] = transaction[name];
      }
    }
  }
  function rollbackAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const names = Object.keys(transaction);
    for (let index = names.length - 1; index >= 0; index -= 1) {
      const entry = transaction[names[index]];
      if (entry.existed) {
        state.anchorMap[names[index]] = entry.value;
      } else {
        delete state.anchorMap[names[index]];
      }
    }
  }
  function snapshotState(state) {
    return {
      position: state.position,
      line: state.line,
      lineStart: state.lineStart,
      lineIndent: state.lineIndent,
      firstTabInLine: state.firstTabInLine,
      tag: state.tag,
      anchor: state.anchor,
      kind: state.kind,
      result: state.result
    };
  }
  function restoreState(state, snapshot) {
    state.position = snapshot.position;
    state.line = snapshot.line;
    state.lineStart = snapshot.lineStart;
    state.lineIndent = snapshot.lineIndent;
    state.firstTabInLine = snapshot.firstTabInLine;
    state.tag = snapshot.tag;
    state.anchor = snapshot.anchor;
    state.kind = snapshot.kind;
    state.result = snapshot.result;
  }
  const directiveHandlers = {
    YAML: function handleYamlDirective(state, name, args) {
      if (state.version !== null) {
        throwError(state, "duplication of %YAML directive");
      }
      if (args.length !== 1) {
        throwError(state, "YAML directive accepts exactly one argument");
      }
      const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
      if (match === null) {
        throwError(state, "ill-formed argument of the YAML directive");
      }
      const major = parseInt(match[1], 10);
      const minor = parseInt(match[2], 10);
      if (major !== 1) {
        throwError(state, "unacceptable YAML version of the document");
      }
      state.version = args[0];
      state.checkLineBreaks = minor < 2;
      if (minor !== 1 && minor !== 2) {
        throwWarning(state, "unsupported YAML version of the document");
      }
    },
    TAG: function handleTagDirective(state, name, args) {
      let prefix;
      if (args.length !== 2) {
        throwError(state, "TAG directive accepts exactly two arguments");
      }
      const handle = args[0];
      prefix = args[1];
      if (!PATTERN_TAG_HANDLE.test(handle)) {
        throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
      }
      if (_hasOwnProperty.call(state.tagMap, handle)) {
        throwError(state, 'there is a previously declared suffix for "' + handle + '" tag handle');
      }
      if (!PATTERN_TAG_URI.test(prefix)) {
        throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
      }
      try {
        prefix = decodeURIComponent(prefix);
      } catch (err) {
        throwError(state, "tag prefix is malformed: " + prefix);
      }
      state.tagMap[handle] = prefix;
    }
  };
  function captureSegment(state, start, end, checkJson) {
    if (start < end) {
      const _result = state.input.slice(start, end);
      if (checkJson) {
        for (let _position = 0, _length = _result.length; _position < _length; _position += 1) {
          const _character = _result.charCodeAt(_position);
          if (!(_character === 9 || _character >= 32 && _character <= 1114111)) {
            throwError(state, "expected valid JSON character");
          }
        }
      } else if (PATTERN_NON_PRINTABLE.test(_result)) {
        throwError(state, "the stream contains non-printable characters");
      }
      state.result += _result;
    }
  }
  function chargeMergeWork(state) {
    state.totalMergeKeys++;
    if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) {
      throwError(state, "merge keys exceeded maxTotalMergeKeys (" + state.maxTotalMergeKeys + ")");
    }
  }
  function mergeMappings(state, destination, source, overridableKeys) {
    if (!common2.isObject(source)) {
      throwError(state, "cannot merge mappings; the provided source object is unacceptable");
    }
    chargeMergeWork(state);
    const sourceKeys = Object.keys(source);
    for (let index = 0, quantity = sourceKeys.length; index < quantity; index += 1) {
      const key = sourceKeys[index];
      chargeMergeWork(state);
      if (!_hasOwnProperty.call(destination, key)) {
        setProperty(destination, key, source[key]);
        overridableKeys[key] = true;
      }
    }
  }
  function storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, startLine, startLineStart, startPos) {
    if (Array.isArray(keyNode)) {
      keyNode = Array.prototype.slice.call(keyNode);
      for (let index = 0, quantity = keyNode.length; index < quantity; index += 1) {
        if (Array.isArray(keyNode[index])) {
          throwError(state, "nested arrays are not supported inside keys");
        }
        if (typeof keyNode === "object" && _class(keyNode[index]) === "[object Object]") {
          keyNode[index] = "[object Object]";
        }
      }
    }
    if (typeof keyNode === "object" && _class(keyNode) === "[object Object]") {
      keyNode = "[object Object]";
    }
    keyNode = String(keyNode);
    if (_result === null) {
      _result = {};
    }
    if (keyTag === "tag:yaml.org,2002:merge") {
      if (Array.isArray(valueNode)) {
        if (valueNode.length > 100) {
          throwError(state, "abnormal merge sequence size");
        }
        for (let index = 0, quantity = valueNode.length; index < quantity; index += 1) {
          mergeMappings(state, _result, valueNode[index], overridableKeys);
        }
      } else {
        mergeMappings(state, _result, valueNode, overridableKeys);
      }
    } else {
      if (!state.json && !_hasOwnProperty.call(overridableKeys, keyNode) && _hasOwnProperty.call(_result, keyNode)) {
        state.line = startLine || state.line;
        state.lineStart = startLineStart || state.lineStart;
        state.position = startPos || state.position;
        throwError(state, "duplicated mapping key");
      }
      setProperty(_result, keyNode, valueNode);
      delete overridableKeys[keyNode];
    }
    return _result;
  }
  function readLineBreak(state) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 10) {
      state.position++;
    } else if (ch === 13) {
      state.position++;
      if (state.input.charCodeAt(state.position) === 10) {
        state.position++;
      }
    } else {
      throwError(state, "a line break is expected");
    }
    state.line += 1;
    state.lineStart = state.position;
    state.firstTabInLine = -1;
  }
  function skipSeparationSpace(state, allowComments, checkIndent) {
    let lineBreaks = 0;
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      while (isWhiteSpace(ch)) {
        if (ch === 9 && state.firstTabInLine === -1) {
          state.firstTabInLine = state.position;
        }
        ch = state.input.charCodeAt(++state.position);
      }
      if (allowComments && ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (ch !== 10 && ch !== 13 && ch !== 0);
      }
      if (isEol(ch)) {
        readLineBreak(state);
        ch = state.input.charCodeAt(state.position);
        lineBreaks++;
        state.lineIndent = 0;
        while (ch === 32) {
          state.lineIndent++;
          ch = state.input.charCodeAt(++state.position);
        }
      } else {
        break;
      }
    }
    if (checkIndent !== -1 && lineBreaks !== 0 && state.lineIndent < checkIndent) {
      throwWarning(state, "deficient indentation");
    }
    return lineBreaks;
  }
  function testDocumentSeparator(state) {
    let _position = state.position;
    let ch = state.input.charCodeAt(_position);
    if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(_position + 1) && ch === state.input.charCodeAt(_position + 2)) {
      _position += 3;
      ch = state.input.charCodeAt(_position);
      if (ch === 0 || isWsOrEol(ch)) {
        return true;
      }
    }
    return false;
  }
  function writeFoldedLines(state, count) {
    if (count === 1) {
      state.result += " ";
    } else if (count > 1) {
      state.result += common2.repeat("\n", count - 1);
    }
  }
  function readPlainScalar(state, nodeIndent, withinFlowCollection) {
    let captureStart;
    let captureEnd;
    let hasPendingContent;
    let _line;
    let _lineStart;
    let _lineIndent;
    const _kind = state.kind;
    const _result = state.result;
    let ch = state.input.charCodeAt(state.position);
    if (isWsOrEol(ch) || isFlowIndicator(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96) {
      return false;
    }
    if (ch === 63 || ch === 45) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
        return false;
      }
    }
    state.kind = "scalar";
    state.result = "";
    captureStart = captureEnd = state.position;
    hasPendingContent = false;
    while (ch !== 0) {
      if (ch === 58) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
          break;
        }
      } else if (ch === 35) {
        const preceding = state.input.charCodeAt(state.position - 1);
        if (isWsOrEol(preceding)) {
          break;
        }
      } else if (state.position === state.lineStart && testDocumentSeparator(state) || withinFlowCollection && isFlowIndicator(ch)) {
        break;
      } else if (isEol(ch)) {
        _line = state.line;
        _lineStart = state.lineStart;
        _lineIndent = state.lineIndent;
        skipSeparationSpace(state, false, -1);
        if (state.lineIndent >= nodeIndent) {
          hasPendingContent = true;
          ch = state.input.charCodeAt(state.position);
          continue;
        } else {
          state.position = captureEnd;
          state.line = _line;
          state.lineStart = _lineStart;
          state.lineIndent = _lineIndent;
          break;
        }
      }
      if (hasPendingContent) {
        captureSegment(state, captureStart, captureEnd, false);
        writeFoldedLines(state, state.line - _line);
        captureStart = captureEnd = state.position;
        hasPendingContent = false;
      }
      if (!isWhiteSpace(ch)) {
        captureEnd = state.position + 1;
      }
      ch = state.input.charCodeAt(++state.position);
    }
    captureSegment(state, captureStart, captureEnd, false);
    if (state.result) {
      return true;
    }
    state.kind = _kind;
    state.result = _result;
    return false;
  }
  function readSingleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 39) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 39) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (ch === 39) {
          captureStart = state.position;
          state.position++;
          captureEnd = state.position;
        } else {
          return true;
        }
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a single quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a single quoted scalar");
  }
  function readDoubleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 34) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 34) {
        captureSegment(state, captureStart, state.position, true);
        state.position++;
        return true;
      } else if (ch === 92) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (isEol(ch)) {
          skipSeparationSpace(state, false, nodeIndent);
        } else if (ch < 256 && simpleEscapeCheck[ch]) {
          state.result += simpleEscapeMap[ch];
          state.position++;
        } else if ((tmp = escapedHexLen(ch)) > 0) {
          let hexLength = tmp;
          let hexResult = 0;
          for (; hexLength > 0; hexLength--) {
            ch = state.input.charCodeAt(++state.position);
            if ((tmp = fromHexCode(ch)) >= 0) {
              hexResult = (hexResult << 4) + tmp;
            } else {
              throwError(state, "expected hexadecimal character");
            }
          }
          state.result += charFromCodepoint(hexResult);
          state.position++;
        } else {
          throwError(state, "unknown escape sequence");
        }
        captureStart = captureEnd = state.position;
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a double quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a double quoted scalar");
  }
  function readFlowCollection(state, nodeIndent) {
    let readNext = true;
    let _line;
    let _lineStart;
    let _pos;
    const _tag = state.tag;
    let _result;
    const _anchor = state.anchor;
    let terminator;
    let isPair;
    let isExplicitPair;
    let isMapping;
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyNode;
    let keyTag;
    let valueNode;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 91) {
      terminator = 93;
      isMapping = false;
      _result = [];
    } else if (ch === 123) {
      terminator = 125;
      isMapping = true;
      _result = {};
    } else {
      return false;
    }
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    ch = state.input.charCodeAt(++state.position);
    while (ch !== 0) {
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === terminator) {
        state.position++;
        state.tag = _tag;
        state.anchor = _anchor;
        state.kind = isMapping ? "mapping" : "sequence";
        state.result = _result;
        return true;
      } else if (!readNext) {
        throwError(state, "missed comma between flow collection entries");
      } else if (ch === 44) {
        throwError(state, "expected the node content, but found ','");
      }
      keyTag = keyNode = valueNode = null;
      isPair = isExplicitPair = false;
      if (ch === 63) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following)) {
          isPair = isExplicitPair = true;
          state.position++;
          skipSeparationSpace(state, true, nodeIndent);
        }
      }
      _line = state.line;
      _lineStart = state.lineStart;
      _pos = state.position;
      composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
      keyTag = state.tag;
      keyNode = state.result;
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if ((isExplicitPair || state.line === _line) && ch === 58) {
        isPair = true;
        ch = state.input.charCodeAt(++state.position);
        skipSeparationSpace(state, true, nodeIndent);
        composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
        valueNode = state.result;
      }
      if (isMapping) {
        storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos);
      } else if (isPair) {
        _result.push(storeMappingPair(state, null, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos));
      } else {
        _result.push(keyNode);
      }
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === 44) {
        readNext = true;
        ch = state.input.charCodeAt(++state.position);
      } else {
        readNext = false;
      }
    }
    throwError(state, "unexpected end of the stream within a flow collection");
  }
  function readBlockScalar(state, nodeIndent) {
    let folding;
    let chomping = CHOMPING_CLIP;
    let didReadContent = false;
    let detectedIndent = false;
    let textIndent = nodeIndent;
    let emptyLines = 0;
    let atMoreIndented = false;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 124) {
      folding = false;
    } else if (ch === 62) {
      folding = true;
    } else {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    while (ch !== 0) {
      ch = state.input.charCodeAt(++state.position);
      if (ch === 43 || ch === 45) {
        if (CHOMPING_CLIP === chomping) {
          chomping = ch === 43 ? CHOMPING_KEEP : CHOMPING_STRIP;
        } else {
          throwError(state, "repeat of a chomping mode identifier");
        }
      } else if ((tmp = fromDecimalCode(ch)) >= 0) {
        if (tmp === 0) {
          throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
        } else if (!detectedIndent) {
          textIndent = nodeIndent + tmp - 1;
          detectedIndent = true;
        } else {
          throwError(state, "repeat of an indentation width identifier");
        }
      } else {
        break;
      }
    }
    if (isWhiteSpace(ch)) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (isWhiteSpace(ch));
      if (ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (!isEol(ch) && ch !== 0);
      }
    }
    while (ch !== 0) {
      readLineBreak(state);
      state.lineIndent = 0;
      ch = state.input.charCodeAt(state.position);
      while ((!detectedIndent || state.lineIndent < textIndent) && ch === 32) {
        state.lineIndent++;
        ch = state.input.charCodeAt(++state.position);
      }
      if (!detectedIndent && state.lineIndent > textIndent) {
        textIndent = state.lineIndent;
      }
      if (isEol(ch)) {
        emptyLines++;
        continue;
      }
      if (!detectedIndent && textIndent === 0) {
        throwError(state, "missing indentation for block scalar");
      }
      if (state.lineIndent < textIndent) {
        if (chomping === CHOMPING_KEEP) {
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (chomping === CHOMPING_CLIP) {
          if (didReadContent) {
            state.result += "\n";
          }
        }
        break;
      }
      if (folding) {
        if (isWhiteSpace(ch)) {
          atMoreIndented = true;
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (atMoreIndented) {
          atMoreIndented = false;
          state.result += common2.repeat("\n", emptyLines + 1);
        } else if (emptyLines === 0) {
          if (didReadContent) {
            state.result += " ";
          }
        } else {
          state.result += common2.repeat("\n", emptyLines);
        }
      } else {
        state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
      }
      didReadContent = true;
      detectedIndent = true;
      emptyLines = 0;
      const captureStart = state.position;
      while (!isEol(ch) && ch !== 0) {
        ch = state.input.charCodeAt(++state.position);
      }
      captureSegment(state, captureStart, state.position, false);
    }
    return true;
  }
  function readBlockSequence(state, nodeIndent) {
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = [];
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (ch !== 45) {
        break;
      }
      const following = state.input.charCodeAt(state.position + 1);
      if (!isWsOrEol(following)) {
        break;
      }
      detected = true;
      state.position++;
      if (skipSeparationSpace(state, true, -1)) {
        if (state.lineIndent <= nodeIndent) {
          _result.push(null);
          ch = state.input.charCodeAt(state.position);
          continue;
        }
      }
      const _line = state.line;
      composeNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
      _result.push(state.result);
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a sequence entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "sequence";
      state.result = _result;
      return true;
    }
    return false;
  }
  function readBlockMapping(state, nodeIndent, flowIndent) {
    let allowCompact;
    let _keyLine;
    let _keyLineStart;
    let _keyPos;
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = {};
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyTag = null;
    let keyNode = null;
    let valueNode = null;
    let atExplicitKey = false;
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (!atExplicitKey && state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      const following = state.input.charCodeAt(state.position + 1);
      const _line = state.line;
      if ((ch === 63 || ch === 58) && isWsOrEol(following)) {
        if (ch === 63) {
          if (atExplicitKey) {
            storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
            keyTag = keyNode = valueNode = null;
          }
          detected = true;
          atExplicitKey = true;
          allowCompact = true;
        } else if (atExplicitKey) {
          atExplicitKey = false;
          allowCompact = true;
        } else {
          throwError(state, "incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line");
        }
        state.position += 1;
        ch = following;
      } else {
        _keyLine = state.line;
        _keyLineStart = state.lineStart;
        _keyPos = state.position;
        if (!composeNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) {
          break;
        }
        if (state.line === _line) {
          ch = state.input.charCodeAt(state.position);
          while (isWhiteSpace(ch)) {
            ch = state.input.charCodeAt(++state.position);
          }
          if (ch === 58) {
            ch = state.input.charCodeAt(++state.position);
            if (!isWsOrEol(ch)) {
              throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
            }
            if (atExplicitKey) {
              storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
              keyTag = keyNode = valueNode = null;
            }
            detected = true;
            atExplicitKey = false;
            allowCompact = false;
            keyTag = state.tag;
            keyNode = state.result;
          } else if (detected) {
            throwError(state, "can not read an implicit mapping pair; a colon is missed");
          } else {
            state.tag = _tag;
            state.anchor = _anchor;
            return true;
          }
        } else if (detected) {
          throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
        } else {
          state.tag = _tag;
          state.anchor = _anchor;
          return true;
        }
      }
      if (state.line === _line || state.lineIndent > nodeIndent) {
        if (atExplicitKey) {
          _keyLine = state.line;
          _keyLineStart = state.lineStart;
          _keyPos = state.position;
        }
        if (composeNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, allowCompact)) {
          if (atExplicitKey) {
            keyNode = state.result;
          } else {
            valueNode = state.result;
          }
        }
        if (!atExplicitKey) {
          storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _keyLine, _keyLineStart, _keyPos);
          keyTag = keyNode = valueNode = null;
        }
        skipSeparationSpace(state, true, -1);
        ch = state.input.charCodeAt(state.position);
      }
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a mapping entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (atExplicitKey) {
      storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "mapping";
      state.result = _result;
    }
    return detected;
  }
  function readTagProperty(state) {
    let isVerbatim = false;
    let isNamed = false;
    let tagHandle;
    let tagName;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 33) return false;
    if (state.tag !== null) {
      throwError(state, "duplication of a tag property");
    }
    ch = state.input.charCodeAt(++state.position);
    if (ch === 60) {
      isVerbatim = true;
      ch = state.input.charCodeAt(++state.position);
    } else if (ch === 33) {
      isNamed = true;
      tagHandle = "!!";
      ch = state.input.charCodeAt(++state.position);
    } else {
      tagHandle = "!";
    }
    let _position = state.position;
    if (isVerbatim) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (ch !== 0 && ch !== 62);
      if (state.position < state.length) {
        tagName = state.input.slice(_position, state.position);
        ch = state.input.charCodeAt(++state.position);
      } else {
        throwError(state, "unexpected end of the stream within a verbatim tag");
      }
    } else {
      while (ch !== 0 && !isWsOrEol(ch)) {
        if (ch === 33) {
          if (!isNamed) {
            tagHandle = state.input.slice(_position - 1, state.position + 1);
            if (!PATTERN_TAG_HANDLE.test(tagHandle)) {
              throwError(state, "named tag handle cannot contain such characters");
            }
            isNamed = true;
            _position = state.position + 1;
          } else {
            throwError(state, "tag suffix cannot contain exclamation marks");
          }
        }
        ch = state.input.charCodeAt(++state.position);
      }
      tagName = state.input.slice(_position, state.position);
      if (PATTERN_FLOW_INDICATORS.test(tagName)) {
        throwError(state, "tag suffix cannot contain flow indicator characters");
      }
    }
    if (tagName && !PATTERN_TAG_URI.test(tagName)) {
      throwError(state, "tag name cannot contain such characters: " + tagName);
    }
    try {
      tagName = decodeURIComponent(tagName);
    } catch (err) {
      throwError(state, "tag name is malformed: " + tagName);
    }
    if (isVerbatim) {
      state.tag = tagName;
    } else if (_hasOwnProperty.call(state.tagMap, tagHandle)) {
      state.tag = state.tagMap[tagHandle] + tagName;
    } else if (tagHandle === "!") {
      state.tag = "!" + tagName;
    } else if (tagHandle === "!!") {
      state.tag = "tag:yaml.org,2002:" + tagName;
    } else {
      throwError(state, 'undeclared tag handle "' + tagHandle + '"');
    }
    return true;
  }
  function readAnchorProperty(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 38) return false;
    if (state.anchor !== null) {
      throwError(state, "duplication of an anchor property");
    }
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an anchor node must contain at least one character");
    }
    state.anchor = state.input.slice(_position, state.position);
    return true;
  }
  function readAlias(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 42) return false;
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an alias node must contain at least one character");
    }
    const alias = state.input.slice(_position, state.position);
    if (!_hasOwnProperty.call(state.anchorMap, alias)) {
      throwError(state, 'unidentified alias "' + alias + '"');
    }
    state.result = state.anchorMap[alias];
    skipSeparationSpace(state, true, -1);
    return true;
  }
  function tryReadBlockMappingFromProperty(state, propertyStart, nodeIndent, flowIndent) {
    const fallbackState = snapshotState(state);
    beginAnchorTransaction(state);
    restoreState(state, propertyStart);
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    if (readBlockMapping(state, nodeIndent, flowIndent) && state.kind === "mapping") {
      commitAnchorTransaction(state);
      return true;
    }
    rollbackAnchorTransaction(state);
    restoreState(state, fallbackState);
    return false;
  }
  function composeNode(state, parentIndent, nodeContext, allowToSeek, allowCompact) {
    let allowBlockScalars;
    let allowBlockCollections;
    let indentStatus = 1;
    let atNewLine = false;
    let hasContent = false;
    let propertyStart = null;
    let type2;
    let flowIndent;
    let blockIndent;
    if (state.depth >= state.maxDepth) {
      throwError(state, "nesting exceeded maxDepth (" + state.maxDepth + ")");
    }
    state.depth += 1;
    if (state.listener !== null) {
      state.listener("open", state);
    }
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    const allowBlockStyles = allowBlockScalars = allowBlockCollections = CONTEXT_BLOCK_OUT === nodeContext || CONTEXT_BLOCK_IN === nodeContext;
    if (allowToSeek) {
      if (skipSeparationSpace(state, true, -1)) {
        atNewLine = true;
        if (state.lineIndent > parentIndent) {
          indentStatus = 1;
        } else if (state.lineIndent === parentIndent) {
          indentStatus = 0;
        } else if (state.lineIndent < parentIndent) {
          indentStatus = -1;
        }
      }
    }
    if (indentStatus === 1) {
      while (true) {
        const ch = state.input.charCodeAt(state.position);
        const propertyState = snapshotState(state);
        if (atNewLine && (ch === 33 && state.tag !== null || ch === 38 && state.anchor !== null)) {
          break;
        }
        if (!readTagProperty(state) && !readAnchorProperty(state)) {
          break;
        }
        if (propertyStart === null) {
          propertyStart = propertyState;
        }
        if (skipSeparationSpace(state, true, -1)) {
          atNewLine = true;
          allowBlockCollections = allowBlockStyles;
          if (state.lineIndent > parentIndent) {
            indentStatus = 1;
          } else if (state.lineIndent === parentIndent) {
            indentStatus = 0;
          } else if (state.lineIndent < parentIndent) {
            indentStatus = -1;
          }
        } else {
          allowBlockCollections = false;
        }
      }
    }
    if (allowBlockCollections) {
      allowBlockCollections = atNewLine || allowCompact;
    }
    if (indentStatus === 1 || CONTEXT_BLOCK_OUT === nodeContext) {
      if (CONTEXT_FLOW_IN === nodeContext || CONTEXT_FLOW_OUT === nodeContext) {
        flowIndent = parentIndent;
      } else {
        flowIndent = parentIndent + 1;
      }
      blockIndent = state.position - state.lineStart;
      if (indentStatus === 1) {
        if (allowBlockCollections && (readBlockSequence(state, blockIndent) || readBlockMapping(state, blockIndent, flowIndent)) || readFlowCollection(state, flowIndent)) {
          hasContent = true;
        } else {
          const ch = state.input.charCodeAt(state.position);
          if (propertyStart !== null && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62 && tryReadBlockMappingFromProperty(
            state,
            propertyStart,
            propertyStart.position - propertyStart.lineStart,
            flowIndent
          )) {
            hasContent = true;
          } else if (allowBlockScalars && readBlockScalar(state, flowIndent) || readSingleQuotedScalar(state, flowIndent) || readDoubleQuotedScalar(state, flowIndent)) {
            hasContent = true;
          } else if (readAlias(state)) {
            hasContent = true;
            if (state.tag !== null || state.anchor !== null) {
              throwError(state, "alias node should not have any properties");
            }
          } else if (readPlainScalar(state, flowIndent, CONTEXT_FLOW_IN === nodeContext)) {
            hasContent = true;
            if (state.tag === null) {
              state.tag = "?";
            }
          }
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
        }
      } else if (indentStatus === 0) {
        hasContent = allowBlockCollections && readBlockSequence(state, blockIndent);
      }
    }
    if (state.tag === null) {
      if (state.anchor !== null) {
        storeAnchor(state, state.anchor, state.result);
      }
    } else if (state.tag === "?") {
      if (state.result !== null && state.kind !== "scalar") {
        throwError(state, 'unacceptable node kind for !<?> tag; it should be "scalar", not "' + state.kind + '"');
      }
      for (let typeIndex = 0, typeQuantity = state.implicitTypes.length; typeIndex < typeQuantity; typeIndex += 1) {
        type2 = state.implicitTypes[typeIndex];
        if (type2.resolve(state.result)) {
          state.result = type2.construct(state.result);
          state.tag = type2.tag;
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
          break;
        }
      }
    } else if (state.tag !== "!") {
      if (_hasOwnProperty.call(state.typeMap[state.kind || "fallback"], state.tag)) {
        type2 = state.typeMap[state.kind || "fallback"][state.tag];
      } else {
        type2 = null;
        const typeList = state.typeMap.multi[state.kind || "fallback"];
        for (let typeIndex = 0, typeQuantity = typeList.length; typeIndex < typeQuantity; typeIndex += 1) {
          if (state.tag.slice(0, typeList[typeIndex].tag.length) === typeList[typeIndex].tag) {
            type2 = typeList[typeIndex];
            break;
          }
        }
      }
      if (!type2) {
        throwError(state, "unknown tag !<" + state.tag + ">");
      }
      if (state.result !== null && type2.kind !== state.kind) {
        throwError(state, "unacceptable node kind for !<" + state.tag + '> tag; it should be "' + type2.kind + '", not "' + state.kind + '"');
      }
      if (!type2.resolve(state.result, state.tag)) {
        throwError(state, "cannot resolve a node with !<" + state.tag + "> explicit tag");
      } else {
        state.result = type2.construct(state.result, state.tag);
        if (state.anchor !== null) {
          storeAnchor(state, state.anchor, state.result);
        }
      }
    }
    if (state.listener !== null) {
      state.listener("close", state);
    }
    state.depth -= 1;
    return state.tag !== null || state.anchor !== null || hasContent;
  }
  function readDocument(state) {
    const documentStart = state.position;
    let hasDirectives = false;
    let ch;
    state.version = null;
    state.checkLineBreaks = state.legacy;
    state.tagMap = /* @__PURE__ */ Object.create(null);
    state.anchorMap = /* @__PURE__ */ Object.create(null);
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if (state.lineIndent > 0 || ch !== 37) {
        break;
      }
      hasDirectives = true;
      ch = state.input.charCodeAt(++state.position);
      let _position = state.position;
      while (ch !== 0 && !isWsOrEol(ch)) {
        ch = state.input.charCodeAt(++state.position);
      }
      const directiveName = state.input.slice(_position, state.position);
      const directiveArgs = [];
      if (directiveName.length < 1) {
        throwError(state, "directive name must not be less than one character in length");
      }
      while (ch !== 0) {
        while (isWhiteSpace(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        if (ch === 35) {
          do {
            ch = state.input.charCodeAt(++state.position);
          } while (ch !== 0 && !isEol(ch));
          break;
        }
        if (isEol(ch)) break;
        _position = state.position;
        while (ch !== 0 && !isWsOrEol(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        directiveArgs.push(state.input.slice(_position, state.position));
      }
      if (ch !== 0) readLineBreak(state);
      if (_hasOwnProperty.call(directiveHandlers, directiveName)) {
        directiveHandlers[directiveName](state, directiveName, directiveArgs);
      } else {
        throwWarning(state, 'unknown document directive "' + directiveName + '"');
      }
    }
    skipSeparationSpace(state, true, -1);
    if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45) {
      state.position += 3;
      skipSeparationSpace(state, true, -1);
    } else if (hasDirectives) {
      throwError(state, "directives end mark is expected");
    }
    composeNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, true);
    skipSeparationSpace(state, true, -1);
    if (state.checkLineBreaks && PATTERN_NON_ASCII_LINE_BREAKS.test(state.input.slice(documentStart, state.position))) {
      throwWarning(state, "non-ASCII line breaks are interpreted as content");
    }
    state.documents.push(state.result);
    if (state.position === state.lineStart && testDocumentSeparator(state)) {
      if (state.input.charCodeAt(state.position) === 46) {
        state.position += 3;
        skipSeparationSpace(state, true, -1);
      }
      return;
    }
    if (state.position < state.length - 1) {
      throwError(state, "end of the stream or a document separator is expected");
    }
  }
  function loadDocuments(input, options) {
    input = String(input);
    options = options || {};
    if (input.length !== 0) {
      if (input.charCodeAt(input.length - 1) !== 10 && input.charCodeAt(input.length - 1) !== 13) {
        input += "\n";
      }
      if (input.charCodeAt(0) === 65279) {
        input = input.slice(1);
      }
    }
    const state = new State(input, options);
    const nullpos = input.indexOf("\0");
    if (nullpos !== -1) {
      state.position = nullpos;
      throwError(state, "null byte is not allowed in input");
    }
    state.input += "\0";
    while (state.input.charCodeAt(state.position) === 32) {
      state.lineIndent += 1;
      state.position += 1;
    }
    while (state.position < state.length - 1) {
      readDocument(state);
    }
    return state.documents;
  }
  function loadAll2(input, iterator, options) {
    if (iterator !== null && typeof iterator === "object" && typeof options === "undefined") {
      options = iterator;
      iterator = null;
    }
    const documents = loadDocuments(input, options);
    if (typeof iterator !== "function") {
      return documents;
    }
    for (let index = 0, length = documents.length; index < length; index += 1) {
      iterator(documents[index]);
    }
  }
  function load2(input, options) {
    const documents = loadDocuments(input, options);
    if (documents.length === 0) {
      return void 0;
    } else if (documents.length === 1) {
      return documents[0];
    }
    throw new YAMLException2("expected a single document in the stream, but found more");
  }
  loader$1.loadAll = loadAll2;
  loader$1.load = load2;
  return loader$1;
}
var dumper$1 = {};
var hasRequiredDumper$1;
function requireDumper$1() {
  if (hasRequiredDumper$1) return dumper$1;
  hasRequiredDumper$1 = 1;
  const common2 = requireCommon$1();
  const YAMLException2 = requireException$1();
  const DEFAULT_SCHEMA2 = require_default$1();
  const _toString = Object.prototype.toString;
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CHAR_BOM = 65279;
  const CHAR_TAB = 9;
  const CHAR_LINE_FEED = 10;
  const CHAR_CARRIAGE_RETURN = 13;
  const CHAR_SPACE = 32;
  const CHAR_EXCLAMATION = 33;
  const CHAR_DOUBLE_QUOTE = 34;
  const CHAR_SHARP = 35;
  const CHAR_PERCENT = 37;
  const CHAR_AMPERSAND = 38;
  const CHAR_SINGLE_QUOTE = 39;
  const CHAR_ASTERISK = 42;
  const CHAR_COMMA = 44;
  const CHAR_MINUS = 45;
  const CHAR_COLON = 58;
  const CHAR_EQUALS = 61;
  const CHAR_GREATER_THAN = 62;
  const CHAR_QUESTION = 63;
  const CHAR_COMMERCIAL_AT = 64;
  const CHAR_LEFT_SQUARE_BRACKET = 91;
  const CHAR_RIGHT_SQUARE_BRACKET = 93;
  const CHAR_GRAVE_ACCENT = 96;
  const CHAR_LEFT_CURLY_BRACKET = 123;
  const CHAR_VERTICAL_LINE = 124;
  const CHAR_RIGHT_CURLY_BRACKET = 125;
  const ESCAPE_SEQUENCES = {};
  ESCAPE_SEQUENCES[0] = "\\0";
  ESCAPE_SEQUENCES[7] = "\\a";
  ESCAPE_SEQUENCES[8] = "\\b";
  ESCAPE_SEQUENCES[9] = "\\t";
  ESCAPE_SEQUENCES[10] = "\\n";
  ESCAPE_SEQUENCES[11] = "\\v";
  ESCAPE_SEQUENCES[12] = "\\f";
  ESCAPE_SEQUENCES[13] = "\\r";
  ESCAPE_SEQUENCES[27] = "\\e";
  ESCAPE_SEQUENCES[34] = '\\"';
  ESCAPE_SEQUENCES[92] = "\\\\";
  ESCAPE_SEQUENCES[133] = "\\N";
  ESCAPE_SEQUENCES[160] = "\\_";
  ESCAPE_SEQUENCES[8232] = "\\L";
  ESCAPE_SEQUENCES[8233] = "\\P";
  const DEPRECATED_BOOLEANS_SYNTAX = [
    "y",
    "Y",
    "yes",
    "Yes",
    "YES",
    "on",
    "On",
    "ON",
    "n",
    "N",
    "no",
    "No",
    "NO",
    "off",
    "Off",
    "OFF"
  ];
  const DEPRECATED_BASE60_SYNTAX = /^[-+]?[0-9_]+(?::[0-9_]+)+(?:\.[0-9_]*)?$/;
  function compileStyleMap(schema2, map2) {
    if (map2 === null) return {};
    const result = {};
    const keys = Object.keys(map2);
    for (let index = 0, length = keys.length; index < length; index += 1) {
      let tag = keys[index];
      let style = String(map2[tag]);
      if (tag.slice(0, 2) === "!!") {
        tag = "tag:yaml.org,2002:" + tag.slice(2);
      }
      const type2 = schema2.compiledTypeMap["fallback"][tag];
      if (type2 && _hasOwnProperty.call(type2.styleAliases, style)) {
        style = type2.styleAliases[style];
      }
      result[tag] = style;
    }
    return result;
  }
  function encodeHex(character) {
    let handle;
    let length;
    const string = character.toString(16).toUpperCase();
    if (character <= 255) {
      handle = "x";
      length = 2;
    } else if (character <= 65535) {
      handle = "u";
      length = 4;
    } else if (character <= 4294967295) {
      handle = "U";
      length = 8;
    } else {
      throw new YAMLException2("code point within a string may not be greater than 0xFFFFFFFF");
    }
    return "\\" + handle + common2.repeat("0", length - string.length) + string;
  }
  const QUOTING_TYPE_SINGLE = 1;
  const QUOTING_TYPE_DOUBLE = 2;
  function State(options) {
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.indent = Math.max(1, options["indent"] || 2);
    this.noArrayIndent = options["noArrayIndent"] || false;
    this.skipInvalid = options["skipInvalid"] || false;
    this.flowLevel = common2.isNothing(options["flowLevel"]) ? -1 : options["flowLevel"];
    this.styleMap = compileStyleMap(this.schema, options["styles"] || null);
    this.sortKeys = options["sortKeys"] || false;
    this.lineWidth = options["lineWidth"] || 80;
    this.noRefs = options["noRefs"] || false;
    this.noCompatMode = options["noCompatMode"] || false;
    this.condenseFlow = options["condenseFlow"] || false;
    this.quotingType = options["quotingType"] === '"' ? QUOTING_TYPE_DOUBLE : QUOTING_TYPE_SINGLE;
    this.forceQuotes = options["forceQuotes"] || false;
    this.replacer = typeof options["replacer"] === "function" ? options["replacer"] : null;
    this.implicitTypes = this.schema.compiledImplicit;
    this.explicitTypes = this.schema.compiledExplicit;
    this.tag = null;
    this.result = "";
    this.duplicates = [];
    this.usedDuplicates = null;
  }
  function indentString(string, spaces) {
    const ind = common2.repeat(" ", spaces);
    let position = 0;
    let result = "";
    const length = string.length;
    while (position < length) {
      let line;
      const next = string.indexOf("\n", position);
      if (next === -1) {
        line = string.slice(position);
        position = length;
      } else {
        line = string.slice(position, next + 1);
        position = next + 1;
      }
      if (line.length && line !== "\n") result += ind;
      result += line;
    }
    return result;
  }
  function generateNextLine(state, level) {
    return "\n" + common2.repeat(" ", state.indent * level);
  }
  function testImplicitResolving(state, str2) {
    for (let index = 0, length = state.implicitTypes.length; index < length; index += 1) {
      const type2 = state.implicitTypes[index];
      if (type2.resolve(str2)) {
        return true;
      }
    }
    return false;
  }
  function isWhitespace(c) {
    return c === CHAR_SPACE || c === CHAR_TAB;
  }
  function isPrintable(c) {
    return c >= 32 && c <= 126 || c >= 161 && c <= 55295 && c !== 8232 && c !== 8233 || c >= 57344 && c <= 65533 && c !== CHAR_BOM || c >= 65536 && c <= 1114111;
  }
  function isNsCharOrWhitespace(c) {
    return isPrintable(c) && c !== CHAR_BOM && // - b-char
    c !== CHAR_CARRIAGE_RETURN && c !== CHAR_LINE_FEED;
  }
  function isPlainSafe(c, prev, inblock) {
    const cIsNsCharOrWhitespace = isNsCharOrWhitespace(c);
    const cIsNsChar = cIsNsCharOrWhitespace && !isWhitespace(c);
    return (
      // ns-plain-safe
      (inblock ? cIsNsCharOrWhitespace : cIsNsCharOrWhitespace && // - c-flow-indicator
      c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET) && // ns-plain-char
      c !== CHAR_SHARP && // false on '#'
      !(prev === CHAR_COLON && !cIsNsChar) || // false on ': '
      isNsCharOrWhitespace(prev) && !isWhitespace(prev) && c === CHAR_SHARP || // change to true on '[^ ]#'
      prev === CHAR_COLON && cIsNsChar
    );
  }
  function isPlainSafeFirst(c) {
    return isPrintable(c) && c !== CHAR_BOM && !isWhitespace(c) && // - s-white
    // - (c-indicator ::=
    // “-” | “?” | “:” | “,” | “[” | “]” | “{” | “}”
    c !== CHAR_MINUS && c !== CHAR_QUESTION && c !== CHAR_COLON && c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET && // | “#” | “&” | “*” | “!” | “|” | “=” | “>” | “'” | “"”
    c !== CHAR_SHARP && c !== CHAR_AMPERSAND && c !== CHAR_ASTERISK && c !== CHAR_EXCLAMATION && c !== CHAR_VERTICAL_LINE && c !== CHAR_EQUALS && c !== CHAR_GREATER_THAN && c !== CHAR_SINGLE_QUOTE && c !== CHAR_DOUBLE_QUOTE && // | “%” | “@” | “`”)
    c !== CHAR_PERCENT && c !== CHAR_COMMERCIAL_AT && c !== CHAR_GRAVE_ACCENT;
  }
  function isPlainSafeLast(c) {
    return !isWhitespace(c) && c !== CHAR_COLON;
  }
  function codePointAt(string, pos) {
    const first = string.charCodeAt(pos);
    let second;
    if (first >= 55296 && first <= 56319 && pos + 1 < string.length) {
      second = string.charCodeAt(pos + 1);
      if (second >= 56320 && second <= 57343) {
        return (first - 55296) * 1024 + second - 56320 + 65536;
      }
    }
    return first;
  }
  function needIndentIndicator(string) {
    const leadingSpaceRe = /^\n* /;
    return leadingSpaceRe.test(string);
  }
  const STYLE_PLAIN = 1;
  const STYLE_SINGLE = 2;
  const STYLE_LITERAL = 3;
  const STYLE_FOLDED = 4;
  const STYLE_DOUBLE = 5;
  function chooseScalarStyle(string, singleLineOnly, indentPerLevel, lineWidth, testAmbiguousType, quotingType, forceQuotes, inblock) {
    let i;
    let char = 0;
    let prevChar = null;
    let hasLineBreak = false;
    let hasFoldableLine = false;
    const shouldTrackWidth = lineWidth !== -1;
    let previousLineBreak = -1;
    let plain = isPlainSafeFirst(codePointAt(string, 0)) && isPlainSafeLast(codePointAt(string, string.length - 1));
    if (singleLineOnly || forceQuotes) {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
    } else {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (char === CHAR_LINE_FEED) {
          hasLineBreak = true;
          if (shouldTrackWidth) {
            hasFoldableLine = hasFoldableLine || // Foldable line = too long, and not more-indented.
            i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ";
            previousLineBreak = i;
          }
        } else if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
      hasFoldableLine = hasFoldableLine || shouldTrackWidth && (i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ");
    }
    if (!hasLineBreak && !hasFoldableLine) {
      if (plain && !forceQuotes && !testAmbiguousType(string)) {
        return STYLE_PLAIN;
      }
      return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
    }
    if (indentPerLevel > 9 && needIndentIndicator(string)) {
      return STYLE_DOUBLE;
    }
    if (!forceQuotes) {
      return hasFoldableLine ? STYLE_FOLDED : STYLE_LITERAL;
    }
    return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
  }
  function writeScalar(state, string, level, iskey, inblock) {
    state.dump = (function() {
      if (string.length === 0) {
        return state.quotingType === QUOTING_TYPE_DOUBLE ? '""' : "''";
      }
      if (!state.noCompatMode) {
        if (DEPRECATED_BOOLEANS_SYNTAX.indexOf(string) !== -1 || DEPRECATED_BASE60_SYNTAX.test(string)) {
          return state.quotingType === QUOTING_TYPE_DOUBLE ? '"' + string + '"' : "'" + string + "'";
        }
      }
      const indent = state.indent * Math.max(1, level);
      const lineWidth = state.lineWidth === -1 ? -1 : Math.max(Math.min(state.lineWidth, 40), state.lineWidth - indent);
      const singleLineOnly = iskey || // No block styles in flow mode.
      state.flowLevel > -1 && level >= state.flowLevel;
      function testAmbiguity(string2) {
        return testImplicitResolving(state, string2);
      }
      switch (chooseScalarStyle(
        string,
        singleLineOnly,
        state.indent,
        lineWidth,
        testAmbiguity,
        state.quotingType,
        state.forceQuotes && !iskey,
        inblock
      )) {
        case STYLE_PLAIN:
          return string;
        case STYLE_SINGLE:
          return "'" + string.replace(/'/g, "''") + "'";
        case STYLE_LITERAL:
          return "|" + blockHeader(string, state.indent) + dropEndingNewline(indentString(string, indent));
        case STYLE_FOLDED:
          return ">" + blockHeader(string, state.indent) + dropEndingNewline(indentString(foldString(string, lineWidth), indent));
        case STYLE_DOUBLE:
          return '"' + escapeString(string) + '"';
        default:
          throw new YAMLException2("impossible error: invalid scalar style");
      }
    })();
  }
  function blockHeader(string, indentPerLevel) {
    const indentIndicator = needIndentIndicator(string) ? String(indentPerLevel) : "";
    const clip = string[string.length - 1] === "\n";
    const keep = clip && (string[string.length - 2] === "\n" || string === "\n");
    const chomp = keep ? "+" : clip ? "" : "-";
    return indentIndicator + chomp + "\n";
  }
  function dropEndingNewline(string) {
    return string[string.length - 1] === "\n" ? string.slice(0, -1) : string;
  }
  function foldString(string, width) {
    const lineRe = /(\n+)([^\n]*)/g;
    let result = (function() {
      let nextLF = string.indexOf("\n");
      nextLF = nextLF !== -1 ? nextLF : string.length;
      lineRe.lastIndex = nextLF;
      return foldLine(string.slice(0, nextLF), width);
    })();
    let prevMoreIndented = string[0] === "\n" || string[0] === " ";
    let moreIndented;
    let match;
    while (match = lineRe.exec(string)) {
      const prefix = match[1];
      const line = match[2];
      moreIndented = line[0] === " ";
      result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
      prevMoreIndented = moreIndented;
    }
    return result;
  }
  function foldLine(line, width) {
    if (line === "" || line[0] === " ") return line;
    const breakRe = / [^ ]/g;
    let match;
    let start = 0;
    let end;
    let curr = 0;
    let next = 0;
    let result = "";
    while (match = breakRe.exec(line)) {
      next = match.index;
      if (next - start > width) {
        end = curr > start ? curr : next;
        result += "\n" + line.slice(start, end);
        start = end + 1;
      }
      curr = next;
    }
    result += "\n";
    if (line.length - start > width && curr > start) {
      result += line.slice(start, curr) + "\n" + line.slice(curr + 1);
    } else {
      result += line.slice(start);
    }
    return result.slice(1);
  }
  function escapeString(string) {
    let result = "";
    let char = 0;
    for (let i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
      char = codePointAt(string, i);
      const escapeSeq = ESCAPE_SEQUENCES[char];
      if (!escapeSeq && isPrintable(char)) {
        result += string[i];
        if (char >= 65536) result += string[i + 1];
      } else {
        result += escapeSeq || encodeHex(char);
      }
    }
    return result;
  }
  function writeFlowSequence(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level, value, false, false) || typeof value === "undefined" && writeNode(state, level, null, false, false)) {
        if (_result !== "") _result += "," + (!state.condenseFlow ? " " : "");
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = "[" + _result + "]";
  }
  function writeBlockSequence(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level + 1, value, true, true, false, true) || typeof value === "undefined" && writeNode(state, level + 1, null, true, true, false, true)) {
        if (!compact || _result !== "") {
          _result += generateNextLine(state, level);
        }
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          _result += "-";
        } else {
          _result += "- ";
        }
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = _result || "[]";
  }
  function writeFlowMapping(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (_result !== "") pairBuffer += ", ";
      if (state.condenseFlow) pairBuffer += '"';
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level, objectKey, false, false)) {
        continue;
      }
      if (state.dump.length > 1024) pairBuffer += "? ";
      pairBuffer += state.dump + (state.condenseFlow ? '"' : "") + ":" + (state.condenseFlow ? "" : " ");
      if (!writeNode(state, level, objectValue, false, false)) {
        continue;
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = "{" + _result + "}";
  }
  function writeBlockMapping(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    if (state.sortKeys === true) {
      objectKeyList.sort();
    } else if (typeof state.sortKeys === "function") {
      objectKeyList.sort(state.sortKeys);
    } else if (state.sortKeys) {
      throw new YAMLException2("sortKeys must be a boolean or a function");
    }
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (!compact || _result !== "") {
        pairBuffer += generateNextLine(state, level);
      }
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level + 1, objectKey, true, true, true)) {
        continue;
      }
      const explicitPair = state.tag !== null && state.tag !== "?" || state.dump && state.dump.length > 1024;
      if (explicitPair) {
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          pairBuffer += "?";
        } else {
          pairBuffer += "? ";
        }
      }
      pairBuffer += state.dump;
      if (explicitPair) {
        pairBuffer += generateNextLine(state, level);
      }
      if (!writeNode(state, level + 1, objectValue, true, explicitPair)) {
        continue;
      }
      if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
        pairBuffer += ":";
      } else {
        pairBuffer += ": ";
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = _result || "{}";
  }
  function detectType(state, object, explicit) {
    const typeList = explicit ? state.explicitTypes : state.implicitTypes;
    for (let index = 0, length = typeList.length; index < length; index += 1) {
      const type2 = typeList[index];
      if ((type2.instanceOf || type2.predicate) && (!type2.instanceOf || typeof object === "object" && object instanceof type2.instanceOf) && (!type2.predicate || type2.predicate(object))) {
        if (explicit) {
          if (type2.multi && type2.representName) {
            state.tag = type2.representName(object);
          } else {
            state.tag = type2.tag;
          }
        } else {
          state.tag = "?";
        }
        if (type2.represent) {
          const style = state.styleMap[type2.tag] || type2.defaultStyle;
          let _result;
          if (_toString.call(type2.represent) === "[object Function]") {
            _result = type2.represent(object, style);
          } else if (_hasOwnProperty.call(type2.represent, style)) {
            _result = type2.represent[style](object, style);
          } else {
            throw new YAMLException2("!<" + type2.tag + '> tag resolver accepts not "' + style + '" style');
          }
          state.dump = _result;
        }
        return true;
      }
    }
    return false;
  }
  function writeNode(state, level, object, block, compact, iskey, isblockseq) {
    state.tag = null;
    state.dump = object;
    if (!detectType(state, object, false)) {
      detectType(state, object, true);
    }
    const type2 = _toString.call(state.dump);
    const inblock = block;
    if (block) {
      block = state.flowLevel < 0 || state.flowLevel > level;
    }
    const objectOrArray = type2 === "[object Object]" || type2 === "[object Array]";
    let duplicateIndex;
    let duplicate;
    if (objectOrArray) {
      duplicateIndex = state.duplicates.indexOf(object);
      duplicate = duplicateIndex !== -1;
    }
    if (state.tag !== null && state.tag !== "?" || duplicate || state.indent !== 2 && level > 0) {
      compact = false;
    }
    if (duplicate && state.usedDuplicates[duplicateIndex]) {
      state.dump = "*ref_" + duplicateIndex;
    } else {
      if (objectOrArray && duplicate && !state.usedDuplicates[duplicateIndex]) {
        state.usedDuplicates[duplicateIndex] = true;
      }
      if (type2 === "[object Object]") {
        if (block && Object.keys(state.dump).length !== 0) {
          writeBlockMapping(state, level, state.dump, compact);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowMapping(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object Array]") {
        if (block && state.dump.length !== 0) {
          if (state.noArrayIndent && !isblockseq && level > 0) {
            writeBlockSequence(state, level - 1, state.dump, compact);
          } else {
            writeBlockSequence(state, level, state.dump, compact);
          }
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowSequence(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object String]") {
        if (state.tag !== "?") {
          writeScalar(state, state.dump, level, iskey, inblock);
        }
      } else if (type2 === "[object Undefined]") {
        return false;
      } else {
        if (state.skipInvalid) return false;
        throw new YAMLException2("unacceptable kind of an object to dump " + type2);
      }
      if (state.tag !== null && state.tag !== "?") {
        let tagStr = encodeURI(
          state.tag[0] === "!" ? state.tag.slice(1) : state.tag
        ).replace(/!/g, "%21");
        if (state.tag[0] === "!") {
          tagStr = "!" + tagStr;
        } else if (tagStr.slice(0, 18) === "tag:yaml.org,2002:") {
          tagStr = "!!" + tagStr.slice(18);
        } else {
          tagStr = "!<" + tagStr + ">";
        }
        state.dump = tagStr + " " + state.dump;
      }
    }
    return true;
  }
  function getDuplicateReferences(object, state) {
    const objects = [];
    const duplicatesIndexes = [];
    inspectNode(object, objects, duplicatesIndexes);
    const length = duplicatesIndexes.length;
    for (let index = 0; index < length; index += 1) {
      state.duplicates.push(objects[duplicatesIndexes[index]]);
    }
    state.usedDuplicates = new Array(length);
  }
  function inspectNode(object, objects, duplicatesIndexes) {
    if (object !== null && typeof object === "object") {
      const index = objects.indexOf(object);
      if (index !== -1) {
        if (duplicatesIndexes.indexOf(index) === -1) {
          duplicatesIndexes.push(index);
        }
      } else {
        objects.push(object);
        if (Array.isArray(object)) {
          for (let i = 0, length = object.length; i < length; i += 1) {
            inspectNode(object[i], objects, duplicatesIndexes);
          }
        } else {
          const objectKeyList = Object.keys(object);
          for (let i = 0, length = objectKeyList.length; i < length; i += 1) {
            inspectNode(object[objectKeyList[i]], objects, duplicatesIndexes);
          }
        }
      }
    }
  }
  function dump2(input, options) {
    options = options || {};
    const state = new State(options);
    if (!state.noRefs) getDuplicateReferences(input, state);
    let value = input;
    if (state.replacer) {
      value = state.replacer.call({ "": value }, "", value);
    }
    if (writeNode(state, 0, value, true, true)) return state.dump + "\n";
    return "";
  }
  dumper$1.dump = dump2;
  return dumper$1;
}
var hasRequiredJsYaml$1;
function requireJsYaml$1() {
  if (hasRequiredJsYaml$1) return jsYaml$1;
  hasRequiredJsYaml$1 = 1;
  const loader2 = requireLoader$1();
  const dumper2 = requireDumper$1();
  function renamed(from, to) {
    return function() {
      throw new Error("Function yaml." + from + " is removed in js-yaml 4. Use yaml." + to + " instead, which is now safe by default.");
    };
  }
  jsYaml$1.Type = requireType$1();
  jsYaml$1.Schema = requireSchema$1();
  jsYaml$1.FAILSAFE_SCHEMA = requireFailsafe$1();
  jsYaml$1.JSON_SCHEMA = requireJson$1();
  jsYaml$1.CORE_SCHEMA = requireCore$1();
  jsYaml$1.DEFAULT_SCHEMA = require_default$1();
  jsYaml$1.load = loader2.load;
  jsYaml$1.loadAll = loader2.loadAll;
  jsYaml$1.dump = dumper2.dump;
  jsYaml$1.YAMLException = requireException$1();
  jsYaml$1.types = {
    binary: requireBinary$1(),
    float: requireFloat$1(),
    map: requireMap$1(),
    null: require_null$1(),
    pairs: requirePairs$1(),
    set: requireSet$1(),
    timestamp: requireTimestamp$1(),
    bool: requireBool$1(),
    int: requireInt$1(),
    merge: requireMerge$1(),
    omap: requireOmap$1(),
    seq: requireSeq$1(),
    str: requireStr$1()
  };
  jsYaml$1.safeLoad = renamed("safeLoad", "load");
  jsYaml$1.safeLoadAll = renamed("safeLoadAll", "loadAll");
  jsYaml$1.safeDump = renamed("safeDump", "dump");
  return jsYaml$1;
}
var jsYamlExports = requireJsYaml$1();
const yaml = /* @__PURE__ */ getDefaultExportFromCjs(jsYamlExports);
const {
  Type,
  Schema,
  FAILSAFE_SCHEMA,
  JSON_SCHEMA,
  CORE_SCHEMA,
  DEFAULT_SCHEMA,
  load,
  loadAll,
  dump,
  YAMLException,
  types,
  safeLoad,
  safeLoadAll,
  safeDump
} = yaml;

// pnpm-lock.yaml, lockfileVersion 5.x (pnpm 5–7: keys `/name/1.0.0_peer@2`), 6.x (pnpm 8:
// `/name@1.0.0(peer@2)`, importers `{ specifier, version }`) and 9.x (pnpm 9+: `name@1.0.0` in
// `packages`, dependencies in `snapshots`). Read with js-yaml, the YAML parser pnpm itself uses.
// Format: https://github.com/pnpm/spec/tree/master/lockfile
/**
 * Parses a pnpm lockfile into the shared `Lockfile` shape: one package per `packages` key (peer
 * variants folded together), with `importers` (workspace dir → name → package location) and
 * `namedBy` from snapshots/packages dependencies and importers. `file` only names the file in
 * errors. Throws MemgateError on conflict markers, invalid YAML (with its line) or a lockfile
 * version other than 5.x, 6.x, 9.x; never reads anything but `text`.
 */
function parsePnpmLock(text, file) {
    assertNoConflict(text, file);
    let data;
    try {
        data = yaml.load(text);
    }
    catch (error) {
        const mark = error.mark;
        const reason = String(error.reason ?? error.message).split('\n')[0];
        throw lockError(file, `invalid YAML (${reason})`, typeof mark?.line === 'number' ? mark.line + 1 : undefined, error);
    }
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
        throw lockError(file, 'expected a YAML mapping with a lockfileVersion', 1);
    }
    const raw = data.lockfileVersion;
    const major = Math.floor(Number(raw));
    if (major !== 5 && major !== 6 && major !== 9) {
        const at = text.search(/^lockfileVersion:/m);
        throw lockError(file, `unknown lockfileVersion ${JSON.stringify(raw) ?? '(missing)'} (memgate reads pnpm lockfile versions 5.x, 6.x and 9.x)`, at === -1 ? undefined : lineAt(text, at));
    }
    const keyOf = (name, ref) => locationOf(major, name, ref);
    const byLocation = new Map();
    for (const [key, entry] of Object.entries(data.packages ?? {})) {
        const location = stripPeers(key, major);
        if (byLocation.has(location))
            continue;
        const pkg = packageAt(location, entry ?? {}, major);
        byLocation.set(location, pkg);
    }
    const link = (parent, deps) => {
        for (const [name, ref] of Object.entries(deps ?? {})) {
            const child = byLocation.get(keyOf(name, ref));
            if (child && !child.namedBy.includes(parent))
                child.namedBy.push(parent);
        }
    };
    const withDeps = major === 9 ? (data.snapshots ?? {}) : (data.packages ?? {});
    for (const [key, entry] of Object.entries(withDeps)) {
        const parent = byLocation.get(stripPeers(key, major));
        if (!parent || !entry)
            continue;
        link(parent.name, { ...entry.optionalDependencies, ...entry.dependencies });
    }
    // A single-project v5 lockfile keeps the root importer's fields at the top level.
    const importersIn = data.importers ?? { '.': data };
    const importers = {};
    for (const [dir, importer] of Object.entries(importersIn)) {
        const key = dir === '.' ? '' : dir.replace(/^\.\//, '');
        const names = {};
        for (const section of [importer?.devDependencies, importer?.optionalDependencies, importer?.dependencies]) {
            for (const [name, value] of Object.entries(section ?? {})) {
                const ref = typeof value === 'string' ? value : (value?.version ?? '');
                const location = ref.startsWith('link:') ? linkLocation(byLocation, name, ref) : keyOf(name, ref);
                names[name] = location;
            }
        }
        importers[key] = names;
        link(`workspace:${key}`, Object.fromEntries(Object.entries(names).map(([name]) => [name, refFor(importer, name)])));
    }
    return { kind: 'pnpm', file, lockfileVersion: String(raw), packages: [...byLocation.values()], importers };
}
function refFor(importer, name) {
    const value = importer.dependencies?.[name] ?? importer.optionalDependencies?.[name] ?? importer.devDependencies?.[name];
    return typeof value === 'string' ? value : (value?.version ?? '');
}
/** A workspace or directory link gets its own package, so manifests can name it. */
function linkLocation(byLocation, name, ref) {
    if (!byLocation.has(ref)) {
        byLocation.set(ref, { name, version: ref, source: 'link', reference: ref, location: ref, namedBy: [] });
    }
    return ref;
}
/** The `packages` key a dependency reference points at, in each version's spelling. */
function locationOf(major, name, ref) {
    const plain = /^\d/.test(ref);
    if (major === 9) {
        if (plain || /^[a-z+]+:/.test(ref))
            return stripPeers(`${name}@${ref}`, 9);
        return stripPeers(ref, 9); // an alias: `real-name@1.0.0`
    }
    if (major === 6)
        return plain ? stripPeers(`/${name}@${ref}`, 6) : stripPeers(ref, 6);
    return plain ? stripPeers(`/${name}/${ref}`, 5) : stripPeers(ref, 5);
}
/** Folds peer-dependency variants: `(peer@1)` suffixes (v6, v9) or `_peer@1` (v5). */
function stripPeers(key, major) {
    if (major === 5) {
        const slash = key.lastIndexOf('/');
        const underscore = key.indexOf('_', slash + 1);
        return underscore === -1 ? key : key.slice(0, underscore);
    }
    const paren = key.indexOf('(');
    return paren === -1 ? key : key.slice(0, paren);
}
function packageAt(location, entry, major) {
    const spec = location.startsWith('/') ? location.slice(1) : location;
    let name;
    let ref;
    if (major === 5 && location.startsWith('/')) {
        const cut = spec.lastIndexOf('/');
        name = spec.slice(0, cut);
        ref = spec.slice(cut + 1);
    }
    else if (/^[a-z+]+:|^[\w.-]+\.[a-z]+\//.test(spec)) {
        // Keys of tarballs, directories and git hosts (`file:x.tgz`, `github.com/u/r/sha`) carry no name.
        name = entry.name ?? spec;
        ref = spec;
    }
    else {
        name = descriptorName(spec);
        ref = spec.slice(name.length + 1);
    }
    if (entry.name)
        name = entry.name;
    let source = 'registry';
    let reference;
    const resolution = entry.resolution ?? {};
    if (resolution.type === 'git' || resolution.repo) {
        source = 'git';
        reference = `${resolution.repo ?? ref}#${resolution.commit ?? ''}`;
    }
    else if (resolution.directory) {
        source = 'file';
        reference = `file:${resolution.directory}`;
    }
    else if (!/^\d/.test(ref)) {
        reference = ref;
        source = sourceOf(ref);
        if (source === 'registry')
            source = 'tarball';
    }
    else if (resolution.tarball && !/\/-\/[^/]+\.tgz$/.test(resolution.tarball)) {
        reference = resolution.tarball;
        source = sourceOf(reference);
        if (source === 'registry')
            source = 'tarball';
    }
    const pkg = { name, version: entry.version ?? ref, source, location, namedBy: [] };
    if (reference !== undefined)
        pkg.reference = reference;
    const origin = originOf(resolution.tarball, resolution.repo, resolution.commit, resolution.integrity);
    if (origin)
        pkg.origin = origin;
    if (entry.dev === true)
        pkg.dev = true;
    if (entry.optional === true)
        pkg.optional = true;
    return pkg;
}

var lib = {};

var shell$1 = {};

/*
 * Generated by PEG.js 0.10.0.
 *
 * http://pegjs.org/
 */

var shell;
var hasRequiredShell$1;

function requireShell$1 () {
	if (hasRequiredShell$1) return shell;
	hasRequiredShell$1 = 1;

	function peg$subclass(child, parent) {
	  function ctor() { this.constructor = child; }
	  ctor.prototype = parent.prototype;
	  child.prototype = new ctor();
	}

	function peg$SyntaxError(message, expected, found, location) {
	  this.message  = message;
	  this.expected = expected;
	  this.found    = found;
	  this.location = location;
	  this.name     = "SyntaxError";

	  if (typeof Error.captureStackTrace === "function") {
	    Error.captureStackTrace(this, peg$SyntaxError);
	  }
	}

	peg$subclass(peg$SyntaxError, Error);

	peg$SyntaxError.buildMessage = function(expected, found) {
	  var DESCRIBE_EXPECTATION_FNS = {
	        literal: function(expectation) {
	          return "\"" + literalEscape(expectation.text) + "\"";
	        },

	        "class": function(expectation) {
	          var escapedParts = "",
	              i;

	          for (i = 0; i < expectation.parts.length; i++) {
	            escapedParts += expectation.parts[i] instanceof Array
	              ? classEscape(expectation.parts[i][0]) + "-" + classEscape(expectation.parts[i][1])
	              : classEscape(expectation.parts[i]);
	          }

	          return "[" + (expectation.inverted ? "^" : "") + escapedParts + "]";
	        },

	        any: function(expectation) {
	          return "any character";
	        },

	        end: function(expectation) {
	          return "end of input";
	        },

	        other: function(expectation) {
	          return expectation.description;
	        }
	      };

	  function hex(ch) {
	    return ch.charCodeAt(0).toString(16).toUpperCase();
	  }

	  function literalEscape(s) {
	    return s
	      .replace(/\\/g, '\\\\')
	      .replace(/"/g,  '\\"')
	      .replace(/\0/g, '\\0')
	      .replace(/\t/g, '\\t')
	      .replace(/\n/g, '\\n')
	      .replace(/\r/g, '\\r')
	      .replace(/[\x00-\x0F]/g,          function(ch) { return '\\x0' + hex(ch); })
	      .replace(/[\x10-\x1F\x7F-\x9F]/g, function(ch) { return '\\x'  + hex(ch); });
	  }

	  function classEscape(s) {
	    return s
	      .replace(/\\/g, '\\\\')
	      .replace(/\]/g, '\\]')
	      .replace(/\^/g, '\\^')
	      .replace(/-/g,  '\\-')
	      .replace(/\0/g, '\\0')
	      .replace(/\t/g, '\\t')
	      .replace(/\n/g, '\\n')
	      .replace(/\r/g, '\\r')
	      .replace(/[\x00-\x0F]/g,          function(ch) { return '\\x0' + hex(ch); })
	      .replace(/[\x10-\x1F\x7F-\x9F]/g, function(ch) { return '\\x'  + hex(ch); });
	  }

	  function describeExpectation(expectation) {
	    return DESCRIBE_EXPECTATION_FNS[expectation.type](expectation);
	  }

	  function describeExpected(expected) {
	    var descriptions = new Array(expected.length),
	        i, j;

	    for (i = 0; i < expected.length; i++) {
	      descriptions[i] = describeExpectation(expected[i]);
	    }

	    descriptions.sort();

	    if (descriptions.length > 0) {
	      for (i = 1, j = 1; i < descriptions.length; i++) {
	        if (descriptions[i - 1] !== descriptions[i]) {
	          descriptions[j] = descriptions[i];
	          j++;
	        }
	      }
	      descriptions.length = j;
	    }

	    switch (descriptions.length) {
	      case 1:
	        return descriptions[0];

	      case 2:
	        return descriptions[0] + " or " + descriptions[1];

	      default:
	        return descriptions.slice(0, -1).join(", ")
	          + ", or "
	          + descriptions[descriptions.length - 1];
	    }
	  }

	  function describeFound(found) {
	    return found ? "\"" + literalEscape(found) + "\"" : "end of input";
	  }

	  return "Expected " + describeExpected(expected) + " but " + describeFound(found) + " found.";
	};

	function peg$parse(input, options) {
	  options = options !== void 0 ? options : {};

	  var peg$FAILED = {},

	      peg$startRuleFunctions = { Start: peg$parseStart },
	      peg$startRuleFunction  = peg$parseStart,

	      peg$c0 = function(line) { return line ? line : [] },
	      peg$c1 = function(command, type, then) { return [ { command, type } ].concat(then || []) },
	      peg$c2 = function(command, type) { return [ { command, type: type || ';' } ] },
	      peg$c3 = function(then) { return then },
	      peg$c4 = ";",
	      peg$c5 = peg$literalExpectation(";", false),
	      peg$c6 = "&",
	      peg$c7 = peg$literalExpectation("&", false),
	      peg$c8 = function(chain, then) { return then ? { chain, then } : { chain } },
	      peg$c9 = function(type, then) { return { type, line: then } },
	      peg$c10 = "&&",
	      peg$c11 = peg$literalExpectation("&&", false),
	      peg$c12 = "||",
	      peg$c13 = peg$literalExpectation("||", false),
	      peg$c14 = function(main, then) { return then ? { ...main, then } : main },
	      peg$c15 = function(type, then) { return { type, chain: then } },
	      peg$c16 = "|&",
	      peg$c17 = peg$literalExpectation("|&", false),
	      peg$c18 = "|",
	      peg$c19 = peg$literalExpectation("|", false),
	      peg$c20 = "=",
	      peg$c21 = peg$literalExpectation("=", false),
	      peg$c22 = function(name, arg) { return { name, args: [arg] } },
	      peg$c23 = function(name) { return { name, args: [] } },
	      peg$c24 = "(",
	      peg$c25 = peg$literalExpectation("(", false),
	      peg$c26 = ")",
	      peg$c27 = peg$literalExpectation(")", false),
	      peg$c28 = function(subshell, args) { return { type: `subshell`, subshell, args } },
	      peg$c29 = "{",
	      peg$c30 = peg$literalExpectation("{", false),
	      peg$c31 = "}",
	      peg$c32 = peg$literalExpectation("}", false),
	      peg$c33 = function(group, args) { return { type: `group`, group, args } },
	      peg$c34 = function(envs, args) { return { type: `command`, args, envs } },
	      peg$c35 = function(envs) { return { type: `envs`, envs } },
	      peg$c36 = function(args) { return args },
	      peg$c37 = function(arg) { return arg },
	      peg$c38 = /^[0-9]/,
	      peg$c39 = peg$classExpectation([["0", "9"]], false, false),
	      peg$c40 = function(fd, redirect, arg) { return { type: `redirection`, subtype: redirect, fd: fd !== null ? parseInt(fd) : null, args: [arg] } },
	      peg$c41 = ">>",
	      peg$c42 = peg$literalExpectation(">>", false),
	      peg$c43 = ">&",
	      peg$c44 = peg$literalExpectation(">&", false),
	      peg$c45 = ">",
	      peg$c46 = peg$literalExpectation(">", false),
	      peg$c47 = "<<<",
	      peg$c48 = peg$literalExpectation("<<<", false),
	      peg$c49 = "<&",
	      peg$c50 = peg$literalExpectation("<&", false),
	      peg$c51 = "<",
	      peg$c52 = peg$literalExpectation("<", false),
	      peg$c53 = function(segments) { return { type: `argument`, segments: [].concat(... segments) } },
	      peg$c54 = function(string) { return string },
	      peg$c55 = "$'",
	      peg$c56 = peg$literalExpectation("$'", false),
	      peg$c57 = "'",
	      peg$c58 = peg$literalExpectation("'", false),
	      peg$c59 = function(text) { return [ { type: `text`, text } ] },
	      peg$c60 = "\"\"",
	      peg$c61 = peg$literalExpectation("\"\"", false),
	      peg$c62 = function() { return { type: `text`, text: `` } },
	      peg$c63 = "\"",
	      peg$c64 = peg$literalExpectation("\"", false),
	      peg$c65 = function(segments) { return segments },
	      peg$c66 = function(arithmetic) { return { type: `arithmetic`, arithmetic, quoted: true} },
	      peg$c67 = function(shell) { return { type: `shell`, shell, quoted: true } },
	      peg$c68 = function(variable) { return { type: `variable`, ...variable, quoted: true } },
	      peg$c69 = function(text) { return { type: `text`, text } },
	      peg$c70 = function(arithmetic) { return { type: `arithmetic`, arithmetic, quoted: false} },
	      peg$c71 = function(shell) { return { type: `shell`, shell, quoted: false } },
	      peg$c72 = function(variable) { return { type: `variable`, ...variable, quoted: false } },
	      peg$c73 = function(pattern) { return { type: `glob`, pattern } },
	      peg$c74 = /^[^']/,
	      peg$c75 = peg$classExpectation(["'"], true, false),
	      peg$c76 = function(chars) { return chars.join(``) },
	      peg$c77 = /^[^$"]/,
	      peg$c78 = peg$classExpectation(["$", "\""], true, false),
	      peg$c79 = "\\\n",
	      peg$c80 = peg$literalExpectation("\\\n", false),
	      peg$c81 = function() { return `` },
	      peg$c82 = "\\",
	      peg$c83 = peg$literalExpectation("\\", false),
	      peg$c84 = /^[\\$"`]/,
	      peg$c85 = peg$classExpectation(["\\", "$", "\"", "`"], false, false),
	      peg$c86 = function(c) { return c },
	      peg$c87 = "\\a",
	      peg$c88 = peg$literalExpectation("\\a", false),
	      peg$c89 = function() { return '\a' },
	      peg$c90 = "\\b",
	      peg$c91 = peg$literalExpectation("\\b", false),
	      peg$c92 = function() { return '\b' },
	      peg$c93 = /^[Ee]/,
	      peg$c94 = peg$classExpectation(["E", "e"], false, false),
	      peg$c95 = function() { return '\x1b' },
	      peg$c96 = "\\f",
	      peg$c97 = peg$literalExpectation("\\f", false),
	      peg$c98 = function() { return '\f' },
	      peg$c99 = "\\n",
	      peg$c100 = peg$literalExpectation("\\n", false),
	      peg$c101 = function() { return '\n' },
	      peg$c102 = "\\r",
	      peg$c103 = peg$literalExpectation("\\r", false),
	      peg$c104 = function() { return '\r' },
	      peg$c105 = "\\t",
	      peg$c106 = peg$literalExpectation("\\t", false),
	      peg$c107 = function() { return '\t' },
	      peg$c108 = "\\v",
	      peg$c109 = peg$literalExpectation("\\v", false),
	      peg$c110 = function() { return '\v' },
	      peg$c111 = /^[\\'"?]/,
	      peg$c112 = peg$classExpectation(["\\", "'", "\"", "?"], false, false),
	      peg$c113 = function(c) { return String.fromCharCode(parseInt(c, 16)) },
	      peg$c114 = "\\x",
	      peg$c115 = peg$literalExpectation("\\x", false),
	      peg$c116 = "\\u",
	      peg$c117 = peg$literalExpectation("\\u", false),
	      peg$c118 = "\\U",
	      peg$c119 = peg$literalExpectation("\\U", false),
	      peg$c120 = function(c) { return String.fromCodePoint(parseInt(c, 16)) },
	      peg$c121 = /^[0-7]/,
	      peg$c122 = peg$classExpectation([["0", "7"]], false, false),
	      peg$c123 = /^[0-9a-fA-f]/,
	      peg$c124 = peg$classExpectation([["0", "9"], ["a", "f"], ["A", "f"]], false, false),
	      peg$c125 = peg$anyExpectation(),
	      peg$c126 = "{}",
	      peg$c127 = peg$literalExpectation("{}", false),
	      peg$c128 = function() { return '{}' },
	      peg$c129 = "-",
	      peg$c130 = peg$literalExpectation("-", false),
	      peg$c131 = "+",
	      peg$c132 = peg$literalExpectation("+", false),
	      peg$c133 = ".",
	      peg$c134 = peg$literalExpectation(".", false),
	      peg$c135 = function(sign, left, right) { return { type: `number`, value: (sign === '-' ? -1 : 1) * parseFloat(left.join(``) + `.` + right.join(``)) } },
	      peg$c136 = function(sign, value) { return { type: `number`, value: (sign === '-' ? -1 : 1) *  parseInt(value.join(``)) } },
	      peg$c137 = function(variable) { return { type: `variable`, ...variable } },
	      peg$c138 = function(name) { return { type: `variable`, name } },
	      peg$c139 = function(value) { return value },
	      peg$c140 = "*",
	      peg$c141 = peg$literalExpectation("*", false),
	      peg$c142 = "/",
	      peg$c143 = peg$literalExpectation("/", false),
	      peg$c144 = function(left, op, right) { return { type: op === `*` ? `multiplication` : `division`, right } },
	      peg$c145 = function(left, rest) {
	          return rest.reduce((left, right) => ({ left, ...right }), left)
	        },
	      peg$c146 = function(left, op, right) { return { type: op === `+` ? `addition` : `subtraction`, right } },
	      peg$c147 = "$((",
	      peg$c148 = peg$literalExpectation("$((", false),
	      peg$c149 = "))",
	      peg$c150 = peg$literalExpectation("))", false),
	      peg$c151 = function(arithmetic) { return arithmetic },
	      peg$c152 = "$(",
	      peg$c153 = peg$literalExpectation("$(", false),
	      peg$c154 = function(command) { return command },
	      peg$c155 = "${",
	      peg$c156 = peg$literalExpectation("${", false),
	      peg$c157 = ":-",
	      peg$c158 = peg$literalExpectation(":-", false),
	      peg$c159 = function(name, arg) { return { name, defaultValue: arg } },
	      peg$c160 = ":-}",
	      peg$c161 = peg$literalExpectation(":-}", false),
	      peg$c162 = function(name) { return { name, defaultValue: [] } },
	      peg$c163 = ":+",
	      peg$c164 = peg$literalExpectation(":+", false),
	      peg$c165 = function(name, arg) { return { name, alternativeValue: arg } },
	      peg$c166 = ":+}",
	      peg$c167 = peg$literalExpectation(":+}", false),
	      peg$c168 = function(name) { return { name, alternativeValue: [] } },
	      peg$c169 = function(name) { return { name } },
	      peg$c170 = "$",
	      peg$c171 = peg$literalExpectation("$", false),
	      peg$c172 = function(pattern) { return options.isGlobPattern(pattern) },
	      peg$c173 = function(pattern) { return pattern },
	      peg$c174 = /^[a-zA-Z0-9_]/,
	      peg$c175 = peg$classExpectation([["a", "z"], ["A", "Z"], ["0", "9"], "_"], false, false),
	      peg$c176 = function() { return text() },
	      peg$c177 = /^[$@*?#a-zA-Z0-9_\-]/,
	      peg$c178 = peg$classExpectation(["$", "@", "*", "?", "#", ["a", "z"], ["A", "Z"], ["0", "9"], "_", "-"], false, false),
	      peg$c179 = /^[()}<>$|&; \t"']/,
	      peg$c180 = peg$classExpectation(["(", ")", "}", "<", ">", "$", "|", "&", ";", " ", "\t", "\"", "'"], false, false),
	      peg$c181 = /^[<>&; \t"']/,
	      peg$c182 = peg$classExpectation(["<", ">", "&", ";", " ", "\t", "\"", "'"], false, false),
	      peg$c183 = /^[ \t]/,
	      peg$c184 = peg$classExpectation([" ", "\t"], false, false),

	      peg$currPos          = 0,
	      peg$savedPos         = 0,
	      peg$posDetailsCache  = [{ line: 1, column: 1 }],
	      peg$maxFailPos       = 0,
	      peg$maxFailExpected  = [],
	      peg$silentFails      = 0,

	      peg$result;

	  if ("startRule" in options) {
	    if (!(options.startRule in peg$startRuleFunctions)) {
	      throw new Error("Can't start parsing from rule \"" + options.startRule + "\".");
	    }

	    peg$startRuleFunction = peg$startRuleFunctions[options.startRule];
	  }

	  function text() {
	    return input.substring(peg$savedPos, peg$currPos);
	  }

	  function peg$literalExpectation(text, ignoreCase) {
	    return { type: "literal", text: text, ignoreCase: ignoreCase };
	  }

	  function peg$classExpectation(parts, inverted, ignoreCase) {
	    return { type: "class", parts: parts, inverted: inverted, ignoreCase: ignoreCase };
	  }

	  function peg$anyExpectation() {
	    return { type: "any" };
	  }

	  function peg$endExpectation() {
	    return { type: "end" };
	  }

	  function peg$computePosDetails(pos) {
	    var details = peg$posDetailsCache[pos], p;

	    if (details) {
	      return details;
	    } else {
	      p = pos - 1;
	      while (!peg$posDetailsCache[p]) {
	        p--;
	      }

	      details = peg$posDetailsCache[p];
	      details = {
	        line:   details.line,
	        column: details.column
	      };

	      while (p < pos) {
	        if (input.charCodeAt(p) === 10) {
	          details.line++;
	          details.column = 1;
	        } else {
	          details.column++;
	        }

	        p++;
	      }

	      peg$posDetailsCache[pos] = details;
	      return details;
	    }
	  }

	  function peg$computeLocation(startPos, endPos) {
	    var startPosDetails = peg$computePosDetails(startPos),
	        endPosDetails   = peg$computePosDetails(endPos);

	    return {
	      start: {
	        offset: startPos,
	        line:   startPosDetails.line,
	        column: startPosDetails.column
	      },
	      end: {
	        offset: endPos,
	        line:   endPosDetails.line,
	        column: endPosDetails.column
	      }
	    };
	  }

	  function peg$fail(expected) {
	    if (peg$currPos < peg$maxFailPos) { return; }

	    if (peg$currPos > peg$maxFailPos) {
	      peg$maxFailPos = peg$currPos;
	      peg$maxFailExpected = [];
	    }

	    peg$maxFailExpected.push(expected);
	  }

	  function peg$buildStructuredError(expected, found, location) {
	    return new peg$SyntaxError(
	      peg$SyntaxError.buildMessage(expected, found),
	      expected,
	      found,
	      location
	    );
	  }

	  function peg$parseStart() {
	    var s0, s1, s2;

	    s0 = peg$currPos;
	    s1 = [];
	    s2 = peg$parseS();
	    while (s2 !== peg$FAILED) {
	      s1.push(s2);
	      s2 = peg$parseS();
	    }
	    if (s1 !== peg$FAILED) {
	      s2 = peg$parseShellLine();
	      if (s2 === peg$FAILED) {
	        s2 = null;
	      }
	      if (s2 !== peg$FAILED) {
	        peg$savedPos = s0;
	        s1 = peg$c0(s2);
	        s0 = s1;
	      } else {
	        peg$currPos = s0;
	        s0 = peg$FAILED;
	      }
	    } else {
	      peg$currPos = s0;
	      s0 = peg$FAILED;
	    }

	    return s0;
	  }

	  function peg$parseShellLine() {
	    var s0, s1, s2, s3, s4;

	    s0 = peg$currPos;
	    s1 = peg$parseCommandLine();
	    if (s1 !== peg$FAILED) {
	      s2 = [];
	      s3 = peg$parseS();
	      while (s3 !== peg$FAILED) {
	        s2.push(s3);
	        s3 = peg$parseS();
	      }
	      if (s2 !== peg$FAILED) {
	        s3 = peg$parseShellLineType();
	        if (s3 !== peg$FAILED) {
	          s4 = peg$parseShellLineThen();
	          if (s4 === peg$FAILED) {
	            s4 = null;
	          }
	          if (s4 !== peg$FAILED) {
	            peg$savedPos = s0;
	            s1 = peg$c1(s1, s3, s4);
	            s0 = s1;
	          } else {
	            peg$currPos = s0;
	            s0 = peg$FAILED;
	          }
	        } else {
	          peg$currPos = s0;
	          s0 = peg$FAILED;
	        }
	      } else {
	        peg$currPos = s0;
	        s0 = peg$FAILED;
	      }
	    } else {
	      peg$currPos = s0;
	      s0 = peg$FAILED;
	    }
	    if (s0 === peg$FAILED) {
	      s0 = peg$currPos;
	      s1 = peg$parseCommandLine();
	      if (s1 !== peg$FAILED) {
	        s2 = [];
	        s3 = peg$parseS();
	        while (s3 !== peg$FAILED) {
	          s2.push(s3);
	          s3 = peg$parseS();
	        }
	        if (s2 !== peg$FAILED) {
	          s3 = peg$parseShellLineType();
	          if (s3 === peg$FAILED) {
	            s3 = null;
	          }
	          if (s3 !== peg$FAILED) {
	            peg$savedPos = s0;
	            s1 = peg$c2(s1, s3);
	            s0 = s1;
	          } else {
	            peg$currPos = s0;
	            s0 = peg$FAILED;
	          }
	        } else {
	          peg$currPos = s0;
	          s0 = peg$FAILED;
	        }
	      } else {
	        peg$currPos = s0;
	        s0 = peg$FAILED;
	      }
	    }

	    return s0;
	  }

	  function peg$parseShellLineThen() {
	    var s0, s1, s2, s3, s4;

	    s0 = peg$currPos;
	    s1 = [];
	    s2 = peg$parseS();
	    while (s2 !== peg$FAILED) {
	      s1.push(s2);
	      s2 = peg$parseS();
	    }
	    if (s1 !== peg$FAILED) {
	      s2 = peg$parseShellLine();
	      if (s2 !== peg$FAILED) {
	        s3 = [];
	        s4 = peg$parseS();
	        while (s4 !== peg$FAILED) {
	          s3.push(s4);
	          s4 = peg$parseS();
	        }
	        if (s3 !== peg$FAILED) {
	          peg$savedPos = s0;
	          s1 = peg$c3(s2);
	          s0 = s1;
	        } else {
	          peg$currPos = s0;
	          s0 = peg$FAILED;
	        }
	      } else {
	        peg$currPos = s0;
	        s0 = peg$FAILED;
	      }
	    } else {
	      peg$currPos = s0;
	      s0 = peg$FAILED;
	    }

	    return s0;
	  }

	  function peg$parseShellLineType() {
	    var s0;

	    if (input.charCodeAt(peg$currPos) === 59) {
	      s0 = peg$c4;
	      peg$currPos++;
	    } else {
	      s0 = peg$FAILED;
	      if (peg$silentFails === 0) { peg$fail(peg$c5); }
	    }
	    if (s0 === peg$FAILED) {
	      if (input.charCodeAt(peg$currPos) === 38) {
	        s0 = peg$c6;
	        peg$currPos++;
	      } else {
	        s0 = peg$FAILED;
	        if (peg$silentFails === 0) { peg$fail(peg$c7); }
	      }
	    }

	    return s0;
	  }

	  function peg$parseCommandLine() {
	    var s0, s1, s2;

	    s0 = peg$currPos;
	    s1 = peg$parseCommandChain();
	    if (s1 !== peg$FAILED) {
	      s2 = peg$parseCommandLineThen();
	      if (s2 === peg$FAILED) {
	        s2 = null;
	      }
	      if (s2 !== peg$FAILED) {
	        peg$savedPos = s0;
	        s1 = peg$c8(s1, s2);
	        s0 = s1;
	      } else {
	        peg$currPos = s0;
	        s0 = peg$FAILED;
	      }
	    } else {
	      peg$currPos = s0;
	      s0 = peg$FAILED;
	    }

	    return s0;
	  }

	  function peg$parseCommandLineThen() {
	    var s0, s1, s2, s3, s4, s5, s6;

	    s0 = peg$currPos;
	    s1 = [];
	    s2 = peg$parseS();
	    while (s2 !== peg$FAILED) {
	      s1.push(s2);
	      s2 = peg$parseS();
	    }
	    if (s1 !== peg$FAILED) {
	      s2 = peg$parseCommandLineType();
	      if (s2 !== peg$FAILED) {
	        s3 = [];
	        s4 = peg$parseS();
	        while (s4 !== peg$FAILED) {
	          s3.push(s4);
	          s4 = peg$parseS();
	        }
	        if (s3 !== peg$FAILED) {
	          s4 = peg$parseCommandLine();
	          if (s4 !== peg$FAILED) {
	            s5 = [];
	            s6 = peg$parseS();
	            while (s6 !== peg$FAILED) {
	              s5.push(s6);
	              s6 = peg$parseS();
	            }
	            if (s5 !== peg$FAILED) {
	              peg$savedPos = s0;
	              s1 = peg$c9(s2, s4);
	              s0 = s1;
	            } else {
	              peg$currPos = s0;
	              s0 = peg$FAILED;
	            }
	          } else {
	            peg$currPos = s0;
	            s0 = peg$FAILED;
	          }
	        } else {
	          peg$currPos = s0;
	          s0 = peg$FAILED;
	        }
	      } else {
	        peg$currPos = s0;
	        s0 = peg$FAILED;
	      }
	    } else {
	      peg$currPos = s0;
	      s0 = peg$FAILED;
	    }

	    return s0;
	  }

	  function peg$parseCommandLineType() {
	    var s0;

	    if (input.substr(peg$currPos, 2) === peg$c10) {
	      s0 = peg$c10;
	      peg$currPos += 2;
	    } else {
	      s0 = peg$FAILED;
	      if (peg$silentFails === 0) { peg$fail(peg$c11); }
	    }
	    if (s0 === peg$FAILED) {
	      if (input.substr(peg$currPos, 2) === peg$c12) {
	        s0 = peg$c12;
	        peg$currPos += 2;
	      } else {
	        s0 = peg$FAILED;
	        if (peg$silentFails === 0) { peg$fail(peg$c13); }
	      }
	    }

	    return s0;
	  }

	  function peg$parseCommandChain() {
	    var s0, s1, s2;

	    s0 = peg$currPos;
	    s1 = peg$parseCommand();
	    if (s1 !== peg$FAILED) {
	      s2 = peg$parseCommandChainThen();
	      if (s2 === peg$FAILED) {
	        s2 = null;
	      }
	      if (s2 !== peg$FAILED) {
	        peg$savedPos = s0;
	        s1 = peg$c14(s1, s2);
	        s0 = s1;
	      } else {
	        peg$currPos = s0;
	        s0 = peg$FAILED;
	      }
	    } else {
	      peg$currPos = s0;
	      s0 = peg$FAILED;
	    }

	    return s0;
	  }

	  function peg$parseCommandChainThen() {
	    var s0, s1, s2, s3, s4, s5, s6;

	    s0 = peg$currPos;
	    s1 = [];
	    s2 = peg$parseS();
	    while (s2 !== peg$FAILED) {
	      s1.push(s2);
	      s2 = peg$parseS();
	    }
	    if (s1 !== peg$FAILED) {
	      s2 = peg$parseCommandChainType();
	      if (s2 !== peg$FAILED) {
	        s3 = [];
	        s4 = peg$parseS();
	        while (s4 !== peg$FAILED) {
	          s3.push(s4);
	          s4 = peg$parseS();
	        }
	        if (s3 !== peg$FAILED) {
	          s4 = peg$parseCommandChain();
	          if (s4 !== peg$FAILED) {
	            s5 = [];
	            s6 = peg$parseS();
	            while (s6 !== peg$FAILED) {
	              s5.push(s6);
	              s6 = peg$parseS();
	            }
	            if (s5 !== peg$FAILED) {
	              peg$savedPos = s0;
	              s1 = peg$c15(s2, s4);
	              s0 = s1;
	            } else {
	              peg$currPos = s0;
	              s0 = peg$FAILED;
	            }
	          } else {
	            peg$currPos = s0;
	            s0 = peg$FAILED;
	          }
	        } else {
	          peg$currPos = s0;
	          s0 = peg$FAILED;
	        }
	      } else {
	        peg$currPos = s0;
	        s0 = peg$FAILED;
	      }
	    } else {
	      peg$currPos = s0;
	      s0 = peg$FAILED;
	    }

	    return s0;
	  }

	  function peg$parseCommandChainType() {
	    var s0;

	    if (input.substr(peg$currPos, 2) === peg$c16) {
	      s0 = peg$c16;
	      peg$currPos += 2;
	    } else {
	      s0 = peg$FAILED;
	      if (peg$silentFails === 0) { peg$fail(peg$c17); }
	    }
	    if (s0 === peg$FAILED) {
	      if (input.charCodeAt(peg$currPos) === 124) {
	        s0 = peg$c18;
	        peg$currPos++;
	      } else {
	        s0 = peg$FAILED;
	        if (peg$silentFails === 0) { peg$fail(peg$c19); }
	      }
	    }

	    return s0;
	  }

	  function peg$parseVariableAssignment() {
	    var s0, s1, s2, s3, s4, s5;

	    s0 = peg$currPos;
	    s1 = peg$parseEnvVariable();
	    if (s1 !== peg$FAILED) {
	      if (input.charCodeAt(peg$currPos) === 61) {
	        s2 = peg$c20;
	        peg$currPos++;
	      } else {
	        s2 = peg$FAILED;
	        if (peg$silentFails === 0) { peg$fail(peg$c21); }
	      }
	      if (s2 !== peg$FAILED) {
	        s3 = peg$parseStrictValueArgument();
	        if (s3 !== peg$FAILED) {
	          s4 = [];
	          s5 = peg$parseS();
	          while (s5 !== peg$FAILED) {
	            s4.push(s5);
	            s5 = peg$parseS();
	          }
	          if (s4 !== peg$FAILED) {
	            peg$savedPos = s0;
	            s1 = peg$c22(s1, s3);
	            s0 = s1;
	          } else {
	            peg$currPos = s0;
	            s0 = peg$FAILED;
	          }
	        } else {
	          peg$currPos = s0;
	          s0 = peg$FAILED;
	        }
	      } else {
	        peg$currPos = s0;
	        s0 = peg$FAILED;
	      }
	    } else {
	      peg$currPos = s0;
	      s0 = peg$FAILED;
	    }
	    if (s0 === peg$FAILED) {
	      s0 = peg$currPos;
	      s1 = peg$parseEnvVariable();
	      if (s1 !== peg$FAILED) {
	        if (input.charCodeAt(peg$currPos) === 61) {
	          s2 = peg$c20;
	          peg$currPos++;
	        } else {
	          s2 = peg$FAILED;
	          if (peg$silentFails === 0) { peg$fail(peg$c21); }
	        }
	        if (s2 !== peg$FAILED) {
	          s3 = [];
	          s4 = peg$parseS();
	          while (s4 !== peg$FAILED) {
	            s3.push(s4);
	            s4 = peg$parseS();
	          }
	          if (s3 !== peg$FAILED) {
	            peg$savedPos = s0;
	            s1 = peg$c23(s1);
	            s0 = s1;
	          } else {
	            peg$currPos = s0;
	            s0 = peg$FAILED;
	          }
	        } else {
	          peg$currPos = s0;
	          s0 = peg$FAILED;
	        }
	      } else {
	        peg$currPos = s0;
	        s0 = peg$FAILED;
	      }
	    }

	    return s0;
	  }

	  function peg$parseCommand() {
	    var s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10;

	    s0 = peg$currPos;
	    s1 = [];
	    s2 = peg$parseS();
	    while (s2 !== peg$FAILED) {
	      s1.push(s2);
	      s2 = peg$parseS();
	    }
	    if (s1 !== peg$FAILED) {
	      if (input.charCodeAt(peg$currPos) === 40) {
	        s2 = peg$c24;
	        peg$currPos++;
	      } else {
	        s2 = peg$FAILED;
	        if (peg$silentFails === 0) { peg$fail(peg$c25); }
	      }
	      if (s2 !== peg$FAILED) {
	        s3 = [];
	        s4 = peg$parseS();
	        while (s4 !== peg$FAILED) {
	          s3.push(s4);
	          s4 = peg$parseS();
	        }
	        if (s3 !== peg$FAILED) {
	          s4 = peg$parseShellLine();
	          if (s4 !== peg$FAILED) {
	            s5 = [];
	            s6 = peg$parseS();
	            while (s6 !== peg$FAILED) {
	              s5.push(s6);
	              s6 = peg$parseS();
	            }
	            if (s5 !== peg$FAILED) {
	              if (input.charCodeAt(peg$currPos) === 41) {
	                s6 = peg$c26;
	                peg$currPos++;
	              } else {
	                s6 = peg$FAILED;
	                if (peg$silentFails === 0) { peg$fail(peg$c27); }
	              }
	              if (s6 !== peg$FAILED) {
	                s7 = [];
	                s8 = peg$parseS();
	                while (s8 !== peg$FAILED) {
	                  s7.push(s8);
	                  s8 = peg$parseS();
	                }
	                if (s7 !== peg$FAILED) {
	                  s8 = [];
	                  s9 = peg$parseRedirectArgument();
	                  while (s9 !== peg$FAILED) {
	                    s8.push(s9);
	                    s9 = peg$parseRedirectArgument();
	                  }
	                  if (s8 !== peg$FAILED) {
	                    s9 = [];
	                    s10 = peg$parseS();
	                    while (s10 !== peg$FAILED) {
	                      s9.push(s10);
	                      s10 = peg$parseS();
	                    }
	                    if (s9 !== peg$FAILED) {
	                      peg$savedPos = s0;
	                      s1 = peg$c28(s4, s8);
	                      s0 = s1;
	                    } else {
	                      peg$currPos = s0;
	                      s0 = peg$FAILED;
	                    }
	                  } else {
	                    peg$currPos = s0;
	                    s0 = peg$FAILED;
	                  }
	                } else {
	                  peg$currPos = s0;
	                  s0 = peg$FAILED;
	                }
	              } else {
	                peg$currPos = s0;
	                s0 = peg$FAILED;
	              }
	            } else {
	              peg$currPos = s0;
	              s0 = peg$FAILED;
	            }
	          } else {
	            peg$currPos = s0;
	            s0 = peg$FAILED;
	          }
	        } else {
	          peg$currPos = s0;
	          s0 = peg$FAILED;
	        }
	      } else {
	        peg$currPos = s0;
	        s0 = peg$FAILED;
	      }
	    } else {
	      peg$currPos = s0;
	      s0 = peg$FAILED;
	    }
	    if (s0 === peg$FAILED) {
	      s0 = peg$currPos;
	      s1 = [];
	      s2 = peg$parseS();
	      while (s2 !== peg$FAILED) {
	        s1.push(s2);
	        s2 = peg$parseS();
	      }
	      if (s1 !== peg$FAILED) {
	        if (input.charCodeAt(peg$currPos) === 123) {
	          s2 = peg$c29;
	          peg$currPos++;
	        } else {
	          s2 = peg$FAILED;
	          if (peg$silentFails === 0) { peg$fail(peg$c30); }
	        }
	        if (s2 !== peg$FAILED) {
	          s3 = [];
	          s4 = peg$parseS();
	          while (s4 !== peg$FAILED) {
	            s3.push(s4);
	            s4 = peg$parseS();
	          }
	          if (s3 !== peg$FAILED) {
	            s4 = peg$parseShellLine();
	            if (s4 !== peg$FAILED) {
	              s5 = [];
	              s6 = peg$parseS();
	              while (s6 !== peg$FAILED) {
	                s5.push(s6);
	                s6 = peg$parseS();
	              }
	              if (s5 !== peg$FAILED) {
	                if (input.charCodeAt(peg$currPos) === 125) {
	                  s6 = peg$c31;
	                  peg$currPos++;
	                } else {
	                  s6 = peg$FAILED;
	                  if (peg$silentFails === 0) { peg$fail(peg$c32); }
	                }
	                if (s6 !== peg$FAILED) {
	                  s7 = [];
	                  s8 = peg$parseS();
	                  while (s8 !== peg$FAILED) {
	                    s7.push(s8);
	                    s8 = peg$parseS();
	                  }
	                  if (s7 !== peg$FAILED) {
	                    s8 = [];
	                    s9 = peg$parseRedirectArgument();
	                    while (s9 !== peg$FAILED) {
	                      s8.push(s9);
	                      s9 = peg$parseRedirectArgument();
	                    }
	                    if (s8 !== peg$FAILED) {
	                      s9 = [];
	                      s10 = peg$parseS();
	                      while (s10 !== peg$FAILED) {
	                        s9.push(s10);
	                        s10 = peg$parseS();
	                      }
	                      if (s9 !== peg$FAILED) {
	                        peg$savedPos = s0;
	                        s1 = peg$c33(s4, s8);
	                        s0 = s1;
	                      } else {
	                        peg$currPos = s0;
	                        s0 = peg$FAILED;
	                      }
	                    } else {
	                      peg$currPos = s0;
	                      s0 = peg$FAILED;
	                    }
	                  } else {
	                    peg$currPos = s0;
	                    s0 = peg$FAILED;
	                  }
	                } else {
	                  peg$currPos = s0;
	                  s0 = peg$FAILED;
	                }
	              } else {
	                peg$currPos = s0;
	                s0 = peg$FAILED;
	              }
	            } else {
	              peg$currPos = s0;
	              s0 = peg$FAILED;
	            }
	          } else {
	            peg$currPos = s0;
	            s0 = peg$FAILED;
	          }
	        } else {
	          peg$currPos = s0;
	          s0 = peg$FAILED;
	        }
	      } else {
	        peg$currPos = s0;
	        s0 = peg$FAILED;
	      }
	      if (s0 === peg$FAILED) {
	        s0 = peg$currPos;
	        s1 = [];
	        s2 = peg$parseS();
	        while (s2 !== peg$FAILED) {
	          s1.push(s2);
	          s2 = peg$parseS();
	        }
	        if (s1 !== peg$FAILED) {
	          s2 = [];
	          s3 = peg$parseVariableAssignment();
	          while (s3 !== peg$FAILED) {
	            s2.push(s3);
	            s3 = peg$parseVariableAssignment();
	          }
	          if (s2 !== peg$FAILED) {
	            s3 = [];
	            s4 = peg$parseS();
	            while (s4 !== peg$FAILED) {
	              s3.push(s4);
	              s4 = peg$parseS();
	            }
	            if (s3 !== peg$FAILED) {
	              s4 = [];
	              s5 = peg$parseArgument();
	              if (s5 !== peg$FAILED) {
	                while (s5 !== peg$FAILED) {
	                  s4.push(s5);
	                  s5 = peg$parseArgument();
	                }
	              } else {
	                s4 = peg$FAILED;
	              }
	              if (s4 !== peg$FAILED) {
	                s5 = [];
	                s6 = peg$parseS();
	                while (s6 !== peg$FAILED) {
	                  s5.push(s6);
	                  s6 = peg$parseS();
	                }
	                if (s5 !== peg$FAILED) {
	                  peg$savedPos = s0;
	                  s1 = peg$c34(s2, s4);
	                  s0 = s1;
	                } else {
	                  peg$currPos = s0;
	                  s0 = peg$FAILED;
	                }
	              } else {
	                peg$currPos = s0;
	                s0 = peg$FAILED;
	              }
	            } else {
	              peg$currPos = s0;
	              s0 = peg$FAILED;
	            }
	          } else {
	            peg$currPos = s0;
	            s0 = peg$FAILED;
	          }
	        } else {
	          peg$currPos = s0;
	          s0 = peg$FAILED;
	        }
	        if (s0 === peg$FAILED) {
	          s0 = peg$currPos;
	          s1 = [];
	          s2 = peg$parseS();
	          while (s2 !== peg$FAILED) {
	            s1.push(s2);
	            s2 = peg$parseS();
	          }
	          if (s1 !== peg$FAILED) {
	            s2 = [];
	            s3 = peg$parseVariableAssignment();
	            if (s3 !== peg$FAILED) {
	              while (s3 !== peg$FAILED) {
	                s2.push(s3);
	                s3 = peg$parseVariableAssignment();
	              }
	            } else {
	              s2 = peg$FAILED;
	            }
	            if (s2 !== peg$FAILED) {
	              s3 = [];
	              s4 = peg$parseS();
	              while (s4 !== peg$FAILED) {
	                s3.push(s4);
	                s4 = peg$parseS();
	              }
	              if (s3 !== peg$FAILED) {
	                peg$savedPos = s0;
	                s1 = peg$c35(s2);
	                s0 = s1;
	              } else {
	                peg$currPos = s0;
	                s0 = peg$FAILED;
	              }
	            } else {
	              peg$currPos = s0;
	              s0 = peg$FAILED;
	            }
	          } else {
	            peg$currPos = s0;
	            s0 = peg$FAILED;
	          }
	        }
	      }
	    }

	    return s0;
	  }

	  function peg$parseCommandString() {
	    var s0, s1, s2, s3, s4;

	    s0 = peg$currPos;
	    s1 = [];
	    s2 = peg$parseS();
	    while (s2 !== peg$FAILED) {
	      s1.push(s2);
	      s2 = peg$parseS();
	    }
	    if (s1 !== peg$FAILED) {
	      s2 = [];
	      s3 = peg$parseValueArgument();
	      if (s3 !== peg$FAILED) {
	        while (s3 !== peg$FAILED) {
	          s2.push(s3);
	          s3 = peg$parseValueArgument();
	        }
	      } else {
	        s2 = peg$FAILED;
	      }
	      if (s2 !== peg$FAILED) {
	        s3 = [];
	        s4 = peg$parseS();
	        while (s4 !== peg$FAILED) {
	          s3.push(s4);
	          s4 = peg$parseS();
	        }
	        if (s3 !== peg$FAILED) {
	          peg$savedPos = s0;
	          s1 = peg$c36(s2);
	          s0 = s1;
	        } else {
	          peg$currPos = s0;
	          s0 = peg$FAILED;
	        }
	      } else {
	        peg$currPos = s0;
	        s0 = peg$FAILED;
	      }
	    } else {
	      peg$currPos = s0;
	      s0 = peg$FAILED;
	    }

	    return s0;
	  }

	  function peg$parseArgument() {
	    var s0, s1, s2;

	    s0 = peg$currPos;
	    s1 = [];
	    s2 = peg$parseS();
	    while (s2 !== peg$FAILED) {
	      s1.push(s2);
	      s2 = peg$parseS();
	    }
	    if (s1 !== peg$FAILED) {
	      s2 = peg$parseRedirectArgument();
	      if (s2 !== peg$FAILED) {
	        peg$savedPos = s0;
	        s1 = peg$c37(s2);
	        s0 = s1;
	      } else {
	        peg$currPos = s0;
	        s0 = peg$FAILED;
	      }
	    } else {
	      peg$currPos = s0;
	      s0 = peg$FAILED;
	    }
	    if (s0 === peg$FAILED) {
	      s0 = peg$currPos;
	      s1 = [];
	      s2 = peg$parseS();
	      while (s2 !== peg$FAILED) {
	        s1.push(s2);
	        s2 = peg$parseS();
	      }
	      if (s1 !== peg$FAILED) {
	        s2 = peg$parseValueArgument();
	        if (s2 !== peg$FAILED) {
	          peg$savedPos = s0;
	          s1 = peg$c37(s2);
	          s0 = s1;
	        } else {
	          peg$currPos = s0;
	          s0 = peg$FAILED;
	        }
	      } else {
	        peg$currPos = s0;
	        s0 = peg$FAILED;
	      }
	    }

	    return s0;
	  }

	  function peg$parseRedirectArgument() {
	    var s0, s1, s2, s3, s4;

	    s0 = peg$currPos;
	    s1 = [];
	    s2 = peg$parseS();
	    while (s2 !== peg$FAILED) {
	      s1.push(s2);
	      s2 = peg$parseS();
	    }
	    if (s1 !== peg$FAILED) {
	      if (peg$c38.test(input.charAt(peg$currPos))) {
	        s2 = input.charAt(peg$currPos);
	        peg$currPos++;
	      } else {
	        s2 = peg$FAILED;
	        if (peg$silentFails === 0) { peg$fail(peg$c39); }
	      }
	      if (s2 === peg$FAILED) {
	        s2 = null;
	      }
	      if (s2 !== peg$FAILED) {
	        s3 = peg$parseRedirectType();
	        if (s3 !== peg$FAILED) {
	          s4 = peg$parseValueArgument();
	          if (s4 !== peg$FAILED) {
	            peg$savedPos = s0;
	            s1 = peg$c40(s2, s3, s4);
	            s0 = s1;
	          } else {
	            peg$currPos = s0;
	            s0 = peg$FAILED;
	          }
	        } else {
	          peg$currPos = s0;
	          s0 = peg$FAILED;
	        }
	      } else {
	        peg$currPos = s0;
	        s0 = peg$FAILED;
	      }
	    } else {
	      peg$currPos = s0;
	      s0 = peg$FAILED;
	    }

	    return s0;
	  }

	  function peg$parseRedirectType() {
	    var s0;

	    if (input.substr(peg$currPos, 2) === peg$c41) {
	      s0 = peg$c41;
	      peg$currPos += 2;
	    } else {
	      s0 = peg$FAILED;
	      if (peg$silentFails === 0) { peg$fail(peg$c42); }
	    }
	    if (s0 === peg$FAILED) {
	      if (input.substr(peg$currPos, 2) === peg$c43) {
	        s0 = peg$c43;
	        peg$currPos += 2;
	      } else {
	        s0 = peg$FAILED;
	        if (peg$silentFails === 0) { peg$fail(peg$c44); }
	      }
	      if (s0 === peg$FAILED) {
	        if (input.charCodeAt(peg$currPos) === 62) {
	          s0 = peg$c45;
	          peg$currPos++;
	        } else {
	          s0 = peg$FAILED;
	          if (peg$silentFails === 0) { peg$fail(peg$c46); }
	        }
	        if (s0 === peg$FAILED) {
	          if (input.substr(peg$currPos, 3) === peg$c47) {
	            s0 = peg$c47;
	            peg$currPos += 3;
	          } else {
	            s0 = peg$FAILED;
	            if (peg$silentFails === 0) { peg$fail(peg$c48); }
	          }
	          if (s0 === peg$FAILED) {
	            if (input.substr(peg$currPos, 2) === peg$c49) {
	              s0 = peg$c49;
	              peg$currPos += 2;
	            } else {
	              s0 = peg$FAILED;
	              if (peg$silentFails === 0) { peg$fail(peg$c50); }
	            }
	            if (s0 === peg$FAILED) {
	              if (input.charCodeAt(peg$currPos) === 60) {
	                s0 = peg$c51;
	                peg$currPos++;
	              } else {
	                s0 = peg$FAILED;
	                if (peg$silentFails === 0) { peg$fail(peg$c52); }
	              }
	            }
	          }
	        }
	      }
	    }

	    return s0;
	  }

	  function peg$parseValueArgument() {
	    var s0, s1, s2;

	    s0 = peg$currPos;
	    s1 = [];
	    s2 = peg$parseS();
	    while (s2 !== peg$FAILED) {
	      s1.push(s2);
	      s2 = peg$parseS();
	    }
	    if (s1 !== peg$FAILED) {
	      s2 = peg$parseStrictValueArgument();
	      if (s2 !== peg$FAILED) {
	        peg$savedPos = s0;
	        s1 = peg$c37(s2);
	        s0 = s1;
	      } else {
	        peg$currPos = s0;
	        s0 = peg$FAILED;
	      }
	    } else {
	      peg$currPos = s0;
	      s0 = peg$FAILED;
	    }

	    return s0;
	  }

	  function peg$parseStrictValueArgument() {
	    var s0, s1, s2;

	    s0 = peg$currPos;
	    s1 = [];
	    s2 = peg$parseArgumentSegment();
	    if (s2 !== peg$FAILED) {
	      while (s2 !== peg$FAILED) {
	        s1.push(s2);
	        s2 = peg$parseArgumentSegment();
	      }
	    } else {
	      s1 = peg$FAILED;
	    }
	    if (s1 !== peg$FAILED) {
	      peg$savedPos = s0;
	      s1 = peg$c53(s1);
	    }
	    s0 = s1;

	    return s0;
	  }

	  function peg$parseArgumentSegment() {
	    var s0, s1;

	    s0 = peg$currPos;
	    s1 = peg$parseCQuoteString();
	    if (s1 !== peg$FAILED) {
	      peg$savedPos = s0;
	      s1 = peg$c54(s1);
	    }
	    s0 = s1;
	    if (s0 === peg$FAILED) {
	      s0 = peg$currPos;
	      s1 = peg$parseSglQuoteString();
	      if (s1 !== peg$FAILED) {
	        peg$savedPos = s0;
	        s1 = peg$c54(s1);
	      }
	      s0 = s1;
	      if (s0 === peg$FAILED) {
	        s0 = peg$currPos;
	        s1 = peg$parseDblQuoteString();
	        if (s1 !== peg$FAILED) {
	          peg$savedPos = s0;
	          s1 = peg$c54(s1);
	        }
	        s0 = s1;
	        if (s0 === peg$FAILED) {
	          s0 = peg$currPos;
	          s1 = peg$parsePlainString();
	          if (s1 !== peg$FAILED) {
	            peg$savedPos = s0;
	            s1 = peg$c54(s1);
	          }
	          s0 = s1;
	        }
	      }
	    }

	    return s0;
	  }

	  function peg$parseCQuoteString() {
	    var s0, s1, s2, s3;

	    s0 = peg$currPos;
	    if (input.substr(peg$currPos, 2) === peg$c55) {
	      s1 = peg$c55;
	      peg$currPos += 2;
	    } else {
	      s1 = peg$FAILED;
	      if (peg$silentFails === 0) { peg$fail(peg$c56); }
	    }
	    if (s1 !== peg$FAILED) {
	      s2 = peg$parseCQuoteStringText();
	      if (s2 !== peg$FAILED) {
	        if (input.charCodeAt(peg$currPos) === 39) {
	          s3 = peg$c57;
	          peg$currPos++;
	        } else {
	          s3 = peg$FAILED;
	          if (peg$silentFails === 0) { peg$fail(peg$c58); }
	        }
	        if (s3 !== peg$FAILED) {
	          peg$savedPos = s0;
	          s1 = peg$c59(s2);
	          s0 = s1;
	        } else {
	          peg$currPos = s0;
	          s0 = peg$FAILED;
	        }
	      } else {
	        peg$currPos = s0;
	        s0 = peg$FAILED;
	      }
	    } else {
	      peg$currPos = s0;
	      s0 = peg$FAILED;
	    }

	    return s0;
	  }

	  function peg$parseSglQuoteString() {
	    var s0, s1, s2, s3;

	    s0 = peg$currPos;
	    if (input.charCodeAt(peg$currPos) === 39) {
	      s1 = peg$c57;
	      peg$currPos++;
	    } else {
	      s1 = peg$FAILED;
	      if (peg$silentFails === 0) { peg$fail(peg$c58); }
	    }
	    if (s1 !== peg$FAILED) {
	      s2 = peg$parseSglQuoteStringText();
	      if (s2 !== peg$FAILED) {
	        if (input.charCodeAt(peg$currPos) === 39) {
	          s3 = peg$c57;
	          peg$currPos++;
	        } else {
	          s3 = peg$FAILED;
	          if (peg$silentFails === 0) { peg$fail(peg$c58); }
	        }
	        if (s3 !== peg$FAILED) {
	          peg$savedPos = s0;
	          s1 = peg$c59(s2);
	          s0 = s1;
	        } else {
	          peg$currPos = s0;
	          s0 = peg$FAILED;
	        }
	      } else {
	        peg$currPos = s0;
	        s0 = peg$FAILED;
	      }
	    } else {
	      peg$currPos = s0;
	      s0 = peg$FAILED;
	    }

	    return s0;
	  }

	  function peg$parseDblQuoteString() {
	    var s0, s1, s2, s3;

	    s0 = peg$currPos;
	    if (input.substr(peg$currPos, 2) === peg$c60) {
	      s1 = peg$c60;
	      peg$currPos += 2;
	    } else {
	      s1 = peg$FAILED;
	      if (peg$silentFails === 0) { peg$fail(peg$c61); }
	    }
	    if (s1 !== peg$FAILED) {
	      peg$savedPos = s0;
	      s1 = peg$c62();
	    }
	    s0 = s1;
	    if (s0 === peg$FAILED) {
	      s0 = peg$currPos;
	      if (input.charCodeAt(peg$currPos) === 34) {
	        s1 = peg$c63;
	        peg$currPos++;
	      } else {
	        s1 = peg$FAILED;
	        if (peg$silentFails === 0) { peg$fail(peg$c64); }
	      }
	      if (s1 !== peg$FAILED) {
	        s2 = [];
	        s3 = peg$parseDblQuoteStringSegment();
	        while (s3 !== peg$FAILED) {
	          s2.push(s3);
	          s3 = peg$parseDblQuoteStringSegment();
	        }
	        if (s2 !== peg$FAILED) {
	          if (input.charCodeAt(peg$currPos) === 34) {
	            s3 = peg$c63;
	            peg$currPos++;
	          } else {
	            s3 = peg$FAILED;
	            if (peg$silentFails === 0) { peg$fail(peg$c64); }
	          }
	          if (s3 !== peg$FAILED) {
	            peg$savedPos = s0;
	            s1 = peg$c65(s2);
	            s0 = s1;
	          } else {
	            peg$currPos = s0;
	            s0 = peg$FAILED;
	          }
	        } else {
	          peg$currPos = s0;
	          s0 = peg$FAILED;
	        }
	      } else {
	        peg$currPos = s0;
	        s0 = peg$FAILED;
	      }
	    }

	    return s0;
	  }

	  function peg$parsePlainString() {
	    var s0, s1, s2;

	    s0 = peg$currPos;
	    s1 = [];
	    s2 = peg$parsePlainStringSegment();
	    if (s2 !== peg$FAILED) {
	      while (s2 !== peg$FAILED) {
	        s1.push(s2);
	        s2 = peg$parsePlainStringSegment();
	      }
	    } else {
	      s1 = peg$FAILED;
	    }
	    if (s1 !== peg$FAILED) {
	      peg$savedPos = s0;
	      s1 = peg$c65(s1);
	    }
	    s0 = s1;

	    return s0;
	  }

	  function peg$parseDblQuoteStringSegment() {
	    var s0, s1;

	    s0 = peg$currPos;
	    s1 = peg$parseArithmetic();
	    if (s1 !== peg$FAILED) {
	      peg$savedPos = s0;
	      s1 = peg$c66(s1);
	    }
	    s0 = s1;
	    if (s0 === peg$FAILED) {
	      s0 = peg$currPos;
	      s1 = peg$parseSubshell();
	      if (s1 !== peg$FAILED) {
	        peg$savedPos = s0;
	        s1 = peg$c67(s1);
	      }
	      s0 = s1;
	      if (s0 === peg$FAILED) {
	        s0 = peg$currPos;
	        s1 = peg$parseVariable();
	        if (s1 !== peg$FAILED) {
	          peg$savedPos = s0;
	          s1 = peg$c68(s1);
	        }
	        s0 = s1;
	        if (s0 === peg$FAILED) {
	          s0 = peg$currPos;
	          s1 = peg$parseDblQuoteStringText();
	          if (s1 !== peg$FAILED) {
	            peg$savedPos = s0;
	            s1 = peg$c69(s1);
	          }
	          s0 = s1;
	        }
	      }
	    }

	    return s0;
	  }

	  function peg$parsePlainStringSegment() {
	    var s0, s1;

	    s0 = peg$currPos;
	    s1 = peg$parseArithmetic();
	    if (s1 !== peg$FAILED) {
	      peg$savedPos = s0;
	      s1 = peg$c70(s1);
	    }
	    s0 = s1;
	    if (s0 === peg$FAILED) {
	      s0 = peg$currPos;
	      s1 = peg$parseSubshell();
	      if (s1 !== peg$FAILED) {
	        peg$savedPos = s0;
	        s1 = peg$c71(s1);
	      }
	      s0 = s1;
	      if (s0 === peg$FAILED) {
	        s0 = peg$currPos;
	        s1 = peg$parseVariable();
	        if (s1 !== peg$FAILED) {
	          peg$savedPos = s0;
	          s1 = peg$c72(s1);
	        }
	        s0 = s1;
	        if (s0 === peg$FAILED) {
	          s0 = peg$currPos;
	          s1 = peg$parseGlob();
	          if (s1 !== peg$FAILED) {
	            peg$savedPos = s0;
	            s1 = peg$c73(s1);
	          }
	          s0 = s1;
	          if (s0 === peg$FAILED) {
	            s0 = peg$currPos;
	            s1 = peg$parsePlainStringText();
	            if (s1 !== peg$FAILED) {
	              peg$savedPos = s0;
	              s1 = peg$c69(s1);
	            }
	            s0 = s1;
	          }
	        }
	      }
	    }

	    return s0;
	  }

	  function peg$parseSglQuoteStringText() {
	    var s0, s1, s2;

	    s0 = peg$currPos;
	    s1 = [];
	    if (peg$c74.test(input.charAt(peg$currPos))) {
	      s2 = input.charAt(peg$currPos);
	      peg$currPos++;
	    } else {
	      s2 = peg$FAILED;
	      if (peg$silentFails === 0) { peg$fail(peg$c75); }
	    }
	    while (s2 !== peg$FAILED) {
	      s1.push(s2);
	      if (peg$c74.test(input.charAt(peg$currPos))) {
	        s2 = input.charAt(peg$currPos);
	        peg$currPos++;
	      } else {
	        s2 = peg$FAILED;
	        if (peg$silentFails === 0) { peg$fail(peg$c75); }
	      }
	    }
	    if (s1 !== peg$FAILED) {
	      peg$savedPos = s0;
	      s1 = peg$c76(s1);
	    }
	    s0 = s1;

	    return s0;
	  }

	  function peg$parseDblQuoteStringText() {
	    var s0, s1, s2;

	    s0 = peg$currPos;
	    s1 = [];
	    s2 = peg$parseDblQuoteEscapedChar();
	    if (s2 === peg$FAILED) {
	      if (peg$c77.test(input.charAt(peg$currPos))) {
	        s2 = input.charAt(peg$currPos);
	        peg$currPos++;
	      } else {
	        s2 = peg$FAILED;
	        if (peg$silentFails === 0) { peg$fail(peg$c78); }
	      }
	    }
	    if (s2 !== peg$FAILED) {
	      while (s2 !== peg$FAILED) {
	        s1.push(s2);
	        s2 = peg$parseDblQuoteEscapedChar();
	        if (s2 === peg$FAILED) {
	          if (peg$c77.test(input.charAt(peg$currPos))) {
	            s2 = input.charAt(peg$currPos);
	            peg$currPos++;
	          } else {
	            s2 = peg$FAILED;
	            if (peg$silentFails === 0) { peg$fail(peg$c78); }
	          }
	        }
	      }
	    } else {
	      s1 = peg$FAILED;
	    }
	    if (s1 !== peg$FAILED) {
	      peg$savedPos = s0;
	      s1 = peg$c76(s1);
	    }
	    s0 = s1;

	    return s0;
	  }

	  function peg$parseDblQuoteEscapedChar() {
	    var s0, s1, s2;

	    s0 = peg$currPos;
	    if (input.substr(peg$currPos, 2) === peg$c79) {
	      s1 = peg$c79;
	      peg$currPos += 2;
	    } else {
	      s1 = peg$FAILED;
	      if (peg$silentFails === 0) { peg$fail(peg$c80); }
	    }
	    if (s1 !== peg$FAILED) {
	      peg$savedPos = s0;
	      s1 = peg$c81();
	    }
	    s0 = s1;
	    if (s0 === peg$FAILED) {
	      s0 = peg$currPos;
	      if (input.charCodeAt(peg$currPos) === 92) {
	        s1 = peg$c82;
	        peg$currPos++;
	      } else {
	        s1 = peg$FAILED;
	        if (peg$silentFails === 0) { peg$fail(peg$c83); }
	      }
	      if (s1 !== peg$FAILED) {
	        if (peg$c84.test(input.charAt(peg$currPos))) {
	          s2 = input.charAt(peg$currPos);
	          peg$currPos++;
	        } else {
	          s2 = peg$FAILED;
	          if (peg$silentFails === 0) { peg$fail(peg$c85); }
	        }
	        if (s2 !== peg$FAILED) {
	          peg$savedPos = s0;
	          s1 = peg$c86(s2);
	          s0 = s1;
	        } else {
	          peg$currPos = s0;
	          s0 = peg$FAILED;
	        }
	      } else {
	        peg$currPos = s0;
	        s0 = peg$FAILED;
	      }
	    }

	    return s0;
	  }

	  function peg$parseCQuoteStringText() {
	    var s0, s1, s2;

	    s0 = peg$currPos;
	    s1 = [];
	    s2 = peg$parseCQuoteEscapedChar();
	    if (s2 === peg$FAILED) {
	      if (peg$c74.test(input.charAt(peg$currPos))) {
	        s2 = input.charAt(peg$currPos);
	        peg$currPos++;
	      } else {
	        s2 = peg$FAILED;
	        if (peg$silentFails === 0) { peg$fail(peg$c75); }
	      }
	    }
	    while (s2 !== peg$FAILED) {
	      s1.push(s2);
	      s2 = peg$parseCQuoteEscapedChar();
	      if (s2 === peg$FAILED) {
	        if (peg$c74.test(input.charAt(peg$currPos))) {
	          s2 = input.charAt(peg$currPos);
	          peg$currPos++;
	        } else {
	          s2 = peg$FAILED;
	          if (peg$silentFails === 0) { peg$fail(peg$c75); }
	        }
	      }
	    }
	    if (s1 !== peg$FAILED) {
	      peg$savedPos = s0;
	      s1 = peg$c76(s1);
	    }
	    s0 = s1;

	    return s0;
	  }

	  function peg$parseCQuoteEscapedChar() {
	    var s0, s1, s2;

	    s0 = peg$currPos;
	    if (input.substr(peg$currPos, 2) === peg$c87) {
	      s1 = peg$c87;
	      peg$currPos += 2;
	    } else {
	      s1 = peg$FAILED;
	      if (peg$silentFails === 0) { peg$fail(peg$c88); }
	    }
	    if (s1 !== peg$FAILED) {
	      peg$savedPos = s0;
	      s1 = peg$c89();
	    }
	    s0 = s1;
	    if (s0 === peg$FAILED) {
	      s0 = peg$currPos;
	      if (input.substr(peg$currPos, 2) === peg$c90) {
	        s1 = peg$c90;
	        peg$currPos += 2;
	      } else {
	        s1 = peg$FAILED;
	        if (peg$silentFails === 0) { peg$fail(peg$c91); }
	      }
	      if (s1 !== peg$FAILED) {
	        peg$savedPos = s0;
	        s1 = peg$c92();
	      }
	      s0 = s1;
	      if (s0 === peg$FAILED) {
	        s0 = peg$currPos;
	        if (input.charCodeAt(peg$currPos) === 92) {
	          s1 = peg$c82;
	          peg$currPos++;
	        } else {
	          s1 = peg$FAILED;
	          if (peg$silentFails === 0) { peg$fail(peg$c83); }
	        }
	        if (s1 !== peg$FAILED) {
	          if (peg$c93.test(input.charAt(peg$currPos))) {
	            s2 = input.charAt(peg$currPos);
	            peg$currPos++;
	          } else {
	            s2 = peg$FAILED;
	            if (peg$silentFails === 0) { peg$fail(peg$c94); }
	          }
	          if (s2 !== peg$FAILED) {
	            peg$savedPos = s0;
	            s1 = peg$c95();
	            s0 = s1;
	          } else {
	            peg$currPos = s0;
	            s0 = peg$FAILED;
	          }
	        } else {
	          peg$currPos = s0;
	          s0 = peg$FAILED;
	        }
	        if (s0 === peg$FAILED) {
	          s0 = peg$currPos;
	          if (input.substr(peg$currPos, 2) === peg$c96) {
	            s1 = peg$c96;
	            peg$currPos += 2;
	          } else {
	            s1 = peg$FAILED;
	            if (peg$silentFails === 0) { peg$fail(peg$c97); }
	          }
	          if (s1 !== peg$FAILED) {
	            peg$savedPos = s0;
	            s1 = peg$c98();
	          }
	          s0 = s1;
	          if (s0 === peg$FAILED) {
	            s0 = peg$currPos;
	            if (input.substr(peg$currPos, 2) === peg$c99) {
	              s1 = peg$c99;
	              peg$currPos += 2;
	            } else {
	              s1 = peg$FAILED;
	              if (peg$silentFails === 0) { peg$fail(peg$c100); }
	            }
	            if (s1 !== peg$FAILED) {
	              peg$savedPos = s0;
	              s1 = peg$c101();
	            }
	            s0 = s1;
	            if (s0 === peg$FAILED) {
	              s0 = peg$currPos;
	              if (input.substr(peg$currPos, 2) === peg$c102) {
	                s1 = peg$c102;
	                peg$currPos += 2;
	              } else {
	                s1 = peg$FAILED;
	                if (peg$silentFails === 0) { peg$fail(peg$c103); }
	              }
	              if (s1 !== peg$FAILED) {
	                peg$savedPos = s0;
	                s1 = peg$c104();
	              }
	              s0 = s1;
	              if (s0 === peg$FAILED) {
	                s0 = peg$currPos;
	                if (input.substr(peg$currPos, 2) === peg$c105) {
	                  s1 = peg$c105;
	                  peg$currPos += 2;
	                } else {
	                  s1 = peg$FAILED;
	                  if (peg$silentFails === 0) { peg$fail(peg$c106); }
	                }
	                if (s1 !== peg$FAILED) {
	                  peg$savedPos = s0;
	                  s1 = peg$c107();
	                }
	                s0 = s1;
	                if (s0 === peg$FAILED) {
	                  s0 = peg$currPos;
	                  if (input.substr(peg$currPos, 2) === peg$c108) {
	                    s1 = peg$c108;
	                    peg$currPos += 2;
	                  } else {
	                    s1 = peg$FAILED;
	                    if (peg$silentFails === 0) { peg$fail(peg$c109); }
	                  }
	                  if (s1 !== peg$FAILED) {
	                    peg$savedPos = s0;
	                    s1 = peg$c110();
	                  }
	                  s0 = s1;
	                  if (s0 === peg$FAILED) {
	                    s0 = peg$currPos;
	                    if (input.charCodeAt(peg$currPos) === 92) {
	                      s1 = peg$c82;
	                      peg$currPos++;
	                    } else {
	                      s1 = peg$FAILED;
	                      if (peg$silentFails === 0) { peg$fail(peg$c83); }
	                    }
	                    if (s1 !== peg$FAILED) {
	                      if (peg$c111.test(input.charAt(peg$currPos))) {
	                        s2 = input.charAt(peg$currPos);
	                        peg$currPos++;
	                      } else {
	                        s2 = peg$FAILED;
	                        if (peg$silentFails === 0) { peg$fail(peg$c112); }
	                      }
	                      if (s2 !== peg$FAILED) {
	                        peg$savedPos = s0;
	                        s1 = peg$c86(s2);
	                        s0 = s1;
	                      } else {
	                        peg$currPos = s0;
	                        s0 = peg$FAILED;
	                      }
	                    } else {
	                      peg$currPos = s0;
	                      s0 = peg$FAILED;
	                    }
	                    if (s0 === peg$FAILED) {
	                      s0 = peg$parseHexCodeString();
	                    }
	                  }
	                }
	              }
	            }
	          }
	        }
	      }
	    }

	    return s0;
	  }

	  function peg$parseHexCodeString() {
	    var s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, s11;

	    s0 = peg$currPos;
	    if (input.charCodeAt(peg$currPos) === 92) {
	      s1 = peg$c82;
	      peg$currPos++;
	    } else {
	      s1 = peg$FAILED;
	      if (peg$silentFails === 0) { peg$fail(peg$c83); }
	    }
	    if (s1 !== peg$FAILED) {
	      s2 = peg$parseHexCodeChar0();
	      if (s2 !== peg$FAILED) {
	        peg$savedPos = s0;
	        s1 = peg$c113(s2);
	        s0 = s1;
	      } else {
	        peg$currPos = s0;
	        s0 = peg$FAILED;
	      }
	    } else {
	      peg$currPos = s0;
	      s0 = peg$FAILED;
	    }
	    if (s0 === peg$FAILED) {
	      s0 = peg$currPos;
	      if (input.substr(peg$currPos, 2) === peg$c114) {
	        s1 = peg$c114;
	        peg$currPos += 2;
	      } else {
	        s1 = peg$FAILED;
	        if (peg$silentFails === 0) { peg$fail(peg$c115); }
	      }
	      if (s1 !== peg$FAILED) {
	        s2 = peg$currPos;
	        s3 = peg$currPos;
	        s4 = peg$parseHexCodeChar0();
	        if (s4 !== peg$FAILED) {
	          s5 = peg$parseHexCodeChar();
	          if (s5 !== peg$FAILED) {
	            s4 = [s4, s5];
	            s3 = s4;
	          } else {
	            peg$currPos = s3;
	            s3 = peg$FAILED;
	          }
	        } else {
	          peg$currPos = s3;
	          s3 = peg$FAILED;
	        }
	        if (s3 === peg$FAILED) {
	          s3 = peg$parseHexCodeChar0();
	        }
	        if (s3 !== peg$FAILED) {
	          s2 = input.substring(s2, peg$currPos);
	        } else {
	          s2 = s3;
	        }
	        if (s2 !== peg$FAILED) {
	          peg$savedPos = s0;
	          s1 = peg$c113(s2);
	          s0 = s1;
	        } else {
	          peg$currPos = s0;
	          s0 = peg$FAILED;
	        }
	      } else {
	        peg$currPos = s0;
	        s0 = peg$FAILED;
	      }
	      if (s0 === peg$FAILED) {
	        s0 = peg$currPos;
	        if (input.substr(peg$currPos, 2) === peg$c116) {
	          s1 = peg$c116;
	          peg$currPos += 2;
	        } else {
	          s1 = peg$FAILED;
	          if (peg$silentFails === 0) { peg$fail(peg$c117); }
	        }
	        if (s1 !== peg$FAILED) {
	          s2 = peg$currPos;
	          s3 = peg$currPos;
	          s4 = peg$parseHexCodeChar();
	          if (s4 !== peg$FAILED) {
	            s5 = peg$parseHexCodeChar();
	            if (s5 !== peg$FAILED) {
	              s6 = peg$parseHexCodeChar();
	              if (s6 !== peg$FAILED) {
	                s7 = peg$parseHexCodeChar();
	                if (s7 !== peg$FAILED) {
	                  s4 = [s4, s5, s6, s7];
	                  s3 = s4;
	                } else {
	                  peg$currPos = s3;
	                  s3 = peg$FAILED;
	                }
	              } else {
	                peg$currPos = s3;
	                s3 = peg$FAILED;
	              }
	            } else {
	              peg$currPos = s3;
	              s3 = peg$FAILED;
	            }
	          } else {
	            peg$currPos = s3;
	            s3 = peg$FAILED;
	          }
	          if (s3 !== peg$FAILED) {
	            s2 = input.substring(s2, peg$currPos);
	          } else {
	            s2 = s3;
	          }
	          if (s2 !== peg$FAILED) {
	            peg$savedPos = s0;
	            s1 = peg$c113(s2);
	            s0 = s1;
	          } else {
	            peg$currPos = s0;
	            s0 = peg$FAILED;
	          }
	        } else {
	          peg$currPos = s0;
	          s0 = peg$FAILED;
	        }
	        if (s0 === peg$FAILED) {
	          s0 = peg$currPos;
	          if (input.substr(peg$currPos, 2) === peg$c118) {
	            s1 = peg$c118;
	            peg$currPos += 2;
	          } else {
	            s1 = peg$FAILED;
	            if (peg$silentFails === 0) { peg$fail(peg$c119); }
	          }
	          if (s1 !== peg$FAILED) {
	            s2 = peg$currPos;
	            s3 = peg$currPos;
	            s4 = peg$parseHexCodeChar();
	            if (s4 !== peg$FAILED) {
	              s5 = peg$parseHexCodeChar();
	              if (s5 !== peg$FAILED) {
	                s6 = peg$parseHexCodeChar();
	                if (s6 !== peg$FAILED) {
	                  s7 = peg$parseHexCodeChar();
	                  if (s7 !== peg$FAILED) {
	                    s8 = peg$parseHexCodeChar();
	                    if (s8 !== peg$FAILED) {
	                      s9 = peg$parseHexCodeChar();
	                      if (s9 !== peg$FAILED) {
	                        s10 = peg$parseHexCodeChar();
	                        if (s10 !== peg$FAILED) {
	                          s11 = peg$parseHexCodeChar();
	                          if (s11 !== peg$FAILED) {
	                            s4 = [s4, s5, s6, s7, s8, s9, s10, s11];
	                            s3 = s4;
	                          } else {
	                            peg$currPos = s3;
	                            s3 = peg$FAILED;
	                          }
	                        } else {
	                          peg$currPos = s3;
	                          s3 = peg$FAILED;
	                        }
	                      } else {
	                        peg$currPos = s3;
	                        s3 = peg$FAILED;
	                      }
	                    } else {
	                      peg$currPos = s3;
	                      s3 = peg$FAILED;
	                    }
	                  } else {
	                    peg$currPos = s3;
	                    s3 = peg$FAILED;
	                  }
	                } else {
	                  peg$currPos = s3;
	                  s3 = peg$FAILED;
	                }
	              } else {
	                peg$currPos = s3;
	                s3 = peg$FAILED;
	              }
	            } else {
	              peg$currPos = s3;
	              s3 = peg$FAILED;
	            }
	            if (s3 !== peg$FAILED) {
	              s2 = input.substring(s2, peg$currPos);
	            } else {
	              s2 = s3;
	            }
	            if (s2 !== peg$FAILED) {
	              peg$savedPos = s0;
	              s1 = peg$c120(s2);
	              s0 = s1;
	            } else {
	              peg$currPos = s0;
	              s0 = peg$FAILED;
	            }
	          } else {
	            peg$currPos = s0;
	            s0 = peg$FAILED;
	          }
	        }
	      }
	    }

	    return s0;
	  }

	  function peg$parseHexCodeChar0() {
	    var s0;

	    if (peg$c121.test(input.charAt(peg$currPos))) {
	      s0 = input.charAt(peg$currPos);
	      peg$currPos++;
	    } else {
	      s0 = peg$FAILED;
	      if (peg$silentFails === 0) { peg$fail(peg$c122); }
	    }

	    return s0;
	  }

	  function peg$parseHexCodeChar() {
	    var s0;

	    if (peg$c123.test(input.charAt(peg$currPos))) {
	      s0 = input.charAt(peg$currPos);
	      peg$currPos++;
	    } else {
	      s0 = peg$FAILED;
	      if (peg$silentFails === 0) { peg$fail(peg$c124); }
	    }

	    return s0;
	  }

	  function peg$parsePlainStringText() {
	    var s0, s1, s2, s3, s4;

	    s0 = peg$currPos;
	    s1 = [];
	    s2 = peg$currPos;
	    if (input.charCodeAt(peg$currPos) === 92) {
	      s3 = peg$c82;
	      peg$currPos++;
	    } else {
	      s3 = peg$FAILED;
	      if (peg$silentFails === 0) { peg$fail(peg$c83); }
	    }
	    if (s3 !== peg$FAILED) {
	      if (input.length > peg$currPos) {
	        s4 = input.charAt(peg$currPos);
	        peg$currPos++;
	      } else {
	        s4 = peg$FAILED;
	        if (peg$silentFails === 0) { peg$fail(peg$c125); }
	      }
	      if (s4 !== peg$FAILED) {
	        peg$savedPos = s2;
	        s3 = peg$c86(s4);
	        s2 = s3;
	      } else {
	        peg$currPos = s2;
	        s2 = peg$FAILED;
	      }
	    } else {
	      peg$currPos = s2;
	      s2 = peg$FAILED;
	    }
	    if (s2 === peg$FAILED) {
	      s2 = peg$currPos;
	      if (input.substr(peg$currPos, 2) === peg$c126) {
	        s3 = peg$c126;
	        peg$currPos += 2;
	      } else {
	        s3 = peg$FAILED;
	        if (peg$silentFails === 0) { peg$fail(peg$c127); }
	      }
	      if (s3 !== peg$FAILED) {
	        peg$savedPos = s2;
	        s3 = peg$c128();
	      }
	      s2 = s3;
	      if (s2 === peg$FAILED) {
	        s2 = peg$currPos;
	        s3 = peg$currPos;
	        peg$silentFails++;
	        s4 = peg$parseSpecialShellChars();
	        peg$silentFails--;
	        if (s4 === peg$FAILED) {
	          s3 = void 0;
	        } else {
	          peg$currPos = s3;
	          s3 = peg$FAILED;
	        }
	        if (s3 !== peg$FAILED) {
	          if (input.length > peg$currPos) {
	            s4 = input.charAt(peg$currPos);
	            peg$currPos++;
	          } else {
	            s4 = peg$FAILED;
	            if (peg$silentFails === 0) { peg$fail(peg$c125); }
	          }
	          if (s4 !== peg$FAILED) {
	            peg$savedPos = s2;
	            s3 = peg$c86(s4);
	            s2 = s3;
	          } else {
	            peg$currPos = s2;
	            s2 = peg$FAILED;
	          }
	        } else {
	          peg$currPos = s2;
	          s2 = peg$FAILED;
	        }
	      }
	    }
	    if (s2 !== peg$FAILED) {
	      while (s2 !== peg$FAILED) {
	        s1.push(s2);
	        s2 = peg$currPos;
	        if (input.charCodeAt(peg$currPos) === 92) {
	          s3 = peg$c82;
	          peg$currPos++;
	        } else {
	          s3 = peg$FAILED;
	          if (peg$silentFails === 0) { peg$fail(peg$c83); }
	        }
	        if (s3 !== peg$FAILED) {
	          if (input.length > peg$currPos) {
	            s4 = input.charAt(peg$currPos);
	            peg$currPos++;
	          } else {
	            s4 = peg$FAILED;
	            if (peg$silentFails === 0) { peg$fail(peg$c125); }
	          }
	          if (s4 !== peg$FAILED) {
	            peg$savedPos = s2;
	            s3 = peg$c86(s4);
	            s2 = s3;
	          } else {
	            peg$currPos = s2;
	            s2 = peg$FAILED;
	          }
	        } else {
	          peg$currPos = s2;
	          s2 = peg$FAILED;
	        }
	        if (s2 === peg$FAILED) {
	          s2 = peg$currPos;
	          if (input.substr(peg$currPos, 2) === peg$c126) {
	            s3 = peg$c126;
	            peg$currPos += 2;
	          } else {
	            s3 = peg$FAILED;
	            if (peg$silentFails === 0) { peg$fail(peg$c127); }
	          }
	          if (s3 !== peg$FAILED) {
	            peg$savedPos = s2;
	            s3 = peg$c128();
	          }
	          s2 = s3;
	          if (s2 === peg$FAILED) {
	            s2 = peg$currPos;
	            s3 = peg$currPos;
	            peg$silentFails++;
	            s4 = peg$parseSpecialShellChars();
	            peg$silentFails--;
	            if (s4 === peg$FAILED) {
	              s3 = void 0;
	            } else {
	              peg$currPos = s3;
	              s3 = peg$FAILED;
	            }
	            if (s3 !== peg$FAILED) {
	              if (input.length > peg$currPos) {
	                s4 = input.charAt(peg$currPos);
	                peg$currPos++;
	              } else {
	                s4 = peg$FAILED;
	                if (peg$silentFails === 0) { peg$fail(peg$c125); }
	              }
	              if (s4 !== peg$FAILED) {
	                peg$savedPos = s2;
	                s3 = peg$c86(s4);
	                s2 = s3;
	              } else {
	                peg$currPos = s2;
	                s2 = peg$FAILED;
	              }
	            } else {
	              peg$currPos = s2;
	              s2 = peg$FAILED;
	            }
	          }
	        }
	      }
	    } else {
	      s1 = peg$FAILED;
	    }
	    if (s1 !== peg$FAILED) {
	      peg$savedPos = s0;
	      s1 = peg$c76(s1);
	    }
	    s0 = s1;

	    return s0;
	  }

	  function peg$parseArithmeticPrimary() {
	    var s0, s1, s2, s3, s4, s5;

	    s0 = peg$currPos;
	    if (input.charCodeAt(peg$currPos) === 45) {
	      s1 = peg$c129;
	      peg$currPos++;
	    } else {
	      s1 = peg$FAILED;
	      if (peg$silentFails === 0) { peg$fail(peg$c130); }
	    }
	    if (s1 === peg$FAILED) {
	      if (input.charCodeAt(peg$currPos) === 43) {
	        s1 = peg$c131;
	        peg$currPos++;
	      } else {
	        s1 = peg$FAILED;
	        if (peg$silentFails === 0) { peg$fail(peg$c132); }
	      }
	    }
	    if (s1 === peg$FAILED) {
	      s1 = null;
	    }
	    if (s1 !== peg$FAILED) {
	      s2 = [];
	      if (peg$c38.test(input.charAt(peg$currPos))) {
	        s3 = input.charAt(peg$currPos);
	        peg$currPos++;
	      } else {
	        s3 = peg$FAILED;
	        if (peg$silentFails === 0) { peg$fail(peg$c39); }
	      }
	      if (s3 !== peg$FAILED) {
	        while (s3 !== peg$FAILED) {
	          s2.push(s3);
	          if (peg$c38.test(input.charAt(peg$currPos))) {
	            s3 = input.charAt(peg$currPos);
	            peg$currPos++;
	          } else {
	            s3 = peg$FAILED;
	            if (peg$silentFails === 0) { peg$fail(peg$c39); }
	          }
	        }
	      } else {
	        s2 = peg$FAILED;
	      }
	      if (s2 !== peg$FAILED) {
	        if (input.charCodeAt(peg$currPos) === 46) {
	          s3 = peg$c133;
	          peg$currPos++;
	        } else {
	          s3 = peg$FAILED;
	          if (peg$silentFails === 0) { peg$fail(peg$c134); }
	        }
	        if (s3 !== peg$FAILED) {
	          s4 = [];
	          if (peg$c38.test(input.charAt(peg$currPos))) {
	            s5 = input.charAt(peg$currPos);
	            peg$currPos++;
	          } else {
	            s5 = peg$FAILED;
	            if (peg$silentFails === 0) { peg$fail(peg$c39); }
	          }
	          if (s5 !== peg$FAILED) {
	            while (s5 !== peg$FAILED) {
	              s4.push(s5);
	              if (peg$c38.test(input.charAt(peg$currPos))) {
	                s5 = input.charAt(peg$currPos);
	                peg$currPos++;
	              } else {
	                s5 = peg$FAILED;
	                if (peg$silentFails === 0) { peg$fail(peg$c39); }
	              }
	            }
	          } else {
	            s4 = peg$FAILED;
	          }
	          if (s4 !== peg$FAILED) {
	            peg$savedPos = s0;
	            s1 = peg$c135(s1, s2, s4);
	            s0 = s1;
	          } else {
	            peg$currPos = s0;
	            s0 = peg$FAILED;
	          }
	        } else {
	          peg$currPos = s0;
	          s0 = peg$FAILED;
	        }
	      } else {
	        peg$currPos = s0;
	        s0 = peg$FAILED;
	      }
	    } else {
	      peg$currPos = s0;
	      s0 = peg$FAILED;
	    }
	    if (s0 === peg$FAILED) {
	      s0 = peg$currPos;
	      if (input.charCodeAt(peg$currPos) === 45) {
	        s1 = peg$c129;
	        peg$currPos++;
	      } else {
	        s1 = peg$FAILED;
	        if (peg$silentFails === 0) { peg$fail(peg$c130); }
	      }
	      if (s1 === peg$FAILED) {
	        if (input.charCodeAt(peg$currPos) === 43) {
	          s1 = peg$c131;
	          peg$currPos++;
	        } else {
	          s1 = peg$FAILED;
	          if (peg$silentFails === 0) { peg$fail(peg$c132); }
	        }
	      }
	      if (s1 === peg$FAILED) {
	        s1 = null;
	      }
	      if (s1 !== peg$FAILED) {
	        s2 = [];
	        if (peg$c38.test(input.charAt(peg$currPos))) {
	          s3 = input.charAt(peg$currPos);
	          peg$currPos++;
	        } else {
	          s3 = peg$FAILED;
	          if (peg$silentFails === 0) { peg$fail(peg$c39); }
	        }
	        if (s3 !== peg$FAILED) {
	          while (s3 !== peg$FAILED) {
	            s2.push(s3);
	            if (peg$c38.test(input.charAt(peg$currPos))) {
	              s3 = input.charAt(peg$currPos);
	              peg$currPos++;
	            } else {
	              s3 = peg$FAILED;
	              if (peg$silentFails === 0) { peg$fail(peg$c39); }
	            }
	          }
	        } else {
	          s2 = peg$FAILED;
	        }
	        if (s2 !== peg$FAILED) {
	          peg$savedPos = s0;
	          s1 = peg$c136(s1, s2);
	          s0 = s1;
	        } else {
	          peg$currPos = s0;
	          s0 = peg$FAILED;
	        }
	      } else {
	        peg$currPos = s0;
	        s0 = peg$FAILED;
	      }
	      if (s0 === peg$FAILED) {
	        s0 = peg$currPos;
	        s1 = peg$parseVariable();
	        if (s1 !== peg$FAILED) {
	          peg$savedPos = s0;
	          s1 = peg$c137(s1);
	        }
	        s0 = s1;
	        if (s0 === peg$FAILED) {
	          s0 = peg$currPos;
	          s1 = peg$parseIdentifier();
	          if (s1 !== peg$FAILED) {
	            peg$savedPos = s0;
	            s1 = peg$c138(s1);
	          }
	          s0 = s1;
	          if (s0 === peg$FAILED) {
	            s0 = peg$currPos;
	            if (input.charCodeAt(peg$currPos) === 40) {
	              s1 = peg$c24;
	              peg$currPos++;
	            } else {
	              s1 = peg$FAILED;
	              if (peg$silentFails === 0) { peg$fail(peg$c25); }
	            }
	            if (s1 !== peg$FAILED) {
	              s2 = [];
	              s3 = peg$parseS();
	              while (s3 !== peg$FAILED) {
	                s2.push(s3);
	                s3 = peg$parseS();
	              }
	              if (s2 !== peg$FAILED) {
	                s3 = peg$parseArithmeticExpression();
	                if (s3 !== peg$FAILED) {
	                  s4 = [];
	                  s5 = peg$parseS();
	                  while (s5 !== peg$FAILED) {
	                    s4.push(s5);
	                    s5 = peg$parseS();
	                  }
	                  if (s4 !== peg$FAILED) {
	                    if (input.charCodeAt(peg$currPos) === 41) {
	                      s5 = peg$c26;
	                      peg$currPos++;
	                    } else {
	                      s5 = peg$FAILED;
	                      if (peg$silentFails === 0) { peg$fail(peg$c27); }
	                    }
	                    if (s5 !== peg$FAILED) {
	                      peg$savedPos = s0;
	                      s1 = peg$c139(s3);
	                      s0 = s1;
	                    } else {
	                      peg$currPos = s0;
	                      s0 = peg$FAILED;
	                    }
	                  } else {
	                    peg$currPos = s0;
	                    s0 = peg$FAILED;
	                  }
	                } else {
	                  peg$currPos = s0;
	                  s0 = peg$FAILED;
	                }
	              } else {
	                peg$currPos = s0;
	                s0 = peg$FAILED;
	              }
	            } else {
	              peg$currPos = s0;
	              s0 = peg$FAILED;
	            }
	          }
	        }
	      }
	    }

	    return s0;
	  }

	  function peg$parseArithmeticTimesExpression() {
	    var s0, s1, s2, s3, s4, s5, s6, s7;

	    s0 = peg$currPos;
	    s1 = peg$parseArithmeticPrimary();
	    if (s1 !== peg$FAILED) {
	      s2 = [];
	      s3 = peg$currPos;
	      s4 = [];
	      s5 = peg$parseS();
	      while (s5 !== peg$FAILED) {
	        s4.push(s5);
	        s5 = peg$parseS();
	      }
	      if (s4 !== peg$FAILED) {
	        if (input.charCodeAt(peg$currPos) === 42) {
	          s5 = peg$c140;
	          peg$currPos++;
	        } else {
	          s5 = peg$FAILED;
	          if (peg$silentFails === 0) { peg$fail(peg$c141); }
	        }
	        if (s5 === peg$FAILED) {
	          if (input.charCodeAt(peg$currPos) === 47) {
	            s5 = peg$c142;
	            peg$currPos++;
	          } else {
	            s5 = peg$FAILED;
	            if (peg$silentFails === 0) { peg$fail(peg$c143); }
	          }
	        }
	        if (s5 !== peg$FAILED) {
	          s6 = [];
	          s7 = peg$parseS();
	          while (s7 !== peg$FAILED) {
	            s6.push(s7);
	            s7 = peg$parseS();
	          }
	          if (s6 !== peg$FAILED) {
	            s7 = peg$parseArithmeticPrimary();
	            if (s7 !== peg$FAILED) {
	              peg$savedPos = s3;
	              s4 = peg$c144(s1, s5, s7);
	              s3 = s4;
	            } else {
	              peg$currPos = s3;
	              s3 = peg$FAILED;
	            }
	          } else {
	            peg$currPos = s3;
	            s3 = peg$FAILED;
	          }
	        } else {
	          peg$currPos = s3;
	          s3 = peg$FAILED;
	        }
	      } else {
	        peg$currPos = s3;
	        s3 = peg$FAILED;
	      }
	      while (s3 !== peg$FAILED) {
	        s2.push(s3);
	        s3 = peg$currPos;
	        s4 = [];
	        s5 = peg$parseS();
	        while (s5 !== peg$FAILED) {
	          s4.push(s5);
	          s5 = peg$parseS();
	        }
	        if (s4 !== peg$FAILED) {
	          if (input.charCodeAt(peg$currPos) === 42) {
	            s5 = peg$c140;
	            peg$currPos++;
	          } else {
	            s5 = peg$FAILED;
	            if (peg$silentFails === 0) { peg$fail(peg$c141); }
	          }
	          if (s5 === peg$FAILED) {
	            if (input.charCodeAt(peg$currPos) === 47) {
	              s5 = peg$c142;
	              peg$currPos++;
	            } else {
	              s5 = peg$FAILED;
	              if (peg$silentFails === 0) { peg$fail(peg$c143); }
	            }
	          }
	          if (s5 !== peg$FAILED) {
	            s6 = [];
	            s7 = peg$parseS();
	            while (s7 !== peg$FAILED) {
	              s6.push(s7);
	              s7 = peg$parseS();
	            }
	            if (s6 !== peg$FAILED) {
	              s7 = peg$parseArithmeticPrimary();
	              if (s7 !== peg$FAILED) {
	                peg$savedPos = s3;
	                s4 = peg$c144(s1, s5, s7);
	                s3 = s4;
	              } else {
	                peg$currPos = s3;
	                s3 = peg$FAILED;
	              }
	            } else {
	              peg$currPos = s3;
	              s3 = peg$FAILED;
	            }
	          } else {
	            peg$currPos = s3;
	            s3 = peg$FAILED;
	          }
	        } else {
	          peg$currPos = s3;
	          s3 = peg$FAILED;
	        }
	      }
	      if (s2 !== peg$FAILED) {
	        peg$savedPos = s0;
	        s1 = peg$c145(s1, s2);
	        s0 = s1;
	      } else {
	        peg$currPos = s0;
	        s0 = peg$FAILED;
	      }
	    } else {
	      peg$currPos = s0;
	      s0 = peg$FAILED;
	    }

	    return s0;
	  }

	  function peg$parseArithmeticExpression() {
	    var s0, s1, s2, s3, s4, s5, s6, s7;

	    s0 = peg$currPos;
	    s1 = peg$parseArithmeticTimesExpression();
	    if (s1 !== peg$FAILED) {
	      s2 = [];
	      s3 = peg$currPos;
	      s4 = [];
	      s5 = peg$parseS();
	      while (s5 !== peg$FAILED) {
	        s4.push(s5);
	        s5 = peg$parseS();
	      }
	      if (s4 !== peg$FAILED) {
	        if (input.charCodeAt(peg$currPos) === 43) {
	          s5 = peg$c131;
	          peg$currPos++;
	        } else {
	          s5 = peg$FAILED;
	          if (peg$silentFails === 0) { peg$fail(peg$c132); }
	        }
	        if (s5 === peg$FAILED) {
	          if (input.charCodeAt(peg$currPos) === 45) {
	            s5 = peg$c129;
	            peg$currPos++;
	          } else {
	            s5 = peg$FAILED;
	            if (peg$silentFails === 0) { peg$fail(peg$c130); }
	          }
	        }
	        if (s5 !== peg$FAILED) {
	          s6 = [];
	          s7 = peg$parseS();
	          while (s7 !== peg$FAILED) {
	            s6.push(s7);
	            s7 = peg$parseS();
	          }
	          if (s6 !== peg$FAILED) {
	            s7 = peg$parseArithmeticTimesExpression();
	            if (s7 !== peg$FAILED) {
	              peg$savedPos = s3;
	              s4 = peg$c146(s1, s5, s7);
	              s3 = s4;
	            } else {
	              peg$currPos = s3;
	              s3 = peg$FAILED;
	            }
	          } else {
	            peg$currPos = s3;
	            s3 = peg$FAILED;
	          }
	        } else {
	          peg$currPos = s3;
	          s3 = peg$FAILED;
	        }
	      } else {
	        peg$currPos = s3;
	        s3 = peg$FAILED;
	      }
	      while (s3 !== peg$FAILED) {
	        s2.push(s3);
	        s3 = peg$currPos;
	        s4 = [];
	        s5 = peg$parseS();
	        while (s5 !== peg$FAILED) {
	          s4.push(s5);
	          s5 = peg$parseS();
	        }
	        if (s4 !== peg$FAILED) {
	          if (input.charCodeAt(peg$currPos) === 43) {
	            s5 = peg$c131;
	            peg$currPos++;
	          } else {
	            s5 = peg$FAILED;
	            if (peg$silentFails === 0) { peg$fail(peg$c132); }
	          }
	          if (s5 === peg$FAILED) {
	            if (input.charCodeAt(peg$currPos) === 45) {
	              s5 = peg$c129;
	              peg$currPos++;
	            } else {
	              s5 = peg$FAILED;
	              if (peg$silentFails === 0) { peg$fail(peg$c130); }
	            }
	          }
	          if (s5 !== peg$FAILED) {
	            s6 = [];
	            s7 = peg$parseS();
	            while (s7 !== peg$FAILED) {
	              s6.push(s7);
	              s7 = peg$parseS();
	            }
	            if (s6 !== peg$FAILED) {
	              s7 = peg$parseArithmeticTimesExpression();
	              if (s7 !== peg$FAILED) {
	                peg$savedPos = s3;
	                s4 = peg$c146(s1, s5, s7);
	                s3 = s4;
	              } else {
	                peg$currPos = s3;
	                s3 = peg$FAILED;
	              }
	            } else {
	              peg$currPos = s3;
	              s3 = peg$FAILED;
	            }
	          } else {
	            peg$currPos = s3;
	            s3 = peg$FAILED;
	          }
	        } else {
	          peg$currPos = s3;
	          s3 = peg$FAILED;
	        }
	      }
	      if (s2 !== peg$FAILED) {
	        peg$savedPos = s0;
	        s1 = peg$c145(s1, s2);
	        s0 = s1;
	      } else {
	        peg$currPos = s0;
	        s0 = peg$FAILED;
	      }
	    } else {
	      peg$currPos = s0;
	      s0 = peg$FAILED;
	    }

	    return s0;
	  }

	  function peg$parseArithmetic() {
	    var s0, s1, s2, s3, s4, s5;

	    s0 = peg$currPos;
	    if (input.substr(peg$currPos, 3) === peg$c147) {
	      s1 = peg$c147;
	      peg$currPos += 3;
	    } else {
	      s1 = peg$FAILED;
	      if (peg$silentFails === 0) { peg$fail(peg$c148); }
	    }
	    if (s1 !== peg$FAILED) {
	      s2 = [];
	      s3 = peg$parseS();
	      while (s3 !== peg$FAILED) {
	        s2.push(s3);
	        s3 = peg$parseS();
	      }
	      if (s2 !== peg$FAILED) {
	        s3 = peg$parseArithmeticExpression();
	        if (s3 !== peg$FAILED) {
	          s4 = [];
	          s5 = peg$parseS();
	          while (s5 !== peg$FAILED) {
	            s4.push(s5);
	            s5 = peg$parseS();
	          }
	          if (s4 !== peg$FAILED) {
	            if (input.substr(peg$currPos, 2) === peg$c149) {
	              s5 = peg$c149;
	              peg$currPos += 2;
	            } else {
	              s5 = peg$FAILED;
	              if (peg$silentFails === 0) { peg$fail(peg$c150); }
	            }
	            if (s5 !== peg$FAILED) {
	              peg$savedPos = s0;
	              s1 = peg$c151(s3);
	              s0 = s1;
	            } else {
	              peg$currPos = s0;
	              s0 = peg$FAILED;
	            }
	          } else {
	            peg$currPos = s0;
	            s0 = peg$FAILED;
	          }
	        } else {
	          peg$currPos = s0;
	          s0 = peg$FAILED;
	        }
	      } else {
	        peg$currPos = s0;
	        s0 = peg$FAILED;
	      }
	    } else {
	      peg$currPos = s0;
	      s0 = peg$FAILED;
	    }

	    return s0;
	  }

	  function peg$parseSubshell() {
	    var s0, s1, s2, s3;

	    s0 = peg$currPos;
	    if (input.substr(peg$currPos, 2) === peg$c152) {
	      s1 = peg$c152;
	      peg$currPos += 2;
	    } else {
	      s1 = peg$FAILED;
	      if (peg$silentFails === 0) { peg$fail(peg$c153); }
	    }
	    if (s1 !== peg$FAILED) {
	      s2 = peg$parseShellLine();
	      if (s2 !== peg$FAILED) {
	        if (input.charCodeAt(peg$currPos) === 41) {
	          s3 = peg$c26;
	          peg$currPos++;
	        } else {
	          s3 = peg$FAILED;
	          if (peg$silentFails === 0) { peg$fail(peg$c27); }
	        }
	        if (s3 !== peg$FAILED) {
	          peg$savedPos = s0;
	          s1 = peg$c154(s2);
	          s0 = s1;
	        } else {
	          peg$currPos = s0;
	          s0 = peg$FAILED;
	        }
	      } else {
	        peg$currPos = s0;
	        s0 = peg$FAILED;
	      }
	    } else {
	      peg$currPos = s0;
	      s0 = peg$FAILED;
	    }

	    return s0;
	  }

	  function peg$parseVariable() {
	    var s0, s1, s2, s3, s4, s5;

	    s0 = peg$currPos;
	    if (input.substr(peg$currPos, 2) === peg$c155) {
	      s1 = peg$c155;
	      peg$currPos += 2;
	    } else {
	      s1 = peg$FAILED;
	      if (peg$silentFails === 0) { peg$fail(peg$c156); }
	    }
	    if (s1 !== peg$FAILED) {
	      s2 = peg$parseIdentifier();
	      if (s2 !== peg$FAILED) {
	        if (input.substr(peg$currPos, 2) === peg$c157) {
	          s3 = peg$c157;
	          peg$currPos += 2;
	        } else {
	          s3 = peg$FAILED;
	          if (peg$silentFails === 0) { peg$fail(peg$c158); }
	        }
	        if (s3 !== peg$FAILED) {
	          s4 = peg$parseCommandString();
	          if (s4 !== peg$FAILED) {
	            if (input.charCodeAt(peg$currPos) === 125) {
	              s5 = peg$c31;
	              peg$currPos++;
	            } else {
	              s5 = peg$FAILED;
	              if (peg$silentFails === 0) { peg$fail(peg$c32); }
	            }
	            if (s5 !== peg$FAILED) {
	              peg$savedPos = s0;
	              s1 = peg$c159(s2, s4);
	              s0 = s1;
	            } else {
	              peg$currPos = s0;
	              s0 = peg$FAILED;
	            }
	          } else {
	            peg$currPos = s0;
	            s0 = peg$FAILED;
	          }
	        } else {
	          peg$currPos = s0;
	          s0 = peg$FAILED;
	        }
	      } else {
	        peg$currPos = s0;
	        s0 = peg$FAILED;
	      }
	    } else {
	      peg$currPos = s0;
	      s0 = peg$FAILED;
	    }
	    if (s0 === peg$FAILED) {
	      s0 = peg$currPos;
	      if (input.substr(peg$currPos, 2) === peg$c155) {
	        s1 = peg$c155;
	        peg$currPos += 2;
	      } else {
	        s1 = peg$FAILED;
	        if (peg$silentFails === 0) { peg$fail(peg$c156); }
	      }
	      if (s1 !== peg$FAILED) {
	        s2 = peg$parseIdentifier();
	        if (s2 !== peg$FAILED) {
	          if (input.substr(peg$currPos, 3) === peg$c160) {
	            s3 = peg$c160;
	            peg$currPos += 3;
	          } else {
	            s3 = peg$FAILED;
	            if (peg$silentFails === 0) { peg$fail(peg$c161); }
	          }
	          if (s3 !== peg$FAILED) {
	            peg$savedPos = s0;
	            s1 = peg$c162(s2);
	            s0 = s1;
	          } else {
	            peg$currPos = s0;
	            s0 = peg$FAILED;
	          }
	        } else {
	          peg$currPos = s0;
	          s0 = peg$FAILED;
	        }
	      } else {
	        peg$currPos = s0;
	        s0 = peg$FAILED;
	      }
	      if (s0 === peg$FAILED) {
	        s0 = peg$currPos;
	        if (input.substr(peg$currPos, 2) === peg$c155) {
	          s1 = peg$c155;
	          peg$currPos += 2;
	        } else {
	          s1 = peg$FAILED;
	          if (peg$silentFails === 0) { peg$fail(peg$c156); }
	        }
	        if (s1 !== peg$FAILED) {
	          s2 = peg$parseIdentifier();
	          if (s2 !== peg$FAILED) {
	            if (input.substr(peg$currPos, 2) === peg$c163) {
	              s3 = peg$c163;
	              peg$currPos += 2;
	            } else {
	              s3 = peg$FAILED;
	              if (peg$silentFails === 0) { peg$fail(peg$c164); }
	            }
	            if (s3 !== peg$FAILED) {
	              s4 = peg$parseCommandString();
	              if (s4 !== peg$FAILED) {
	                if (input.charCodeAt(peg$currPos) === 125) {
	                  s5 = peg$c31;
	                  peg$currPos++;
	                } else {
	                  s5 = peg$FAILED;
	                  if (peg$silentFails === 0) { peg$fail(peg$c32); }
	                }
	                if (s5 !== peg$FAILED) {
	                  peg$savedPos = s0;
	                  s1 = peg$c165(s2, s4);
	                  s0 = s1;
	                } else {
	                  peg$currPos = s0;
	                  s0 = peg$FAILED;
	                }
	              } else {
	                peg$currPos = s0;
	                s0 = peg$FAILED;
	              }
	            } else {
	              peg$currPos = s0;
	              s0 = peg$FAILED;
	            }
	          } else {
	            peg$currPos = s0;
	            s0 = peg$FAILED;
	          }
	        } else {
	          peg$currPos = s0;
	          s0 = peg$FAILED;
	        }
	        if (s0 === peg$FAILED) {
	          s0 = peg$currPos;
	          if (input.substr(peg$currPos, 2) === peg$c155) {
	            s1 = peg$c155;
	            peg$currPos += 2;
	          } else {
	            s1 = peg$FAILED;
	            if (peg$silentFails === 0) { peg$fail(peg$c156); }
	          }
	          if (s1 !== peg$FAILED) {
	            s2 = peg$parseIdentifier();
	            if (s2 !== peg$FAILED) {
	              if (input.substr(peg$currPos, 3) === peg$c166) {
	                s3 = peg$c166;
	                peg$currPos += 3;
	              } else {
	                s3 = peg$FAILED;
	                if (peg$silentFails === 0) { peg$fail(peg$c167); }
	              }
	              if (s3 !== peg$FAILED) {
	                peg$savedPos = s0;
	                s1 = peg$c168(s2);
	                s0 = s1;
	              } else {
	                peg$currPos = s0;
	                s0 = peg$FAILED;
	              }
	            } else {
	              peg$currPos = s0;
	              s0 = peg$FAILED;
	            }
	          } else {
	            peg$currPos = s0;
	            s0 = peg$FAILED;
	          }
	          if (s0 === peg$FAILED) {
	            s0 = peg$currPos;
	            if (input.substr(peg$currPos, 2) === peg$c155) {
	              s1 = peg$c155;
	              peg$currPos += 2;
	            } else {
	              s1 = peg$FAILED;
	              if (peg$silentFails === 0) { peg$fail(peg$c156); }
	            }
	            if (s1 !== peg$FAILED) {
	              s2 = peg$parseIdentifier();
	              if (s2 !== peg$FAILED) {
	                if (input.charCodeAt(peg$currPos) === 125) {
	                  s3 = peg$c31;
	                  peg$currPos++;
	                } else {
	                  s3 = peg$FAILED;
	                  if (peg$silentFails === 0) { peg$fail(peg$c32); }
	                }
	                if (s3 !== peg$FAILED) {
	                  peg$savedPos = s0;
	                  s1 = peg$c169(s2);
	                  s0 = s1;
	                } else {
	                  peg$currPos = s0;
	                  s0 = peg$FAILED;
	                }
	              } else {
	                peg$currPos = s0;
	                s0 = peg$FAILED;
	              }
	            } else {
	              peg$currPos = s0;
	              s0 = peg$FAILED;
	            }
	            if (s0 === peg$FAILED) {
	              s0 = peg$currPos;
	              if (input.charCodeAt(peg$currPos) === 36) {
	                s1 = peg$c170;
	                peg$currPos++;
	              } else {
	                s1 = peg$FAILED;
	                if (peg$silentFails === 0) { peg$fail(peg$c171); }
	              }
	              if (s1 !== peg$FAILED) {
	                s2 = peg$parseIdentifier();
	                if (s2 !== peg$FAILED) {
	                  peg$savedPos = s0;
	                  s1 = peg$c169(s2);
	                  s0 = s1;
	                } else {
	                  peg$currPos = s0;
	                  s0 = peg$FAILED;
	                }
	              } else {
	                peg$currPos = s0;
	                s0 = peg$FAILED;
	              }
	            }
	          }
	        }
	      }
	    }

	    return s0;
	  }

	  function peg$parseGlob() {
	    var s0, s1, s2;

	    s0 = peg$currPos;
	    s1 = peg$parseGlobText();
	    if (s1 !== peg$FAILED) {
	      peg$savedPos = peg$currPos;
	      s2 = peg$c172(s1);
	      if (s2) {
	        s2 = void 0;
	      } else {
	        s2 = peg$FAILED;
	      }
	      if (s2 !== peg$FAILED) {
	        peg$savedPos = s0;
	        s1 = peg$c173(s1);
	        s0 = s1;
	      } else {
	        peg$currPos = s0;
	        s0 = peg$FAILED;
	      }
	    } else {
	      peg$currPos = s0;
	      s0 = peg$FAILED;
	    }

	    return s0;
	  }

	  function peg$parseGlobText() {
	    var s0, s1, s2, s3, s4;

	    s0 = peg$currPos;
	    s1 = [];
	    s2 = peg$currPos;
	    s3 = peg$currPos;
	    peg$silentFails++;
	    s4 = peg$parseGlobSpecialShellChars();
	    peg$silentFails--;
	    if (s4 === peg$FAILED) {
	      s3 = void 0;
	    } else {
	      peg$currPos = s3;
	      s3 = peg$FAILED;
	    }
	    if (s3 !== peg$FAILED) {
	      if (input.length > peg$currPos) {
	        s4 = input.charAt(peg$currPos);
	        peg$currPos++;
	      } else {
	        s4 = peg$FAILED;
	        if (peg$silentFails === 0) { peg$fail(peg$c125); }
	      }
	      if (s4 !== peg$FAILED) {
	        peg$savedPos = s2;
	        s3 = peg$c86(s4);
	        s2 = s3;
	      } else {
	        peg$currPos = s2;
	        s2 = peg$FAILED;
	      }
	    } else {
	      peg$currPos = s2;
	      s2 = peg$FAILED;
	    }
	    if (s2 !== peg$FAILED) {
	      while (s2 !== peg$FAILED) {
	        s1.push(s2);
	        s2 = peg$currPos;
	        s3 = peg$currPos;
	        peg$silentFails++;
	        s4 = peg$parseGlobSpecialShellChars();
	        peg$silentFails--;
	        if (s4 === peg$FAILED) {
	          s3 = void 0;
	        } else {
	          peg$currPos = s3;
	          s3 = peg$FAILED;
	        }
	        if (s3 !== peg$FAILED) {
	          if (input.length > peg$currPos) {
	            s4 = input.charAt(peg$currPos);
	            peg$currPos++;
	          } else {
	            s4 = peg$FAILED;
	            if (peg$silentFails === 0) { peg$fail(peg$c125); }
	          }
	          if (s4 !== peg$FAILED) {
	            peg$savedPos = s2;
	            s3 = peg$c86(s4);
	            s2 = s3;
	          } else {
	            peg$currPos = s2;
	            s2 = peg$FAILED;
	          }
	        } else {
	          peg$currPos = s2;
	          s2 = peg$FAILED;
	        }
	      }
	    } else {
	      s1 = peg$FAILED;
	    }
	    if (s1 !== peg$FAILED) {
	      peg$savedPos = s0;
	      s1 = peg$c76(s1);
	    }
	    s0 = s1;

	    return s0;
	  }

	  function peg$parseEnvVariable() {
	    var s0, s1, s2;

	    s0 = peg$currPos;
	    s1 = [];
	    if (peg$c174.test(input.charAt(peg$currPos))) {
	      s2 = input.charAt(peg$currPos);
	      peg$currPos++;
	    } else {
	      s2 = peg$FAILED;
	      if (peg$silentFails === 0) { peg$fail(peg$c175); }
	    }
	    if (s2 !== peg$FAILED) {
	      while (s2 !== peg$FAILED) {
	        s1.push(s2);
	        if (peg$c174.test(input.charAt(peg$currPos))) {
	          s2 = input.charAt(peg$currPos);
	          peg$currPos++;
	        } else {
	          s2 = peg$FAILED;
	          if (peg$silentFails === 0) { peg$fail(peg$c175); }
	        }
	      }
	    } else {
	      s1 = peg$FAILED;
	    }
	    if (s1 !== peg$FAILED) {
	      peg$savedPos = s0;
	      s1 = peg$c176();
	    }
	    s0 = s1;

	    return s0;
	  }

	  function peg$parseIdentifier() {
	    var s0, s1, s2;

	    s0 = peg$currPos;
	    s1 = [];
	    if (peg$c177.test(input.charAt(peg$currPos))) {
	      s2 = input.charAt(peg$currPos);
	      peg$currPos++;
	    } else {
	      s2 = peg$FAILED;
	      if (peg$silentFails === 0) { peg$fail(peg$c178); }
	    }
	    if (s2 !== peg$FAILED) {
	      while (s2 !== peg$FAILED) {
	        s1.push(s2);
	        if (peg$c177.test(input.charAt(peg$currPos))) {
	          s2 = input.charAt(peg$currPos);
	          peg$currPos++;
	        } else {
	          s2 = peg$FAILED;
	          if (peg$silentFails === 0) { peg$fail(peg$c178); }
	        }
	      }
	    } else {
	      s1 = peg$FAILED;
	    }
	    if (s1 !== peg$FAILED) {
	      peg$savedPos = s0;
	      s1 = peg$c176();
	    }
	    s0 = s1;

	    return s0;
	  }

	  function peg$parseSpecialShellChars() {
	    var s0;

	    if (peg$c179.test(input.charAt(peg$currPos))) {
	      s0 = input.charAt(peg$currPos);
	      peg$currPos++;
	    } else {
	      s0 = peg$FAILED;
	      if (peg$silentFails === 0) { peg$fail(peg$c180); }
	    }

	    return s0;
	  }

	  function peg$parseGlobSpecialShellChars() {
	    var s0;

	    if (peg$c181.test(input.charAt(peg$currPos))) {
	      s0 = input.charAt(peg$currPos);
	      peg$currPos++;
	    } else {
	      s0 = peg$FAILED;
	      if (peg$silentFails === 0) { peg$fail(peg$c182); }
	    }

	    return s0;
	  }

	  function peg$parseS() {
	    var s0, s1;

	    s0 = [];
	    if (peg$c183.test(input.charAt(peg$currPos))) {
	      s1 = input.charAt(peg$currPos);
	      peg$currPos++;
	    } else {
	      s1 = peg$FAILED;
	      if (peg$silentFails === 0) { peg$fail(peg$c184); }
	    }
	    if (s1 !== peg$FAILED) {
	      while (s1 !== peg$FAILED) {
	        s0.push(s1);
	        if (peg$c183.test(input.charAt(peg$currPos))) {
	          s1 = input.charAt(peg$currPos);
	          peg$currPos++;
	        } else {
	          s1 = peg$FAILED;
	          if (peg$silentFails === 0) { peg$fail(peg$c184); }
	        }
	      }
	    } else {
	      s0 = peg$FAILED;
	    }

	    return s0;
	  }

	  peg$result = peg$startRuleFunction();

	  if (peg$result !== peg$FAILED && peg$currPos === input.length) {
	    return peg$result;
	  } else {
	    if (peg$result !== peg$FAILED && peg$currPos < input.length) {
	      peg$fail(peg$endExpectation());
	    }

	    throw peg$buildStructuredError(
	      peg$maxFailExpected,
	      peg$maxFailPos < input.length ? input.charAt(peg$maxFailPos) : null,
	      peg$maxFailPos < input.length
	        ? peg$computeLocation(peg$maxFailPos, peg$maxFailPos + 1)
	        : peg$computeLocation(peg$maxFailPos, peg$maxFailPos)
	    );
	  }
	}

	shell = {
	  SyntaxError: peg$SyntaxError,
	  parse:       peg$parse
	};
	return shell;
}

var hasRequiredShell;

function requireShell () {
	if (hasRequiredShell) return shell$1;
	hasRequiredShell = 1;
	Object.defineProperty(shell$1, "__esModule", { value: true });
	shell$1.parseShell = parseShell;
	shell$1.stringifyShellLine = stringifyShellLine;
	shell$1.stringifyShell = stringifyShellLine;
	shell$1.stringifyCommandLine = stringifyCommandLine;
	shell$1.stringifyCommandLineThen = stringifyCommandLineThen;
	shell$1.stringifyCommandChain = stringifyCommandChain;
	shell$1.stringifyCommandChainThen = stringifyCommandChainThen;
	shell$1.stringifyCommand = stringifyCommand;
	shell$1.stringifyEnvSegment = stringifyEnvSegment;
	shell$1.stringifyArgument = stringifyArgument;
	shell$1.stringifyRedirectArgument = stringifyRedirectArgument;
	shell$1.stringifyValueArgument = stringifyValueArgument;
	shell$1.stringifyArgumentSegment = stringifyArgumentSegment;
	shell$1.stringifyArithmeticExpression = stringifyArithmeticExpression;
	const shell_1 = requireShell$1();
	function parseShell(source, options = { isGlobPattern: () => false }) {
	    try {
	        return (0, shell_1.parse)(source, options);
	    }
	    catch (error) {
	        if (error.location)
	            error.message = error.message.replace(/(\.)?$/, ` (line ${error.location.start.line}, column ${error.location.start.column})$1`);
	        throw error;
	    }
	}
	function stringifyShellLine(shellLine, { endSemicolon = false } = {}) {
	    return shellLine
	        .map(({ command, type }, index) => `${stringifyCommandLine(command)}${type === `;`
	        ? (index !== shellLine.length - 1 || endSemicolon ? `;` : ``)
	        : ` &`}`)
	        .join(` `);
	}
	function stringifyCommandLine(commandLine) {
	    return `${stringifyCommandChain(commandLine.chain)}${commandLine.then ? ` ${stringifyCommandLineThen(commandLine.then)}` : ``}`;
	}
	function stringifyCommandLineThen(commandLineThen) {
	    return `${commandLineThen.type} ${stringifyCommandLine(commandLineThen.line)}`;
	}
	function stringifyCommandChain(commandChain) {
	    return `${stringifyCommand(commandChain)}${commandChain.then ? ` ${stringifyCommandChainThen(commandChain.then)}` : ``}`;
	}
	function stringifyCommandChainThen(commandChainThen) {
	    return `${commandChainThen.type} ${stringifyCommandChain(commandChainThen.chain)}`;
	}
	function stringifyCommand(command) {
	    switch (command.type) {
	        case `command`:
	            return `${command.envs.length > 0 ? `${command.envs.map(env => stringifyEnvSegment(env)).join(` `)} ` : ``}${command.args.map(argument => stringifyArgument(argument)).join(` `)}`;
	        case `subshell`:
	            return `(${stringifyShellLine(command.subshell)})${command.args.length > 0 ? ` ${command.args.map(argument => stringifyRedirectArgument(argument)).join(` `)}` : ``}`;
	        case `group`:
	            return `{ ${stringifyShellLine(command.group, { /* Bash compat */ endSemicolon: true })} }${command.args.length > 0 ? ` ${command.args.map(argument => stringifyRedirectArgument(argument)).join(` `)}` : ``}`;
	        case `envs`:
	            return command.envs.map(env => stringifyEnvSegment(env)).join(` `);
	        default:
	            throw new Error(`Unsupported command type:  "${command.type}"`);
	    }
	}
	function stringifyEnvSegment(envSegment) {
	    return `${envSegment.name}=${envSegment.args[0] ? stringifyValueArgument(envSegment.args[0]) : ``}`;
	}
	function stringifyArgument(argument) {
	    switch (argument.type) {
	        case `redirection`:
	            return stringifyRedirectArgument(argument);
	        case `argument`:
	            return stringifyValueArgument(argument);
	        default:
	            throw new Error(`Unsupported argument type: "${argument.type}"`);
	    }
	}
	function stringifyRedirectArgument(argument) {
	    return `${argument.subtype} ${argument.args.map(argument => stringifyValueArgument(argument)).join(` `)}`;
	}
	function stringifyValueArgument(argument) {
	    return argument.segments.map(segment => stringifyArgumentSegment(segment)).join(``);
	}
	const ESCAPED_CONTROL_CHARS = new Map([
	    [`\f`, `\\f`],
	    [`\n`, `\\n`],
	    [`\r`, `\\r`],
	    [`\t`, `\\t`],
	    [`\v`, `\\v`],
	    [`\0`, `\\0`],
	]);
	const ESCAPED_DBL_CHARS = new Map([
	    [`\\`, `\\\\`],
	    [`$`, `\\$`],
	    [`"`, `\\"`],
	    ...Array.from(ESCAPED_CONTROL_CHARS, ([c, replacement]) => {
	        return [c, `"$'${replacement}'"`];
	    }),
	]);
	const getEscapedControlChar = (c) => {
	    return ESCAPED_CONTROL_CHARS.get(c) ?? `\\x${c.charCodeAt(0).toString(16).padStart(2, `0`)}`;
	};
	const getEscapedDblChar = (match) => {
	    return ESCAPED_DBL_CHARS.get(match) ?? `"$'${getEscapedControlChar(match)}'"`;
	};
	function stringifyArgumentSegment(argumentSegment) {
	    const doubleQuoteIfRequested = (string, quote) => quote
	        ? `"${string}"`
	        : string;
	    const quoteIfNeeded = (text) => {
	        if (text === ``)
	            return `''`;
	        if (!text.match(/[()}<>$|&;"'\n\t ]/))
	            return text;
	        if (!text.match(/['\t\p{C}]/u))
	            return `'${text}'`;
	        if (!text.match(/'/)) {
	            return `$'${text.replace(/[\t\p{C}]/u, getEscapedControlChar)}'`;
	        }
	        else {
	            return `"${text.replace(/["$\t\p{C}]/u, getEscapedDblChar)}"`;
	        }
	    };
	    switch (argumentSegment.type) {
	        case `text`:
	            return quoteIfNeeded(argumentSegment.text);
	        case `glob`:
	            return argumentSegment.pattern;
	        case `shell`:
	            return doubleQuoteIfRequested(`$(${stringifyShellLine(argumentSegment.shell)})`, argumentSegment.quoted);
	        case `variable`:
	            return doubleQuoteIfRequested(typeof argumentSegment.defaultValue === `undefined`
	                ? typeof argumentSegment.alternativeValue === `undefined`
	                    ? `\${${argumentSegment.name}}`
	                    : argumentSegment.alternativeValue.length === 0
	                        ? `\${${argumentSegment.name}:+}`
	                        : `\${${argumentSegment.name}:+${argumentSegment.alternativeValue.map(argument => stringifyValueArgument(argument)).join(` `)}}`
	                : argumentSegment.defaultValue.length === 0
	                    ? `\${${argumentSegment.name}:-}`
	                    : `\${${argumentSegment.name}:-${argumentSegment.defaultValue.map(argument => stringifyValueArgument(argument)).join(` `)}}`, argumentSegment.quoted);
	        case `arithmetic`:
	            return `$(( ${stringifyArithmeticExpression(argumentSegment.arithmetic)} ))`;
	        default:
	            throw new Error(`Unsupported argument segment type: "${argumentSegment.type}"`);
	    }
	}
	function stringifyArithmeticExpression(argument) {
	    const getOperator = (type) => {
	        switch (type) {
	            case `addition`:
	                return `+`;
	            case `subtraction`:
	                return `-`;
	            case `multiplication`:
	                return `*`;
	            case `division`:
	                return `/`;
	            default:
	                throw new Error(`Can't extract operator from arithmetic expression of type "${type}"`);
	        }
	    };
	    const parenthesizeIfRequested = (string, parenthesize) => parenthesize ? `( ${string} )` : string;
	    const stringifyAndParenthesizeIfNeeded = (expression) => 
	    // Right now we parenthesize all arithmetic operator expressions because it's easier
	    parenthesizeIfRequested(stringifyArithmeticExpression(expression), ![`number`, `variable`].includes(expression.type));
	    switch (argument.type) {
	        case `number`:
	            return String(argument.value);
	        case `variable`:
	            return argument.name;
	        default:
	            return `${stringifyAndParenthesizeIfNeeded(argument.left)} ${getOperator(argument.type)} ${stringifyAndParenthesizeIfNeeded(argument.right)}`;
	    }
	}
	return shell$1;
}

var resolution$1 = {};

/*
 * Generated by PEG.js 0.10.0.
 *
 * http://pegjs.org/
 */

var resolution;
var hasRequiredResolution$1;

function requireResolution$1 () {
	if (hasRequiredResolution$1) return resolution;
	hasRequiredResolution$1 = 1;

	function peg$subclass(child, parent) {
	  function ctor() { this.constructor = child; }
	  ctor.prototype = parent.prototype;
	  child.prototype = new ctor();
	}

	function peg$SyntaxError(message, expected, found, location) {
	  this.message  = message;
	  this.expected = expected;
	  this.found    = found;
	  this.location = location;
	  this.name     = "SyntaxError";

	  if (typeof Error.captureStackTrace === "function") {
	    Error.captureStackTrace(this, peg$SyntaxError);
	  }
	}

	peg$subclass(peg$SyntaxError, Error);

	peg$SyntaxError.buildMessage = function(expected, found) {
	  var DESCRIBE_EXPECTATION_FNS = {
	        literal: function(expectation) {
	          return "\"" + literalEscape(expectation.text) + "\"";
	        },

	        "class": function(expectation) {
	          var escapedParts = "",
	              i;

	          for (i = 0; i < expectation.parts.length; i++) {
	            escapedParts += expectation.parts[i] instanceof Array
	              ? classEscape(expectation.parts[i][0]) + "-" + classEscape(expectation.parts[i][1])
	              : classEscape(expectation.parts[i]);
	          }

	          return "[" + (expectation.inverted ? "^" : "") + escapedParts + "]";
	        },

	        any: function(expectation) {
	          return "any character";
	        },

	        end: function(expectation) {
	          return "end of input";
	        },

	        other: function(expectation) {
	          return expectation.description;
	        }
	      };

	  function hex(ch) {
	    return ch.charCodeAt(0).toString(16).toUpperCase();
	  }

	  function literalEscape(s) {
	    return s
	      .replace(/\\/g, '\\\\')
	      .replace(/"/g,  '\\"')
	      .replace(/\0/g, '\\0')
	      .replace(/\t/g, '\\t')
	      .replace(/\n/g, '\\n')
	      .replace(/\r/g, '\\r')
	      .replace(/[\x00-\x0F]/g,          function(ch) { return '\\x0' + hex(ch); })
	      .replace(/[\x10-\x1F\x7F-\x9F]/g, function(ch) { return '\\x'  + hex(ch); });
	  }

	  function classEscape(s) {
	    return s
	      .replace(/\\/g, '\\\\')
	      .replace(/\]/g, '\\]')
	      .replace(/\^/g, '\\^')
	      .replace(/-/g,  '\\-')
	      .replace(/\0/g, '\\0')
	      .replace(/\t/g, '\\t')
	      .replace(/\n/g, '\\n')
	      .replace(/\r/g, '\\r')
	      .replace(/[\x00-\x0F]/g,          function(ch) { return '\\x0' + hex(ch); })
	      .replace(/[\x10-\x1F\x7F-\x9F]/g, function(ch) { return '\\x'  + hex(ch); });
	  }

	  function describeExpectation(expectation) {
	    return DESCRIBE_EXPECTATION_FNS[expectation.type](expectation);
	  }

	  function describeExpected(expected) {
	    var descriptions = new Array(expected.length),
	        i, j;

	    for (i = 0; i < expected.length; i++) {
	      descriptions[i] = describeExpectation(expected[i]);
	    }

	    descriptions.sort();

	    if (descriptions.length > 0) {
	      for (i = 1, j = 1; i < descriptions.length; i++) {
	        if (descriptions[i - 1] !== descriptions[i]) {
	          descriptions[j] = descriptions[i];
	          j++;
	        }
	      }
	      descriptions.length = j;
	    }

	    switch (descriptions.length) {
	      case 1:
	        return descriptions[0];

	      case 2:
	        return descriptions[0] + " or " + descriptions[1];

	      default:
	        return descriptions.slice(0, -1).join(", ")
	          + ", or "
	          + descriptions[descriptions.length - 1];
	    }
	  }

	  function describeFound(found) {
	    return found ? "\"" + literalEscape(found) + "\"" : "end of input";
	  }

	  return "Expected " + describeExpected(expected) + " but " + describeFound(found) + " found.";
	};

	function peg$parse(input, options) {
	  options = options !== void 0 ? options : {};

	  var peg$FAILED = {},

	      peg$startRuleFunctions = { resolution: peg$parseresolution },
	      peg$startRuleFunction  = peg$parseresolution,

	      peg$c0 = "/",
	      peg$c1 = peg$literalExpectation("/", false),
	      peg$c2 = function(from, descriptor) { return { from, descriptor } },
	      peg$c3 = function(descriptor) { return { descriptor } },
	      peg$c4 = "@",
	      peg$c5 = peg$literalExpectation("@", false),
	      peg$c6 = function(fullName, description) { return { fullName, description } },
	      peg$c7 = function(fullName) { return { fullName } },
	      peg$c8 = function() { return text() },
	      peg$c9 = /^[^\/@]/,
	      peg$c10 = peg$classExpectation(["/", "@"], true, false),
	      peg$c11 = /^[^\/]/,
	      peg$c12 = peg$classExpectation(["/"], true, false),

	      peg$currPos          = 0,
	      peg$savedPos         = 0,
	      peg$posDetailsCache  = [{ line: 1, column: 1 }],
	      peg$maxFailPos       = 0,
	      peg$maxFailExpected  = [],
	      peg$result;

	  if ("startRule" in options) {
	    if (!(options.startRule in peg$startRuleFunctions)) {
	      throw new Error("Can't start parsing from rule \"" + options.startRule + "\".");
	    }

	    peg$startRuleFunction = peg$startRuleFunctions[options.startRule];
	  }

	  function text() {
	    return input.substring(peg$savedPos, peg$currPos);
	  }

	  function peg$literalExpectation(text, ignoreCase) {
	    return { type: "literal", text: text, ignoreCase: ignoreCase };
	  }

	  function peg$classExpectation(parts, inverted, ignoreCase) {
	    return { type: "class", parts: parts, inverted: inverted, ignoreCase: ignoreCase };
	  }

	  function peg$endExpectation() {
	    return { type: "end" };
	  }

	  function peg$computePosDetails(pos) {
	    var details = peg$posDetailsCache[pos], p;

	    if (details) {
	      return details;
	    } else {
	      p = pos - 1;
	      while (!peg$posDetailsCache[p]) {
	        p--;
	      }

	      details = peg$posDetailsCache[p];
	      details = {
	        line:   details.line,
	        column: details.column
	      };

	      while (p < pos) {
	        if (input.charCodeAt(p) === 10) {
	          details.line++;
	          details.column = 1;
	        } else {
	          details.column++;
	        }

	        p++;
	      }

	      peg$posDetailsCache[pos] = details;
	      return details;
	    }
	  }

	  function peg$computeLocation(startPos, endPos) {
	    var startPosDetails = peg$computePosDetails(startPos),
	        endPosDetails   = peg$computePosDetails(endPos);

	    return {
	      start: {
	        offset: startPos,
	        line:   startPosDetails.line,
	        column: startPosDetails.column
	      },
	      end: {
	        offset: endPos,
	        line:   endPosDetails.line,
	        column: endPosDetails.column
	      }
	    };
	  }

	  function peg$fail(expected) {
	    if (peg$currPos < peg$maxFailPos) { return; }

	    if (peg$currPos > peg$maxFailPos) {
	      peg$maxFailPos = peg$currPos;
	      peg$maxFailExpected = [];
	    }

	    peg$maxFailExpected.push(expected);
	  }

	  function peg$buildStructuredError(expected, found, location) {
	    return new peg$SyntaxError(
	      peg$SyntaxError.buildMessage(expected, found),
	      expected,
	      found,
	      location
	    );
	  }

	  function peg$parseresolution() {
	    var s0, s1, s2, s3;

	    s0 = peg$currPos;
	    s1 = peg$parsespecifier();
	    if (s1 !== peg$FAILED) {
	      if (input.charCodeAt(peg$currPos) === 47) {
	        s2 = peg$c0;
	        peg$currPos++;
	      } else {
	        s2 = peg$FAILED;
	        { peg$fail(peg$c1); }
	      }
	      if (s2 !== peg$FAILED) {
	        s3 = peg$parsespecifier();
	        if (s3 !== peg$FAILED) {
	          peg$savedPos = s0;
	          s1 = peg$c2(s1, s3);
	          s0 = s1;
	        } else {
	          peg$currPos = s0;
	          s0 = peg$FAILED;
	        }
	      } else {
	        peg$currPos = s0;
	        s0 = peg$FAILED;
	      }
	    } else {
	      peg$currPos = s0;
	      s0 = peg$FAILED;
	    }
	    if (s0 === peg$FAILED) {
	      s0 = peg$currPos;
	      s1 = peg$parsespecifier();
	      if (s1 !== peg$FAILED) {
	        peg$savedPos = s0;
	        s1 = peg$c3(s1);
	      }
	      s0 = s1;
	    }

	    return s0;
	  }

	  function peg$parsespecifier() {
	    var s0, s1, s2, s3;

	    s0 = peg$currPos;
	    s1 = peg$parsefullName();
	    if (s1 !== peg$FAILED) {
	      if (input.charCodeAt(peg$currPos) === 64) {
	        s2 = peg$c4;
	        peg$currPos++;
	      } else {
	        s2 = peg$FAILED;
	        { peg$fail(peg$c5); }
	      }
	      if (s2 !== peg$FAILED) {
	        s3 = peg$parsedescription();
	        if (s3 !== peg$FAILED) {
	          peg$savedPos = s0;
	          s1 = peg$c6(s1, s3);
	          s0 = s1;
	        } else {
	          peg$currPos = s0;
	          s0 = peg$FAILED;
	        }
	      } else {
	        peg$currPos = s0;
	        s0 = peg$FAILED;
	      }
	    } else {
	      peg$currPos = s0;
	      s0 = peg$FAILED;
	    }
	    if (s0 === peg$FAILED) {
	      s0 = peg$currPos;
	      s1 = peg$parsefullName();
	      if (s1 !== peg$FAILED) {
	        peg$savedPos = s0;
	        s1 = peg$c7(s1);
	      }
	      s0 = s1;
	    }

	    return s0;
	  }

	  function peg$parsefullName() {
	    var s0, s1, s2, s3, s4;

	    s0 = peg$currPos;
	    if (input.charCodeAt(peg$currPos) === 64) {
	      s1 = peg$c4;
	      peg$currPos++;
	    } else {
	      s1 = peg$FAILED;
	      { peg$fail(peg$c5); }
	    }
	    if (s1 !== peg$FAILED) {
	      s2 = peg$parseident();
	      if (s2 !== peg$FAILED) {
	        if (input.charCodeAt(peg$currPos) === 47) {
	          s3 = peg$c0;
	          peg$currPos++;
	        } else {
	          s3 = peg$FAILED;
	          { peg$fail(peg$c1); }
	        }
	        if (s3 !== peg$FAILED) {
	          s4 = peg$parseident();
	          if (s4 !== peg$FAILED) {
	            peg$savedPos = s0;
	            s1 = peg$c8();
	            s0 = s1;
	          } else {
	            peg$currPos = s0;
	            s0 = peg$FAILED;
	          }
	        } else {
	          peg$currPos = s0;
	          s0 = peg$FAILED;
	        }
	      } else {
	        peg$currPos = s0;
	        s0 = peg$FAILED;
	      }
	    } else {
	      peg$currPos = s0;
	      s0 = peg$FAILED;
	    }
	    if (s0 === peg$FAILED) {
	      s0 = peg$currPos;
	      s1 = peg$parseident();
	      if (s1 !== peg$FAILED) {
	        peg$savedPos = s0;
	        s1 = peg$c8();
	      }
	      s0 = s1;
	    }

	    return s0;
	  }

	  function peg$parseident() {
	    var s0, s1, s2;

	    s0 = peg$currPos;
	    s1 = [];
	    if (peg$c9.test(input.charAt(peg$currPos))) {
	      s2 = input.charAt(peg$currPos);
	      peg$currPos++;
	    } else {
	      s2 = peg$FAILED;
	      { peg$fail(peg$c10); }
	    }
	    if (s2 !== peg$FAILED) {
	      while (s2 !== peg$FAILED) {
	        s1.push(s2);
	        if (peg$c9.test(input.charAt(peg$currPos))) {
	          s2 = input.charAt(peg$currPos);
	          peg$currPos++;
	        } else {
	          s2 = peg$FAILED;
	          { peg$fail(peg$c10); }
	        }
	      }
	    } else {
	      s1 = peg$FAILED;
	    }
	    if (s1 !== peg$FAILED) {
	      peg$savedPos = s0;
	      s1 = peg$c8();
	    }
	    s0 = s1;

	    return s0;
	  }

	  function peg$parsedescription() {
	    var s0, s1, s2;

	    s0 = peg$currPos;
	    s1 = [];
	    if (peg$c11.test(input.charAt(peg$currPos))) {
	      s2 = input.charAt(peg$currPos);
	      peg$currPos++;
	    } else {
	      s2 = peg$FAILED;
	      { peg$fail(peg$c12); }
	    }
	    if (s2 !== peg$FAILED) {
	      while (s2 !== peg$FAILED) {
	        s1.push(s2);
	        if (peg$c11.test(input.charAt(peg$currPos))) {
	          s2 = input.charAt(peg$currPos);
	          peg$currPos++;
	        } else {
	          s2 = peg$FAILED;
	          { peg$fail(peg$c12); }
	        }
	      }
	    } else {
	      s1 = peg$FAILED;
	    }
	    if (s1 !== peg$FAILED) {
	      peg$savedPos = s0;
	      s1 = peg$c8();
	    }
	    s0 = s1;

	    return s0;
	  }

	  peg$result = peg$startRuleFunction();

	  if (peg$result !== peg$FAILED && peg$currPos === input.length) {
	    return peg$result;
	  } else {
	    if (peg$result !== peg$FAILED && peg$currPos < input.length) {
	      peg$fail(peg$endExpectation());
	    }

	    throw peg$buildStructuredError(
	      peg$maxFailExpected,
	      peg$maxFailPos < input.length ? input.charAt(peg$maxFailPos) : null,
	      peg$maxFailPos < input.length
	        ? peg$computeLocation(peg$maxFailPos, peg$maxFailPos + 1)
	        : peg$computeLocation(peg$maxFailPos, peg$maxFailPos)
	    );
	  }
	}

	resolution = {
	  SyntaxError: peg$SyntaxError,
	  parse:       peg$parse
	};
	return resolution;
}

var hasRequiredResolution;

function requireResolution () {
	if (hasRequiredResolution) return resolution$1;
	hasRequiredResolution = 1;
	Object.defineProperty(resolution$1, "__esModule", { value: true });
	resolution$1.parseResolution = parseResolution;
	resolution$1.stringifyResolution = stringifyResolution;
	const resolution_1 = requireResolution$1();
	function parseResolution(source) {
	    const legacyResolution = source.match(/^\*{1,2}\/(.*)/);
	    if (legacyResolution)
	        throw new Error(`The override for '${source}' includes a glob pattern. Glob patterns have been removed since their behaviours don't match what you'd expect. Set the override to '${legacyResolution[1]}' instead.`);
	    try {
	        return (0, resolution_1.parse)(source);
	    }
	    catch (error) {
	        if (error.location)
	            error.message = error.message.replace(/(\.)?$/, ` (line ${error.location.start.line}, column ${error.location.start.column})$1`);
	        throw error;
	    }
	}
	function stringifyResolution(resolution) {
	    let str = ``;
	    if (resolution.from) {
	        str += resolution.from.fullName;
	        if (resolution.from.description)
	            str += `@${resolution.from.description}`;
	        str += `/`;
	    }
	    str += resolution.descriptor.fullName;
	    if (resolution.descriptor.description)
	        str += `@${resolution.descriptor.description}`;
	    return str;
	}
	return resolution$1;
}

var syml$1 = {};

var jsYaml = {};

var loader = {};

var common = {};

var hasRequiredCommon;

function requireCommon () {
	if (hasRequiredCommon) return common;
	hasRequiredCommon = 1;

	function isNothing (subject) {
	  return (typeof subject === 'undefined') || (subject === null)
	}

	function isObject (subject) {
	  return (typeof subject === 'object') && (subject !== null)
	}

	function toArray (sequence) {
	  if (Array.isArray(sequence)) return sequence
	  else if (isNothing(sequence)) return []

	  return [sequence]
	}

	function extend (target, source) {
	  if (source) {
	    const sourceKeys = Object.keys(source);

	    for (let index = 0, length = sourceKeys.length; index < length; index += 1) {
	      const key = sourceKeys[index];
	      target[key] = source[key];
	    }
	  }

	  return target
	}

	function repeat (string, count) {
	  let result = '';

	  for (let cycle = 0; cycle < count; cycle += 1) {
	    result += string;
	  }

	  return result
	}

	function isNegativeZero (number) {
	  return (number === 0) && (Number.NEGATIVE_INFINITY === 1 / number)
	}

	common.isNothing = isNothing;
	common.isObject = isObject;
	common.toArray = toArray;
	common.repeat = repeat;
	common.isNegativeZero = isNegativeZero;
	common.extend = extend;
	return common;
}

var exception;
var hasRequiredException;

function requireException () {
	if (hasRequiredException) return exception;
	hasRequiredException = 1;

	function formatError (exception, compact) {
	  let where = '';
	  const message = exception.reason || '(unknown reason)';

	  if (!exception.mark) return message

	  if (exception.mark.name) {
	    where += 'in "' + exception.mark.name + '" ';
	  }

	  where += '(' + (exception.mark.line + 1) + ':' + (exception.mark.column + 1) + ')';

	  if (!compact && exception.mark.snippet) {
	    where += '\n\n' + exception.mark.snippet;
	  }

	  return message + ' ' + where
	}

	function YAMLException (reason, mark) {
	  // Super constructor
	  Error.call(this);

	  this.name = 'YAMLException';
	  this.reason = reason;
	  this.mark = mark;
	  this.message = formatError(this, false);

	  // Include stack trace in error object
	  if (Error.captureStackTrace) {
	    // Chrome and NodeJS
	    Error.captureStackTrace(this, this.constructor);
	  } else {
	    // FF, IE 10+ and Safari 6+. Fallback for others
	    this.stack = (new Error()).stack || '';
	  }
	}

	// Inherit from Error
	YAMLException.prototype = Object.create(Error.prototype);
	YAMLException.prototype.constructor = YAMLException;

	YAMLException.prototype.toString = function toString (compact) {
	  return this.name + ': ' + formatError(this, compact)
	};

	exception = YAMLException;
	return exception;
}

var snippet;
var hasRequiredSnippet;

function requireSnippet () {
	if (hasRequiredSnippet) return snippet;
	hasRequiredSnippet = 1;

	const common = requireCommon();

	// get snippet for a single line, respecting maxLength
	function getLine (buffer, lineStart, lineEnd, position, maxLineLength) {
	  let head = '';
	  let tail = '';
	  const maxHalfLength = Math.floor(maxLineLength / 2) - 1;

	  if (position - lineStart > maxHalfLength) {
	    head = ' ... ';
	    lineStart = position - maxHalfLength + head.length;
	  }

	  if (lineEnd - position > maxHalfLength) {
	    tail = ' ...';
	    lineEnd = position + maxHalfLength - tail.length;
	  }

	  return {
	    str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, '→') + tail,
	    pos: position - lineStart + head.length // relative position
	  }
	}

	function padStart (string, max) {
	  return common.repeat(' ', max - string.length) + string
	}

	function makeSnippet (mark, options) {
	  options = Object.create(options || null);

	  if (!mark.buffer) return null

	  if (!options.maxLength) options.maxLength = 79;
	  if (typeof options.indent !== 'number') options.indent = 1;
	  if (typeof options.linesBefore !== 'number') options.linesBefore = 3;
	  if (typeof options.linesAfter !== 'number') options.linesAfter = 2;

	  const re = /\r?\n|\r|\0/g;
	  const lineStarts = [0];
	  const lineEnds = [];
	  let match;
	  let foundLineNo = -1;

	  while ((match = re.exec(mark.buffer))) {
	    lineEnds.push(match.index);
	    lineStarts.push(match.index + match[0].length);

	    if (mark.position <= match.index && foundLineNo < 0) {
	      foundLineNo = lineStarts.length - 2;
	    }
	  }

	  if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;

	  let result = '';
	  const lineNoLength = Math.min(mark.line + options.linesAfter, lineEnds.length).toString().length;
	  const maxLineLength = options.maxLength - (options.indent + lineNoLength + 3);

	  for (let i = 1; i <= options.linesBefore; i++) {
	    if (foundLineNo - i < 0) break
	    const line = getLine(
	      mark.buffer,
	      lineStarts[foundLineNo - i],
	      lineEnds[foundLineNo - i],
	      mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]),
	      maxLineLength
	    );
	    result = common.repeat(' ', options.indent) + padStart((mark.line - i + 1).toString(), lineNoLength) +
	      ' | ' + line.str + '\n' + result;
	  }

	  const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
	  result += common.repeat(' ', options.indent) + padStart((mark.line + 1).toString(), lineNoLength) +
	    ' | ' + line.str + '\n';
	  result += common.repeat('-', options.indent + lineNoLength + 3 + line.pos) + '^' + '\n';

	  for (let i = 1; i <= options.linesAfter; i++) {
	    if (foundLineNo + i >= lineEnds.length) break
	    const line = getLine(
	      mark.buffer,
	      lineStarts[foundLineNo + i],
	      lineEnds[foundLineNo + i],
	      mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]),
	      maxLineLength
	    );
	    result += common.repeat(' ', options.indent) + padStart((mark.line + i + 1).toString(), lineNoLength) +
	      ' | ' + line.str + '\n';
	  }

	  return result.replace(/\n$/, '')
	}

	snippet = makeSnippet;
	return snippet;
}

var type;
var hasRequiredType;

function requireType () {
	if (hasRequiredType) return type;
	hasRequiredType = 1;

	const YAMLException = requireException();

	const TYPE_CONSTRUCTOR_OPTIONS = [
	  'kind',
	  'multi',
	  'resolve',
	  'construct',
	  'instanceOf',
	  'predicate',
	  'represent',
	  'representName',
	  'defaultStyle',
	  'styleAliases'
	];

	const YAML_NODE_KINDS = [
	  'scalar',
	  'sequence',
	  'mapping'
	];

	function compileStyleAliases (map) {
	  const result = {};

	  if (map !== null) {
	    Object.keys(map).forEach(function (style) {
	      map[style].forEach(function (alias) {
	        result[String(alias)] = style;
	      });
	    });
	  }

	  return result
	}

	function Type (tag, options) {
	  options = options || {};

	  Object.keys(options).forEach(function (name) {
	    if (TYPE_CONSTRUCTOR_OPTIONS.indexOf(name) === -1) {
	      throw new YAMLException('Unknown option "' + name + '" is met in definition of "' + tag + '" YAML type.')
	    }
	  });

	  // TODO: Add tag format check.
	  this.options = options; // keep original options in case user wants to extend this type later
	  this.tag = tag;
	  this.kind = options['kind'] || null;
	  this.resolve = options['resolve'] || function () { return true };
	  this.construct = options['construct'] || function (data) { return data };
	  this.instanceOf = options['instanceOf'] || null;
	  this.predicate = options['predicate'] || null;
	  this.represent = options['represent'] || null;
	  this.representName = options['representName'] || null;
	  this.defaultStyle = options['defaultStyle'] || null;
	  this.multi = options['multi'] || false;
	  this.styleAliases = compileStyleAliases(options['styleAliases'] || null);

	  if (YAML_NODE_KINDS.indexOf(this.kind) === -1) {
	    throw new YAMLException('Unknown kind "' + this.kind + '" is specified for "' + tag + '" YAML type.')
	  }
	}

	type = Type;
	return type;
}

var schema;
var hasRequiredSchema;

function requireSchema () {
	if (hasRequiredSchema) return schema;
	hasRequiredSchema = 1;

	const YAMLException = requireException();
	const Type = requireType();

	function compileList (schema, name) {
	  const result = [];

	  schema[name].forEach(function (currentType) {
	    let newIndex = result.length;

	    result.forEach(function (previousType, previousIndex) {
	      if (previousType.tag === currentType.tag &&
	          previousType.kind === currentType.kind &&
	          previousType.multi === currentType.multi) {
	        newIndex = previousIndex;
	      }
	    });

	    result[newIndex] = currentType;
	  });

	  return result
	}

	function compileMap (/* lists... */) {
	  const result = {
	    scalar: {},
	    sequence: {},
	    mapping: {},
	    fallback: {},
	    multi: {
	      scalar: [],
	      sequence: [],
	      mapping: [],
	      fallback: []
	    }
	  };
	  function collectType (type) {
	    if (type.multi) {
	      result.multi[type.kind].push(type);
	      result.multi['fallback'].push(type);
	    } else {
	      result[type.kind][type.tag] = result['fallback'][type.tag] = type;
	    }
	  }

	  for (let index = 0, length = arguments.length; index < length; index += 1) {
	    arguments[index].forEach(collectType);
	  }
	  return result
	}

	function Schema (definition) {
	  return this.extend(definition)
	}

	Schema.prototype.extend = function extend (definition) {
	  let implicit = [];
	  let explicit = [];

	  if (definition instanceof Type) {
	    // Schema.extend(type)
	    explicit.push(definition);
	  } else if (Array.isArray(definition)) {
	    // Schema.extend([ type1, type2, ... ])
	    explicit = explicit.concat(definition);
	  } else if (definition && (Array.isArray(definition.implicit) || Array.isArray(definition.explicit))) {
	    // Schema.extend({ explicit: [ type1, type2, ... ], implicit: [ type1, type2, ... ] })
	    if (definition.implicit) implicit = implicit.concat(definition.implicit);
	    if (definition.explicit) explicit = explicit.concat(definition.explicit);
	  } else {
	    throw new YAMLException('Schema.extend argument should be a Type, [ Type ], ' +
	      'or a schema definition ({ implicit: [...], explicit: [...] })')
	  }

	  implicit.forEach(function (type) {
	    if (!(type instanceof Type)) {
	      throw new YAMLException('Specified list of YAML types (or a single Type object) contains a non-Type object.')
	    }

	    if (type.loadKind && type.loadKind !== 'scalar') {
	      throw new YAMLException('There is a non-scalar type in the implicit list of a schema. Implicit resolving of such types is not supported.')
	    }

	    if (type.multi) {
	      throw new YAMLException('There is a multi type in the implicit list of a schema. Multi tags can only be listed as explicit.')
	    }
	  });

	  explicit.forEach(function (type) {
	    if (!(type instanceof Type)) {
	      throw new YAMLException('Specified list of YAML types (or a single Type object) contains a non-Type object.')
	    }
	  });

	  const result = Object.create(Schema.prototype);

	  result.implicit = (this.implicit || []).concat(implicit);
	  result.explicit = (this.explicit || []).concat(explicit);

	  result.compiledImplicit = compileList(result, 'implicit');
	  result.compiledExplicit = compileList(result, 'explicit');
	  result.compiledTypeMap = compileMap(result.compiledImplicit, result.compiledExplicit);

	  return result
	};

	schema = Schema;
	return schema;
}

var str;
var hasRequiredStr;

function requireStr () {
	if (hasRequiredStr) return str;
	hasRequiredStr = 1;

	const Type = requireType();

	str = new Type('tag:yaml.org,2002:str', {
	  kind: 'scalar',
	  construct: function (data) { return data !== null ? data : '' }
	});
	return str;
}

var seq;
var hasRequiredSeq;

function requireSeq () {
	if (hasRequiredSeq) return seq;
	hasRequiredSeq = 1;

	const Type = requireType();

	seq = new Type('tag:yaml.org,2002:seq', {
	  kind: 'sequence',
	  construct: function (data) { return data !== null ? data : [] }
	});
	return seq;
}

var map;
var hasRequiredMap;

function requireMap () {
	if (hasRequiredMap) return map;
	hasRequiredMap = 1;

	const Type = requireType();

	map = new Type('tag:yaml.org,2002:map', {
	  kind: 'mapping',
	  construct: function (data) { return data !== null ? data : {} }
	});
	return map;
}

var failsafe;
var hasRequiredFailsafe;

function requireFailsafe () {
	if (hasRequiredFailsafe) return failsafe;
	hasRequiredFailsafe = 1;

	const Schema = requireSchema();

	failsafe = new Schema({
	  explicit: [
	    requireStr(),
	    requireSeq(),
	    requireMap()
	  ]
	});
	return failsafe;
}

var _null;
var hasRequired_null;

function require_null () {
	if (hasRequired_null) return _null;
	hasRequired_null = 1;

	const Type = requireType();

	function resolveYamlNull (data) {
	  if (data === null) return true

	  const max = data.length;

	  return (max === 1 && data === '~') ||
	         (max === 4 && (data === 'null' || data === 'Null' || data === 'NULL'))
	}

	function constructYamlNull () {
	  return null
	}

	function isNull (object) {
	  return object === null
	}

	_null = new Type('tag:yaml.org,2002:null', {
	  kind: 'scalar',
	  resolve: resolveYamlNull,
	  construct: constructYamlNull,
	  predicate: isNull,
	  represent: {
	    canonical: function () { return '~' },
	    lowercase: function () { return 'null' },
	    uppercase: function () { return 'NULL' },
	    camelcase: function () { return 'Null' },
	    empty: function () { return '' }
	  },
	  defaultStyle: 'lowercase'
	});
	return _null;
}

var bool;
var hasRequiredBool;

function requireBool () {
	if (hasRequiredBool) return bool;
	hasRequiredBool = 1;

	const Type = requireType();

	function resolveYamlBoolean (data) {
	  if (data === null) return false

	  const max = data.length;

	  return (max === 4 && (data === 'true' || data === 'True' || data === 'TRUE')) ||
	         (max === 5 && (data === 'false' || data === 'False' || data === 'FALSE'))
	}

	function constructYamlBoolean (data) {
	  return data === 'true' ||
	         data === 'True' ||
	         data === 'TRUE'
	}

	function isBoolean (object) {
	  return Object.prototype.toString.call(object) === '[object Boolean]'
	}

	bool = new Type('tag:yaml.org,2002:bool', {
	  kind: 'scalar',
	  resolve: resolveYamlBoolean,
	  construct: constructYamlBoolean,
	  predicate: isBoolean,
	  represent: {
	    lowercase: function (object) { return object ? 'true' : 'false' },
	    uppercase: function (object) { return object ? 'TRUE' : 'FALSE' },
	    camelcase: function (object) { return object ? 'True' : 'False' }
	  },
	  defaultStyle: 'lowercase'
	});
	return bool;
}

var int;
var hasRequiredInt;

function requireInt () {
	if (hasRequiredInt) return int;
	hasRequiredInt = 1;

	const common = requireCommon();
	const Type = requireType();

	function isHexCode (c) {
	  return ((c >= 0x30/* 0 */) && (c <= 0x39/* 9 */)) ||
	         ((c >= 0x41/* A */) && (c <= 0x46/* F */)) ||
	         ((c >= 0x61/* a */) && (c <= 0x66/* f */))
	}

	function isOctCode (c) {
	  return ((c >= 0x30/* 0 */) && (c <= 0x37/* 7 */))
	}

	function isDecCode (c) {
	  return ((c >= 0x30/* 0 */) && (c <= 0x39/* 9 */))
	}

	function resolveYamlInteger (data) {
	  if (data === null) return false

	  const max = data.length;
	  let index = 0;
	  let hasDigits = false;

	  if (!max) return false

	  let ch = data[index];

	  // sign
	  if (ch === '-' || ch === '+') {
	    ch = data[++index];
	  }

	  if (ch === '0') {
	    // 0
	    if (index + 1 === max) return true
	    ch = data[++index];

	    // base 2, base 8, base 16

	    if (ch === 'b') {
	      // base 2
	      index++;

	      for (; index < max; index++) {
	        ch = data[index];
	        if (ch !== '0' && ch !== '1') return false
	        hasDigits = true;
	      }
	      return hasDigits && isFinite(parseYamlInteger(data))
	    }

	    if (ch === 'x') {
	      // base 16
	      index++;

	      for (; index < max; index++) {
	        if (!isHexCode(data.charCodeAt(index))) return false
	        hasDigits = true;
	      }
	      return hasDigits && isFinite(parseYamlInteger(data))
	    }

	    if (ch === 'o') {
	      // base 8
	      index++;

	      for (; index < max; index++) {
	        if (!isOctCode(data.charCodeAt(index))) return false
	        hasDigits = true;
	      }
	      return hasDigits && isFinite(parseYamlInteger(data))
	    }
	  }

	  // base 10 (except 0)

	  for (; index < max; index++) {
	    if (!isDecCode(data.charCodeAt(index))) {
	      return false
	    }
	    hasDigits = true;
	  }

	  if (!hasDigits) return false

	  return isFinite(parseYamlInteger(data))
	}

	function parseYamlInteger (data) {
	  let value = data;
	  let sign = 1;

	  let ch = value[0];

	  if (ch === '-' || ch === '+') {
	    if (ch === '-') sign = -1;
	    value = value.slice(1);
	    ch = value[0];
	  }

	  if (value === '0') return 0

	  if (ch === '0') {
	    if (value[1] === 'b') return sign * parseInt(value.slice(2), 2)
	    if (value[1] === 'x') return sign * parseInt(value.slice(2), 16)
	    if (value[1] === 'o') return sign * parseInt(value.slice(2), 8)
	  }

	  return sign * parseInt(value, 10)
	}

	function constructYamlInteger (data) {
	  return parseYamlInteger(data)
	}

	function isInteger (object) {
	  return (Object.prototype.toString.call(object)) === '[object Number]' &&
	         (object % 1 === 0 && !common.isNegativeZero(object))
	}

	int = new Type('tag:yaml.org,2002:int', {
	  kind: 'scalar',
	  resolve: resolveYamlInteger,
	  construct: constructYamlInteger,
	  predicate: isInteger,
	  represent: {
	    binary: function (obj) { return obj >= 0 ? '0b' + obj.toString(2) : '-0b' + obj.toString(2).slice(1) },
	    octal: function (obj) { return obj >= 0 ? '0o' + obj.toString(8) : '-0o' + obj.toString(8).slice(1) },
	    decimal: function (obj) { return obj.toString(10) },
	    hexadecimal: function (obj) { return obj >= 0 ? '0x' + obj.toString(16).toUpperCase() : '-0x' + obj.toString(16).toUpperCase().slice(1) }
	  },
	  defaultStyle: 'decimal',
	  styleAliases: {
	    binary: [2, 'bin'],
	    octal: [8, 'oct'],
	    decimal: [10, 'dec'],
	    hexadecimal: [16, 'hex']
	  }
	});
	return int;
}

var float;
var hasRequiredFloat;

function requireFloat () {
	if (hasRequiredFloat) return float;
	hasRequiredFloat = 1;

	const common = requireCommon();
	const Type = requireType();

	const YAML_FLOAT_PATTERN = new RegExp(
	  // 2.5e4, 2.5 and integers
	  '^(?:[-+]?(?:[0-9]+)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?' +
	  // .2e4, .2
	  // special case, seems not from spec
	  '|\\.[0-9]+(?:[eE][-+]?[0-9]+)?' +
	  // .inf
	  '|[-+]?\\.(?:inf|Inf|INF)' +
	  // .nan
	  '|\\.(?:nan|NaN|NAN))$');

	const YAML_FLOAT_SPECIAL_PATTERN = new RegExp(
	  '^(?:' +
	  // .inf
	  '[-+]?\\.(?:inf|Inf|INF)' +
	  // .nan
	  '|\\.(?:nan|NaN|NAN))$');

	function resolveYamlFloat (data) {
	  if (data === null) return false

	  if (!YAML_FLOAT_PATTERN.test(data)) {
	    return false
	  }

	  if (isFinite(parseFloat(data, 10))) {
	    return true
	  }

	  return YAML_FLOAT_SPECIAL_PATTERN.test(data)
	}

	function constructYamlFloat (data) {
	  let value = data.toLowerCase();
	  const sign = value[0] === '-' ? -1 : 1;

	  if ('+-'.indexOf(value[0]) >= 0) {
	    value = value.slice(1);
	  }

	  if (value === '.inf') {
	    return (sign === 1) ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY
	  } else if (value === '.nan') {
	    return NaN
	  }
	  return sign * parseFloat(value, 10)
	}

	const SCIENTIFIC_WITHOUT_DOT = /^[-+]?[0-9]+e/;

	function representYamlFloat (object, style) {
	  if (isNaN(object)) {
	    switch (style) {
	      case 'lowercase': return '.nan'
	      case 'uppercase': return '.NAN'
	      case 'camelcase': return '.NaN'
	    }
	  } else if (Number.POSITIVE_INFINITY === object) {
	    switch (style) {
	      case 'lowercase': return '.inf'
	      case 'uppercase': return '.INF'
	      case 'camelcase': return '.Inf'
	    }
	  } else if (Number.NEGATIVE_INFINITY === object) {
	    switch (style) {
	      case 'lowercase': return '-.inf'
	      case 'uppercase': return '-.INF'
	      case 'camelcase': return '-.Inf'
	    }
	  } else if (common.isNegativeZero(object)) {
	    return '-0.0'
	  }

	  const res = object.toString(10);

	  // JS stringifier can build scientific format without dots: 5e-100,
	  // while YAML requres dot: 5.e-100. Fix it with simple hack

	  return SCIENTIFIC_WITHOUT_DOT.test(res) ? res.replace('e', '.e') : res
	}

	function isFloat (object) {
	  return (Object.prototype.toString.call(object) === '[object Number]') &&
	         (object % 1 !== 0 || common.isNegativeZero(object))
	}

	float = new Type('tag:yaml.org,2002:float', {
	  kind: 'scalar',
	  resolve: resolveYamlFloat,
	  construct: constructYamlFloat,
	  predicate: isFloat,
	  represent: representYamlFloat,
	  defaultStyle: 'lowercase'
	});
	return float;
}

var json;
var hasRequiredJson;

function requireJson () {
	if (hasRequiredJson) return json;
	hasRequiredJson = 1;

	json = requireFailsafe().extend({
	  implicit: [
	    require_null(),
	    requireBool(),
	    requireInt(),
	    requireFloat()
	  ]
	});
	return json;
}

var core;
var hasRequiredCore;

function requireCore () {
	if (hasRequiredCore) return core;
	hasRequiredCore = 1;

	core = requireJson();
	return core;
}

var timestamp;
var hasRequiredTimestamp;

function requireTimestamp () {
	if (hasRequiredTimestamp) return timestamp;
	hasRequiredTimestamp = 1;

	const Type = requireType();

	const YAML_DATE_REGEXP = new RegExp(
	  '^([0-9][0-9][0-9][0-9])' + // [1] year
	  '-([0-9][0-9])' + // [2] month
	  '-([0-9][0-9])$');                   // [3] day

	const YAML_TIMESTAMP_REGEXP = new RegExp(
	  '^([0-9][0-9][0-9][0-9])' + // [1] year
	  '-([0-9][0-9]?)' + // [2] month
	  '-([0-9][0-9]?)' + // [3] day
	  '(?:[Tt]|[ \\t]+)' + // ...
	  '([0-9][0-9]?)' + // [4] hour
	  ':([0-9][0-9])' + // [5] minute
	  ':([0-9][0-9])' + // [6] second
	  '(?:\\.([0-9]*))?' + // [7] fraction
	  '(?:[ \\t]*(Z|([-+])([0-9][0-9]?)' + // [8] tz [9] tz_sign [10] tzHour
	  '(?::([0-9][0-9]))?))?$');           // [11] tzMinute

	function resolveYamlTimestamp (data) {
	  if (data === null) return false
	  if (YAML_DATE_REGEXP.exec(data) !== null) return true
	  if (YAML_TIMESTAMP_REGEXP.exec(data) !== null) return true
	  return false
	}

	function constructYamlTimestamp (data) {
	  let fraction = 0;
	  let delta = null;

	  let match = YAML_DATE_REGEXP.exec(data);
	  if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(data);

	  if (match === null) throw new Error('Date resolve error')

	  // match: [1] year [2] month [3] day

	  const year = +(match[1]);
	  const month = +(match[2]) - 1; // JS month starts with 0
	  const day = +(match[3]);

	  if (!match[4]) { // no hour
	    return new Date(Date.UTC(year, month, day))
	  }

	  // match: [4] hour [5] minute [6] second [7] fraction

	  const hour = +(match[4]);
	  const minute = +(match[5]);
	  const second = +(match[6]);

	  if (match[7]) {
	    fraction = match[7].slice(0, 3);
	    while (fraction.length < 3) { // milli-seconds
	      fraction += '0';
	    }
	    fraction = +fraction;
	  }

	  // match: [8] tz [9] tz_sign [10] tzHour [11] tzMinute

	  if (match[9]) {
	    const tzHour = +(match[10]);
	    const tzMinute = +(match[11] || 0);
	    delta = (tzHour * 60 + tzMinute) * 60000; // delta in mili-seconds
	    if (match[9] === '-') delta = -delta;
	  }

	  const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));

	  if (delta) date.setTime(date.getTime() - delta);

	  return date
	}

	function representYamlTimestamp (object /*, style */) {
	  return object.toISOString()
	}

	timestamp = new Type('tag:yaml.org,2002:timestamp', {
	  kind: 'scalar',
	  resolve: resolveYamlTimestamp,
	  construct: constructYamlTimestamp,
	  instanceOf: Date,
	  represent: representYamlTimestamp
	});
	return timestamp;
}

var merge;
var hasRequiredMerge;

function requireMerge () {
	if (hasRequiredMerge) return merge;
	hasRequiredMerge = 1;

	const Type = requireType();

	function resolveYamlMerge (data) {
	  return data === '<<' || data === null
	}

	merge = new Type('tag:yaml.org,2002:merge', {
	  kind: 'scalar',
	  resolve: resolveYamlMerge
	});
	return merge;
}

var binary;
var hasRequiredBinary;

function requireBinary () {
	if (hasRequiredBinary) return binary;
	hasRequiredBinary = 1;

	const Type = requireType();

	// [ 64, 65, 66 ] -> [ padding, CR, LF ]
	const BASE64_MAP = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n\r';

	function resolveYamlBinary (data) {
	  if (data === null) return false

	  let bitlen = 0;
	  const max = data.length;
	  const map = BASE64_MAP;

	  // Convert one by one.
	  for (let idx = 0; idx < max; idx++) {
	    const code = map.indexOf(data.charAt(idx));

	    // Skip CR/LF
	    if (code > 64) continue

	    // Fail on illegal characters
	    if (code < 0) return false

	    bitlen += 6;
	  }

	  // If there are any bits left, source was corrupted
	  return (bitlen % 8) === 0
	}

	function constructYamlBinary (data) {
	  const input = data.replace(/[\r\n=]/g, ''); // remove CR/LF & padding to simplify scan
	  const max = input.length;
	  const map = BASE64_MAP;
	  let bits = 0;
	  const result = [];

	  // Collect by 6*4 bits (3 bytes)

	  for (let idx = 0; idx < max; idx++) {
	    if ((idx % 4 === 0) && idx) {
	      result.push((bits >> 16) & 0xFF);
	      result.push((bits >> 8) & 0xFF);
	      result.push(bits & 0xFF);
	    }

	    bits = (bits << 6) | map.indexOf(input.charAt(idx));
	  }

	  // Dump tail

	  const tailbits = (max % 4) * 6;

	  if (tailbits === 0) {
	    result.push((bits >> 16) & 0xFF);
	    result.push((bits >> 8) & 0xFF);
	    result.push(bits & 0xFF);
	  } else if (tailbits === 18) {
	    result.push((bits >> 10) & 0xFF);
	    result.push((bits >> 2) & 0xFF);
	  } else if (tailbits === 12) {
	    result.push((bits >> 4) & 0xFF);
	  }

	  return new Uint8Array(result)
	}

	function representYamlBinary (object /*, style */) {
	  let result = '';
	  let bits = 0;
	  const max = object.length;
	  const map = BASE64_MAP;

	  // Convert every three bytes to 4 ASCII characters.

	  for (let idx = 0; idx < max; idx++) {
	    if ((idx % 3 === 0) && idx) {
	      result += map[(bits >> 18) & 0x3F];
	      result += map[(bits >> 12) & 0x3F];
	      result += map[(bits >> 6) & 0x3F];
	      result += map[bits & 0x3F];
	    }

	    bits = (bits << 8) + object[idx];
	  }

	  // Dump tail

	  const tail = max % 3;

	  if (tail === 0) {
	    result += map[(bits >> 18) & 0x3F];
	    result += map[(bits >> 12) & 0x3F];
	    result += map[(bits >> 6) & 0x3F];
	    result += map[bits & 0x3F];
	  } else if (tail === 2) {
	    result += map[(bits >> 10) & 0x3F];
	    result += map[(bits >> 4) & 0x3F];
	    result += map[(bits << 2) & 0x3F];
	    result += map[64];
	  } else if (tail === 1) {
	    result += map[(bits >> 2) & 0x3F];
	    result += map[(bits << 4) & 0x3F];
	    result += map[64];
	    result += map[64];
	  }

	  return result
	}

	function isBinary (obj) {
	  return Object.prototype.toString.call(obj) === '[object Uint8Array]'
	}

	binary = new Type('tag:yaml.org,2002:binary', {
	  kind: 'scalar',
	  resolve: resolveYamlBinary,
	  construct: constructYamlBinary,
	  predicate: isBinary,
	  represent: representYamlBinary
	});
	return binary;
}

var omap;
var hasRequiredOmap;

function requireOmap () {
	if (hasRequiredOmap) return omap;
	hasRequiredOmap = 1;

	const Type = requireType();

	const _hasOwnProperty = Object.prototype.hasOwnProperty;
	const _toString = Object.prototype.toString;

	function resolveYamlOmap (data) {
	  if (data === null) return true

	  const objectKeys = {};
	  const object = data;

	  for (let index = 0, length = object.length; index < length; index += 1) {
	    const pair = object[index];
	    let pairHasKey = false;

	    if (_toString.call(pair) !== '[object Object]') return false

	    let pairKey;
	    for (pairKey in pair) {
	      if (_hasOwnProperty.call(pair, pairKey)) {
	        if (!pairHasKey) pairHasKey = true;
	        else return false
	      }
	    }

	    if (!pairHasKey) return false

	    if (_hasOwnProperty.call(objectKeys, pairKey)) return false
	    Object.defineProperty(objectKeys, pairKey, { value: true });
	  }

	  return true
	}

	function constructYamlOmap (data) {
	  return data !== null ? data : []
	}

	omap = new Type('tag:yaml.org,2002:omap', {
	  kind: 'sequence',
	  resolve: resolveYamlOmap,
	  construct: constructYamlOmap
	});
	return omap;
}

var pairs;
var hasRequiredPairs;

function requirePairs () {
	if (hasRequiredPairs) return pairs;
	hasRequiredPairs = 1;

	const Type = requireType();

	const _toString = Object.prototype.toString;

	function resolveYamlPairs (data) {
	  if (data === null) return true

	  const object = data;

	  const result = new Array(object.length);

	  for (let index = 0, length = object.length; index < length; index += 1) {
	    const pair = object[index];

	    if (_toString.call(pair) !== '[object Object]') return false

	    const keys = Object.keys(pair);

	    if (keys.length !== 1) return false

	    result[index] = [keys[0], pair[keys[0]]];
	  }

	  return true
	}

	function constructYamlPairs (data) {
	  if (data === null) return []

	  const object = data;
	  const result = new Array(object.length);

	  for (let index = 0, length = object.length; index < length; index += 1) {
	    const pair = object[index];

	    const keys = Object.keys(pair);

	    result[index] = [keys[0], pair[keys[0]]];
	  }

	  return result
	}

	pairs = new Type('tag:yaml.org,2002:pairs', {
	  kind: 'sequence',
	  resolve: resolveYamlPairs,
	  construct: constructYamlPairs
	});
	return pairs;
}

var set;
var hasRequiredSet;

function requireSet () {
	if (hasRequiredSet) return set;
	hasRequiredSet = 1;

	const Type = requireType();

	const _hasOwnProperty = Object.prototype.hasOwnProperty;

	function resolveYamlSet (data) {
	  if (data === null) return true

	  const object = data;

	  for (const key in object) {
	    if (_hasOwnProperty.call(object, key)) {
	      if (object[key] !== null) return false
	    }
	  }

	  return true
	}

	function constructYamlSet (data) {
	  return data !== null ? data : {}
	}

	set = new Type('tag:yaml.org,2002:set', {
	  kind: 'mapping',
	  resolve: resolveYamlSet,
	  construct: constructYamlSet
	});
	return set;
}

var _default;
var hasRequired_default;

function require_default () {
	if (hasRequired_default) return _default;
	hasRequired_default = 1;

	_default = requireCore().extend({
	  implicit: [
	    requireTimestamp(),
	    requireMerge()
	  ],
	  explicit: [
	    requireBinary(),
	    requireOmap(),
	    requirePairs(),
	    requireSet()
	  ]
	});
	return _default;
}

var hasRequiredLoader;

function requireLoader () {
	if (hasRequiredLoader) return loader;
	hasRequiredLoader = 1;

	const common = requireCommon();
	const YAMLException = requireException();
	const makeSnippet = requireSnippet();
	const DEFAULT_SCHEMA = require_default();

	const _hasOwnProperty = Object.prototype.hasOwnProperty;

	const CONTEXT_FLOW_IN = 1;
	const CONTEXT_FLOW_OUT = 2;
	const CONTEXT_BLOCK_IN = 3;
	const CONTEXT_BLOCK_OUT = 4;

	const CHOMPING_CLIP = 1;
	const CHOMPING_STRIP = 2;
	const CHOMPING_KEEP = 3;

	// eslint-disable-next-line no-control-regex
	const PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
	const PATTERN_NON_ASCII_LINE_BREAKS = /[\x85\u2028\u2029]/;
	// eslint-disable-next-line no-useless-escape
	const PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
	// eslint-disable-next-line no-useless-escape
	const PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
	// eslint-disable-next-line no-useless-escape
	const PATTERN_TAG_URI = /^(?:!|[^,\[\]{}])(?:%[0-9a-f]{2}|[0-9a-z\-#;/?:@&=+$,_.!~*'()\[\]])*$/i;

	function _class (obj) { return Object.prototype.toString.call(obj) }

	function isEol (c) {
	  return (c === 0x0A/* LF */) || (c === 0x0D/* CR */)
	}

	function isWhiteSpace (c) {
	  return (c === 0x09/* Tab */) || (c === 0x20/* Space */)
	}

	function isWsOrEol (c) {
	  return (c === 0x09/* Tab */) ||
	         (c === 0x20/* Space */) ||
	         (c === 0x0A/* LF */) ||
	         (c === 0x0D/* CR */)
	}

	function isFlowIndicator (c) {
	  return c === 0x2C/* , */ ||
	         c === 0x5B/* [ */ ||
	         c === 0x5D/* ] */ ||
	         c === 0x7B/* { */ ||
	         c === 0x7D/* } */
	}

	function fromHexCode (c) {
	  if ((c >= 0x30/* 0 */) && (c <= 0x39/* 9 */)) {
	    return c - 0x30
	  }

	  const lc = c | 0x20;

	  if ((lc >= 0x61/* a */) && (lc <= 0x66/* f */)) {
	    return lc - 0x61 + 10
	  }

	  return -1
	}

	function escapedHexLen (c) {
	  if (c === 0x78/* x */) { return 2 }
	  if (c === 0x75/* u */) { return 4 }
	  if (c === 0x55/* U */) { return 8 }
	  return 0
	}

	function fromDecimalCode (c) {
	  if ((c >= 0x30/* 0 */) && (c <= 0x39/* 9 */)) {
	    return c - 0x30
	  }

	  return -1
	}

	function simpleEscapeSequence (c) {
	  switch (c) {
	    case 0x30/* 0 */: return '\x00'
	    case 0x61/* a */: return '\x07'
	    case 0x62/* b */: return '\x08'
	    case 0x74/* t */: return '\x09'
	    case 0x09/* Tab */: return '\x09'
	    case 0x6E/* n */: return '\x0A'
	    case 0x76/* v */: return '\x0B'
	    case 0x66/* f */: return '\x0C'
	    case 0x72/* r */: return '\x0D'
	    case 0x65/* e */: return '\x1B'
	    case 0x20/* Space */: return ' '
	    case 0x22/* " */: return '\x22'
	    case 0x2F/* / */: return '/'
	    case 0x5C/* \ */: return '\x5C'
	    case 0x4E/* N */: return '\x85'
	    case 0x5F/* _ */: return '\xA0'
	    case 0x4C/* L */: return '\u2028'
	    case 0x50/* P */: return '\u2029'
	    default: return ''
	  }
	}

	function charFromCodepoint (c) {
	  if (c <= 0xFFFF) {
	    return String.fromCharCode(c)
	  }
	  // Encode UTF-16 surrogate pair
	  // https://en.wikipedia.org/wiki/UTF-16#Code_points_U.2B010000_to_U.2B10FFFF
	  return String.fromCharCode(
	    ((c - 0x010000) >> 10) + 0xD800,
	    ((c - 0x010000) & 0x03FF) + 0xDC00
	  )
	}

	// set a property of a literal object, while protecting against prototype pollution,
	// see https://github.com/nodeca/js-yaml/issues/164 for more details
	function setProperty (object, key, value) {
	  // used for this specific key only because Object.defineProperty is slow
	  if (key === '__proto__') {
	    Object.defineProperty(object, key, {
	      configurable: true,
	      enumerable: true,
	      writable: true,
	      value: value
	    });
	  } else {
	    object[key] = value;
	  }
	}

	const simpleEscapeCheck = new Array(256); // integer, for fast access
	const simpleEscapeMap = new Array(256);
	for (let i = 0; i < 256; i++) {
	  simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
	  simpleEscapeMap[i] = simpleEscapeSequence(i);
	}

	function State (input, options) {
	  this.input = input;

	  this.filename = options['filename'] || null;
	  this.schema = options['schema'] || DEFAULT_SCHEMA;
	  this.onWarning = options['onWarning'] || null;
	  // (Hidden) Remove? makes the loader to expect YAML 1.1 documents
	  // if such documents have no explicit %YAML directive
	  this.legacy = options['legacy'] || false;

	  this.json = options['json'] || false;
	  this.listener = options['listener'] || null;
	  this.maxDepth = typeof options['maxDepth'] === 'number' ? options['maxDepth'] : 100;
	  this.maxTotalMergeKeys = typeof options['maxTotalMergeKeys'] === 'number' ? options['maxTotalMergeKeys'] : 10000;

	  this.implicitTypes = this.schema.compiledImplicit;
	  this.typeMap = this.schema.compiledTypeMap;

	  this.length = input.length;
	  this.position = 0;
	  this.line = 0;
	  this.lineStart = 0;
	  this.lineIndent = 0;
	  this.depth = 0;
	  this.totalMergeKeys = 0;

	  // position of first leading tab in the current line,
	  // used to make sure there are no tabs in the indentation
	  this.firstTabInLine = -1;

	  this.documents = [];
	  this.anchorMapTransactions = [];

	  /*
	  this.version;
	  this.checkLineBreaks;
	  this.tagMap;
	  this.anchorMap;
	  this.tag;
	  this.anchor;
	  this.kind;
	  this.result; */
	}

	function generateError (state, message) {
	  const mark = {
	    name: state.filename,
	    buffer: state.input.slice(0, -1), // omit trailing \0
	    position: state.position,
	    line: state.line,
	    column: state.position - state.lineStart
	  };

	  mark.snippet = makeSnippet(mark);

	  return new YAMLException(message, mark)
	}

	function throwError (state, message) {
	  throw generateError(state, message)
	}

	function throwWarning (state, message) {
	  if (state.onWarning) {
	    state.onWarning.call(null, generateError(state, message));
	  }
	}

	function storeAnchor (state, name, value) {
	  const transactions = state.anchorMapTransactions;

	  if (transactions.length !== 0) {
	    const transaction = transactions[transactions.length - 1];

	    if (!_hasOwnProperty.call(transaction, name)) {
	      transaction[name] = {
	        existed: _hasOwnProperty.call(state.anchorMap, name),
	        value: state.anchorMap[name]
	      };
	    }
	  }

	  state.anchorMap[name] = value;
	}

	function beginAnchorTransaction (state) {
	  state.anchorMapTransactions.push(Object.create(null));
	}

	function commitAnchorTransaction (state) {
	  const transaction = state.anchorMapTransactions.pop();
	  const transactions = state.anchorMapTransactions;

	  if (transactions.length === 0) return

	  const parent = transactions[transactions.length - 1];
	  const names = Object.keys(transaction);

	  for (let index = 0, length = names.length; index < length; index += 1) {
	    const name = names[index];

	    if (!_hasOwnProperty.call(parent, name)) {
	      parent[name] = transaction[name];
	    }
	  }
	}

	function rollbackAnchorTransaction (state) {
	  const transaction = state.anchorMapTransactions.pop();
	  const names = Object.keys(transaction);

	  for (let index = names.length - 1; index >= 0; index -= 1) {
	    const entry = transaction[names[index]];

	    if (entry.existed) {
	      state.anchorMap[names[index]] = entry.value;
	    } else {
	      delete state.anchorMap[names[index]];
	    }
	  }
	}

	function snapshotState (state) {
	  return {
	    position: state.position,
	    line: state.line,
	    lineStart: state.lineStart,
	    lineIndent: state.lineIndent,
	    firstTabInLine: state.firstTabInLine,
	    tag: state.tag,
	    anchor: state.anchor,
	    kind: state.kind,
	    result: state.result
	  }
	}

	function restoreState (state, snapshot) {
	  state.position = snapshot.position;
	  state.line = snapshot.line;
	  state.lineStart = snapshot.lineStart;
	  state.lineIndent = snapshot.lineIndent;
	  state.firstTabInLine = snapshot.firstTabInLine;
	  state.tag = snapshot.tag;
	  state.anchor = snapshot.anchor;
	  state.kind = snapshot.kind;
	  state.result = snapshot.result;
	}

	const directiveHandlers = {

	  YAML: function handleYamlDirective (state, name, args) {
	    if (state.version !== null) {
	      throwError(state, 'duplication of %YAML directive');
	    }

	    if (args.length !== 1) {
	      throwError(state, 'YAML directive accepts exactly one argument');
	    }

	    const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);

	    if (match === null) {
	      throwError(state, 'ill-formed argument of the YAML directive');
	    }

	    const major = parseInt(match[1], 10);
	    const minor = parseInt(match[2], 10);

	    if (major !== 1) {
	      throwError(state, 'unacceptable YAML version of the document');
	    }

	    state.version = args[0];
	    state.checkLineBreaks = (minor < 2);

	    if (minor !== 1 && minor !== 2) {
	      throwWarning(state, 'unsupported YAML version of the document');
	    }
	  },

	  TAG: function handleTagDirective (state, name, args) {
	    let prefix;

	    if (args.length !== 2) {
	      throwError(state, 'TAG directive accepts exactly two arguments');
	    }

	    const handle = args[0];
	    prefix = args[1];

	    if (!PATTERN_TAG_HANDLE.test(handle)) {
	      throwError(state, 'ill-formed tag handle (first argument) of the TAG directive');
	    }

	    if (_hasOwnProperty.call(state.tagMap, handle)) {
	      throwError(state, 'there is a previously declared suffix for "' + handle + '" tag handle');
	    }

	    if (!PATTERN_TAG_URI.test(prefix)) {
	      throwError(state, 'ill-formed tag prefix (second argument) of the TAG directive');
	    }

	    try {
	      prefix = decodeURIComponent(prefix);
	    } catch (err) {
	      throwError(state, 'tag prefix is malformed: ' + prefix);
	    }

	    state.tagMap[handle] = prefix;
	  }
	};

	function captureSegment (state, start, end, checkJson) {
	  if (start < end) {
	    const _result = state.input.slice(start, end);

	    if (checkJson) {
	      for (let _position = 0, _length = _result.length; _position < _length; _position += 1) {
	        const _character = _result.charCodeAt(_position);
	        if (!(_character === 0x09 ||
	              (_character >= 0x20 && _character <= 0x10FFFF))) {
	          throwError(state, 'expected valid JSON character');
	        }
	      }
	    } else if (PATTERN_NON_PRINTABLE.test(_result)) {
	      throwError(state, 'the stream contains non-printable characters');
	    }

	    state.result += _result;
	  }
	}

	function chargeMergeWork (state) {
	  state.totalMergeKeys++;

	  if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) {
	    throwError(state, 'merge keys exceeded maxTotalMergeKeys (' + state.maxTotalMergeKeys + ')');
	  }
	}

	function mergeMappings (state, destination, source, overridableKeys) {
	  if (!common.isObject(source)) {
	    throwError(state, 'cannot merge mappings; the provided source object is unacceptable');
	  }

	  // Count the source mapping itself to bound sequences of empty mappings.
	  chargeMergeWork(state);

	  const sourceKeys = Object.keys(source);

	  for (let index = 0, quantity = sourceKeys.length; index < quantity; index += 1) {
	    const key = sourceKeys[index];

	    chargeMergeWork(state);

	    if (!_hasOwnProperty.call(destination, key)) {
	      setProperty(destination, key, source[key]);
	      overridableKeys[key] = true;
	    }
	  }
	}

	function storeMappingPair (state, _result, overridableKeys, keyTag, keyNode, valueNode,
	  startLine, startLineStart, startPos) {
	  // The output is a plain object here, so keys can only be strings.
	  // We need to convert keyNode to a string, but doing so can hang the process
	  // (deeply nested arrays that explode exponentially using aliases).
	  if (Array.isArray(keyNode)) {
	    keyNode = Array.prototype.slice.call(keyNode);

	    for (let index = 0, quantity = keyNode.length; index < quantity; index += 1) {
	      if (Array.isArray(keyNode[index])) {
	        throwError(state, 'nested arrays are not supported inside keys');
	      }

	      if (typeof keyNode === 'object' && _class(keyNode[index]) === '[object Object]') {
	        keyNode[index] = '[object Object]';
	      }
	    }
	  }

	  // Avoid code execution in load() via toString property
	  // (still use its own toString for arrays, timestamps,
	  // and whatever user schema extensions happen to have @@toStringTag)
	  if (typeof keyNode === 'object' && _class(keyNode) === '[object Object]') {
	    keyNode = '[object Object]';
	  }

	  keyNode = String(keyNode);

	  if (_result === null) {
	    _result = {};
	  }

	  if (keyTag === 'tag:yaml.org,2002:merge') {
	    if (Array.isArray(valueNode)) {
	      if (valueNode.length > 100) {
	        throwError(state, 'abnormal merge sequence size');
	      }

	      for (let index = 0, quantity = valueNode.length; index < quantity; index += 1) {
	        mergeMappings(state, _result, valueNode[index], overridableKeys);
	      }
	    } else {
	      mergeMappings(state, _result, valueNode, overridableKeys);
	    }
	  } else {
	    if (!state.json &&
	        !_hasOwnProperty.call(overridableKeys, keyNode) &&
	        _hasOwnProperty.call(_result, keyNode)) {
	      state.line = startLine || state.line;
	      state.lineStart = startLineStart || state.lineStart;
	      state.position = startPos || state.position;
	      throwError(state, 'duplicated mapping key');
	    }

	    setProperty(_result, keyNode, valueNode);
	    delete overridableKeys[keyNode];
	  }

	  return _result
	}

	function readLineBreak (state) {
	  const ch = state.input.charCodeAt(state.position);

	  if (ch === 0x0A/* LF */) {
	    state.position++;
	  } else if (ch === 0x0D/* CR */) {
	    state.position++;
	    if (state.input.charCodeAt(state.position) === 0x0A/* LF */) {
	      state.position++;
	    }
	  } else {
	    throwError(state, 'a line break is expected');
	  }

	  state.line += 1;
	  state.lineStart = state.position;
	  state.firstTabInLine = -1;
	}

	function skipSeparationSpace (state, allowComments, checkIndent) {
	  let lineBreaks = 0;
	  let ch = state.input.charCodeAt(state.position);

	  while (ch !== 0) {
	    while (isWhiteSpace(ch)) {
	      if (ch === 0x09/* Tab */ && state.firstTabInLine === -1) {
	        state.firstTabInLine = state.position;
	      }
	      ch = state.input.charCodeAt(++state.position);
	    }

	    if (allowComments && ch === 0x23/* # */) {
	      do {
	        ch = state.input.charCodeAt(++state.position);
	      } while (ch !== 0x0A/* LF */ && ch !== 0x0D/* CR */ && ch !== 0)
	    }

	    if (isEol(ch)) {
	      readLineBreak(state);

	      ch = state.input.charCodeAt(state.position);
	      lineBreaks++;
	      state.lineIndent = 0;

	      while (ch === 0x20/* Space */) {
	        state.lineIndent++;
	        ch = state.input.charCodeAt(++state.position);
	      }
	    } else {
	      break
	    }
	  }

	  if (checkIndent !== -1 && lineBreaks !== 0 && state.lineIndent < checkIndent) {
	    throwWarning(state, 'deficient indentation');
	  }

	  return lineBreaks
	}

	function testDocumentSeparator (state) {
	  let _position = state.position;
	  let ch = state.input.charCodeAt(_position);

	  // Condition state.position === state.lineStart is tested
	  // in parent on each call, for efficiency. No needs to test here again.
	  if ((ch === 0x2D/* - */ || ch === 0x2E/* . */) &&
	      ch === state.input.charCodeAt(_position + 1) &&
	      ch === state.input.charCodeAt(_position + 2)) {
	    _position += 3;

	    ch = state.input.charCodeAt(_position);

	    if (ch === 0 || isWsOrEol(ch)) {
	      return true
	    }
	  }

	  return false
	}

	function writeFoldedLines (state, count) {
	  if (count === 1) {
	    state.result += ' ';
	  } else if (count > 1) {
	    state.result += common.repeat('\n', count - 1);
	  }
	}

	function readPlainScalar (state, nodeIndent, withinFlowCollection) {
	  let captureStart;
	  let captureEnd;
	  let hasPendingContent;
	  let _line;
	  let _lineStart;
	  let _lineIndent;
	  const _kind = state.kind;
	  const _result = state.result;

	  let ch = state.input.charCodeAt(state.position);

	  if (isWsOrEol(ch) ||
	      isFlowIndicator(ch) ||
	      ch === 0x23/* # */ ||
	      ch === 0x26/* & */ ||
	      ch === 0x2A/* * */ ||
	      ch === 0x21/* ! */ ||
	      ch === 0x7C/* | */ ||
	      ch === 0x3E/* > */ ||
	      ch === 0x27/* ' */ ||
	      ch === 0x22/* " */ ||
	      ch === 0x25/* % */ ||
	      ch === 0x40/* @ */ ||
	      ch === 0x60/* ` */) {
	    return false
	  }

	  if (ch === 0x3F/* ? */ || ch === 0x2D/* - */) {
	    const following = state.input.charCodeAt(state.position + 1);

	    if (isWsOrEol(following) ||
	        (withinFlowCollection && isFlowIndicator(following))) {
	      return false
	    }
	  }

	  state.kind = 'scalar';
	  state.result = '';
	  captureStart = captureEnd = state.position;
	  hasPendingContent = false;

	  while (ch !== 0) {
	    if (ch === 0x3A/* : */) {
	      const following = state.input.charCodeAt(state.position + 1);

	      if (isWsOrEol(following) ||
	          (withinFlowCollection && isFlowIndicator(following))) {
	        break
	      }
	    } else if (ch === 0x23/* # */) {
	      const preceding = state.input.charCodeAt(state.position - 1);

	      if (isWsOrEol(preceding)) {
	        break
	      }
	    } else if ((state.position === state.lineStart && testDocumentSeparator(state)) ||
	               (withinFlowCollection && isFlowIndicator(ch))) {
	      break
	    } else if (isEol(ch)) {
	      _line = state.line;
	      _lineStart = state.lineStart;
	      _lineIndent = state.lineIndent;
	      skipSeparationSpace(state, false, -1);

	      if (state.lineIndent >= nodeIndent) {
	        hasPendingContent = true;
	        ch = state.input.charCodeAt(state.position);
	        continue
	      } else {
	        state.position = captureEnd;
	        state.line = _line;
	        state.lineStart = _lineStart;
	        state.lineIndent = _lineIndent;
	        break
	      }
	    }

	    if (hasPendingContent) {
	      captureSegment(state, captureStart, captureEnd, false);
	      writeFoldedLines(state, state.line - _line);
	      captureStart = captureEnd = state.position;
	      hasPendingContent = false;
	    }

	    if (!isWhiteSpace(ch)) {
	      captureEnd = state.position + 1;
	    }

	    ch = state.input.charCodeAt(++state.position);
	  }

	  captureSegment(state, captureStart, captureEnd, false);

	  if (state.result) {
	    return true
	  }

	  state.kind = _kind;
	  state.result = _result;
	  return false
	}

	function readSingleQuotedScalar (state, nodeIndent) {
	  let captureStart;
	  let captureEnd;

	  let ch = state.input.charCodeAt(state.position);

	  if (ch !== 0x27/* ' */) {
	    return false
	  }

	  state.kind = 'scalar';
	  state.result = '';
	  state.position++;
	  captureStart = captureEnd = state.position;

	  while ((ch = state.input.charCodeAt(state.position)) !== 0) {
	    if (ch === 0x27/* ' */) {
	      captureSegment(state, captureStart, state.position, true);
	      ch = state.input.charCodeAt(++state.position);

	      if (ch === 0x27/* ' */) {
	        captureStart = state.position;
	        state.position++;
	        captureEnd = state.position;
	      } else {
	        return true
	      }
	    } else if (isEol(ch)) {
	      captureSegment(state, captureStart, captureEnd, true);
	      writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
	      captureStart = captureEnd = state.position;
	    } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
	      throwError(state, 'unexpected end of the document within a single quoted scalar');
	    } else {
	      state.position++;
	      if (!isWhiteSpace(ch)) {
	        captureEnd = state.position;
	      }
	    }
	  }

	  throwError(state, 'unexpected end of the stream within a single quoted scalar');
	}

	function readDoubleQuotedScalar (state, nodeIndent) {
	  let captureStart;
	  let captureEnd;
	  let tmp;

	  let ch = state.input.charCodeAt(state.position);

	  if (ch !== 0x22/* " */) {
	    return false
	  }

	  state.kind = 'scalar';
	  state.result = '';
	  state.position++;
	  captureStart = captureEnd = state.position;

	  while ((ch = state.input.charCodeAt(state.position)) !== 0) {
	    if (ch === 0x22/* " */) {
	      captureSegment(state, captureStart, state.position, true);
	      state.position++;
	      return true
	    } else if (ch === 0x5C/* \ */) {
	      captureSegment(state, captureStart, state.position, true);
	      ch = state.input.charCodeAt(++state.position);

	      if (isEol(ch)) {
	        skipSeparationSpace(state, false, nodeIndent);

	        // TODO: rework to inline fn with no type cast?
	      } else if (ch < 256 && simpleEscapeCheck[ch]) {
	        state.result += simpleEscapeMap[ch];
	        state.position++;
	      } else if ((tmp = escapedHexLen(ch)) > 0) {
	        let hexLength = tmp;
	        let hexResult = 0;

	        for (; hexLength > 0; hexLength--) {
	          ch = state.input.charCodeAt(++state.position);

	          if ((tmp = fromHexCode(ch)) >= 0) {
	            hexResult = (hexResult << 4) + tmp;
	          } else {
	            throwError(state, 'expected hexadecimal character');
	          }
	        }

	        state.result += charFromCodepoint(hexResult);

	        state.position++;
	      } else {
	        throwError(state, 'unknown escape sequence');
	      }

	      captureStart = captureEnd = state.position;
	    } else if (isEol(ch)) {
	      captureSegment(state, captureStart, captureEnd, true);
	      writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
	      captureStart = captureEnd = state.position;
	    } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
	      throwError(state, 'unexpected end of the document within a double quoted scalar');
	    } else {
	      state.position++;
	      if (!isWhiteSpace(ch)) {
	        captureEnd = state.position;
	      }
	    }
	  }

	  throwError(state, 'unexpected end of the stream within a double quoted scalar');
	}

	function readFlowCollection (state, nodeIndent) {
	  let readNext = true;
	  let _line;
	  let _lineStart;
	  let _pos;
	  const _tag = state.tag;
	  let _result;
	  const _anchor = state.anchor;
	  let terminator;
	  let isPair;
	  let isExplicitPair;
	  let isMapping;
	  const overridableKeys = Object.create(null);
	  let keyNode;
	  let keyTag;
	  let valueNode;

	  let ch = state.input.charCodeAt(state.position);

	  if (ch === 0x5B/* [ */) {
	    terminator = 0x5D;/* ] */
	    isMapping = false;
	    _result = [];
	  } else if (ch === 0x7B/* { */) {
	    terminator = 0x7D;/* } */
	    isMapping = true;
	    _result = {};
	  } else {
	    return false
	  }

	  if (state.anchor !== null) {
	    storeAnchor(state, state.anchor, _result);
	  }

	  ch = state.input.charCodeAt(++state.position);

	  while (ch !== 0) {
	    skipSeparationSpace(state, true, nodeIndent);

	    ch = state.input.charCodeAt(state.position);

	    if (ch === terminator) {
	      state.position++;
	      state.tag = _tag;
	      state.anchor = _anchor;
	      state.kind = isMapping ? 'mapping' : 'sequence';
	      state.result = _result;
	      return true
	    } else if (!readNext) {
	      throwError(state, 'missed comma between flow collection entries');
	    } else if (ch === 0x2C/* , */) {
	      // "flow collection entries can never be completely empty", as per YAML 1.2, section 7.4
	      throwError(state, "expected the node content, but found ','");
	    }

	    keyTag = keyNode = valueNode = null;
	    isPair = isExplicitPair = false;

	    if (ch === 0x3F/* ? */) {
	      const following = state.input.charCodeAt(state.position + 1);

	      if (isWsOrEol(following)) {
	        isPair = isExplicitPair = true;
	        state.position++;
	        skipSeparationSpace(state, true, nodeIndent);
	      }
	    }

	    _line = state.line; // Save the current line.
	    _lineStart = state.lineStart;
	    _pos = state.position;
	    composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
	    keyTag = state.tag;
	    keyNode = state.result;
	    skipSeparationSpace(state, true, nodeIndent);

	    ch = state.input.charCodeAt(state.position);

	    if ((isExplicitPair || state.line === _line) && ch === 0x3A/* : */) {
	      isPair = true;
	      ch = state.input.charCodeAt(++state.position);
	      skipSeparationSpace(state, true, nodeIndent);
	      composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
	      valueNode = state.result;
	    }

	    if (isMapping) {
	      storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos);
	    } else if (isPair) {
	      _result.push(storeMappingPair(state, null, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos));
	    } else {
	      _result.push(keyNode);
	    }

	    skipSeparationSpace(state, true, nodeIndent);

	    ch = state.input.charCodeAt(state.position);

	    if (ch === 0x2C/* , */) {
	      readNext = true;
	      ch = state.input.charCodeAt(++state.position);
	    } else {
	      readNext = false;
	    }
	  }

	  throwError(state, 'unexpected end of the stream within a flow collection');
	}

	function readBlockScalar (state, nodeIndent) {
	  let folding;
	  let chomping = CHOMPING_CLIP;
	  let didReadContent = false;
	  let detectedIndent = false;
	  let textIndent = nodeIndent;
	  let emptyLines = 0;
	  let atMoreIndented = false;
	  let tmp;

	  let ch = state.input.charCodeAt(state.position);

	  if (ch === 0x7C/* | */) {
	    folding = false;
	  } else if (ch === 0x3E/* > */) {
	    folding = true;
	  } else {
	    return false
	  }

	  state.kind = 'scalar';
	  state.result = '';

	  while (ch !== 0) {
	    ch = state.input.charCodeAt(++state.position);

	    if (ch === 0x2B/* + */ || ch === 0x2D/* - */) {
	      if (CHOMPING_CLIP === chomping) {
	        chomping = (ch === 0x2B/* + */) ? CHOMPING_KEEP : CHOMPING_STRIP;
	      } else {
	        throwError(state, 'repeat of a chomping mode identifier');
	      }
	    } else if ((tmp = fromDecimalCode(ch)) >= 0) {
	      if (tmp === 0) {
	        throwError(state, 'bad explicit indentation width of a block scalar; it cannot be less than one');
	      } else if (!detectedIndent) {
	        textIndent = nodeIndent + tmp - 1;
	        detectedIndent = true;
	      } else {
	        throwError(state, 'repeat of an indentation width identifier');
	      }
	    } else {
	      break
	    }
	  }

	  if (isWhiteSpace(ch)) {
	    do { ch = state.input.charCodeAt(++state.position); }
	    while (isWhiteSpace(ch))

	    if (ch === 0x23/* # */) {
	      do { ch = state.input.charCodeAt(++state.position); }
	      while (!isEol(ch) && (ch !== 0))
	    }
	  }

	  while (ch !== 0) {
	    readLineBreak(state);
	    state.lineIndent = 0;

	    ch = state.input.charCodeAt(state.position);

	    // eslint-disable-next-line no-unmodified-loop-condition
	    while ((!detectedIndent || state.lineIndent < textIndent) &&
	           (ch === 0x20/* Space */)) {
	      state.lineIndent++;
	      ch = state.input.charCodeAt(++state.position);
	    }

	    if (!detectedIndent && state.lineIndent > textIndent) {
	      textIndent = state.lineIndent;
	    }

	    if (isEol(ch)) {
	      emptyLines++;
	      continue
	    }

	    if (!detectedIndent && textIndent === 0) {
	      throwError(state, 'missing indentation for block scalar');
	    }

	    // End of the scalar.
	    if (state.lineIndent < textIndent) {
	      // Perform the chomping.
	      if (chomping === CHOMPING_KEEP) {
	        state.result += common.repeat('\n', didReadContent ? 1 + emptyLines : emptyLines);
	      } else if (chomping === CHOMPING_CLIP) {
	        if (didReadContent) { // i.e. only if the scalar is not empty.
	          state.result += '\n';
	        }
	      }

	      // Break this `while` cycle and go to the funciton's epilogue.
	      break
	    }

	    // Folded style: use fancy rules to handle line breaks.
	    if (folding) {
	      // Lines starting with white space characters (more-indented lines) are not folded.
	      if (isWhiteSpace(ch)) {
	        atMoreIndented = true;
	        // except for the first content line (cf. Example 8.1)
	        state.result += common.repeat('\n', didReadContent ? 1 + emptyLines : emptyLines);

	      // End of more-indented block.
	      } else if (atMoreIndented) {
	        atMoreIndented = false;
	        state.result += common.repeat('\n', emptyLines + 1);

	      // Just one line break - perceive as the same line.
	      } else if (emptyLines === 0) {
	        if (didReadContent) { // i.e. only if we have already read some scalar content.
	          state.result += ' ';
	        }

	      // Several line breaks - perceive as different lines.
	      } else {
	        state.result += common.repeat('\n', emptyLines);
	      }

	    // Literal style: just add exact number of line breaks between content lines.
	    } else {
	      // Keep all line breaks except the header line break.
	      state.result += common.repeat('\n', didReadContent ? 1 + emptyLines : emptyLines);
	    }

	    didReadContent = true;
	    detectedIndent = true;
	    emptyLines = 0;
	    const captureStart = state.position;

	    while (!isEol(ch) && (ch !== 0)) {
	      ch = state.input.charCodeAt(++state.position);
	    }

	    captureSegment(state, captureStart, state.position, false);
	  }

	  return true
	}

	function readBlockSequence (state, nodeIndent) {
	  const _tag = state.tag;
	  const _anchor = state.anchor;
	  const _result = [];
	  let detected = false;

	  // there is a leading tab before this token, so it can't be a block sequence/mapping;
	  // it can still be flow sequence/mapping or a scalar
	  if (state.firstTabInLine !== -1) return false

	  if (state.anchor !== null) {
	    storeAnchor(state, state.anchor, _result);
	  }

	  let ch = state.input.charCodeAt(state.position);

	  while (ch !== 0) {
	    if (state.firstTabInLine !== -1) {
	      state.position = state.firstTabInLine;
	      throwError(state, 'tab characters must not be used in indentation');
	    }

	    if (ch !== 0x2D/* - */) {
	      break
	    }

	    const following = state.input.charCodeAt(state.position + 1);

	    if (!isWsOrEol(following)) {
	      break
	    }

	    detected = true;
	    state.position++;

	    if (skipSeparationSpace(state, true, -1)) {
	      if (state.lineIndent <= nodeIndent) {
	        _result.push(null);
	        ch = state.input.charCodeAt(state.position);
	        continue
	      }
	    }

	    const _line = state.line;
	    composeNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
	    _result.push(state.result);
	    skipSeparationSpace(state, true, -1);

	    ch = state.input.charCodeAt(state.position);

	    if ((state.line === _line || state.lineIndent > nodeIndent) && (ch !== 0)) {
	      throwError(state, 'bad indentation of a sequence entry');
	    } else if (state.lineIndent < nodeIndent) {
	      break
	    }
	  }

	  if (detected) {
	    state.tag = _tag;
	    state.anchor = _anchor;
	    state.kind = 'sequence';
	    state.result = _result;
	    return true
	  }
	  return false
	}

	function readBlockMapping (state, nodeIndent, flowIndent) {
	  let allowCompact;
	  let _keyLine;
	  let _keyLineStart;
	  let _keyPos;
	  const _tag = state.tag;
	  const _anchor = state.anchor;
	  const _result = {};
	  const overridableKeys = Object.create(null);
	  let keyTag = null;
	  let keyNode = null;
	  let valueNode = null;
	  let atExplicitKey = false;
	  let detected = false;

	  // there is a leading tab before this token, so it can't be a block sequence/mapping;
	  // it can still be flow sequence/mapping or a scalar
	  if (state.firstTabInLine !== -1) return false

	  if (state.anchor !== null) {
	    storeAnchor(state, state.anchor, _result);
	  }

	  let ch = state.input.charCodeAt(state.position);

	  while (ch !== 0) {
	    if (!atExplicitKey && state.firstTabInLine !== -1) {
	      state.position = state.firstTabInLine;
	      throwError(state, 'tab characters must not be used in indentation');
	    }

	    const following = state.input.charCodeAt(state.position + 1);
	    const _line = state.line; // Save the current line.

	    //
	    // Explicit notation case. There are two separate blocks:
	    // first for the key (denoted by "?") and second for the value (denoted by ":")
	    //
	    if ((ch === 0x3F/* ? */ || ch === 0x3A/* : */) && isWsOrEol(following)) {
	      if (ch === 0x3F/* ? */) {
	        if (atExplicitKey) {
	          storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
	          keyTag = keyNode = valueNode = null;
	        }

	        detected = true;
	        atExplicitKey = true;
	        allowCompact = true;
	      } else if (atExplicitKey) {
	        // i.e. 0x3A/* : */ === character after the explicit key.
	        atExplicitKey = false;
	        allowCompact = true;
	      } else {
	        throwError(state, 'incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line');
	      }

	      state.position += 1;
	      ch = following;

	    //
	    // Implicit notation case. Flow-style node as the key first, then ":", and the value.
	    //
	    } else {
	      _keyLine = state.line;
	      _keyLineStart = state.lineStart;
	      _keyPos = state.position;

	      if (!composeNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) {
	        // Neither implicit nor explicit notation.
	        // Reading is done. Go to the epilogue.
	        break
	      }

	      if (state.line === _line) {
	        ch = state.input.charCodeAt(state.position);

	        while (isWhiteSpace(ch)) {
	          ch = state.input.charCodeAt(++state.position);
	        }

	        if (ch === 0x3A/* : */) {
	          ch = state.input.charCodeAt(++state.position);

	          if (!isWsOrEol(ch)) {
	            throwError(state, 'a whitespace character is expected after the key-value separator within a block mapping');
	          }

	          if (atExplicitKey) {
	            storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
	            keyTag = keyNode = valueNode = null;
	          }

	          detected = true;
	          atExplicitKey = false;
	          allowCompact = false;
	          keyTag = state.tag;
	          keyNode = state.result;
	        } else if (detected) {
	          throwError(state, 'can not read an implicit mapping pair; a colon is missed');
	        } else {
	          state.tag = _tag;
	          state.anchor = _anchor;
	          return true // Keep the result of `composeNode`.
	        }
	      } else if (detected) {
	        throwError(state, 'can not read a block mapping entry; a multiline key may not be an implicit key');
	      } else {
	        state.tag = _tag;
	        state.anchor = _anchor;
	        return true // Keep the result of `composeNode`.
	      }
	    }

	    //
	    // Common reading code for both explicit and implicit notations.
	    //
	    if (state.line === _line || state.lineIndent > nodeIndent) {
	      if (atExplicitKey) {
	        _keyLine = state.line;
	        _keyLineStart = state.lineStart;
	        _keyPos = state.position;
	      }

	      if (composeNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, allowCompact)) {
	        if (atExplicitKey) {
	          keyNode = state.result;
	        } else {
	          valueNode = state.result;
	        }
	      }

	      if (!atExplicitKey) {
	        storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _keyLine, _keyLineStart, _keyPos);
	        keyTag = keyNode = valueNode = null;
	      }

	      skipSeparationSpace(state, true, -1);
	      ch = state.input.charCodeAt(state.position);
	    }

	    if ((state.line === _line || state.lineIndent > nodeIndent) && (ch !== 0)) {
	      throwError(state, 'bad indentation of a mapping entry');
	    } else if (state.lineIndent < nodeIndent) {
	      break
	    }
	  }

	  //
	  // Epilogue.
	  //

	  // Special case: last mapping's node contains only the key in explicit notation.
	  if (atExplicitKey) {
	    storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
	  }

	  // Expose the resulting mapping.
	  if (detected) {
	    state.tag = _tag;
	    state.anchor = _anchor;
	    state.kind = 'mapping';
	    state.result = _result;
	  }

	  return detected
	}

	function readTagProperty (state) {
	  let isVerbatim = false;
	  let isNamed = false;
	  let tagHandle;
	  let tagName;

	  let ch = state.input.charCodeAt(state.position);

	  if (ch !== 0x21/* ! */) return false

	  if (state.tag !== null) {
	    throwError(state, 'duplication of a tag property');
	  }

	  ch = state.input.charCodeAt(++state.position);

	  if (ch === 0x3C/* < */) {
	    isVerbatim = true;
	    ch = state.input.charCodeAt(++state.position);
	  } else if (ch === 0x21/* ! */) {
	    isNamed = true;
	    tagHandle = '!!';
	    ch = state.input.charCodeAt(++state.position);
	  } else {
	    tagHandle = '!';
	  }

	  let _position = state.position;

	  if (isVerbatim) {
	    do { ch = state.input.charCodeAt(++state.position); }
	    while (ch !== 0 && ch !== 0x3E/* > */)

	    if (state.position < state.length) {
	      tagName = state.input.slice(_position, state.position);
	      ch = state.input.charCodeAt(++state.position);
	    } else {
	      throwError(state, 'unexpected end of the stream within a verbatim tag');
	    }
	  } else {
	    while (ch !== 0 && !isWsOrEol(ch)) {
	      if (ch === 0x21/* ! */) {
	        if (!isNamed) {
	          tagHandle = state.input.slice(_position - 1, state.position + 1);

	          if (!PATTERN_TAG_HANDLE.test(tagHandle)) {
	            throwError(state, 'named tag handle cannot contain such characters');
	          }

	          isNamed = true;
	          _position = state.position + 1;
	        } else {
	          throwError(state, 'tag suffix cannot contain exclamation marks');
	        }
	      }

	      ch = state.input.charCodeAt(++state.position);
	    }

	    tagName = state.input.slice(_position, state.position);

	    if (PATTERN_FLOW_INDICATORS.test(tagName)) {
	      throwError(state, 'tag suffix cannot contain flow indicator characters');
	    }
	  }

	  if (tagName && !PATTERN_TAG_URI.test(tagName)) {
	    throwError(state, 'tag name cannot contain such characters: ' + tagName);
	  }

	  try {
	    tagName = decodeURIComponent(tagName);
	  } catch (err) {
	    throwError(state, 'tag name is malformed: ' + tagName);
	  }

	  if (isVerbatim) {
	    state.tag = tagName;
	  } else if (_hasOwnProperty.call(state.tagMap, tagHandle)) {
	    state.tag = state.tagMap[tagHandle] + tagName;
	  } else if (tagHandle === '!') {
	    state.tag = '!' + tagName;
	  } else if (tagHandle === '!!') {
	    state.tag = 'tag:yaml.org,2002:' + tagName;
	  } else {
	    throwError(state, 'undeclared tag handle "' + tagHandle + '"');
	  }

	  return true
	}

	function readAnchorProperty (state) {
	  let ch = state.input.charCodeAt(state.position);

	  if (ch !== 0x26/* & */) return false

	  if (state.anchor !== null) {
	    throwError(state, 'duplication of an anchor property');
	  }

	  ch = state.input.charCodeAt(++state.position);
	  const _position = state.position;

	  while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
	    ch = state.input.charCodeAt(++state.position);
	  }

	  if (state.position === _position) {
	    throwError(state, 'name of an anchor node must contain at least one character');
	  }

	  state.anchor = state.input.slice(_position, state.position);
	  return true
	}

	function readAlias (state) {
	  let ch = state.input.charCodeAt(state.position);

	  if (ch !== 0x2A/* * */) return false

	  ch = state.input.charCodeAt(++state.position);
	  const _position = state.position;

	  while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
	    ch = state.input.charCodeAt(++state.position);
	  }

	  if (state.position === _position) {
	    throwError(state, 'name of an alias node must contain at least one character');
	  }

	  const alias = state.input.slice(_position, state.position);

	  if (!_hasOwnProperty.call(state.anchorMap, alias)) {
	    throwError(state, 'unidentified alias "' + alias + '"');
	  }

	  state.result = state.anchorMap[alias];
	  skipSeparationSpace(state, true, -1);
	  return true
	}

	function tryReadBlockMappingFromProperty (state, propertyStart, nodeIndent, flowIndent) {
	  const fallbackState = snapshotState(state);

	  beginAnchorTransaction(state);
	  restoreState(state, propertyStart);

	  // Re-read the leading properties as part of the first implicit key, not as
	  // properties of the current node.
	  state.tag = null;
	  state.anchor = null;
	  state.kind = null;
	  state.result = null;

	  if (readBlockMapping(state, nodeIndent, flowIndent) && state.kind === 'mapping') {
	    commitAnchorTransaction(state);
	    return true
	  }

	  rollbackAnchorTransaction(state);
	  restoreState(state, fallbackState);
	  return false
	}

	function composeNode (state, parentIndent, nodeContext, allowToSeek, allowCompact) {
	  let allowBlockScalars;
	  let allowBlockCollections;
	  let indentStatus = 1; // 1: this>parent, 0: this=parent, -1: this<parent
	  let atNewLine = false;
	  let hasContent = false;
	  let propertyStart = null;
	  let type;
	  let flowIndent;
	  let blockIndent;

	  if (state.depth >= state.maxDepth) {
	    throwError(state, 'nesting exceeded maxDepth (' + state.maxDepth + ')');
	  }

	  state.depth += 1;

	  if (state.listener !== null) {
	    state.listener('open', state);
	  }

	  state.tag = null;
	  state.anchor = null;
	  state.kind = null;
	  state.result = null;

	  const allowBlockStyles = allowBlockScalars = allowBlockCollections =
	    CONTEXT_BLOCK_OUT === nodeContext ||
	    CONTEXT_BLOCK_IN === nodeContext;

	  if (allowToSeek) {
	    if (skipSeparationSpace(state, true, -1)) {
	      atNewLine = true;

	      if (state.lineIndent > parentIndent) {
	        indentStatus = 1;
	      } else if (state.lineIndent === parentIndent) {
	        indentStatus = 0;
	      } else if (state.lineIndent < parentIndent) {
	        indentStatus = -1;
	      }
	    }
	  }

	  if (indentStatus === 1) {
	    while (true) {
	      const ch = state.input.charCodeAt(state.position);
	      const propertyState = snapshotState(state);

	      // A duplicate property token after a line break can be the first key of
	      // a nested block mapping, e.g. `!!map\n  !!str key: value`.
	      if (atNewLine &&
	          ((ch === 0x21/* ! */ && state.tag !== null) ||
	           (ch === 0x26/* & */ && state.anchor !== null))) {
	        break
	      }

	      if (!readTagProperty(state) && !readAnchorProperty(state)) {
	        break
	      }

	      if (propertyStart === null) {
	        propertyStart = propertyState;
	      }

	      if (skipSeparationSpace(state, true, -1)) {
	        atNewLine = true;
	        allowBlockCollections = allowBlockStyles;

	        if (state.lineIndent > parentIndent) {
	          indentStatus = 1;
	        } else if (state.lineIndent === parentIndent) {
	          indentStatus = 0;
	        } else if (state.lineIndent < parentIndent) {
	          indentStatus = -1;
	        }
	      } else {
	        allowBlockCollections = false;
	      }
	    }
	  }

	  if (allowBlockCollections) {
	    allowBlockCollections = atNewLine || allowCompact;
	  }

	  if (indentStatus === 1 || CONTEXT_BLOCK_OUT === nodeContext) {
	    if (CONTEXT_FLOW_IN === nodeContext || CONTEXT_FLOW_OUT === nodeContext) {
	      flowIndent = parentIndent;
	    } else {
	      flowIndent = parentIndent + 1;
	    }

	    blockIndent = state.position - state.lineStart;

	    if (indentStatus === 1) {
	      if ((allowBlockCollections &&
	          (readBlockSequence(state, blockIndent) || readBlockMapping(state, blockIndent, flowIndent))) ||
	          readFlowCollection(state, flowIndent)) {
	        hasContent = true;
	      } else {
	        const ch = state.input.charCodeAt(state.position);

	        if (propertyStart !== null && allowBlockStyles && !allowBlockCollections &&
	            ch !== 0x7C/* | */ && ch !== 0x3E/* > */ &&
	            tryReadBlockMappingFromProperty(
	              state,
	              propertyStart,
	              propertyStart.position - propertyStart.lineStart,
	              flowIndent
	            )) {
	          hasContent = true;
	        } else if ((allowBlockScalars && readBlockScalar(state, flowIndent)) ||
	            readSingleQuotedScalar(state, flowIndent) ||
	            readDoubleQuotedScalar(state, flowIndent)) {
	          hasContent = true;
	        } else if (readAlias(state)) {
	          hasContent = true;

	          if (state.tag !== null || state.anchor !== null) {
	            throwError(state, 'alias node should not have any properties');
	          }
	        } else if (readPlainScalar(state, flowIndent, CONTEXT_FLOW_IN === nodeContext)) {
	          hasContent = true;

	          if (state.tag === null) {
	            state.tag = '?';
	          }
	        }

	        if (state.anchor !== null) {
	          storeAnchor(state, state.anchor, state.result);
	        }
	      }
	    } else if (indentStatus === 0) {
	      // Special case: block sequences are allowed to have same indentation level as the parent.
	      // http://www.yaml.org/spec/1.2/spec.html#id2799784
	      hasContent = allowBlockCollections && readBlockSequence(state, blockIndent);
	    }
	  }

	  if (state.tag === null) {
	    if (state.anchor !== null) {
	      storeAnchor(state, state.anchor, state.result);
	    }
	  } else if (state.tag === '?') {
	    // Implicit resolving is not allowed for non-scalar types, and '?'
	    // non-specific tag is only automatically assigned to plain scalars.
	    //
	    // We only need to check kind conformity in case user explicitly assigns '?'
	    // tag, for example like this: "!<?> [0]"
	    //
	    if (state.result !== null && state.kind !== 'scalar') {
	      throwError(state, 'unacceptable node kind for !<?> tag; it should be "scalar", not "' + state.kind + '"');
	    }

	    for (let typeIndex = 0, typeQuantity = state.implicitTypes.length; typeIndex < typeQuantity; typeIndex += 1) {
	      type = state.implicitTypes[typeIndex];

	      if (type.resolve(state.result)) { // `state.result` updated in resolver if matched
	        state.result = type.construct(state.result);
	        state.tag = type.tag;
	        if (state.anchor !== null) {
	          storeAnchor(state, state.anchor, state.result);
	        }
	        break
	      }
	    }
	  } else if (state.tag !== '!') {
	    if (_hasOwnProperty.call(state.typeMap[state.kind || 'fallback'], state.tag)) {
	      type = state.typeMap[state.kind || 'fallback'][state.tag];
	    } else {
	      // looking for multi type
	      type = null;
	      const typeList = state.typeMap.multi[state.kind || 'fallback'];

	      for (let typeIndex = 0, typeQuantity = typeList.length; typeIndex < typeQuantity; typeIndex += 1) {
	        if (state.tag.slice(0, typeList[typeIndex].tag.length) === typeList[typeIndex].tag) {
	          type = typeList[typeIndex];
	          break
	        }
	      }
	    }

	    if (!type) {
	      throwError(state, 'unknown tag !<' + state.tag + '>');
	    }

	    if (state.result !== null && type.kind !== state.kind) {
	      throwError(state, 'unacceptable node kind for !<' + state.tag + '> tag; it should be "' + type.kind + '", not "' + state.kind + '"');
	    }

	    if (!type.resolve(state.result, state.tag)) { // `state.result` updated in resolver if matched
	      throwError(state, 'cannot resolve a node with !<' + state.tag + '> explicit tag');
	    } else {
	      state.result = type.construct(state.result, state.tag);
	      if (state.anchor !== null) {
	        storeAnchor(state, state.anchor, state.result);
	      }
	    }
	  }

	  if (state.listener !== null) {
	    state.listener('close', state);
	  }

	  state.depth -= 1;
	  return state.tag !== null || state.anchor !== null || hasContent
	}

	function readDocument (state) {
	  const documentStart = state.position;
	  let hasDirectives = false;
	  let ch;

	  state.version = null;
	  state.checkLineBreaks = state.legacy;
	  state.tagMap = Object.create(null);
	  state.anchorMap = Object.create(null);

	  while ((ch = state.input.charCodeAt(state.position)) !== 0) {
	    skipSeparationSpace(state, true, -1);

	    ch = state.input.charCodeAt(state.position);

	    if (state.lineIndent > 0 || ch !== 0x25/* % */) {
	      break
	    }

	    hasDirectives = true;
	    ch = state.input.charCodeAt(++state.position);
	    let _position = state.position;

	    while (ch !== 0 && !isWsOrEol(ch)) {
	      ch = state.input.charCodeAt(++state.position);
	    }

	    const directiveName = state.input.slice(_position, state.position);
	    const directiveArgs = [];

	    if (directiveName.length < 1) {
	      throwError(state, 'directive name must not be less than one character in length');
	    }

	    while (ch !== 0) {
	      while (isWhiteSpace(ch)) {
	        ch = state.input.charCodeAt(++state.position);
	      }

	      if (ch === 0x23/* # */) {
	        do { ch = state.input.charCodeAt(++state.position); }
	        while (ch !== 0 && !isEol(ch))
	        break
	      }

	      if (isEol(ch)) break

	      _position = state.position;

	      while (ch !== 0 && !isWsOrEol(ch)) {
	        ch = state.input.charCodeAt(++state.position);
	      }

	      directiveArgs.push(state.input.slice(_position, state.position));
	    }

	    if (ch !== 0) readLineBreak(state);

	    if (_hasOwnProperty.call(directiveHandlers, directiveName)) {
	      directiveHandlers[directiveName](state, directiveName, directiveArgs);
	    } else {
	      throwWarning(state, 'unknown document directive "' + directiveName + '"');
	    }
	  }

	  skipSeparationSpace(state, true, -1);

	  if (state.lineIndent === 0 &&
	      state.input.charCodeAt(state.position) === 0x2D/* - */ &&
	      state.input.charCodeAt(state.position + 1) === 0x2D/* - */ &&
	      state.input.charCodeAt(state.position + 2) === 0x2D/* - */) {
	    state.position += 3;
	    skipSeparationSpace(state, true, -1);
	  } else if (hasDirectives) {
	    throwError(state, 'directives end mark is expected');
	  }

	  composeNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, true);
	  skipSeparationSpace(state, true, -1);

	  if (state.checkLineBreaks &&
	      PATTERN_NON_ASCII_LINE_BREAKS.test(state.input.slice(documentStart, state.position))) {
	    throwWarning(state, 'non-ASCII line breaks are interpreted as content');
	  }

	  state.documents.push(state.result);

	  if (state.position === state.lineStart && testDocumentSeparator(state)) {
	    if (state.input.charCodeAt(state.position) === 0x2E/* . */) {
	      state.position += 3;
	      skipSeparationSpace(state, true, -1);
	    }
	    return
	  }

	  if (state.position < (state.length - 1)) {
	    throwError(state, 'end of the stream or a document separator is expected');
	  }
	}

	function loadDocuments (input, options) {
	  input = String(input);
	  options = options || {};

	  if (input.length !== 0) {
	    // Add tailing `\n` if not exists
	    if (input.charCodeAt(input.length - 1) !== 0x0A/* LF */ &&
	        input.charCodeAt(input.length - 1) !== 0x0D/* CR */) {
	      input += '\n';
	    }

	    // Strip BOM
	    if (input.charCodeAt(0) === 0xFEFF) {
	      input = input.slice(1);
	    }
	  }

	  const state = new State(input, options);

	  const nullpos = input.indexOf('\0');

	  if (nullpos !== -1) {
	    state.position = nullpos;
	    throwError(state, 'null byte is not allowed in input');
	  }

	  // Use 0 as string terminator. That significantly simplifies bounds check.
	  state.input += '\0';

	  while (state.input.charCodeAt(state.position) === 0x20/* Space */) {
	    state.lineIndent += 1;
	    state.position += 1;
	  }

	  while (state.position < (state.length - 1)) {
	    readDocument(state);
	  }

	  return state.documents
	}

	function loadAll (input, iterator, options) {
	  if (iterator !== null && typeof iterator === 'object' && typeof options === 'undefined') {
	    options = iterator;
	    iterator = null;
	  }

	  const documents = loadDocuments(input, options);

	  if (typeof iterator !== 'function') {
	    return documents
	  }

	  for (let index = 0, length = documents.length; index < length; index += 1) {
	    iterator(documents[index]);
	  }
	}

	function load (input, options) {
	  const documents = loadDocuments(input, options);

	  if (documents.length === 0) {
	    return undefined
	  } else if (documents.length === 1) {
	    return documents[0]
	  }
	  throw new YAMLException('expected a single document in the stream, but found more')
	}

	loader.loadAll = loadAll;
	loader.load = load;
	return loader;
}

var dumper = {};

var hasRequiredDumper;

function requireDumper () {
	if (hasRequiredDumper) return dumper;
	hasRequiredDumper = 1;

	const common = requireCommon();
	const YAMLException = requireException();
	const DEFAULT_SCHEMA = require_default();

	const _toString = Object.prototype.toString;
	const _hasOwnProperty = Object.prototype.hasOwnProperty;

	const CHAR_BOM = 0xFEFF;
	const CHAR_TAB = 0x09; /* Tab */
	const CHAR_LINE_FEED = 0x0A; /* LF */
	const CHAR_CARRIAGE_RETURN = 0x0D; /* CR */
	const CHAR_SPACE = 0x20; /* Space */
	const CHAR_EXCLAMATION = 0x21; /* ! */
	const CHAR_DOUBLE_QUOTE = 0x22; /* " */
	const CHAR_SHARP = 0x23; /* # */
	const CHAR_PERCENT = 0x25; /* % */
	const CHAR_AMPERSAND = 0x26; /* & */
	const CHAR_SINGLE_QUOTE = 0x27; /* ' */
	const CHAR_ASTERISK = 0x2A; /* * */
	const CHAR_COMMA = 0x2C; /* , */
	const CHAR_MINUS = 0x2D; /* - */
	const CHAR_COLON = 0x3A; /* : */
	const CHAR_EQUALS = 0x3D; /* = */
	const CHAR_GREATER_THAN = 0x3E; /* > */
	const CHAR_QUESTION = 0x3F; /* ? */
	const CHAR_COMMERCIAL_AT = 0x40; /* @ */
	const CHAR_LEFT_SQUARE_BRACKET = 0x5B; /* [ */
	const CHAR_RIGHT_SQUARE_BRACKET = 0x5D; /* ] */
	const CHAR_GRAVE_ACCENT = 0x60; /* ` */
	const CHAR_LEFT_CURLY_BRACKET = 0x7B; /* { */
	const CHAR_VERTICAL_LINE = 0x7C; /* | */
	const CHAR_RIGHT_CURLY_BRACKET = 0x7D; /* } */

	const ESCAPE_SEQUENCES = {};

	ESCAPE_SEQUENCES[0x00] = '\\0';
	ESCAPE_SEQUENCES[0x07] = '\\a';
	ESCAPE_SEQUENCES[0x08] = '\\b';
	ESCAPE_SEQUENCES[0x09] = '\\t';
	ESCAPE_SEQUENCES[0x0A] = '\\n';
	ESCAPE_SEQUENCES[0x0B] = '\\v';
	ESCAPE_SEQUENCES[0x0C] = '\\f';
	ESCAPE_SEQUENCES[0x0D] = '\\r';
	ESCAPE_SEQUENCES[0x1B] = '\\e';
	ESCAPE_SEQUENCES[0x22] = '\\"';
	ESCAPE_SEQUENCES[0x5C] = '\\\\';
	ESCAPE_SEQUENCES[0x85] = '\\N';
	ESCAPE_SEQUENCES[0xA0] = '\\_';
	ESCAPE_SEQUENCES[0x2028] = '\\L';
	ESCAPE_SEQUENCES[0x2029] = '\\P';

	const DEPRECATED_BOOLEANS_SYNTAX = [
	  'y', 'Y', 'yes', 'Yes', 'YES', 'on', 'On', 'ON',
	  'n', 'N', 'no', 'No', 'NO', 'off', 'Off', 'OFF'
	];

	const DEPRECATED_BASE60_SYNTAX = /^[-+]?[0-9_]+(?::[0-9_]+)+(?:\.[0-9_]*)?$/;

	function compileStyleMap (schema, map) {
	  if (map === null) return {}

	  const result = {};
	  const keys = Object.keys(map);

	  for (let index = 0, length = keys.length; index < length; index += 1) {
	    let tag = keys[index];
	    let style = String(map[tag]);

	    if (tag.slice(0, 2) === '!!') {
	      tag = 'tag:yaml.org,2002:' + tag.slice(2);
	    }
	    const type = schema.compiledTypeMap['fallback'][tag];

	    if (type && _hasOwnProperty.call(type.styleAliases, style)) {
	      style = type.styleAliases[style];
	    }

	    result[tag] = style;
	  }

	  return result
	}

	function encodeHex (character) {
	  let handle;
	  let length;

	  const string = character.toString(16).toUpperCase();

	  if (character <= 0xFF) {
	    handle = 'x';
	    length = 2;
	  } else if (character <= 0xFFFF) {
	    handle = 'u';
	    length = 4;
	  } else if (character <= 0xFFFFFFFF) {
	    handle = 'U';
	    length = 8;
	  } else {
	    throw new YAMLException('code point within a string may not be greater than 0xFFFFFFFF')
	  }

	  return '\\' + handle + common.repeat('0', length - string.length) + string
	}

	const QUOTING_TYPE_SINGLE = 1;
	const QUOTING_TYPE_DOUBLE = 2;

	function State (options) {
	  this.schema = options['schema'] || DEFAULT_SCHEMA;
	  this.indent = Math.max(1, (options['indent'] || 2));
	  this.noArrayIndent = options['noArrayIndent'] || false;
	  this.skipInvalid = options['skipInvalid'] || false;
	  this.flowLevel = (common.isNothing(options['flowLevel']) ? -1 : options['flowLevel']);
	  this.styleMap = compileStyleMap(this.schema, options['styles'] || null);
	  this.sortKeys = options['sortKeys'] || false;
	  this.lineWidth = options['lineWidth'] || 80;
	  this.noRefs = options['noRefs'] || false;
	  this.noCompatMode = options['noCompatMode'] || false;
	  this.condenseFlow = options['condenseFlow'] || false;
	  this.quotingType = options['quotingType'] === '"' ? QUOTING_TYPE_DOUBLE : QUOTING_TYPE_SINGLE;
	  this.forceQuotes = options['forceQuotes'] || false;
	  this.replacer = typeof options['replacer'] === 'function' ? options['replacer'] : null;

	  this.implicitTypes = this.schema.compiledImplicit;
	  this.explicitTypes = this.schema.compiledExplicit;

	  this.tag = null;
	  this.result = '';

	  this.duplicates = [];
	  this.usedDuplicates = null;
	}

	// Indents every line in a string. Empty lines (\n only) are not indented.
	function indentString (string, spaces) {
	  const ind = common.repeat(' ', spaces);
	  let position = 0;
	  let result = '';
	  const length = string.length;

	  while (position < length) {
	    let line;
	    const next = string.indexOf('\n', position);
	    if (next === -1) {
	      line = string.slice(position);
	      position = length;
	    } else {
	      line = string.slice(position, next + 1);
	      position = next + 1;
	    }

	    if (line.length && line !== '\n') result += ind;

	    result += line;
	  }

	  return result
	}

	function generateNextLine (state, level) {
	  return '\n' + common.repeat(' ', state.indent * level)
	}

	function testImplicitResolving (state, str) {
	  for (let index = 0, length = state.implicitTypes.length; index < length; index += 1) {
	    const type = state.implicitTypes[index];

	    if (type.resolve(str)) {
	      return true
	    }
	  }

	  return false
	}

	// [33] s-white ::= s-space | s-tab
	function isWhitespace (c) {
	  return c === CHAR_SPACE || c === CHAR_TAB
	}

	// Returns true if the character can be printed without escaping.
	// From YAML 1.2: "any allowed characters known to be non-printable
	// should also be escaped. [However,] This isn’t mandatory"
	// Derived from nb-char - \t - #x85 - #xA0 - #x2028 - #x2029.
	function isPrintable (c) {
	  return (c >= 0x00020 && c <= 0x00007E) ||
	    ((c >= 0x000A1 && c <= 0x00D7FF) && c !== 0x2028 && c !== 0x2029) ||
	    ((c >= 0x0E000 && c <= 0x00FFFD) && c !== CHAR_BOM) ||
	    (c >= 0x10000 && c <= 0x10FFFF)
	}

	// [34] ns-char ::= nb-char - s-white
	// [27] nb-char ::= c-printable - b-char - c-byte-order-mark
	// [26] b-char  ::= b-line-feed | b-carriage-return
	// Including s-white (for some reason, examples doesn't match specs in this aspect)
	// ns-char ::= c-printable - b-line-feed - b-carriage-return - c-byte-order-mark
	function isNsCharOrWhitespace (c) {
	  return isPrintable(c) &&
	    c !== CHAR_BOM &&
	    // - b-char
	    c !== CHAR_CARRIAGE_RETURN &&
	    c !== CHAR_LINE_FEED
	}

	// [127]  ns-plain-safe(c) ::= c = flow-out  ⇒ ns-plain-safe-out
	//                             c = flow-in   ⇒ ns-plain-safe-in
	//                             c = block-key ⇒ ns-plain-safe-out
	//                             c = flow-key  ⇒ ns-plain-safe-in
	// [128] ns-plain-safe-out ::= ns-char
	// [129]  ns-plain-safe-in ::= ns-char - c-flow-indicator
	// [130]  ns-plain-char(c) ::=  ( ns-plain-safe(c) - “:” - “#” )
	//                            | ( /* An ns-char preceding */ “#” )
	//                            | ( “:” /* Followed by an ns-plain-safe(c) */ )
	function isPlainSafe (c, prev, inblock) {
	  const cIsNsCharOrWhitespace = isNsCharOrWhitespace(c);
	  const cIsNsChar = cIsNsCharOrWhitespace && !isWhitespace(c);
	  return (
	    (
	      // ns-plain-safe
	      inblock // c = flow-in
	        ? cIsNsCharOrWhitespace
	        : cIsNsCharOrWhitespace &&
	          // - c-flow-indicator
	          c !== CHAR_COMMA &&
	          c !== CHAR_LEFT_SQUARE_BRACKET &&
	          c !== CHAR_RIGHT_SQUARE_BRACKET &&
	          c !== CHAR_LEFT_CURLY_BRACKET &&
	          c !== CHAR_RIGHT_CURLY_BRACKET
	    ) &&
	    // ns-plain-char
	    c !== CHAR_SHARP && // false on '#'
	    !(prev === CHAR_COLON && !cIsNsChar)
	  ) || // false on ': '
	  (isNsCharOrWhitespace(prev) && !isWhitespace(prev) && c === CHAR_SHARP) || // change to true on '[^ ]#'
	  (prev === CHAR_COLON && cIsNsChar) // change to true on ':[^ ]'
	}

	// Simplified test for values allowed as the first character in plain style.
	function isPlainSafeFirst (c) {
	  // Uses a subset of ns-char - c-indicator
	  // where ns-char = nb-char - s-white.
	  // No support of ( ( “?” | “:” | “-” ) /* Followed by an ns-plain-safe(c)) */ ) part
	  return isPrintable(c) &&
	    c !== CHAR_BOM &&
	    !isWhitespace(c) && // - s-white
	    // - (c-indicator ::=
	    // “-” | “?” | “:” | “,” | “[” | “]” | “{” | “}”
	    c !== CHAR_MINUS &&
	    c !== CHAR_QUESTION &&
	    c !== CHAR_COLON &&
	    c !== CHAR_COMMA &&
	    c !== CHAR_LEFT_SQUARE_BRACKET &&
	    c !== CHAR_RIGHT_SQUARE_BRACKET &&
	    c !== CHAR_LEFT_CURLY_BRACKET &&
	    c !== CHAR_RIGHT_CURLY_BRACKET &&
	    // | “#” | “&” | “*” | “!” | “|” | “=” | “>” | “'” | “"”
	    c !== CHAR_SHARP &&
	    c !== CHAR_AMPERSAND &&
	    c !== CHAR_ASTERISK &&
	    c !== CHAR_EXCLAMATION &&
	    c !== CHAR_VERTICAL_LINE &&
	    c !== CHAR_EQUALS &&
	    c !== CHAR_GREATER_THAN &&
	    c !== CHAR_SINGLE_QUOTE &&
	    c !== CHAR_DOUBLE_QUOTE &&
	    // | “%” | “@” | “`”)
	    c !== CHAR_PERCENT &&
	    c !== CHAR_COMMERCIAL_AT &&
	    c !== CHAR_GRAVE_ACCENT
	}

	// Simplified test for values allowed as the last character in plain style.
	function isPlainSafeLast (c) {
	  // just not whitespace or colon, it will be checked to be plain character later
	  return !isWhitespace(c) && c !== CHAR_COLON
	}

	// Same as 'string'.codePointAt(pos), but works in older browsers.
	function codePointAt (string, pos) {
	  const first = string.charCodeAt(pos);
	  let second;

	  if (first >= 0xD800 && first <= 0xDBFF && pos + 1 < string.length) {
	    second = string.charCodeAt(pos + 1);
	    if (second >= 0xDC00 && second <= 0xDFFF) {
	      // https://mathiasbynens.be/notes/javascript-encoding#surrogate-formulae
	      return (first - 0xD800) * 0x400 + second - 0xDC00 + 0x10000
	    }
	  }
	  return first
	}

	// Determines whether block indentation indicator is required.
	function needIndentIndicator (string) {
	  const leadingSpaceRe = /^\n* /;
	  return leadingSpaceRe.test(string)
	}

	const STYLE_PLAIN = 1;
	const STYLE_SINGLE = 2;
	const STYLE_LITERAL = 3;
	const STYLE_FOLDED = 4;
	const STYLE_DOUBLE = 5;

	// Determines which scalar styles are possible and returns the preferred style.
	// lineWidth = -1 => no limit.
	// Pre-conditions: str.length > 0.
	// Post-conditions:
	//    STYLE_PLAIN or STYLE_SINGLE => no \n are in the string.
	//    STYLE_LITERAL => no lines are suitable for folding (or lineWidth is -1).
	//    STYLE_FOLDED => a line > lineWidth and can be folded (and lineWidth != -1).
	function chooseScalarStyle (string, singleLineOnly, indentPerLevel, lineWidth,
	  testAmbiguousType, quotingType, forceQuotes, inblock) {
	  let i;
	  let char = 0;
	  let prevChar = null;
	  let hasLineBreak = false;
	  let hasFoldableLine = false; // only checked if shouldTrackWidth
	  const shouldTrackWidth = lineWidth !== -1;
	  let previousLineBreak = -1; // count the first line correctly
	  let plain = isPlainSafeFirst(codePointAt(string, 0)) &&
	    isPlainSafeLast(codePointAt(string, string.length - 1));

	  if (singleLineOnly || forceQuotes) {
	    // Case: no block styles.
	    // Check for disallowed characters to rule out plain and single.
	    for (i = 0; i < string.length; char >= 0x10000 ? i += 2 : i++) {
	      char = codePointAt(string, i);
	      if (!isPrintable(char)) {
	        return STYLE_DOUBLE
	      }
	      plain = plain && isPlainSafe(char, prevChar, inblock);
	      prevChar = char;
	    }
	  } else {
	    // Case: block styles permitted.
	    for (i = 0; i < string.length; char >= 0x10000 ? i += 2 : i++) {
	      char = codePointAt(string, i);
	      if (char === CHAR_LINE_FEED) {
	        hasLineBreak = true;
	        // Check if any line can be folded.
	        if (shouldTrackWidth) {
	          hasFoldableLine = hasFoldableLine ||
	            // Foldable line = too long, and not more-indented.
	            (i - previousLineBreak - 1 > lineWidth &&
	             string[previousLineBreak + 1] !== ' ');
	          previousLineBreak = i;
	        }
	      } else if (!isPrintable(char)) {
	        return STYLE_DOUBLE
	      }
	      plain = plain && isPlainSafe(char, prevChar, inblock);
	      prevChar = char;
	    }
	    // in case the end is missing a \n
	    hasFoldableLine = hasFoldableLine || (shouldTrackWidth &&
	      (i - previousLineBreak - 1 > lineWidth &&
	       string[previousLineBreak + 1] !== ' '));
	  }
	  // Although every style can represent \n without escaping, prefer block styles
	  // for multiline, since they're more readable and they don't add empty lines.
	  // Also prefer folding a super-long line.
	  if (!hasLineBreak && !hasFoldableLine) {
	    // Strings interpretable as another type have to be quoted;
	    // e.g. the string 'true' vs. the boolean true.
	    if (plain && !forceQuotes && !testAmbiguousType(string)) {
	      return STYLE_PLAIN
	    }
	    return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE
	  }
	  // Edge case: block indentation indicator can only have one digit.
	  if (indentPerLevel > 9 && needIndentIndicator(string)) {
	    return STYLE_DOUBLE
	  }
	  // At this point we know block styles are valid.
	  // Prefer literal style unless we want to fold.
	  if (!forceQuotes) {
	    return hasFoldableLine ? STYLE_FOLDED : STYLE_LITERAL
	  }
	  return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE
	}

	// Note: line breaking/folding is implemented for only the folded style.
	// NB. We drop the last trailing newline (if any) of a returned block scalar
	//  since the dumper adds its own newline. This always works:
	//    • No ending newline => unaffected; already using strip "-" chomping.
	//    • Ending newline    => removed then restored.
	//  Importantly, this keeps the "+" chomp indicator from gaining an extra line.
	function writeScalar (state, string, level, iskey, inblock) {
	  state.dump = (function () {
	    if (string.length === 0) {
	      return state.quotingType === QUOTING_TYPE_DOUBLE ? '""' : "''"
	    }
	    if (!state.noCompatMode) {
	      if (DEPRECATED_BOOLEANS_SYNTAX.indexOf(string) !== -1 || DEPRECATED_BASE60_SYNTAX.test(string)) {
	        return state.quotingType === QUOTING_TYPE_DOUBLE ? ('"' + string + '"') : ("'" + string + "'")
	      }
	    }

	    const indent = state.indent * Math.max(1, level); // no 0-indent scalars
	    // As indentation gets deeper, let the width decrease monotonically
	    // to the lower bound min(state.lineWidth, 40).
	    // Note that this implies
	    //  state.lineWidth ≤ 40 + state.indent: width is fixed at the lower bound.
	    //  state.lineWidth > 40 + state.indent: width decreases until the lower bound.
	    // This behaves better than a constant minimum width which disallows narrower options,
	    // or an indent threshold which causes the width to suddenly increase.
	    const lineWidth = (state.lineWidth === -1)
	      ? -1
	      : Math.max(Math.min(state.lineWidth, 40), state.lineWidth - indent);

	    // Without knowing if keys are implicit/explicit, assume implicit for safety.
	    const singleLineOnly = iskey ||
	      // No block styles in flow mode.
	      (state.flowLevel > -1 && level >= state.flowLevel);
	    function testAmbiguity (string) {
	      return testImplicitResolving(state, string)
	    }

	    switch (chooseScalarStyle(string, singleLineOnly, state.indent, lineWidth,
	      testAmbiguity, state.quotingType, state.forceQuotes && !iskey, inblock)) {
	      case STYLE_PLAIN:
	        return string
	      case STYLE_SINGLE:
	        return "'" + string.replace(/'/g, "''") + "'"
	      case STYLE_LITERAL:
	        return '|' + blockHeader(string, state.indent) +
	          dropEndingNewline(indentString(string, indent))
	      case STYLE_FOLDED:
	        return '>' + blockHeader(string, state.indent) +
	          dropEndingNewline(indentString(foldString(string, lineWidth), indent))
	      case STYLE_DOUBLE:
	        return '"' + escapeString(string) + '"'
	      default:
	        throw new YAMLException('impossible error: invalid scalar style')
	    }
	  }());
	}

	// Pre-conditions: string is valid for a block scalar, 1 <= indentPerLevel <= 9.
	function blockHeader (string, indentPerLevel) {
	  const indentIndicator = needIndentIndicator(string) ? String(indentPerLevel) : '';

	  // note the special case: the string '\n' counts as a "trailing" empty line.
	  const clip = string[string.length - 1] === '\n';
	  const keep = clip && (string[string.length - 2] === '\n' || string === '\n');
	  const chomp = keep ? '+' : (clip ? '' : '-');

	  return indentIndicator + chomp + '\n'
	}

	// (See the note for writeScalar.)
	function dropEndingNewline (string) {
	  return string[string.length - 1] === '\n' ? string.slice(0, -1) : string
	}

	// Note: a long line without a suitable break point will exceed the width limit.
	// Pre-conditions: every char in str isPrintable, str.length > 0, width > 0.
	function foldString (string, width) {
	  // In folded style, $k$ consecutive newlines output as $k+1$ newlines—
	  // unless they're before or after a more-indented line, or at the very
	  // beginning or end, in which case $k$ maps to $k$.
	  // Therefore, parse each chunk as newline(s) followed by a content line.
	  const lineRe = /(\n+)([^\n]*)/g;

	  // first line (possibly an empty line)
	  let result = (function () {
	    let nextLF = string.indexOf('\n');
	    nextLF = nextLF !== -1 ? nextLF : string.length;
	    lineRe.lastIndex = nextLF;
	    return foldLine(string.slice(0, nextLF), width)
	  }());
	  // If we haven't reached the first content line yet, don't add an extra \n.
	  let prevMoreIndented = string[0] === '\n' || string[0] === ' ';
	  let moreIndented;

	  // rest of the lines
	  let match;
	  while ((match = lineRe.exec(string))) {
	    const prefix = match[1];
	    const line = match[2];

	    moreIndented = (line[0] === ' ');
	    result += prefix +
	      ((!prevMoreIndented && !moreIndented && line !== '') ? '\n' : '') +
	      foldLine(line, width);
	    prevMoreIndented = moreIndented;
	  }

	  return result
	}

	// Greedy line breaking.
	// Picks the longest line under the limit each time,
	// otherwise settles for the shortest line over the limit.
	// NB. More-indented lines *cannot* be folded, as that would add an extra \n.
	function foldLine (line, width) {
	  if (line === '' || line[0] === ' ') return line

	  // Since a more-indented line adds a \n, breaks can't be followed by a space.
	  const breakRe = / [^ ]/g; // note: the match index will always be <= length-2.
	  let match;
	  // start is an inclusive index. end, curr, and next are exclusive.
	  let start = 0;
	  let end;
	  let curr = 0;
	  let next = 0;
	  let result = '';

	  // Invariants: 0 <= start <= length-1.
	  //   0 <= curr <= next <= max(0, length-2). curr - start <= width.
	  // Inside the loop:
	  //   A match implies length >= 2, so curr and next are <= length-2.
	  while ((match = breakRe.exec(line))) {
	    next = match.index;
	    // maintain invariant: curr - start <= width
	    if (next - start > width) {
	      end = (curr > start) ? curr : next; // derive end <= length-2
	      result += '\n' + line.slice(start, end);
	      // skip the space that was output as \n
	      start = end + 1;                    // derive start <= length-1
	    }
	    curr = next;
	  }

	  // By the invariants, start <= length-1, so there is something left over.
	  // It is either the whole string or a part starting from non-whitespace.
	  result += '\n';
	  // Insert a break if the remainder is too long and there is a break available.
	  if (line.length - start > width && curr > start) {
	    result += line.slice(start, curr) + '\n' + line.slice(curr + 1);
	  } else {
	    result += line.slice(start);
	  }

	  return result.slice(1) // drop extra \n joiner
	}

	// Escapes a double-quoted string.
	function escapeString (string) {
	  let result = '';
	  let char = 0;

	  for (let i = 0; i < string.length; char >= 0x10000 ? i += 2 : i++) {
	    char = codePointAt(string, i);
	    const escapeSeq = ESCAPE_SEQUENCES[char];

	    if (!escapeSeq && isPrintable(char)) {
	      result += string[i];
	      if (char >= 0x10000) result += string[i + 1];
	    } else {
	      result += escapeSeq || encodeHex(char);
	    }
	  }

	  return result
	}

	function writeFlowSequence (state, level, object) {
	  let _result = '';
	  const _tag = state.tag;

	  for (let index = 0, length = object.length; index < length; index += 1) {
	    let value = object[index];

	    if (state.replacer) {
	      value = state.replacer.call(object, String(index), value);
	    }

	    // Write only valid elements, put null instead of invalid elements.
	    if (writeNode(state, level, value, false, false) ||
	        (typeof value === 'undefined' &&
	         writeNode(state, level, null, false, false))) {
	      if (_result !== '') _result += ',' + (!state.condenseFlow ? ' ' : '');
	      _result += state.dump;
	    }
	  }

	  state.tag = _tag;
	  state.dump = '[' + _result + ']';
	}

	function writeBlockSequence (state, level, object, compact) {
	  let _result = '';
	  const _tag = state.tag;

	  for (let index = 0, length = object.length; index < length; index += 1) {
	    let value = object[index];

	    if (state.replacer) {
	      value = state.replacer.call(object, String(index), value);
	    }

	    // Write only valid elements, put null instead of invalid elements.
	    if (writeNode(state, level + 1, value, true, true, false, true) ||
	        (typeof value === 'undefined' &&
	         writeNode(state, level + 1, null, true, true, false, true))) {
	      if (!compact || _result !== '') {
	        _result += generateNextLine(state, level);
	      }

	      if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
	        _result += '-';
	      } else {
	        _result += '- ';
	      }

	      _result += state.dump;
	    }
	  }

	  state.tag = _tag;
	  state.dump = _result || '[]'; // Empty sequence if no valid values.
	}

	function writeFlowMapping (state, level, object) {
	  let _result = '';
	  const _tag = state.tag;
	  const objectKeyList = Object.keys(object);

	  for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
	    let pairBuffer = '';
	    if (_result !== '') pairBuffer += ', ';

	    if (state.condenseFlow) pairBuffer += '"';

	    const objectKey = objectKeyList[index];
	    let objectValue = object[objectKey];

	    if (state.replacer) {
	      objectValue = state.replacer.call(object, objectKey, objectValue);
	    }

	    if (!writeNode(state, level, objectKey, false, false)) {
	      continue // Skip this pair because of invalid key;
	    }

	    if (state.dump.length > 1024) pairBuffer += '? ';

	    pairBuffer += state.dump + (state.condenseFlow ? '"' : '') + ':' + (state.condenseFlow ? '' : ' ');

	    if (!writeNode(state, level, objectValue, false, false)) {
	      continue // Skip this pair because of invalid value.
	    }

	    pairBuffer += state.dump;

	    // Both key and value are valid.
	    _result += pairBuffer;
	  }

	  state.tag = _tag;
	  state.dump = '{' + _result + '}';
	}

	function writeBlockMapping (state, level, object, compact) {
	  let _result = '';
	  const _tag = state.tag;
	  const objectKeyList = Object.keys(object);

	  // Allow sorting keys so that the output file is deterministic
	  if (state.sortKeys === true) {
	    // Default sorting
	    objectKeyList.sort();
	  } else if (typeof state.sortKeys === 'function') {
	    // Custom sort function
	    objectKeyList.sort(state.sortKeys);
	  } else if (state.sortKeys) {
	    // Something is wrong
	    throw new YAMLException('sortKeys must be a boolean or a function')
	  }

	  for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
	    let pairBuffer = '';

	    if (!compact || _result !== '') {
	      pairBuffer += generateNextLine(state, level);
	    }

	    const objectKey = objectKeyList[index];
	    let objectValue = object[objectKey];

	    if (state.replacer) {
	      objectValue = state.replacer.call(object, objectKey, objectValue);
	    }

	    if (!writeNode(state, level + 1, objectKey, true, true, true)) {
	      continue // Skip this pair because of invalid key.
	    }

	    const explicitPair = (state.tag !== null && state.tag !== '?') ||
	                   (state.dump && state.dump.length > 1024);

	    if (explicitPair) {
	      if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
	        pairBuffer += '?';
	      } else {
	        pairBuffer += '? ';
	      }
	    }

	    pairBuffer += state.dump;

	    if (explicitPair) {
	      pairBuffer += generateNextLine(state, level);
	    }

	    if (!writeNode(state, level + 1, objectValue, true, explicitPair)) {
	      continue // Skip this pair because of invalid value.
	    }

	    if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
	      pairBuffer += ':';
	    } else {
	      pairBuffer += ': ';
	    }

	    pairBuffer += state.dump;

	    // Both key and value are valid.
	    _result += pairBuffer;
	  }

	  state.tag = _tag;
	  state.dump = _result || '{}'; // Empty mapping if no valid pairs.
	}

	function detectType (state, object, explicit) {
	  const typeList = explicit ? state.explicitTypes : state.implicitTypes;

	  for (let index = 0, length = typeList.length; index < length; index += 1) {
	    const type = typeList[index];

	    if ((type.instanceOf || type.predicate) &&
	        (!type.instanceOf || ((typeof object === 'object') && (object instanceof type.instanceOf))) &&
	        (!type.predicate || type.predicate(object))) {
	      if (explicit) {
	        if (type.multi && type.representName) {
	          state.tag = type.representName(object);
	        } else {
	          state.tag = type.tag;
	        }
	      } else {
	        state.tag = '?';
	      }

	      if (type.represent) {
	        const style = state.styleMap[type.tag] || type.defaultStyle;

	        let _result;
	        if (_toString.call(type.represent) === '[object Function]') {
	          _result = type.represent(object, style);
	        } else if (_hasOwnProperty.call(type.represent, style)) {
	          _result = type.represent[style](object, style);
	        } else {
	          throw new YAMLException('!<' + type.tag + '> tag resolver accepts not "' + style + '" style')
	        }

	        state.dump = _result;
	      }

	      return true
	    }
	  }

	  return false
	}

	// Serializes `object` and writes it to global `result`.
	// Returns true on success, or false on invalid object.
	//
	function writeNode (state, level, object, block, compact, iskey, isblockseq) {
	  state.tag = null;
	  state.dump = object;

	  if (!detectType(state, object, false)) {
	    detectType(state, object, true);
	  }

	  const type = _toString.call(state.dump);
	  const inblock = block;

	  if (block) {
	    block = (state.flowLevel < 0 || state.flowLevel > level);
	  }

	  const objectOrArray = type === '[object Object]' || type === '[object Array]';
	  let duplicateIndex;
	  let duplicate;

	  if (objectOrArray) {
	    duplicateIndex = state.duplicates.indexOf(object);
	    duplicate = duplicateIndex !== -1;
	  }

	  if ((state.tag !== null && state.tag !== '?') || duplicate || (state.indent !== 2 && level > 0)) {
	    compact = false;
	  }

	  if (duplicate && state.usedDuplicates[duplicateIndex]) {
	    state.dump = '*ref_' + duplicateIndex;
	  } else {
	    if (objectOrArray && duplicate && !state.usedDuplicates[duplicateIndex]) {
	      state.usedDuplicates[duplicateIndex] = true;
	    }
	    if (type === '[object Object]') {
	      if (block && (Object.keys(state.dump).length !== 0)) {
	        writeBlockMapping(state, level, state.dump, compact);
	        if (duplicate) {
	          state.dump = '&ref_' + duplicateIndex + state.dump;
	        }
	      } else {
	        writeFlowMapping(state, level, state.dump);
	        if (duplicate) {
	          state.dump = '&ref_' + duplicateIndex + ' ' + state.dump;
	        }
	      }
	    } else if (type === '[object Array]') {
	      if (block && (state.dump.length !== 0)) {
	        if (state.noArrayIndent && !isblockseq && level > 0) {
	          writeBlockSequence(state, level - 1, state.dump, compact);
	        } else {
	          writeBlockSequence(state, level, state.dump, compact);
	        }
	        if (duplicate) {
	          state.dump = '&ref_' + duplicateIndex + state.dump;
	        }
	      } else {
	        writeFlowSequence(state, level, state.dump);
	        if (duplicate) {
	          state.dump = '&ref_' + duplicateIndex + ' ' + state.dump;
	        }
	      }
	    } else if (type === '[object String]') {
	      if (state.tag !== '?') {
	        writeScalar(state, state.dump, level, iskey, inblock);
	      }
	    } else if (type === '[object Undefined]') {
	      return false
	    } else {
	      if (state.skipInvalid) return false
	      throw new YAMLException('unacceptable kind of an object to dump ' + type)
	    }

	    if (state.tag !== null && state.tag !== '?') {
	      // Need to encode all characters except those allowed by the spec:
	      //
	      // [35] ns-dec-digit    ::=  [#x30-#x39] /* 0-9 */
	      // [36] ns-hex-digit    ::=  ns-dec-digit
	      //                         | [#x41-#x46] /* A-F */ | [#x61-#x66] /* a-f */
	      // [37] ns-ascii-letter ::=  [#x41-#x5A] /* A-Z */ | [#x61-#x7A] /* a-z */
	      // [38] ns-word-char    ::=  ns-dec-digit | ns-ascii-letter | “-”
	      // [39] ns-uri-char     ::=  “%” ns-hex-digit ns-hex-digit | ns-word-char | “#”
	      //                         | “;” | “/” | “?” | “:” | “@” | “&” | “=” | “+” | “$” | “,”
	      //                         | “_” | “.” | “!” | “~” | “*” | “'” | “(” | “)” | “[” | “]”
	      //
	      // Also need to encode '!' because it has special meaning (end of tag prefix).
	      //
	      let tagStr = encodeURI(
	        state.tag[0] === '!' ? state.tag.slice(1) : state.tag
	      ).replace(/!/g, '%21');

	      if (state.tag[0] === '!') {
	        tagStr = '!' + tagStr;
	      } else if (tagStr.slice(0, 18) === 'tag:yaml.org,2002:') {
	        tagStr = '!!' + tagStr.slice(18);
	      } else {
	        tagStr = '!<' + tagStr + '>';
	      }

	      state.dump = tagStr + ' ' + state.dump;
	    }
	  }

	  return true
	}

	function getDuplicateReferences (object, state) {
	  const objects = [];
	  const duplicatesIndexes = [];

	  inspectNode(object, objects, duplicatesIndexes);

	  const length = duplicatesIndexes.length;
	  for (let index = 0; index < length; index += 1) {
	    state.duplicates.push(objects[duplicatesIndexes[index]]);
	  }
	  state.usedDuplicates = new Array(length);
	}

	function inspectNode (object, objects, duplicatesIndexes) {
	  if (object !== null && typeof object === 'object') {
	    const index = objects.indexOf(object);
	    if (index !== -1) {
	      if (duplicatesIndexes.indexOf(index) === -1) {
	        duplicatesIndexes.push(index);
	      }
	    } else {
	      objects.push(object);

	      if (Array.isArray(object)) {
	        for (let i = 0, length = object.length; i < length; i += 1) {
	          inspectNode(object[i], objects, duplicatesIndexes);
	        }
	      } else {
	        const objectKeyList = Object.keys(object);

	        for (let i = 0, length = objectKeyList.length; i < length; i += 1) {
	          inspectNode(object[objectKeyList[i]], objects, duplicatesIndexes);
	        }
	      }
	    }
	  }
	}

	function dump (input, options) {
	  options = options || {};

	  const state = new State(options);

	  if (!state.noRefs) getDuplicateReferences(input, state);

	  let value = input;

	  if (state.replacer) {
	    value = state.replacer.call({ '': value }, '', value);
	  }

	  if (writeNode(state, 0, value, true, true)) return state.dump + '\n'

	  return ''
	}

	dumper.dump = dump;
	return dumper;
}

var hasRequiredJsYaml;

function requireJsYaml () {
	if (hasRequiredJsYaml) return jsYaml;
	hasRequiredJsYaml = 1;

	const loader = requireLoader();
	const dumper = requireDumper();

	function renamed (from, to) {
	  return function () {
	    throw new Error('Function yaml.' + from + ' is removed in js-yaml 4. ' +
	      'Use yaml.' + to + ' instead, which is now safe by default.')
	  }
	}

	jsYaml.Type = requireType();
	jsYaml.Schema = requireSchema();
	jsYaml.FAILSAFE_SCHEMA = requireFailsafe();
	jsYaml.JSON_SCHEMA = requireJson();
	jsYaml.CORE_SCHEMA = requireCore();
	jsYaml.DEFAULT_SCHEMA = require_default();
	jsYaml.load = loader.load;
	jsYaml.loadAll = loader.loadAll;
	jsYaml.dump = dumper.dump;
	jsYaml.YAMLException = requireException();

	// Re-export all types in case user wants to create custom schema
	jsYaml.types = {
	  binary: requireBinary(),
	  float: requireFloat(),
	  map: requireMap(),
	  null: require_null(),
	  pairs: requirePairs(),
	  set: requireSet(),
	  timestamp: requireTimestamp(),
	  bool: requireBool(),
	  int: requireInt(),
	  merge: requireMerge(),
	  omap: requireOmap(),
	  seq: requireSeq(),
	  str: requireStr()
	};

	// Removed functions from JS-YAML 3.0.x
	jsYaml.safeLoad = renamed('safeLoad', 'load');
	jsYaml.safeLoadAll = renamed('safeLoadAll', 'loadAll');
	jsYaml.safeDump = renamed('safeDump', 'dump');
	return jsYaml;
}

/*
 * Generated by PEG.js 0.10.0.
 *
 * http://pegjs.org/
 */

var syml;
var hasRequiredSyml$1;

function requireSyml$1 () {
	if (hasRequiredSyml$1) return syml;
	hasRequiredSyml$1 = 1;

	function peg$subclass(child, parent) {
	  function ctor() { this.constructor = child; }
	  ctor.prototype = parent.prototype;
	  child.prototype = new ctor();
	}

	function peg$SyntaxError(message, expected, found, location) {
	  this.message  = message;
	  this.expected = expected;
	  this.found    = found;
	  this.location = location;
	  this.name     = "SyntaxError";

	  if (typeof Error.captureStackTrace === "function") {
	    Error.captureStackTrace(this, peg$SyntaxError);
	  }
	}

	peg$subclass(peg$SyntaxError, Error);

	peg$SyntaxError.buildMessage = function(expected, found) {
	  var DESCRIBE_EXPECTATION_FNS = {
	        literal: function(expectation) {
	          return "\"" + literalEscape(expectation.text) + "\"";
	        },

	        "class": function(expectation) {
	          var escapedParts = "",
	              i;

	          for (i = 0; i < expectation.parts.length; i++) {
	            escapedParts += expectation.parts[i] instanceof Array
	              ? classEscape(expectation.parts[i][0]) + "-" + classEscape(expectation.parts[i][1])
	              : classEscape(expectation.parts[i]);
	          }

	          return "[" + (expectation.inverted ? "^" : "") + escapedParts + "]";
	        },

	        any: function(expectation) {
	          return "any character";
	        },

	        end: function(expectation) {
	          return "end of input";
	        },

	        other: function(expectation) {
	          return expectation.description;
	        }
	      };

	  function hex(ch) {
	    return ch.charCodeAt(0).toString(16).toUpperCase();
	  }

	  function literalEscape(s) {
	    return s
	      .replace(/\\/g, '\\\\')
	      .replace(/"/g,  '\\"')
	      .replace(/\0/g, '\\0')
	      .replace(/\t/g, '\\t')
	      .replace(/\n/g, '\\n')
	      .replace(/\r/g, '\\r')
	      .replace(/[\x00-\x0F]/g,          function(ch) { return '\\x0' + hex(ch); })
	      .replace(/[\x10-\x1F\x7F-\x9F]/g, function(ch) { return '\\x'  + hex(ch); });
	  }

	  function classEscape(s) {
	    return s
	      .replace(/\\/g, '\\\\')
	      .replace(/\]/g, '\\]')
	      .replace(/\^/g, '\\^')
	      .replace(/-/g,  '\\-')
	      .replace(/\0/g, '\\0')
	      .replace(/\t/g, '\\t')
	      .replace(/\n/g, '\\n')
	      .replace(/\r/g, '\\r')
	      .replace(/[\x00-\x0F]/g,          function(ch) { return '\\x0' + hex(ch); })
	      .replace(/[\x10-\x1F\x7F-\x9F]/g, function(ch) { return '\\x'  + hex(ch); });
	  }

	  function describeExpectation(expectation) {
	    return DESCRIBE_EXPECTATION_FNS[expectation.type](expectation);
	  }

	  function describeExpected(expected) {
	    var descriptions = new Array(expected.length),
	        i, j;

	    for (i = 0; i < expected.length; i++) {
	      descriptions[i] = describeExpectation(expected[i]);
	    }

	    descriptions.sort();

	    if (descriptions.length > 0) {
	      for (i = 1, j = 1; i < descriptions.length; i++) {
	        if (descriptions[i - 1] !== descriptions[i]) {
	          descriptions[j] = descriptions[i];
	          j++;
	        }
	      }
	      descriptions.length = j;
	    }

	    switch (descriptions.length) {
	      case 1:
	        return descriptions[0];

	      case 2:
	        return descriptions[0] + " or " + descriptions[1];

	      default:
	        return descriptions.slice(0, -1).join(", ")
	          + ", or "
	          + descriptions[descriptions.length - 1];
	    }
	  }

	  function describeFound(found) {
	    return found ? "\"" + literalEscape(found) + "\"" : "end of input";
	  }

	  return "Expected " + describeExpected(expected) + " but " + describeFound(found) + " found.";
	};

	function peg$parse(input, options) {
	  options = options !== void 0 ? options : {};

	  var peg$FAILED = {},

	      peg$startRuleFunctions = { Start: peg$parseStart },
	      peg$startRuleFunction  = peg$parseStart,

	      peg$c0 = function(statements) { return [].concat(... statements) },
	      peg$c1 = "-",
	      peg$c2 = peg$literalExpectation("-", false),
	      peg$c3 = function(value) { return value },
	      peg$c4 = function(statements) { return Object.assign({}, ... statements) },
	      peg$c5 = "#",
	      peg$c6 = peg$literalExpectation("#", false),
	      peg$c7 = peg$anyExpectation(),
	      peg$c8 = function() { return {} },
	      peg$c9 = ":",
	      peg$c10 = peg$literalExpectation(":", false),
	      peg$c11 = function(property, value) { return {[property]: value} },
	      peg$c12 = ",",
	      peg$c13 = peg$literalExpectation(",", false),
	      peg$c14 = function(property, other) { return other },
	      peg$c15 = function(property, others, value) { return Object.assign({}, ... [property].concat(others).map(property => ({[property]: value}))) },
	      peg$c16 = function(statements) { return statements },
	      peg$c17 = function(expression) { return expression },
	      peg$c18 = peg$otherExpectation("correct indentation"),
	      peg$c19 = " ",
	      peg$c20 = peg$literalExpectation(" ", false),
	      peg$c21 = function(spaces) { return spaces.length === indentLevel * INDENT_STEP },
	      peg$c22 = function(spaces) { return spaces.length === (indentLevel + 1) * INDENT_STEP },
	      peg$c23 = function() { indentLevel++; return true },
	      peg$c24 = function() { indentLevel--; return true },
	      peg$c25 = function() { return text() },
	      peg$c26 = peg$otherExpectation("pseudostring"),
	      peg$c27 = /^[^\r\n\t ?:,\][{}#&*!|>'"%@`\-]/,
	      peg$c28 = peg$classExpectation(["\r", "\n", "\t", " ", "?", ":", ",", "]", "[", "{", "}", "#", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`", "-"], true, false),
	      peg$c29 = /^[^\r\n\t ,\][{}:#"']/,
	      peg$c30 = peg$classExpectation(["\r", "\n", "\t", " ", ",", "]", "[", "{", "}", ":", "#", "\"", "'"], true, false),
	      peg$c31 = function() { return text().replace(/^ *| *$/g, '') },
	      peg$c32 = "--",
	      peg$c33 = peg$literalExpectation("--", false),
	      peg$c34 = /^[a-zA-Z\/0-9]/,
	      peg$c35 = peg$classExpectation([["a", "z"], ["A", "Z"], "/", ["0", "9"]], false, false),
	      peg$c36 = /^[^\r\n\t :,]/,
	      peg$c37 = peg$classExpectation(["\r", "\n", "\t", " ", ":", ","], true, false),
	      peg$c38 = "null",
	      peg$c39 = peg$literalExpectation("null", false),
	      peg$c40 = function() { return null },
	      peg$c41 = "true",
	      peg$c42 = peg$literalExpectation("true", false),
	      peg$c43 = function() { return true },
	      peg$c44 = "false",
	      peg$c45 = peg$literalExpectation("false", false),
	      peg$c46 = function() { return false },
	      peg$c47 = peg$otherExpectation("string"),
	      peg$c48 = "\"",
	      peg$c49 = peg$literalExpectation("\"", false),
	      peg$c50 = function() { return "" },
	      peg$c51 = function(chars) { return chars },
	      peg$c52 = function(chars) { return chars.join(``) },
	      peg$c53 = /^[^"\\\0-\x1F\x7F]/,
	      peg$c54 = peg$classExpectation(["\"", "\\", ["\0", "\x1F"], "\x7F"], true, false),
	      peg$c55 = "\\\"",
	      peg$c56 = peg$literalExpectation("\\\"", false),
	      peg$c57 = function() { return `"` },
	      peg$c58 = "\\\\",
	      peg$c59 = peg$literalExpectation("\\\\", false),
	      peg$c60 = function() { return `\\` },
	      peg$c61 = "\\/",
	      peg$c62 = peg$literalExpectation("\\/", false),
	      peg$c63 = function() { return `/`  },
	      peg$c64 = "\\b",
	      peg$c65 = peg$literalExpectation("\\b", false),
	      peg$c66 = function() { return `\b` },
	      peg$c67 = "\\f",
	      peg$c68 = peg$literalExpectation("\\f", false),
	      peg$c69 = function() { return `\f` },
	      peg$c70 = "\\n",
	      peg$c71 = peg$literalExpectation("\\n", false),
	      peg$c72 = function() { return `\n` },
	      peg$c73 = "\\r",
	      peg$c74 = peg$literalExpectation("\\r", false),
	      peg$c75 = function() { return `\r` },
	      peg$c76 = "\\t",
	      peg$c77 = peg$literalExpectation("\\t", false),
	      peg$c78 = function() { return `\t` },
	      peg$c79 = "\\u",
	      peg$c80 = peg$literalExpectation("\\u", false),
	      peg$c81 = function(h1, h2, h3, h4) {
	            return String.fromCharCode(parseInt(`0x${h1}${h2}${h3}${h4}`));
	          },
	      peg$c82 = /^[0-9a-fA-F]/,
	      peg$c83 = peg$classExpectation([["0", "9"], ["a", "f"], ["A", "F"]], false, false),
	      peg$c84 = peg$otherExpectation("blank space"),
	      peg$c85 = /^[ \t]/,
	      peg$c86 = peg$classExpectation([" ", "\t"], false, false),
	      peg$c90 = "\r\n",
	      peg$c91 = peg$literalExpectation("\r\n", false),
	      peg$c92 = "\n",
	      peg$c93 = peg$literalExpectation("\n", false),
	      peg$c94 = "\r",
	      peg$c95 = peg$literalExpectation("\r", false),

	      peg$currPos          = 0,
	      peg$savedPos         = 0,
	      peg$posDetailsCache  = [{ line: 1, column: 1 }],
	      peg$maxFailPos       = 0,
	      peg$maxFailExpected  = [],
	      peg$silentFails      = 0,

	      peg$result;

	  if ("startRule" in options) {
	    if (!(options.startRule in peg$startRuleFunctions)) {
	      throw new Error("Can't start parsing from rule \"" + options.startRule + "\".");
	    }

	    peg$startRuleFunction = peg$startRuleFunctions[options.startRule];
	  }

	  function text() {
	    return input.substring(peg$savedPos, peg$currPos);
	  }

	  function peg$literalExpectation(text, ignoreCase) {
	    return { type: "literal", text: text, ignoreCase: ignoreCase };
	  }

	  function peg$classExpectation(parts, inverted, ignoreCase) {
	    return { type: "class", parts: parts, inverted: inverted, ignoreCase: ignoreCase };
	  }

	  function peg$anyExpectation() {
	    return { type: "any" };
	  }

	  function peg$endExpectation() {
	    return { type: "end" };
	  }

	  function peg$otherExpectation(description) {
	    return { type: "other", description: description };
	  }

	  function peg$computePosDetails(pos) {
	    var details = peg$posDetailsCache[pos], p;

	    if (details) {
	      return details;
	    } else {
	      p = pos - 1;
	      while (!peg$posDetailsCache[p]) {
	        p--;
	      }

	      details = peg$posDetailsCache[p];
	      details = {
	        line:   details.line,
	        column: details.column
	      };

	      while (p < pos) {
	        if (input.charCodeAt(p) === 10) {
	          details.line++;
	          details.column = 1;
	        } else {
	          details.column++;
	        }

	        p++;
	      }

	      peg$posDetailsCache[pos] = details;
	      return details;
	    }
	  }

	  function peg$computeLocation(startPos, endPos) {
	    var startPosDetails = peg$computePosDetails(startPos),
	        endPosDetails   = peg$computePosDetails(endPos);

	    return {
	      start: {
	        offset: startPos,
	        line:   startPosDetails.line,
	        column: startPosDetails.column
	      },
	      end: {
	        offset: endPos,
	        line:   endPosDetails.line,
	        column: endPosDetails.column
	      }
	    };
	  }

	  function peg$fail(expected) {
	    if (peg$currPos < peg$maxFailPos) { return; }

	    if (peg$currPos > peg$maxFailPos) {
	      peg$maxFailPos = peg$currPos;
	      peg$maxFailExpected = [];
	    }

	    peg$maxFailExpected.push(expected);
	  }

	  function peg$buildStructuredError(expected, found, location) {
	    return new peg$SyntaxError(
	      peg$SyntaxError.buildMessage(expected, found),
	      expected,
	      found,
	      location
	    );
	  }

	  function peg$parseStart() {
	    var s0;

	    s0 = peg$parsePropertyStatements();

	    return s0;
	  }

	  function peg$parseItemStatements() {
	    var s0, s1, s2;

	    s0 = peg$currPos;
	    s1 = [];
	    s2 = peg$parseItemStatement();
	    while (s2 !== peg$FAILED) {
	      s1.push(s2);
	      s2 = peg$parseItemStatement();
	    }
	    if (s1 !== peg$FAILED) {
	      peg$savedPos = s0;
	      s1 = peg$c0(s1);
	    }
	    s0 = s1;

	    return s0;
	  }

	  function peg$parseItemStatement() {
	    var s0, s1, s2, s3, s4;

	    s0 = peg$currPos;
	    s1 = peg$parseSamedent();
	    if (s1 !== peg$FAILED) {
	      if (input.charCodeAt(peg$currPos) === 45) {
	        s2 = peg$c1;
	        peg$currPos++;
	      } else {
	        s2 = peg$FAILED;
	        if (peg$silentFails === 0) { peg$fail(peg$c2); }
	      }
	      if (s2 !== peg$FAILED) {
	        s3 = peg$parseB();
	        if (s3 !== peg$FAILED) {
	          s4 = peg$parseExpression();
	          if (s4 !== peg$FAILED) {
	            peg$savedPos = s0;
	            s1 = peg$c3(s4);
	            s0 = s1;
	          } else {
	            peg$currPos = s0;
	            s0 = peg$FAILED;
	          }
	        } else {
	          peg$currPos = s0;
	          s0 = peg$FAILED;
	        }
	      } else {
	        peg$currPos = s0;
	        s0 = peg$FAILED;
	      }
	    } else {
	      peg$currPos = s0;
	      s0 = peg$FAILED;
	    }

	    return s0;
	  }

	  function peg$parsePropertyStatements() {
	    var s0, s1, s2;

	    s0 = peg$currPos;
	    s1 = [];
	    s2 = peg$parsePropertyStatement();
	    while (s2 !== peg$FAILED) {
	      s1.push(s2);
	      s2 = peg$parsePropertyStatement();
	    }
	    if (s1 !== peg$FAILED) {
	      peg$savedPos = s0;
	      s1 = peg$c4(s1);
	    }
	    s0 = s1;

	    return s0;
	  }

	  function peg$parsePropertyStatement() {
	    var s0, s1, s2, s3, s4, s5, s6, s7, s8;

	    s0 = peg$currPos;
	    s1 = peg$parseB();
	    if (s1 === peg$FAILED) {
	      s1 = null;
	    }
	    if (s1 !== peg$FAILED) {
	      s2 = peg$currPos;
	      if (input.charCodeAt(peg$currPos) === 35) {
	        s3 = peg$c5;
	        peg$currPos++;
	      } else {
	        s3 = peg$FAILED;
	        if (peg$silentFails === 0) { peg$fail(peg$c6); }
	      }
	      if (s3 !== peg$FAILED) {
	        s4 = [];
	        s5 = peg$currPos;
	        s6 = peg$currPos;
	        peg$silentFails++;
	        s7 = peg$parseEOL();
	        peg$silentFails--;
	        if (s7 === peg$FAILED) {
	          s6 = void 0;
	        } else {
	          peg$currPos = s6;
	          s6 = peg$FAILED;
	        }
	        if (s6 !== peg$FAILED) {
	          if (input.length > peg$currPos) {
	            s7 = input.charAt(peg$currPos);
	            peg$currPos++;
	          } else {
	            s7 = peg$FAILED;
	            if (peg$silentFails === 0) { peg$fail(peg$c7); }
	          }
	          if (s7 !== peg$FAILED) {
	            s6 = [s6, s7];
	            s5 = s6;
	          } else {
	            peg$currPos = s5;
	            s5 = peg$FAILED;
	          }
	        } else {
	          peg$currPos = s5;
	          s5 = peg$FAILED;
	        }
	        if (s5 !== peg$FAILED) {
	          while (s5 !== peg$FAILED) {
	            s4.push(s5);
	            s5 = peg$currPos;
	            s6 = peg$currPos;
	            peg$silentFails++;
	            s7 = peg$parseEOL();
	            peg$silentFails--;
	            if (s7 === peg$FAILED) {
	              s6 = void 0;
	            } else {
	              peg$currPos = s6;
	              s6 = peg$FAILED;
	            }
	            if (s6 !== peg$FAILED) {
	              if (input.length > peg$currPos) {
	                s7 = input.charAt(peg$currPos);
	                peg$currPos++;
	              } else {
	                s7 = peg$FAILED;
	                if (peg$silentFails === 0) { peg$fail(peg$c7); }
	              }
	              if (s7 !== peg$FAILED) {
	                s6 = [s6, s7];
	                s5 = s6;
	              } else {
	                peg$currPos = s5;
	                s5 = peg$FAILED;
	              }
	            } else {
	              peg$currPos = s5;
	              s5 = peg$FAILED;
	            }
	          }
	        } else {
	          s4 = peg$FAILED;
	        }
	        if (s4 !== peg$FAILED) {
	          s3 = [s3, s4];
	          s2 = s3;
	        } else {
	          peg$currPos = s2;
	          s2 = peg$FAILED;
	        }
	      } else {
	        peg$currPos = s2;
	        s2 = peg$FAILED;
	      }
	      if (s2 === peg$FAILED) {
	        s2 = null;
	      }
	      if (s2 !== peg$FAILED) {
	        s3 = [];
	        s4 = peg$parseEOL_ANY();
	        if (s4 !== peg$FAILED) {
	          while (s4 !== peg$FAILED) {
	            s3.push(s4);
	            s4 = peg$parseEOL_ANY();
	          }
	        } else {
	          s3 = peg$FAILED;
	        }
	        if (s3 !== peg$FAILED) {
	          peg$savedPos = s0;
	          s1 = peg$c8();
	          s0 = s1;
	        } else {
	          peg$currPos = s0;
	          s0 = peg$FAILED;
	        }
	      } else {
	        peg$currPos = s0;
	        s0 = peg$FAILED;
	      }
	    } else {
	      peg$currPos = s0;
	      s0 = peg$FAILED;
	    }
	    if (s0 === peg$FAILED) {
	      s0 = peg$currPos;
	      s1 = peg$parseSamedent();
	      if (s1 !== peg$FAILED) {
	        s2 = peg$parseName();
	        if (s2 !== peg$FAILED) {
	          s3 = peg$parseB();
	          if (s3 === peg$FAILED) {
	            s3 = null;
	          }
	          if (s3 !== peg$FAILED) {
	            if (input.charCodeAt(peg$currPos) === 58) {
	              s4 = peg$c9;
	              peg$currPos++;
	            } else {
	              s4 = peg$FAILED;
	              if (peg$silentFails === 0) { peg$fail(peg$c10); }
	            }
	            if (s4 !== peg$FAILED) {
	              s5 = peg$parseB();
	              if (s5 === peg$FAILED) {
	                s5 = null;
	              }
	              if (s5 !== peg$FAILED) {
	                s6 = peg$parseExpression();
	                if (s6 !== peg$FAILED) {
	                  peg$savedPos = s0;
	                  s1 = peg$c11(s2, s6);
	                  s0 = s1;
	                } else {
	                  peg$currPos = s0;
	                  s0 = peg$FAILED;
	                }
	              } else {
	                peg$currPos = s0;
	                s0 = peg$FAILED;
	              }
	            } else {
	              peg$currPos = s0;
	              s0 = peg$FAILED;
	            }
	          } else {
	            peg$currPos = s0;
	            s0 = peg$FAILED;
	          }
	        } else {
	          peg$currPos = s0;
	          s0 = peg$FAILED;
	        }
	      } else {
	        peg$currPos = s0;
	        s0 = peg$FAILED;
	      }
	      if (s0 === peg$FAILED) {
	        s0 = peg$currPos;
	        s1 = peg$parseSamedent();
	        if (s1 !== peg$FAILED) {
	          s2 = peg$parseLegacyName();
	          if (s2 !== peg$FAILED) {
	            s3 = peg$parseB();
	            if (s3 === peg$FAILED) {
	              s3 = null;
	            }
	            if (s3 !== peg$FAILED) {
	              if (input.charCodeAt(peg$currPos) === 58) {
	                s4 = peg$c9;
	                peg$currPos++;
	              } else {
	                s4 = peg$FAILED;
	                if (peg$silentFails === 0) { peg$fail(peg$c10); }
	              }
	              if (s4 !== peg$FAILED) {
	                s5 = peg$parseB();
	                if (s5 === peg$FAILED) {
	                  s5 = null;
	                }
	                if (s5 !== peg$FAILED) {
	                  s6 = peg$parseExpression();
	                  if (s6 !== peg$FAILED) {
	                    peg$savedPos = s0;
	                    s1 = peg$c11(s2, s6);
	                    s0 = s1;
	                  } else {
	                    peg$currPos = s0;
	                    s0 = peg$FAILED;
	                  }
	                } else {
	                  peg$currPos = s0;
	                  s0 = peg$FAILED;
	                }
	              } else {
	                peg$currPos = s0;
	                s0 = peg$FAILED;
	              }
	            } else {
	              peg$currPos = s0;
	              s0 = peg$FAILED;
	            }
	          } else {
	            peg$currPos = s0;
	            s0 = peg$FAILED;
	          }
	        } else {
	          peg$currPos = s0;
	          s0 = peg$FAILED;
	        }
	        if (s0 === peg$FAILED) {
	          s0 = peg$currPos;
	          s1 = peg$parseSamedent();
	          if (s1 !== peg$FAILED) {
	            s2 = peg$parseLegacyName();
	            if (s2 !== peg$FAILED) {
	              s3 = peg$parseB();
	              if (s3 !== peg$FAILED) {
	                s4 = peg$parseLegacyLiteral();
	                if (s4 !== peg$FAILED) {
	                  s5 = [];
	                  s6 = peg$parseEOL_ANY();
	                  if (s6 !== peg$FAILED) {
	                    while (s6 !== peg$FAILED) {
	                      s5.push(s6);
	                      s6 = peg$parseEOL_ANY();
	                    }
	                  } else {
	                    s5 = peg$FAILED;
	                  }
	                  if (s5 !== peg$FAILED) {
	                    peg$savedPos = s0;
	                    s1 = peg$c11(s2, s4);
	                    s0 = s1;
	                  } else {
	                    peg$currPos = s0;
	                    s0 = peg$FAILED;
	                  }
	                } else {
	                  peg$currPos = s0;
	                  s0 = peg$FAILED;
	                }
	              } else {
	                peg$currPos = s0;
	                s0 = peg$FAILED;
	              }
	            } else {
	              peg$currPos = s0;
	              s0 = peg$FAILED;
	            }
	          } else {
	            peg$currPos = s0;
	            s0 = peg$FAILED;
	          }
	          if (s0 === peg$FAILED) {
	            s0 = peg$currPos;
	            s1 = peg$parseSamedent();
	            if (s1 !== peg$FAILED) {
	              s2 = peg$parseLegacyName();
	              if (s2 !== peg$FAILED) {
	                s3 = [];
	                s4 = peg$currPos;
	                s5 = peg$parseB();
	                if (s5 === peg$FAILED) {
	                  s5 = null;
	                }
	                if (s5 !== peg$FAILED) {
	                  if (input.charCodeAt(peg$currPos) === 44) {
	                    s6 = peg$c12;
	                    peg$currPos++;
	                  } else {
	                    s6 = peg$FAILED;
	                    if (peg$silentFails === 0) { peg$fail(peg$c13); }
	                  }
	                  if (s6 !== peg$FAILED) {
	                    s7 = peg$parseB();
	                    if (s7 === peg$FAILED) {
	                      s7 = null;
	                    }
	                    if (s7 !== peg$FAILED) {
	                      s8 = peg$parseLegacyName();
	                      if (s8 !== peg$FAILED) {
	                        peg$savedPos = s4;
	                        s5 = peg$c14(s2, s8);
	                        s4 = s5;
	                      } else {
	                        peg$currPos = s4;
	                        s4 = peg$FAILED;
	                      }
	                    } else {
	                      peg$currPos = s4;
	                      s4 = peg$FAILED;
	                    }
	                  } else {
	                    peg$currPos = s4;
	                    s4 = peg$FAILED;
	                  }
	                } else {
	                  peg$currPos = s4;
	                  s4 = peg$FAILED;
	                }
	                if (s4 !== peg$FAILED) {
	                  while (s4 !== peg$FAILED) {
	                    s3.push(s4);
	                    s4 = peg$currPos;
	                    s5 = peg$parseB();
	                    if (s5 === peg$FAILED) {
	                      s5 = null;
	                    }
	                    if (s5 !== peg$FAILED) {
	                      if (input.charCodeAt(peg$currPos) === 44) {
	                        s6 = peg$c12;
	                        peg$currPos++;
	                      } else {
	                        s6 = peg$FAILED;
	                        if (peg$silentFails === 0) { peg$fail(peg$c13); }
	                      }
	                      if (s6 !== peg$FAILED) {
	                        s7 = peg$parseB();
	                        if (s7 === peg$FAILED) {
	                          s7 = null;
	                        }
	                        if (s7 !== peg$FAILED) {
	                          s8 = peg$parseLegacyName();
	                          if (s8 !== peg$FAILED) {
	                            peg$savedPos = s4;
	                            s5 = peg$c14(s2, s8);
	                            s4 = s5;
	                          } else {
	                            peg$currPos = s4;
	                            s4 = peg$FAILED;
	                          }
	                        } else {
	                          peg$currPos = s4;
	                          s4 = peg$FAILED;
	                        }
	                      } else {
	                        peg$currPos = s4;
	                        s4 = peg$FAILED;
	                      }
	                    } else {
	                      peg$currPos = s4;
	                      s4 = peg$FAILED;
	                    }
	                  }
	                } else {
	                  s3 = peg$FAILED;
	                }
	                if (s3 !== peg$FAILED) {
	                  s4 = peg$parseB();
	                  if (s4 === peg$FAILED) {
	                    s4 = null;
	                  }
	                  if (s4 !== peg$FAILED) {
	                    if (input.charCodeAt(peg$currPos) === 58) {
	                      s5 = peg$c9;
	                      peg$currPos++;
	                    } else {
	                      s5 = peg$FAILED;
	                      if (peg$silentFails === 0) { peg$fail(peg$c10); }
	                    }
	                    if (s5 !== peg$FAILED) {
	                      s6 = peg$parseB();
	                      if (s6 === peg$FAILED) {
	                        s6 = null;
	                      }
	                      if (s6 !== peg$FAILED) {
	                        s7 = peg$parseExpression();
	                        if (s7 !== peg$FAILED) {
	                          peg$savedPos = s0;
	                          s1 = peg$c15(s2, s3, s7);
	                          s0 = s1;
	                        } else {
	                          peg$currPos = s0;
	                          s0 = peg$FAILED;
	                        }
	                      } else {
	                        peg$currPos = s0;
	                        s0 = peg$FAILED;
	                      }
	                    } else {
	                      peg$currPos = s0;
	                      s0 = peg$FAILED;
	                    }
	                  } else {
	                    peg$currPos = s0;
	                    s0 = peg$FAILED;
	                  }
	                } else {
	                  peg$currPos = s0;
	                  s0 = peg$FAILED;
	                }
	              } else {
	                peg$currPos = s0;
	                s0 = peg$FAILED;
	              }
	            } else {
	              peg$currPos = s0;
	              s0 = peg$FAILED;
	            }
	          }
	        }
	      }
	    }

	    return s0;
	  }

	  function peg$parseExpression() {
	    var s0, s1, s2, s3, s4, s5, s6;

	    s0 = peg$currPos;
	    s1 = peg$currPos;
	    peg$silentFails++;
	    s2 = peg$currPos;
	    s3 = peg$parseEOL();
	    if (s3 !== peg$FAILED) {
	      s4 = peg$parseExtradent();
	      if (s4 !== peg$FAILED) {
	        if (input.charCodeAt(peg$currPos) === 45) {
	          s5 = peg$c1;
	          peg$currPos++;
	        } else {
	          s5 = peg$FAILED;
	          if (peg$silentFails === 0) { peg$fail(peg$c2); }
	        }
	        if (s5 !== peg$FAILED) {
	          s6 = peg$parseB();
	          if (s6 !== peg$FAILED) {
	            s3 = [s3, s4, s5, s6];
	            s2 = s3;
	          } else {
	            peg$currPos = s2;
	            s2 = peg$FAILED;
	          }
	        } else {
	          peg$currPos = s2;
	          s2 = peg$FAILED;
	        }
	      } else {
	        peg$currPos = s2;
	        s2 = peg$FAILED;
	      }
	    } else {
	      peg$currPos = s2;
	      s2 = peg$FAILED;
	    }
	    peg$silentFails--;
	    if (s2 !== peg$FAILED) {
	      peg$currPos = s1;
	      s1 = void 0;
	    } else {
	      s1 = peg$FAILED;
	    }
	    if (s1 !== peg$FAILED) {
	      s2 = peg$parseEOL_ANY();
	      if (s2 !== peg$FAILED) {
	        s3 = peg$parseIndent();
	        if (s3 !== peg$FAILED) {
	          s4 = peg$parseItemStatements();
	          if (s4 !== peg$FAILED) {
	            s5 = peg$parseDedent();
	            if (s5 !== peg$FAILED) {
	              peg$savedPos = s0;
	              s1 = peg$c16(s4);
	              s0 = s1;
	            } else {
	              peg$currPos = s0;
	              s0 = peg$FAILED;
	            }
	          } else {
	            peg$currPos = s0;
	            s0 = peg$FAILED;
	          }
	        } else {
	          peg$currPos = s0;
	          s0 = peg$FAILED;
	        }
	      } else {
	        peg$currPos = s0;
	        s0 = peg$FAILED;
	      }
	    } else {
	      peg$currPos = s0;
	      s0 = peg$FAILED;
	    }
	    if (s0 === peg$FAILED) {
	      s0 = peg$currPos;
	      s1 = peg$parseEOL();
	      if (s1 !== peg$FAILED) {
	        s2 = peg$parseIndent();
	        if (s2 !== peg$FAILED) {
	          s3 = peg$parsePropertyStatements();
	          if (s3 !== peg$FAILED) {
	            s4 = peg$parseDedent();
	            if (s4 !== peg$FAILED) {
	              peg$savedPos = s0;
	              s1 = peg$c16(s3);
	              s0 = s1;
	            } else {
	              peg$currPos = s0;
	              s0 = peg$FAILED;
	            }
	          } else {
	            peg$currPos = s0;
	            s0 = peg$FAILED;
	          }
	        } else {
	          peg$currPos = s0;
	          s0 = peg$FAILED;
	        }
	      } else {
	        peg$currPos = s0;
	        s0 = peg$FAILED;
	      }
	      if (s0 === peg$FAILED) {
	        s0 = peg$currPos;
	        s1 = peg$parseLiteral();
	        if (s1 !== peg$FAILED) {
	          s2 = [];
	          s3 = peg$parseEOL_ANY();
	          if (s3 !== peg$FAILED) {
	            while (s3 !== peg$FAILED) {
	              s2.push(s3);
	              s3 = peg$parseEOL_ANY();
	            }
	          } else {
	            s2 = peg$FAILED;
	          }
	          if (s2 !== peg$FAILED) {
	            peg$savedPos = s0;
	            s1 = peg$c17(s1);
	            s0 = s1;
	          } else {
	            peg$currPos = s0;
	            s0 = peg$FAILED;
	          }
	        } else {
	          peg$currPos = s0;
	          s0 = peg$FAILED;
	        }
	      }
	    }

	    return s0;
	  }

	  function peg$parseSamedent() {
	    var s0, s1, s2;

	    peg$silentFails++;
	    s0 = peg$currPos;
	    s1 = [];
	    if (input.charCodeAt(peg$currPos) === 32) {
	      s2 = peg$c19;
	      peg$currPos++;
	    } else {
	      s2 = peg$FAILED;
	      if (peg$silentFails === 0) { peg$fail(peg$c20); }
	    }
	    while (s2 !== peg$FAILED) {
	      s1.push(s2);
	      if (input.charCodeAt(peg$currPos) === 32) {
	        s2 = peg$c19;
	        peg$currPos++;
	      } else {
	        s2 = peg$FAILED;
	        if (peg$silentFails === 0) { peg$fail(peg$c20); }
	      }
	    }
	    if (s1 !== peg$FAILED) {
	      peg$savedPos = peg$currPos;
	      s2 = peg$c21(s1);
	      if (s2) {
	        s2 = void 0;
	      } else {
	        s2 = peg$FAILED;
	      }
	      if (s2 !== peg$FAILED) {
	        s1 = [s1, s2];
	        s0 = s1;
	      } else {
	        peg$currPos = s0;
	        s0 = peg$FAILED;
	      }
	    } else {
	      peg$currPos = s0;
	      s0 = peg$FAILED;
	    }
	    peg$silentFails--;
	    if (s0 === peg$FAILED) {
	      s1 = peg$FAILED;
	      if (peg$silentFails === 0) { peg$fail(peg$c18); }
	    }

	    return s0;
	  }

	  function peg$parseExtradent() {
	    var s0, s1, s2;

	    s0 = peg$currPos;
	    s1 = [];
	    if (input.charCodeAt(peg$currPos) === 32) {
	      s2 = peg$c19;
	      peg$currPos++;
	    } else {
	      s2 = peg$FAILED;
	      if (peg$silentFails === 0) { peg$fail(peg$c20); }
	    }
	    while (s2 !== peg$FAILED) {
	      s1.push(s2);
	      if (input.charCodeAt(peg$currPos) === 32) {
	        s2 = peg$c19;
	        peg$currPos++;
	      } else {
	        s2 = peg$FAILED;
	        if (peg$silentFails === 0) { peg$fail(peg$c20); }
	      }
	    }
	    if (s1 !== peg$FAILED) {
	      peg$savedPos = peg$currPos;
	      s2 = peg$c22(s1);
	      if (s2) {
	        s2 = void 0;
	      } else {
	        s2 = peg$FAILED;
	      }
	      if (s2 !== peg$FAILED) {
	        s1 = [s1, s2];
	        s0 = s1;
	      } else {
	        peg$currPos = s0;
	        s0 = peg$FAILED;
	      }
	    } else {
	      peg$currPos = s0;
	      s0 = peg$FAILED;
	    }

	    return s0;
	  }

	  function peg$parseIndent() {
	    var s0;

	    peg$savedPos = peg$currPos;
	    s0 = peg$c23();
	    if (s0) {
	      s0 = void 0;
	    } else {
	      s0 = peg$FAILED;
	    }

	    return s0;
	  }

	  function peg$parseDedent() {
	    var s0;

	    peg$savedPos = peg$currPos;
	    s0 = peg$c24();
	    if (s0) {
	      s0 = void 0;
	    } else {
	      s0 = peg$FAILED;
	    }

	    return s0;
	  }

	  function peg$parseName() {
	    var s0;

	    s0 = peg$parsestring();
	    if (s0 === peg$FAILED) {
	      s0 = peg$parsepseudostring();
	    }

	    return s0;
	  }

	  function peg$parseLegacyName() {
	    var s0, s1, s2;

	    s0 = peg$parsestring();
	    if (s0 === peg$FAILED) {
	      s0 = peg$currPos;
	      s1 = [];
	      s2 = peg$parsepseudostringLegacy();
	      if (s2 !== peg$FAILED) {
	        while (s2 !== peg$FAILED) {
	          s1.push(s2);
	          s2 = peg$parsepseudostringLegacy();
	        }
	      } else {
	        s1 = peg$FAILED;
	      }
	      if (s1 !== peg$FAILED) {
	        peg$savedPos = s0;
	        s1 = peg$c25();
	      }
	      s0 = s1;
	    }

	    return s0;
	  }

	  function peg$parseLiteral() {
	    var s0;

	    s0 = peg$parsenull();
	    if (s0 === peg$FAILED) {
	      s0 = peg$parseboolean();
	      if (s0 === peg$FAILED) {
	        s0 = peg$parsestring();
	        if (s0 === peg$FAILED) {
	          s0 = peg$parsepseudostring();
	        }
	      }
	    }

	    return s0;
	  }

	  function peg$parseLegacyLiteral() {
	    var s0;

	    s0 = peg$parsenull();
	    if (s0 === peg$FAILED) {
	      s0 = peg$parsestring();
	      if (s0 === peg$FAILED) {
	        s0 = peg$parsepseudostringLegacy();
	      }
	    }

	    return s0;
	  }

	  function peg$parsepseudostring() {
	    var s0, s1, s2, s3, s4, s5;

	    peg$silentFails++;
	    s0 = peg$currPos;
	    if (peg$c27.test(input.charAt(peg$currPos))) {
	      s1 = input.charAt(peg$currPos);
	      peg$currPos++;
	    } else {
	      s1 = peg$FAILED;
	      if (peg$silentFails === 0) { peg$fail(peg$c28); }
	    }
	    if (s1 !== peg$FAILED) {
	      s2 = [];
	      s3 = peg$currPos;
	      s4 = peg$parseB();
	      if (s4 === peg$FAILED) {
	        s4 = null;
	      }
	      if (s4 !== peg$FAILED) {
	        if (peg$c29.test(input.charAt(peg$currPos))) {
	          s5 = input.charAt(peg$currPos);
	          peg$currPos++;
	        } else {
	          s5 = peg$FAILED;
	          if (peg$silentFails === 0) { peg$fail(peg$c30); }
	        }
	        if (s5 !== peg$FAILED) {
	          s4 = [s4, s5];
	          s3 = s4;
	        } else {
	          peg$currPos = s3;
	          s3 = peg$FAILED;
	        }
	      } else {
	        peg$currPos = s3;
	        s3 = peg$FAILED;
	      }
	      while (s3 !== peg$FAILED) {
	        s2.push(s3);
	        s3 = peg$currPos;
	        s4 = peg$parseB();
	        if (s4 === peg$FAILED) {
	          s4 = null;
	        }
	        if (s4 !== peg$FAILED) {
	          if (peg$c29.test(input.charAt(peg$currPos))) {
	            s5 = input.charAt(peg$currPos);
	            peg$currPos++;
	          } else {
	            s5 = peg$FAILED;
	            if (peg$silentFails === 0) { peg$fail(peg$c30); }
	          }
	          if (s5 !== peg$FAILED) {
	            s4 = [s4, s5];
	            s3 = s4;
	          } else {
	            peg$currPos = s3;
	            s3 = peg$FAILED;
	          }
	        } else {
	          peg$currPos = s3;
	          s3 = peg$FAILED;
	        }
	      }
	      if (s2 !== peg$FAILED) {
	        peg$savedPos = s0;
	        s1 = peg$c31();
	        s0 = s1;
	      } else {
	        peg$currPos = s0;
	        s0 = peg$FAILED;
	      }
	    } else {
	      peg$currPos = s0;
	      s0 = peg$FAILED;
	    }
	    peg$silentFails--;
	    if (s0 === peg$FAILED) {
	      s1 = peg$FAILED;
	      if (peg$silentFails === 0) { peg$fail(peg$c26); }
	    }

	    return s0;
	  }

	  function peg$parsepseudostringLegacy() {
	    var s0, s1, s2, s3, s4;

	    s0 = peg$currPos;
	    if (input.substr(peg$currPos, 2) === peg$c32) {
	      s1 = peg$c32;
	      peg$currPos += 2;
	    } else {
	      s1 = peg$FAILED;
	      if (peg$silentFails === 0) { peg$fail(peg$c33); }
	    }
	    if (s1 === peg$FAILED) {
	      s1 = null;
	    }
	    if (s1 !== peg$FAILED) {
	      if (peg$c34.test(input.charAt(peg$currPos))) {
	        s2 = input.charAt(peg$currPos);
	        peg$currPos++;
	      } else {
	        s2 = peg$FAILED;
	        if (peg$silentFails === 0) { peg$fail(peg$c35); }
	      }
	      if (s2 !== peg$FAILED) {
	        s3 = [];
	        if (peg$c36.test(input.charAt(peg$currPos))) {
	          s4 = input.charAt(peg$currPos);
	          peg$currPos++;
	        } else {
	          s4 = peg$FAILED;
	          if (peg$silentFails === 0) { peg$fail(peg$c37); }
	        }
	        while (s4 !== peg$FAILED) {
	          s3.push(s4);
	          if (peg$c36.test(input.charAt(peg$currPos))) {
	            s4 = input.charAt(peg$currPos);
	            peg$currPos++;
	          } else {
	            s4 = peg$FAILED;
	            if (peg$silentFails === 0) { peg$fail(peg$c37); }
	          }
	        }
	        if (s3 !== peg$FAILED) {
	          peg$savedPos = s0;
	          s1 = peg$c31();
	          s0 = s1;
	        } else {
	          peg$currPos = s0;
	          s0 = peg$FAILED;
	        }
	      } else {
	        peg$currPos = s0;
	        s0 = peg$FAILED;
	      }
	    } else {
	      peg$currPos = s0;
	      s0 = peg$FAILED;
	    }

	    return s0;
	  }

	  function peg$parsenull() {
	    var s0, s1;

	    s0 = peg$currPos;
	    if (input.substr(peg$currPos, 4) === peg$c38) {
	      s1 = peg$c38;
	      peg$currPos += 4;
	    } else {
	      s1 = peg$FAILED;
	      if (peg$silentFails === 0) { peg$fail(peg$c39); }
	    }
	    if (s1 !== peg$FAILED) {
	      peg$savedPos = s0;
	      s1 = peg$c40();
	    }
	    s0 = s1;

	    return s0;
	  }

	  function peg$parseboolean() {
	    var s0, s1;

	    s0 = peg$currPos;
	    if (input.substr(peg$currPos, 4) === peg$c41) {
	      s1 = peg$c41;
	      peg$currPos += 4;
	    } else {
	      s1 = peg$FAILED;
	      if (peg$silentFails === 0) { peg$fail(peg$c42); }
	    }
	    if (s1 !== peg$FAILED) {
	      peg$savedPos = s0;
	      s1 = peg$c43();
	    }
	    s0 = s1;
	    if (s0 === peg$FAILED) {
	      s0 = peg$currPos;
	      if (input.substr(peg$currPos, 5) === peg$c44) {
	        s1 = peg$c44;
	        peg$currPos += 5;
	      } else {
	        s1 = peg$FAILED;
	        if (peg$silentFails === 0) { peg$fail(peg$c45); }
	      }
	      if (s1 !== peg$FAILED) {
	        peg$savedPos = s0;
	        s1 = peg$c46();
	      }
	      s0 = s1;
	    }

	    return s0;
	  }

	  function peg$parsestring() {
	    var s0, s1, s2, s3;

	    peg$silentFails++;
	    s0 = peg$currPos;
	    if (input.charCodeAt(peg$currPos) === 34) {
	      s1 = peg$c48;
	      peg$currPos++;
	    } else {
	      s1 = peg$FAILED;
	      if (peg$silentFails === 0) { peg$fail(peg$c49); }
	    }
	    if (s1 !== peg$FAILED) {
	      if (input.charCodeAt(peg$currPos) === 34) {
	        s2 = peg$c48;
	        peg$currPos++;
	      } else {
	        s2 = peg$FAILED;
	        if (peg$silentFails === 0) { peg$fail(peg$c49); }
	      }
	      if (s2 !== peg$FAILED) {
	        peg$savedPos = s0;
	        s1 = peg$c50();
	        s0 = s1;
	      } else {
	        peg$currPos = s0;
	        s0 = peg$FAILED;
	      }
	    } else {
	      peg$currPos = s0;
	      s0 = peg$FAILED;
	    }
	    if (s0 === peg$FAILED) {
	      s0 = peg$currPos;
	      if (input.charCodeAt(peg$currPos) === 34) {
	        s1 = peg$c48;
	        peg$currPos++;
	      } else {
	        s1 = peg$FAILED;
	        if (peg$silentFails === 0) { peg$fail(peg$c49); }
	      }
	      if (s1 !== peg$FAILED) {
	        s2 = peg$parsechars();
	        if (s2 !== peg$FAILED) {
	          if (input.charCodeAt(peg$currPos) === 34) {
	            s3 = peg$c48;
	            peg$currPos++;
	          } else {
	            s3 = peg$FAILED;
	            if (peg$silentFails === 0) { peg$fail(peg$c49); }
	          }
	          if (s3 !== peg$FAILED) {
	            peg$savedPos = s0;
	            s1 = peg$c51(s2);
	            s0 = s1;
	          } else {
	            peg$currPos = s0;
	            s0 = peg$FAILED;
	          }
	        } else {
	          peg$currPos = s0;
	          s0 = peg$FAILED;
	        }
	      } else {
	        peg$currPos = s0;
	        s0 = peg$FAILED;
	      }
	    }
	    peg$silentFails--;
	    if (s0 === peg$FAILED) {
	      s1 = peg$FAILED;
	      if (peg$silentFails === 0) { peg$fail(peg$c47); }
	    }

	    return s0;
	  }

	  function peg$parsechars() {
	    var s0, s1, s2;

	    s0 = peg$currPos;
	    s1 = [];
	    s2 = peg$parsechar();
	    if (s2 !== peg$FAILED) {
	      while (s2 !== peg$FAILED) {
	        s1.push(s2);
	        s2 = peg$parsechar();
	      }
	    } else {
	      s1 = peg$FAILED;
	    }
	    if (s1 !== peg$FAILED) {
	      peg$savedPos = s0;
	      s1 = peg$c52(s1);
	    }
	    s0 = s1;

	    return s0;
	  }

	  function peg$parsechar() {
	    var s0, s1, s2, s3, s4, s5;

	    if (peg$c53.test(input.charAt(peg$currPos))) {
	      s0 = input.charAt(peg$currPos);
	      peg$currPos++;
	    } else {
	      s0 = peg$FAILED;
	      if (peg$silentFails === 0) { peg$fail(peg$c54); }
	    }
	    if (s0 === peg$FAILED) {
	      s0 = peg$currPos;
	      if (input.substr(peg$currPos, 2) === peg$c55) {
	        s1 = peg$c55;
	        peg$currPos += 2;
	      } else {
	        s1 = peg$FAILED;
	        if (peg$silentFails === 0) { peg$fail(peg$c56); }
	      }
	      if (s1 !== peg$FAILED) {
	        peg$savedPos = s0;
	        s1 = peg$c57();
	      }
	      s0 = s1;
	      if (s0 === peg$FAILED) {
	        s0 = peg$currPos;
	        if (input.substr(peg$currPos, 2) === peg$c58) {
	          s1 = peg$c58;
	          peg$currPos += 2;
	        } else {
	          s1 = peg$FAILED;
	          if (peg$silentFails === 0) { peg$fail(peg$c59); }
	        }
	        if (s1 !== peg$FAILED) {
	          peg$savedPos = s0;
	          s1 = peg$c60();
	        }
	        s0 = s1;
	        if (s0 === peg$FAILED) {
	          s0 = peg$currPos;
	          if (input.substr(peg$currPos, 2) === peg$c61) {
	            s1 = peg$c61;
	            peg$currPos += 2;
	          } else {
	            s1 = peg$FAILED;
	            if (peg$silentFails === 0) { peg$fail(peg$c62); }
	          }
	          if (s1 !== peg$FAILED) {
	            peg$savedPos = s0;
	            s1 = peg$c63();
	          }
	          s0 = s1;
	          if (s0 === peg$FAILED) {
	            s0 = peg$currPos;
	            if (input.substr(peg$currPos, 2) === peg$c64) {
	              s1 = peg$c64;
	              peg$currPos += 2;
	            } else {
	              s1 = peg$FAILED;
	              if (peg$silentFails === 0) { peg$fail(peg$c65); }
	            }
	            if (s1 !== peg$FAILED) {
	              peg$savedPos = s0;
	              s1 = peg$c66();
	            }
	            s0 = s1;
	            if (s0 === peg$FAILED) {
	              s0 = peg$currPos;
	              if (input.substr(peg$currPos, 2) === peg$c67) {
	                s1 = peg$c67;
	                peg$currPos += 2;
	              } else {
	                s1 = peg$FAILED;
	                if (peg$silentFails === 0) { peg$fail(peg$c68); }
	              }
	              if (s1 !== peg$FAILED) {
	                peg$savedPos = s0;
	                s1 = peg$c69();
	              }
	              s0 = s1;
	              if (s0 === peg$FAILED) {
	                s0 = peg$currPos;
	                if (input.substr(peg$currPos, 2) === peg$c70) {
	                  s1 = peg$c70;
	                  peg$currPos += 2;
	                } else {
	                  s1 = peg$FAILED;
	                  if (peg$silentFails === 0) { peg$fail(peg$c71); }
	                }
	                if (s1 !== peg$FAILED) {
	                  peg$savedPos = s0;
	                  s1 = peg$c72();
	                }
	                s0 = s1;
	                if (s0 === peg$FAILED) {
	                  s0 = peg$currPos;
	                  if (input.substr(peg$currPos, 2) === peg$c73) {
	                    s1 = peg$c73;
	                    peg$currPos += 2;
	                  } else {
	                    s1 = peg$FAILED;
	                    if (peg$silentFails === 0) { peg$fail(peg$c74); }
	                  }
	                  if (s1 !== peg$FAILED) {
	                    peg$savedPos = s0;
	                    s1 = peg$c75();
	                  }
	                  s0 = s1;
	                  if (s0 === peg$FAILED) {
	                    s0 = peg$currPos;
	                    if (input.substr(peg$currPos, 2) === peg$c76) {
	                      s1 = peg$c76;
	                      peg$currPos += 2;
	                    } else {
	                      s1 = peg$FAILED;
	                      if (peg$silentFails === 0) { peg$fail(peg$c77); }
	                    }
	                    if (s1 !== peg$FAILED) {
	                      peg$savedPos = s0;
	                      s1 = peg$c78();
	                    }
	                    s0 = s1;
	                    if (s0 === peg$FAILED) {
	                      s0 = peg$currPos;
	                      if (input.substr(peg$currPos, 2) === peg$c79) {
	                        s1 = peg$c79;
	                        peg$currPos += 2;
	                      } else {
	                        s1 = peg$FAILED;
	                        if (peg$silentFails === 0) { peg$fail(peg$c80); }
	                      }
	                      if (s1 !== peg$FAILED) {
	                        s2 = peg$parsehexDigit();
	                        if (s2 !== peg$FAILED) {
	                          s3 = peg$parsehexDigit();
	                          if (s3 !== peg$FAILED) {
	                            s4 = peg$parsehexDigit();
	                            if (s4 !== peg$FAILED) {
	                              s5 = peg$parsehexDigit();
	                              if (s5 !== peg$FAILED) {
	                                peg$savedPos = s0;
	                                s1 = peg$c81(s2, s3, s4, s5);
	                                s0 = s1;
	                              } else {
	                                peg$currPos = s0;
	                                s0 = peg$FAILED;
	                              }
	                            } else {
	                              peg$currPos = s0;
	                              s0 = peg$FAILED;
	                            }
	                          } else {
	                            peg$currPos = s0;
	                            s0 = peg$FAILED;
	                          }
	                        } else {
	                          peg$currPos = s0;
	                          s0 = peg$FAILED;
	                        }
	                      } else {
	                        peg$currPos = s0;
	                        s0 = peg$FAILED;
	                      }
	                    }
	                  }
	                }
	              }
	            }
	          }
	        }
	      }
	    }

	    return s0;
	  }

	  function peg$parsehexDigit() {
	    var s0;

	    if (peg$c82.test(input.charAt(peg$currPos))) {
	      s0 = input.charAt(peg$currPos);
	      peg$currPos++;
	    } else {
	      s0 = peg$FAILED;
	      if (peg$silentFails === 0) { peg$fail(peg$c83); }
	    }

	    return s0;
	  }

	  function peg$parseB() {
	    var s0, s1;

	    peg$silentFails++;
	    s0 = [];
	    if (peg$c85.test(input.charAt(peg$currPos))) {
	      s1 = input.charAt(peg$currPos);
	      peg$currPos++;
	    } else {
	      s1 = peg$FAILED;
	      if (peg$silentFails === 0) { peg$fail(peg$c86); }
	    }
	    if (s1 !== peg$FAILED) {
	      while (s1 !== peg$FAILED) {
	        s0.push(s1);
	        if (peg$c85.test(input.charAt(peg$currPos))) {
	          s1 = input.charAt(peg$currPos);
	          peg$currPos++;
	        } else {
	          s1 = peg$FAILED;
	          if (peg$silentFails === 0) { peg$fail(peg$c86); }
	        }
	      }
	    } else {
	      s0 = peg$FAILED;
	    }
	    peg$silentFails--;
	    if (s0 === peg$FAILED) {
	      s1 = peg$FAILED;
	      if (peg$silentFails === 0) { peg$fail(peg$c84); }
	    }

	    return s0;
	  }

	  function peg$parseEOL_ANY() {
	    var s0, s1, s2, s3, s4, s5;

	    s0 = peg$currPos;
	    s1 = peg$parseEOL();
	    if (s1 !== peg$FAILED) {
	      s2 = [];
	      s3 = peg$currPos;
	      s4 = peg$parseB();
	      if (s4 === peg$FAILED) {
	        s4 = null;
	      }
	      if (s4 !== peg$FAILED) {
	        s5 = peg$parseEOL();
	        if (s5 !== peg$FAILED) {
	          s4 = [s4, s5];
	          s3 = s4;
	        } else {
	          peg$currPos = s3;
	          s3 = peg$FAILED;
	        }
	      } else {
	        peg$currPos = s3;
	        s3 = peg$FAILED;
	      }
	      while (s3 !== peg$FAILED) {
	        s2.push(s3);
	        s3 = peg$currPos;
	        s4 = peg$parseB();
	        if (s4 === peg$FAILED) {
	          s4 = null;
	        }
	        if (s4 !== peg$FAILED) {
	          s5 = peg$parseEOL();
	          if (s5 !== peg$FAILED) {
	            s4 = [s4, s5];
	            s3 = s4;
	          } else {
	            peg$currPos = s3;
	            s3 = peg$FAILED;
	          }
	        } else {
	          peg$currPos = s3;
	          s3 = peg$FAILED;
	        }
	      }
	      if (s2 !== peg$FAILED) {
	        s1 = [s1, s2];
	        s0 = s1;
	      } else {
	        peg$currPos = s0;
	        s0 = peg$FAILED;
	      }
	    } else {
	      peg$currPos = s0;
	      s0 = peg$FAILED;
	    }

	    return s0;
	  }

	  function peg$parseEOL() {
	    var s0;

	    if (input.substr(peg$currPos, 2) === peg$c90) {
	      s0 = peg$c90;
	      peg$currPos += 2;
	    } else {
	      s0 = peg$FAILED;
	      if (peg$silentFails === 0) { peg$fail(peg$c91); }
	    }
	    if (s0 === peg$FAILED) {
	      if (input.charCodeAt(peg$currPos) === 10) {
	        s0 = peg$c92;
	        peg$currPos++;
	      } else {
	        s0 = peg$FAILED;
	        if (peg$silentFails === 0) { peg$fail(peg$c93); }
	      }
	      if (s0 === peg$FAILED) {
	        if (input.charCodeAt(peg$currPos) === 13) {
	          s0 = peg$c94;
	          peg$currPos++;
	        } else {
	          s0 = peg$FAILED;
	          if (peg$silentFails === 0) { peg$fail(peg$c95); }
	        }
	      }
	    }

	    return s0;
	  }


	    const INDENT_STEP = 2;

	    let indentLevel = 0;


	  peg$result = peg$startRuleFunction();

	  if (peg$result !== peg$FAILED && peg$currPos === input.length) {
	    return peg$result;
	  } else {
	    if (peg$result !== peg$FAILED && peg$currPos < input.length) {
	      peg$fail(peg$endExpectation());
	    }

	    throw peg$buildStructuredError(
	      peg$maxFailExpected,
	      peg$maxFailPos < input.length ? input.charAt(peg$maxFailPos) : null,
	      peg$maxFailPos < input.length
	        ? peg$computeLocation(peg$maxFailPos, peg$maxFailPos + 1)
	        : peg$computeLocation(peg$maxFailPos, peg$maxFailPos)
	    );
	  }
	}

	syml = {
	  SyntaxError: peg$SyntaxError,
	  parse:       peg$parse
	};
	return syml;
}

var hasRequiredSyml;

function requireSyml () {
	if (hasRequiredSyml) return syml$1;
	hasRequiredSyml = 1;
	Object.defineProperty(syml$1, "__esModule", { value: true });
	syml$1.PreserveOrdering = void 0;
	syml$1.stringifySyml = stringifySyml;
	syml$1.parseSyml = parseSyml;
	const js_yaml_1 = requireJsYaml();
	const syml_1 = requireSyml$1();
	const simpleStringPattern = /^(?![-?:,\][{}#&*!|>'"%@` \t\r\n]).([ \t]*(?![,\][{}:# \t\r\n]).)*$/;
	// The following keys will always be stored at the top of the object, in the
	// specified order. It's not fair but life isn't fair either.
	const specialObjectKeys = [`__metadata`, `version`, `resolution`, `dependencies`, `peerDependencies`, `dependenciesMeta`, `peerDependenciesMeta`, `binaries`];
	class PreserveOrdering {
	    constructor(data) {
	        this.data = data;
	    }
	}
	syml$1.PreserveOrdering = PreserveOrdering;
	function stringifyString(value) {
	    if (value.match(simpleStringPattern)) {
	        return value;
	    }
	    else {
	        return JSON.stringify(value);
	    }
	}
	function isRemovableField(value) {
	    if (typeof value === `undefined`)
	        return true;
	    if (typeof value === `object` && value !== null && !Array.isArray(value))
	        return Object.keys(value).every(key => isRemovableField(value[key]));
	    return false;
	}
	function stringifyValue(value, indentLevel, newLineIfObject) {
	    if (value === null)
	        return `null\n`;
	    if (typeof value === `number` || typeof value === `boolean`)
	        return `${value.toString()}\n`;
	    if (typeof value === `string`)
	        return `${stringifyString(value)}\n`;
	    if (Array.isArray(value)) {
	        if (value.length === 0)
	            return `[]\n`;
	        const indent = `  `.repeat(indentLevel);
	        const serialized = value.map(sub => {
	            return `${indent}- ${stringifyValue(sub, indentLevel + 1, false)}`;
	        }).join(``);
	        return `\n${serialized}`;
	    }
	    if (typeof value === `object` && value) {
	        const [data, sort] = value instanceof PreserveOrdering
	            ? [value.data, false]
	            : [value, true];
	        const indent = `  `.repeat(indentLevel);
	        const keys = Object.keys(data);
	        if (sort) {
	            keys.sort((a, b) => {
	                const aIndex = specialObjectKeys.indexOf(a);
	                const bIndex = specialObjectKeys.indexOf(b);
	                if (aIndex === -1 && bIndex === -1)
	                    return a < b ? -1 : a > b ? 1 : 0;
	                if (aIndex !== -1 && bIndex === -1)
	                    return -1;
	                if (aIndex === -1 && bIndex !== -1)
	                    return 1;
	                return aIndex - bIndex;
	            });
	        }
	        const fields = keys.filter(key => {
	            return !isRemovableField(data[key]);
	        }).map((key, index) => {
	            const value = data[key];
	            const stringifiedKey = stringifyString(key);
	            const stringifiedValue = stringifyValue(value, indentLevel + 1, true);
	            const recordIndentation = index > 0 || newLineIfObject
	                ? indent
	                : ``;
	            // Yaml 1.2 spec says that keys over 1024 characters need to be prefixed with ? and the : goes in a new line
	            const keyPart = stringifiedKey.length > 1024
	                ? `? ${stringifiedKey}\n${recordIndentation}:`
	                : `${stringifiedKey}:`;
	            const valuePart = stringifiedValue.startsWith(`\n`)
	                ? stringifiedValue
	                : ` ${stringifiedValue}`;
	            return `${recordIndentation}${keyPart}${valuePart}`;
	        }).join(indentLevel === 0 ? `\n` : ``) || `\n`;
	        if (!newLineIfObject) {
	            return `${fields}`;
	        }
	        else {
	            return `\n${fields}`;
	        }
	    }
	    throw new Error(`Unsupported value type (${value})`);
	}
	function stringifySyml(value) {
	    try {
	        const stringified = stringifyValue(value, 0, false);
	        return stringified !== `\n` ? stringified : ``;
	    }
	    catch (error) {
	        if (error.location)
	            error.message = error.message.replace(/(\.)?$/, ` (line ${error.location.start.line}, column ${error.location.start.column})$1`);
	        throw error;
	    }
	}
	stringifySyml.PreserveOrdering = PreserveOrdering;
	function parseViaPeg(source) {
	    if (!source.endsWith(`\n`))
	        source += `\n`;
	    return (0, syml_1.parse)(source);
	}
	const LEGACY_REGEXP = /^(#.*(\r?\n))*?#\s+yarn\s+lockfile\s+v1\r?\n/i;
	function parseViaJsYaml(source) {
	    if (LEGACY_REGEXP.test(source))
	        return parseViaPeg(source);
	    const value = (0, js_yaml_1.load)(source, {
	        schema: js_yaml_1.FAILSAFE_SCHEMA,
	        json: true,
	    });
	    // Empty files are parsed as `undefined` instead of an empty object
	    // Empty files with 2 newlines or more are `null` instead
	    if (value === undefined || value === null)
	        return {};
	    if (typeof value !== `object`)
	        throw new Error(`Expected an indexed object, got a ${typeof value} instead. Does your file follow Yaml's rules?`);
	    if (Array.isArray(value))
	        throw new Error(`Expected an indexed object, got an array instead. Does your file follow Yaml's rules?`);
	    return value;
	}
	function parseSyml(source) {
	    return parseViaJsYaml(source);
	}
	return syml$1;
}

var hasRequiredLib;

function requireLib () {
	if (hasRequiredLib) return lib;
	hasRequiredLib = 1;
	(function (exports) {
		Object.defineProperty(exports, "__esModule", { value: true });
		exports.stringifySyml = exports.parseSyml = exports.stringifyResolution = exports.parseResolution = exports.stringifyValueArgument = exports.stringifyShellLine = exports.stringifyRedirectArgument = exports.stringifyEnvSegment = exports.stringifyCommandLineThen = exports.stringifyCommandLine = exports.stringifyCommandChainThen = exports.stringifyCommandChain = exports.stringifyCommand = exports.stringifyArithmeticExpression = exports.stringifyArgumentSegment = exports.stringifyArgument = exports.stringifyShell = exports.parseShell = void 0;
		var shell_1 = requireShell();
		Object.defineProperty(exports, "parseShell", { enumerable: true, get: function () { return shell_1.parseShell; } });
		Object.defineProperty(exports, "stringifyShell", { enumerable: true, get: function () { return shell_1.stringifyShell; } });
		Object.defineProperty(exports, "stringifyArgument", { enumerable: true, get: function () { return shell_1.stringifyArgument; } });
		Object.defineProperty(exports, "stringifyArgumentSegment", { enumerable: true, get: function () { return shell_1.stringifyArgumentSegment; } });
		Object.defineProperty(exports, "stringifyArithmeticExpression", { enumerable: true, get: function () { return shell_1.stringifyArithmeticExpression; } });
		Object.defineProperty(exports, "stringifyCommand", { enumerable: true, get: function () { return shell_1.stringifyCommand; } });
		Object.defineProperty(exports, "stringifyCommandChain", { enumerable: true, get: function () { return shell_1.stringifyCommandChain; } });
		Object.defineProperty(exports, "stringifyCommandChainThen", { enumerable: true, get: function () { return shell_1.stringifyCommandChainThen; } });
		Object.defineProperty(exports, "stringifyCommandLine", { enumerable: true, get: function () { return shell_1.stringifyCommandLine; } });
		Object.defineProperty(exports, "stringifyCommandLineThen", { enumerable: true, get: function () { return shell_1.stringifyCommandLineThen; } });
		Object.defineProperty(exports, "stringifyEnvSegment", { enumerable: true, get: function () { return shell_1.stringifyEnvSegment; } });
		Object.defineProperty(exports, "stringifyRedirectArgument", { enumerable: true, get: function () { return shell_1.stringifyRedirectArgument; } });
		Object.defineProperty(exports, "stringifyShellLine", { enumerable: true, get: function () { return shell_1.stringifyShellLine; } });
		Object.defineProperty(exports, "stringifyValueArgument", { enumerable: true, get: function () { return shell_1.stringifyValueArgument; } });
		var resolution_1 = requireResolution();
		Object.defineProperty(exports, "parseResolution", { enumerable: true, get: function () { return resolution_1.parseResolution; } });
		Object.defineProperty(exports, "stringifyResolution", { enumerable: true, get: function () { return resolution_1.stringifyResolution; } });
		var syml_1 = requireSyml();
		Object.defineProperty(exports, "parseSyml", { enumerable: true, get: function () { return syml_1.parseSyml; } });
		Object.defineProperty(exports, "stringifySyml", { enumerable: true, get: function () { return syml_1.stringifySyml; } }); 
	} (lib));
	return lib;
}

var libExports = requireLib();

// yarn.lock of Yarn 1 (classic, "# yarn lockfile v1") and of Yarn 2+ (Berry, YAML with a
// `__metadata` block: lockfile versions 4 (Yarn 2) to 10 (Yarn 4.18)), both read with Yarn's own
// parser, parseSyml from @yarnpkg/parsers. Each entry is keyed by the comma-joined descriptors
// (`name@range`) it resolves. Berry's versions mark changes of checksums and resolutions, not of the
// entry shape this parser reads, so a newer version is read by its structure, with a warning.
// Formats: https://classic.yarnpkg.com/lang/en/docs/yarn-lock/ and https://yarnpkg.com/configuration/yarnrc
const CLASSIC_HEADER = /^(#.*\r?\n)*?#\s+yarn\s+lockfile\s+v1\r?\n/i;
/**
 * Parses a Yarn 1 or Berry yarn.lock into the shared `Lockfile` shape (kind `yarn` or
 * `yarn-berry`): one package per entry and name, with the descriptors it satisfies and `namedBy`
 * from the dependencies of other entries (Berry also records workspaces). `file` only names the
 * file in errors. Throws MemgateError on conflict markers, a syntax error (with its line), or a
 * file that is neither format; never reads anything but `text`.
 */
function parseYarnLock(text, file) {
    assertNoConflict(text, file);
    const classic = CLASSIC_HEADER.test(text);
    if (!classic && !/^__metadata:/m.test(text)) {
        throw lockError(file, 'not a yarn lockfile (no "# yarn lockfile v1" header, no __metadata)', 1);
    }
    let data;
    try {
        data = libExports.parseSyml(text);
    }
    catch (error) {
        throw lockError(file, `invalid ${classic ? 'Yarn 1' : 'Yarn Berry'} lockfile (${firstLine(error)})`, errorLine(error), error);
    }
    let lockfileVersion = 'v1';
    const warnings = [];
    if (!classic) {
        const meta = data.__metadata;
        const version = Number(meta?.version);
        const versionLine = () => {
            const at = meta?.version === undefined ? text.search(/^__metadata:/m) : text.search(/^[ \t]+version:/m);
            return at === -1 ? 1 : lineAt(text, at);
        };
        // Without a version number the file was not written by Yarn: nothing says how to read it.
        if (meta?.version === undefined || meta.version === null || !Number.isInteger(version) || version < 1) {
            throw lockError(file, `Yarn Berry lockfile without a valid __metadata.version (${JSON.stringify(meta?.version) ?? 'missing'}; Yarn writes a whole number)`, versionLine());
        }
        assertBerryEntries(data, text, file);
        if (version < KNOWN_BERRY[0] || version > KNOWN_BERRY[1]) {
            const newer = version > KNOWN_BERRY[1];
            warnings.push(`${file}: Yarn Berry lockfile __metadata.version ${version} is ${newer ? 'newer' : 'older'} than the versions memgate knows ` +
                `(${KNOWN_BERRY[0]} to ${KNOWN_BERRY[1]}); its entries have the known shape and were read by it`);
        }
        lockfileVersion = String(version);
    }
    const packages = [];
    const byDescriptor = new Map();
    const edges = [];
    for (const [key, value] of Object.entries(data)) {
        if (key === '__metadata' || value === null || typeof value !== 'object')
            continue;
        const entry = value;
        const descriptors = key.split(',').map((d) => unquote(d.trim()));
        const workspace = !classic && entry.resolution?.includes('@workspace:');
        const byName = new Map();
        for (const descriptor of descriptors) {
            const name = descriptorName(descriptor);
            const bare = stripBinding(descriptor);
            let pkg = byName.get(name);
            if (!pkg) {
                const range = bare.slice(name.length + 1);
                const { source, reference } = workspace ? { source: 'workspace', reference: undefined } : classify(range, classic);
                pkg = {
                    name,
                    version: entry.version ?? reference ?? range,
                    source,
                    location: `${name}@${entry.resolution ?? entry.version ?? range}`,
                    namedBy: [],
                    descriptors: []
                };
                if (reference !== undefined)
                    pkg.reference = reference;
                const origin = originOf(entry.resolved ?? entry.resolution, entry.integrity ?? entry.checksum);
                if (origin && !workspace)
                    pkg.origin = origin;
                byName.set(name, pkg);
                packages.push(pkg);
            }
            pkg.descriptors.push(bare);
            byDescriptor.set(bare, pkg);
        }
        const parentName = workspace ? `workspace:${workspaceDir(entry.resolution ?? '')}` : descriptorName(descriptors[0] ?? '');
        edges.push([parentName, { ...entry.peerDependencies, ...entry.optionalDependencies, ...entry.dependencies }]);
    }
    for (const [parent, deps] of edges) {
        for (const [name, range] of Object.entries(deps)) {
            const child = byDescriptor.get(`${name}@${range}`) ?? byDescriptor.get(`${name}@npm:${range}`);
            if (child && !child.namedBy.includes(parent))
                child.namedBy.push(parent);
        }
    }
    const lock = { kind: classic ? 'yarn' : 'yarn-berry', file, lockfileVersion, packages };
    if (warnings.length)
        lock.warnings = warnings;
    return lock;
}
// The lockfile versions memgate has read from a real Yarn: 4 (Yarn 2) up to 8 (Yarn 4.5.3,
// fixtures/bumps/yarn-berry) and 10 (Yarn 4.18.1, fixtures/bumps/yarn-berry-v10).
const KNOWN_BERRY = [4, 10];
/**
 * What this parser relies on in every Berry entry: a mapping with a `resolution` string (the locator
 * it resolved to). A file without it is not something a wrong guess should be made from.
 */
function assertBerryEntries(data, text, file) {
    for (const [key, value] of Object.entries(data)) {
        if (key === '__metadata')
            continue;
        const entry = value;
        if (entry !== null && typeof entry === 'object' && !Array.isArray(entry) && typeof entry.resolution === 'string')
            continue;
        const at = text.indexOf(key.includes(':') || key.includes(',') ? `"${key}":` : `${key}:`);
        throw lockError(file, `Yarn Berry entry ${JSON.stringify(key.slice(0, 200))} has no resolution (expected a mapping with "resolution", as every Yarn 2+ writes)`, at === -1 ? undefined : lineAt(text, at));
    }
}
function classify(range, classic) {
    if (!classic) {
        // Berry spells registry ranges `npm:^1.2.0`; an alias is `npm:real-name@^1.2.0`.
        if (range.startsWith('npm:')) {
            const inner = range.slice(4);
            return inner.slice(1).includes('@') ? { source: 'alias', reference: range } : { source: 'registry' };
        }
        // Builtin compat patches (typescript, resolve, fsevents) wrap a registry version.
        if (range.startsWith('patch:'))
            return { source: 'registry' };
    }
    const source = sourceOf(range);
    return source === 'registry' ? { source } : { source, reference: range };
}
/** Berry binds relative references to their workspace (`file:x.tgz::locator=…`); requests omit it. */
function stripBinding(descriptor) {
    const cut = descriptor.indexOf('::');
    return cut === -1 ? descriptor : descriptor.slice(0, cut);
}
function workspaceDir(resolution) {
    const dir = resolution.slice(resolution.indexOf('@workspace:') + '@workspace:'.length);
    return dir === '.' ? '' : dir.replace(/^\.\//, '');
}
function unquote(text) {
    return text.replace(/^"(.*)"$/, '$1');
}
function firstLine(error) {
    return String(error?.message ?? error).split('\n', 1)[0] ?? ''.replace(/ ?\(line \d+, column \d+\)/, '');
}
function errorLine(error) {
    const e = error;
    if (e?.location?.start?.line)
        return e.location.start.line;
    if (typeof e?.mark?.line === 'number')
        return e.mark.line + 1;
    return undefined;
}

// One project's dependency diff from its texts: the lockfile parse and the diff, the part of the
// bumps stage that costs CPU. Pure: it runs in a worker (bumps/worker.ts) that memgate can stop.
const NPM_LOCKS = new Set(['package-lock.json', 'npm-shrinkwrap.json']);
/** The project's bumps between its two sides. Throws MemgateError on a malformed lockfile. */
function diffProject(input) {
    const { lockPath, base, head, workspaces } = input;
    const warnings = [];
    // npm lockfiles on both sides: diff only the entries that can matter (see npm-fast.ts). The
    // pruned lockfiles drop the paths from a workspace down, so a narrowed diff reads them whole.
    if (NPM_LOCKS.has(posix.basename(lockPath)) && base.lock && head.lock && !workspaces) {
        const pruned = pruneNpmLocks({ text: base.lock.text, file: base.lock.label }, { text: head.lock.text, file: head.lock.label }, { base: base.manifests, head: head.manifests });
        if (pruned) {
            const bumps = diffLocks({ lock: pruned.base, manifests: base.manifests }, { lock: pruned.head, manifests: head.manifests }, lockPath);
            return { bumps: bumps.filter((b) => b.direct || pruned.names.has(b.name)), warnings };
        }
    }
    // An unchanged lockfile is parsed once for both sides.
    const baseLock = base.lock && parseLock(lockPath, base.lock, warnings);
    const headLock = head.lock && base.lock && head.lock.text === base.lock.text && baseLock
        ? baseLock
        : head.lock && parseLock(lockPath, head.lock, warnings);
    const bumps = diffLocks({ lock: baseLock, manifests: base.manifests }, { lock: headLock, manifests: head.manifests }, lockPath, workspaces);
    return { bumps, warnings };
}
function parseLock(path, { text, label }, warnings) {
    const lock = parseLockText(path, text, label);
    warnings.push(...(lock.warnings ?? []));
    return lock;
}
function parseLockText(path, text, label) {
    switch (posix.basename(path)) {
        case 'package-lock.json':
        case 'npm-shrinkwrap.json':
            return parseNpmLock(text, label);
        case 'yarn.lock':
            return parseYarnLock(text, label);
        default:
            return parsePnpmLock(text, label);
    }
}

// The bumps worker (dist/bumps-worker.js): diffs one project and posts the result, or the one-line
// reason of a malformed lockfile. bumps/worker.ts starts it and ends it at its time limit.
function answer() {
    try {
        return { diff: diffProject(workerData) };
    }
    catch (error) {
        if (error instanceof MemgateError)
            return { reason: error.reason };
        return { crash: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
}
parentPort?.postMessage(answer());
