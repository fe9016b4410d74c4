// Where the value reader finds Go code: each file read and tokenized once, a package (every
// non-test .go file of one folder) read only as far as the files that mention a name, and an
// import path mapped to its folder in the checkout the way a Kubernetes build finds it.

import { GoFile, type TopDecl } from './go-file.js'
import { GoSyntaxError } from './go-types.js'

/** Where the reader gets files: the checkout, read through the run's one Repo. */
export interface GoSource {
  read(path: string): Promise<string | undefined>
  /** Every file below a folder, repository-relative. */
  list(dir: string): Promise<string[]>
}

export const SETS = 'k8s.io/apimachinery/pkg/util/sets'
/** Packages a file cannot use without importing: a missing import means the usual one. */
const USUAL_PATHS: Record<string, string> = {
  fmt: 'fmt',
  strings: 'strings',
  errors: 'errors',
  sets: SETS
}

/** The folders an import path may be found in, in the order Go would look. */
export function dirsOfImport(path: string): string[] {
  if (path.startsWith('k8s.io/kubernetes/')) return [path.slice('k8s.io/kubernetes/'.length)]
  if (path.startsWith('k8s.io/')) return [`staging/src/${path}`, `vendor/${path}`]
  return [`vendor/${path}`]
}

/** The name a package is used by when imported without an alias (`k8s.io/klog/v2` is klog). */
export function packageNameOf(path: string): string {
  // A major version after the last slash (`/v2`) is not the name: the element before it is.
  const unversioned = path.replace(/\/v\d+$/, '')
  return unversioned
    .slice(unversioned.lastIndexOf('/') + 1)
    .replace(/\.v\d+$/, '')
    .replace(/^go-/, '')
    .replace(/[-.]/g, '')
}

export function dirOf(file: string): string {
  const slash = file.lastIndexOf('/')
  return slash < 0 ? '.' : file.slice(0, slash)
}

/** A package-level declaration and the file it is in. */
export interface Declared {
  f: GoFile
  d: TopDecl
}

export class GoPackages {
  private readonly files = new Map<string, Promise<GoFile | GoSyntaxError | undefined>>()
  private readonly packages = new Map<string, Promise<string[]>>()

  constructor(private readonly source: GoSource) {}

  /** A file, tokenized once; a GoSyntaxError (returned, not thrown) for one that is not Go. */
  load(path: string): Promise<GoFile | GoSyntaxError | undefined> {
    let found = this.files.get(path)
    if (!found) {
      found = this.source.read(path).then(source => {
        if (source === undefined) return undefined
        try {
          return new GoFile(path, source)
        } catch (e) {
          if (e instanceof GoSyntaxError) return e
          throw e
        }
      })
      this.files.set(path, found)
    }
    return found
  }

  /** The non-test .go files directly in a folder: one package. */
  packageFiles(dir: string): Promise<string[]> {
    let found = this.packages.get(dir)
    if (!found) {
      // The checkout's top folder lists its files without a prefix.
      const prefix = dir === '.' ? '' : `${dir}/`
      found = this.source.list(dir).then(all =>
        all.filter(p => {
          const rest = p.slice(prefix.length)
          return (
            p.startsWith(prefix) &&
            !rest.includes('/') &&
            rest.endsWith('.go') &&
            !rest.endsWith('_test.go')
          )
        })
      )
      this.packages.set(dir, found)
    }
    return found
  }

  /** Package-level declarations of `name` in a folder, from the files that mention it. */
  async declsIn(dir: string, name: string): Promise<Declared[]> {
    const out: Declared[] = []
    for (const path of await this.packageFiles(dir)) {
      const source = await this.source.read(path)
      if (source === undefined || !source.includes(name)) continue
      const f = await this.load(path)
      // A sibling that cannot be read is the finding of whoever reads it, not of this value.
      if (!(f instanceof GoFile)) continue
      for (const d of f.decls.get(name) ?? []) out.push({ f, d })
    }
    return out
  }

  /** The import path a qualifier stands for in a file, if it is one. */
  importPath(f: GoFile, qualifier: string): string | undefined {
    for (const imp of f.imports) {
      if (
        imp.alias === qualifier ||
        (imp.alias === undefined && packageNameOf(imp.path) === qualifier)
      ) {
        return imp.path
      }
    }
    return USUAL_PATHS[qualifier]
  }
}
