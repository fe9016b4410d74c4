import { DataError } from '../errors.js'

// Facts read from Go source. Readers know nothing of KEP-5495: they answer questions about Go files.

/** A `Name featuregate.Feature = "Value"` declaration. */
export interface FeatureConst {
  name: string
  value: string
  line: number
}

/** One entry of a gate's spec list, in Kubernetes' own words (featuregate.FeatureSpec). */
export interface FeatureSpec {
  /** "1.37" for a versioned entry; undefined in the older unversioned FeatureSpec map. */
  version?: string
  default: boolean
  lockToDefault: boolean
  /** Alpha, Beta, GA or Deprecated (the `featuregate.` prefix removed). */
  preRelease: string
  line: number
}

/** One key of a spec map (`map[featuregate.Feature]featuregate.VersionedSpecs` or `...FeatureSpec`). */
export interface GateSpecs {
  /** The key's identifier without a package qualifier: `KubeProxyIPVS` for `features.KubeProxyIPVS`. */
  name: string
  /** The qualifier if any (`genericfeatures`), else undefined. */
  qualifier?: string
  /** Line of the key. */
  line: number
  layout: 'versioned' | 'unversioned'
  specs: FeatureSpec[]
}

export interface GoImport {
  path: string
  alias?: string
  line: number
}

export interface GoStringLiteral {
  value: string
  line: number
  /** Literals of one statement share this number: a message split over `+` or several arguments. */
  statement: number
  /**
   * The innermost call whose parentheses hold the literal, as written before its `(`: `fmt.Errorf`,
   * `logger.Info`, or just `InfoS` for `klog.V(2).InfoS`; undefined outside any call (a func
   * literal's body is outside the call it is passed to).
   */
  call?: string
  /** With `call`: which of its arguments (0-based) holds the literal. */
  argument?: number
  /**
   * Every call around the literal, innermost first, each with the argument that holds it:
   * `logger.Info(fmt.Sprintf("…", "1.43"))` gives `fmt.Sprintf` (argument 1), then `logger.Info`
   * (argument 0). Stops at a func literal's body, as `call` does.
   */
  calls?: { name: string; argument: number }[]
}

/** A package-level type declaration, alone (`type X struct`) or in a `type ( ... )` group. */
export interface GoType {
  name: string
  line: number
  /** Declared as a struct (`type X struct {`), not another kind of type or an alias. */
  struct: boolean
}

export interface GoFunc {
  /** `validateProxyMode`, or `(*Options).AddFlags` style `AddFlags` for methods (receiver dropped). */
  name: string
  startLine: number
  endLine: number
}

/** Everything the criteria ask of one Go file, from one pass of a tokenizer. */
export interface GoFacts {
  featureConsts: FeatureConst[]
  specMaps: GateSpecs[]
  imports: GoImport[]
  strings: GoStringLiteral[]
  funcs: GoFunc[]
  types: GoType[]
  /** Identifier uses such as `features.KubeProxyIPVS`, each `qualifier.Name` with its line (comments and strings excluded). */
  selectors: { qualifier: string; name: string; line: number }[]
}

/**
 * Thrown for a Go file that cannot be read as Go (cut in half, unbalanced braces, unterminated
 * string): a DataError like any other file that is not what it should be, whose message says
 * it is Go that could not be read. `reason` is the scanner's own words, without the place.
 */
export class GoSyntaxError extends DataError {
  constructor(file: string, line: number, reason: string) {
    super(file, line, reason)
    this.message = `${file}:${line}: cannot read this Go file: ${reason}`
    this.name = 'GoSyntaxError'
  }
}
