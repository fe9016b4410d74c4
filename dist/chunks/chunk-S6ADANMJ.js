import { createRequire as __kepGateCreateRequire } from 'node:module';
const require = __kepGateCreateRequire(import.meta.url);
import {
  duplicateKeyProblem,
  entryOf,
  frontMatterClose,
  readYamlTree,
  require_dist,
  sourceOf
} from "./chunk-MFEJVTHA.js";
import {
  ACCEPTED_TARGET_FORMS,
  STAGE_IDS,
  compareMinor,
  formatMinor,
  isAtLeast,
  isBefore,
  leadingMinor,
  minor,
  namesRelease,
  parseMinor,
  previousMinor
} from "./chunk-SVJDJ5LC.js";
import {
  DataError,
  UserError,
  oneLine,
  yamlReason
} from "./chunk-QG5AARZW.js";
import {
  __toESM
} from "./chunk-FQVTJ4NW.js";

// src/evidence/git.ts
import { spawn } from "node:child_process";
var SAFE_CONFIG = [
  "-c",
  "core.fsmonitor=false",
  "-c",
  "core.hooksPath=/dev/null",
  "-c",
  "diff.external=",
  // Verifying signatures runs gpg.program, and its output would land among a log's records.
  "-c",
  "log.showSignature=false"
];
var running = /* @__PURE__ */ new Map();
function spawnGit(cwd, args, stdin) {
  const child = spawn("git", [...SAFE_CONFIG, ...args], {
    cwd,
    stdio: [stdin, "pipe", "pipe"],
    env: {
      ...process.env,
      // No credential prompt for an https remote. ssh is left as configured: actions/checkout's
      // ssh-key lives in core.sshCommand, which a GIT_SSH_COMMAND here would override.
      GIT_TERMINAL_PROMPT: "0",
      GIT_OPTIONAL_LOCKS: "0",
      // Into a pipe git flushes after every commit or line: thousands of tiny reads for us.
      GIT_FLUSH: "0",
      LC_ALL: "C"
    }
  });
  running.set(
    child,
    new Promise((resolve) => {
      const done = () => {
        running.delete(child);
        resolve();
      };
      child.on("close", done);
      child.on("error", done);
    })
  );
  return child;
}
async function stopGit() {
  for (const child of running.keys())
    if (child.exitCode === null && child.signalCode === null) child.kill();
  await Promise.all(running.values());
}
function startError(error) {
  const missing = error.code === "ENOENT";
  return new UserError(
    missing ? "git is not installed or not on PATH: kep-gate needs git" : `git failed to start: ${error.message}`
  );
}
function streamGit(cwd, args, onData, input) {
  return new Promise((resolve, reject) => {
    const child = spawnGit(cwd, args, input === void 0 ? "ignore" : "pipe");
    const err = [];
    child.stdout.on("data", onData);
    child.stderr.on("data", (chunk) => err.push(chunk));
    child.on("error", (error) => reject(startError(error)));
    child.on(
      "close",
      (code) => resolve({ code: code ?? 1, stderr: Buffer.concat(err).toString("utf8") })
    );
    if (input !== void 0) {
      child.stdin.on("error", () => void 0);
      child.stdin.end(input);
    }
  });
}
async function execGit(cwd, args, input) {
  const out = [];
  const { code, stderr } = await streamGit(cwd, args, (chunk) => out.push(chunk), input);
  return { code, stdout: Buffer.concat(out), stderr };
}
function pipeGit(cwd, producer, consumer, input) {
  return new Promise((resolve, reject) => {
    const from = spawnGit(cwd, producer, input === void 0 ? "ignore" : "pipe");
    const to = spawnGit(cwd, consumer, "pipe");
    const out = [];
    const err = [];
    from.stdout.pipe(to.stdin);
    to.stdin.on("error", () => void 0);
    if (input !== void 0) {
      from.stdin.on("error", () => void 0);
      from.stdin.end(input);
    }
    to.stdout.on("data", (chunk) => out.push(chunk));
    for (const child of [from, to]) {
      child.stderr.on("data", (chunk) => err.push(chunk));
      child.on("error", (error) => reject(startError(error)));
    }
    const codes = [];
    const done = (other) => (code) => {
      codes.push(code ?? 1);
      if (code !== 0 && other.exitCode === null && other.signalCode === null) other.kill();
      if (codes.length < 2) return;
      resolve({
        code: codes.find((c) => c !== 0) ?? 0,
        stdout: Buffer.concat(out),
        stderr: Buffer.concat(err).toString("utf8")
      });
    };
    from.on("close", done(to));
    to.on("close", done(from));
    to.on("close", () => from.stdout.unpipe().resume());
  });
}
async function tryGit(cwd, args, input) {
  const result = await execGit(cwd, args, input);
  return result.code === 0 ? result.stdout.toString("utf8") : void 0;
}
function gitReason(stderr) {
  const lines = stderr.trim().split("\n").filter(Boolean);
  return lines.find((l) => /^(fatal|error):/.test(l)) ?? lines[0];
}
function isFullSha(text) {
  return /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(text);
}

// src/evidence/repo.ts
import { existsSync, promises as fs3 } from "node:fs";
import nodePath3 from "node:path";

// src/evidence/git-checkout.ts
import { promises as fs } from "node:fs";
import nodePath from "node:path";
async function readCheckout(dir, fetch) {
  const checkout = await checkoutAround(dir, fetch);
  const root = await fs.realpath(dir).catch(() => dir);
  return checkout?.root === root ? checkout : void 0;
}
async function checkoutAround(dir, fetch) {
  const out = await tryGit(dir, [
    "rev-parse",
    "--show-toplevel",
    "--is-shallow-repository",
    "--git-path",
    "shallow",
    "--git-path",
    "config"
  ]);
  if (!out) return void 0;
  const [top = "", shallow, shallowFile = "", configFile = ""] = out.split("\n");
  const root = await fs.realpath(top).catch(() => nodePath.resolve(top));
  const from = nodePath.resolve(dir);
  return {
    root,
    shallow: shallow === "true",
    shallowFile: nodePath.resolve(from, shallowFile),
    configFile: nodePath.resolve(from, configFile),
    fetch
  };
}
async function shallowCommits(checkout) {
  const listed = await fs.readFile(checkout.shallowFile, "utf8").catch(() => "");
  return new Set(listed.split("\n").filter(Boolean));
}
async function remoteProblem(root, remote) {
  const url = (await tryGit(root, ["remote", "get-url", remote]))?.trim();
  if (!url) return `the checkout has no remote "${remote}" to fetch from`;
  const local2 = localPath(root, url);
  if (local2 === void 0) return void 0;
  const repository = await Promise.all(
    ["HEAD", ".git"].map(
      (entry) => fs.stat(nodePath.join(local2, entry)).then(
        () => true,
        () => false
      )
    )
  );
  return repository.includes(true) ? void 0 : `the checkout's remote "${remote}" is ${local2}, which is not a git repository`;
}
async function missingOnRemote(root, request) {
  const wanted = [
    ...new Set(request.branches.map((b) => `refs/heads/${b}`)),
    ...new Set(request.tags.map((t) => `refs/tags/${t}`))
  ];
  const result = await execGit(root, [
    "ls-remote",
    "--refs",
    UPLOAD_PACK,
    request.remote,
    ...wanted
  ]);
  if (result.code !== 0)
    return { error: gitReason(result.stderr) ?? `git ls-remote exited ${result.code}` };
  const offered = new Set(
    result.stdout.toString("utf8").split("\n").map((line) => line.split("	")[1])
  );
  return { missing: wanted.filter((ref) => !offered.has(ref)) };
}
function localPath(root, url) {
  if (url.startsWith("file://")) return decodeURIComponent(url.slice("file://".length));
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url) || /^[^/]*:/.test(url)) return void 0;
  return nodePath.resolve(root, url);
}
var UPLOAD_PACK = "--upload-pack=git-upload-pack";
var FETCHED_REFS = "refs/kep-gate";
async function resolveNames(root, names, remote) {
  const unique = [...new Set(names)];
  const places = unique.map((name) => [
    `refs/heads/${name}`,
    `refs/remotes/${remote}/${name}`,
    `${FETCHED_REFS}/${remote}/${name}`,
    `refs/tags/${name}`,
    `${FETCHED_REFS}/tags/${name}`,
    name
  ]);
  const input = places.flat().map((p) => `${p}^{commit}
`);
  const result = await execGit(
    root,
    ["cat-file", "--batch-check=%(objectname) %(objecttype)"],
    input.join("")
  );
  const lines = result.stdout.toString("utf8").split("\n");
  const found = /* @__PURE__ */ new Map();
  unique.forEach((name, i) => {
    const at2 = places[i].findIndex((_, j) => / commit$/.test(lines[i * 6 + j] ?? ""));
    if (at2 === -1) return;
    const sha = lines[i * 6 + at2].split(" ")[0];
    found.set(name, { ref: places[i][at2], sha });
  });
  return found;
}
function refspecs(request, into) {
  return [
    ...[...new Set(request.branches)].map((b) => `+refs/heads/${b}:${into("branch", b)}`),
    ...[...new Set(request.tags)].map((t) => `+refs/tags/${t}:${into("tag", t)}`)
  ];
}
function depthArgs(depth) {
  return depth === "unshallow" ? ["--unshallow"] : depth === "as-is" ? [] : [`--deepen=${depth.deepen}`];
}
function fetchCommand(root, request) {
  const specs = refspecs(
    request,
    (kind, name) => kind === "branch" ? `refs/remotes/${request.remote}/${name}` : `refs/tags/${name}`
  );
  const quote = (arg) => /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", `'\\''`)}'`;
  return [
    "git",
    "-C",
    root,
    "fetch",
    "--no-tags",
    ...depthArgs(request.depth),
    request.remote,
    ...specs
  ].map(quote).join(" ");
}
async function fetchInto(checkout, request, config) {
  await config.take();
  const args = [
    ...promisorConfig(request.remote),
    "fetch",
    "--quiet",
    "--no-tags",
    "--no-write-fetch-head",
    "--recurse-submodules=no",
    "--filter=blob:none",
    UPLOAD_PACK,
    ...depthArgs(request.depth),
    request.remote,
    ...refspecs(
      request,
      (kind, name) => kind === "branch" ? `${FETCHED_REFS}/${request.remote}/${name}` : `${FETCHED_REFS}/tags/${name}`
    )
  ];
  const result = await execGit(checkout.root, args);
  await config.restore();
  if (result.code === 0) return void 0;
  return gitReason(result.stderr) ?? `git fetch exited ${result.code}`;
}
function promisorConfig(remote) {
  return ["-c", `remote.${remote}.promisor=true`];
}
var ConfigGuard = class {
  constructor(file) {
    this.file = file;
  }
  file;
  before = null;
  async take() {
    if (this.before !== null) return;
    this.before = await fs.readFile(this.file).catch(() => void 0);
  }
  /** Writes the file back if git changed it. */
  async restore() {
    if (!this.before) return;
    const now = await fs.readFile(this.file).catch(() => void 0);
    if (now && now.equals(this.before)) return;
    await fs.writeFile(this.file, this.before);
  }
};

// src/evidence/inside.ts
import nodePath2 from "node:path";
function pathInside(root, path) {
  const rel = nodePath2.relative(root, path);
  if (rel === ".." || rel.startsWith(`..${nodePath2.sep}`) || nodePath2.isAbsolute(rel))
    return void 0;
  return rel.split(nodePath2.sep).join("/");
}
function repoRelative(path) {
  const rel = normalize(path);
  if (nodePath2.isAbsolute(path) || rel === ".." || rel.startsWith("../")) {
    throw new UserError(`"${path}" is outside the repository: use a path relative to the checkout`);
  }
  return rel === "." ? "" : rel;
}
function normalize(path) {
  return nodePath2.posix.normalize(path.replaceAll("\\", "/")).replace(/^\.\/+/, "").replace(/\/+$/, "");
}

// src/evidence/regular-file.ts
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  promises as fs2,
  readSync,
  statSync
} from "node:fs";
var MAX_FILE_BYTES = 16 * 1024 * 1024;
var OPEN_FLAGS = constants.O_RDONLY | constants.O_NONBLOCK;
var SCRATCH = Buffer.allocUnsafe(256 * 1024);
async function readRegularFile(abs, shown, limits = {}) {
  const max = limits.maxBytes ?? MAX_FILE_BYTES;
  let handle;
  try {
    judge(await (limits.noFollow ? fs2.lstat(abs) : fs2.stat(abs)), shown, max);
    handle = await fs2.open(abs, flags(limits));
  } catch (error) {
    throw error instanceof DataError ? error : unreadable(shown, error);
  }
  try {
    const { size } = judge(await handle.stat(), shown, max);
    const text = new Collected(shown, max);
    for (let chunk = text.next(size); ; chunk = text.next(size)) {
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (!text.add(chunk, bytesRead)) break;
    }
    return text.toString();
  } catch (error) {
    throw error instanceof DataError ? error : unreadable(shown, error);
  } finally {
    await handle.close();
  }
}
function readRegularFileSync(abs, shown, limits = {}) {
  const max = limits.maxBytes ?? MAX_FILE_BYTES;
  let fd;
  try {
    judge(limits.noFollow ? lstatSync(abs) : statSync(abs), shown, max);
    fd = openSync(abs, flags(limits));
  } catch (error) {
    throw error instanceof DataError ? error : unreadable(shown, error);
  }
  try {
    const { size } = judge(fstatSync(fd), shown, max);
    const text = new Collected(shown, max);
    if (size < SCRATCH.length && size < max) {
      const bytesRead = readSync(fd, SCRATCH, 0, size + 1, null);
      if (bytesRead <= size) return SCRATCH.toString("utf8", 0, bytesRead);
      text.add(Buffer.from(SCRATCH.subarray(0, bytesRead)), bytesRead);
    }
    for (let chunk = text.next(size); ; chunk = text.next(size))
      if (!text.add(chunk, readSync(fd, chunk, 0, chunk.length, null))) break;
    return text.toString();
  } catch (error) {
    throw error instanceof DataError ? error : unreadable(shown, error);
  } finally {
    closeSync(fd);
  }
}
var Collected = class {
  constructor(shown, max) {
    this.shown = shown;
    this.max = max;
  }
  shown;
  max;
  chunks = [];
  total = 0;
  /** A buffer for the next read: the rest of the expected size, within the limit. */
  next(expected) {
    return Buffer.allocUnsafe(Math.min(this.max + 1 - this.total, Math.max(expected + 1, 4096)));
  }
  /** Keeps what a read gave; false at the end of the file. */
  add(chunk, bytesRead) {
    if (bytesRead === 0) return false;
    this.total += bytesRead;
    if (this.total > this.max) throw tooLarge(this.shown, void 0, this.max);
    this.chunks.push(chunk.subarray(0, bytesRead));
    return true;
  }
  toString() {
    return Buffer.concat(this.chunks, this.total).toString("utf8");
  }
};
function flags(limits) {
  return limits.noFollow ? OPEN_FLAGS | (constants.O_NOFOLLOW ?? 0) : OPEN_FLAGS;
}
function judge(stats, shown, max) {
  if (stats.isSymbolicLink())
    throw new DataError(shown, void 0, "is a symbolic link where a file was expected");
  if (stats.isDirectory())
    throw new DataError(shown, void 0, "is a folder where a file was expected");
  if (!stats.isFile()) throw notRegular(shown, stats);
  if (stats.size > max) throw tooLarge(shown, stats.size, max);
  return stats;
}
function notRegular(shown, stats) {
  const what = stats.isFIFO() ? "a FIFO" : stats.isCharacterDevice() || stats.isBlockDevice() ? "a device" : stats.isSocket() ? "a socket" : "not a file";
  return new DataError(
    shown,
    void 0,
    `is not a regular file (it is ${what}); kep-gate reads regular files only`
  );
}
function sizeProblem(shown, size) {
  return size > MAX_FILE_BYTES ? tooLarge(shown, size, MAX_FILE_BYTES) : void 0;
}
function tooLarge(shown, size, max) {
  const said = size === void 0 ? "" : ` (${size.toLocaleString("en-US")} bytes)`;
  return new DataError(
    shown,
    void 0,
    `is larger than ${megabytes(max)}${said}; kep-gate reads files up to that size only`
  );
}
function megabytes(bytes) {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}
function unreadable(shown, error) {
  const code = error.code;
  return new DataError(
    shown,
    void 0,
    code === "EISDIR" ? "is a folder where a file was expected" : code === "EACCES" || code === "EPERM" ? "cannot be read (permission denied)" : code === "ELOOP" ? "is a symbolic link where a file was expected" : code === "ENOENT" ? "does not exist" : `cannot be read (${code ?? "unknown error"})`
  );
}
async function readNamedFile(abs, named, fix, limits) {
  try {
    return await readRegularFile(abs, named, limits);
  } catch (error) {
    const reason = error instanceof DataError ? error.reason : oneLine(error);
    throw new UserError(`${named} ${reason}: ${fix}`);
  }
}

// src/evidence/pathspec.ts
function isPortableGlob(glob) {
  return !/[[\\]/.test(glob);
}
function pathspecMatches(glob, path) {
  if (path === glob || path.startsWith(glob.endsWith("/") ? glob : `${glob}/`)) return true;
  return /[*?]/.test(glob) && wildmatch(glob, 0, path, 0) === MATCH;
}
var MATCH = 0;
var NO_MATCH = 1;
var ABORT_ALL = 2;
var ABORT_TO_STARSTAR = 3;
function wildmatch(p, pi, text, ti) {
  for (; pi < p.length; ti++, pi++) {
    const pc = p[pi];
    if (ti >= text.length && pc !== "*") return ABORT_ALL;
    const tc = text[ti];
    if (pc === "?") {
      if (tc === "/") return NO_MATCH;
      continue;
    }
    if (pc !== "*") {
      if (tc !== pc) return NO_MATCH;
      continue;
    }
    let matchSlash = false;
    if (p[pi + 1] === "*") {
      const before = pi - 1;
      pi++;
      while (p[pi + 1] === "*") pi++;
      const after = pi + 1;
      if ((before < 0 || p[before] === "/") && (after >= p.length || p[after] === "/")) {
        if (p[after] === "/" && wildmatch(p, after + 1, text, ti) === MATCH) return MATCH;
        matchSlash = true;
      }
    }
    pi++;
    if (pi >= p.length) {
      return !matchSlash && text.indexOf("/", ti) !== -1 ? NO_MATCH : MATCH;
    }
    if (!matchSlash && p[pi] === "/") {
      const slash = text.indexOf("/", ti);
      if (slash === -1) return NO_MATCH;
      ti = slash;
      continue;
    }
    for (; ti < text.length; ti++) {
      const next = p[pi];
      if (next !== "*" && next !== "?") {
        while (ti < text.length && (matchSlash || text[ti] !== "/") && text[ti] !== next) ti++;
        if (ti >= text.length || text[ti] !== next) return NO_MATCH;
      }
      const matched = wildmatch(p, pi, text, ti);
      if (matched !== NO_MATCH) {
        if (!matchSlash || matched !== ABORT_TO_STARSTAR) return matched;
      } else if (!matchSlash && text[ti] === "/") return ABORT_TO_STARSTAR;
    }
    return ABORT_ALL;
  }
  return ti < text.length ? NO_MATCH : MATCH;
}
function provablyDisjoint(a, b) {
  const left = a.split("/");
  const right = b.split("/");
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const x = left[i];
    const y = right[i];
    if (x.includes("**") || y.includes("**")) return false;
    const plain = (s) => !/[*?]/.test(s);
    if (plain(x) && plain(y)) {
      if (x !== y) return x !== "" && y !== "";
    }
  }
  return false;
}

// src/evidence/grep.ts
var MAX_HIT_TEXT = 500;
var GrepBatcher = class {
  /**
   * `scope` is what git says the folder is; `likely`, known at once, what it most probably says
   * (a folder with a `.git` is a checkout): the search starts in it without waiting, and runs
   * again should git say otherwise.
   */
  constructor(scope, likely) {
    this.scope = scope;
    this.likely = likely;
  }
  scope;
  likely;
  pending = [];
  grep(query) {
    return new Promise((resolve, fail2) => {
      if (this.pending.length === 0) queueMicrotask(() => void this.flush());
      this.pending.push({ query, resolve, fail: fail2 });
    });
  }
  async flush() {
    await Promise.resolve();
    const batch = this.pending;
    this.pending = [];
    const together = batch.filter((b) => portable(b.query));
    const groups = [
      ...together.length > 1 ? [together] : together.map((b) => [b]),
      ...batch.filter((b) => !portable(b.query)).map((b) => [b])
    ];
    await Promise.all(
      groups.map(async (group) => {
        try {
          const queries = group.map((b) => b.query);
          const found = await this.search(merge(queries));
          group.forEach(
            (asked, i) => asked.resolve(group.length === 1 ? found.map(clip) : answers(found, queries[i]))
          );
        } catch (error) {
          for (const asked of group) asked.fail(error);
        }
      })
    );
  }
  async search(query) {
    const early = this.likely ? gitGrep(this.likely, query).then(
      (hits) => ({ hits }),
      (error) => ({ error })
    ) : void 0;
    const scope = await this.scope();
    if (early && this.likely.args.join(" ") === scope.args.join(" ")) {
      const result = await early;
      if ("error" in result) throw result.error;
      return result.hits;
    }
    return gitGrep(scope, query);
  }
};
function portable(query) {
  return [...query.include, ...query.exclude ?? []].every((g) => isPortableGlob(asGlob(g)));
}
function merge(queries) {
  if (queries.length === 1) return queries[0];
  const includes = queries.map((q) => q.include.map(asGlob));
  const exclude = queries.flatMap(
    (q, i) => (q.exclude ?? []).filter(
      (e) => includes.every((others2, j) => j === i || others2.every((o) => provablyDisjoint(asGlob(e), o)))
    )
  );
  return {
    patterns: [...new Set(queries.flatMap((q) => q.patterns))],
    ignoreCase: queries.some((q) => q.ignoreCase),
    include: [...new Set(includes.flat())],
    exclude: [...new Set(exclude)]
  };
}
function answers(found, query) {
  const include = query.include.map(asGlob);
  const exclude = (query.exclude ?? []).map(asGlob);
  const patterns = query.ignoreCase ? query.patterns.map(asciiLower) : query.patterns;
  const inScope = /* @__PURE__ */ new Map();
  return found.filter((hit) => {
    let ok = inScope.get(hit.file);
    if (ok === void 0) {
      ok = include.some((g) => pathspecMatches(g, hit.file)) && !exclude.some((g) => pathspecMatches(g, hit.file));
      inScope.set(hit.file, ok);
    }
    if (!ok) return false;
    const text = query.ignoreCase ? asciiLower(hit.text) : hit.text;
    return patterns.some((p) => text.includes(p));
  }).map(clip);
}
function asciiLower(text) {
  return text.replace(/[A-Z]+/g, (s) => s.toLowerCase());
}
function clip(hit) {
  return hit.text.length > MAX_HIT_TEXT ? { ...hit, text: hit.text.slice(0, MAX_HIT_TEXT) } : hit;
}
async function gitGrep(scope, query) {
  const args = ["grep", "-n", "--no-column", "-I", "-z", "--no-color", "-F"];
  if (query.ignoreCase) args.push("-i");
  for (const pattern of query.patterns) args.push("-e", pattern);
  args.push(
    ...scope.args,
    "--",
    ...query.include.map((p) => `:(glob)${asGlob(p)}`),
    ...(query.exclude ?? []).map((p) => `:(glob,exclude)${asGlob(p)}`)
  );
  const result = await execGit(scope.root, args);
  if (result.code === 1) return [];
  if (result.code !== 0) {
    throw new UserError(
      `searching ${scope.what} with git grep failed: ${result.stderr.trim().split("\n")[0]}`
    );
  }
  const hits = readGrepOutput(result.stdout.toString("utf8"));
  const revision = scope.args.find((s) => !s.startsWith("-"));
  const prefix = revision ? `${revision}:` : void 0;
  return prefix ? hits.map((h) => h.file.startsWith(prefix) ? { ...h, file: h.file.slice(prefix.length) } : h) : hits;
}
function asGlob(path) {
  return path.endsWith("/") ? `${path}**` : path;
}
function readGrepOutput(output) {
  const hits = [];
  let start = 0;
  while (start < output.length) {
    const first = output.indexOf("\0", start);
    const second = first === -1 ? -1 : output.indexOf("\0", first + 1);
    if (second === -1) break;
    let end = output.indexOf("\n", second + 1);
    if (end === -1) end = output.length;
    const line = output.slice(first + 1, second);
    if (/^\d+$/.test(line))
      hits.push({
        file: output.slice(start, first),
        line: Number(line),
        text: output.slice(second + 1, end)
      });
    start = end + 1;
  }
  return hits;
}

// src/evidence/repo.ts
function filesOf(hits) {
  return [...new Set(hits.map((h) => h.file))];
}
var Listing = class {
  // Searched as it came (a megabyte for 30,000 names): each name ends with a NUL, and the first
  // starts the buffer, so a name is found after a NUL or at 0.
  constructor(data) {
    this.data = data;
  }
  data;
  hasFile(file) {
    return this.data.includes(`\0${file}\0`) || this.startsWith(`${file}\0`);
  }
  hasDir(dir) {
    return dir === "" || this.data.includes(`\0${dir}/`) || this.startsWith(`${dir}/`);
  }
  /** The files below a folder. */
  below(dir) {
    const found = [];
    const nameAt = (at2) => {
      const end = this.data.indexOf(0, at2);
      found.push(this.data.toString("utf8", at2, end === -1 ? void 0 : end));
    };
    if (dir === "") return this.data.toString("utf8").split("\0").filter(Boolean);
    if (this.startsWith(`${dir}/`)) nameAt(0);
    const prefix = Buffer.from(`\0${dir}/`);
    for (let at2 = this.data.indexOf(prefix); at2 !== -1; at2 = this.data.indexOf(prefix, at2 + 1))
      nameAt(at2 + 1);
    return found.filter(Boolean);
  }
  startsWith(text) {
    const head = Buffer.from(text);
    return this.data.length >= head.length && this.data.compare(head, 0, head.length, 0, head.length) === 0;
  }
};
var WorktreeRepo = class _WorktreeRepo {
  constructor(root, options) {
    this.root = root;
    this.options = options;
    const likely = !options.disk && existsSync(nodePath3.join(root, ".git")) ? options.untracked ? ["--untracked"] : [] : ["--no-index"];
    this.batcher = new GrepBatcher(() => this.scope(), { root, args: likely, what: root });
  }
  root;
  options;
  cache = /* @__PURE__ */ new Map();
  batcher;
  git;
  listing;
  static async open(dir, options = {}) {
    let root;
    try {
      root = await fs3.realpath(dir);
    } catch {
      throw new UserError(
        `the repository folder "${dir}" does not exist: pass the path of a checkout`
      );
    }
    const stat = await fs3.stat(root);
    if (!stat.isDirectory())
      throw new UserError(`"${dir}" is not a folder: pass the path of a checkout`);
    return new _WorktreeRepo(root, options);
  }
  read(path) {
    let cached = this.cache.get(path);
    if (!cached) {
      cached = this.readOnce(path);
      this.cache.set(path, cached);
    }
    return cached;
  }
  async readNamed(path) {
    const abs = await this.inside(repoRelative(path));
    return abs === void 0 ? void 0 : readRegularFile(abs, normalize(path));
  }
  /** Whether paths exist on disk, tracked or not: a first answer that needs no git. */
  onDisk() {
    return { exists: async (path) => await this.inside(repoRelative(path)) !== void 0 };
  }
  async exists(path) {
    const rel = repoRelative(path);
    const listing = await this.files();
    if (listing && !listing.hasFile(rel) && !listing.hasDir(rel)) return false;
    return await this.inside(rel) !== void 0;
  }
  async list(dir) {
    const rel = repoRelative(dir);
    const abs = await this.inside(rel);
    if (!abs) return [];
    const listing = await this.files();
    if (listing) {
      const below = listing.hasFile(rel) ? [rel] : listing.below(rel);
      const present = await Promise.all(
        below.map(
          (f) => fs3.lstat(nodePath3.join(this.root, f)).then(
            () => true,
            () => false
          )
        )
      );
      return below.filter((_, i) => present[i]).sort();
    }
    const out = [];
    const walk = async (absDir, relDir) => {
      let entries;
      try {
        entries = await fs3.readdir(absDir, { withFileTypes: true });
      } catch {
        return;
      }
      for (const entry of entries) {
        const childRel = relDir ? `${relDir}/${entry.name}` : entry.name;
        if (entry.isDirectory()) await walk(nodePath3.join(absDir, entry.name), childRel);
        else out.push(childRel);
      }
    };
    const stat = await fs3.stat(abs);
    if (!stat.isDirectory()) return [normalize(dir)];
    await walk(abs, rel);
    return out.sort();
  }
  grep(query) {
    return this.batcher.grep(query);
  }
  describe() {
    return tryGit(this.root, ["describe", "--tags", "--match", "v[0-9]*"]);
  }
  /** The commit checked out (`HEAD`), when this is the top of a git checkout. */
  async headCommit() {
    if (!await this.checkout()) return void 0;
    const sha = (await tryGit(this.root, ["rev-parse", "--verify", "-q", "HEAD"]))?.trim();
    return sha && isFullSha(sha) ? sha : void 0;
  }
  checkout() {
    if (this.options.disk) return Promise.resolve(void 0);
    this.git ??= afterSearches().then(() => readCheckout(this.root, this.options.fetch ?? false));
    return this.git;
  }
  /**
   * A checkout is searched through git (fast, and what CI has): the files it tracks, or with
   * `untracked` those it does not ignore too. A plain folder, or one nested in another
   * repository, is searched as files on disk.
   */
  async scope() {
    const git = await this.checkout();
    const args = !git ? ["--no-index"] : this.options.untracked ? ["--untracked"] : [];
    return { root: this.root, args, what: this.root };
  }
  /** What git tracks, listed once (started with the checkout question); undefined outside git. */
  files() {
    this.listing ??= (async () => {
      if (this.options.disk) return void 0;
      await afterSearches();
      const args = [
        "ls-files",
        "-z",
        ...this.options.untracked ? ["--cached", "--others", "--exclude-standard"] : []
      ];
      const [git, result] = await Promise.all([this.checkout(), execGit(this.root, args)]);
      if (!git || result.code !== 0) return void 0;
      return new Listing(result.stdout);
    })();
    return this.listing;
  }
  async readOnce(path) {
    const rel = repoRelative(path);
    const listing = await this.files();
    if (listing && !listing.hasFile(rel)) {
      if (listing.hasDir(rel))
        throw new DataError(rel, void 0, "is a folder where a file was expected");
      return void 0;
    }
    const abs = await this.inside(rel);
    if (!abs) return void 0;
    return readRegularFile(abs, normalize(path));
  }
  /**
   * The absolute path of a repository-relative path, or undefined if nothing is there. A path
   * that leaves the repository, itself or through a symbolic link, is an error: the checkout is
   * untrusted and must not make us read the runner's files.
   */
  async inside(rel) {
    let real;
    try {
      real = await fs3.realpath(nodePath3.join(this.root, rel));
    } catch {
      return void 0;
    }
    if (pathInside(this.root, real) === void 0) {
      throw new DataError(
        rel,
        void 0,
        `is a symbolic link that leads out of the repository (to ${real}); kep-gate only reads files inside the checkout`
      );
    }
    return real;
  }
};
function afterSearches() {
  return new Promise((resolve) => setImmediate(resolve));
}

// src/evidence/commit-shapes.ts
function mergedPullRequest(commit) {
  const match = /^Merge pull request #(\d+) from ([^\s]+)/.exec(commit.subject);
  if (!match) return void 0;
  const branch = match[2].replace(/^[^/]*\//, "");
  return { number: Number(match[1]), branch, title: commit.body.split("\n")[0].trim() };
}
function squashedPullRequest(commit) {
  const match = /\(#(\d+)\)\s*$/.exec(commit.subject);
  return match ? Number(match[1]) : void 0;
}
function cherryPickedFrom(body) {
  if (!body.includes("(cherry picked from commit ")) return [];
  return [...body.matchAll(/^\(cherry picked from commit ([0-9a-f]{7,64})\)\s*$/gm)].map((m) => m[1]);
}

// src/evidence/commit-graph.ts
var CommitGraph = class {
  /** `commits` numbered 0, 1, … in their order, as the log reader numbers them. */
  constructor(commits) {
    this.commits = commits;
    this.shas = [...commits.keys()];
    for (const commit of commits.values()) {
      const numbers = commit.parents.map((p) => commits.get(p)?.n ?? -1);
      if (numbers.includes(-1))
        this.outside.set(
          this.parents.length,
          commit.parents.filter((_, i) => numbers[i] === -1)
        );
      this.parents.push(numbers);
    }
  }
  commits;
  shas;
  /** Parent numbers of each commit; a parent outside the range has none. */
  parents = [];
  /** The parents outside the range (boundary commits), by the number of their child. */
  outside = /* @__PURE__ */ new Map();
  numberOf(sha) {
    return this.commits.get(sha)?.n;
  }
  /** The commits reachable from a tip inside the range. */
  reach(tip) {
    const marks = new Uint8Array(this.shas.length);
    const start = this.numberOf(tip);
    const stack = start === void 0 ? [] : [start];
    while (stack.length > 0) {
      const n = stack.pop();
      if (marks[n]) continue;
      marks[n] = 1;
      for (const p of this.parents[n]) if (p >= 0 && !marks[p]) stack.push(p);
    }
    return new Reach(this, marks);
  }
  /** The parents outside the range (boundary commits) of the commits in `from`. */
  parentsOutside(from) {
    const found = /* @__PURE__ */ new Set();
    for (const [n, parents] of this.outside)
      if (from.hasNumber(n)) for (const parent of parents) found.add(parent);
    return found;
  }
  /**
   * For each commit reachable from `tip`, the first-parent commit that brought it in: a merge for
   * the commits of the branch it merged, or the commit itself. One walk, oldest merge first, so
   * each commit goes to the earliest merge that contains it. Commits in `skip` (those of another
   * branch) are neither owned nor walked through.
   */
  owners(tip, skip) {
    const owner = new Int32Array(this.shas.length).fill(-1);
    const order = [];
    const skipped = (n) => skip?.hasNumber(n) ?? false;
    const chain = [];
    for (let n = this.numberOf(tip) ?? -1; n >= 0 && !skipped(n); n = this.parents[n][0] ?? -1)
      chain.push(n);
    for (const mainline of chain.reverse()) {
      owner[mainline] = mainline;
      order.push(mainline);
      const stack = this.parents[mainline].slice(1);
      while (stack.length > 0) {
        const n = stack.pop();
        if (n < 0 || owner[n] >= 0 || skipped(n)) continue;
        owner[n] = mainline;
        order.push(n);
        for (const p of this.parents[n]) stack.push(p);
      }
    }
    const rank2 = new Int32Array(this.shas.length);
    order.forEach((n, i) => rank2[n] = i);
    const shas = this.shas;
    return {
      of: (sha) => {
        const n = this.numberOf(sha);
        return n === void 0 || owner[n] < 0 ? void 0 : shas[owner[n]];
      },
      entriesOf: (wanted) => {
        const found = [];
        for (const sha of wanted) {
          const n = this.numberOf(sha);
          if (n !== void 0 && owner[n] >= 0) found.push(n);
        }
        return found.sort((a, b) => rank2[a] - rank2[b]).map((n) => [shas[n], shas[owner[n]]]);
      }
    };
  }
  shaOf(n) {
    return this.shas[n];
  }
};
var Reach = class {
  constructor(graph, marks) {
    this.graph = graph;
    this.marks = marks;
  }
  graph;
  marks;
  has(sha) {
    const n = this.graph.numberOf(sha);
    return n !== void 0 && this.marks[n] === 1;
  }
  hasNumber(n) {
    return this.marks[n] === 1;
  }
  /** Its commits, newest first as the log gave them. */
  list() {
    const out = [];
    this.marks.forEach((mark, n) => {
      if (mark) out.push(this.graph.shaOf(n));
    });
    return out;
  }
};

// src/evidence/history-log.ts
import { StringDecoder } from "node:string_decoder";
function isHeader(text) {
  const mark = text.charCodeAt(0);
  if (mark !== 62 && mark !== 45 && mark !== 60) return false;
  const space = text.indexOf(" ");
  if (space !== 41 && space !== 65) return false;
  for (let i = 1; i < space; i++) {
    const c = text.charCodeAt(i);
    if (!(c >= 48 && c <= 57 || c >= 97 && c <= 102)) return false;
  }
  return true;
}
async function readLogRange(root, range, paths, config = []) {
  const out = emptyRange();
  const parser = new RecordParser(out);
  const result = await streamGit(
    root,
    [
      ...config,
      "log",
      "-z",
      "--boundary",
      "--full-history",
      "--sparse",
      "--name-only",
      "--no-renames",
      "--format=%m%H %cs %P%x00%s%x00%b",
      ...range,
      "--",
      ...paths
    ],
    (chunk) => parser.push(chunk)
  );
  if (result.code !== 0) throw historyError("git log", result.stderr);
  parser.end();
  return out;
}
function emptyRange() {
  return { commits: /* @__PURE__ */ new Map(), touching: /* @__PURE__ */ new Set(), boundary: /* @__PURE__ */ new Set(), days: /* @__PURE__ */ new Map() };
}
var RecordParser = class {
  constructor(out) {
    this.out = out;
  }
  out;
  decoder = new StringDecoder("utf8");
  /** Text after the last NUL seen, in pieces: a long message is not copied once per chunk. */
  rest = [];
  header = "";
  subject = "";
  body = "";
  fields = 0;
  names = false;
  push(chunk) {
    const text = this.decoder.write(chunk);
    let nul = text.indexOf("\0");
    if (nul === -1) {
      if (text.length > 0) this.rest.push(text);
      return;
    }
    let start = 0;
    if (this.rest.length > 0) {
      this.rest.push(text.slice(0, nul));
      this.token(this.rest.join(""));
      this.rest = [];
      start = nul + 1;
      nul = text.indexOf("\0", start);
    }
    for (; nul !== -1; nul = text.indexOf("\0", start)) {
      this.token(text.slice(start, nul));
      start = nul + 1;
    }
    if (start < text.length) this.rest.push(text.slice(start));
  }
  end() {
    const tail = this.rest.join("") + this.decoder.end();
    if (tail.length > 0) this.token(tail);
    this.flush();
  }
  token(text) {
    if (this.fields === 3) {
      if (text.charCodeAt(0) === 10) {
        this.names = true;
        return;
      }
      if (this.names && !isHeader(text)) return;
      this.flush();
    }
    if (this.fields === 0) {
      if (!isHeader(text))
        throw new UserError(`git log gave an unreadable record near "${text.slice(0, 40)}"`);
      this.header = text;
    } else if (this.fields === 1) this.subject = text;
    else this.body = text;
    this.fields++;
  }
  flush() {
    if (this.fields === 0) return;
    const header = this.header;
    const afterSha = header.indexOf(" ");
    const afterDay = header.indexOf(" ", afterSha + 1);
    const sha = header.slice(1, afterSha);
    if (header.charCodeAt(0) === 45) {
      this.out.boundary.add(sha);
      this.out.days.set(
        sha,
        afterDay === -1 ? header.slice(afterSha + 1) : header.slice(afterSha + 1, afterDay)
      );
    } else {
      const list = afterDay === -1 ? "" : header.slice(afterDay + 1);
      const parents = list === "" ? [] : list.split(" ");
      const n = this.out.commits.size;
      const subject = this.fields > 1 ? this.subject : "";
      const body = this.fields > 2 ? linesRead(this.body) : "";
      this.out.commits.set(sha, { sha, parents, subject, body, n });
      if (this.names) this.out.touching.add(sha);
    }
    this.fields = 0;
    this.names = false;
  }
};
function linesRead(body) {
  const newline = body.indexOf("\n");
  if (newline === -1) return body.trim();
  if (!/cherry pick/i.test(body)) return body.slice(0, newline).trim();
  const lines = body.split("\n");
  const kept = [lines[0].trim()];
  for (let i = 1; i < lines.length; i++) if (/cherry pick/i.test(lines[i])) kept.push(lines[i]);
  return kept.join("\n").trim();
}
async function mergeBaseOf(root, range, a, b, graph, reach) {
  const { commits } = range;
  if (!commits.has(b)) return b;
  if (!commits.has(a)) return a;
  const fromB = graph.parentsOutside(reach(b));
  const both = [...graph.parentsOutside(reach(a))].filter((sha) => fromB.has(sha));
  if (both.length === 1) return both[0];
  return (await tryGit(root, ["merge-base", a, b]))?.trim() || void 0;
}
async function patchIds(root, shas, paths, config = []) {
  const ids = /* @__PURE__ */ new Map();
  if (shas.length === 0) return ids;
  const diff = [
    ...config,
    "diff-tree",
    "--stdin",
    "-p",
    "--no-color",
    "--no-ext-diff",
    "--no-textconv",
    "--no-renames",
    "--src-prefix=a/",
    "--dst-prefix=b/",
    "--",
    ...paths
  ];
  const halves = shas.length > 40 ? [shas.slice(0, shas.length >> 1), shas.slice(shas.length >> 1)] : [shas];
  const results = await Promise.all(
    halves.map((half) => pipeGit(root, diff, ["patch-id", "--stable"], half.join("\n") + "\n"))
  );
  for (const result of results) {
    if (result.code !== 0) throw historyError("git diff-tree | git patch-id", result.stderr);
    for (const line of result.stdout.toString("utf8").split("\n")) {
      const [patchId, sha] = line.split(" ");
      if (patchId && sha) ids.set(sha, patchId);
    }
  }
  return ids;
}
function historyError(what, stderr) {
  return new UserError(`${what} could not read the history: ${gitReason(stderr) ?? "no message"}`);
}

// src/evidence/git-history.ts
var HOW_TO_FIX = "check out with history (actions/checkout with fetch-depth: 0)";
var COMMIT_ID = /^[0-9a-f]{7,64}$/;
var TAG = /^v\d+\.\d+/;
async function readBranchHistory(checkout, request) {
  const { root } = checkout;
  const { remote, mainBranch, since, cutoff } = request;
  const points = [...since ? [since] : [], ...cutoff ? [cutoff] : []];
  const namedBranches = points.filter((p) => !TAG.test(p) && !COMMIT_ID.test(p));
  const branchNames = [
    .../* @__PURE__ */ new Set([mainBranch, ...request.branches, request.sinceBranchPoint, ...namedBranches])
  ];
  const names = [.../* @__PURE__ */ new Set([...branchNames, ...points])];
  const steps = checkout.shallow ? [{ deepen: 1e3 }, { deepen: 1e4 }, "unshallow"] : ["as-is"];
  const isTag = (name) => !branchNames.includes(name) && !COMMIT_ID.test(name);
  const config = new ConfigGuard(checkout.configFile);
  const fetched = [];
  for (let attempt = 0; ; attempt++) {
    const refs = await resolveNames(root, names, remote);
    const missing = names.filter((n) => !refs.has(n));
    if (attempt > 0 && missing.length > 0 && missing.every(isTag))
      return { error: `${missing.join(", ")} not in the checkout nor on ${remote}: ${HOW_TO_FIX}` };
    let problem = missing.length > 0 ? `${missing.join(", ")} not in the checkout` : void 0;
    if (!problem) {
      const ref = (name) => ({ name, ...refs.get(name) });
      const main = ref(mainBranch);
      const last = ref(cutoff ?? mainBranch);
      const branches = new Map(request.branches.map((b) => [b, ref(b)]));
      const point = since ? refs.get(since).sha : refs.get(request.sinceBranchPoint).sha;
      const others2 = [last.sha, ...[...branches.values()].map((b) => b.sha)];
      const range = since ? [.../* @__PURE__ */ new Set([main.sha, ...others2]), "--not", point] : [`${main.sha}...${point}`, ...new Set(others2)];
      const partial = fetched.length > 0 || [...refs.values()].some((r) => r.ref.startsWith(`${FETCHED_REFS}/`));
      const extra = partial && checkout.fetch ? promisorConfig(remote) : [];
      const reading = readLogRange(root, range, request.paths, extra);
      if ([main.sha, ...others2].some((sha) => sha !== point)) request.whileWalking?.();
      const log = await reading;
      const graph = new CommitGraph(log.commits);
      const reached = /* @__PURE__ */ new Map();
      const reach = (tip) => {
        let set = reached.get(tip);
        if (!set) reached.set(tip, set = graph.reach(tip));
        return set;
      };
      const start = since ? point : await mergeBaseOf(root, log, main.sha, point, graph, reach);
      const shallow = await shallowCommits(checkout);
      const cut = [...log.commits.keys()].find((sha) => shallow.has(sha));
      if (!start) problem = `no common history of ${mainBranch} and ${request.sinceBranchPoint}`;
      else if (cut) problem = `the history is cut short at ${cut.slice(0, 12)} (a shallow clone)`;
      else
        return {
          root,
          mainTip: main,
          cutoff: { ...last, label: `${last.name} ${last.sha.slice(0, 12)}` },
          since: {
            sha: start,
            label: since ? `${since} ${start.slice(0, 12)}` : `the ${request.sinceBranchPoint} branch point ${start.slice(0, 12)}`
          },
          branches,
          commits: log.commits,
          graph,
          onMain: reach(main.sha),
          reach,
          touching: log.touching,
          fetched,
          async patchIds(shas) {
            try {
              return await patchIds(root, shas, request.paths, extra);
            } catch (error) {
              if (partial && !checkout.fetch)
                throw new UserError(
                  `the history kep-gate fetched into ${FETCHED_REFS}/ has no file contents for the patches it must compare (${oneLine(error)}): run again with --fetch`
                );
              throw error;
            } finally {
              await config.restore();
            }
          },
          async sinceDay() {
            return log.days.get(start) ?? ((await tryGit(root, ["log", "-1", "--format=%cs", start]))?.trim() || void 0);
          }
        };
    }
    const step = steps[attempt];
    if (!step || !checkout.shallow && missing.length === 0)
      return { error: `${problem}: ${HOW_TO_FIX}` };
    const unusable = await remoteProblem(root, remote);
    if (unusable) return { error: `${problem}, and ${unusable}: ${HOW_TO_FIX}` };
    const tags = missing.filter(isTag);
    if (!checkout.fetch) {
      const command = fetchCommand(root, {
        remote,
        branches: checkout.shallow ? branchNames : missing.filter((n) => branchNames.includes(n)),
        tags,
        depth: checkout.shallow ? "unshallow" : "as-is"
      });
      return { error: `${problem}: run \`${command}\`, or let kep-gate fetch with --fetch` };
    }
    const offered = await missingOnRemote(root, { remote, branches: branchNames, tags });
    if ("error" in offered)
      return { error: `${problem}, and ${remote} cannot be read (${offered.error}): ${HOW_TO_FIX}` };
    if (offered.missing.length > 0)
      return {
        error: `${problem}, and ${remote} has no ${offered.missing.join(", ")}: ${HOW_TO_FIX}`
      };
    const failure = await fetchInto(
      checkout,
      { remote, branches: branchNames, tags, depth: step },
      config
    );
    if (failure)
      return { error: `${problem}, and fetching from ${remote} failed (${failure}): ${HOW_TO_FIX}` };
    const what = [...branchNames, ...tags.map((t) => `tag ${t}`)].join(", ");
    fetched.push(`${what} from ${remote} (${describeDepth(step)}, blob:none) into ${FETCHED_REFS}/`);
  }
}
function describeDepth(depth) {
  return depth === "as-is" ? "full" : depth === "unshallow" ? "unshallow" : `deepen ${depth.deepen}`;
}

// src/criteria/backport-picks.ts
async function findPicks(history, branches, fixes, facts) {
  const views = branches.map((branch) => cheapPicks(history, branch, fixes, facts));
  const unmatched = views.map((v) => fixes.filter((f) => !v.found.has(f.key)));
  if (unmatched.every((u) => u.length === 0)) return new Map(views.map((v) => [v.branch, v.found]));
  const candidates = views.map(
    (v) => v.commits.filter((sha) => history.touching.has(sha) && !v.evidence.has(v.pickOf(sha)))
  );
  const ids = await history.patchIds([
    .../* @__PURE__ */ new Set([...unmatched.flat().flatMap((f) => f.commits), ...candidates.flat()])
  ]);
  views.forEach((view, i) => {
    const byPatch = /* @__PURE__ */ new Map();
    for (const fix of unmatched[i])
      for (const sha of fix.commits) {
        const id = ids.get(sha);
        if (id) byPatch.set(id, fix);
      }
    for (const sha of candidates[i]) {
      const fix = byPatch.get(ids.get(sha) ?? "");
      if (fix) view.note(fix, view.pickOf(sha), "patch-id");
    }
  });
  return new Map(views.map((v) => [v.branch, v.found]));
}
var AUTOMATED = /^Automated cherry pick of ((?:#\d+[,\s]*)+)/;
function cheapPicks(history, branch, fixes, facts) {
  const found = /* @__PURE__ */ new Map();
  const evidence = /* @__PURE__ */ new Set();
  const note = (fix, pick, kind) => {
    if (!fix) return;
    const entry = found.get(fix.key) ?? { pick, kinds: [] };
    if (!entry.kinds.includes(kind)) entry.kinds.push(kind);
    found.set(fix.key, entry);
  };
  const byPr = new Map(fixes.filter((f) => f.pr).map((f) => [f.pr, f]));
  const byTitle = new Map(fixes.map((f) => [normalTitle(f.title), f]));
  const byCommit = new Map(fixes.flatMap((f) => f.commits.map((sha) => [sha, f])));
  const numbers = (text) => [...text.matchAll(/#(\d+)/g)].map((m) => byPr.get(Number(m[1])));
  const picked = (title) => {
    const automated = AUTOMATED.exec(title);
    if (automated) return numbers(automated[1]);
    const prow = /^\[([^\]]+)\]\s*(.+)$/.exec(title);
    return prow && prow[1] === branch ? [byTitle.get(normalTitle(prow[2]))] : [];
  };
  const tip = history.branches.get(branch).sha;
  const owners = history.graph.owners(tip, history.onMain);
  const onBranch = history.reach(tip);
  const pickOf = (sha) => {
    const ownerPull = mergedPullRequest(history.commits.get(owners.of(sha) ?? sha));
    return ownerPull ? `#${ownerPull.number}` : sha.slice(0, 12);
  };
  for (const fix of fixes)
    if (fix.commits.every((sha) => onBranch.has(sha))) note(fix, "in history", "history");
  const commits = onBranch.list().filter((sha) => !history.onMain.has(sha));
  for (const sha of commits) {
    const commit = history.commits.get(sha);
    let pick;
    const shows = (fix, kind) => {
      if (!fix) return;
      pick ??= pickOf(sha);
      evidence.add(pick);
      note(fix, pick, kind);
    };
    const pull = mergedPullRequest(commit);
    if (pull) {
      const source = /^automated-cherry-pick-of-((?:#\d+-)+)upstream-(.+)$/.exec(pull.branch);
      if (source && source[2] === branch) for (const f of numbers(source[1])) shows(f, "branch");
      for (const f of picked(pull.title)) shows(f, "title");
    }
    const message = `${commit.subject}
${commit.body}`;
    if (message.includes("Cherry pick of")) {
      for (const m of message.matchAll(/Cherry pick of ((?:#\d+\s*)+)on (\S+?)\.?$/gm))
        if (m[2] === branch) for (const f of numbers(m[1])) shows(f, "body");
    }
    for (const from of cherryPickedFrom(commit.body))
      shows(
        byCommit.get(from) ?? fixes.find((f) => f.commits.some((c) => c.startsWith(from))),
        "trailer"
      );
  }
  for (const pr of facts?.merged ?? []) {
    if (pr.base !== branch) continue;
    for (const f of picked(pr.title)) note(f, `#${pr.number}`, "github");
  }
  return { branch, found, commits, evidence, note, pickOf };
}
function normalTitle(title) {
  return title.trim().replace(/\s+/g, " ").toLowerCase();
}

// src/criteria/types.ts
function defineCriterion(criterion) {
  return criterion;
}
function pass(message, evidence = []) {
  return { pass: true, message, evidence };
}
function warn(message, evidence = []) {
  return { pass: true, warning: true, message, evidence };
}
function fail(message, evidence = []) {
  return { pass: false, message, evidence };
}

// src/criteria/backports.ts
var NOT_GIT = "not a git checkout: the backport audit needs git history (check out with fetch-depth: 0)";
var MESSAGES = {
  notGit: NOT_GIT,
  noHistory: "{reason}",
  scope: "{count} bug fixes to {paths} on {main} since {since}",
  allReached: "{scope}: all reached {branches}",
  allReachedExempt: "{scope}: all reached {branches} ({exempt} exempt)",
  picksMissing: "{scope}: {count} picks missing: {shown}",
  picksMissingMore: "{scope}: {count} picks missing: {shown}; and {more} more"
};
var nftablesBackports = defineCriterion({
  id: "nftables-backports",
  meta: {
    repo: "kubernetes",
    stage: "1",
    checks: "Stage 1: all nftables-mode bugfixes have been backported to {backportReleases}, so ipvs users on older releases can migrate to nftables."
  },
  messages: MESSAGES,
  async check(ctx) {
    const params = ctx.policy.backports;
    const checkout = await ctx.repo.checkout();
    if (!checkout) return { skipped: ctx.say("notGit") };
    const cutoff = params.cutoffs[formatMinor(ctx.target)];
    let compiled;
    const fixPattern = () => compiled ??= import("./pattern-JCA5DMG2.js").then((m) => m.policyPattern(params.fixPattern));
    const whileWalking = () => void fixPattern().catch(() => void 0);
    const history = await readBranchHistory(checkout, { ...params, cutoff, whileWalking });
    if ("error" in history)
      return { pass: false, message: ctx.say("noHistory", { reason: history.error }), evidence: [] };
    const groups = groupMainline(history);
    const facts = await gitHubFactsFor(ctx.github, history, groups, params);
    return audit(ctx, history, groups, params, facts, fixPattern);
  }
});
async function gitHubFactsFor(github, history, groups, params) {
  if (!github) return void 0;
  const pulls = /* @__PURE__ */ new Set();
  for (const group of groups.values()) if (group.pr) pulls.add(group.pr);
  try {
    const mergedSince = await history.sinceDay();
    return await github.backports({ pulls: [...pulls], branches: params.branches, mergedSince });
  } catch (error) {
    return `GitHub facts unavailable (${error instanceof Error ? error.message.split("\n")[0] : String(error)})`;
  }
}
function groupMainline(history) {
  const owners = history.graph.owners(history.cutoff.sha).entriesOf(history.touching);
  const groups = /* @__PURE__ */ new Map();
  for (const [sha, owner] of owners) {
    const merge2 = history.commits.get(owner);
    const pull = mergedPullRequest(merge2);
    const pr = pull?.number ?? squashedPullRequest(merge2);
    const key = pr ? `#${pr}` : sha.slice(0, 12);
    const title = pull?.title || merge2.subject.replace(/\s*\(#\d+\)\s*$/, "");
    const group = groups.get(key) ?? { key, pr, title, commits: [] };
    group.commits.push(sha);
    groups.set(key, group);
  }
  return groups;
}
function classify(group, params, pattern, facts, commits) {
  if (group.pr && params.fixes.includes(group.pr)) return "listed in the policy";
  const known2 = group.pr ? facts?.pulls.get(group.pr) : void 0;
  if (known2) return known2.labels.includes(params.bugLabel) ? `label ${params.bugLabel}` : void 0;
  if (group.pr && pattern.test(group.title)) return "PR title";
  if (group.commits.some((sha) => pattern.test(commits.get(sha)?.subject ?? ""))) return "subject";
  return void 0;
}
async function audit(ctx, history, groups, params, github, fixPattern) {
  const facts = typeof github === "object" ? github : void 0;
  const fixes = [];
  const others2 = [];
  if (groups.size > 0) {
    const pattern = await fixPattern();
    for (const group of groups.values()) {
      const rule = classify(group, params, pattern, facts, history.commits);
      if (rule) fixes.push({ ...group, rule });
      else others2.push(group.key);
    }
  }
  const picks = await findPicks(history, params.branches, fixes, facts);
  const cellOf = (fix, branch) => {
    const pick = picks.get(branch).get(fix.key);
    if (pick) return { state: "picked", pick: pick.pick, signs: pick.kinds };
    const exemption = params.exemptions.find(
      (e) => e.pr === fix.pr && (!e.branches || e.branches.includes(branch))
    );
    return exemption ? { state: "exempt", reason: exemption.reason } : { state: "missing" };
  };
  const rows = fixes.map((fix) => ({
    fix: fix.key,
    title: fix.title,
    classifiedBy: fix.rule,
    cells: params.branches.map((branch) => cellOf(fix, branch))
  }));
  const path = params.paths[0];
  const missing = [];
  const exempt = [];
  for (const row of rows)
    row.cells.forEach((cell, i) => {
      const branch = params.branches[i];
      if (cell.state === "missing")
        missing.push({ file: path, note: `${row.fix} (${row.title}) has no pick on ${branch}` });
      else if (cell.state === "exempt")
        exempt.push({ file: path, note: `${row.fix} exempt on ${branch}: ${cell.reason}` });
    });
  const details = {
    kind: "backports",
    refs: [history.mainTip, ...history.branches.values()].map((r) => ({
      name: r.name,
      sha: r.sha,
      ref: r.ref
    })),
    since: history.since.label,
    upTo: history.cutoff.label,
    fetched: history.fetched,
    ...typeof github === "string" ? { factsUnavailable: github } : {},
    branches: params.branches,
    rows,
    notBugFixes: others2,
    unusedExemptions: params.exemptions.filter((e) => !fixes.some((f) => f.pr === e.pr)).map((e) => `#${e.pr}`)
  };
  const scope = ctx.say("scope", {
    count: fixes.length,
    paths: params.paths.join(", "),
    main: params.mainBranch,
    since: history.since.label
  });
  if (missing.length === 0) {
    const data2 = { scope, branches: params.branches.join(" and "), exempt: exempt.length };
    const message2 = ctx.say(exempt.length > 0 ? "allReachedExempt" : "allReached", data2);
    return { pass: true, message: message2, evidence: exempt, details };
  }
  const shown = missing.slice(0, 3).map((m) => m.note).join("; ");
  const data = { scope, count: missing.length, shown, more: missing.length - 3 };
  const message = ctx.say(missing.length > 3 ? "picksMissingMore" : "picksMissing", data);
  return { pass: false, message, evidence: [...missing, ...exempt], details };
}

// src/evidence/go-token-view.ts
var EOF = 0;
var IDENT = 1;
var STRING = 2;
var RUNE = 3;
var NUMBER = 4;
var OP = 5;
var NL = 8;
var TokenView = class {
  constructor(tokens) {
    this.tokens = tokens;
    this.length = tokens.count;
  }
  tokens;
  /** How many tokens there are; an index at or past it reads as EOF. */
  length;
  /** IDENT, STRING, RUNE, NUMBER, OP, or EOF past the end. */
  kind(i) {
    return (this.tokens.kind[i] ?? EOF) & ~NL;
  }
  /** The identifier, operator or decoded string value. */
  text(i) {
    return this.tokens.text[i] ?? "";
  }
  line(i) {
    return this.tokens.line[i] ?? 0;
  }
  /** The index of the bracket that closes (or opens) the bracket at i; -1 for other tokens. */
  partner(i) {
    return this.tokens.match[i] ?? -1;
  }
  depth(i) {
    return this.tokens.depth[i] ?? 0;
  }
  newlineBefore(i) {
    return ((this.tokens.kind[i] ?? 0) & NL) !== 0;
  }
  isOp(i, t) {
    return this.kind(i) === OP && this.text(i) === t;
  }
  isIdent(i, t) {
    return this.kind(i) === IDENT && this.text(i) === t;
  }
  isOpener(i) {
    return this.kind(i) === OP && this.partner(i) > i;
  }
  /** Index of the next `,` (or `end`) at this bracket level, starting at `i`. */
  elementEnd(i, end) {
    let j = i;
    while (j < end && !this.isOp(j, ",")) j = this.isOpener(j) ? this.partner(j) + 1 : j + 1;
    return Math.min(j, end);
  }
};

// src/evidence/go-value-types.ts
function unknownsOf(value) {
  if (value.kind === "unknown") return [value.unknown];
  if (value.kind === "string") return value.unknown;
  return [...value.unknown, ...value.items.flatMap((i) => i.unknown)];
}
function describeCondition(c) {
  if (c.gate !== void 0) return `${c.gate} is ${c.enabled ? "enabled" : "disabled"}`;
  return c.enabled ? c.text : `!(${c.text})`;
}

// src/evidence/feature-list.ts
function readFeatureList(file, text, only) {
  if (text.includes("\0"))
    throw new DataError(file, void 0, "is not a text file (binary data where YAML was expected)");
  const list = { file, gates: /* @__PURE__ */ new Map(), broken: /* @__PURE__ */ new Map(), duplicates: /* @__PURE__ */ new Map() };
  const items = generatedItems(file, text, only !== void 0) ?? documentItems(file, text);
  const firstLine = /* @__PURE__ */ new Map();
  for (const item2 of items) {
    const first = firstLine.get(item2.name);
    if (first !== void 0) {
      const all = [...list.duplicates.get(item2.name) ?? [first], item2.line];
      list.duplicates.set(item2.name, all);
      list.broken.set(
        item2.name,
        new DataError(
          file,
          item2.line,
          `gate ${item2.name} is listed ${all.length === 2 ? "twice" : `${all.length} times`} (lines ${all.join(", ")}): regenerate the list`
        )
      );
      list.gates.delete(item2.name);
      continue;
    }
    firstLine.set(item2.name, item2.line);
    if (only !== void 0 && item2.name !== only) continue;
    try {
      list.gates.set(item2.name, item2.read());
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      list.broken.set(item2.name, error);
    }
  }
  return list;
}
function entryIn(list, name) {
  const broken = list.broken.get(name);
  if (broken) throw broken;
  return list.gates.get(name);
}
var GENERATED_ENTRY = /^- name: *["']?([A-Za-z0-9_.-]+)["']? *\r?$/gm;
function generatedItems(file, text, lazy) {
  const starts = [...text.matchAll(GENERATED_ENTRY)];
  const preamble = text.slice(0, starts[0]?.index ?? text.length);
  if (!/^(\s*(#.*)?\r?\n)*\s*(#.*)?$/.test(preamble)) return void 0;
  const items = [];
  let line = 1;
  let counted = 0;
  for (let i = 0; i < starts.length; i++) {
    const at2 = starts[i].index;
    line += newlines(text, counted, at2);
    counted = at2;
    const end = starts[i + 1]?.index ?? text.length;
    const name = starts[i][1];
    const entryLine = line;
    const tree = () => readYamlTree(file, text.slice(at2, end), { firstLine: entryLine });
    if (lazy && onlyIndentedAfterFirstLine(text, at2, end)) {
      items.push({
        name,
        line,
        read: () => parseEntry(file, oneItem(file, tree(), name, entryLine), name, entryLine)
      });
      continue;
    }
    let root;
    try {
      root = tree();
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      items.push({
        name,
        line,
        read: () => {
          throw error;
        }
      });
      continue;
    }
    if (!isOneItem(root)) return void 0;
    const node = root.items[0];
    items.push({ name, line, read: () => parseEntry(file, node, name, entryLine) });
  }
  return items;
}
function onlyIndentedAfterFirstLine(text, from, to) {
  for (let nl = text.indexOf("\n", from); nl !== -1 && nl + 1 < to; nl = text.indexOf("\n", nl + 1)) {
    const c = text.charCodeAt(nl + 1);
    if (c === 32 || c === 10 || c === 35) continue;
    if (c === 13 && text.charCodeAt(nl + 2) === 10) continue;
    return false;
  }
  return true;
}
function isOneItem(root) {
  return root?.kind === "seq" && root.items.length === 1;
}
function oneItem(file, root, name, line) {
  if (!isOneItem(root)) throw new DataError(file, line, `gate ${name} is not one list item`);
  return root.items[0];
}
function newlines(text, from, to) {
  let count = 0;
  for (let nl = text.indexOf("\n", from); nl !== -1 && nl < to; nl = text.indexOf("\n", nl + 1))
    count++;
  return count;
}
function documentItems(file, text) {
  const root = readYamlTree(file, text);
  if (root === void 0 || root.kind === "scalar" && root.value === null) return [];
  if (root.kind !== "seq")
    throw new DataError(
      file,
      root.line,
      'is not a feature list: expected entries like "- name: SomeGate" with versionedSpecs'
    );
  return root.items.map((node) => {
    const name = sourceOf(entryOf(node, "name")?.value);
    if (!name)
      throw new DataError(
        file,
        node.line,
        "each gate should be a mapping with name and versionedSpecs"
      );
    return { name, line: node.line, read: () => parseEntry(file, node, name, node.line) };
  });
}
function parseEntry(file, item2, name, line) {
  const specsNode = entryOf(item2, "versionedSpecs")?.value;
  if (specsNode?.kind !== "seq")
    throw new DataError(file, line, `gate ${name} has no versionedSpecs list`);
  const specs = specsNode.items.map((node) => readSpec(file, name, node));
  return { name, line, layout: "versioned", specs };
}
function readSpec(file, gate, node) {
  if (node.kind !== "map")
    throw new DataError(file, node.line, `gate ${gate}: each spec should be a mapping`);
  const typed = (key, type) => {
    const entry = entryOf(node, key);
    if (!entry) return void 0;
    const v = entry.value;
    const value = v.kind === "scalar" ? v.value : void 0;
    if (typeof value !== type || value === "") {
      const written = v.kind === "scalar" ? JSON.stringify(v.source) : v.kind === "seq" ? "a list" : "a mapping";
      const what = v.kind === "scalar" ? ` (${value === null ? "nothing" : `a ${typeof value}`})` : "";
      throw new DataError(
        file,
        entry.line,
        `gate ${gate}: ${key} is ${written}${what}, not ${type === "boolean" ? "true or false" : "a pre-release such as Beta"}`
      );
    }
    return value;
  };
  const versionText = sourceOf(entryOf(node, "version")?.value) ?? "";
  if (versionText !== "" && !/^\d+\.\d+$/.test(versionText)) {
    throw new DataError(
      file,
      node.line,
      `gate ${gate}: version "${versionText}" should be written like "1.37"`
    );
  }
  return {
    version: versionText || void 0,
    default: typed("default", "boolean") === true,
    lockToDefault: typed("lockToDefault", "boolean") === true,
    preRelease: typed("preRelease", "string") ?? "",
    line: node.line
  };
}

// src/evidence/go-types.ts
var GoSyntaxError = class extends DataError {
  constructor(file, line, reason) {
    super(file, line, reason);
    this.message = `${file}:${line}: cannot read this Go file: ${reason}`;
    this.name = "GoSyntaxError";
  }
};

// src/evidence/go-featuregate.ts
function readVersion(v, a, b) {
  if (v.kind(a) === IDENT && v.isOp(a + 1, ".") && v.kind(a + 2) === IDENT && v.isOp(a + 3, "(")) {
    const fn = v.text(a + 2);
    const close2 = v.partner(a + 3);
    const last = v.isOp(close2 - 1, ",") ? close2 - 1 : close2;
    if (close2 === b - 1) {
      if (fn.startsWith("MustParse") && v.kind(a + 4) === STRING && last === a + 5)
        return v.text(a + 4);
      if (fn === "MajorMinor" && v.kind(a + 4) === NUMBER && v.isOp(a + 5, ",") && v.kind(a + 6) === NUMBER && last === a + 7) {
        return `${v.text(a + 4)}.${v.text(a + 6)}`;
      }
    }
  }
  const parts = [];
  for (let j = a; j < b; j++) parts.push(v.text(j));
  return parts.join("");
}
function readSpec2(v, open) {
  const spec = {
    default: false,
    lockToDefault: false,
    preRelease: "GA",
    line: v.line(open)
  };
  const end = v.partner(open);
  for (let i = open + 1; i < end; ) {
    const j = v.elementEnd(i, end);
    if (v.kind(i) === IDENT && v.isOp(i + 1, ":") && i + 2 < j) {
      const a = i + 2;
      switch (v.text(i)) {
        case "Version":
          spec.version = readVersion(v, a, j);
          break;
        case "Default":
          spec.default = j === a + 1 && v.isIdent(a, "true");
          break;
        case "LockToDefault":
          spec.lockToDefault = j === a + 1 && v.isIdent(a, "true");
          break;
        case "PreRelease":
          for (let p = j - 1; p >= a; p--) {
            if (v.kind(p) === IDENT) {
              spec.preRelease = v.text(p);
              break;
            }
          }
          break;
        default:
          break;
      }
    }
    i = j + 1;
  }
  return spec;
}
function skipType(v, i, end) {
  let j = i;
  while (j < end && (v.kind(j) === IDENT || v.isOp(j, ".") || v.isOp(j, "*"))) j++;
  return j;
}
function readSpecMap(v, open, layout, out) {
  const end = v.partner(open);
  for (let i = open + 1; i < end; ) {
    const j = v.elementEnd(i, end);
    let value = -1;
    let name = "";
    let qualifier;
    if (v.kind(i) === IDENT && v.isOp(i + 1, ":")) {
      name = v.text(i);
      value = i + 2;
    } else if (v.kind(i) === IDENT && v.isOp(i + 1, ".") && v.kind(i + 2) === IDENT && v.isOp(i + 3, ":")) {
      qualifier = v.text(i);
      name = v.text(i + 2);
      value = i + 4;
    }
    if (value !== -1) {
      const gate = qualifier === void 0 ? { name, line: v.line(i), layout, specs: [] } : { name, qualifier, line: v.line(i), layout, specs: [] };
      const brace = skipType(v, value, j);
      if (v.isOp(brace, "{")) {
        if (layout === "unversioned") {
          gate.specs.push(readSpec2(v, brace));
        } else {
          const listEnd = v.partner(brace);
          for (let e = brace + 1; e < listEnd; ) {
            const f = v.elementEnd(e, listEnd);
            const b = skipType(v, e, f);
            if (v.isOp(b, "{")) gate.specs.push(readSpec2(v, b));
            e = f + 1;
          }
        }
      }
      out.push(gate);
    }
    i = j + 1;
  }
}
function specMapAt(v, i, featuregateNames, out) {
  const isFeaturegate = (j) => v.kind(j) === IDENT && featuregateNames.has(v.text(j));
  if (!v.isOp(i + 1, "[") || !isFeaturegate(i + 2) || !v.isOp(i + 3, ".") || !v.isIdent(i + 4, "Feature") || !v.isOp(i + 5, "]") || !isFeaturegate(i + 6) || !v.isOp(i + 7, ".") || !v.isOp(i + 9, "{") || // `func f() map[...]... {` is a result type followed by a body, not a literal.
  v.isOp(i - 1, ")")) {
    return;
  }
  const elem = v.text(i + 8);
  if (v.kind(i + 8) !== IDENT) return;
  if (elem === "VersionedSpecs") readSpecMap(v, i + 9, "versioned", out);
  else if (elem === "FeatureSpec") readSpecMap(v, i + 9, "unversioned", out);
}
function featureConstAt(v, i, featuregateNames, out) {
  const isFeaturegate = (j) => v.kind(j) === IDENT && featuregateNames.has(v.text(j));
  if (isFeaturegate(i + 1) && v.isOp(i + 2, ".") && v.isIdent(i + 3, "Feature") && v.isOp(i + 4, "=") && v.kind(i + 5) === STRING) {
    out.push({ name: v.text(i), value: v.text(i + 5), line: v.line(i) });
  } else if (
    // Name = featuregate.Feature("Value")
    v.isOp(i + 1, "=") && isFeaturegate(i + 2) && v.isOp(i + 3, ".") && v.isIdent(i + 4, "Feature") && v.isOp(i + 5, "(") && v.kind(i + 6) === STRING && v.isOp(i + 7, ")")
  ) {
    out.push({ name: v.text(i), value: v.text(i + 6), line: v.line(i) });
  }
}
function effectiveSpec(specs, target) {
  let best2;
  let bestVersion;
  let unversioned;
  for (const spec of specs) {
    if (spec.version === void 0) {
      unversioned ??= spec;
      continue;
    }
    const v = leadingMinor(spec.version);
    if (!v || compareMinor(v, target) > 0) continue;
    if (!bestVersion || compareMinor(v, bestVersion) >= 0) {
      best2 = spec;
      bestVersion = v;
    }
  }
  return best2 ?? unversioned;
}

// src/evidence/go-lexemes.ts
var OPS3 = /* @__PURE__ */ new Set(["<<=", ">>=", "&^=", "..."]);
var OPS2 = /* @__PURE__ */ new Set([
  "&&",
  "||",
  "<-",
  "++",
  "--",
  "==",
  "!=",
  "<=",
  ">=",
  ":=",
  "+=",
  "-=",
  "*=",
  "/=",
  "%=",
  "&=",
  "|=",
  "^=",
  "<<",
  ">>",
  "&^"
]);
var NOT_CONTINUING = /* @__PURE__ */ new Set(["++", "--", ";", ":", ","]);
var KEYWORDS = /* @__PURE__ */ new Set([
  "break",
  "case",
  "chan",
  "const",
  "continue",
  "default",
  "defer",
  "else",
  "fallthrough",
  "for",
  "func",
  "go",
  "goto",
  "if",
  "import",
  "interface",
  "map",
  "package",
  "range",
  "return",
  "select",
  "struct",
  "switch",
  "type",
  "var"
]);
function isIdentStart(c) {
  return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c === 95 || c >= 128;
}
function isIdentPart(c) {
  return isIdentStart(c) || c >= 48 && c <= 57;
}
function isDigit(c) {
  return c >= 48 && c <= 57;
}
var OP1 = [];
for (const op of "+-*/%&|^<>=!:;,.~") OP1[op.charCodeAt(0)] = op;
function isOpChar(c) {
  switch (c) {
    case 43:
    case 45:
    case 42:
    case 47:
    case 37:
    case 38:
    case 124:
    case 94:
    case 60:
    case 62:
    case 61:
    case 33:
    case 58:
    case 59:
    case 44:
    case 46:
    case 126:
      return true;
    default:
      return false;
  }
}
function isHexDigit(c) {
  return isDigit(c) || c >= 97 && c <= 102 || c >= 65 && c <= 70;
}
var SIMPLE_ESCAPES = {
  a: 7,
  b: 8,
  f: 12,
  n: 10,
  r: 13,
  t: 9,
  v: 11,
  "\\": 92
};
function decodeEscapes(file, line, raw) {
  const parts = [];
  let segStart = 0;
  let k = raw.indexOf("\\");
  while (k !== -1) {
    if (k > segStart) parts.push(Buffer.from(raw.slice(segStart, k), "utf8"));
    const e = raw.charAt(k + 1);
    const simple = SIMPLE_ESCAPES[e];
    let next = k + 2;
    if (simple !== void 0) {
      parts.push(Buffer.from([simple]));
    } else if (e === '"') {
      parts.push(Buffer.from([34]));
    } else if (e >= "0" && e <= "7") {
      const digits = raw.slice(k + 1, k + 4);
      if (!/^[0-7]{3}$/.test(digits) || parseInt(digits, 8) > 255) {
        throw new GoSyntaxError(file, line, `invalid octal escape \\${digits} in string literal`);
      }
      parts.push(Buffer.from([parseInt(digits, 8)]));
      next = k + 4;
    } else if (e === "x" || e === "u" || e === "U") {
      const width = e === "x" ? 2 : e === "u" ? 4 : 8;
      const digits = raw.slice(k + 2, k + 2 + width);
      let ok = digits.length === width;
      for (let d = 0; ok && d < width; d++) ok = isHexDigit(digits.charCodeAt(d));
      const value = ok ? parseInt(digits, 16) : -1;
      if (!ok || e !== "x" && (value > 1114111 || value >= 55296 && value < 57344)) {
        throw new GoSyntaxError(file, line, `invalid escape \\${e}${digits} in string literal`);
      }
      parts.push(
        e === "x" ? Buffer.from([value]) : Buffer.from(String.fromCodePoint(value), "utf8")
      );
      next = k + 2 + width;
    } else {
      throw new GoSyntaxError(file, line, `unknown escape sequence \\${e} in string literal`);
    }
    segStart = next;
    k = raw.indexOf("\\", next);
  }
  if (segStart < raw.length) parts.push(Buffer.from(raw.slice(segStart), "utf8"));
  return Buffer.concat(parts).toString("utf8");
}
var CLOSER_OF = { "(": ")", "[": "]", "{": "}" };
function countLines(src, from, to) {
  let count = 0;
  for (let p = src.indexOf("\n", from); p !== -1 && p < to; p = src.indexOf("\n", p + 1)) count++;
  return count;
}
function interpretedStringEnd(file, line, src, i) {
  let j = i + 1;
  for (; ; ) {
    if (j >= src.length) throw new GoSyntaxError(file, line, "unterminated string literal");
    const d = src.charCodeAt(j);
    if (d === 34) return j;
    if (d === 10) throw new GoSyntaxError(file, line, "unterminated string literal");
    if (d === 92) {
      if (src.charCodeAt(j + 1) === 10)
        throw new GoSyntaxError(file, line, "unterminated string literal");
      j += 2;
    } else {
      j++;
    }
  }
}
function runeEnd(file, line, src, i) {
  let j = i + 1;
  for (; ; ) {
    const d = j < src.length ? src.charCodeAt(j) : 10;
    if (d === 10) throw new GoSyntaxError(file, line, "unterminated rune literal");
    if (d === 39) return j;
    j += d === 92 ? 2 : 1;
  }
}
function numberEnd(src, i) {
  const hex = src.charCodeAt(i) === 48 && (src.charCodeAt(i + 1) | 32) === 120;
  let j = i + 1;
  for (; j < src.length; j++) {
    const d = src.charCodeAt(j);
    if (isIdentPart(d) || d === 46) continue;
    if (d === 43 || d === 45) {
      const prev = src.charCodeAt(j - 1) | 32;
      if (!hex && prev === 101 || hex && prev === 112) continue;
    }
    return j;
  }
  return j;
}
function operatorAt(src, i) {
  const one = OP1[src.charCodeAt(i)] ?? "";
  if (!isOpChar(src.charCodeAt(i + 1))) return one;
  const t3 = src.slice(i, i + 3);
  if (OPS3.has(t3)) return t3;
  const t2 = t3.slice(0, 2);
  return OPS2.has(t2) ? t2 : one;
}

// src/evidence/go-call-stack.ts
var CallStack = class {
  // Per open bracket: the position in the stack of the call whose argument list holds it (-1 for
  // none: a func body starts afresh), the callee of a call's own `(`, and the commas seen
  // directly inside it, which number a call's arguments.
  callAt = [];
  // For a call's own `(`: the call around it (-1 for none), so a literal can name every call.
  outerCall = [];
  callee = [];
  commas = [];
  /**
   * A bracket opens as the `depth`-th open one: a call's own `(` when `call` names it; `fresh`
   * for a func body, which is outside any call it is passed to.
   */
  enter(call, depth, fresh) {
    const { callAt } = this;
    const inCall = fresh ? -1 : callAt[callAt.length - 1] ?? -1;
    callAt.push(call === void 0 ? inCall : depth);
    this.outerCall.push(inCall);
    this.callee.push(call);
    this.commas.push(0);
  }
  leave() {
    this.callAt.pop();
    this.outerCall.pop();
    this.callee.pop();
    this.commas.pop();
  }
  comma() {
    const { commas } = this;
    if (commas.length > 0) commas[commas.length - 1]++;
  }
  /** Sets the literal's call, argument and calls from the brackets open around it. */
  place(s) {
    const { callAt, callee, commas, outerCall } = this;
    const at2 = callAt[callAt.length - 1] ?? -1;
    const call = callee[at2];
    if (call !== void 0) {
      s.call = call;
      s.argument = commas[at2] ?? 0;
      const calls = [];
      for (let c = at2; c >= 0; c = outerCall[c] ?? -1) {
        const name = callee[c];
        if (name !== void 0) calls.push({ name, argument: commas[c] ?? 0 });
      }
      s.calls = calls;
    }
    return s;
  }
};
function calleeBefore(count, kind, text, match) {
  const kindAt = (p2) => (kind[p2] ?? 0) & ~NL;
  let p = count - 1;
  if (p >= 0 && kindAt(p) === OP && text[p] === "]") p = (match[p] ?? 0) - 1;
  const name = text[p];
  if (p < 0 || kindAt(p) !== IDENT || name === void 0 || KEYWORDS.has(name)) return void 0;
  if (p >= 2 && kindAt(p - 1) === OP && text[p - 1] === "." && kindAt(p - 2) === IDENT)
    return `${text[p - 2]}.${name}`;
  return name;
}

// src/evidence/go-scanner.ts
function tokenize(file, src, strings) {
  let capacity = Math.max(256, src.length >> 2);
  let kind = new Uint8Array(capacity);
  let line = new Int32Array(capacity);
  let depth = new Int32Array(capacity);
  let match = new Int32Array(capacity).fill(-1);
  const text = [];
  let count = 0;
  const grow = () => {
    capacity *= 2;
    const k = new Uint8Array(capacity);
    k.set(kind);
    kind = k;
    const l = new Int32Array(capacity);
    l.set(line);
    line = l;
    const d = new Int32Array(capacity);
    d.set(depth);
    depth = d;
    const m = new Int32Array(capacity).fill(-1);
    m.set(match);
    match = m;
  };
  const len = src.length;
  let i = src.charCodeAt(0) === 65279 ? 1 : 0;
  let ln = 1;
  let newline = true;
  let continues = false;
  let stmt = 0;
  let paren = 0;
  const open = [];
  const savedParen = [];
  const funcAt = [];
  const calls = new CallStack();
  const tokens = () => ({ count, kind, text, line, depth, match });
  const push = (k, t) => {
    if (count === capacity) grow();
    const idx = count++;
    kind[idx] = newline ? k | NL : k;
    text.push(t);
    line[idx] = ln;
    depth[idx] = open.length;
    newline = false;
    continues = false;
    return idx;
  };
  const pushString = (value) => {
    push(STRING, value);
    strings?.push(calls.place({ value, line: ln, statement: stmt }));
  };
  const endStatement = () => {
    stmt++;
    while (funcAt.length > 0 && (funcAt[funcAt.length - 1] ?? 0) >= open.length) funcAt.pop();
  };
  const lineBreak = () => {
    newline = true;
    if (paren === 0 && !continues) endStatement();
  };
  const fail2 = (reason) => new GoSyntaxError(file, ln, reason);
  while (i < len) {
    const c = src.charCodeAt(i);
    if (c === 10) {
      ln++;
      lineBreak();
      i++;
      continue;
    }
    if (c === 32 || c === 9 || c === 13 || c === 12 || c === 11) {
      i++;
      continue;
    }
    if (isIdentStart(c)) {
      let j = i + 1;
      while (j < len && isIdentPart(src.charCodeAt(j))) j++;
      const word = src.slice(i, j);
      push(IDENT, word);
      if (word === "func") funcAt.push(open.length);
      i = j;
      continue;
    }
    switch (c) {
      case 47: {
        const c2 = src.charCodeAt(i + 1);
        if (c2 === 47) {
          const end = src.indexOf("\n", i + 2);
          i = end === -1 ? len : end;
          continue;
        }
        if (c2 === 42) {
          const end = src.indexOf("*/", i + 2);
          if (end === -1) throw fail2("unterminated /* comment");
          const lines = countLines(src, i, end);
          if (lines > 0) {
            ln += lines;
            lineBreak();
          }
          i = end + 2;
          continue;
        }
        break;
      }
      case 34: {
        const j = interpretedStringEnd(file, ln, src, i);
        const body = src.slice(i + 1, j);
        pushString(body.includes("\\") ? decodeEscapes(file, ln, body) : body);
        i = j + 1;
        continue;
      }
      case 96: {
        const end = src.indexOf("`", i + 1);
        if (end === -1) throw fail2("unterminated raw string literal");
        const value = src.slice(i + 1, end);
        pushString(value.includes("\r") ? value.replaceAll("\r", "") : value);
        ln += countLines(src, i, end);
        i = end + 1;
        continue;
      }
      case 39: {
        const j = runeEnd(file, ln, src, i);
        push(RUNE, src.slice(i, j + 1));
        i = j + 1;
        continue;
      }
      case 40:
      case 91:
      case 123: {
        const t = c === 40 ? "(" : c === 91 ? "[" : "{";
        const call = c === 40 ? calleeBefore(count, kind, text, match) : void 0;
        const idx = push(OP, t);
        savedParen.push(paren);
        let funcBody = false;
        if (c === 123) {
          if (funcAt.length > 0 && funcAt[funcAt.length - 1] === open.length) {
            funcAt.pop();
            paren = 0;
            funcBody = true;
          }
        } else {
          paren++;
        }
        calls.enter(call, open.length, funcBody);
        open.push(idx);
        i++;
        continue;
      }
      case 41:
      case 93:
      case 125: {
        const t = c === 41 ? ")" : c === 93 ? "]" : "}";
        const o = open.pop();
        if (o === void 0) throw fail2(`unexpected '${t}' with no open bracket`);
        const opener = text[o] ?? "";
        if (CLOSER_OF[opener] !== t)
          throw fail2(`'${t}' does not close the '${opener}' opened at line ${line[o] ?? 0}`);
        const idx = push(OP, t);
        match[o] = idx;
        match[idx] = o;
        calls.leave();
        paren = savedParen.pop() ?? 0;
        while (funcAt.length > 0 && (funcAt[funcAt.length - 1] ?? 0) > open.length) funcAt.pop();
        i++;
        continue;
      }
      default:
        break;
    }
    if (isDigit(c) || c === 46 && isDigit(src.charCodeAt(i + 1))) {
      const j = numberEnd(src, i);
      push(NUMBER, src.slice(i, j));
      i = j;
      continue;
    }
    if (isOpChar(c)) {
      const t = operatorAt(src, i);
      push(OP, t);
      continues = !NOT_CONTINUING.has(t);
      if (t === ",") calls.comma();
      if (t === ";" && paren === 0) endStatement();
      i += t.length;
      continue;
    }
    throw fail2(
      `unexpected character ${JSON.stringify(String.fromCodePoint(src.codePointAt(i) ?? c))}`
    );
  }
  if (open.length > 0) {
    const first = open[0] ?? 0;
    throw fail2(`file ends inside a block opened at line ${line[first] ?? 0} (is it cut short?)`);
  }
  return tokens();
}

// src/evidence/go.ts
var FEATUREGATE_PATH = "k8s.io/component-base/featuregate";
function addImport(v, pathTok, aliasTok, imports, featuregateNames) {
  const path = v.text(pathTok);
  const alias = aliasTok === void 0 ? void 0 : v.text(aliasTok);
  const line = v.line(pathTok);
  imports.push(alias === void 0 ? { path, line } : { path, alias, line });
  if (path === FEATUREGATE_PATH && alias !== void 0 && alias !== "_" && alias !== ".") {
    featuregateNames.add(alias);
  }
}
function readImports(v, i, imports, featuregateNames) {
  const isAlias = (j) => (v.kind(j) === IDENT || v.isOp(j, ".")) && v.kind(j + 1) === STRING;
  if (v.isOp(i + 1, "(")) {
    const end = v.partner(i + 1);
    for (let j = i + 2; j < end; j++) {
      if (v.kind(j) === STRING) {
        addImport(v, j, void 0, imports, featuregateNames);
      } else if (isAlias(j)) {
        addImport(v, j + 1, j, imports, featuregateNames);
        j++;
      }
    }
  } else if (v.kind(i + 1) === STRING) {
    addImport(v, i + 1, void 0, imports, featuregateNames);
  } else if (isAlias(i + 1)) {
    addImport(v, i + 2, i + 1, imports, featuregateNames);
  }
}
function readFunc(v, i) {
  let j = i + 1;
  if (v.isOp(j, "(")) j = v.partner(j) + 1;
  if (v.kind(j) !== IDENT) return void 0;
  const name = v.text(j++);
  if (v.isOp(j, "[")) j = v.partner(j) + 1;
  if (!v.isOp(j, "(")) return void 0;
  j = v.partner(j) + 1;
  while (j < v.length && !v.newlineBefore(j)) {
    if ((v.isIdent(j, "struct") || v.isIdent(j, "interface")) && v.isOp(j + 1, "{")) {
      j = v.partner(j + 1) + 1;
    } else if (v.isOp(j, "{")) {
      return { name, startLine: v.line(i), endLine: v.line(v.partner(j)) };
    } else {
      j = v.isOpener(j) ? v.partner(j) + 1 : j + 1;
    }
  }
  return void 0;
}
function isTypeParams(v, open) {
  const next = open + 2;
  return v.kind(open + 1) === IDENT && (v.kind(next) === IDENT || v.isOp(next, "~") || v.isOp(next, ",") || v.isOp(next, "*"));
}
function readTypeSpec(v, i) {
  if (v.kind(i) !== IDENT) return void 0;
  let j = i + 1;
  if (v.isOp(j, "[") && isTypeParams(v, j)) j = v.partner(j) + 1;
  if (v.isOp(j, "=")) j++;
  return { name: v.text(i), line: v.line(i), struct: v.isIdent(j, "struct") };
}
function readTypes(v, i, types) {
  if (!v.isOp(i + 1, "(")) {
    const spec = readTypeSpec(v, i + 1);
    if (spec) types.push(spec);
    return;
  }
  const end = v.partner(i + 1);
  for (let j = i + 2; j < end; j = v.isOpener(j) ? v.partner(j) + 1 : j + 1) {
    if (v.newlineBefore(j) || v.isOp(j - 1, ";") || j === i + 2) {
      const spec = readTypeSpec(v, j);
      if (spec) types.push(spec);
    }
  }
}
function read(file, source) {
  const nul = source.indexOf("\0");
  if (nul !== -1) {
    const at2 = source.slice(0, nul).split("\n").length;
    throw new GoSyntaxError(file, at2, "not a text file");
  }
  const strings = [];
  const v = new TokenView(tokenize(file, source, strings));
  const facts = {
    featureConsts: [],
    specMaps: [],
    imports: [],
    strings,
    funcs: [],
    types: [],
    selectors: []
  };
  const featuregateNames = /* @__PURE__ */ new Set(["featuregate"]);
  let constGroupEnd = -1;
  for (let i = 0; i < v.length; i++) {
    if (v.kind(i) !== IDENT) continue;
    const t = v.text(i);
    if (v.isOp(i + 1, ".") && v.kind(i + 2) === IDENT) {
      facts.selectors.push({ qualifier: t, name: v.text(i + 2), line: v.line(i) });
    }
    switch (t) {
      case "import":
        if (v.depth(i) === 0) readImports(v, i, facts.imports, featuregateNames);
        break;
      case "const":
        if (v.isOp(i + 1, "(")) constGroupEnd = v.partner(i + 1);
        else featureConstAt(v, i + 1, featuregateNames, facts.featureConsts);
        break;
      case "func":
        if (v.depth(i) === 0 && (v.newlineBefore(i) || v.isOp(i - 1, ";"))) {
          const func = readFunc(v, i);
          if (func) facts.funcs.push(func);
        }
        break;
      case "type":
        if (v.depth(i) === 0) readTypes(v, i, facts.types);
        break;
      case "map":
        specMapAt(v, i, featuregateNames, facts.specMaps);
        break;
      default:
        if (i < constGroupEnd) featureConstAt(v, i, featuregateNames, facts.featureConsts);
        break;
    }
  }
  return facts;
}
function readGoFacts(file, source) {
  try {
    return read(file, source);
  } catch (e) {
    if (e instanceof GoSyntaxError) throw e;
    throw new GoSyntaxError(file, 0, `internal reader error: ${e?.message ?? String(e)}`);
  }
}

// src/evidence/go-scope.ts
var STATEMENT_KEYWORDS = /* @__PURE__ */ new Set(["if", "for", "switch"]);
function startsStatement(f, i) {
  const v = f.v;
  if (i === 0 || v.newlineBefore(i)) return true;
  const prev = v.text(i - 1);
  return v.isOp(i - 1, ";") || v.isOp(i - 1, "{") || v.isOp(i - 1, ":") || v.kind(i - 1) === IDENT && (STATEMENT_KEYWORDS.has(prev) || prev === "case");
}
function identList(f, i) {
  const v = f.v;
  let first = i;
  while (v.isOp(first - 1, ",") && v.kind(first - 2) === IDENT) first -= 2;
  let last = i;
  while (v.isOp(last + 1, ",") && v.kind(last + 2) === IDENT) last += 2;
  return { first, last };
}
function headerBody(f, k) {
  const v = f.v;
  for (let j = k + 1; j < v.length; ) {
    if (v.isOp(j, "{")) {
      const after = v.partner(j) + 1;
      if (after >= v.length || v.newlineBefore(after) || v.isIdent(after, "else") || v.isOp(after, ";") || v.partner(after) >= 0 && v.partner(after) < after) {
        return j;
      }
    }
    if (v.partner(j) >= 0 && v.partner(j) < j) return -1;
    j = v.isOpener(j) ? v.partner(j) + 1 : j + 1;
  }
  return -1;
}
function ifChainEnd(f, open) {
  const v = f.v;
  let close2 = v.partner(open);
  while (v.isIdent(close2 + 1, "else")) {
    const next = v.isIdent(close2 + 2, "if") ? headerBody(f, close2 + 2) : close2 + 2;
    if (next < 0 || !v.isOp(next, "{")) break;
    close2 = v.partner(next);
  }
  return close2;
}
var HEADER_KEYWORDS = /* @__PURE__ */ new Set(["if", "else", "for", "switch", "select"]);
function headerStart(f, b) {
  const v = f.v;
  if (v.newlineBefore(b) && b > 0 && endsStatement(f, b - 1)) return b;
  const last = segmentStart(f, b);
  for (let k = last; v.isOp(k - 1, ";"); ) {
    k = segmentStart(f, k - 1);
    if (isHeaderKeyword(f, k)) return k;
  }
  return last;
}
function isHeaderKeyword(f, k) {
  return f.v.kind(k) === IDENT && HEADER_KEYWORDS.has(f.v.text(k));
}
function segmentStart(f, b) {
  const v = f.v;
  let k = b - 1;
  while (k >= 0) {
    if (v.isOp(k, ";") || v.isOp(k, ":") || v.isOpener(k)) return k + 1;
    if (v.isOp(k, "}") && v.isIdent(k + 1, "else")) return k + 1;
    if (v.newlineBefore(k) && (k === 0 || endsStatement(f, k - 1))) return k;
    k = v.partner(k) >= 0 && v.partner(k) < k ? v.partner(k) - 1 : k - 1;
  }
  return 0;
}
function endsStatement(f, i) {
  const v = f.v;
  const t = v.text(i);
  if (v.kind(i) === IDENT || v.kind(i) === 2 || v.kind(i) === 3 || v.kind(i) === 4) return true;
  return t === ")" || t === "]" || t === "}" || t === "++" || t === "--";
}
function signatureNames(f, sig) {
  const v = f.v;
  const out = [];
  for (let j = sig[0]; j < sig[1]; ) {
    if (!v.isOp(j, "(")) {
      j = v.isOpener(j) ? v.partner(j) + 1 : j + 1;
      continue;
    }
    const items = f.split(j + 1, v.partner(j));
    const named = items.some(([s, e]) => e - s > 1 && v.kind(s) === IDENT && !v.isOp(s + 1, "."));
    if (named) {
      for (const [s] of items) if (v.kind(s) === IDENT) out.push(s);
    }
    j = v.partner(j) + 1;
  }
  return out;
}
function bindingOf(f, name, use) {
  const v = f.v;
  const found = [];
  const bodies = f.bodies.filter((b) => b.open < use && use < b.close);
  for (const body of bodies) {
    for (const at2 of signatureNames(f, body.signature)) {
      if (v.text(at2) === name) {
        found.push({
          kind: "param",
          at: at2,
          func: body.name ?? "a func literal",
          scope: [body.open, body.close]
        });
      }
    }
  }
  const outer = bodies[0];
  if (outer) {
    for (let j = outer.open + 1; j < use; j++) {
      if (v.kind(j) !== IDENT || v.text(j) !== name || v.isOp(j - 1, ".")) continue;
      const b = declarationAt(f, j);
      if (b && use <= b.scope[1]) found.push(b);
    }
  }
  let best2;
  for (const b of found) {
    if (!best2 || b.scope[1] < best2.scope[1] || b.scope[1] === best2.scope[1] && b.at < best2.at) {
      best2 = b;
    }
  }
  return best2;
}
function declarationAt(f, j) {
  const v = f.v;
  const { first, last } = identList(f, j);
  const position = (j - first) / 2;
  const count = (last - first) / 2 + 1;
  if (v.isOp(last + 1, ":=") && startsStatement(f, first)) {
    const keyword = v.kind(first - 1) === IDENT && STATEMENT_KEYWORDS.has(v.text(first - 1));
    const header = keyword ? first - 1 : -1;
    const body = header >= 0 ? headerBody(f, header) : -1;
    const scope = header >= 0 && body >= 0 ? [j, ifChainEnd(f, body)] : [j, v.partner(f.enclosingBlock(j))];
    if (v.isIdent(last + 2, "range") && body >= 0) {
      return {
        kind: "range",
        at: j,
        over: [last + 3, body],
        key: count === 2 && position === 0,
        single: count === 1,
        scope
      };
    }
    let end = f.statementEnd(last + 2);
    if (body >= 0 && end > body) end = body;
    return local(f, j, f.split(last + 2, end), position, count, void 0, scope);
  }
  const paren = f.enclosing(first);
  const inGroup = v.isOp(paren, "(") && (v.isIdent(paren - 1, "var") || v.isIdent(paren - 1, "const"));
  const keywordAt = inGroup ? paren - 1 : first - 1;
  if (v.isIdent(keywordAt, "var") || v.isIdent(keywordAt, "const")) {
    if (inGroup && !startsStatement(f, first) && first !== paren + 1) return void 0;
    const end = f.statementEnd(first);
    let eq = last + 1;
    while (eq < end && !v.isOp(eq, "=")) eq = v.isOpener(eq) ? v.partner(eq) + 1 : eq + 1;
    const type = eq > last + 1 ? [last + 1, eq] : void 0;
    const values = f.split(eq + 1, end);
    return local(f, j, values, position, count, type, [j, v.partner(f.enclosingBlock(j))]);
  }
  return void 0;
}
function local(f, at2, values, position, count, type, scope) {
  const b = { kind: "local", at: at2, scope };
  if (type) b.type = type;
  if (values.length === count) b.value = values[position];
  else if (values.length > 0) b.multi = true;
  return b;
}

// src/evidence/go-conditions.ts
function gateRead(f, range) {
  const v = f.v;
  let [s, e] = range;
  let enabled = true;
  for (; ; ) {
    if (v.isOp(s, "!")) {
      enabled = !enabled;
      s++;
    } else if (v.isOp(s, "(") && v.partner(s) === e - 1) {
      s++;
      e--;
    } else break;
  }
  const close2 = e - 1;
  const open = v.partner(close2);
  if (!v.isOp(close2, ")") || !v.isIdent(open - 1, "Enabled")) {
    if (e === s + 1 && v.kind(s) === IDENT) {
      const b = bindingOf(f, v.text(s), s);
      if (b?.kind === "local" && b.value && !b.multi) {
        const read2 = gateRead(f, b.value);
        return read2 && { gate: read2.gate, enabled: read2.enabled === enabled };
      }
    }
    return void 0;
  }
  const args = f.split(open + 1, close2);
  const arg = args[0];
  if (args.length !== 1 || !arg) return void 0;
  let last = arg[1] - 1;
  while (last >= arg[0] && v.kind(last) !== IDENT) last--;
  return last >= arg[0] ? { gate: v.text(last), enabled } : void 0;
}
function conditionsIn(f, range) {
  return f.split(range[0], range[1], "&&").map((conjunct) => {
    const at2 = { file: f.file, line: f.line(conjunct[0]) };
    const read2 = gateRead(f, conjunct);
    const text = f.text(conjunct);
    return read2 ? { text, gate: read2.gate, enabled: read2.enabled, at: at2 } : { text, enabled: true, at: at2 };
  });
}
function negation(conditions) {
  if (conditions.length === 1) {
    const c = conditions[0];
    return [{ ...c, enabled: !c.enabled }];
  }
  if (conditions.length === 0) return [];
  return [{ text: conditions.map((c) => c.text).join(" && "), enabled: false, at: conditions[0].at }];
}
function ifConditionRange(f, k, open) {
  const v = f.v;
  let from = k + 1;
  for (let j = from; j < open; j = v.isOpener(j) ? v.partner(j) + 1 : j + 1) {
    if (v.isOp(j, ";")) from = j + 1;
  }
  return [from, open];
}
function ifCondition(f, k, open) {
  return conditionsIn(f, ifConditionRange(f, k, open));
}
function blockConditions(f, b, inside) {
  const v = f.v;
  if (f.bodies.some((body) => body.open === b)) {
    return [{ text: "inside a func literal", enabled: true, at: { file: f.file, line: f.line(b) } }];
  }
  const start = headerStart(f, b);
  const keyword = v.text(start);
  if (keyword === "if") return ifCondition(f, start, b);
  if (keyword === "else") {
    const before = chainConditions(f, v.partner(start - 1));
    const own = v.isIdent(start + 1, "if") ? ifCondition(f, start + 1, b) : [];
    return [...before, ...own];
  }
  if (keyword === "for") {
    return [{ text: f.text([start, b]), enabled: true, at: { file: f.file, line: f.line(start) } }];
  }
  if (keyword === "switch" || keyword === "select") return caseConditions(f, start, b, inside);
  return [];
}
function chainConditions(f, open) {
  const v = f.v;
  const start = headerStart(f, open);
  const keyword = v.text(start);
  const at2 = keyword === "else" ? start + 1 : start;
  const own = negation(ifCondition(f, at2, open));
  if (keyword !== "else") return own;
  return [...chainConditions(f, v.partner(start - 1)), ...own];
}
function caseLabelAt(f, b, i) {
  const v = f.v;
  const depth = v.depth(b) + 1;
  let label = -1;
  for (let j = b + 1; j < i; j++) {
    if (v.depth(j) === depth && (v.isIdent(j, "case") || v.isIdent(j, "default"))) label = j;
  }
  if (label < 0) return void 0;
  let colon = label + 1;
  while (colon < i && !(v.depth(colon) === depth && v.isOp(colon, ":"))) colon++;
  return { label, colon };
}
function caseConditions(f, start, b, i) {
  const v = f.v;
  const found = caseLabelAt(f, b, i);
  if (!found) return [];
  const { label, colon } = found;
  const at2 = { file: f.file, line: f.line(label) };
  if (v.isIdent(label, "default")) return [{ text: "default case", enabled: true, at: at2 }];
  const tagless = v.isOp(b - 1, ";") || b === start + 1;
  const cases = f.split(label + 1, colon);
  if (tagless && cases.length === 1) return conditionsIn(f, cases[0]);
  return [{ text: `${f.text([start, b])} case ${f.text([label + 1, colon])}`, enabled: true, at: at2 }];
}
function earlyReturns(f, b, from, until) {
  const v = f.v;
  const depth = v.depth(b) + 1;
  const out = [];
  for (let j = Math.max(b + 1, from); j < until; j++) {
    if (v.depth(j) !== depth || !v.isIdent(j, "if")) continue;
    if (!v.newlineBefore(j) && !v.isOp(j - 1, ";") && !v.isOp(j - 1, "{")) continue;
    const open = headerBody(f, j);
    if (open < 0 || v.partner(open) >= until || v.isIdent(v.partner(open) + 1, "else")) continue;
    let returns = false;
    for (let k = open + 1; k < v.partner(open); k++) {
      if (v.depth(k) === depth + 1 && v.isIdent(k, "return")) returns = true;
    }
    const conditions = ifCondition(f, j, open);
    const only = conditions[0];
    if (returns && conditions.length === 1 && only?.gate !== void 0) {
      out.push({ ...only, enabled: !only.enabled });
    }
  }
  return out;
}
function conditionsAt(f, i, stop, from) {
  const out = [];
  let child = i;
  for (let b = f.enclosingBlock(i); b >= 0; b = f.enclosingBlock(b)) {
    out.push(...earlyReturns(f, b, from, child));
    if (b <= stop) break;
    out.push(...blockConditions(f, b, i));
    child = b;
  }
  return out;
}

// src/evidence/go-format.ts
var MAX_ALTERNATIVES = 64;
var MAX_CONDITIONAL_ITEMS = 5;
var HOLE = "\u2026";
function known(text, from, when = []) {
  return { kind: "string", text, from, unknown: [], when };
}
function unknownValue(at2, expr, why) {
  return { kind: "unknown", unknown: { at: at2, expr, why } };
}
function hole(from, unknown) {
  return { kind: "string", text: HOLE, from, unknown, when: [] };
}
function asString(value, from) {
  if (value.kind === "string") return value;
  if (value.kind === "unknown") return hole(from, [value.unknown]);
  const items = value.items.filter((i) => i.when.length === 0);
  const texts = items.map((i) => i.text);
  if (value.shape === "set") texts.sort();
  const holes = value.unknown.length > 0 || items.length < value.items.length ? [HOLE] : [];
  const body = value.shape === "set" ? texts.map((t) => `${t}:{}`) : texts;
  const text = value.shape === "set" ? `map[${[...body, ...holes].join(" ")}]` : `[${[...body, ...holes].join(" ")}]`;
  const unknown = [...value.unknown, ...items.flatMap((i) => i.unknown)];
  if (items.length < value.items.length) {
    unknown.push({
      at: value.from,
      expr: "a conditional item",
      why: "an item that is in the list only under a condition"
    });
  }
  return { kind: "string", text, from, unknown, when: [] };
}
function combine(parts, at2, expr, join2) {
  let total = 1;
  for (const p of parts) total *= Math.max(p.length, 1);
  if (total > MAX_ALTERNATIVES) {
    return [unknownValue(at2, expr, `more than ${MAX_ALTERNATIVES} possible values`)];
  }
  let rows = [[]];
  for (const p of parts) {
    const next = [];
    for (const row of rows) for (const alt of p) next.push([...row, asString(alt, at2)]);
    rows = next;
  }
  return rows.map(join2);
}
function concat(parts, at2, expr) {
  if (parts.some((p) => p.some((v) => v.kind === "list"))) {
    return [unknownValue(at2, expr, "a `+` of something other than strings")];
  }
  return combine(parts, at2, expr, (strings) => ({
    kind: "string",
    text: strings.map((s) => s.text).join(""),
    from: at2,
    unknown: strings.flatMap((s) => s.unknown),
    when: strings.flatMap((s) => s.when)
  }));
}
var VERB = /%([-+# 0]*)(\d+|\*)?(?:\.(\d+|\*)?)?(\[\d+\])?([a-zA-Z%])/g;
function sprintf(format, args, at2, expr) {
  return combine([format, ...args], at2, expr, ([fmt, ...values]) => formatOne(fmt, values, at2));
}
function formatOne(format, args, at2) {
  const unknown = [...format.unknown];
  const when = [...format.when, ...args.flatMap((a) => a.when)];
  const text = format.unknown.length > 0 ? HOLE : applyVerbs(format.text, args, at2, unknown);
  return { kind: "string", text, from: at2, unknown, when };
}
function applyVerbs(format, args, at2, unknown) {
  let next = 0;
  let reordered = false;
  let text = format.replace(VERB, (whole, _flags, width, precision, index, verb) => {
    if (verb === "%") return "%";
    if (width === "*") next++;
    if (precision === "*") next++;
    if (index !== void 0) {
      reordered = true;
      next = Number(index.slice(1, -1)) - 1;
    }
    const arg = args[next++];
    if (width === "*" || precision === "*") {
      unknown.push({ at: at2, expr: whole, why: `a ${whole} verb, which the reader does not apply` });
      return HOLE;
    }
    if (!arg) return index === void 0 ? `%!${verb}(MISSING)` : `%!${verb}(BADINDEX)`;
    unknown.push(...arg.unknown);
    if (arg.unknown.length > 0 && arg.text === HOLE) return HOLE;
    switch (verb) {
      case "s":
      case "v":
        return arg.text;
      case "q":
        return JSON.stringify(arg.text);
      case "d":
        return /^-?\d+$/.test(arg.text) ? arg.text : `%!d(string=${arg.text})`;
      default:
        unknown.push({ at: at2, expr: whole, why: `a %${verb} verb, which the reader does not apply` });
        return HOLE;
    }
  });
  if (reordered) return text;
  for (const extra of args.slice(next)) {
    text += `%!(EXTRA string=${extra.text})`;
    unknown.push(...extra.unknown);
  }
  return text;
}
function join(lists, seps, at2, expr) {
  const out = [];
  for (const list of lists) {
    if (list.kind !== "list") {
      out.push(
        list.kind === "unknown" ? list : unknownValue(at2, expr, "strings.Join of something that is not a list")
      );
      continue;
    }
    for (const sep of seps) {
      if (sep.kind !== "string" || sep.unknown.length > 0) {
        out.push(unknownValue(at2, expr, "a separator the reader cannot read"));
        continue;
      }
      out.push(...joinOne(list, sep.text, at2, expr));
    }
    if (out.length > MAX_ALTERNATIVES)
      return [unknownValue(at2, expr, `more than ${MAX_ALTERNATIVES} possible values`)];
  }
  return out;
}
function joinOne(list, sep, at2, expr) {
  const conditional = list.items.filter((i) => i.when.length > 0);
  if (conditional.length > MAX_CONDITIONAL_ITEMS) {
    return [unknownValue(at2, expr, "a list with too many conditional items")];
  }
  const out = [];
  for (let mask = 0; mask < 1 << conditional.length; mask++) {
    const when = [];
    const present = list.items.filter((item2) => {
      const k = conditional.indexOf(item2);
      if (k < 0) return true;
      const inSet = (mask & 1 << k) !== 0;
      when.push(...inSet ? item2.when : negation(item2.when));
      return inSet;
    });
    const parts = present.map((i) => i.text);
    const unknown = [...list.unknown, ...present.flatMap((i) => i.unknown)];
    if (list.unknown.length > 0) parts.push(HOLE);
    out.push({ kind: "string", text: parts.join(sep), from: at2, unknown, when });
  }
  return out;
}

// src/evidence/go-call.ts
var GoCall = class {
  constructor(f, callee, open) {
    this.f = f;
    this.callee = callee;
    this.open = open;
  }
  f;
  callee;
  open;
  argRanges;
  /** The method or function called: `InfoS` in `klog.V(2).InfoS(…)`. */
  get method() {
    return this.f.v.text(this.callee);
  }
  /** The identifiers of the callee, outermost first: ['klog', 'V', 'InfoS']. */
  get chain() {
    return this.walk().chain;
  }
  /** The first token of the callee. */
  get start() {
    return this.walk().start;
  }
  /** `pkg.Name` when the callee is `pkg.Name(`, else the method alone, as policies name calls. */
  get name() {
    const v = this.f.v;
    const p = this.callee;
    return v.kind(p - 2) === IDENT && v.isOp(p - 1, ".") ? `${v.text(p - 2)}.${v.text(p)}` : v.text(p);
  }
  get close() {
    return this.f.v.partner(this.open);
  }
  get args() {
    this.argRanges ??= this.f.split(this.open + 1, this.close);
    return this.argRanges;
  }
  walk() {
    const v = this.f.v;
    const chain = [v.text(this.callee)];
    let start = this.callee;
    while (v.isOp(start - 1, ".")) {
      let q = start - 2;
      if (v.isOp(q, ")")) {
        q = v.partner(q) - 1;
        if (v.isOp(q, "]")) q = v.partner(q) - 1;
      }
      if (v.kind(q) !== IDENT) break;
      chain.unshift(v.text(q));
      start = q;
    }
    return { chain, start };
  }
};

// src/evidence/go-decls.ts
function endsLine(v, i) {
  const k = v.kind(i);
  if (k === IDENT || k === STRING || k === NUMBER || k === RUNE) return true;
  return ["++", "--", ")", "]", "}"].includes(v.text(i)) && k === OP;
}
function statementEnd(v, i) {
  let j = i;
  while (j < v.length) {
    if (j > i && v.newlineBefore(j) && endsLine(v, j - 1)) return j;
    if (v.isOp(j, ";")) return j;
    if (v.kind(j) === OP && v.partner(j) >= 0 && v.partner(j) < j) return j;
    j = v.isOpener(j) ? v.partner(j) + 1 : j + 1;
  }
  return j;
}
function splitList(v, start, end, sep = ",") {
  const out = [];
  let from = start;
  for (let j = start; j < end; ) {
    if (v.isOp(j, sep)) {
      if (j > from) out.push([from, j]);
      from = j + 1;
      j++;
    } else {
      j = v.isOpener(j) ? v.partner(j) + 1 : j + 1;
    }
  }
  if (end > from) out.push([from, end]);
  return out;
}
function readValueSpec(v, start, end) {
  const names = [];
  let j = start;
  while (j < end && v.kind(j) === IDENT) {
    names.push(j);
    if (!v.isOp(j + 1, ",")) break;
    j += 2;
  }
  if (names.length === 0) return void 0;
  j = (names[names.length - 1] ?? start) + 1;
  let eq = j;
  while (eq < end && !v.isOp(eq, "=")) eq = v.isOpener(eq) ? v.partner(eq) + 1 : eq + 1;
  const out = { names, values: [] };
  if (eq > j) out.type = [j, Math.min(eq, end)];
  if (eq < end) out.values = splitList(v, eq + 1, end);
  return out;
}
function readTopDecls(v) {
  const imports = [];
  const decls = /* @__PURE__ */ new Map();
  const addDecl = (d) => {
    const list = decls.get(d.name);
    if (list) list.push(d);
    else decls.set(d.name, [d]);
  };
  const { kind, text, depth } = v.tokens;
  for (let i = 0; i < v.length; i++) {
    if (((kind[i] ?? 0) & ~NL) !== IDENT) continue;
    if (depth[i] !== 0) continue;
    const t = text[i];
    if (t === "import") readImports2(v, i, imports);
    else if (t === "const" || t === "var") readValueDecls(v, i, t, addDecl);
    else if (t === "type") readTypeDecls(v, i, addDecl);
    else if (t === "func" && v.kind(i + 1) === IDENT) {
      addDecl({ kind: "func", name: v.text(i + 1), at: i + 1 });
    }
  }
  return { imports, decls };
}
function readImports2(v, i, imports) {
  const add = (pathTok, aliasTok) => {
    const imp = { path: v.text(pathTok), line: v.line(pathTok) };
    if (aliasTok !== void 0) imp.alias = v.text(aliasTok);
    imports.push(imp);
  };
  const at2 = (j) => {
    if (v.kind(j) === STRING) {
      add(j);
      return j;
    }
    if ((v.kind(j) === IDENT || v.isOp(j, ".")) && v.kind(j + 1) === STRING) {
      add(j + 1, j);
      return j + 1;
    }
    return j;
  };
  if (!v.isOp(i + 1, "(")) {
    at2(i + 1);
    return;
  }
  for (let j = i + 2; j < v.partner(i + 1); j++) j = at2(j);
}
function readValueDecls(v, i, kind, addDecl) {
  const readSpec3 = (start, end) => {
    const spec = readValueSpec(v, start, end);
    if (!spec) return;
    spec.names.forEach((at2, k) => {
      const d = { kind, name: v.text(at2), at: at2 };
      if (spec.type) d.type = spec.type;
      const value = spec.values[k];
      if (value && spec.values.length === spec.names.length) d.value = value;
      addDecl(d);
    });
  };
  if (!v.isOp(i + 1, "(")) {
    readSpec3(i + 1, statementEnd(v, i + 1));
    return;
  }
  const close2 = v.partner(i + 1);
  for (let j = i + 2; j < close2; ) {
    const end = Math.min(statementEnd(v, j), close2);
    readSpec3(j, end);
    j = end === j ? j + 1 : v.isOp(end, ";") ? end + 1 : end;
  }
}
function readTypeDecls(v, i, addDecl) {
  const one = (j) => {
    if (v.kind(j) !== IDENT) return;
    const end = statementEnd(v, j);
    const d = { kind: "type", name: v.text(j), at: j };
    const from = v.isOp(j + 1, "=") ? j + 2 : j + 1;
    if (from < end) d.type = [from, end];
    addDecl(d);
  };
  if (!v.isOp(i + 1, "(")) return one(i + 1);
  const close2 = v.partner(i + 1);
  for (let j = i + 2; j < close2; ) {
    one(j);
    const end = Math.min(statementEnd(v, j), close2);
    j = end === j ? j + 1 : v.isOp(end, ";") ? end + 1 : end;
  }
}

// src/evidence/go-file.ts
var NOT_CALLEES = new Set(
  "if for switch return func go defer select case range import const var type interface struct map chan else".split(
    " "
  )
);
var BEFORE_LITERAL = /* @__PURE__ */ new Set(["return", "go", "defer", "range", "switch", "if", "case", "for"]);
var GoFile = class {
  constructor(file, source) {
    this.file = file;
    this.v = new TokenView(tokenize(file, source));
    this.packageName = this.v.isIdent(0, "package") ? this.v.text(1) : "";
    const { imports, decls } = readTopDecls(this.v);
    this.imports = imports;
    this.decls = decls;
  }
  file;
  v;
  imports;
  packageName;
  decls;
  funcBodies;
  /** For each token, the innermost bracket that holds it (-1 at top level); made when first asked. */
  parents;
  callList;
  /** Every function body, declarations' and literals', found when first asked for. */
  get bodies() {
    if (this.funcBodies) return this.funcBodies;
    const { kind, text } = this.v.tokens;
    const out = [];
    for (let i = 0; i < this.v.length; i++) {
      if (text[i] !== "func" || ((kind[i] ?? 0) & ~NL) !== IDENT) continue;
      const body = this.readFunc(i);
      if (body) out.push(body);
    }
    this.funcBodies = out;
    return out;
  }
  get parent() {
    if (this.parents) return this.parents;
    const { kind, match } = this.v.tokens;
    const parents = new Int32Array(this.v.length).fill(-1);
    const stack = [];
    for (let i = 0; i < this.v.length; i++) {
      parents[i] = stack[stack.length - 1] ?? -1;
      const m = match[i] ?? -1;
      if (m < 0 || ((kind[i] ?? 0) & ~NL) !== OP) continue;
      if (m > i) stack.push(i);
      else stack.pop();
    }
    this.parents = parents;
    return parents;
  }
  line(i) {
    return this.v.line(i);
  }
  place(i) {
    return { file: this.file, line: this.v.line(i) };
  }
  /** The innermost bracket around token i, or -1. */
  enclosing(i) {
    return this.parent[i] ?? -1;
  }
  /** The innermost `{` around token i, or -1. */
  enclosingBlock(i) {
    let p = this.enclosing(i);
    while (p >= 0 && !this.v.isOp(p, "{")) p = this.enclosing(p);
    return p;
  }
  /** The innermost function body around token i. */
  bodyAt(i) {
    let best2;
    for (const b of this.bodies) {
      if (b.open < i && i < b.close && (!best2 || b.open > best2.open)) best2 = b;
    }
    return best2;
  }
  /** The source text of a range, tokens joined as gofmt would roughly write them. */
  text(range, max = 80) {
    const [start, end] = range;
    let out = "";
    for (let j = start; j < end && out.length <= max; j++) {
      const k = this.v.kind(j);
      const t = k === STRING ? JSON.stringify(this.v.text(j)) : this.v.text(j);
      const spaced = j > start && (k === IDENT || k === STRING || k === NUMBER || k === RUNE);
      const prev = this.v.kind(j - 1);
      out += spaced && (prev === IDENT || prev === STRING || prev === NUMBER || prev === RUNE) ? ` ${t}` : t;
    }
    return out.length > max ? `${out.slice(0, max - 1)}\u2026` : out;
  }
  /** Every call in the file, in source order. */
  calls() {
    if (this.callList) return this.callList;
    const { kind, text, match } = this.v.tokens;
    const out = [];
    for (let i = 1; i < this.v.length; i++) {
      if (text[i] !== "(" || ((kind[i] ?? 0) & ~NL) !== OP) continue;
      let p = i - 1;
      if (text[p] === "]" && ((kind[p] ?? 0) & ~NL) === OP) p = (match[p] ?? 0) - 1;
      if (((kind[p] ?? 0) & ~NL) !== IDENT || NOT_CALLEES.has(text[p] ?? "")) continue;
      if (this.declares(p)) continue;
      out.push(new GoCall(this, p, i));
    }
    this.callList = out;
    return out;
  }
  /** Elements between `start` and `end` separated by top-level commas; empty ones dropped. */
  split(start, end, sep = ",") {
    return splitList(this.v, start, end, sep);
  }
  /** Where the statement or expression starting at i ends (see go-decls.ts). */
  statementEnd(i) {
    return statementEnd(this.v, i);
  }
  /**
   * Whether the name at p, before `(`, is declared there rather than called: a function
   * (`func F(`), a method (`func (s *T) M(`) or a method of an interface (`OnChange(f)` in
   * `interface {…}`).
   */
  declares(p) {
    const v = this.v;
    if (v.isIdent(p - 1, "func")) return true;
    if (v.isOp(p - 1, ")") && v.isIdent(v.partner(p - 1) - 1, "func")) return true;
    const b = this.enclosing(p);
    return b >= 0 && v.isOp(b, "{") && v.isIdent(b - 1, "interface");
  }
  /** A func declaration or literal with a body at the `func` keyword i. */
  readFunc(i) {
    const v = this.v;
    if (i > 0 && !v.newlineBefore(i)) {
      const before = i - 1;
      if (v.isOp(before, ")") || v.isOp(before, "]")) return void 0;
      if (v.kind(before) === IDENT && !BEFORE_LITERAL.has(v.text(before))) return void 0;
    }
    let j = i + 1;
    let name;
    if (v.isOp(j, "(")) j = v.partner(j) + 1;
    if (v.kind(j) === IDENT && (v.isOp(j + 1, "(") || v.isOp(j + 1, "["))) {
      name = v.text(j++);
      if (v.isOp(j, "[")) j = v.partner(j) + 1;
      if (!v.isOp(j, "(")) return void 0;
      j = v.partner(j) + 1;
    }
    while (j < v.length && !(v.newlineBefore(j) && j > i + 1 && endsLine(v, j - 1))) {
      if ((v.isIdent(j, "struct") || v.isIdent(j, "interface")) && v.isOp(j + 1, "{")) {
        j = v.partner(j + 1) + 1;
      } else if (v.isOp(j, "{")) {
        const body = { at: i, signature: [i + 1, j], open: j, close: v.partner(j) };
        if (name !== void 0) body.name = name;
        return body;
      } else if (v.isOp(j, ",") || v.isOp(j, ")") || v.isOp(j, ";")) {
        return void 0;
      } else {
        j = v.isOpener(j) ? v.partner(j) + 1 : j + 1;
      }
    }
    return void 0;
  }
};

// src/evidence/go-packages.ts
var SETS = "k8s.io/apimachinery/pkg/util/sets";
var USUAL_PATHS = {
  fmt: "fmt",
  strings: "strings",
  errors: "errors",
  sets: SETS
};
function dirsOfImport(path) {
  if (path.startsWith("k8s.io/kubernetes/")) return [path.slice("k8s.io/kubernetes/".length)];
  if (path.startsWith("k8s.io/")) return [`staging/src/${path}`, `vendor/${path}`];
  return [`vendor/${path}`];
}
function packageNameOf(path) {
  const unversioned = path.replace(/\/v\d+$/, "");
  return unversioned.slice(unversioned.lastIndexOf("/") + 1).replace(/\.v\d+$/, "").replace(/^go-/, "").replace(/[-.]/g, "");
}
function dirOf(file) {
  const slash = file.lastIndexOf("/");
  return slash < 0 ? "." : file.slice(0, slash);
}
var GoPackages = class {
  constructor(source) {
    this.source = source;
  }
  source;
  files = /* @__PURE__ */ new Map();
  packages = /* @__PURE__ */ new Map();
  /** A file, tokenized once; a GoSyntaxError (returned, not thrown) for one that is not Go. */
  load(path) {
    let found = this.files.get(path);
    if (!found) {
      found = this.source.read(path).then((source) => {
        if (source === void 0) return void 0;
        try {
          return new GoFile(path, source);
        } catch (e) {
          if (e instanceof GoSyntaxError) return e;
          throw e;
        }
      });
      this.files.set(path, found);
    }
    return found;
  }
  /** The non-test .go files directly in a folder: one package. */
  packageFiles(dir) {
    let found = this.packages.get(dir);
    if (!found) {
      const prefix = dir === "." ? "" : `${dir}/`;
      found = this.source.list(dir).then(
        (all) => all.filter((p) => {
          const rest = p.slice(prefix.length);
          return p.startsWith(prefix) && !rest.includes("/") && rest.endsWith(".go") && !rest.endsWith("_test.go");
        })
      );
      this.packages.set(dir, found);
    }
    return found;
  }
  /** Package-level declarations of `name` in a folder, from the files that mention it. */
  async declsIn(dir, name) {
    const out = [];
    for (const path of await this.packageFiles(dir)) {
      const source = await this.source.read(path);
      if (source === void 0 || !source.includes(name)) continue;
      const f = await this.load(path);
      if (!(f instanceof GoFile)) continue;
      for (const d of f.decls.get(name) ?? []) out.push({ f, d });
    }
    return out;
  }
  /** The import path a qualifier stands for in a file, if it is one. */
  importPath(f, qualifier) {
    for (const imp of f.imports) {
      if (imp.alias === qualifier || imp.alias === void 0 && packageNameOf(imp.path) === qualifier) {
        return imp.path;
      }
    }
    return USUAL_PATHS[qualifier];
  }
};

// src/evidence/go-changes.ts
var READ_ONLY_CALLERS = new Set(
  "fmt strings errors field klog sets len cap string append".split(" ")
);
var READ_ONLY_METHODS = new Set(
  "Has HasAll HasAny Len List UnsortedList Equal IsSuperset Union Difference Intersection Clone PopAny Info InfoS Infof Error ErrorS Errorf Warning Warningf V".split(
    " "
  )
);
function changesOf(f, name, binding, use) {
  const v = f.v;
  const out = [];
  const [from, to] = binding.scope;
  const loops = loopsAround(f, use, from);
  const reaches = (j) => j < use || loops.some(([s, e]) => s < j && j < e);
  for (let j = from; j <= to; j++) {
    if (j === binding.at || j === use || v.kind(j) !== IDENT || v.text(j) !== name || v.isOp(j - 1, "."))
      continue;
    if (!reaches(j) || bindingOf(f, name, j)?.at !== binding.at) continue;
    const inner = declarationAt(f, j);
    if (inner && inner.scope[1] !== binding.scope[1]) continue;
    const change = changeAt(f, j, name);
    if (change) out.push(change);
  }
  return out;
}
function changeAt(f, j, name) {
  const v = f.v;
  if (v.isOp(j - 1, "&")) return { kind: "escape", at: j, values: [] };
  if (v.isOp(j + 1, ".") && v.kind(j + 2) === IDENT && v.isOp(j + 3, "(")) {
    const method = v.text(j + 2);
    const args = f.split(j + 4, v.partner(j + 3));
    if (method === "Insert") return { kind: "insert", at: j, values: args };
    if (method === "Delete" || method === "Clear") return { kind: "remove", at: j, values: [] };
    return void 0;
  }
  const { first, last } = identList(f, j);
  const op = v.text(last + 1);
  if ((op === "=" || op === ":=") && startsStatement(f, first)) {
    const values = f.split(last + 2, f.statementEnd(last + 2));
    const count = (last - first) / 2 + 1;
    const value = values.length === count ? values[(j - first) / 2] : void 0;
    if (!value) return { kind: "unknown-assign", at: j, values: [] };
    if (v.isIdent(value[0], "append") && v.isOp(value[0] + 1, "(") && v.partner(value[0] + 1) === value[1] - 1 && v.isIdent(value[0] + 2, name)) {
      return { kind: "insert", at: j, values: f.split(value[0] + 2, value[1] - 1).slice(1) };
    }
    return { kind: "assign", at: j, values: [value] };
  }
  if (op === "+=" && first === last && startsStatement(f, j)) {
    return { kind: "append-text", at: j, values: [[j + 2, f.statementEnd(j + 2)]] };
  }
  const call = f.enclosing(j);
  if (call >= 0 && v.isOp(call, "(") && v.kind(call - 1) === IDENT) {
    const callee = v.text(call - 1);
    const qualifier = v.isOp(call - 2, ".") ? v.text(call - 3) : callee;
    if (!READ_ONLY_CALLERS.has(qualifier) && !READ_ONLY_METHODS.has(callee)) {
      return { kind: "passed", at: j, values: [] };
    }
  }
  return void 0;
}
function loopsAround(f, i, from) {
  const out = [];
  for (let b = f.enclosingBlock(i); b > from; b = f.enclosingBlock(b)) {
    if (f.v.isIdent(headerStart(f, b), "for")) out.push([b, f.v.partner(b)]);
  }
  return out;
}

// src/evidence/go-names.ts
var PREDECLARED = /* @__PURE__ */ new Set(["nil", "true", "false", "iota"]);
var BUILTIN_FUNCS_AND_TYPES = new Set(
  "bool byte rune int int8 int16 int32 int64 uint uint8 uint16 uint32 uint64 uintptr float32 float64 complex64 complex128 error any len cap make new panic print println copy delete min max clear close".split(
    " "
  )
);
async function isStringType(packages, f, name, path) {
  if (path === void 0 && BUILTIN_FUNCS_AND_TYPES.has(name)) return false;
  const dirs = path === void 0 ? [dirOf(f.file)] : dirsOfImport(path);
  for (const dir of dirs) {
    for (const { f: g, d } of await packages.declsIn(dir, name)) {
      if (d.kind === "type" && d.type && g.text(d.type) === "string") return true;
    }
  }
  return false;
}
async function nameValues(ev, f, name, use, seen) {
  const at2 = f.place(use);
  if (PREDECLARED.has(name)) return [unknownValue(at2, name, `the predeclared ${name}`)];
  const b = bindingOf(f, name, use);
  if (b) return bound(ev, f, name, b, use, seen);
  return declared(ev, await ev.packages.declsIn(dirOf(f.file), name), name, at2, name, seen);
}
async function qualifiedValues(ev, f, path, name, use, expr, seen) {
  const at2 = f.place(use);
  for (const dir of dirsOfImport(path)) {
    if ((await ev.packages.packageFiles(dir)).length === 0) continue;
    return declared(ev, await ev.packages.declsIn(dir, name), name, at2, expr, seen);
  }
  return [unknownValue(at2, expr, `${expr}, from ${path}, which is not in the checkout`)];
}
async function declared(ev, decls, name, at2, expr, seen) {
  if (decls.length === 0)
    return [unknownValue(at2, expr, `${expr}, which is not declared in the package`)];
  const out = [];
  for (const { f, d } of decls) {
    const key = `${f.file}#${d.at}`;
    const where2 = f.place(d.at);
    if (seen.has(key)) out.push(unknownValue(where2, expr, `${expr}, defined in terms of itself`));
    else if (d.kind === "type" || d.kind === "func")
      out.push(unknownValue(at2, expr, `the ${d.kind} ${name}`));
    else if (!d.value)
      out.push(unknownValue(where2, expr, `${expr}, a ${d.kind} without a value of its own`));
    else {
      out.push(...await ev.eval(f, d.value, new Set(seen).add(key)));
      if (d.kind === "var") out.push(...packageVarChanges(f, d, expr));
    }
  }
  return out;
}
function packageVarChanges(f, d, expr) {
  const v = f.v;
  for (let j = 0; j < v.length; j++) {
    if (j === d.at || !v.isIdent(j, d.name) || v.isOp(j - 1, ".") || v.depth(j) === 0) continue;
    const op = v.text(j + 1);
    if (v.isOp(j - 1, "&") || (op === "=" || op === "+=") && !bindingOf(f, d.name, j)) {
      return [
        unknownValue(
          f.place(j),
          expr,
          `${expr}, a package variable changed at ${f.file}:${f.line(j)}`
        )
      ];
    }
  }
  return [];
}
async function bound(ev, f, name, b, use, seen) {
  const at2 = f.place(use);
  const key = `${f.file}#${b.at}`;
  if (seen.has(key)) return [unknownValue(at2, name, `${name}, defined in terms of itself`)];
  const inner = new Set(seen).add(key);
  if (b.kind === "param") return [unknownValue(at2, name, `a parameter of ${b.func}`)];
  if (b.kind === "range") {
    if (b.key) return [unknownValue(at2, name, "a loop index")];
    const out = [];
    for (const over of await ev.eval(f, b.over, inner)) {
      if (over.kind === "list" && b.single && over.shape === "slice") {
        out.push(unknownValue(at2, name, "a loop index"));
      } else if (over.kind === "list")
        out.push(
          ...over.items,
          ...over.unknown.map((u) => ({ kind: "unknown", unknown: u }))
        );
      else out.push(over.kind === "unknown" ? over : unknownValue(at2, name, "a loop over a string"));
    }
    return out;
  }
  let values = b.value ? await ev.eval(f, b.value, inner) : b.multi ? [unknownValue(f.place(b.at), name, "one of several results of a call")] : b.type && f.text(b.type) === "string" ? [known("", f.place(b.at))] : [unknownValue(f.place(b.at), name, "a zero value")];
  const block = f.enclosingBlock(b.at);
  for (const c of changesOf(f, name, b, use)) {
    const where2 = f.place(c.at);
    if (c.kind === "assign") values.push(...await ev.eval(f, c.values[0], inner));
    else if (c.kind === "unknown-assign")
      values.push(unknownValue(where2, name, "one of several results of a call"));
    else if (c.kind === "append-text")
      values = [...values, ...concat([values, await ev.eval(f, c.values[0], inner)], where2, name)];
    else if (c.kind === "insert") {
      const when = conditionsAt(f, c.at, block, b.at);
      const added = await ev.list(f, c.values, "slice", where2, name, inner);
      values = values.map((value) => {
        if (value.kind !== "list") return value;
        const items = added.flatMap((a) => a.kind === "list" ? a.items : []);
        const unknown = added.flatMap(
          (a) => a.kind === "list" ? a.unknown : a.kind === "unknown" ? [a.unknown] : []
        );
        return {
          ...value,
          items: [...value.items, ...items.map((i) => ({ ...i, when: [...i.when, ...when] }))],
          unknown: [...value.unknown, ...unknown]
        };
      });
    } else {
      const why = c.kind === "remove" ? "items removed" : "a value that may be changed elsewhere";
      const u = { at: where2, expr: name, why: `${why} at ${f.file}:${where2.line}` };
      values = values.map(
        (value) => value.kind === "list" ? { ...value, unknown: [...value.unknown, u] } : value
      );
      if (c.kind === "escape") values.push({ kind: "unknown", unknown: u });
    }
  }
  return values;
}

// src/evidence/go-values.ts
var GoValueReader = class {
  packages;
  memo = /* @__PURE__ */ new Map();
  constructor(source) {
    this.packages = new GoPackages(source);
  }
  /** A Go file read and tokenized once; undefined if absent. Throws GoSyntaxError if broken. */
  async file(path) {
    const f = await this.packages.load(path);
    if (f instanceof GoSyntaxError) throw f;
    return f;
  }
  /** The values the expression in `range` of `f` can have. */
  values(f, range) {
    const key = `${f.file}#${range[0]}-${range[1]}`;
    let found = this.memo.get(key);
    if (!found) {
      found = this.eval(f, range, /* @__PURE__ */ new Set());
      this.memo.set(key, found);
    }
    return found;
  }
  /** fmt.Sprintf's result for a format and its arguments (klog's …f calls format the same way). */
  async formatted(f, format, args) {
    const at2 = f.place(format[0]);
    if (args.length === 0) {
      const texts = await this.values(f, format);
      if (texts.every((t) => t.kind !== "string" || !t.text.includes("%"))) return texts;
    }
    const values = await Promise.all(args.map((a) => this.values(f, a)));
    return sprintf(
      await this.values(f, format),
      values,
      at2,
      f.text([format[0], args[args.length - 1]?.[1] ?? format[1]])
    );
  }
  /** fmt.Sprint's result: the operands one after the other (klog's Info(args…) prints this way). */
  async concatenated(f, args) {
    const first = args[0];
    if (!first) return [];
    if (args.length === 1) return this.values(f, first);
    const values = await Promise.all(args.map((a) => this.values(f, a)));
    return concat(values, f.place(first[0]), f.text([first[0], args[args.length - 1][1]]));
  }
  /** The expressions assigned to the local name at token `use` (its declaration's and later ones). */
  assigned(f, use) {
    const name = f.v.text(use);
    const b = bindingOf(f, name, use);
    if (b?.kind !== "local") return [];
    const out = b.value ? [b.value] : [];
    for (const c of changesOf(f, name, b, use)) if (c.kind === "assign") out.push(...c.values);
    return out;
  }
  /** The values of an expression, `seen` holding the declarations on the way (cycles). */
  async eval(f, range, seen) {
    const [s, e] = range;
    const at2 = f.place(s);
    const expr = f.text(range);
    if (s >= e) return [unknownValue(at2, expr, "an empty expression")];
    const parts = f.split(s, e, "+");
    if (parts.length > 1 && !f.v.isOp(s, "+")) {
      const values = await Promise.all(parts.map((p) => this.eval(f, p, seen)));
      return concat(values, at2, expr);
    }
    return this.operand(f, range, seen);
  }
  async operand(f, [s, e], seen) {
    const v = f.v;
    const at2 = f.place(s);
    const expr = f.text([s, e]);
    if (e === s + 1 && (v.kind(s) === STRING || v.kind(s) === NUMBER)) return [known(v.text(s), at2)];
    if (v.isOp(s, "(") && v.partner(s) === e - 1) return this.eval(f, [s + 1, e - 1], seen);
    if (v.isOp(s, "[") && v.isOp(s + 1, "]") && v.isOp(e - 1, "}") && v.partner(e - 1) > s + 1) {
      const open = v.partner(e - 1);
      return this.list(f, f.split(open + 1, e - 1), "slice", at2, expr, seen);
    }
    if (v.kind(s) !== IDENT)
      return [unknownValue(at2, expr, "an expression the reader does not evaluate")];
    const ops = [];
    for (let p = s + 1; p < e; ) {
      if (v.isOp(p, ".") && v.kind(p + 1) === IDENT) {
        ops.push({ sel: v.text(p + 1) });
        p += 2;
      } else if (v.isOp(p, "(")) {
        ops.push({ call: [p, v.partner(p)], args: f.split(p + 1, v.partner(p)) });
        p = v.partner(p) + 1;
      } else if (v.isOp(p, "[")) {
        ops.push({ index: [p, v.partner(p)] });
        p = v.partner(p) + 1;
      } else {
        return [unknownValue(at2, expr, "an expression the reader does not evaluate")];
      }
    }
    return this.chain(f, s, ops, at2, expr, seen);
  }
  async chain(f, s, ops, at2, expr, seen) {
    const name = f.v.text(s);
    const first = ops[0];
    if (!first) return nameValues(this, f, name, s, seen);
    const local2 = bindingOf(f, name, s);
    if (!local2 && "call" in first && ops.length === 1) {
      if (name === "string")
        return first.args.length === 1 ? this.eval(f, first.args[0], seen) : [];
      if (name === "append") return this.append(f, first.args, at2, expr, seen);
      if (await isStringType(this.packages, f, name, void 0))
        return this.eval(f, first.args[0], seen);
    }
    const path = !local2 && !f.decls.has(name) ? this.packages.importPath(f, name) : void 0;
    if (path !== void 0 && "sel" in first) {
      let rest = ops.slice(1);
      if (rest.length === 0) return qualifiedValues(this, f, path, first.sel, s, expr, seen);
      if ("index" in rest[0] && rest[1] && "call" in rest[1]) rest = rest.slice(1);
      const call = rest[0];
      if (!("call" in call))
        return [unknownValue(at2, expr, "a field or element of a package value")];
      const values = await this.callFunction(f, path, first.sel, call.args, at2, expr, seen);
      return this.methods(values, rest.slice(1), at2, expr);
    }
    if ("sel" in first && ops[1] && "call" in ops[1]) {
      return this.methods(await nameValues(this, f, name, s, seen), ops, at2, expr);
    }
    const why = "call" in first ? `the result of a call to ${name}` : "sel" in first ? `a field of ${name}` : `an element of ${name}`;
    return [unknownValue(at2, expr, why)];
  }
  /** `.List()` and `.UnsortedList()` of a set; anything else on a value is unknown. */
  methods(values, ops, at2, expr) {
    let out = values;
    for (let k = 0; k < ops.length; k += 2) {
      const sel = ops[k];
      const call = ops[k + 1];
      if (!sel || !("sel" in sel) || !call || !("call" in call)) {
        return [unknownValue(at2, expr, "an expression the reader does not evaluate")];
      }
      out = out.map((value) => {
        if (value.kind === "unknown") return value;
        if (value.kind === "list" && sel.sel === "List") return sorted(value);
        if (value.kind === "list" && sel.sel === "UnsortedList") return { ...value, shape: "slice" };
        return unknownValue(at2, expr, `the result of ${sel.sel}()`);
      });
    }
    return out;
  }
  async callFunction(f, path, name, args, at2, expr, seen) {
    const arg = (k) => args[k] ? this.eval(f, args[k], seen) : Promise.resolve([unknownValue(at2, expr, "a missing argument")]);
    switch (`${path}.${name}`) {
      case "fmt.Sprintf":
      case "fmt.Errorf":
        return sprintf(
          await arg(0),
          await Promise.all(args.slice(1).map((a) => this.eval(f, a, seen))),
          at2,
          expr
        );
      case "fmt.Sprint":
        return concat(await Promise.all(args.map((a) => this.eval(f, a, seen))), at2, expr);
      case "errors.New":
        return arg(0);
      case "strings.Join":
        return join(await arg(0), await arg(1), at2, expr);
      case `${SETS}.New`:
      case `${SETS}.NewString`:
        return this.list(f, args, "set", at2, expr, seen);
      case `${SETS}.List`:
        return (await arg(0)).map((value) => value.kind === "list" ? sorted(value) : value);
    }
    if (args.length === 1 && await isStringType(this.packages, f, name, path)) return arg(0);
    return [unknownValue(at2, expr, `the result of a call to ${packageNameOf(path)}.${name}`)];
  }
  /** `[]string{…}`, `sets.New[string](…)`: one list per combination of element values. */
  async list(f, elements, shape, at2, expr, seen) {
    let lists = [{ kind: "list", shape, items: [], from: at2, unknown: [] }];
    for (const element of elements) {
      const spread = f.v.isOp(element[1] - 1, "...");
      const values = await this.eval(f, spread ? [element[0], element[1] - 1] : element, seen);
      const next = [];
      for (const list of lists) {
        for (const value of values) {
          const copy = { ...list, items: [...list.items], unknown: [...list.unknown] };
          if (value.kind === "unknown") copy.unknown.push(value.unknown);
          else if (value.kind === "list") {
            if (spread) copy.items.push(...value.items);
            else copy.unknown.push({ at: at2, expr, why: "a list inside a list" });
            copy.unknown.push(...value.unknown);
          } else copy.items.push(value);
          next.push(copy);
        }
      }
      if (next.length > MAX_ALTERNATIVES)
        return [unknownValue(at2, expr, `more than ${MAX_ALTERNATIVES} possible values`)];
      lists = next;
    }
    return lists;
  }
  async append(f, args, at2, expr, seen) {
    const [base, ...items] = args;
    if (!base) return [unknownValue(at2, expr, "append of nothing")];
    const added = await this.list(f, items, "slice", at2, expr, seen);
    const out = [];
    for (const b of await this.eval(f, base, seen)) {
      for (const a of added) {
        if (b.kind !== "list" || a.kind !== "list") out.push(b.kind === "list" ? a : b);
        else
          out.push({ ...b, items: [...b.items, ...a.items], unknown: [...b.unknown, ...a.unknown] });
      }
    }
    return out;
  }
};
function sorted(list) {
  const items = [...list.items].sort(
    (a, b) => a.text < b.text ? -1 : a.text > b.text ? 1 : 0
  );
  return { ...list, shape: "slice", items };
}

// src/gates/spec-agreement.ts
function describeSpec(spec) {
  const version = spec.version ? `Version ${spec.version}, ` : "";
  return `{${version}Default: ${spec.default}, PreRelease: ${spec.preRelease}, LockToDefault: ${spec.lockToDefault}}`;
}
function specDisagreements(go, list, gate, target) {
  if (!list.entry) return [{ file: list.file, note: `${gate} is missing from the generated list` }];
  const key = (s) => `${s.version}|${s.default}|${s.lockToDefault}|${s.preRelease}`;
  if (go.entry.layout === "unversioned") {
    const listed = effectiveSpec(list.entry.specs, target);
    const goSpec = go.entry.specs[0];
    if (!listed || !goSpec || key({ ...listed, version: void 0 }) !== key(goSpec)) {
      return [
        {
          file: list.file,
          line: listed?.line ?? list.entry.line,
          note: `list says ${listed ? describeSpec(listed) : "nothing"}, Go says ${goSpec ? describeSpec(goSpec) : "nothing"}`
        }
      ];
    }
    return [];
  }
  const goKeys = new Set(go.entry.specs.map(key));
  const listKeys = new Set(list.entry.specs.map(key));
  const out = [];
  for (const s of list.entry.specs) {
    if (!goKeys.has(key(s)))
      out.push({
        file: list.file,
        line: s.line,
        note: `list has ${describeSpec(s)}, which the Go spec list does not`
      });
  }
  for (const s of go.entry.specs) {
    if (!listKeys.has(key(s)))
      out.push({
        file: go.file,
        line: s.line,
        note: `Go has ${describeSpec(s)}, which the generated list does not`
      });
  }
  return out;
}

// src/criteria/kubernetes-facts.ts
function goFacts(ctx, file) {
  return ctx.memo(`go:${file}`, async () => {
    const source = await ctx.repo.read(file);
    return source === void 0 ? void 0 : readGoFacts(file, source);
  });
}
function goValues(ctx) {
  return ctx.memo("go-values", async () => {
    const { repo } = ctx;
    return new GoValueReader({ read: (path) => repo.read(path), list: (dir) => repo.list(dir) });
  });
}
var UNREADABLE_MESSAGES = {
  unreadable: "could not read {what} statically: it is built at {place} ({why}); check it by hand"
};
function unreadable2(ctx, u, what = "the message") {
  return ctx.say("unreadable", { what, place: `${u.at.file}:${u.at.line}`, why: u.why });
}
function gateFacts(ctx) {
  return ctx.memo("gate", async () => {
    const { gate, kubernetes } = ctx.policy;
    const facts = {};
    let constName = gate;
    for (const byValue of [true, false]) {
      for (const file of kubernetes.featureFiles) {
        const go = await goFacts(ctx, file);
        const decl = go?.featureConsts.find((c) => (byValue ? c.value : c.name) === gate);
        if (!decl || facts.declaration) continue;
        facts.declaration = {
          file,
          line: decl.line,
          note: `${decl.name} featuregate.Feature = "${decl.value}"`
        };
        if (decl.value !== gate) facts.misnamed = decl.value;
        constName = decl.name;
      }
    }
    for (const file of kubernetes.featureFiles) {
      const go = await goFacts(ctx, file);
      const entries = go?.specMaps.filter((s) => s.name === constName || s.name === gate) ?? [];
      const entry = entries[0];
      if (!entry || facts.specs) continue;
      const same = entries.filter((e) => e.layout === entry.layout);
      facts.specs = {
        file,
        entry,
        ...same.length > 1 ? { duplicates: same.map((e) => ({ file, line: e.line, note: `${e.name}: {\u2026}` })) } : {}
      };
    }
    for (const file of kubernetes.featureLists) {
      const list = await featureList(ctx, file);
      if (!list) continue;
      const twice = list.duplicates.get(gate);
      if (twice) {
        facts.list = {
          file,
          duplicates: twice.map((line) => ({ file, line, note: `- name: ${gate}` }))
        };
        break;
      }
      const entry = entryIn(list, gate);
      if (entry) {
        facts.list = { file, entry };
        break;
      }
      facts.list ??= { file };
    }
    return facts;
  });
}
function featureList(ctx, file) {
  return ctx.memo(`feature-list:${file}`, async () => {
    const text = await ctx.repo.read(file);
    return text === void 0 ? void 0 : readFeatureList(file, text, ctx.policy.gate);
  });
}
function effectiveAtTarget(ctx, facts) {
  return facts.specs ? effectiveSpec(facts.specs.entry.specs, ctx.target) : void 0;
}
function gateUses(ctx) {
  return ctx.memo("gate-uses", async () => {
    const { gate, kubernetes } = ctx.policy;
    const hits = await ctx.repo.grep({
      patterns: [gate],
      include: ["**/*.go"],
      exclude: kubernetes.excludeGo
    });
    const uses = [];
    for (const file of filesOf(hits)) {
      const go = await goFacts(ctx, file);
      for (const s of go?.selectors ?? []) {
        if (s.name === gate) uses.push({ file, line: s.line, note: `${s.qualifier}.${s.name}` });
      }
    }
    return uses;
  });
}
function ipvsImports(ctx) {
  return ctx.memo("ipvs-imports", async () => {
    const { ipvsImport } = ctx.policy.kubernetes;
    const hits = await ctx.repo.grep({
      patterns: [`"${ipvsImport}`],
      include: ["**/*.go"],
      exclude: ["vendor/**"]
    });
    const found = [];
    for (const file of filesOf(hits)) {
      const go = await goFacts(ctx, file);
      for (const imp of go?.imports ?? []) {
        if (imp.path === ipvsImport || imp.path.startsWith(`${ipvsImport}/`)) {
          found.push({ file, line: imp.line, note: `imports "${imp.path}"` });
        }
      }
    }
    return found;
  });
}

// src/criteria/flags.ts
var DEPRECATION_WORDS = ["deprecated", "no effect", "ignored", "no-op", "removed"];
var MARKS = /* @__PURE__ */ new Set(["MarkDeprecated", "MarkHidden", "MarkShorthandDeprecated"]);
var PREDECLARED2 = /* @__PURE__ */ new Set(["nil", "true", "false"]);
async function flagStates(reader2, f, names) {
  const v = f.v;
  const marked = /* @__PURE__ */ new Map();
  const registered = /* @__PURE__ */ new Map();
  const warned = /* @__PURE__ */ new Map();
  const unread = [];
  for (const call of f.calls()) {
    const method = call.chain[call.chain.length - 1] ?? "";
    const line = f.line(call.start);
    if (method === "MarkDeprecated" && call.args[0]) {
      for (const value of await reader2.values(f, call.args[0])) {
        if (value.kind === "string" && value.unknown.length === 0) {
          if (!marked.has(value.text)) marked.set(value.text, line);
        } else unread.push(...unknownsOf(value));
      }
      continue;
    }
    if (MARKS.has(method)) continue;
    let literal2;
    let name = "";
    for (const arg of call.args) {
      if (arg[1] !== arg[0] + 1) continue;
      if (v.kind(arg[0]) === STRING && names.includes(v.text(arg[0]))) {
        ;
        [literal2, name] = [arg, v.text(arg[0])];
      } else if (v.kind(arg[0]) === IDENT && !PREDECLARED2.has(v.text(arg[0]))) {
        const value = (await reader2.values(f, arg)).find(
          (x) => x.kind === "string" && x.unknown.length === 0 && names.includes(x.text)
        );
        if (value?.kind === "string") [literal2, name] = [arg, value.text];
      }
      if (literal2) break;
    }
    if (!literal2) continue;
    if (!registered.has(name)) registered.set(name, line);
    for (let j = call.open + 1; j < call.close; j++) {
      if (j === literal2[0] || v.kind(j) !== STRING) continue;
      if (DEPRECATION_WORDS.some((w) => v.text(j).toLowerCase().includes(w))) warned.set(name, line);
    }
  }
  const states = names.map((name) => ({
    name,
    registered: registered.get(name),
    deprecated: marked.get(name) ?? warned.get(name)
  }));
  return { states, unread };
}
var ipvsFlagsNoop = defineCriterion({
  id: "ipvs-flags-noop",
  meta: {
    repo: "kubernetes",
    stage: "4",
    checks: 'Stage 4: the --ipvs-* flags and KubeProxyIPVSConfiguration stay as no-ops with warnings, so a forgotten flag does not break kube-proxy (the KEP says "probably", hence a warning).'
  },
  messages: {
    ...UNREADABLE_MESSAGES,
    noFile: "{file} does not exist, so the --ipvs-* flags are gone",
    unregistered: "no longer registered: {flags}",
    unmarked: "not marked deprecated or warned: {flags}",
    noConfigType: "{type} is no longer declared in {files}, so old configs stop parsing",
    kept: "all {count} --ipvs-* flags are still registered and marked deprecated; {type} still parses"
  },
  async check(ctx) {
    const { file, names, configType, configTypeFiles } = ctx.policy.kubernetes.flags;
    const reader2 = await goValues(ctx);
    const f = await reader2.file(file);
    if (!f) return fail(ctx.say("noFile", { file }), [{ file }]);
    const { states, unread } = await flagStates(reader2, f, names);
    const problems = [];
    const evidence = [];
    const missing = states.filter((s) => s.registered === void 0);
    const unmarked = states.filter((s) => s.registered !== void 0 && s.deprecated === void 0);
    const flags2 = (list) => list.map((s) => `--${s.name}`).join(", ");
    if (missing.length) problems.push(ctx.say("unregistered", { flags: flags2(missing) }));
    for (const s of unmarked)
      evidence.push({ file, line: s.registered, note: `--${s.name} is not marked deprecated` });
    if (unmarked.length) problems.push(ctx.say("unmarked", { flags: flags2(unmarked) }));
    let typeFound;
    for (const typeFile of configTypeFiles) {
      const decl = (await goFacts(ctx, typeFile))?.types.find(
        (t) => t.struct && t.name === configType
      );
      if (decl) {
        typeFound = { file: typeFile, line: decl.line };
        break;
      }
    }
    if (!typeFound)
      problems.push(
        ctx.say("noConfigType", { type: configType, files: configTypeFiles.join(" or ") })
      );
    if (unmarked.length > 0 && unread[0] && problems.length === 1) {
      return warn(unreadable2(ctx, unread[0], "a flag name passed to MarkDeprecated"), evidence);
    }
    if (problems.length > 0)
      return fail(problems.join("; "), evidence.length ? evidence : [{ file }]);
    return pass(ctx.say("kept", { count: names.length, type: configType }), [
      ...states.map((s) => ({ file, line: s.deprecated, note: `--${s.name}` })),
      typeFound
    ]);
  }
});

// src/criteria/words.ts
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function summarise(places, max = 3) {
  const shown = places.slice(0, max).map((p) => `${p.file}${p.line ? `:${p.line}` : ""}`);
  return places.length > max ? `${shown.join(", ")} and ${places.length - max} more` : shown.join(", ");
}

// src/criteria/gate.ts
function specEvidence(facts, spec) {
  const file = facts.specs.file;
  return {
    file,
    line: spec?.line ?? facts.specs.entry.line,
    note: spec ? describeSpec(spec) : void 0
  };
}
function listDisagreements(ctx, facts) {
  if (!facts.list || !facts.specs) return [];
  return specDisagreements(facts.specs, facts.list, ctx.policy.gate, ctx.target);
}
var DUPLICATED_MESSAGES = {
  twiceInMap: "{name} has {count} entries in the spec map ({places}): Go refuses a map literal with a key twice; keep one"
};
var gateDeclared = defineCriterion({
  id: "gate-declared",
  meta: {
    repo: "kubernetes",
    stage: "2",
    checks: "Stage 2: a {gate} feature gate exists, and the generated feature list agrees with the Go."
  },
  messages: {
    ...DUPLICATED_MESSAGES,
    undeclared: "{gate} is not declared as a featuregate.Feature in {files}",
    misnamed: '{declaration} names the gate "{value}", not "{gate}": users enable a gate by its value, so the value must be "{gate}"',
    noSpecs: "{gate} is declared but has no spec list in the feature gate map",
    twiceInList: "{list} lists {gate} {count} times ({places}): regenerate the list (hack/update-featuregates.sh)",
    listDisagrees: "{list} disagrees with {specs} about {gate}: regenerate the list (hack/update-featuregates.sh) or fix the Go",
    declared: "{gate} is declared with {count} spec entries",
    declaredAndListed: "{gate} is declared with {count} spec entries, and the generated list agrees"
  },
  async check(ctx) {
    const facts = await gateFacts(ctx);
    const { gate, kubernetes } = ctx.policy;
    if (!facts.declaration) {
      const files = kubernetes.featureFiles.join(" or ");
      return fail(ctx.say("undeclared", { gate, files }), [{ file: kubernetes.featureFiles[0] }]);
    }
    if (facts.misnamed !== void 0) {
      const data = { declaration: facts.declaration.note, value: facts.misnamed, gate };
      return fail(ctx.say("misnamed", data), [facts.declaration]);
    }
    if (!facts.specs) return fail(ctx.say("noSpecs", { gate }), [facts.declaration]);
    const twice = duplicated(ctx, facts);
    if (twice) return twice;
    if (facts.list?.duplicates) {
      const { file, duplicates } = facts.list;
      const data = { list: file, gate, count: duplicates.length, places: summarise(duplicates) };
      return fail(ctx.say("twiceInList", data), duplicates);
    }
    const disagreements = listDisagreements(ctx, facts);
    if (disagreements.length > 0) {
      const data = { list: facts.list.file, specs: facts.specs.file, gate };
      return fail(ctx.say("listDisagrees", data), disagreements);
    }
    const listed = facts.list?.entry ? [{ file: facts.list.file, line: facts.list.entry.line }] : [];
    const count = facts.specs.entry.specs.length;
    return pass(ctx.say(listed.length ? "declaredAndListed" : "declared", { gate, count }), [
      facts.declaration,
      specEvidence(facts),
      ...listed
    ]);
  }
});
function duplicated(ctx, facts) {
  const twice = facts.specs?.duplicates;
  if (!twice) return void 0;
  const data = { name: facts.specs.entry.name, count: twice.length, places: summarise(twice) };
  return fail(ctx.say("twiceInMap", data), twice);
}
function expectationAt(ctx) {
  return ctx.policy.kubernetes.gateSpec.find(
    (e) => isAtLeast(ctx.target, ctx.stageVersion(e.from)) && isBefore(ctx.target, ctx.stageVersion(e.until))
  );
}
var gateSpec = defineCriterion({
  id: "gate-spec",
  meta: {
    repo: "kubernetes",
    stage: "2",
    checks: `Stages 2-4: the effective spec at the target (the entry with the greatest Version at or before it) is {gateSchedule}. The KEP's stage 4 says "LockToDefault: false", a slip: stage 2 and the gate lifecycle (lock before removal) say true, and so does this policy.`
  },
  messages: {
    ...DUPLICATED_MESSAGES,
    noExpectation: "the policy expects no particular spec at this release",
    noSpecs: "{gate} has no spec list, so it has no spec at {target}",
    noEntry: "no entry of {gate}'s spec list applies at {target}",
    defaultWrong: "Default should be {expected}",
    lockWrong: "LockToDefault should be {expected}",
    lockWrongSlip: "LockToDefault should be {expected} (the KEP's stage 4 says false, a slip: stage 2 and the gate lifecycle lock it before removal)",
    preReleaseWrong: "PreRelease should be {expected}",
    wrong: "at {target} {gate}'s effective spec is {spec}: {wrong}",
    scheduled: "at {target} {gate}'s effective spec is {spec}, as scheduled"
  },
  async check(ctx) {
    const expected = expectationAt(ctx);
    if (!expected) return { skipped: ctx.say("noExpectation") };
    const facts = await gateFacts(ctx);
    const data = { gate: ctx.policy.gate, target: formatMinor(ctx.target) };
    if (!facts.specs) {
      return fail(ctx.say("noSpecs", data), [
        facts.declaration ?? { file: ctx.policy.kubernetes.featureFiles[0] }
      ]);
    }
    const twice = duplicated(ctx, facts);
    if (twice) return twice;
    const spec = effectiveAtTarget(ctx, facts);
    if (!spec) return fail(ctx.say("noEntry", data), [specEvidence(facts)]);
    const wrong = [];
    if (spec.default !== expected.default)
      wrong.push(ctx.say("defaultWrong", { expected: String(expected.default) }));
    if (spec.lockToDefault !== expected.lockToDefault) {
      const which = expected.lockToDefault ? "lockWrongSlip" : "lockWrong";
      wrong.push(ctx.say(which, { expected: String(expected.lockToDefault) }));
    }
    if (!expected.preRelease.includes(spec.preRelease))
      wrong.push(ctx.say("preReleaseWrong", { expected: expected.preRelease.join(" or ") }));
    const where2 = specEvidence(facts, spec);
    const found = { ...data, spec: describeSpec(spec) };
    if (wrong.length > 0)
      return fail(ctx.say("wrong", { ...found, wrong: wrong.join(", ") }), [where2]);
    return pass(ctx.say("scheduled", found), [where2]);
  }
});
var gateRemoved = defineCriterion({
  id: "gate-removed",
  meta: {
    repo: "kubernetes",
    stage: "cleanup",
    checks: "Cleanup: the {gate} feature gate is removed (declaration, spec list, generated list, uses)."
  },
  messages: {
    stillThere: "{gate} is still in the tree in {count} place(s): {places}",
    gone: "{gate} is gone: no declaration, spec, list entry or use in product code"
  },
  async check(ctx) {
    const facts = await gateFacts(ctx);
    const leftovers = [];
    if (facts.declaration) leftovers.push({ ...facts.declaration, note: "declaration" });
    if (facts.specs) leftovers.push({ ...specEvidence(facts), note: "spec list" });
    if (facts.list?.entry)
      leftovers.push({
        file: facts.list.file,
        line: facts.list.entry.line,
        note: "generated list entry"
      });
    leftovers.push(...await gateUses(ctx));
    const { gate } = ctx.policy;
    if (leftovers.length > 0) {
      const data = { gate, count: leftovers.length, places: summarise(leftovers) };
      return fail(ctx.say("stillThere", data), leftovers);
    }
    return pass(ctx.say("gone", { gate }));
  }
});

// src/criteria/guards.ts
var noEarlyDefaultOff = defineCriterion({
  id: "no-early-default-off",
  meta: {
    repo: "kubernetes",
    stage: "3",
    checks: "Schedule guard: {gate} must keep Default: true before the stage 3 release ({release.3})."
  },
  messages: {
    noSpec: "{gate} has no spec at this release, so it cannot be off early",
    offEarly: "{gate} defaults to false at {target}, before {stage3}: users were promised ipvs until then",
    stillOn: "{gate} still defaults to true at {target}"
  },
  async check(ctx) {
    const facts = await gateFacts(ctx);
    const spec = effectiveAtTarget(ctx, facts);
    const data = { gate: ctx.policy.gate, target: formatMinor(ctx.target) };
    if (!spec) return pass(ctx.say("noSpec", data));
    const where2 = { file: facts.specs.file, line: spec.line, note: describeSpec(spec) };
    if (!spec.default) {
      const stage3 = formatMinor(ctx.stageVersion("3"));
      return fail(ctx.say("offEarly", { ...data, stage3 }), [where2]);
    }
    return pass(ctx.say("stillOn", data), [where2]);
  }
});
var noEarlyLock = defineCriterion({
  id: "no-early-lock",
  meta: {
    repo: "kubernetes",
    stage: "4",
    checks: "Schedule guard: {gate} must not be locked before the stage 4 release ({release.4})."
  },
  messages: {
    noSpec: "{gate} has no spec at this release, so it cannot be locked early",
    lockedEarly: "{gate} is locked (LockToDefault: true) at {target}, before {stage4}: users can no longer turn ipvs back on",
    unlocked: "{gate} is not locked at {target}"
  },
  async check(ctx) {
    const facts = await gateFacts(ctx);
    const spec = effectiveAtTarget(ctx, facts);
    const data = { gate: ctx.policy.gate, target: formatMinor(ctx.target) };
    if (!spec) return pass(ctx.say("noSpec", data));
    const where2 = { file: facts.specs.file, line: spec.line, note: describeSpec(spec) };
    if (spec.lockToDefault) {
      const stage4 = formatMinor(ctx.stageVersion("4"));
      return fail(ctx.say("lockedEarly", { ...data, stage4 }), [where2]);
    }
    return pass(ctx.say("unlocked", data), [where2]);
  }
});
var noEarlyRemoval = defineCriterion({
  id: "no-early-removal",
  meta: {
    repo: "kubernetes",
    stage: "4",
    checks: "Schedule guard: {ipvsPackage} stays until the stage 4 release ({release.4}), and the gate stays from stage 2 ({release.2}) until cleanup ({release.cleanup})."
  },
  messages: {
    packageGone: "{package}/ is gone before {stage4}",
    gateGone: "{gate} is gone before {cleanup}",
    removedEarly: "removed too early at {target}: {problems}",
    kept: "nothing scheduled for later removal is gone at {target}"
  },
  async check(ctx) {
    const { gate, kubernetes } = ctx.policy;
    const problems = [];
    const evidence = [];
    if (isBefore(ctx.target, ctx.stageVersion("4"))) {
      const files = await ctx.repo.list(kubernetes.ipvsPackage);
      if (files.length === 0) {
        const stage4 = formatMinor(ctx.stageVersion("4"));
        problems.push(ctx.say("packageGone", { package: kubernetes.ipvsPackage, stage4 }));
        evidence.push({ file: `${kubernetes.ipvsPackage}/`, note: "no files" });
      }
    }
    if (isAtLeast(ctx.target, ctx.stageVersion("2")) && isBefore(ctx.target, ctx.stageVersion("cleanup"))) {
      const facts = await gateFacts(ctx);
      if (!facts.declaration && !facts.specs) {
        const cleanup = formatMinor(ctx.stageVersion("cleanup"));
        problems.push(ctx.say("gateGone", { gate, cleanup }));
        evidence.push({ file: kubernetes.featureFiles[0], note: `no ${gate}` });
      }
    }
    const target = formatMinor(ctx.target);
    if (problems.length > 0)
      return fail(ctx.say("removedEarly", { target, problems: problems.join("; ") }), evidence);
    return pass(ctx.say("kept", { target }));
  }
});

// src/criteria/mode-rejection.ts
var MESSAGE_AT = {
  "field.Invalid": 2,
  "field.Forbidden": 1,
  "field.Required": 1,
  "field.NotSupported": "supported",
  "fmt.Errorf": "format",
  "errors.New": 0
};
async function messageOf(reader2, f, call) {
  const at2 = MESSAGE_AT[call.name];
  const args = call.args;
  if (at2 === "format") return args[0] ? reader2.formatted(f, args[0], args.slice(1)) : [];
  if (at2 === "supported") {
    const lists = args[2] ? await reader2.values(f, args[2]) : [];
    const place3 = { file: f.file, line: f.line(call.start) };
    return lists.map((l) => {
      if (l.kind !== "list") return l;
      const items = l.items.filter((i) => i.when.length === 0).map((i) => JSON.stringify(i.text));
      return known(`supported values: ${items.join(", ")}`, place3);
    });
  }
  if (typeof at2 === "number") return args[at2] ? reader2.values(f, args[at2]) : [];
  return reader2.concatenated(f, args);
}
async function rejectionsIn(reader2, f, range, errorCalls) {
  const v = f.v;
  const errors = f.calls().filter((call) => errorCalls.includes(call.name));
  const inRange = (call, r) => call.open > r[0] && call.open < r[1];
  const out = [];
  const add = async (at2, call) => {
    out.push({ at: at2, line: f.line(call.start), message: await messageOf(reader2, f, call) });
  };
  for (const call of errors) if (inRange(call, range)) await add(call.open, call);
  for (let j = range[0]; j < range[1]; j++) {
    if (!v.isIdent(j, "return")) continue;
    for (const [s, e] of f.split(j + 1, f.statementEnd(j + 1))) {
      if (e !== s + 1 || v.kind(s) !== IDENT) continue;
      for (const r of reader2.assigned(f, s)) {
        for (const call of errors) if (inRange(call, [r[0] - 1, r[1]])) await add(j, call);
      }
    }
  }
  return out;
}
async function isMode(reader2, f, range, words) {
  for (let j = range[0]; j < range[1]; j++) {
    if (f.v.kind(j) === IDENT && words.includes(f.v.text(j))) return true;
  }
  const lower = words.map((w) => w.toLowerCase());
  return (await reader2.values(f, range)).some(
    (value) => value.kind === "string" && lower.includes(value.text.toLowerCase())
  );
}
async function comparesWithMode(reader2, f, range, words) {
  for (const conjunct of f.split(range[0], range[1], "&&")) {
    const sides = f.split(conjunct[0], conjunct[1], "==");
    if (sides.length !== 2) continue;
    for (const side of sides) if (await isMode(reader2, f, side, words)) return true;
  }
  return false;
}
async function underModeCheck(reader2, f, i, body, words) {
  const v = f.v;
  for (let b = f.enclosingBlock(i); b > body.open; b = f.enclosingBlock(b)) {
    const start = headerStart(f, b);
    const keyword = v.isIdent(start, "else") && v.isIdent(start + 1, "if") ? start + 1 : start;
    if (v.isIdent(keyword, "if") && await comparesWithMode(reader2, f, ifConditionRange(f, keyword, b), words)) {
      return true;
    }
    if (v.isIdent(start, "switch")) {
      const found = caseLabelAt(f, b, i);
      if (found && !v.isIdent(found.label, "default")) {
        for (const c of f.split(found.label + 1, found.colon))
          if (await isMode(reader2, f, c, words)) return true;
      }
    }
  }
  return false;
}
async function explicitGuards(reader2, f, body, gate, words) {
  const v = f.v;
  const out = [];
  for (let k = body.open + 1; k < body.close; k++) {
    if (!v.isIdent(k, "if")) continue;
    const open = headerBody(f, k);
    if (open < 0) continue;
    const condition = ifConditionRange(f, k, open);
    const offTest = f.split(condition[0], condition[1], "&&").find((c) => {
      const read2 = gateRead(f, c);
      return read2?.gate === gate && !read2.enabled;
    });
    if (!offTest) continue;
    const rejections = [];
    for (const r of await rejectionsIn(reader2, f, [open, v.partner(open)], words.errorCalls)) {
      if (await underModeCheck(reader2, f, r.at, body, words.ipvsMode)) rejections.push(r);
    }
    if (rejections.length > 0) out.push({ gateLine: f.line(offTest[0]), rejections });
  }
  return out;
}
async function modeSets(reader2, f, body, gate, words) {
  const lower = words.ipvsMode.map((w) => w.toLowerCase());
  const out = [];
  for (const call of f.calls()) {
    if (call.open < body.open || call.open > body.close) continue;
    if (call.chain.length !== 2 || call.chain[1] !== "Has") continue;
    for (const value of await reader2.values(f, [call.start, call.start + 1])) {
      if (value.kind !== "list") continue;
      const isMode2 = (i) => lower.includes(i.text.toLowerCase());
      out.push({
        line: f.line(call.start),
        modeItems: value.items.filter(isMode2),
        otherGated: value.items.filter((i) => !isMode2(i) && i.when.some((c) => c.gate === gate))
      });
    }
  }
  return out;
}

// src/criteria/mode-validation.ts
function judgeText(rejections, gate, modes) {
  let missing = modes;
  let unknown;
  for (const r of rejections) {
    const texts = r.message.filter(
      (m) => m.kind !== "string" || !m.when.some((c) => c.gate === gate && c.enabled)
    );
    for (const m of texts) {
      if (m.kind === "unknown") {
        unknown ??= m.unknown;
        continue;
      }
      if (m.kind !== "string") continue;
      const lacking = modes.filter((mode) => !m.text.toLowerCase().includes(mode.toLowerCase()));
      if (lacking.length === 0) return { names: r, missing: [] };
      if (lacking.length < missing.length) missing = lacking;
      unknown ??= m.unknown[0];
    }
  }
  return unknown ? { names: void 0, missing, unknown } : { names: void 0, missing };
}
function best(outcomes) {
  const rank2 = (o) => "skipped" in o ? 0 : o.pass ? o.warning ? 2 : 3 : 1;
  return outcomes.reduce(
    (a, o) => !a || rank2(o) > rank2(a) ? o : a,
    void 0
  );
}
var MESSAGES2 = {
  ...UNREADABLE_MESSAGES,
  guardNames: "{name} rejects ipvs mode unless {gate} is on, naming {modes}",
  guardMissesModes: "{name} checks {gate} for ipvs mode, but its error does not name the valid mode(s) {modes}",
  ungated: "{name} accepts ipvs mode whether or not {gate} is enabled: ipvs is in the set of valid modes checked at :{line} (from {from}) and {why}",
  otherGated: "{gate} guards {other} ({place}) instead",
  addedWhen: "it is added only when {conditions}",
  unguarded: "nothing guards it",
  setNames: "{name} accepts ipvs mode only when {gate} is enabled (the set of valid modes checked at :{line}), and its error names {modes}",
  setMissesModes: "{name} accepts ipvs mode only when {gate} is enabled, but its error does not name the valid mode(s) {modes}",
  noCheck: "no code in {paths} checks {gate} when ipvs mode is chosen"
};
async function guardOutcomes(ctx, reader2, f, body, words, j) {
  const out = [];
  for (const guard of await explicitGuards(reader2, f, body, j.gate, words)) {
    const text = judgeText(guard.rejections, j.gate, j.modes);
    const at2 = { file: j.file, line: guard.gateLine };
    const data = { name: j.name, gate: j.gate };
    if (text.names) {
      out.push(
        pass(ctx.say("guardNames", { ...data, modes: j.modes.join(" and ") }), [
          { ...at2, note: `checks ${j.gate}` },
          { file: j.file, line: text.names.line, note: "the error" }
        ])
      );
    } else if (text.unknown) out.push(warn(unreadable2(ctx, text.unknown, "the error"), [at2]));
    else
      out.push(
        fail(ctx.say("guardMissesModes", { ...data, modes: text.missing.join(" and ") }), [at2])
      );
  }
  return out;
}
async function setOutcomes(ctx, reader2, f, body, words, j) {
  const out = [];
  const { gate } = j;
  for (const set of await modeSets(reader2, f, body, gate, words)) {
    if (set.modeItems.length === 0) continue;
    const ungated = set.modeItems.find((i) => !i.when.some((c) => c.gate === gate && c.enabled));
    if (ungated) {
      const other = set.otherGated[0];
      const why = other ? ctx.say("otherGated", {
        gate,
        other: other.text,
        place: `${other.from.file}:${other.from.line}`
      }) : ungated.when.length > 0 ? ctx.say("addedWhen", { conditions: ungated.when.map(describeCondition).join(" and ") }) : ctx.say("unguarded");
      const from = `${ungated.from.file}:${ungated.from.line}`;
      out.push(
        fail(ctx.say("ungated", { name: j.name, gate, line: set.line, from, why }), [
          { file: j.file, line: set.line, note: "the set of valid modes" }
        ])
      );
      continue;
    }
    const condition = set.modeItems[0].when.find((c) => c.gate === gate);
    const rejections = await rejectionsIn(reader2, f, [body.open, body.close], words.errorCalls);
    const text = judgeText(rejections, gate, j.modes);
    const at2 = {
      file: condition.at.file,
      line: condition.at.line,
      note: `ipvs is a valid mode only when ${gate} is enabled`
    };
    const data = { name: j.name, gate, line: set.line };
    if (text.names) {
      out.push(
        pass(ctx.say("setNames", { ...data, modes: j.modes.join(" and ") }), [
          at2,
          { file: j.file, line: text.names.line, note: "the error" }
        ])
      );
    } else if (text.unknown) out.push(warn(unreadable2(ctx, text.unknown, "the error"), [at2]));
    else
      out.push(
        fail(ctx.say("setMissesModes", { ...data, modes: text.missing.join(" and ") }), [at2])
      );
  }
  return out;
}
var ipvsModeRequiresGate = defineCriterion({
  id: "ipvs-mode-requires-gate",
  meta: {
    repo: "kubernetes",
    stage: "3",
    checks: "Stage 3: running kube-proxy in ipvs mode without overriding the gate exits with an error listing the valid modes ({validModes})."
  },
  messages: MESSAGES2,
  async check(ctx) {
    const { gate, kubernetes } = ctx.policy;
    const { paths, validModes } = kubernetes.modeValidation;
    const reader2 = await goValues(ctx);
    const outcomes = [];
    for (const file of paths) {
      const f = await reader2.file(file);
      if (!f) continue;
      for (const body of f.bodies) {
        if (body.name === void 0 || f.v.depth(body.at) !== 0) continue;
        let readsGate = false;
        for (let j = body.open; j < body.close && !readsGate; j++) readsGate = f.v.isIdent(j, gate);
        if (!readsGate) continue;
        const judged = {
          name: `${body.name} (${file}:${f.line(body.at)})`,
          file,
          gate,
          modes: validModes
        };
        const words = kubernetes.modeValidation;
        const guards = await guardOutcomes(ctx, reader2, f, body, words, judged);
        const decided = guards[0] ?? (await setOutcomes(ctx, reader2, f, body, words, judged))[0];
        if (decided) outcomes.push(decided);
      }
    }
    return best(outcomes) ?? fail(ctx.say("noCheck", { paths: paths.join(", "), gate }), [{ file: paths[0] }]);
  }
});

// src/criteria/package-removal.ts
var MAX_LISTED = 50;
var ipvsPackageRemoved = defineCriterion({
  id: "ipvs-package-removed",
  meta: {
    repo: "kubernetes",
    stage: "4",
    checks: "Stage 4: {ipvsPackage} is removed, and nothing outside vendor/ imports it."
  },
  messages: {
    filesLeft: "{count} file(s) remain under {package}/",
    importsLeft: "{count} import(s) of {import} remain ({places})",
    gone: "{package}/ is gone and no Go file outside vendor/ imports it"
  },
  async check(ctx) {
    const { ipvsPackage, ipvsImport } = ctx.policy.kubernetes;
    const [files, imports] = await Promise.all([ctx.repo.list(ipvsPackage), ipvsImports(ctx)]);
    const left = [...files.map((file) => ({ file, note: "still present" })), ...imports];
    if (left.length > 0) {
      const parts = [];
      if (files.length)
        parts.push(ctx.say("filesLeft", { count: files.length, package: ipvsPackage }));
      if (imports.length)
        parts.push(
          ctx.say("importsLeft", {
            count: imports.length,
            import: ipvsImport,
            places: summarise(imports)
          })
        );
      return fail(parts.join("; "), left.slice(0, MAX_LISTED));
    }
    return pass(ctx.say("gone", { package: ipvsPackage }));
  }
});

// src/evidence/go-messages.ts
var NOT_LOGGERS = /* @__PURE__ */ new Set(["fmt", "errors"]);
async function messageCalls(reader2, f, names) {
  const out = [];
  for (const call of f.calls()) {
    const method = call.method;
    const isLog = names.logCalls.includes(method);
    if (!isLog && !names.eventCalls.includes(method)) continue;
    const written = call.chain.join(".");
    const line = f.line(call.start);
    if (isLog) {
      if (call.chain.length === 2 && NOT_LOGGERS.has(call.chain[0])) continue;
      const message = await logMessage(reader2, f, call, method);
      if (message) {
        out.push({
          kind: "log",
          call: written,
          file: f.file,
          line,
          level: levelOf(method),
          message
        });
      }
    } else {
      const event = await eventMessage(reader2, f, call, method);
      if (event) out.push({ kind: "event", call: written, file: f.file, line, ...event });
    }
  }
  return out;
}
function levelOf(method) {
  if (method.startsWith("Error") || method.startsWith("Fatal")) return "error";
  if (method.startsWith("Warning")) return "warning";
  return "info";
}
function isKlogFunction(f, call) {
  const root = call.chain[0] ?? "";
  const klog = f.imports.some(
    (i) => i.path.startsWith("k8s.io/klog") && (i.alias ?? packageNameOf(i.path)) === root
  );
  return klog && (call.chain.length === 2 || call.chain.length === 3 && call.chain[1] === "V");
}
async function logMessage(reader2, f, call, method) {
  const [first, ...rest] = call.args;
  if (!first) return void 0;
  if (method.endsWith("f")) return reader2.formatted(f, first, rest);
  if (isKlogFunction(f, call) && !method.endsWith("S")) return reader2.concatenated(f, call.args);
  const message = method.startsWith("Error") ? call.args[1] : first;
  return message ? reader2.values(f, message) : void 0;
}
async function eventType(reader2, f, range) {
  if (!range) return void 0;
  const written = f.text(range);
  if (/(^|\.)EventTypeWarning$/.test(written)) return "Warning";
  if (/(^|\.)EventTypeNormal$/.test(written)) return "Normal";
  const values = await reader2.values(f, range);
  const texts = new Set(
    values.map((v) => v.kind === "string" && v.unknown.length === 0 ? v.text : "")
  );
  if (texts.size !== 1) return void 0;
  const [text] = texts;
  return text === "Warning" || text === "Normal" ? text : void 0;
}
async function eventMessage(reader2, f, call, method) {
  const a = call.args;
  let typeAt = method === "AnnotatedEventf" ? 2 : 1;
  let level = await eventType(reader2, f, a[typeAt]);
  let messageAt = typeAt + 2;
  if (!level && method === "Eventf") {
    typeAt = 2;
    level = await eventType(reader2, f, a[typeAt]);
    messageAt = 5;
  }
  const format = a[messageAt];
  if (!level || !format) return void 0;
  const message = method === "Event" ? await reader2.values(f, format) : await reader2.formatted(f, format, a.slice(messageAt + 1));
  const out = { level, message };
  const reasonAt = a[typeAt + 1];
  if (reasonAt) {
    const reason = (await reader2.values(f, reasonAt))[0];
    if (reason?.kind === "string" && reason.unknown.length === 0) out.reason = reason.text;
  }
  return out;
}

// src/criteria/warning-messages.ts
function lowerIncludes(text, word) {
  return text.toLowerCase().includes(word.toLowerCase());
}
async function candidateFiles(ctx) {
  const { warning, excludeGo } = ctx.policy.kubernetes;
  const include = warning.paths.map((p) => `${p.endsWith("/") ? p : `${p}/`}**/*.go`);
  const words = [...warning.mustSay, ...warning.pointsAt];
  const hits = await ctx.repo.grep({
    patterns: warning.mustSay.map((w) => w.toLowerCase()),
    ignoreCase: true,
    include,
    exclude: excludeGo
  });
  const files = filesOf(hits);
  const reader2 = await goValues(ctx);
  const names = /* @__PURE__ */ new Set();
  for (const file of files) {
    const f = await reader2.file(file);
    if (!f) continue;
    for (const [name, decls] of f.decls) {
      const holds = decls.some((d) => {
        if (d.kind !== "const" && d.kind !== "var" || !d.value) return false;
        for (let j = d.value[0]; j < d.value[1]; j++) {
          const text = f.v.text(j);
          if (f.v.kind(j) === STRING && text.includes(" ") && words.some((w) => lowerIncludes(text, w)))
            return true;
        }
        return false;
      });
      if (holds) names.add(name);
    }
  }
  if (names.size > 0) {
    const users = await ctx.repo.grep({ patterns: [...names], include, exclude: excludeGo });
    files.push(...filesOf(users));
  }
  return [...new Set(files)].sort();
}
function kubeProxyMessages(ctx) {
  return ctx.memo("kube-proxy-messages", async () => {
    const { warning } = ctx.policy.kubernetes;
    const reader2 = await goValues(ctx);
    const sent = /* @__PURE__ */ new Map();
    for (const file of await candidateFiles(ctx)) {
      const f = await reader2.file(file);
      if (!f) continue;
      for (const call of await messageCalls(reader2, f, warning)) {
        if (call.kind === "event" && call.level !== "Warning") continue;
        for (const value of call.message) {
          const s = value.kind === "string" ? value : {
            kind: "string",
            text: HOLE,
            from: value.kind === "unknown" ? value.unknown.at : value.from,
            unknown: value.kind === "unknown" ? [value.unknown] : value.unknown,
            when: []
          };
          const text = s.text.replace(/\s+/g, " ").trim();
          const key = `${s.from.file}:${s.from.line}
${text}`;
          const entry = sent.get(key) ?? { text, defined: s.from, calls: [], unknown: s.unknown };
          if (!entry.calls.includes(call)) entry.calls.push(call);
          sent.set(key, entry);
        }
      }
    }
    const messages = [...sent.values()];
    const says = (m) => warning.mustSay.every((w) => lowerIncludes(m.text, w)) && warning.pointsAt.some((w) => lowerIncludes(m.text, w));
    const words = [...warning.mustSay, ...warning.pointsAt];
    const about = (m) => new Set(words.filter((w) => lowerIncludes(m.text, w)).map((w) => w.toLowerCase())).size >= 2 || m.unknown.some((u) => words.some((w) => lowerIncludes(u.expr, w)));
    return {
      warnings: messages.filter(says),
      unreadable: messages.filter((m) => !says(m) && m.unknown.length > 0 && about(m))
    };
  });
}
function where(p, from) {
  return p.file === from.file ? `:${p.line}` : `${p.file}:${p.line}`;
}
function sentAs(call) {
  return call.kind === "log" ? "logged" : `recorded as event ${call.reason ?? "(reason not read)"}`;
}
function describeSent(m) {
  const only = m.calls[0];
  if (m.calls.length === 1 && only && only.file === m.defined.file && only.line === m.defined.line) {
    return `${sentAs(only)} at ${only.file}:${only.line}`;
  }
  const uses = m.calls.map((c) => `${sentAs(c)} at ${where(c, m.defined)}`);
  return `message defined at ${m.defined.file}:${m.defined.line}, ${uses.join(", ")}`;
}
function sentEvidence(m) {
  const out = [{ file: m.defined.file, line: m.defined.line, note: m.text }];
  for (const c of m.calls) {
    const same = out.find((e) => e.file === c.file && e.line === c.line);
    if (!same) out.push({ file: c.file, line: c.line, note: sentAs(c) });
  }
  return out;
}

// src/criteria/warning.ts
var UNREAD_WARNING_MESSAGES = {
  ...UNREADABLE_MESSAGES,
  unreadableSent: "{unreadable} (sent at {sentAt})"
};
function unreadableWarning(ctx, m) {
  const u = m.unknown[0];
  const call = m.calls[0];
  const sentAt = `${call.file}:${call.line}`;
  return warn(ctx.say("unreadableSent", { unreadable: unreadable2(ctx, u), sentAt }), [
    { file: call.file, line: call.line, note: m.text },
    { file: u.at.file, line: u.at.line, note: u.why }
  ]);
}
var kubeProxyWarns = defineCriterion({
  id: "kube-proxy-warns",
  meta: {
    repo: "kubernetes",
    stage: "1",
    checks: "Stage 1: kube-proxy prints a warning when a user starts it in ipvs mode."
  },
  messages: {
    ...UNREAD_WARNING_MESSAGES,
    warns: "kube-proxy warns that ipvs is deprecated: {sent}",
    noWarning: "no warning in {paths} says ipvs is {words} and points to {pointsAt}"
  },
  async check(ctx) {
    const { warnings, unreadable: unread } = await kubeProxyMessages(ctx);
    const { warning } = ctx.policy.kubernetes;
    const first = warnings[0];
    if (first)
      return pass(ctx.say("warns", { sent: describeSent(first) }), warnings.flatMap(sentEvidence));
    if (unread[0]) return unreadableWarning(ctx, unread[0]);
    const words = warning.mustSay.filter((w) => w.toLowerCase() !== "ipvs").join(" and ");
    const data = {
      paths: warning.paths.join(" or "),
      words,
      pointsAt: warning.pointsAt.join(" or ")
    };
    return fail(ctx.say("noWarning", data), [{ file: warning.paths[0] }]);
  }
});
function releasesToName(ctx) {
  const rule = ctx.policy.kubernetes.announce.find(
    (a) => isAtLeast(ctx.target, ctx.stageVersion(a.from)) && isBefore(ctx.target, ctx.stageVersion(a.until))
  );
  return (rule?.names ?? []).map((stage) => formatMinor(ctx.stageVersion(stage)));
}
var warningAnnouncesSchedule = defineCriterion({
  id: "warning-announces-schedule",
  meta: {
    repo: "kubernetes",
    stage: "2",
    checks: "Stage 2: warning messages say the gate goes Default: false in the stage 3 release ({release.3}) and is locked, with ipvs gone, in the stage 4 release ({release.4})."
  },
  messages: {
    ...UNREAD_WARNING_MESSAGES,
    notRequired: "no announcement is required at this release",
    noWarning: "there is no ipvs deprecation warning to name {releases}",
    names: "the ipvs warning names {releases}: {sent}",
    missing: "the ipvs warning at {place} does not name {missing}; at {target} it must name {releases}"
  },
  async check(ctx) {
    const wanted = releasesToName(ctx);
    if (wanted.length === 0) return { skipped: ctx.say("notRequired") };
    const releases = wanted.join(" and ");
    const { warnings, unreadable: unread } = await kubeProxyMessages(ctx);
    if (warnings.length === 0) {
      if (unread[0]) return unreadableWarning(ctx, unread[0]);
      return fail(ctx.say("noWarning", { releases }), [
        { file: ctx.policy.kubernetes.warning.paths[0] }
      ]);
    }
    const complete = warnings.find((w) => wanted.every((r) => namesRelease(w.text, minor(r))));
    if (complete) {
      return pass(
        ctx.say("names", { releases, sent: describeSent(complete) }),
        sentEvidence(complete)
      );
    }
    const partial = warnings.find((w) => w.unknown.length > 0);
    if (partial) return unreadableWarning(ctx, partial);
    const best2 = warnings[0];
    const missing = wanted.filter((r) => !namesRelease(best2.text, minor(r))).join(" and ");
    const place3 = `${best2.defined.file}:${best2.defined.line}`;
    const target = formatMinor(ctx.target);
    return fail(
      ctx.say("missing", { place: place3, missing, target, releases }),
      warnings.flatMap(sentEvidence)
    );
  }
});

// src/evidence/markdown.ts
function findSection(page, by) {
  const plain = (t) => t.replaceAll("`", "").toLowerCase();
  const heading = page.headings.find((h) => h.anchor !== void 0 && by.anchors.includes(h.anchor)) ?? page.headings.find((h) => by.headings.some((t) => plain(h.text) === plain(t)));
  if (!heading) return void 0;
  const inside = (x) => x.line >= heading.line && x.line <= heading.end;
  return {
    heading,
    lines: page.lines.filter(inside),
    shortcodes: page.shortcodes.filter(inside)
  };
}
function shortcodeBody(page, open) {
  const close2 = page.shortcodes.find((s) => s.closing && s.name === open.name && s.line >= open.line);
  const last = close2 ? close2.line : open.line;
  return page.lines.filter((l) => l.line >= open.line && l.line <= last);
}
function paragraphs(lines) {
  const out = [];
  let current;
  for (const l of lines) {
    if (l.comment || l.code || l.text.trim() === "") {
      current = void 0;
      continue;
    }
    if (current) {
      current.text += ` ${l.text.trim()}`;
      current.lines.push(l);
    } else {
      current = { line: l.line, text: l.text.trim(), lines: [l] };
      out.push(current);
    }
  }
  return out;
}

// src/criteria/website/pages.ts
var reader;
function markdownReader() {
  return reader ??= import("./markdown-read-WRASJHT7.js");
}
function preloadMarkdownReader() {
  markdownReader().catch(() => void 0);
}
function markdownPage(ctx, file) {
  return ctx.memo(`md:${file}`, async () => {
    const text = await ctx.repo.read(file);
    if (text === void 0) return void 0;
    const { readMarkdown } = await markdownReader();
    return readMarkdown(file, text);
  });
}
var IPVS_SECTION_MESSAGES = {
  noModesPage: "{page} does not exist",
  noIpvsSection: '{page} has no IPVS proxy mode section (a heading with {#{anchor}} or titled "{heading}")'
};
async function ipvsSection(ctx) {
  const { modesPage, section: where2 } = ctx.policy.website;
  const page = await markdownPage(ctx, modesPage);
  if (!page) return fail(ctx.say("noModesPage", { page: modesPage }), [{ file: modesPage }]);
  const section = findSection(page, where2);
  if (!section) {
    const data = { page: modesPage, anchor: where2.anchors[0], heading: where2.headings[0] };
    return fail(ctx.say("noIpvsSection", data), [{ file: modesPage }]);
  }
  return { page, section };
}
function isFinding(value) {
  return !("section" in value);
}
function rendered(lines) {
  return lines.filter((l) => !l.comment && !l.code);
}
function vRelease(version) {
  return `v${formatMinor(version)}`;
}
function containsWord(text, word) {
  return new RegExp(`(?<![\\w])${escapeRegExp(word)}(?![\\w])`, "i").test(text);
}
function lowerIncludes2(text, words) {
  const lower = text.toLowerCase();
  return words.find((w) => lower.includes(w.toLowerCase()));
}

// src/criteria/website/blog.ts
function unpublished(page, rules) {
  const fm = page.frontMatter;
  const { file } = page;
  const draft = fm.data.draft;
  if (draft === true || String(draft).toLowerCase() === "true") {
    return { file, line: fm.lineOf("draft"), note: "draft: true" };
  }
  const date = fm.source("date");
  if (date === void 0) return { file, line: fm.start, note: "it has no date:" };
  if (!/^\d{4}-\d{2}-\d{2}(?:$|[T ])/.test(date.trim())) {
    return { file, line: fm.lineOf("date"), note: `date: ${date} is not a real date` };
  }
  const markers = rules.unfinishedMarkers.map((m) => ({ m, re: wholeWord(m) }));
  for (const l of page.lines) {
    const marker = markers.find(({ re }) => re.test(l.raw))?.m;
    if (marker) return { file, line: l.line, note: `${marker} left in the text` };
  }
  return void 0;
}
function wholeWord(word) {
  return new RegExp(`(?<![\\w])${escapeRegExp(word)}(?![\\w])`);
}
function isAboutMigration(page, rules) {
  const title = String(page.frontMatter?.data.title ?? "");
  if (!rules.titleWords.every((w) => title.toLowerCase().includes(w.toLowerCase()))) return false;
  const text = `${title}
${rendered(page.lines).map((l) => l.text).join("\n")}`;
  return lowerIncludes2(text, rules.targets) !== void 0 && lowerIncludes2(text, rules.migrationWords) !== void 0;
}
function explains(page, rules) {
  return rendered(page.lines).some((l) => lowerIncludes2(l.text, rules.explains) !== void 0);
}
var migrationBlogPost = defineCriterion({
  id: "migration-blog-post",
  meta: {
    repo: "website",
    stage: "2",
    checks: "Stage 2: a published blog post explains how to migrate from ipvs to nftables (or iptables), including what replaces the IPVS schedulers."
  },
  messages: {
    published: '{place} is a published post on migrating from ipvs ("{title}")',
    onlyDraft: "no published post on {topic}: found a draft at {place} ({why}), not published",
    noSchedulers: "the post at {place} is about {topic} but does not explain the IPVS schedulers (it {why})",
    noPost: "no post under {dir} is about {topic}",
    noPostAside: "no post under {dir} is about {topic} ({others} post(s) mention {words} but are about something else)"
  },
  async check(ctx) {
    const rules = ctx.policy.website.blog;
    const dir = rules.dir.endsWith("/") ? rules.dir : `${rules.dir}/`;
    const searching = ctx.repo.grep({
      patterns: rules.titleWords,
      ignoreCase: true,
      include: [`${dir}**/*.md`]
    });
    preloadMarkdownReader();
    const hits = await searching;
    const drafts = [];
    const noSchedulers = [];
    const passing = [];
    const broken = [];
    let other = 0;
    for (const file of filesOf(hits)) {
      let page;
      try {
        page = await markdownPage(ctx, file);
      } catch (error) {
        if (error instanceof DataError) {
          broken.push(error);
          continue;
        }
        throw error;
      }
      if (!page?.frontMatter || !isAboutMigration(page, rules)) {
        other++;
        continue;
      }
      const titleLine = page.frontMatter.lineOf("title");
      const why = unpublished(page, rules);
      if (why) drafts.push(why);
      else if (!explains(page, rules)) {
        noSchedulers.push({
          file,
          line: titleLine,
          note: `never says ${rules.explains.join(" or ")}`
        });
      } else passing.push({ file, line: titleLine, note: String(page.frontMatter.data.title) });
    }
    if (passing.length > 0) {
      const first = passing[0];
      const place3 = `${first.file}:${first.line}`;
      return pass(ctx.say("published", { place: place3, title: first.note }), passing);
    }
    if (broken.length > 0) throw broken[0];
    const topic = `migrating from ${rules.titleWords.join(" ")} to ${rules.targets.join(" or ")}`;
    if (drafts.length > 0) {
      const d = drafts[0];
      const place3 = `${d.file}:${d.line}`;
      return fail(ctx.say("onlyDraft", { topic, place: place3, why: d.note }), [
        ...drafts,
        ...noSchedulers
      ]);
    }
    if (noSchedulers.length > 0) {
      const n = noSchedulers[0];
      const place3 = `${n.file}:${n.line}`;
      return fail(ctx.say("noSchedulers", { place: place3, topic, why: n.note }), noSchedulers);
    }
    const words = rules.titleWords.join(" ");
    const message = other > 0 ? "noPostAside" : "noPost";
    return fail(ctx.say(message, { dir, topic, others: other, words }), [{ file: dir }]);
  }
});

// src/evidence/gate-page.ts
var KEYS = /* @__PURE__ */ new Set(["title", "removed", "stages"]);
function readGatePage(file, text) {
  const head = /^---[ \t]*\r?\n/.exec(text);
  const end = head ? /^(?:---|\.\.\.)[ \t]*\r?$/m.exec(text.slice(head[0].length)) : null;
  let yaml;
  if (head && end) yaml = text.slice(head[0].length, head[0].length + end.index);
  else {
    const all = text.split(/\r?\n/);
    const close2 = frontMatterClose(file, all);
    if (close2 === void 0) return { file, frontMatter: false, removed: false, stagesLine: 1 };
    yaml = all.slice(1, close2).join("\n");
  }
  const root = readYamlTree(file, yaml, {
    firstLine: 2,
    what: "the front matter",
    keys: KEYS
  });
  if (root && root.kind !== "map")
    throw new DataError(file, 2, "the front matter must be a mapping of keys (title: \u2026)");
  const removed = entryOf(root, "removed");
  const stages = entryOf(root, "stages");
  return {
    file,
    frontMatter: true,
    title: sourceOf(entryOf(root, "title")?.value),
    removed: removed?.value.kind === "scalar" && removed.value.value === true,
    removedLine: removed?.line,
    stages: stages?.value.kind === "seq" ? stages.value.items.map(readStage) : void 0,
    stagesLine: stages?.line ?? 1
  };
}
function readStage(node, index) {
  const field = (key) => entryOf(node, key);
  const stage = field("stage");
  const defaultValue = field("defaultValue");
  const from = field("fromVersion");
  const to = field("toVersion");
  const locked = field("locked");
  const fromText = sourceOf(from?.value);
  const toText = sourceOf(to?.value);
  return {
    index,
    line: node.line,
    stage: stage ? String(sourceOf(stage.value) ?? "") : void 0,
    stageLine: stage?.line,
    defaultValue: defaultValue ? scalarValue(defaultValue.value) : void 0,
    defaultLine: defaultValue?.line,
    fromText,
    from: release(fromText),
    fromLine: from?.line,
    toText,
    to: release(toText),
    toLine: to?.line,
    locked: locked ? scalarValue(locked.value) : void 0,
    lockedLine: locked?.line
  };
}
function release(text) {
  return text !== void 0 && /^v?\d/.test(text) ? parseMinor(text) : void 0;
}
function scalarValue(node) {
  return node.kind === "scalar" ? node.value : node.kind === "seq" ? "[\u2026]" : "{\u2026}";
}

// src/gates/page-stages.ts
function describeStage(s) {
  const to = s.to ? `, toVersion "${formatMinor(s.to)}"` : "";
  const locked = s.locked === void 0 ? "" : `, locked: ${s.locked}`;
  return `{stage: ${s.stage}, defaultValue: ${s.defaultValue}, fromVersion "${formatMinor(s.from)}"${to}${locked}}`;
}
function stageFrom(stages, from) {
  return stages.find((s) => s.from !== void 0 && compareMinor(s.from, from) === 0);
}
function compareStages(page, stages, expected, target, options) {
  const at2 = formatMinor(target);
  const problems = [];
  const problem = (kind, message, line, want, version) => problems.push({
    kind,
    message,
    line: line ?? page.stagesLine,
    expected: want,
    version: want?.from ?? version
  });
  for (const s of stages) {
    if (!s.from) problem("stage-no-from", `stage ${s.index + 1} has no fromVersion`, s.line);
    else if (compareMinor(s.from, target) > 0)
      problem(
        "stage-future",
        `a stage starts at "${formatMinor(s.from)}", after ${at2}`,
        s.fromLine ?? s.line,
        void 0,
        s.from
      );
  }
  const matched = /* @__PURE__ */ new Set();
  expected.forEach((want, i) => {
    const last = i === expected.length - 1;
    const from = `the stage from "${formatMinor(want.from)}"`;
    const s = stageFrom(stages, want.from);
    if (!s) {
      problem(
        "stage-missing",
        `no stage starts at "${formatMinor(want.from)}"; expected ${describeStage(want)}`,
        page.stagesLine,
        want
      );
      return;
    }
    matched.add(s);
    const stage = (s.stage ?? "").toLowerCase();
    if (stage !== want.stage.toLowerCase())
      problem(
        "stage-wrong",
        `${from} is ${stage || "(none)"}, not ${want.stage}`,
        s.stageLine,
        want
      );
    if (s.defaultValue !== want.defaultValue)
      problem(
        "default-wrong",
        `${from} says defaultValue: ${String(s.defaultValue)}; at ${at2} it must be ${want.defaultValue}`,
        s.defaultLine ?? s.line,
        want
      );
    if (want.to && !s.to)
      problem("to-missing", `${from} lacks toVersion: "${formatMinor(want.to)}"`, s.line, want);
    else if (want.to && s.to && compareMinor(s.to, want.to) !== 0)
      problem(
        "to-wrong",
        `${from} ends at toVersion "${formatMinor(s.to)}", not "${formatMinor(want.to)}"`,
        s.toLine,
        want
      );
    else if (!want.to && s.toText !== void 0 && last && options.lastStage === "open")
      problem(
        "to-on-last",
        `${from} is the last stage at ${at2}, so it has no toVersion; it says "${s.toText}"`,
        s.toLine,
        want
      );
    else if (!want.to && s.to && compareMinor(s.to, target) < 0)
      problem(
        "to-wrong",
        `${from} ends at "${formatMinor(s.to)}", so no stage covers ${at2}`,
        s.toLine,
        want
      );
    if (want.locked !== void 0 && s.locked !== void 0 && s.locked !== want.locked)
      problem(
        "locked-wrong",
        `${from} says locked: ${String(s.locked)}; LockToDefault is ${want.locked}`,
        s.lockedLine,
        want
      );
  });
  if (options.reportExtra) {
    for (const s of stages) {
      if (matched.has(s) || !s.from || compareMinor(s.from, target) > 0) continue;
      problem(
        "stage-extra",
        `the stage from "${s.fromText}" (${s.stage || "no stage"}) matches no spec up to ${at2}`,
        s.line,
        void 0,
        s.from
      );
    }
  }
  return problems;
}

// src/criteria/website/gate-page.ts
function gatePage(ctx, file) {
  return ctx.memo(`gate-page:${file}`, async () => {
    const text = await ctx.repo.read(file);
    return text === void 0 ? void 0 : readGatePage(file, text);
  });
}
function expectedLadder(ctx) {
  const begun = ctx.policy.website.gatePage.stages.map((s) => ({ stage: s.stage, defaultValue: s.defaultValue, from: ctx.stageVersion(s.from) })).filter((s) => isAtLeast(ctx.target, s.from));
  return begun.map((s, i) => {
    const next = begun[i + 1];
    return next ? { ...s, to: previousMinor(next.from) } : s;
  });
}
var MESSAGES3 = {
  noPage: "{file} does not exist; the {gate} gate needs its page",
  noFrontMatter: "{file} has no front matter (--- stages: \u2026 ---)",
  markedRemoved: "{place} marks the gate removed: true",
  notMarkedRemoved: "{file} is not marked removed: true; the gate is gone from {removal}",
  removedEarly: "{place} marks the gate removed: true before {removal}",
  noStages: "{file} has no stages: list in its front matter",
  noStageBegun: "no stage of the gate has begun at this release",
  stagesDiffer: "{file}: {problems}",
  stagesMatch: "{file} stages match {target}: {stages}"
};
var docsFeatureGatePage = defineCriterion({
  id: "docs-feature-gate-page",
  meta: {
    repo: "website",
    stage: "2",
    checks: "Stage 2 on: the {gate} feature gate page exists and its front matter's stages match the gate's state at the release (deprecated and on, then off from stage 3); from cleanup it is marked removed: true."
  },
  messages: MESSAGES3,
  async check(ctx) {
    const { file, removedFrom } = ctx.policy.website.gatePage;
    const page = await gatePage(ctx, file);
    if (!page) return fail(ctx.say("noPage", { file, gate: ctx.policy.gate }), [{ file }]);
    if (!page.frontMatter) return fail(ctx.say("noFrontMatter", { file }), [{ file, line: 1 }]);
    const removal = formatMinor(ctx.stageVersion(removedFrom));
    const place3 = `${file}:${page.removedLine}`;
    if (isAtLeast(ctx.target, ctx.stageVersion(removedFrom))) {
      return page.removed ? pass(ctx.say("markedRemoved", { place: place3 }), [
        { file, line: page.removedLine, note: "removed: true" }
      ]) : fail(ctx.say("notMarkedRemoved", { file, removal }), [
        { file, line: page.removedLine ?? 1 }
      ]);
    }
    if (page.removed) {
      return fail(ctx.say("removedEarly", { place: place3, removal }), [{ file, line: page.removedLine }]);
    }
    return compareLadder(ctx, page);
  }
});
function compareLadder(ctx, page) {
  const { file, stages, stagesLine } = page;
  if (!stages) return fail(ctx.say("noStages", { file }), [{ file, line: stagesLine }]);
  const expected = expectedLadder(ctx);
  if (expected.length === 0) return { skipped: ctx.say("noStageBegun") };
  const target = formatMinor(ctx.target);
  const problems = compareStages(page, stages, expected, ctx.target, {
    lastStage: "covering",
    reportExtra: false
  });
  if (problems.length > 0) {
    return fail(
      ctx.say("stagesDiffer", { file, problems: problems.map((p) => p.message).join("; ") }),
      problems.map((p) => ({ file, line: p.line, note: p.message }))
    );
  }
  const last = expected[expected.length - 1];
  const lastStage = stageFrom(stages, last.from);
  const shown = expected.map(describeStage).join(", ");
  return pass(ctx.say("stagesMatch", { file, target, stages: shown }), [
    { file, line: lastStage?.line ?? stagesLine, note: describeStage(last) }
  ]);
}

// src/criteria/website/modes-page.ts
var docsDeprecationNotice = defineCriterion({
  id: "docs-deprecation-notice",
  meta: {
    repo: "website",
    stage: "1",
    checks: "Stage 1: the IPVS proxy mode section of the Service proxies reference is marked deprecated (a feature-state shortcode or a deprecation note)."
  },
  messages: {
    ...IPVS_SECTION_MESSAGES,
    marked: "{place} marks IPVS proxy mode {state} since {since}",
    wrongVersion: "the {shortcode} shortcode at {place} names {named}; ipvs mode was deprecated in {since}",
    noted: "the {{< {shortcode} >}} at {place} says IPVS proxy mode is {word}",
    unmarked: 'the IPVS proxy mode section at {place} has no {{< {shortcode} for_k8s_version="{since}" state="{state}" >}} and no {notes} saying it is {words}'
  },
  async check(ctx) {
    const found = await ipvsSection(ctx);
    if (isFinding(found)) return found;
    const { page, section } = found;
    const rules = ctx.policy.website.deprecation;
    const since = ctx.stageVersion(rules.since);
    const file = page.file;
    const wrongVersion = [];
    let note;
    for (const code of section.shortcodes) {
      if (code.closing) continue;
      if (code.name === rules.shortcode && code.params.state?.toLowerCase() === rules.state) {
        const version = parseMinor(code.params.for_k8s_version ?? "");
        if (version && compareMinor(version, since) === 0) {
          const data = { place: `${file}:${code.line}`, state: rules.state, since: vRelease(since) };
          return pass(ctx.say("marked", data), [
            { file, line: code.line, note: `{{< ${code.name} state="${code.params.state}" >}}` }
          ]);
        }
        wrongVersion.push({
          file,
          line: code.line,
          note: `for_k8s_version="${code.params.for_k8s_version ?? ""}"`
        });
      }
      if (!note && rules.noteShortcodes.includes(code.name)) {
        const said = rendered(shortcodeBody(page, code)).find(
          (l) => lowerIncludes2(l.text, rules.words)
        );
        if (said) note = { shortcode: code, said };
      }
    }
    if (wrongVersion.length > 0) {
      const [first] = wrongVersion;
      const data = {
        shortcode: rules.shortcode,
        place: `${file}:${first.line}`,
        since: vRelease(since)
      };
      return fail(ctx.say("wrongVersion", { ...data, named: first.note }), wrongVersion);
    }
    if (note) {
      const { shortcode, said } = note;
      const data = { shortcode: shortcode.name, place: `${file}:${shortcode.line}` };
      return pass(ctx.say("noted", { ...data, word: rules.words[0] }), [
        { file, line: said.line, note: said.text.trim() }
      ]);
    }
    return fail(
      ctx.say("unmarked", {
        place: `${file}:${section.heading.line}`,
        shortcode: rules.shortcode,
        since: vRelease(since),
        state: rules.state,
        notes: rules.noteShortcodes.join("/"),
        words: rules.words.join(" or ")
      }),
      [{ file, line: section.heading.line }]
    );
  }
});
var docsAnnounceSchedule = defineCriterion({
  id: "docs-announce-schedule",
  meta: {
    repo: "website",
    stage: "2",
    checks: "Stage 2: the IPVS section names the release that disables ipvs mode by default, the release that removes it, and the {gate} feature gate."
  },
  messages: {
    ...IPVS_SECTION_MESSAGES,
    missing: "the IPVS proxy mode section at {place} does not name {missing}; it must name {wanted}",
    named: "the IPVS proxy mode section of {file} names {wanted}"
  },
  async check(ctx) {
    const found = await ipvsSection(ctx);
    if (isFinding(found)) return found;
    const { page, section } = found;
    const lines = rendered(section.lines);
    const wanted = [
      ...ctx.policy.website.announce.map((stage) => {
        const release3 = ctx.stageVersion(stage);
        return { what: vRelease(release3), test: (t) => namesRelease(t, release3) };
      }),
      { what: `the ${ctx.policy.gate} gate`, test: (t) => containsWord(t, ctx.policy.gate) }
    ];
    const evidence = [];
    const missing = [];
    for (const w of wanted) {
      const at2 = lines.find((l) => w.test(l.text));
      if (at2) evidence.push({ file: page.file, line: at2.line, note: `names ${w.what}` });
      else missing.push(w.what);
    }
    const all = wanted.map((w) => w.what).join(", ");
    if (missing.length > 0) {
      const place3 = `${page.file}:${section.heading.line}`;
      return fail(ctx.say("missing", { place: place3, missing: missing.join(" or "), wanted: all }), [
        { file: page.file, line: section.heading.line },
        ...evidence
      ]);
    }
    return pass(ctx.say("named", { file: page.file, wanted: all }), evidence);
  }
});
var AUXILIARY_WINDOW = 200;
function phraseUse(sentence, phrases, future) {
  const lower = sentence.toLowerCase();
  const auxiliary = new RegExp(
    `(?<![\\w])(?:${future.auxiliaries.map(escapeRegExp).join("|")})\\s+(?:[\\w-]+\\s+)?(?:be\\s+)?[*_\\s]*$`,
    "i"
  );
  let leadInEnd = Infinity;
  for (const leadIn of future.leadIns) {
    const found = lower.indexOf(leadIn.toLowerCase());
    if (found !== -1) leadInEnd = Math.min(leadInEnd, found + leadIn.length);
  }
  const isFuture = (at2) => leadInEnd <= at2 || auxiliary.test(lower.slice(Math.max(0, at2 - AUXILIARY_WINDOW - 1), at2));
  let futureOnly;
  for (const phrase of phrases) {
    const wanted = phrase.toLowerCase();
    for (let at2 = lower.indexOf(wanted); at2 !== -1; at2 = lower.indexOf(wanted, at2 + 1)) {
      if (!isFuture(at2)) return { phrase, future: false, at: at2 };
      futureOnly ??= { phrase, future: true, at: at2 };
    }
  }
  return futureOnly;
}
function lineAt(paragraph, offset) {
  let start = 0;
  for (const l of paragraph.lines) {
    const end = start + l.text.trim().length;
    if (offset <= end) return l.line;
    start = end + 1;
  }
  return paragraph.line;
}
var docsDisabledByDefault = defineCriterion({
  id: "docs-disabled-by-default",
  meta: {
    repo: "website",
    stage: "3",
    checks: "Stage 3: the IPVS section says ipvs mode is now disabled by default and that using it needs the {gate} feature gate."
  },
  messages: {
    ...IPVS_SECTION_MESSAGES,
    says: "{place} says ipvs mode is {phrase} and needs the {gate} gate",
    withoutGate: "{place} says ipvs mode is disabled by default but not that it needs the {gate} feature gate",
    futureOnly: "{place} still says ipvs mode will be disabled by default; at {target} it is, and needs the {gate} gate",
    unsaid: "the IPVS proxy mode section at {place} does not say ipvs mode is disabled by default ({phrases}) and needs the {gate} gate"
  },
  async check(ctx) {
    const found = await ipvsSection(ctx);
    if (isFinding(found)) return found;
    const { page, section } = found;
    const { phrases, future } = ctx.policy.website.disabledByDefault;
    const gate = ctx.policy.gate;
    let futureOnly;
    let withoutGate;
    for (const paragraph of paragraphs(section.lines)) {
      let cursor = 0;
      const namesGate = containsWord(paragraph.text, gate);
      for (const sentence of paragraph.text.split(/(?<=[.!?;])\s+/)) {
        const start = paragraph.text.indexOf(sentence, cursor);
        cursor = start + sentence.length;
        const use = phraseUse(sentence, phrases, future);
        if (!use) continue;
        const { phrase } = use;
        const line = lineAt(paragraph, start + use.at);
        const place3 = { file: page.file, line, note: sentence };
        if (use.future) {
          futureOnly ??= place3;
          continue;
        }
        if (!namesGate) {
          withoutGate ??= place3;
          continue;
        }
        return pass(ctx.say("says", { place: `${page.file}:${line}`, phrase, gate }), [place3]);
      }
    }
    const target = formatMinor(ctx.target);
    if (withoutGate) {
      const place3 = `${page.file}:${withoutGate.line}`;
      return fail(ctx.say("withoutGate", { place: place3, gate }), [withoutGate]);
    }
    if (futureOnly) {
      const place3 = `${page.file}:${futureOnly.line}`;
      return fail(ctx.say("futureOnly", { place: place3, target, gate }), [futureOnly]);
    }
    return fail(
      ctx.say("unsaid", {
        place: `${page.file}:${section.heading.line}`,
        phrases: phrases.map((p) => `"${p}"`).join(", "),
        gate
      }),
      [{ file: page.file, line: section.heading.line }]
    );
  }
});

// src/criteria/website/sweep.ts
var MAX_LISTED2 = 100;
var MAX_NOTE = 160;
var REMOVED_MARK = "removed: true";
function isGatePage(file, gatePage2, englishPrefix) {
  if (file === gatePage2) return true;
  if (!gatePage2.startsWith(englishPrefix)) return false;
  const tail = gatePage2.slice(englishPrefix.length);
  const languages = englishPrefix.replace(/[^/]+\/$/, "");
  if (!file.startsWith(languages) || !file.endsWith(`/${tail}`)) return false;
  const language = file.slice(languages.length, file.length - tail.length - 1);
  return language !== "" && !language.includes("/");
}
function remainingMentions(ctx) {
  return ctx.memo("website-ipvs-mentions", async () => {
    const { sweep, gatePage: gatePage2 } = ctx.policy.website;
    const patterns = sweep.patterns.map((p) => p.toLowerCase());
    const gateLives = isBefore(ctx.target, ctx.stageVersion(gatePage2.removedFrom));
    const searching = ctx.repo.grep({
      patterns: sweep.allowRemovedPages ? [...patterns, REMOVED_MARK] : patterns,
      ignoreCase: true,
      include: sweep.include,
      exclude: sweep.allow.map((a) => a.path)
    });
    preloadMarkdownReader();
    const found = await searching;
    const gate = new RegExp(ctx.policy.gate, "gi");
    const hits = found.filter((h) => {
      if (gateLives && isGatePage(h.file, gatePage2.file, sweep.englishPrefix)) return false;
      const rest = h.text.replace(gate, "").toLowerCase();
      return patterns.some((p) => rest.includes(p));
    });
    const mentioning = new Set(filesOf(hits));
    const marked = filesOf(found.filter((h) => h.text.includes(REMOVED_MARK)));
    const removed = /* @__PURE__ */ new Set();
    await Promise.all(
      marked.filter((file) => mentioning.has(file)).map(async (file) => {
        const page = await markdownPage(ctx, file);
        if (page?.frontMatter?.data.removed === true) removed.add(file);
      })
    );
    return hits.filter((h) => !removed.has(h.file));
  });
}
function at(hit) {
  const text = hit.text.trim();
  return {
    file: hit.file,
    line: hit.line,
    note: text.length > MAX_NOTE ? `${text.slice(0, MAX_NOTE)}\u2026` : text
  };
}
function summary(hits) {
  const files = filesOf(hits);
  const shown = files.slice(0, 3).join(", ");
  return `${hits.length} line(s) in ${files.length} file(s): ${shown}${files.length > 3 ? ", \u2026" : ""}`;
}
var docsIpvsRemoved = defineCriterion({
  id: "docs-ipvs-removed",
  meta: {
    repo: "website",
    stage: "4",
    checks: "Stage 4: with ipvs mode gone, the docs no longer describe it; every remaining mention outside the allow-list is listed (localized trees as warnings by default)."
  },
  messages: {
    inEnglish: "IPVS mode is still mentioned in the English docs: {english}",
    inEnglishAndLocalized: "IPVS mode is still mentioned in the English docs: {english}; localized: {localized}",
    inLocalized: "IPVS mode is still mentioned in localized docs: {localized}",
    onlyLocalized: "no English docs mention IPVS mode, but localized docs still do: {localized} (left to their translators)",
    none: "no docs under {include} mention IPVS mode outside the allow-list"
  },
  async check(ctx) {
    const { sweep } = ctx.policy.website;
    const hits = await remainingMentions(ctx);
    const english = hits.filter((h) => h.file.startsWith(sweep.englishPrefix));
    const localized = hits.filter((h) => !h.file.startsWith(sweep.englishPrefix));
    const evidence = [...english, ...localized].slice(0, MAX_LISTED2).map(at);
    const localizedFails = sweep.localizedSeverity === "error";
    const found = { english: summary(english), localized: summary(localized) };
    if (english.length > 0)
      return fail(
        ctx.say(localized.length > 0 ? "inEnglishAndLocalized" : "inEnglish", found),
        evidence
      );
    if (localized.length > 0 && localizedFails) return fail(ctx.say("inLocalized", found), evidence);
    if (localized.length > 0) return warn(ctx.say("onlyLocalized", found), evidence);
    return pass(ctx.say("none", { include: sweep.include.join(", ") }));
  }
});

// src/criteria/website/index.ts
var WEBSITE_CRITERIA = [
  docsDeprecationNotice,
  docsAnnounceSchedule,
  docsFeatureGatePage,
  migrationBlogPost,
  docsDisabledByDefault,
  docsIpvsRemoved
];

// src/criteria/registry.ts
var CRITERIA = [
  kubeProxyWarns,
  nftablesBackports,
  gateDeclared,
  gateSpec,
  warningAnnouncesSchedule,
  ipvsModeRequiresGate,
  ipvsPackageRemoved,
  ipvsFlagsNoop,
  gateRemoved,
  noEarlyDefaultOff,
  noEarlyLock,
  noEarlyRemoval,
  ...WEBSITE_CRITERIA
];
var CRITERION_IDS = CRITERIA.map((c) => c.id);

// src/policy/load.ts
var import_yaml = __toESM(require_dist(), 1);

// src/policy/kep-5495-backports.ts
var BACKPORTS = {
  remote: "origin",
  mainBranch: "master",
  branches: ["release-1.34", "release-1.33"],
  paths: ["pkg/proxy/nftables/"],
  sinceBranchPoint: "release-1.33",
  cutoffs: {},
  fixes: [],
  bugLabel: "kind/bug",
  fixPattern: "\\bfix(es|ed|ing)?\\b",
  exemptions: []
};

// src/policy/gates.ts
var GATES = {
  listRepository: "kubernetes/kubernetes",
  website: {
    content: "content",
    english: "en",
    pages: "docs/reference/command-line-tools-reference/feature-gates"
  },
  enhancements: {
    keps: "keps",
    exclude: ["keps/NNNN-kep-template/**"]
  },
  deviations: [
    {
      finding: "stage-missing",
      version: "1.0",
      reason: 'a gate that was GA before Kubernetes versioned its gates carries a "1.0" GA spec in the code; its page may start at the stage it was documented from (AllowDNSOnlyNodeCSR, KubeProxyIPVS)'
    },
    ...["CPUManagerPolicy*Options", "TopologyManagerPolicy*Options"].map((gate) => ({
      gate,
      rule: "kep-list",
      reason: "these gates guard the policy options of many KEPs; an option graduates by moving from the alpha to the beta options gate, not by the gate's own pre-release"
    }))
  ]
};

// src/policy/kep-5495-website.ts
var WEBSITE = {
  modesPage: "content/en/docs/reference/networking/virtual-ips.md",
  section: { anchors: ["proxy-mode-ipvs"], headings: ["IPVS proxy mode", "`ipvs` proxy mode"] },
  deprecation: {
    shortcode: "feature-state",
    state: "deprecated",
    since: "1",
    noteShortcodes: ["note", "caution", "warning"],
    words: ["deprecated"]
  },
  announce: ["3", "4"],
  disabledByDefault: {
    phrases: [
      "disabled by default",
      "off by default",
      "not enabled by default",
      "defaults to false",
      "default value of false"
    ],
    future: {
      auxiliaries: ["will", "shall", "going to", "planned to", "scheduled to", "set to"],
      leadIns: ["in a future release", "in an upcoming release", "in a later release"]
    }
  },
  gatePage: {
    file: "content/en/docs/reference/command-line-tools-reference/feature-gates/KubeProxyIPVS.md",
    stages: [
      { stage: "deprecated", defaultValue: true, from: "2" },
      { stage: "deprecated", defaultValue: false, from: "3" }
    ],
    removedFrom: "cleanup"
  },
  blog: {
    dir: "content/en/blog/_posts/",
    titleWords: ["ipvs"],
    targets: ["nftables", "iptables"],
    migrationWords: ["migrat", "switch", "moving"],
    explains: ["scheduler"],
    unfinishedMarkers: ["FIXME", "TODO", "TBD"]
  },
  sweep: {
    include: ["content/*/docs/**"],
    patterns: ["ipvs"],
    englishPrefix: "content/en/",
    allow: [
      {
        path: "content/*/docs/reference/config-api/kube-proxy-config.*.md",
        reason: "generated reference of the kube-proxy configuration API"
      },
      {
        path: "content/*/docs/reference/command-line-tools-reference/kube-proxy.md",
        reason: "generated reference of the kube-proxy flags (the --ipvs-* flags stay as no-ops)"
      },
      {
        path: "content/*/docs/reference/setup-tools/kubeadm/generated/**",
        reason: "generated kubeadm reference"
      },
      { path: "content/*/docs/setup/release/**", reason: "release notes" },
      { path: "content/*/blog/**", reason: "blog posts record history" }
    ],
    allowRemovedPages: true,
    localizedSeverity: "warning"
  }
};
var WEBSITE_SCHEDULE = {
  "docs-deprecation-notice": { stage: "1", due: { from: "1", until: "4" }, severity: "error" },
  "docs-announce-schedule": { stage: "2", due: { from: "2", until: "4" }, severity: "error" },
  "docs-feature-gate-page": { stage: "2", due: { from: "2" }, severity: "error" },
  "migration-blog-post": { stage: "2", due: { from: "2" }, severity: "error" },
  "docs-disabled-by-default": { stage: "3", due: { from: "3", until: "4" }, severity: "error" },
  "docs-ipvs-removed": { stage: "4", due: { from: "4" }, severity: "error" }
};

// src/policy/kep-5495.ts
var IPVS_FLAGS = [
  "ipvs-scheduler",
  "ipvs-sync-period",
  "ipvs-min-sync-period",
  "ipvs-exclude-cidrs",
  "ipvs-strict-arp",
  "ipvs-tcp-timeout",
  "ipvs-tcpfin-timeout",
  "ipvs-udp-timeout"
];
var KEP_5495 = {
  name: "kep-5495",
  kep: "5495",
  title: "Deprecate ipvs mode in kube-proxy",
  gate: "KubeProxyIPVS",
  stages: { "1": "1.35", "2": "1.37", "3": "1.40", "4": "1.43", cleanup: "1.46" },
  kubernetes: {
    featureFiles: ["pkg/features/kube_features.go", "pkg/features/versioned_kube_features.go"],
    featureLists: [
      "test/compatibility_lifecycle/reference/versioned_feature_list.yaml",
      "test/featuregates_linter/test_data/versioned_feature_list.yaml",
      "test/featuregates_linter/test_data/unversioned_feature_list.yaml"
    ],
    excludeGo: ["vendor/**", "**/*_test.go", "**/testdata/**", "third_party/**"],
    warning: {
      paths: ["cmd/kube-proxy/", "pkg/proxy/"],
      mustSay: ["ipvs", "deprecated"],
      pointsAt: ["nftables"],
      logCalls: [
        "Info",
        "Infof",
        "InfoS",
        "Infoln",
        "Warning",
        "Warningf",
        "WarningS",
        "Warningln",
        "Error",
        "Errorf",
        "ErrorS",
        "Errorln"
      ],
      eventCalls: ["Event", "Eventf", "AnnotatedEventf"]
    },
    // Stage 4's text says "LockToDefault: false"; stage 2 and Kubernetes' gate lifecycle (lock
    // before removal) say true. The policy follows stage 2 (CRITERIA.md section 3).
    gateSpec: [
      {
        from: "2",
        until: "3",
        default: true,
        lockToDefault: false,
        preRelease: ["GA", "Deprecated"]
      },
      { from: "3", until: "4", default: false, lockToDefault: false, preRelease: ["Deprecated"] },
      {
        from: "4",
        until: "cleanup",
        default: false,
        lockToDefault: true,
        preRelease: ["Deprecated"]
      }
    ],
    announce: [
      { from: "2", until: "3", names: ["3", "4"] },
      { from: "3", until: "4", names: ["4"] }
    ],
    modeValidation: {
      paths: [
        "pkg/proxy/apis/config/validation/validation.go",
        "cmd/kube-proxy/app/server.go",
        "cmd/kube-proxy/app/server_linux.go",
        "cmd/kube-proxy/app/options.go"
      ],
      ipvsMode: ["ProxyModeIPVS", "ipvs"],
      validModes: ["iptables", "nftables"],
      errorCalls: [
        "field.Invalid",
        "field.NotSupported",
        "field.Forbidden",
        "fmt.Errorf",
        // The message is read through the Go value reader: built in a variable, from constants,
        // with fmt.Sprintf or strings.Join over a set of modes, it counts as the text users see.
        "errors.New"
      ]
    },
    ipvsPackage: "pkg/proxy/ipvs",
    ipvsImport: "k8s.io/kubernetes/pkg/proxy/ipvs",
    flags: {
      file: "cmd/kube-proxy/app/options.go",
      names: IPVS_FLAGS,
      configType: "KubeProxyIPVSConfiguration",
      configTypeFiles: [
        "pkg/proxy/apis/config/types.go",
        "staging/src/k8s.io/kube-proxy/config/v1alpha1/types.go"
      ]
    }
  },
  website: WEBSITE,
  backports: BACKPORTS,
  gates: GATES,
  criteria: {
    ...WEBSITE_SCHEDULE,
    "kube-proxy-warns": { stage: "1", due: { from: "1", until: "4" }, severity: "error" },
    "nftables-backports": { stage: "1", due: { from: "1" }, severity: "error" },
    "gate-declared": { stage: "2", due: { from: "2", until: "cleanup" }, severity: "error" },
    "gate-spec": { stage: "2", due: { from: "2", until: "cleanup" }, severity: "error" },
    "warning-announces-schedule": { stage: "2", due: { from: "2", until: "4" }, severity: "error" },
    "ipvs-mode-requires-gate": { stage: "3", due: { from: "3", until: "4" }, severity: "error" },
    "ipvs-package-removed": { stage: "4", due: { from: "4" }, severity: "error" },
    "ipvs-flags-noop": { stage: "4", due: { from: "4" }, severity: "warning" },
    "gate-removed": { stage: "cleanup", due: { from: "cleanup" }, severity: "error" },
    "no-early-default-off": { stage: "3", due: { until: "3" }, severity: "error" },
    "no-early-lock": { stage: "4", due: { until: "4" }, severity: "error" },
    "no-early-removal": { stage: "4", due: { until: "cleanup" }, severity: "error" }
  },
  exemptions: []
};

// src/policy/load.ts
async function loadPolicy(knownCriteria, override) {
  if (!override) return structuredClone(KEP_5495);
  const { file, text } = override;
  if (text.includes("\0")) throw new UserError(`${file}: is not a text file; a policy is YAML`);
  const lines = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter: lines, prettyErrors: true, uniqueKeys: false });
  const syntax = doc.errors[0];
  if (syntax) {
    const line = syntax.linePos?.[0].line;
    throw new UserError(
      `${file}${line ? `:${line}` : ""}: not valid YAML: ${yamlReason(syntax.message)}`
    );
  }
  const twice = duplicateKeyProblem(doc, lines);
  if (twice) throw new UserError(`${file}:${twice.line}: not valid YAML: ${twice.reason}; keep one`);
  let data;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    throw new UserError(`${file}: not usable as a policy: ${yamlReason(oneLine(error))}`);
  }
  if (data !== null && data !== void 0 && !isPlainObject(data)) {
    throw new UserError(
      `${file}:1: a policy file is a mapping of keys (stages, kubernetes, criteria, exemptions)`
    );
  }
  const merged = mergeOverride(structuredClone(KEP_5495), data ?? {});
  const locate = (path) => `${file}${lineOf(doc, lines, path)}`;
  const { policySchema } = await import("./schema-FTELFLN3.js");
  const parsed = policySchema.safeParse(merged);
  const unknown = (path) => path[0] === "criteria" && typeof path[1] === "string" && !knownCriteria.includes(path[1]);
  const problems = parsed.success ? [] : parsed.error.issues.filter((i) => !unknown(i.path)).map((i) => describe(i, locate));
  problems.push(...unknownCriteria(merged, knownCriteria, locate));
  if (parsed.success) problems.push(...crossChecks(parsed.data, knownCriteria, locate));
  if (problems.length > 0 || !parsed.success) {
    throw new UserError(`the policy is not valid: ${problems.join("; ")}`);
  }
  return parsed.data;
}
function crossChecks(policy, knownCriteria, locate) {
  const problems = [];
  const known2 = new Set(knownCriteria);
  policy.exemptions.forEach((e, i) => {
    if (!known2.has(e.criterion)) {
      problems.push(
        `${locate(["exemptions", i, "criterion"])}: exemptions[${i}].criterion: "${e.criterion}" is not a criterion id`
      );
    }
  });
  const versions = Object.entries(policy.stages);
  for (let i = 1; i < versions.length; i++) {
    const [prevId, prev] = versions[i - 1];
    const [id, current] = versions[i];
    if (compareMinor(minor(current), minor(prev)) <= 0) {
      problems.push(
        `${locate(["stages", id])}: stages.${id}: ${current} must come after stage ${prevId} (${prev})`
      );
    }
  }
  return problems;
}
function unknownCriteria(merged, knownCriteria, locate) {
  const criteria = isPlainObject(merged) ? merged.criteria : void 0;
  if (!isPlainObject(criteria)) return [];
  return Object.keys(criteria).filter((id) => !knownCriteria.includes(id)).map(
    (id) => `${locate(["criteria", id])}: criteria.${id}: no such criterion (known: ${knownCriteria.join(", ")})`
  );
}
function describe(issue, locate) {
  const path = issue.path;
  const key = path.length ? path.map(String).join(".") : "(top level)";
  let message = issue.message;
  if (issue.code === "unrecognized_keys") {
    message = `unknown key ${issue.keys.map((k) => `"${k}"`).join(", ")} (check the spelling)`;
    return `${locate([...path, issue.keys[0]])}: ${key}: ${message}`;
  }
  return `${locate(path)}: ${key}: ${message}`;
}
function lineOf(doc, lines, path) {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth), true);
    const pair = depth > 0 ? keyNode(doc, path.slice(0, depth)) : void 0;
    const offset = pair?.range?.[0] ?? node?.range?.[0];
    if (offset !== void 0) return `:${lines.linePos(offset).line}`;
  }
  return "";
}
function keyNode(doc, path) {
  const parent = doc.getIn(path.slice(0, -1), true);
  if (!(0, import_yaml.isMap)(parent)) return void 0;
  const last = String(path[path.length - 1]);
  const pair = parent.items.find(
    (p) => String(p.key?.value ?? p.key) === last
  );
  return pair?.key;
}
function mergeOverride(base, override) {
  if (isPlainObject(base) && isPlainObject(override)) {
    const out = { ...base };
    for (const [key, value] of Object.entries(override)) out[key] = mergeOverride(base[key], value);
    return out;
  }
  return override === void 0 ? base : override;
}
function isPlainObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/prepare.ts
import { promises as fs4 } from "node:fs";
import nodePath4 from "node:path";

// src/evidence/repo-kind.ts
var REPO_KINDS = ["kubernetes", "website"];
async function detectKind(repo, override) {
  const wanted = override?.trim().toLowerCase();
  if (wanted && wanted !== "auto") {
    if (REPO_KINDS.includes(wanted)) return wanted;
    throw new UserError(`repo-kind "${override}" is not known: use kubernetes, website or auto`);
  }
  const [features, kubeProxy, docs] = await Promise.all([
    repo.exists("pkg/features/kube_features.go"),
    repo.exists("cmd/kube-proxy"),
    repo.exists("content/en/docs")
  ]);
  if (features || kubeProxy) return "kubernetes";
  if (docs) return "website";
  throw new UserError(
    "cannot tell what this checkout is: it has neither pkg/features/kube_features.go nor cmd/kube-proxy/ (kubernetes/kubernetes) nor content/en/docs/ (kubernetes/website); check out one of them or set repo-kind"
  );
}

// node_modules/smol-toml/dist/error.js
function getLineColFromPtr(string, ptr) {
  let lines = string.slice(0, ptr).split(/\r?\n/);
  return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
  let lines = string.split(/\r?\n/);
  let codeblock = "";
  let numberLen = (Math.log10(line + 1) | 0) + 1;
  for (let i = line - 1; i <= line + 1; i++) {
    let l = lines[i - 1];
    if (!l)
      continue;
    codeblock += i.toString().padEnd(numberLen, " ");
    codeblock += ":  ";
    codeblock += l;
    codeblock += "\n";
    if (i === line) {
      codeblock += " ".repeat(numberLen + column + 2);
      codeblock += "^\n";
    }
  }
  return codeblock;
}
var TomlError = class _TomlError extends Error {
  line;
  column;
  codeblock;
  constructor(message, options) {
    const [line, column] = getLineColFromPtr(options.toml, options.ptr);
    const codeblock = makeCodeBlock(options.toml, line, column);
    super(`Invalid TOML document: ${message}

${codeblock}`, options);
    this.line = line;
    this.column = column;
    this.codeblock = codeblock;
  }
  /** @internal */
  static x(message, ctx, ptr) {
    throw new _TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
  }
};

// node_modules/smol-toml/dist/primitive.js
function parseString(ctx) {
  let startPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p++);
  let first = c;
  let isLiteral = c === 39;
  let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
  if (isMultiline) {
    if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 10)
      ctx.p++;
    else if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)
      ctx.p += 2;
  }
  let parsed = "";
  let sliceStart = ctx.p;
  let state = 0;
  for (; ctx.p < ctx.s.length; ctx.p++) {
    c = ctx.s.charCodeAt(ctx.p);
    if (isMultiline && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)) {
      state = state && 3;
    } else if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in strings", ctx);
    } else if ((!state || state === 3) && c === first && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first)) {
      if (isMultiline) {
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
      }
      if (!state) {
        let s = ctx.s.slice(sliceStart, ctx.p);
        parsed = parsed ? parsed + s : s;
      }
      ctx.p += isMultiline ? 3 : 1;
      return parsed;
    } else if (!state) {
      if (!isLiteral && c === 92) {
        parsed += ctx.s.slice(sliceStart, sliceStart = ctx.p);
        state = 1;
      }
    } else if (state === 1) {
      if (c === 120 || c === 117 || c === 85) {
        let errPtr = ctx.p++ - 1;
        let value = 0;
        let len = c === 120 ? 2 : c === 117 ? 4 : 8;
        for (let j = 0; j < len; j++, ctx.p++) {
          let hex = ctx.s.charCodeAt(ctx.p);
          let digit = (
            /* 0-9 */
            hex >= 48 && hex <= 57 ? hex - 48 : (
              /* A-F */
              hex >= 65 && hex <= 70 ? hex - 65 + 10 : (
                /* a-f */
                hex >= 97 && hex <= 102 ? hex - 97 + 10 : -1
              )
            )
          );
          if (digit < 0)
            TomlError.x("invalid non-hex character in unicode escape", ctx);
          value = value << 4 | digit;
        }
        if (value < 0 || value > 1114111 || value >= 55296 && value <= 57343) {
          TomlError.x("invalid unicode escape", ctx, errPtr);
        }
        parsed += String.fromCodePoint(value);
        sliceStart = ctx.p--;
        state = 0;
      } else if (isMultiline && (c === 32 || c === 9)) {
        state = 2;
      } else {
        if (c === 98)
          parsed += "\b";
        else if (c === 116)
          parsed += "	";
        else if (c === 110)
          parsed += "\n";
        else if (c === 102)
          parsed += "\f";
        else if (c === 114)
          parsed += "\r";
        else if (c === 101)
          parsed += "\x1B";
        else if (c === 34)
          parsed += '"';
        else if (c === 92)
          parsed += "\\";
        else
          TomlError.x("unrecognised escape sequence", ctx);
        sliceStart = ctx.p + 1;
        state = 0;
      }
    } else if (c !== 32 && c !== 9) {
      if (state === 2)
        TomlError.x("invalid escape: only line-ending whitespace may be escaped", ctx, sliceStart);
      state = !isLiteral && c === 92 ? 1 : 0;
      sliceStart = ctx.p;
    }
  }
  TomlError.x("unfinished string", ctx, startPtr);
}

// node_modules/smol-toml/dist/date.js
var DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
var TomlDate = class _TomlDate extends Date {
  #hasDate = false;
  #hasTime = false;
  #offset = null;
  constructor(date, fasttype, unsafeDelim) {
    let hasDate = true;
    let hasTime = true;
    let offset = "Z";
    let c;
    if (typeof date === "string") {
      if (fasttype)
        prep: {
          if (fasttype < 3) {
            if (+date.slice(11, 13) > 23) {
              date = "";
              break prep;
            }
            if (fasttype === 2) {
              offset = null;
              date += "Z";
            } else if ((c = date.charCodeAt(date.length - 1)) !== 90 && c !== 122) {
              offset = date.slice(date.length - 6);
            }
            if (unsafeDelim)
              date = date.slice(0, 10) + "T" + date.slice(11);
          } else if (fasttype === 4) {
            date = +date.slice(0, 2) > 23 ? "" : `0000-01-01T${date}Z`;
          }
          hasDate = fasttype !== 4;
          hasTime = fasttype !== 3;
        }
      else {
        let match = date.match(DATE_TIME_RE);
        if (match) {
          if (!match[1]) {
            hasDate = false;
            date = `0000-01-01T${date}`;
          }
          hasTime = !!match[2];
          hasTime && date[10] === " " && (date = date.replace(" ", "T"));
          if (match[2] && +match[2] > 23) {
            date = "";
          } else {
            offset = match[3] || null;
            if (!offset && hasTime)
              date += "Z";
          }
        } else {
          date = "";
        }
      }
    }
    super(date);
    if (!isNaN(this.getTime())) {
      this.#hasDate = hasDate;
      this.#hasTime = hasTime;
      this.#offset = offset;
    }
  }
  isDateTime() {
    return this.#hasDate && this.#hasTime;
  }
  isLocal() {
    return !this.#hasDate || !this.#hasTime || !this.#offset;
  }
  isDate() {
    return this.#hasDate && !this.#hasTime;
  }
  isTime() {
    return this.#hasTime && !this.#hasDate;
  }
  isValid() {
    return this.#hasDate || this.#hasTime;
  }
  toISOString() {
    let iso = super.toISOString();
    if (this.isDate())
      return iso.slice(0, 10);
    if (this.isTime())
      return iso.slice(11, 23);
    if (this.#offset === null)
      return iso.slice(0, -1);
    if (this.#offset === "Z" || this.#offset === "z")
      return iso;
    let offset = +this.#offset.slice(1, 3) * 60 + +this.#offset.slice(4, 6);
    offset = this.#offset[0] === "-" ? offset : -offset;
    let offsetDate = new Date(this.getTime() - offset * 6e4);
    return offsetDate.toISOString().slice(0, -1) + this.#offset;
  }
  static wrapAsOffsetDateTime(jsDate, offset = "Z") {
    let date = new _TomlDate(jsDate);
    date.#offset = offset;
    return date;
  }
  static wrapAsLocalDateTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#offset = null;
    return date;
  }
  static wrapAsLocalDate(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasTime = false;
    date.#offset = null;
    return date;
  }
  static wrapAsLocalTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasDate = false;
    date.#offset = null;
    return date;
  }
};

// node_modules/smol-toml/dist/extract.js
function isDigit2(char, base = 10) {
  return base === 16 ? char > 47 && char < 58 || char > 64 && char < 71 || char > 96 && char < 103 : char > 47 && char < 48 + base;
}
function isEndOfValue(char, delim) {
  return char === 32 || char === 9 || char === 10 || char === 13 || // Structure end or next value delimiter
  delim && (char === delim || char === 44) || // Comment
  char === 35;
}
function extractValue(ctx, end) {
  let errPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p);
  if (c === 91 || c === 123) {
    ctx.d-- || TomlError.x("document contains excessively nested structures. aborting.", ctx);
    let value = c === 91 ? parseArray(ctx) : parseInlineTable(ctx);
    ctx.d++;
    return value;
  }
  if (c === 34 || c === 39) {
    return parseString(ctx);
  }
  if (c === 116) {
    if (ctx.s.charCodeAt(++ctx.p) !== 114 || ctx.s.charCodeAt(++ctx.p) !== 117 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, true;
  }
  if (c === 102) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 108 || ctx.s.charCodeAt(++ctx.p) !== 115 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, false;
  }
  if (c === 43 || c === 45) {
    return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45) {
    return parseDate(ctx, c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 2) === 58) {
    return parseTime(ctx, c, end);
  }
  return parseNumber(ctx, ctx.p, c, 0, end);
}
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
  let c = startChr;
  let state = 0;
  let hasUnderscores = false;
  if (c === 105) {
    if (ctx.s.charCodeAt(++ctx.p) !== 110 || ctx.s.charCodeAt(++ctx.p) !== 102)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, (sign || 1) / 0;
  }
  if (c === 110) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 110)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, NaN;
  }
  if (c === 48) {
    if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
      return ctx.bi === true ? 0n : 0;
    if (!sign) {
      if (c === 120)
        return parseIntegerBaseN(ctx, startPtr, 16, endChr);
      else if (c === 98)
        return parseIntegerBaseN(ctx, startPtr, 2, endChr);
      else if (c === 111)
        return parseIntegerBaseN(ctx, startPtr, 8, endChr);
    }
    if (c === 46)
      state = 2;
    else if (c === 101 || c === 69)
      state = 4;
    else
      TomlError.x("illegal leading zero", ctx, startPtr);
  } else if (!isDigit2(c))
    TomlError.x("invalid value", ctx, startPtr);
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (!state)
      state = 1;
    if (c === 95) {
      if (!(state & 1))
        TomlError.x("illegal underscore", ctx);
      state += 11;
      hasUnderscores = true;
    } else if (state === 1 && c === 46)
      state = 2;
    else if ((state === 1 || state === 3) && (c === 101 || c === 69))
      state = 4;
    else if (state === 4 && (c === 43 || c === 45)) {
      state = 6;
    } else if (!isDigit2(c))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (state > 9)
      state -= 11;
    else if (!(state & 1))
      state++;
  }
  if (!state) {
    let val = (startChr - 48) * (sign || 1);
    return ctx.bi === true ? BigInt(val) : val;
  }
  if (!(state & 1))
    TomlError.x("unfinished numeric value", ctx, startPtr);
  let str = ctx.s.slice(startPtr, ctx.p);
  if (hasUnderscores)
    str = str.replaceAll("_", "");
  return state > 1 ? parseFloat(str) : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
  let c, underscore = 1;
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (c === 95) {
      if (underscore & 1)
        TomlError.x("illegal underscore", ctx);
      underscore = 3;
    } else if (!isDigit2(c, base))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (underscore & 1)
      underscore--;
  }
  if (underscore & 1)
    TomlError.x("unfinished numeric value", ctx);
  let str = ctx.s.slice(startPtr + 2, ctx.p);
  if (underscore)
    str = str.replaceAll("_", "");
  return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
  if (ctx.bi !== true)
    int: {
      let val = parseInt(str, base);
      if (!Number.isSafeInteger(val)) {
        if (ctx.bi)
          break int;
        TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
      }
      return val;
    }
  return base === 10 ? BigInt(str) : BigInt((base === 2 ? "0b" : base === 8 ? "0o" : "0x") + str);
}
function parseDate(ctx, c, endChr) {
  let startPtr = ctx.p++, unsafeSeparator;
  if (!isDigit2(c) || !isDigit2(ctx.s.charCodeAt(ctx.p++)) || !isDigit2(ctx.s.charCodeAt(ctx.p++)) || !isDigit2(ctx.s.charCodeAt(ctx.p++))) {
    return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
  }
  ctx.p += 5;
  if (!isDigit2(ctx.s.charCodeAt(ctx.p++)))
    TomlError.x("invalid date-time: date part is malformed", ctx, startPtr);
  if (ctx.p >= ctx.s.length || ((c = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = true, !isDigit2(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 84 && c !== 116) {
    let t2 = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t2, 3, false, startPtr);
  }
  if (ctx.s.charCodeAt(ctx.p += 3) !== 58)
    TomlError.x("invalid date-time: time part is malformed", ctx, startPtr);
  if (ctx.s.charCodeAt(ctx.p += 3) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit2(ctx.s.charCodeAt(++ctx.p)))
      ;
  if (c = ctx.s.charCodeAt(ctx.p)) {
    if (c === 90 || c === 122) {
      let t2 = ctx.s.slice(startPtr, ++ctx.p);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, "[+00:00]");
    }
    if (c === 43 || c === 45) {
      let t2 = ctx.s.slice(startPtr, ctx.p += 6);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, !ctx.ld && "[" + ctx.s.slice(ctx.p - 6, ctx.p) + "]");
    }
  }
  let t = ctx.s.slice(startPtr, ctx.p);
  return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
  let start = ctx.p;
  if (!isDigit2(c) || !isDigit2(ctx.s.charCodeAt(++ctx.p))) {
    return parseNumber(ctx, --ctx.p, c, 0, endChr);
  }
  if (ctx.s.charCodeAt(ctx.p += 4) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit2(ctx.s.charCodeAt(++ctx.p)))
      ;
  let t = ctx.s.slice(start, ctx.p);
  return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
  if (ctx.ld) {
    let date = new TomlDate(str, type, unsafeDelim);
    if (!date.isValid())
      TomlError.x("invalid date", ctx, errPtr);
    return date;
  }
  try {
    if (temporalSuffix)
      str += temporalSuffix;
    switch (type) {
      case 1:
        return Temporal.ZonedDateTime.from(str);
      case 2:
        return Temporal.PlainDateTime.from(str);
      case 3:
        return Temporal.PlainDate.from(str);
      case 4:
        return Temporal.PlainTime.from(str);
    }
  } catch (e) {
    TomlError.x(e instanceof Error ? e.message : "" + e, ctx, errPtr);
  }
}

// node_modules/smol-toml/dist/util.js
function skipComment(ctx) {
  for (; ctx.p < ctx.s.length; ctx.p++) {
    let c = ctx.s.charCodeAt(ctx.p);
    if (c === 10)
      break;
    if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) {
      ctx.p++;
      break;
    }
    if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in comments", ctx);
    }
  }
}
function skipVoid(ctx, banNewLines, banComments) {
  let c;
  while (ctx.p < ctx.s.length) {
    while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 32 || c === 9 || !banNewLines && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)))
      ctx.p++;
    if (banComments || c !== 35)
      break;
    skipComment(ctx);
  }
}

// node_modules/smol-toml/dist/struct.js
function parseKey(ctx, end = 61) {
  let startPtr;
  let state = 0;
  let parsed = [];
  let sliceStart;
  let c = ctx.s.charCodeAt(startPtr = ctx.p);
  do {
    if (c === end) {
      if (!state)
        TomlError.x("unexpected end of key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      return ctx.p++, parsed;
    } else if (c === 46) {
      if (!state)
        TomlError.x("illegal empty bare key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      state = 0;
    } else if (!state && (c === 34 || c === 39)) {
      if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
        TomlError.x("illegal quoted key: multiline strings are not allowed", ctx);
      parsed.push(parseString(ctx));
      state = 2;
      ctx.p--;
    } else if (c === 32 || c === 9) {
      if (state === 1) {
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
        state = 2;
      }
    } else if (state === 2 || c < 48 && c !== 45 || c > 57 && c < 65 || c > 90 && c < 97 && c !== 95 || c > 122) {
      TomlError.x("illegal character in key", ctx);
    } else if (!state) {
      state = 1;
      sliceStart = ctx.p;
    }
  } while (c = ctx.s.charCodeAt(++ctx.p));
  TomlError.x("incomplete key-value: cannot find end of key", ctx, startPtr);
}
function parseInlineTable(ctx) {
  let startPtr = ctx.p++;
  let res = /* @__PURE__ */ Object.create(null);
  let seen = /* @__PURE__ */ new Set();
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 125) {
      ctx.p++;
      return res;
    }
    let k;
    let t = res;
    let hasOwn = false;
    let errPtr = ctx.p;
    let key = parseKey(ctx);
    for (let i = 0; i < key.length; i++) {
      if (i)
        t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      k = key[i];
      if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== "object" || seen.has(t[k]))) {
        TomlError.x("trying to redefine an already defined value", ctx, errPtr);
      }
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor")) {
        t = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
        break;
      }
      if (!hasOwn && unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
      }
    }
    if (hasOwn) {
      TomlError.x("trying to redefine an already defined value", ctx, errPtr);
    }
    skipVoid(ctx, true, true);
    let value = extractValue(
      ctx,
      125
      /* } */
    );
    if (t && typeof (t[k] = value) === "object")
      seen.add(value);
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 125) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished table", ctx, startPtr);
}
function parseArray(ctx) {
  let startPtr = ctx.p++;
  let res = [];
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 93) {
      ctx.p++;
      return res;
    }
    res.push(extractValue(
      ctx,
      93
      /* ] */
    ));
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 93) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished array", ctx, startPtr);
}

// node_modules/smol-toml/dist/parse.js
function peekTable(ctx, key, table, meta, type) {
  let t = table;
  let m = meta;
  let k;
  let hasOwn = false;
  let state;
  for (let i = 0; i < key.length; i++) {
    if (i) {
      t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      m = (state = m[k]).c;
      if (type === 0 && (state.t === 1 || state.t === 2)) {
        return null;
      }
      if (state.t === 2) {
        let l = t.length - 1;
        t = t[l];
        m = m[l].c;
      }
    }
    k = key[i];
    if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 && m[k]?.d) {
      return null;
    }
    if (!hasOwn) {
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor"))
        return false;
      if (unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
        Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
      }
      m[k] = {
        t: i < key.length - 1 && type === 2 ? 3 : type,
        d: false,
        i: 0,
        c: /* @__PURE__ */ Object.create(null)
      };
    }
  }
  state = m[k];
  if (state.t !== type && !(type === 1 && state.t === 3)) {
    return null;
  }
  if (type === 2) {
    if (!state.d) {
      state.d = true;
      t[k] = [];
    }
    t[k].push(t = /* @__PURE__ */ Object.create(null));
    state.c[state.i++] = state = { t: 1, d: false, i: 0, c: /* @__PURE__ */ Object.create(null) };
  }
  if (state.d) {
    return null;
  }
  state.d = true;
  if (type === 1) {
    t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
  } else if (type === 0 && hasOwn) {
    return null;
  }
  return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
  if (peek === null || ctx.uk === 2)
    TomlError.x(peek === null ? "trying to redefine an already defined table or value" : "document contains an unsafe property", ctx, ptr);
}
function parse(toml, options = {}) {
  let ctx = {
    s: toml,
    p: 0,
    d: options.maxDepth ?? 1e3,
    bi: options.integersAsBigInt ?? false,
    ld: options.useLegacyDate ?? true,
    uk: options.unsafeKeyBehaviour === "throw" ? 2 : options.unsafeKeyBehaviour === "drop" ? 1 : 0
  };
  let res = /* @__PURE__ */ Object.create(null);
  let meta = /* @__PURE__ */ Object.create(null);
  let tmp;
  let skipping = false;
  let tbl = res;
  let m = meta;
  if (toml.charCodeAt(0) === 65279)
    ctx.p++;
  skipVoid(ctx);
  while (ctx.p < toml.length) {
    if (toml.charCodeAt(ctx.p) === 91) {
      let isTableArray = toml.charCodeAt(++ctx.p) === 91;
      tmp = ctx.p += +isTableArray;
      skipping = false;
      let k = parseKey(
        ctx,
        93
        /* ] */
      );
      if (isTableArray) {
        if (toml.charCodeAt(ctx.p) !== 93) {
          TomlError.x("expected end of table array declaration", ctx);
        }
        ctx.p++;
      }
      let p = peekTable(
        ctx,
        k,
        res,
        meta,
        isTableArray ? 2 : 1
        /* Type.EXPLICIT */
      );
      if (!p) {
        validateTablePeek(ctx, p, tmp);
        skipping = true;
      } else {
        m = p[2];
        tbl = p[1];
      }
    } else {
      tmp = ctx.p;
      let k = parseKey(ctx);
      let p = peekTable(
        ctx,
        k,
        tbl,
        m,
        0
        /* Type.DOTTED */
      );
      if (!p && !skipping)
        validateTablePeek(ctx, p, tmp);
      skipVoid(ctx, true, true);
      let v = extractValue(ctx, void 0);
      if (p && !skipping)
        p[1][p[0]] = v;
    }
    skipVoid(ctx, true);
    if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 10 && (tmp !== 13 || toml.charCodeAt(ctx.p + 1) !== 10)) {
      TomlError.x("each key-value declaration must be followed by an end-of-line", ctx);
    }
    skipVoid(ctx);
  }
  return res;
}

// node_modules/smol-toml/dist/stringify.js
var HAS_WELLFORMED = !!"".isWellFormed;

// src/release/resolve.ts
async function resolveTarget(sources) {
  if (sources.explicit?.trim()) {
    const value = sources.explicit.trim();
    const target = parseMinor(value);
    if (!target) {
      throw new UserError(
        `${sources.explicitLabel ?? "target-release"} "${value}" is not a release: use ${ACCEPTED_TARGET_FORMS}`
      );
    }
    return { target, source: `${sources.explicitLabel ?? "target-release"} ${value}`, via: "input" };
  }
  const milestone2 = sources.milestone?.trim();
  if (milestone2 && /^v?\d/.test(milestone2)) {
    const target = parseMinor(milestone2);
    if (!target) {
      throw new UserError(
        `the pull request's milestone "${milestone2}" is not a release: name milestones like v1.40, or set target-release`
      );
    }
    return { target, source: `milestone ${milestone2}`, via: "milestone" };
  }
  const branchPrefix = sources.kind === "website" ? "dev-" : "release-";
  const branches = [sources.baseRef, sources.ref].map(branchName).filter((b) => b !== void 0);
  for (const branch of branches) {
    const target = branch.startsWith(branchPrefix) ? parseMinor(branch) : void 0;
    if (target) return { target, source: `branch ${branch}`, via: "branch" };
  }
  if (sources.kind === "kubernetes") {
    const described = (await sources.describe())?.trim();
    const target = described ? parseMinor(described) : void 0;
    if (target) return { target, source: `git describe ${described}`, via: "tag" };
  } else {
    const latest = latestFromHugo(await sources.hugoToml());
    const target = latest ? parseMinor(latest) : void 0;
    if (target) return { target, source: `hugo.toml latest = "${latest}"`, via: "hugo" };
  }
  throw new UserError(
    `cannot tell which release this checkout targets (no milestone, no ${branchPrefix}X.Y branch, ${sources.kind === "kubernetes" ? "no v1.X tag reachable" : "no latest version in hugo.toml"}): set target-release (or --target) to ${ACCEPTED_TARGET_FORMS}`
  );
}
function branchName(ref) {
  return ref?.trim().replace(/^refs\/heads\//, "") || void 0;
}
function latestFromHugo(toml) {
  if (!toml) return void 0;
  let data;
  try {
    data = parse(toml);
  } catch (error) {
    const line = error instanceof TomlError ? error.line : void 0;
    const reason = oneLine(error.message.split("\n")[0]).replace(
      "Invalid TOML document: ",
      ""
    );
    throw new DataError("hugo.toml", line, `is not valid TOML: ${reason}`);
  }
  const latest = data.params?.latest;
  return typeof latest === "string" ? latest : void 0;
}

// src/prepare.ts
async function prepare(settings, repo, options = {}) {
  const [{ text: override, notices }, kind] = await Promise.all([
    readPolicyText(settings.policy, repo, options.policyFrom),
    detectKind(options.kindProbe ?? repo, settings.repoKind)
  ]);
  const policy = await loadPolicy(CRITERION_IDS, override);
  const { target, source, via } = await resolveTarget({
    explicit: settings.target,
    explicitLabel: settings.targetLabel,
    milestone: settings.milestone,
    baseRef: settings.baseRef,
    ref: settings.ref,
    kind,
    describe: () => repo.describe(),
    hugoToml: () => repo.read("hugo.toml")
  });
  return {
    policy,
    kind,
    target,
    targetSource: source,
    targetVia: via,
    ...override?.origin ? { policySource: `${override.file} from ${override.origin}` } : {},
    notices
  };
}
async function readPolicyText(policy, repo, from) {
  if (policy === void 0) return { notices: [] };
  const reader2 = from?.repo ?? repo;
  const file = await policyPath(policy.file, policy.base, reader2.root);
  const text = await readPolicy(reader2, file);
  if (text !== void 0)
    return { text: { file, text, ...from ? { origin: from.origin } : {} }, notices: [] };
  if (!from)
    throw new UserError(
      `policy file "${policy.file}" does not exist: give a path to a YAML file inside the repository`
    );
  const notice = `policy file "${file}" is not a file on ${from.origin}: judging with the built-in policy (a pull request's policy changes apply once merged)`;
  return { notices: [notice] };
}
async function readPolicy(repo, file) {
  try {
    return await repo.readNamed(file);
  } catch (error) {
    if (error instanceof DataError)
      throw new UserError(`policy file "${file}" ${error.reason}: give a path to a YAML file`);
    throw error;
  }
}
async function policyPath(file, base, root) {
  const from = await fs4.realpath(base).catch(() => nodePath4.resolve(base));
  const rel = pathInside(root, nodePath4.resolve(from, file));
  if (rel === void 0 || rel === "")
    throw new UserError(
      `policy file "${file}" is outside the repository: keep the policy file in the checkout`
    );
  return rel;
}
async function readPlainPolicy(file) {
  return {
    file: nodePath4.relative(process.cwd(), nodePath4.resolve(file)) || file,
    text: await readNamedFile(
      nodePath4.resolve(file),
      `policy file "${file}"`,
      "give a path to a YAML file"
    )
  };
}

// src/report/backports.ts
var SIGN_NAMES = {
  history: "branched after the merge",
  branch: "pick branch",
  body: "pick body",
  trailer: "-x trailer",
  "patch-id": "patch-id",
  title: "pick title",
  github: "GitHub PR"
};
var NAMED = 30;
function cellText(cell, quote) {
  if (cell.state === "missing") return "\u274C missing";
  if (cell.state === "exempt") return `\u{1F7E6} exempt: ${quote(cell.reason)}`;
  return `\u2705 ${cell.pick} (${cell.signs.map((s) => SIGN_NAMES[s]).join(", ")})`;
}
function others(d) {
  const { notBugFixes: not, unusedExemptions: unused } = d;
  return [
    ...not.length > 0 ? [
      "",
      `Not bug fixes (${not.length}): ${not.slice(0, NAMED).join(", ")}${not.length > NAMED ? ", \u2026" : ""}`
    ] : [],
    ...unused.length > 0 ? ["", `Exemptions matching no fix in range: ${unused.join(", ")}`] : []
  ];
}
function backportsMarkdown(d, escape) {
  const short = (sha) => sha.slice(0, 12);
  const lines = [
    `Refs read: ${d.refs.map((r) => `\`${r.name}\` ${short(r.sha)} (${r.ref})`).join(", ")}`,
    `- fixes merged after ${escape(d.since)} up to ${escape(d.upTo)}`,
    ...d.fetched.length > 0 ? [`- fetched: ${escape(d.fetched.join("; "))}`] : [],
    ...d.factsUnavailable ? [`- ${escape(d.factsUnavailable)}; classified by title`] : [],
    ""
  ];
  if (d.rows.length === 0) lines.push("No bug fixes in range.");
  else {
    lines.push(
      `| fix | classified by | ${d.branches.join(" | ")} |`,
      `| --- | --- | ${d.branches.map(() => "---").join(" | ")} |`
    );
    for (const row of d.rows) {
      const cells2 = row.cells.map((c) => cellText(c, escape));
      lines.push(`| ${row.fix} ${escape(row.title)} | ${row.classifiedBy} | ${cells2.join(" | ")} |`);
    }
  }
  return [...lines, ...others(d)];
}
function backportsText(d) {
  const plain = (text) => text;
  const lines = [
    `refs read: ${d.refs.map((r) => `${r.name} ${r.sha.slice(0, 12)} (${r.ref})`).join(", ")}`,
    `fixes merged after ${d.since} up to ${d.upTo}`,
    ...d.fetched.length > 0 ? [`fetched: ${d.fetched.join("; ")}`] : [],
    ...d.factsUnavailable ? [`${d.factsUnavailable}; classified by title`] : []
  ];
  if (d.rows.length === 0) lines.push("no bug fixes in range");
  for (const row of d.rows) {
    lines.push(`${row.fix} ${row.title} [${row.classifiedBy}]`);
    row.cells.forEach((c, i) => lines.push(`  ${d.branches[i]}: ${cellText(c, plain)}`));
  }
  return [...lines, ...others(d).filter((l) => l !== "")];
}
function backportsJson(d) {
  return {
    kind: d.kind,
    refs: d.refs,
    since: d.since,
    upTo: d.upTo,
    fetched: d.fetched,
    ...d.factsUnavailable ? { factsUnavailable: d.factsUnavailable } : {},
    branches: d.branches,
    fixes: d.rows.map((row) => ({
      fix: row.fix,
      title: row.title,
      classifiedBy: row.classifiedBy,
      branches: Object.fromEntries(row.cells.map((c, i) => [d.branches[i], c]))
    })),
    notBugFixes: d.notBugFixes,
    unusedExemptions: d.unusedExemptions
  };
}

// src/report/timeline.ts
var MARK = {
  done: "\u2705",
  failed: "\u274C",
  pending: "\u23F3"
};
var STYLES = [
  "classDef done fill:#dafbe1,stroke:#1a7f37,color:#1f2328",
  "classDef failed fill:#ffebe9,stroke:#cf222e,color:#1f2328",
  "classDef pending fill:#f6f8fa,stroke:#8c959f,color:#1f2328"
];
function release2(text) {
  return /^\d{1,4}\.\d{1,4}$/.test(text) ? text : "?";
}
function stageName(stage) {
  return /^\d$/.test(stage) ? `stage ${stage}` : stage === "cleanup" ? "cleanup" : "stage ?";
}
function renderTimeline(report) {
  const { timeline } = report;
  if (timeline.length === 0) return [];
  const nodes = [];
  let target;
  timeline.forEach((s, i) => {
    const id = `s${i + 1}`;
    if (target === void 0 && s.toTarget === "after") {
      target = "t";
      nodes.push(`t["target ${release2(report.target)}"]`);
    }
    if (s.toTarget === "at") target = id;
    const label = `${stageName(s.stage)} \xB7 ${release2(s.release)} ${MARK[s.state]}`;
    nodes.push(`${id}["${label}${s.toTarget === "at" ? " \xB7 target" : ""}"]:::${s.state}`);
  });
  if (target === void 0) {
    target = "t";
    nodes.push(`t["target ${release2(report.target)}"]`);
  }
  return [
    "```mermaid",
    "flowchart LR",
    `  ${nodes.join(" ==> ")}`,
    ...STYLES.map((s) => `  ${s}`),
    `  style ${target} stroke-width:4px`,
    "```"
  ];
}

// src/report/markdown.ts
var ICON = {
  pass: "\u2705",
  fail: "\u274C",
  warning: "\u26A0\uFE0F",
  exempt: "\u{1F7E6}",
  skipped: "\u23ED\uFE0F",
  next: "\u{1F51C}"
};
function renderMarkdown(report, options = {}) {
  const due = report.criteria.filter((c) => c.status !== "next");
  const next = report.criteria.filter((c) => c.status === "next");
  const verdict = report.result === "pass" ? "\u2705 pass" : "\u274C fail";
  const lines = [
    `## KEP-${escapeMarkdown(report.kep)}: ${escapeMarkdown(report.title)} \u2014 ${report.kind} at ${report.target}: ${verdict}`,
    "",
    ...renderTimeline(report),
    ...report.timeline.length > 0 ? [""] : [],
    `Target **${report.target}** (from ${escapeMarkdown(report.targetSource)}), stage **${report.stage}**, policy ${codeSpan(report.policy)}${report.policySource ? ` (${escapeMarkdown(report.policySource)}: a pull request cannot change the policy that judges it)` : ""}.`,
    ""
  ];
  if (report.errors.length > 0) {
    lines.push("**Could not read:**", "", ...report.errors.map((e) => `- ${escapeMarkdown(e)}`), "");
  }
  lines.push("### Due at this release", "");
  if (due.length === 0) lines.push("Nothing is due at this release.");
  for (const c of due) lines.push(...item(c, options.links));
  if (next.length > 0) {
    lines.push("", "### Coming next", "");
    for (const c of next)
      lines.push(
        `- [ ] \u{1F51C} \`${c.id}\` (stage ${c.stage}, due from ${c.due.from}): ${escapeMarkdown(c.explain)}`
      );
  }
  return lines.join("\n") + "\n";
}
function item(c, links) {
  const done = c.status === "pass" || c.status === "exempt";
  const out = [
    `- [${done ? "x" : " "}] ${ICON[c.status]} \`${c.id}\` (stage ${c.stage}, ${c.status}): ${escapeMarkdown(c.message)}`
  ];
  for (const e of c.evidence.slice(0, 10))
    out.push(`  - ${place(e, links)}${e.note ? `: ${escapeMarkdown(e.note)}` : ""}`);
  if (c.evidence.length > 10) out.push(`  - and ${c.evidence.length - 10} more`);
  if (c.details?.kind === "backports") {
    const lines = backportsMarkdown(c.details, escapeMarkdown);
    out.push("", ...lines.map((line) => line ? `  ${line}` : ""), "");
  }
  return out;
}
function place(e, links) {
  const shown = codeSpan(`${e.file}${e.line ? `:${e.line}` : ""}`);
  return links ? `[${shown}](${evidenceUrl(links, e)})` : shown;
}
function evidenceUrl(links, e) {
  const path = e.file.split("/").map(
    (part) => encodeURIComponent(part).replace(
      /[!'()*]/g,
      (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`
    )
  ).join("/");
  const server = links.server.replace(/\/+$/, "");
  return `${server}/${links.repository}/blob/${links.commit}/${path}${e.line ? `#L${e.line}` : ""}`;
}
function codeSpan(text) {
  const clean = withoutControls(text);
  const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = clean.startsWith("`") || clean.endsWith("`") ? " " : "";
  return `${fence}${pad}${clean}${pad}${fence}`;
}
function withoutControls(text) {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, "\uFFFD");
}
function escapeMarkdown(text) {
  return withoutControls(text.replace(/[\r\n]+/g, " ")).replace(/[\\`*_[\]<>|#]/g, (ch) => `\\${ch}`).replace(/-->/g, "--\\>").replace(/@(?=[A-Za-z0-9])/g, "@\u200B");
}

// src/policy/window.ts
function stageVersion(policy, stage) {
  const text = policy.stages[stage];
  if (!text) throw new Error(`the policy has no stage "${stage}"`);
  return minor(text);
}
function windowAt(policy, rules, target) {
  const from = rules.due.from ? stageVersion(policy, rules.due.from) : void 0;
  const until = rules.due.until ? stageVersion(policy, rules.due.until) : void 0;
  const due = { from: from && formatMinor(from), until: until && formatMinor(until) };
  if (until && !isBefore(target, until)) return { state: "closed", due };
  if (from && !isAtLeast(target, from)) return { state: "next", due };
  return { state: "due", due };
}
function currentStage(policy, target) {
  let stage = "0";
  for (const id of STAGE_IDS) if (isAtLeast(target, minor(policy.stages[id]))) stage = id;
  return stage;
}

// src/criteria/due.ts
function dueCriteria(policy, criteria, target) {
  const out = [];
  for (const criterion of criteria) {
    const rules = policy.criteria[criterion.id];
    if (!rules) continue;
    const window = windowAt(policy, rules, target);
    if (window.state === "closed") continue;
    out.push({
      criterion,
      rules,
      window: { ...window, state: window.state },
      disabled: rules.enabled === false
    });
  }
  return out;
}

// src/criteria/template.ts
var PLACEHOLDER = /\{(\w+(?:\.\w+)?)\}/g;
function fillTemplate(template, data, what) {
  return template.replace(PLACEHOLDER, (_, name) => {
    const value = data[name];
    if (value === void 0) throw new Error(`${what} has no value for {${name}}`);
    return String(value);
  });
}

// src/criteria/explain.ts
function stageRelease(policy, stage) {
  return formatMinor(stageVersion(policy, stage));
}
function policyValues(policy) {
  const { kubernetes } = policy;
  return {
    gate: policy.gate,
    ipvsPackage: kubernetes.ipvsPackage,
    validModes: kubernetes.modeValidation.validModes.join(" and "),
    // release-1.34 → 1.34: the releases whose branches the backports audit reads.
    backportReleases: policy.backports.branches.map((b) => b.replace(/^release-/, "")).join(" and "),
    gateSchedule: kubernetes.gateSpec.map(
      (e) => `Default ${e.default}${e.lockToDefault ? " and locked" : ""} from ${stageRelease(policy, e.from)} until ${stageRelease(policy, e.until)}`
    ).join(", "),
    ...Object.fromEntries(STAGE_IDS.map((stage) => [`release.${stage}`, stageRelease(policy, stage)]))
  };
}
function explainOf(criterion, policy) {
  return fillTemplate(criterion.meta.checks, policyValues(policy), `${criterion.id}'s meta.checks`);
}

// src/timeline.ts
function stagesOf(policy) {
  return STAGE_IDS.map((stage) => ({ stage, release: policy.stages[stage] }));
}
function timelineAt(stages, criteria, target) {
  const failed = new Set(criteria.filter((c) => c.status === "fail").map((c) => c.stage));
  return stages.map(({ stage, release: release3 }) => {
    const order = compareMinor(minor(release3), minor(target));
    const toTarget = order < 0 ? "before" : order === 0 ? "at" : "after";
    const state = failed.has(stage) ? "failed" : toTarget === "after" ? "pending" : "done";
    return { stage, release: release3, state, toTarget };
  });
}

// src/evaluate.ts
var OTHER_REPO = {
  kubernetes: "kubernetes/kubernetes",
  website: "kubernetes/website"
};
async function evaluate(prepared, repo, options = {}) {
  const { policy, kind, target } = prepared;
  const memos = /* @__PURE__ */ new Map();
  const ctx = {
    repo,
    policy,
    target,
    github: options.github,
    stageVersion: (stage) => stageVersion(policy, stage),
    memo(key, compute) {
      let value = memos.get(key);
      if (!value) {
        value = compute();
        memos.set(key, value);
      }
      return value;
    }
  };
  const errors = [];
  const due = dueCriteria(policy, options.criteria ?? CRITERIA, target);
  const criteria = await Promise.all(
    due.map(async ({ criterion, rules, window, disabled }) => {
      const base = {
        id: criterion.id,
        stage: rules.stage,
        severity: rules.severity,
        explain: explainOf(criterion, policy),
        due: window.due
      };
      const listed = (status2, message) => ({
        ...base,
        status: status2,
        message,
        evidence: []
      });
      if (disabled) return listed("skipped", "disabled by the policy");
      if (window.state === "next") return listed("next", `due from ${window.due.from}`);
      if (criterion.meta.repo !== kind)
        return listed("skipped", `checked in ${OTHER_REPO[criterion.meta.repo]}`);
      const exemption = policy.exemptions.find((e) => e.criterion === criterion.id);
      if (exemption) return listed("exempt", `exempt: ${exemption.reason}`);
      const finding = await runCheck(criterion, ctx);
      const failed = rules.severity === "warning" ? "warning" : "fail";
      if ("error" in finding) {
        errors.push(finding.error);
        return {
          ...base,
          status: failed,
          message: `could not be checked: ${finding.error}`,
          evidence: finding.evidence
        };
      }
      if ("skipped" in finding) return listed("skipped", finding.skipped);
      const status = finding.pass ? finding.warning ? "warning" : "pass" : failed;
      const details = finding.details ? { details: finding.details } : {};
      return { ...base, status, message: finding.message, evidence: finding.evidence, ...details };
    })
  );
  const at2 = formatMinor(target);
  return {
    kep: policy.kep,
    title: policy.title,
    policy: policy.name,
    ...prepared.policySource ? { policySource: prepared.policySource } : {},
    target: at2,
    targetSource: prepared.targetSource,
    targetVia: prepared.targetVia,
    kind,
    stage: currentStage(policy, target),
    // A checkout that could not be read is no pass, whatever the severity of what it broke.
    result: criteria.some((r) => r.status === "fail") || errors.length > 0 ? "fail" : "pass",
    criteria,
    errors: [...new Set(errors)],
    timeline: timelineAt(stagesOf(policy), criteria, at2)
  };
}
async function runCheck(criterion, shared) {
  const say = (id, data = {}) => {
    const template = criterion.messages[id];
    if (template === void 0) throw new Error(`${criterion.id} has no message "${id}"`);
    return fillTemplate(template, data, `${criterion.id}'s message "${id}"`);
  };
  try {
    return await criterion.check({ ...shared, say });
  } catch (error) {
    const evidence = error instanceof DataError ? [{ file: error.file, line: error.line }] : [];
    return {
      error: error instanceof UserError ? oneLine(error) : `internal error in kep-gate (please report it): ${oneLine(error)}`,
      evidence
    };
  }
}

// src/check.ts
async function check(settings) {
  const repo = await WorktreeRepo.open(settings.repoDir, {
    untracked: settings.untracked,
    fetch: settings.fetch
  });
  const { policy } = settings;
  const prepareSettings = {
    target: settings.target,
    targetLabel: settings.targetLabel,
    repoKind: settings.repoKind,
    milestone: settings.milestone,
    baseRef: settings.baseRef,
    ref: settings.ref,
    ...policy ? { policy: { file: policy, base: settings.policyBase } } : {}
  };
  const { report } = await prepareAndEvaluate(prepareSettings, repo, { github: settings.github });
  return report;
}
async function prepareAndEvaluate(settings, repo, options = {}) {
  const judge2 = async (prepared) => ({
    prepared,
    report: await evaluate(prepared, repo, options)
  });
  if (!(repo instanceof WorktreeRepo)) return judge2(await prepare(settings, repo, options));
  const guessed = await prepare(settings, repo, { ...options, kindProbe: repo.onDisk() });
  const first = judge2(guessed);
  first.catch(() => void 0);
  const kind = await detectKind(repo, settings.repoKind);
  if (kind === guessed.kind) return first;
  return judge2(await prepare({ ...settings, repoKind: kind }, repo, options));
}

// src/report/json.ts
function toJson(report) {
  return {
    kep: report.kep,
    policy: report.policy,
    ...report.policySource ? { policySource: report.policySource } : {},
    target: report.target,
    targetSource: report.targetSource,
    kind: report.kind,
    stage: report.stage,
    result: report.result,
    errors: report.errors,
    criteria: report.criteria.map((c) => ({
      id: c.id,
      stage: c.stage,
      status: c.status,
      severity: c.severity,
      message: c.message,
      explain: c.explain,
      due: c.due,
      evidence: c.evidence.map((e) => ({
        file: e.file,
        ...e.line ? { line: e.line } : {},
        ...e.note ? { note: e.note } : {}
      })),
      ...c.details?.kind === "backports" ? { details: backportsJson(c.details) } : {}
    }))
  };
}
function renderJson(report) {
  return JSON.stringify(toJson(report), null, 2) + "\n";
}
function regressionJson(r) {
  const before = new Map(r.base.criteria.map((c) => [c.id, c.status]));
  return {
    ...toJson(r.head),
    result: r.result,
    regression: {
      base: r.baseSha,
      ...r.headSha ? { head: r.headSha } : {},
      baseResult: r.base.result,
      headResult: r.head.result,
      regressions: r.regressions,
      criteria: r.head.criteria.map((c) => ({
        id: c.id,
        base: before.get(c.id) ?? null,
        head: c.status
      }))
    }
  };
}

// src/gates/files.ts
import { lstatSync as lstatSync2, promises as fs5, readdirSync, realpathSync } from "node:fs";
import nodePath5 from "node:path";
var ON_DISK = { disk: true };
async function listFiles(repo, dir, keep) {
  if (!(repo instanceof WorktreeRepo))
    return (await repo.list(dir)).filter((f) => keep(baseName(f))).map((file) => ({ file, kind: "file" }));
  if (!await repo.exists(dir)) return [];
  const out = [];
  const walk = (rel) => {
    let entries;
    try {
      entries = readdirSync(nodePath5.join(repo.root, rel), { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const file = `${rel}/${entry.name}`;
      if (entry.isDirectory()) walk(file);
      else if (keep(entry.name))
        out.push({
          file,
          kind: entry.isFile() ? "file" : entry.isSymbolicLink() ? "link" : "other"
        });
    }
  };
  walk(dir.replace(/\/+$/, ""));
  return out.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
}
function baseName(file) {
  return file.slice(file.lastIndexOf("/") + 1);
}
async function subfolders(root, dir) {
  try {
    const entries = await fs5.readdir(nodePath5.join(root, dir), { withFileTypes: true });
    return entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  } catch {
    return [];
  }
}
function readAll(repo, files) {
  if (!(repo instanceof WorktreeRepo))
    return Promise.all(files.map((f) => repo.read(f.file).catch((error) => error)));
  return Promise.all(
    files.map(async ({ file, kind }) => {
      const abs = nodePath5.join(repo.root, file);
      try {
        if (kind === "other") throw notRegular(file, lstatSync2(abs));
        if (kind === "file") return readRegularFileSync(abs, file, { noFollow: true });
        if (!await repo.exists(file)) return void 0;
        return readRegularFileSync(realpathSync(abs), file);
      } catch (error) {
        return asError(error, file);
      }
    })
  );
}
function asError(error, file) {
  if (error instanceof DataError) return error;
  const code = error.code;
  return new DataError(
    file,
    void 0,
    code === "EACCES" || code === "EPERM" ? "cannot be read (permission denied)" : `cannot be read (${code ?? oneLine(error)})`
  );
}

// src/report/gates-types.ts
var GATE_RULES = ["code-list", "list-page", "kep-list"];
var RULE_TITLES = {
  "code-list": "code \u2194 generated list",
  "list-page": "list \u2194 website page",
  "kep-list": "KEP \u2194 list"
};

// src/gates/code-list.ts
function codeListRule(code, target) {
  if (code.goFiles.length === 0)
    return { checked: false, why: "no Go feature files (only the generated list)", findings: [] };
  const list = code.list;
  if (!list) return { checked: false, why: "no generated feature list", findings: [] };
  const findings = [];
  for (const [gate, go] of code.go) {
    if (list.broken.has(gate)) continue;
    const entry = list.gates.get(gate);
    const differences = specDisagreements(go, { file: list.file, entry }, gate, target);
    if (differences.length === 0) continue;
    const sides = [
      { source: "kubernetes", file: go.file, line: go.entry.line, note: `${gate} in the Go` },
      ...entry ? [
        {
          source: "kubernetes",
          file: list.file,
          line: entry.line,
          note: `${gate} in the list`
        }
      ] : []
    ];
    findings.push({
      rule: "code-list",
      kind: entry ? "spec-mismatch" : "list-missing",
      severity: "error",
      gate,
      message: entry ? `${list.file} disagrees with ${go.file} about ${gate}: regenerate the list (hack/update-featuregates.sh) or fix the Go` : `${gate} is in ${go.file} but not in ${list.file}: regenerate the list (hack/update-featuregates.sh)`,
      evidence: [
        ...sides,
        ...differences.filter((d) => d.line !== void 0).map((d) => ({ source: "kubernetes", ...d }))
      ]
    });
  }
  return { checked: true, findings };
}

// src/gates/glob.ts
var Kind = {
  Literal: 0,
  /** `*`: any run of characters but `/`. */
  Star: 1,
  /** `**`: any run of characters. */
  GlobStar: 2,
  /** `**\/`: nothing, or any run of characters that ends with `/`. */
  Folders: 3
};
function globMatcher(glob) {
  const tokens = tokenize2(glob);
  let lead = 0;
  while (lead < tokens.length && tokens[lead].kind === Kind.Literal) lead++;
  let trail = tokens.length;
  while (trail > lead && tokens[trail - 1].kind === Kind.Literal) trail--;
  const prefix = literal(tokens.slice(0, lead));
  const suffix = literal(tokens.slice(trail));
  if (lead === tokens.length) return { test: (text) => text === prefix };
  return {
    test: (text) => text.length >= prefix.length + suffix.length && text.startsWith(prefix) && text.endsWith(suffix) && matches(tokens, text)
  };
}
function literal(tokens) {
  return tokens.map((t) => t.char).join("");
}
function tokenize2(glob) {
  const tokens = [];
  for (let i = 0; i < glob.length; ) {
    if (glob.startsWith("**/", i)) {
      tokens.push({ kind: Kind.Folders });
      i += 3;
    } else if (glob.startsWith("**", i)) {
      tokens.push({ kind: Kind.GlobStar });
      i += 2;
    } else if (glob[i] === "*") {
      tokens.push({ kind: Kind.Star });
      i++;
    } else {
      tokens.push({ kind: Kind.Literal, char: glob[i] });
      i++;
    }
  }
  return tokens;
}
function matches(tokens, text) {
  const size = 2 * tokens.length + 2;
  let live = new Uint8Array(size);
  let next = new Uint8Array(size);
  live[0] = 1;
  close(tokens, live);
  for (let t = 0; t < text.length; t++) {
    const c = text[t];
    next.fill(0);
    let any = false;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      if (live[2 * i]) {
        if (token.kind === Kind.Literal) {
          if (c === token.char) next[2 * i + 2] = 1;
        } else if (token.kind === Kind.Star) {
          if (c !== "/") next[2 * i] = 1;
        } else if (token.kind === Kind.GlobStar) next[2 * i] = 1;
      }
      if (live[2 * i + 1]) {
        next[2 * i + 1] = 1;
        if (c === "/") next[2 * i + 2] = 1;
      }
    }
    close(tokens, next);
    for (let s = 0; s < size && !any; s++) any = next[s] === 1;
    if (!any) return false;
    [live, next] = [next, live];
  }
  return live[2 * tokens.length] === 1;
}
function close(tokens, states) {
  for (let i = 0; i < tokens.length; i++) {
    if (!states[2 * i]) continue;
    const kind = tokens[i].kind;
    if (kind === Kind.Literal) continue;
    states[2 * i + 2] = 1;
    if (kind === Kind.Folders) states[2 * i + 1] = 1;
  }
}

// src/gates/deviations.ts
function applyDeviations(findings, deviations) {
  const matchers = deviations.map((d) => ({ ...d, gates: d.gate ? globMatcher(d.gate) : void 0 }));
  return findings.map((f) => {
    if (f.severity !== "error" && f.severity !== "warning") return f;
    const d = matchers.find(
      (m) => (!m.gates || f.gate !== void 0 && m.gates.test(f.gate)) && (!m.rule || m.rule === f.rule) && (!m.finding || m.finding === f.kind) && (!m.version || m.version === f.version)
    );
    return d ? { ...f, severity: "accepted", reason: d.reason } : f;
  });
}

// src/gates/specs.ts
var PAGE_STAGE = {
  Alpha: "alpha",
  Beta: "beta",
  GA: "stable",
  Deprecated: "deprecated"
};
var KEP_PRE_RELEASE = {
  alpha: "Alpha",
  beta: "Beta",
  stable: "GA"
};
function versionOf(spec) {
  return spec.version === void 0 ? void 0 : parseMinor(spec.version);
}
var ZERO = { major: 0, minor: 0 };
var ordered = /* @__PURE__ */ new WeakMap();
function inOrder(entry) {
  let specs = ordered.get(entry);
  if (!specs) {
    specs = entry.specs.map((spec) => ({ spec, at: versionOf(spec) ?? ZERO })).sort((a, b) => compareMinor(a.at, b.at));
    ordered.set(entry, specs);
  }
  return specs;
}
function specsUpTo(entry, target) {
  return inOrder(entry).filter((s) => compareMinor(s.at, target) <= 0).map((s) => s.spec);
}
function isLive(entry, target) {
  const first = inOrder(entry)[0];
  return first !== void 0 && compareMinor(first.at, target) <= 0;
}
function specAt(entry, at2) {
  return effectiveSpec(entry.specs, at2);
}
function firstVersion(entry) {
  const first = inOrder(entry)[0];
  return first && first.spec.version !== void 0 ? first.at : void 0;
}
function expectedStages(entry, target) {
  const specs = specsUpTo(entry, target).filter((s) => versionOf(s));
  return specs.map((spec, i) => {
    const next = specs[i + 1];
    const stage = {
      stage: PAGE_STAGE[spec.preRelease] ?? spec.preRelease.toLowerCase(),
      defaultValue: spec.default,
      from: versionOf(spec),
      locked: spec.lockToDefault,
      ...next ? { to: previousMinor(versionOf(next)) } : {}
    };
    return { stage, spec };
  });
}
function summariseSpec(spec) {
  const since = spec.version ? `, since ${spec.version}` : "";
  return `${spec.preRelease}, default ${spec.default ? "on" : "off"}${spec.lockToDefault ? ", locked" : ""}${since}`;
}

// src/gates/kep-policy.ts
function byOwnPolicy(name, gate, list, target, policy, kepSide, listSide3) {
  const base = { rule: "kep-list", gate, evidence: [kepSide, listSide3] };
  const expected = gate === policy.gate ? policy.kubernetes.gateSpec.find(
    (e) => isAtLeast(target, stageVersion(policy, e.from)) && isBefore(target, stageVersion(policy, e.until))
  ) : void 0;
  const spec = specAt(list.entry, target);
  if (expected && (!spec || spec.default !== expected.default || spec.lockToDefault !== expected.lockToDefault || !expected.preRelease.includes(spec.preRelease)))
    return [
      {
        ...base,
        kind: "policy-spec",
        severity: "error",
        message: `at ${formatMinor(target)} the ${policy.name} policy expects ${gate} to be Default: ${expected.default}, LockToDefault: ${expected.lockToDefault}, ${expected.preRelease.join(" or ")}; the code has ${spec ? describeSpec(spec) : "no spec"}`
      }
    ];
  return [
    {
      ...base,
      kind: "own-policy",
      severity: "info",
      message: `${name} is judged by its own policy (${policy.name}: kep-gate check)${expected ? `; ${gate} is as it expects at ${formatMinor(target)}` : ""}`
    }
  ];
}

// src/gates/kep-removal.ts
function removalGate(name, kep, due, gate, list, kepSide, listSide3) {
  if (due.length === 0) return [];
  const first = [...due].sort((a, b) => compareMinor(a.version, b.version))[0];
  const enters = firstVersion(list.entry);
  const finding = (kind, severity, message, evidence) => ({
    rule: "kep-list",
    kind,
    severity,
    gate,
    message,
    evidence,
    version: formatMinor(first.version)
  });
  if (enters && isBefore(first.version, enters))
    return [
      finding(
        "gate-late",
        "error",
        `${name}'s first milestone is ${first.key} in ${first.text}, but ${gate} enters the code only at ${formatMinor(enters)}`,
        [kepSide(first.line), listSide3(enters)]
      )
    ];
  const story = due.map((m) => `${m.key} ${m.text}: ${specAt(list.entry, m.version)?.preRelease ?? "no spec"}`).join(", ");
  return [
    finding(
      "removal-progress",
      "info",
      `${name} (${kep.stage}) \u2014 ${gate} at its milestones: ${story}`,
      [kepSide(first.line), listSide3(void 0)]
    )
  ];
}

// src/gates/kep-list.ts
var FEATURE = /* @__PURE__ */ new Set(["alpha", "beta", "stable"]);
var REMOVAL = /* @__PURE__ */ new Set(["deprecated", "disabled", "removed"]);
var JUDGED_STATUS = /* @__PURE__ */ new Set(["implementable", "implemented"]);
function kepListRule(keps, specs, unreadable4, target, policy) {
  const naming = /* @__PURE__ */ new Map();
  const findings = [];
  for (const { kep } of keps) {
    if (!kep) continue;
    for (const g of kep.featureGates) {
      const named = naming.get(g.name) ?? [];
      named.push(kep);
      naming.set(g.name, named);
    }
    if (kep.status && !JUDGED_STATUS.has(kep.status)) continue;
    findings.push(...judgeKep(kep, specs, unreadable4, target, policy));
  }
  for (const [gate, list] of specs) {
    if (naming.has(gate) || !isLive(list.entry, target)) continue;
    findings.push({
      rule: "kep-list",
      kind: "no-kep",
      severity: "info",
      gate,
      message: `no KEP names ${gate}`,
      evidence: [{ source: "kubernetes", file: list.file, line: list.entry.line }]
    });
  }
  return { checked: true, findings, naming };
}
function judgeKep(kep, specs, unreadable4, target, policy) {
  const out = [];
  const name = `KEP-${kep.number ?? "?"}`;
  const at2 = formatMinor(target);
  const kepSide = (line, note) => ({
    source: "enhancements",
    file: kep.file,
    line: line ?? 1,
    ...note ? { note } : {}
  });
  const add = (gate, kind, severity, message, evidence, version) => out.push({
    rule: "kep-list",
    kind,
    severity,
    gate,
    message,
    evidence,
    ...version ? { version: formatMinor(version) } : {}
  });
  const stage = kep.stage ?? "";
  const latest = kep.latestMilestone?.version;
  const freeze = latest !== void 0 && compareMinor(latest, target) === 0;
  const due = kep.milestones.filter((m) => m.version && compareMinor(m.version, target) <= 0);
  const live = [];
  for (const gate of kep.featureGates) {
    if (unreadable4.has(gate.name)) continue;
    const list = specs.get(gate.name);
    if (!list || !isLive(list.entry, target)) {
      const promised = freeze && (stage === "alpha" || stage === "beta");
      add(
        gate.name,
        promised ? "kep-gate-missing" : "kep-gate-unknown",
        promised ? "error" : "info",
        promised ? `${name} is ${stage} in ${kep.latestMilestone.text} (latest-milestone), but ${gate.name} is not in the code at ${at2}` : `${name} names ${gate.name}, which is not in the code at ${at2} (removed or renamed?)`,
        [kepSide(gate.line, `names ${gate.name}`)]
      );
      continue;
    }
    live.push({ name: gate.name, line: gate.line, list });
  }
  if (kep.number === policy.kep) {
    for (const g of live)
      out.push(
        ...byOwnPolicy(name, g.name, g.list, target, policy, kepSide(g.line), listSide(g, target))
      );
  } else if (FEATURE.has(stage)) {
    const promise = (key, text, when, line, freezing) => {
      const want = KEP_PRE_RELEASE[key];
      const known2 = live.map((g) => ({ ...g, spec: specAt(g.list.entry, when) }));
      for (const g of known2.filter((g2) => !g2.spec))
        add(
          g.name,
          "gate-later",
          "info",
          `${name} says ${key} in ${text}; ${g.name} enters the code only at ${formatMinor(firstVersion(g.list.entry))}`,
          [kepSide(line), listSide(g, void 0)],
          when
        );
      const judged = known2.filter((g) => g.spec);
      if (judged.length === 0 || judged.some((g) => g.spec.preRelease === want)) return;
      const ahead = judged.some((g) => rank(g.spec.preRelease) > rank(want));
      const others2 = judged.length > 1 ? ` (no gate it names is ${want} then)` : "";
      for (const g of judged) {
        const pre = g.spec.preRelease;
        add(
          g.name,
          `${freezing ? "stage" : "milestone"}-${ahead ? "ahead" : "behind"}`,
          ahead ? "warning" : "error",
          freezing ? `${name} is ${key} in ${text} (latest-milestone), but at ${formatMinor(when)} the code has ${g.name} at ${pre}${others2}: ${ahead ? "update the KEP's stage" : "promote the gate or move the KEP's milestone"}` : `${name} says ${key} in ${text}, but at ${formatMinor(when)} the code has ${g.name} at ${pre}${others2}`,
          [kepSide(line, freezing ? `stage: ${key}` : `${key}: ${text}`), listSide(g, when)],
          when
        );
      }
    };
    for (const m of due)
      if (KEP_PRE_RELEASE[m.key]) promise(m.key, m.text, m.version, m.line, false);
    const atTarget = (m) => m.key === stage && compareMinor(m.version, target) === 0;
    if (freeze && !due.some(atTarget))
      promise(stage, kep.latestMilestone.text, target, kep.stageLine, true);
  } else if (REMOVAL.has(stage)) {
    for (const g of live)
      out.push(...removalGate(name, kep, due, g.name, g.list, kepSide, (at3) => listSide(g, at3)));
  } else {
    for (const g of live)
      add(
        g.name,
        "kep-stage-unknown",
        "info",
        `${name}'s stage "${stage}" is none of alpha, beta, stable, deprecated, disabled or removed: not judged`,
        [kepSide(kep.stageLine)]
      );
  }
  return out;
}
function listSide(g, at2) {
  const spec = at2 ? specAt(g.list.entry, at2) : void 0;
  return spec ? { source: "kubernetes", file: g.list.file, line: spec.line, note: describeSpec(spec) } : { source: "kubernetes", file: g.list.file, line: g.list.entry.line };
}
var RANKS = { Alpha: 1, Beta: 2, GA: 3, Deprecated: 4 };
function rank(preRelease) {
  return RANKS[preRelease] ?? 0;
}

// src/gates/list-page.ts
function listPageRule(specs, website, target, named, unreadable4) {
  const findings = [];
  const at2 = formatMinor(target);
  for (const [gate, list] of specs) {
    if (!isLive(list.entry, target) || website.english.has(gate)) continue;
    findings.push({
      rule: "list-page",
      kind: "page-missing",
      severity: "error",
      gate,
      message: `${gate} is in the code at ${at2} but has no page: add ${website.englishDir}/${gate}.md`,
      evidence: [listSide2(list, `${gate} in the list`)]
    });
  }
  const pages = [...website.english.values(), ...website.localized];
  for (const page of pages) {
    if (!page.page || unreadable4.has(page.gate)) continue;
    const severity = website.english.get(page.gate) === page ? "error" : "warning";
    const list = specs.get(page.gate);
    const found = list && isLive(list.entry, target) ? livePage(page, list, target) : goneGatePage(page, target, named.has(page.gate), list !== void 0);
    for (const f of found) findings.push({ ...f, severity, gate: page.gate });
  }
  return { checked: true, findings };
}
function livePage(facts, list, target) {
  const page = facts.page;
  const at2 = formatMinor(target);
  const pageSide = (line, note) => ({
    source: "website",
    file: facts.file,
    line: line ?? 1,
    ...note ? { note } : {}
  });
  if (!page.frontMatter)
    return [
      {
        rule: "list-page",
        kind: "page-no-front-matter",
        message: `${facts.file} has no front matter (--- stages: \u2026 ---)`,
        evidence: [pageSide(1), listSide2(list)]
      }
    ];
  const out = [];
  if (page.removed)
    out.push({
      rule: "list-page",
      kind: "page-removed-early",
      message: `${facts.file} marks ${facts.gate} removed: true, but the code has it at ${at2}`,
      evidence: [pageSide(page.removedLine, "removed: true"), listSide2(list)]
    });
  if (!page.stages) {
    out.push({
      rule: "list-page",
      kind: "page-no-stages",
      message: `${facts.file} has no stages: list in its front matter`,
      evidence: [pageSide(page.stagesLine), listSide2(list)]
    });
    return out;
  }
  const expected = expectedStages(list.entry, target);
  const specOf = new Map(expected.map((e) => [e.stage, e.spec]));
  const problems = compareStages(
    page,
    page.stages,
    expected.map((e) => e.stage),
    target,
    { lastStage: "open", reportExtra: true }
  );
  for (const p of problems) {
    const spec = p.expected ? specOf.get(p.expected) : void 0;
    out.push({
      rule: "list-page",
      kind: p.kind,
      message: p.message,
      evidence: [
        pageSide(p.line),
        spec ? {
          source: "kubernetes",
          file: list.file,
          line: spec.line,
          note: `${spec.preRelease}, Default: ${spec.default}, LockToDefault: ${spec.lockToDefault}, Version ${spec.version}`
        } : listSide2(list)
      ],
      ...p.version ? { version: formatMinor(p.version) } : {}
    });
  }
  return out;
}
function goneGatePage(facts, target, named, later) {
  const page = facts.page;
  const at2 = formatMinor(target);
  const out = [];
  for (const s of page.stages ?? []) {
    if (s.from && compareMinor(s.from, target) > 0)
      out.push({
        rule: "list-page",
        kind: "stage-future",
        message: `a stage starts at "${formatMinor(s.from)}", after ${at2}`,
        evidence: [{ source: "website", file: facts.file, line: s.fromLine ?? s.line }],
        version: formatMinor(s.from)
      });
  }
  if (!page.removed && page.frontMatter && !later)
    out.push({
      rule: "list-page",
      kind: named ? "page-not-removed" : "page-stale",
      message: named ? `${facts.gate} is no longer in the code at ${at2}: mark ${facts.file} removed: true` : `${facts.gate} is not a gate of the code at ${at2} (removed or renamed?), and ${facts.file} is not marked removed: true`,
      evidence: [{ source: "website", file: facts.file, line: page.stagesLine }]
    });
  return out;
}
function listSide2(list, note) {
  return {
    source: "kubernetes",
    file: list.file,
    line: list.entry.line,
    ...note ? { note } : {}
  };
}

// src/evidence/kep-yaml.ts
var KEYS2 = /* @__PURE__ */ new Set([
  "kep-number",
  "title",
  "status",
  "stage",
  "latest-milestone",
  "milestone",
  "feature-gates"
]);
function readKep(file, text) {
  if (text.includes("\0"))
    throw new DataError(file, void 0, "is not a text file (binary data where YAML was expected)");
  const root = readYamlTree(file, text, { keys: KEYS2 });
  if (root && root.kind !== "map")
    throw new DataError(
      file,
      root.line,
      "is not a KEP: expected keys such as title, stage and milestone"
    );
  const text_ = (key) => sourceOf(entryOf(root, key)?.value)?.trim();
  const stage = entryOf(root, "stage");
  const latest = entryOf(root, "latest-milestone");
  const milestones = entryOf(root, "milestone")?.value;
  const gates = entryOf(root, "feature-gates")?.value;
  return {
    file,
    number: text_("kep-number") || /\/(\d+)-[^/]*\/kep\.yaml$/.exec(file)?.[1],
    title: text_("title"),
    status: text_("status")?.toLowerCase(),
    stage: stage ? (sourceOf(stage.value) ?? "").trim().toLowerCase() : void 0,
    stageLine: stage?.line,
    latestMilestone: latest ? milestone("latest-milestone", latest) : void 0,
    milestones: milestones?.kind === "map" ? [...milestones.entries].map(([key, entry]) => milestone(key, entry)) : [],
    featureGates: gates?.kind === "seq" ? gates.items.flatMap((item2) => {
      const name = entryOf(item2, "name");
      const value = sourceOf(name?.value)?.trim();
      return name && value ? [{ name: value, line: name.line }] : [];
    }) : []
  };
}
function milestone(key, entry) {
  const text = sourceOf(entry.value)?.trim() ?? "";
  return { key, text, version: milestoneVersion(text), line: entry.line };
}
function milestoneVersion(text) {
  if (!/^v?\d/.test(text)) return void 0;
  const version = parseMinor(text);
  return version && version.major >= 1 ? version : void 0;
}

// src/gates/sources.ts
async function readCode(input, policy) {
  const facts = {
    origin: input.origin,
    goFiles: [],
    go: /* @__PURE__ */ new Map(),
    findings: [],
    errors: []
  };
  const { repo } = input;
  if (repo) {
    const consts = /* @__PURE__ */ new Map();
    const maps = [];
    for (const file of policy.kubernetes.featureFiles) {
      const text = await repo.read(file).catch((error) => error);
      if (text === void 0) continue;
      facts.goFiles.push(file);
      try {
        if (text instanceof Error) throw text;
        const go = readGoFacts(file, text);
        for (const c of go.featureConsts) if (!consts.has(c.name)) consts.set(c.name, c.value);
        for (const entry of go.specMaps) maps.push({ file, entry });
      } catch (error) {
        facts.findings.push(unreadable3("code-list", "go-unreadable", "kubernetes", error, file));
      }
    }
    for (const m of maps) {
      const name = m.entry.qualifier ? m.entry.name : consts.get(m.entry.name) ?? m.entry.name;
      if (!facts.go.has(name)) facts.go.set(name, m);
    }
  }
  try {
    const list = input.list ?? (repo ? await firstList(repo, policy) : void 0);
    if (list) {
      facts.list = readFeatureList(list.file, list.text);
      for (const [gate, error] of facts.list.broken) {
        facts.findings.push({
          ...unreadable3("code-list", "list-unreadable", "kubernetes", error, list.file),
          gate
        });
      }
    }
  } catch (error) {
    facts.errors.push(oneLine(error));
  }
  return facts;
}
async function firstList(repo, policy) {
  for (const file of policy.kubernetes.featureLists) {
    const text = await repo.read(file);
    if (text !== void 0) return { file, text };
  }
  return void 0;
}
async function readWebsite(input, policy) {
  const { content, english, pages } = policy.gates.website;
  const facts = {
    origin: input.origin,
    englishDir: `${content}/${english}/${pages}`,
    english: /* @__PURE__ */ new Map(),
    localized: [],
    findings: []
  };
  const langs = await subfolders(input.repo.root, content);
  const page = (name) => name.endsWith(".md") && name !== "_index.md" && name !== "index.md";
  const listed = await Promise.all(
    langs.map(async (lang) => ({
      lang,
      files: await listFiles(input.repo, `${content}/${lang}/${pages}`, page)
    }))
  );
  const all = listed.flatMap(({ lang, files }) => files.map((f) => ({ lang, ...f })));
  const texts = await readAll(input.repo, all);
  all.forEach(({ lang, file }, i) => {
    const text = texts[i];
    if (text === void 0) return;
    const gate = file.slice(file.lastIndexOf("/") + 1, -".md".length);
    const read2 = { gate, lang, file };
    try {
      if (text instanceof Error) throw text;
      read2.page = readGatePage(file, text);
    } catch (error) {
      facts.findings.push({
        ...unreadable3("list-page", "page-unreadable", "website", error, file),
        gate,
        severity: lang === english ? "error" : "warning"
      });
    }
    if (lang === english) facts.english.set(gate, read2);
    else facts.localized.push(read2);
  });
  return facts;
}
var FEATURE_GATES = /^feature-gates:/m;
async function readEnhancements(input, policy) {
  const { keps, exclude } = policy.gates.enhancements;
  const excluded = exclude.map(globMatcher);
  const files = (await listFiles(input.repo, keps, (name) => name === "kep.yaml")).filter(
    (f) => !excluded.some((re) => re.test(f.file))
  );
  const texts = await readAll(input.repo, files);
  const facts = { origin: input.origin, keps: [], findings: [] };
  files.forEach(({ file }, i) => {
    const text = texts[i];
    if (text === void 0) return;
    try {
      if (text instanceof Error) throw text;
      if (!FEATURE_GATES.test(text)) {
        facts.keps.push({ file });
        return;
      }
      facts.keps.push({ file, kep: readKep(file, text) });
    } catch (error) {
      facts.keps.push({ file });
      facts.findings.push(unreadable3("kep-list", "kep-unreadable", "enhancements", error, file));
    }
  });
  return facts;
}
function unreadable3(rule, kind, source, error, file) {
  if (!(error instanceof DataError)) throw error;
  const line = error.line;
  return {
    rule,
    kind,
    severity: "error",
    message: oneLine(error),
    evidence: [{ source, file, ...line ? { line } : {} }]
  };
}

// src/gates/audit.ts
async function auditGates(input) {
  const { policy, target } = input;
  const [code, website, enhancements] = await Promise.all([
    readCode(input.code, policy),
    input.website ? readWebsite(input.website, policy) : void 0,
    input.enhancements ? readEnhancements(input.enhancements, policy) : void 0
  ]);
  const specs = /* @__PURE__ */ new Map();
  if (code.list)
    for (const [gate, entry] of code.list.gates) specs.set(gate, { file: code.list.file, entry });
  else for (const [gate, go] of code.go) specs.set(gate, go);
  const unreadable4 = new Set(code.list?.broken.keys() ?? []);
  const noSpecs = code.errors.length > 0 || specs.size + unreadable4.size === 0;
  const outcomes = /* @__PURE__ */ new Map();
  outcomes.set("code-list", codeListRule(code, target));
  const keps = enhancements ? noSpecs ? { checked: false, why: "no spec list to hold the KEPs to", findings: [], naming: /* @__PURE__ */ new Map() } : kepListRule(enhancements.keps, specs, unreadable4, target, policy) : {
    checked: false,
    why: "no enhancements source",
    findings: [],
    naming: /* @__PURE__ */ new Map()
  };
  outcomes.set(
    "list-page",
    !website ? { checked: false, why: "no website source", findings: [] } : noSpecs ? { checked: false, why: "no spec list to hold the pages to", findings: [] } : listPageRule(specs, website, target, new Set(keps.naming.keys()), unreadable4)
  );
  outcomes.set("kep-list", keps);
  const all = applyDeviations(
    [
      ...code.findings,
      ...website?.findings ?? [],
      ...enhancements?.findings ?? [],
      ...[...outcomes.values()].flatMap((o) => o.findings)
    ],
    policy.gates.deviations
  );
  const rows = rowsOf(all, specs, code, website?.english, keps.naming, target);
  const errors = [...code.errors];
  return {
    target: formatMinor(target),
    targetSource: input.targetSource,
    ...input.kind ? { kind: input.kind } : {},
    result: errors.length > 0 || all.some((f) => f.severity === "error") ? "fail" : "pass",
    sources: {
      code: {
        origin: code.origin,
        goFiles: code.goFiles,
        ...code.list ? { list: code.list.file } : {},
        gates: specs.size
      },
      ...website ? {
        website: {
          origin: website.origin,
          pages: website.english.size,
          localizedPages: website.localized.length
        }
      } : {},
      ...enhancements ? {
        enhancements: {
          origin: enhancements.origin,
          keps: enhancements.keps.length,
          naming: enhancements.keps.filter((k) => (k.kep?.featureGates.length ?? 0) > 0).length
        }
      } : {}
    },
    rules: GATE_RULES.map((id) => summary2(id, outcomes.get(id), all)),
    rows,
    findings: all.filter((f) => f.gate === void 0),
    errors
  };
}
function summary2(id, outcome, all) {
  const mine = all.filter((f) => f.rule === id);
  const count = (severity) => mine.filter((f) => f.severity === severity).length;
  return {
    id,
    checked: outcome.checked,
    ...outcome.why ? { why: outcome.why } : {},
    errors: count("error"),
    warnings: count("warning"),
    accepted: count("accepted"),
    info: count("info")
  };
}
function rowsOf(findings, specs, code, pages, naming, target) {
  const byGate = /* @__PURE__ */ new Map();
  for (const f of findings) {
    if (f.gate === void 0) continue;
    const list = byGate.get(f.gate) ?? [];
    list.push(f);
    byGate.set(f.gate, list);
  }
  const lower = new Map([...byGate.keys()].map((g) => [g, g.toLowerCase()]));
  return [...byGate.keys()].sort((a, b) => lower.get(a) < lower.get(b) ? -1 : lower.get(a) > lower.get(b) ? 1 : 0).map((gate) => {
    const page = pages?.get(gate);
    const codeCell = codeCellOf(specs.get(gate) ?? code.go.get(gate), target);
    const pageCell = page ? pageCellOf(page, target) : void 0;
    return {
      gate,
      ...codeCell ? { code: codeCell } : {},
      ...pageCell ? { page: pageCell } : {},
      keps: (naming.get(gate) ?? []).map((kep) => kepCellOf(kep, gate)),
      findings: byGate.get(gate)
    };
  });
}
function codeCellOf(list, target) {
  if (!list) return void 0;
  const spec = specAt(list.entry, target);
  const first = firstVersion(list.entry);
  return {
    summary: spec ? summariseSpec(spec) : `not yet at ${formatMinor(target)}${first ? ` (from ${formatMinor(first)})` : ""}`,
    source: "kubernetes",
    file: list.file,
    line: spec?.line ?? list.entry.line
  };
}
function pageCellOf(facts, target) {
  const cell = (summary3, line) => ({
    summary: summary3,
    source: "website",
    file: facts.file,
    ...line ? { line } : {}
  });
  const page = facts.page;
  if (!page) return cell("cannot be read");
  if (!page.frontMatter) return cell("no front matter", 1);
  if (page.removed) return cell("removed: true", page.removedLine);
  const current = (page.stages ?? []).filter((s) => s.from && compareMinor(s.from, target) <= 0).sort((a, b) => compareMinor(a.from, b.from)).pop();
  if (!current)
    return cell(page.stages ? `no stage at ${formatMinor(target)}` : "no stages", page.stagesLine);
  return cell(
    `${current.stage ?? "?"}, default ${String(current.defaultValue)}, from ${current.fromText}`,
    current.line
  );
}
function kepCellOf(kep, gate) {
  const milestones = kep.milestones.filter((m) => m.text !== "").map((m) => `${m.key} ${m.text}`).join(", ");
  const latest = kep.latestMilestone?.text ? `, latest ${kep.latestMilestone.text}` : "";
  return {
    summary: `KEP-${kep.number ?? "?"}: ${kep.stage || "no stage"}${latest}${milestones ? ` (${milestones})` : ""}`,
    source: "enhancements",
    file: kep.file,
    line: kep.featureGates.find((g) => g.name === gate)?.line ?? 1
  };
}

// src/report/gates-render.ts
var LABEL = {
  error: "ERROR",
  warning: "WARN",
  accepted: "ACCEPT",
  info: "INFO"
};
var ICON2 = {
  error: "\u274C",
  warning: "\u26A0\uFE0F",
  accepted: "\u{1F7E6}",
  info: "\u2139\uFE0F"
};
var INFO_NAMES = 30;
function place2(e) {
  return `${e.file}${e.line ? `:${e.line}` : ""}`;
}
function rowsToShow(report) {
  return report.rows.filter((r) => r.findings.some((f) => f.severity !== "info"));
}
function infoByKind(report) {
  const kinds = /* @__PURE__ */ new Map();
  for (const f of [...report.rows.flatMap((r) => r.findings), ...report.findings]) {
    if (f.severity !== "info") continue;
    const list = kinds.get(f.kind) ?? [];
    list.push(f);
    kinds.set(f.kind, list);
  }
  return kinds;
}
function sourcesLine(report) {
  const { code, website, enhancements } = report.sources;
  const list = code.list ? `, ${code.list}` : "";
  return [
    `code: ${code.origin} (gates: ${code.gates}${code.goFiles.length ? `; ${code.goFiles.join(", ")}` : ""}${list})`,
    website ? `website: ${website.origin} (pages: ${website.pages}, localized: ${website.localizedPages})` : "website: not given",
    enhancements ? `enhancements: ${enhancements.origin} (KEPs: ${enhancements.keps}, naming a gate: ${enhancements.naming})` : "enhancements: not given"
  ];
}
function counts(r) {
  return r.checked ? `${r.errors} errors, ${r.warnings} warnings, ${r.accepted} accepted, ${r.info} info` : `not checked: ${r.why}`;
}
function renderGatesText(report) {
  const lines = [
    `feature gates at ${report.target} (from ${report.targetSource}): ${report.result.toUpperCase()}`,
    ...sourcesLine(report).map((l) => `  ${l}`),
    ...report.errors.map((e) => `  could not read: ${e}`),
    "rules:",
    ...report.rules.map((r) => `  ${RULE_TITLES[r.id].padEnd(24)} ${counts(r)}`)
  ];
  const rows = rowsToShow(report);
  if (rows.length > 0) lines.push("gates with findings:");
  for (const row of rows) {
    lines.push(`  ${row.gate}`);
    for (const [label, cell] of cells(row)) lines.push(`    ${label.padEnd(5)} ${cellText2(cell)}`);
    for (const f of row.findings.filter((f2) => f2.severity !== "info")) lines.push(...findingText(f));
  }
  if (report.findings.some((f) => f.severity !== "info")) lines.push("other findings:");
  for (const f of report.findings.filter((f2) => f2.severity !== "info")) lines.push(...findingText(f));
  for (const [kind, list] of infoByKind(report))
    lines.push(`info ${kind} (${list.length}): ${infoNames(list)}`);
  return lines.map(withoutControls).join("\n") + "\n";
}
function findingText(f) {
  const out = [`    ${LABEL[f.severity].padEnd(6)} [${f.rule} ${f.kind}] ${f.message}`];
  if (f.reason) out.push(`           accepted: ${f.reason}`);
  for (const e of f.evidence) out.push(`           ${place2(e)}${e.note ? `  ${e.note}` : ""}`);
  return out;
}
function cells(row) {
  const keps = row.keps.length ? row.keps.map((k) => ["KEP", k]) : [["KEP", void 0]];
  return [["code", row.code], ["page", row.page], ...keps];
}
function cellText2(cell) {
  return cell ? `${cell.summary}  (${place2(cell)})` : "\u2014";
}
function infoNames(list) {
  const names = [...new Set(list.map((f) => f.gate ?? f.evidence[0]?.file ?? "?"))];
  const shown = names.slice(0, INFO_NAMES).join(", ");
  return names.length > INFO_NAMES ? `${shown} and ${names.length - INFO_NAMES} more` : shown;
}
function renderGatesMarkdown(report) {
  const verdict = report.result === "pass" ? "\u2705 pass" : "\u274C fail";
  const lines = [
    `## Feature gates at ${report.target}${report.kind ? ` (${escapeMarkdown(report.kind)})` : ""}: ${verdict}`,
    "",
    `Target **${report.target}** (from ${escapeMarkdown(report.targetSource)}). Every gate, checked three ways: the code against its generated list, the list against the website's pages, the KEPs against the list.`,
    "",
    ...sourcesLine(report).map((l) => `- ${escapeMarkdown(l)}`),
    ""
  ];
  if (report.errors.length > 0)
    lines.push("**Could not read:**", "", ...report.errors.map((e) => `- ${escapeMarkdown(e)}`), "");
  lines.push(
    "| rule | errors | warnings | accepted | info |",
    "| --- | --- | --- | --- | --- |",
    ...report.rules.map(
      (r) => r.checked ? `| ${RULE_TITLES[r.id]} | ${r.errors} | ${r.warnings} | ${r.accepted} | ${r.info} |` : `| ${RULE_TITLES[r.id]} | not checked: ${escapeMarkdown(r.why ?? "")} | | | |`
    ),
    ""
  );
  const rows = rowsToShow(report);
  if (rows.length > 0) {
    lines.push(
      "### Gates with findings",
      "",
      "| gate | code | page | KEP | findings |",
      "| --- | --- | --- | --- | --- |"
    );
    for (const row of rows) {
      const keps = row.keps.map(cellMarkdown).join("<br>") || "\u2014";
      const findings = row.findings.filter((f) => f.severity !== "info").map(findingMarkdown).join("<br>");
      lines.push(
        `| ${cellSpan(row.gate)} | ${cellMarkdown(row.code)} | ${cellMarkdown(row.page)} | ${keps} | ${findings} |`
      );
    }
    lines.push("");
  }
  const other = report.findings.filter((f) => f.severity !== "info");
  if (other.length > 0)
    lines.push("### Other findings", "", ...other.map((f) => `- ${findingMarkdown(f)}`), "");
  const info = infoByKind(report);
  if (info.size > 0) {
    const total = [...info.values()].reduce((n, l) => n + l.length, 0);
    lines.push(`<details><summary>Information (${total})</summary>`, "");
    for (const [kind, list] of info)
      lines.push(`- \`${kind}\` (${list.length}): ${escapeMarkdown(infoNames(list))}`);
    lines.push("", "</details>", "");
  }
  return lines.join("\n");
}
function cellSpan(text) {
  return codeSpan(text).replaceAll("|", "\\|");
}
function cellMarkdown(cell) {
  return cell ? `${escapeMarkdown(cell.summary)}<br>${cellSpan(place2(cell))}` : "\u2014";
}
function findingMarkdown(f) {
  const reason = f.reason ? ` (accepted: ${escapeMarkdown(f.reason)})` : "";
  const where2 = f.evidence.map((e) => cellSpan(place2(e))).join(", ");
  return `${ICON2[f.severity]} \`${f.kind}\`: ${escapeMarkdown(f.message)}${reason} \u2014 ${where2}`;
}
function gatesJson(report) {
  const evidence = (e) => ({
    source: e.source,
    file: e.file,
    ...e.line ? { line: e.line } : {},
    ...e.note ? { note: e.note } : {}
  });
  const finding = (f) => ({
    rule: f.rule,
    kind: f.kind,
    severity: f.severity,
    ...f.gate !== void 0 ? { gate: f.gate } : {},
    message: f.message,
    ...f.version ? { version: f.version } : {},
    ...f.reason ? { reason: f.reason } : {},
    evidence: f.evidence.map(evidence)
  });
  const cell = (c) => c ? { summary: c.summary, source: c.source, file: c.file, ...c.line ? { line: c.line } : {} } : null;
  return {
    scope: "feature-gates",
    target: report.target,
    targetSource: report.targetSource,
    kind: report.kind ?? null,
    result: report.result,
    errors: report.errors,
    sources: {
      code: report.sources.code,
      website: report.sources.website ?? null,
      enhancements: report.sources.enhancements ?? null
    },
    rules: report.rules,
    gates: report.rows.map((r) => ({
      name: r.gate,
      code: cell(r.code),
      page: cell(r.page),
      keps: r.keps.map(cell),
      findings: r.findings.map(finding)
    })),
    findings: report.findings.map(finding)
  };
}
function renderGatesJson(report) {
  return JSON.stringify(gatesJson(report), null, 2) + "\n";
}

export {
  stopGit,
  execGit,
  tryGit,
  isFullSha,
  checkoutAround,
  remoteProblem,
  sizeProblem,
  readNamedFile,
  GrepBatcher,
  pathInside,
  repoRelative,
  WorktreeRepo,
  CRITERIA,
  CRITERION_IDS,
  ON_DISK,
  currentStage,
  auditGates,
  loadPolicy,
  detectKind,
  resolveTarget,
  prepare,
  readPolicyText,
  readPlainPolicy,
  backportsText,
  renderMarkdown,
  withoutControls,
  renderGatesText,
  renderGatesMarkdown,
  gatesJson,
  renderGatesJson,
  dueCriteria,
  explainOf,
  timelineAt,
  evaluate,
  check,
  prepareAndEvaluate,
  toJson,
  renderJson,
  regressionJson
};
