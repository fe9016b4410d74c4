import { createRequire as __kepGateCreateRequire } from 'node:module';
const require = __kepGateCreateRequire(import.meta.url);
import {
  CRITERION_IDS,
  GrepBatcher,
  ON_DISK,
  WorktreeRepo,
  auditGates,
  checkoutAround,
  detectKind,
  evaluate,
  execGit,
  gatesJson,
  isFullSha,
  loadPolicy,
  pathInside,
  prepare,
  prepareAndEvaluate,
  readNamedFile,
  readPolicyText,
  regressionJson,
  remoteProblem,
  renderGatesMarkdown,
  renderMarkdown,
  repoRelative,
  resolveTarget,
  sizeProblem,
  stopGit,
  timelineAt,
  toJson,
  tryGit
} from "./chunks/chunk-S6ADANMJ.js";
import "./chunks/chunk-MFEJVTHA.js";
import {
  require_tunnel,
  require_undici
} from "./chunks/chunk-CH2KMUYX.js";
import {
  formatMinor
} from "./chunks/chunk-SVJDJ5LC.js";
import {
  createClient,
  gitHubFacts
} from "./chunks/chunk-V5EJL2J4.js";
import {
  DataError,
  UserError,
  oneLine
} from "./chunks/chunk-QG5AARZW.js";
import "./chunks/chunk-HGET7TGW.js";
import {
  parseRepositoryName
} from "./chunks/chunk-GA53GD23.js";
import {
  __toESM
} from "./chunks/chunk-FQVTJ4NW.js";

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
import * as crypto from "crypto";
import * as fs from "fs";
import * as os2 from "os";
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (convertedValue.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${key}<<${delimiter}${os2.EOL}${convertedValue}${os2.EOL}${delimiter}`;
}

// node_modules/@actions/core/lib/core.js
import * as os4 from "os";

// node_modules/@actions/http-client/lib/index.js
var tunnel = __toESM(require_tunnel(), 1);
var import_undici = __toESM(require_undici(), 1);
var HttpCodes;
(function(HttpCodes2) {
  HttpCodes2[HttpCodes2["OK"] = 200] = "OK";
  HttpCodes2[HttpCodes2["MultipleChoices"] = 300] = "MultipleChoices";
  HttpCodes2[HttpCodes2["MovedPermanently"] = 301] = "MovedPermanently";
  HttpCodes2[HttpCodes2["ResourceMoved"] = 302] = "ResourceMoved";
  HttpCodes2[HttpCodes2["SeeOther"] = 303] = "SeeOther";
  HttpCodes2[HttpCodes2["NotModified"] = 304] = "NotModified";
  HttpCodes2[HttpCodes2["UseProxy"] = 305] = "UseProxy";
  HttpCodes2[HttpCodes2["SwitchProxy"] = 306] = "SwitchProxy";
  HttpCodes2[HttpCodes2["TemporaryRedirect"] = 307] = "TemporaryRedirect";
  HttpCodes2[HttpCodes2["PermanentRedirect"] = 308] = "PermanentRedirect";
  HttpCodes2[HttpCodes2["BadRequest"] = 400] = "BadRequest";
  HttpCodes2[HttpCodes2["Unauthorized"] = 401] = "Unauthorized";
  HttpCodes2[HttpCodes2["PaymentRequired"] = 402] = "PaymentRequired";
  HttpCodes2[HttpCodes2["Forbidden"] = 403] = "Forbidden";
  HttpCodes2[HttpCodes2["NotFound"] = 404] = "NotFound";
  HttpCodes2[HttpCodes2["MethodNotAllowed"] = 405] = "MethodNotAllowed";
  HttpCodes2[HttpCodes2["NotAcceptable"] = 406] = "NotAcceptable";
  HttpCodes2[HttpCodes2["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
  HttpCodes2[HttpCodes2["RequestTimeout"] = 408] = "RequestTimeout";
  HttpCodes2[HttpCodes2["Conflict"] = 409] = "Conflict";
  HttpCodes2[HttpCodes2["Gone"] = 410] = "Gone";
  HttpCodes2[HttpCodes2["TooManyRequests"] = 429] = "TooManyRequests";
  HttpCodes2[HttpCodes2["InternalServerError"] = 500] = "InternalServerError";
  HttpCodes2[HttpCodes2["NotImplemented"] = 501] = "NotImplemented";
  HttpCodes2[HttpCodes2["BadGateway"] = 502] = "BadGateway";
  HttpCodes2[HttpCodes2["ServiceUnavailable"] = 503] = "ServiceUnavailable";
  HttpCodes2[HttpCodes2["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function(Headers2) {
  Headers2["Accept"] = "accept";
  Headers2["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function(MediaTypes2) {
  MediaTypes2["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
var HttpRedirectCodes = [
  HttpCodes.MovedPermanently,
  HttpCodes.ResourceMoved,
  HttpCodes.SeeOther,
  HttpCodes.TemporaryRedirect,
  HttpCodes.PermanentRedirect
];
var HttpResponseRetryCodes = [
  HttpCodes.BadGateway,
  HttpCodes.ServiceUnavailable,
  HttpCodes.GatewayTimeout
];

// node_modules/@actions/core/lib/summary.js
import { EOL as EOL3 } from "os";
import { constants, promises } from "fs";
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, constants.R_OK | constants.W_OK);
      } catch (_a) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text, addEOL = false) {
    this._buffer += text;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL3);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row) => {
      const cells = row.map((cell) => {
        if (typeof cell === "string") {
          return this.wrap("td", cell);
        }
        const { header, data, colspan, rowspan } = cell;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text, href) {
    const element = this.wrap("a", text, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();
var summary = _summary;

// node_modules/@actions/core/lib/platform.js
import os3 from "os";

// node_modules/@actions/io/lib/io-util.js
import * as fs2 from "fs";
var { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs2.promises;
var IS_WINDOWS = process.platform === "win32";
var READONLY = fs2.constants.O_RDONLY;

// node_modules/@actions/exec/lib/toolrunner.js
var IS_WINDOWS2 = process.platform === "win32";

// node_modules/@actions/core/lib/platform.js
var platform = os3.platform();
var arch = os3.arch();

// node_modules/@actions/core/lib/core.js
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function setSecret(secret) {
  issueCommand("add-mask", {}, secret);
}
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os4.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function notice(message, properties = {}) {
  issueCommand("notice", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os4.EOL);
}

// src/evidence/commit-repo.ts
var CommitRepo = class _CommitRepo {
  constructor(root, commit, blobs, dirs, git) {
    this.root = root;
    this.commit = commit;
    this.blobs = blobs;
    this.dirs = dirs;
    this.git = git;
    const scope = { root, args: [commit], what: `commit ${commit}` };
    this.batcher = new GrepBatcher(async () => scope, scope);
  }
  root;
  commit;
  blobs;
  dirs;
  git;
  cache = /* @__PURE__ */ new Map();
  batcher;
  /**
   * Opens `commit` (a full sha) in the repository at dir. Where fetching is allowed (the
   * action's checkout), a commit a shallow checkout lacks is fetched from origin once (depth 1);
   * otherwise, or if that fails too, the error says how to check out.
   */
  static async open(dir, commit, options = {}) {
    if (!isFullSha(commit)) {
      throw new UserError(`"${commit}" is not a full commit sha: kep-gate reads commits by sha`);
    }
    const git = await checkoutAround(dir, options.fetch ?? false);
    if (!git) {
      throw new UserError(
        `"${dir}" is not a git checkout: regression mode reads commits from git, so check out with actions/checkout`
      );
    }
    const root = git.root;
    if (!await hasCommit(root, commit)) {
      const fetched = options.fetch && !await remoteProblem(root, "origin") ? await execGit(root, [
        "fetch",
        "--no-tags",
        "--no-write-fetch-head",
        "--upload-pack=git-upload-pack",
        "--depth=1",
        "origin",
        commit
      ]) : void 0;
      if (fetched?.code !== 0 || !await hasCommit(root, commit)) {
        throw new UserError(
          `commit ${commit} is not in the checkout and could not be fetched from origin: check out with actions/checkout and fetch-depth: 0`
        );
      }
    }
    const listing = await execGit(root, ["ls-tree", "-r", "-z", "--full-tree", commit]);
    if (listing.code !== 0) {
      throw new UserError(`cannot list the files of commit ${commit}: ${firstLine(listing.stderr)}`);
    }
    const blobs = /* @__PURE__ */ new Map();
    const dirs = /* @__PURE__ */ new Set([""]);
    for (const record of listing.stdout.toString("utf8").split("\0")) {
      const tab = record.indexOf("	");
      if (tab === -1) continue;
      const [mode, type, oid] = record.slice(0, tab).split(" ");
      if (type !== "blob" || mode === "120000" || !oid) continue;
      const path = record.slice(tab + 1);
      blobs.set(path, { oid });
      for (let slash = path.indexOf("/"); slash !== -1; slash = path.indexOf("/", slash + 1))
        dirs.add(path.slice(0, slash));
    }
    return new _CommitRepo(root, commit, blobs, dirs, git);
  }
  async read(path) {
    const rel = repoRelative(path);
    let cached = this.cache.get(rel);
    if (!cached) {
      cached = this.readOnce(rel);
      this.cache.set(rel, cached);
    }
    return cached;
  }
  readNamed(path) {
    return this.read(path);
  }
  async exists(path) {
    const rel = repoRelative(path);
    return this.blobs.has(rel) || this.dirs.has(rel);
  }
  async list(dir) {
    const rel = repoRelative(dir);
    if (this.blobs.has(rel)) return [rel];
    if (!this.dirs.has(rel)) return [];
    const prefix = rel === "" ? "" : `${rel}/`;
    return [...this.blobs.keys()].filter((p) => p.startsWith(prefix)).sort();
  }
  grep(query) {
    return this.batcher.grep(query);
  }
  async checkout() {
    return this.git;
  }
  describe() {
    return tryGit(this.root, ["describe", "--tags", "--match", "v[0-9]*", this.commit]);
  }
  async readOnce(rel) {
    const blob = this.blobs.get(rel);
    if (!blob) {
      if (this.dirs.has(rel))
        throw new DataError(rel, void 0, "is a folder where a file was expected");
      return void 0;
    }
    const size = await execGit(this.root, ["cat-file", "-s", blob.oid]);
    const tooLarge = sizeProblem(rel, Number(size.stdout.toString("utf8").trim()));
    if (tooLarge) throw tooLarge;
    const result = await execGit(this.root, ["cat-file", "blob", blob.oid]);
    if (result.code !== 0) {
      throw new DataError(
        rel,
        void 0,
        `cannot be read from commit ${this.commit} (${firstLine(result.stderr)})`
      );
    }
    return result.stdout.toString("utf8");
  }
};
async function hasCommit(root, commit) {
  const result = await execGit(root, ["cat-file", "-e", `${commit}^{commit}`]);
  return result.code === 0;
}
function firstLine(text) {
  return text.trim().split("\n")[0] ?? "";
}

// src/action/event.ts
import { existsSync as existsSync2 } from "node:fs";
var KNOWN_EVENTS = [
  "pull_request",
  "pull_request_target",
  "push",
  "workflow_dispatch",
  "schedule",
  "issue_comment"
];
function isPullRequest(name) {
  return name === "pull_request" || name === "pull_request_target";
}
function policyBaseSha(event, policy) {
  if (event.baseSha) return event.baseSha;
  throw new UserError(
    `the ${event.name} event has no pull_request.base.sha: kep-gate reads the policy file "${policy}" from the pull request's base, so a pull request cannot change the policy that judges it`
  );
}
var COMMAND = "/kep-gate";
var COMMAND_ASSOCIATIONS = ["OWNER", "MEMBER", "COLLABORATOR"];
function readEvent(name, payload, workflowSha) {
  const event = asObject(payload);
  const sha = workflowSha && isFullSha(workflowSha) ? workflowSha : void 0;
  switch (name) {
    case "pull_request":
    case "pull_request_target": {
      const pull = asObject(event.pull_request);
      const base = asObject(pull.base);
      const head = asObject(pull.head);
      const number = asNumber(pull.number) ?? asNumber(event.number);
      const headSha = asSha(head.sha);
      const baseRepo = asString(asObject(base.repo).full_name);
      const headRepo = asString(asObject(head.repo).full_name);
      return {
        name,
        sha: headSha ?? sha,
        baseSha: asSha(base.sha),
        headSha,
        // A deleted fork has no head repository; it was a fork all the same.
        ...number !== void 0 ? { pullRequest: { number, fromFork: !headRepo || headRepo !== baseRepo } } : {},
        milestone: asString(asObject(pull.milestone).title),
        baseRef: asString(base.ref),
        headFromObjects: name === "pull_request_target"
      };
    }
    case "push":
      return { name, sha: asSha(event.after) ?? sha, headFromObjects: false };
    case "workflow_dispatch":
    case "schedule":
      return { name, sha, headFromObjects: false };
    case "issue_comment": {
      const body = asString(asObject(event.comment).body) ?? "";
      const issue2 = asNumber(asObject(event.issue).number);
      const isCommand = new RegExp(`^${COMMAND}(\\s|$)`).test(body.trim());
      if (!isCommand || issue2 === void 0 || event.action === "deleted") {
        return {
          name,
          sha,
          headFromObjects: false,
          notice: `the comment is not a ${COMMAND} command: checking without a check run or a comment`
        };
      }
      const given = asString(asObject(event.comment).author_association) ?? "NONE";
      const association = /^[A-Z_]{1,40}$/.test(given) ? given : "NONE";
      if (!COMMAND_ASSOCIATIONS.includes(association)) {
        return {
          name,
          sha,
          headFromObjects: false,
          notice: `the ${COMMAND} command comes from a commenter whose association is ${association}, not ${COMMAND_ASSOCIATIONS.join(", ")}: checking without a check run or a comment`
        };
      }
      const onPullRequest = Object.keys(asObject(asObject(event.issue).pull_request)).length > 0;
      return {
        name,
        sha,
        commandIssue: issue2,
        ...onPullRequest ? { commandOnPullRequest: true } : {},
        headFromObjects: false
      };
    }
    default:
      return {
        name,
        headFromObjects: false,
        notice: `kep-gate does not act on "${name || "unknown"}" events (it knows ${KNOWN_EVENTS.join(", ")}): a plain check without a check run or a comment`
      };
  }
}
function asObject(value) {
  return value && typeof value === "object" && !Array.isArray(value) ? value : {};
}
function asString(value) {
  return typeof value === "string" && value !== "" ? value : void 0;
}
function asNumber(value) {
  return typeof value === "number" && Number.isInteger(value) && value > 0 ? value : void 0;
}
function asSha(value) {
  return typeof value === "string" && isFullSha(value) && !/^0+$/.test(value) ? value : void 0;
}
var MAX_EVENT_BYTES = 25 * 1024 * 1024;
async function readEventPayload(path) {
  if (!path) return {};
  if (!existsSync2(path)) return {};
  const text = await readNamedFile(
    path,
    `the event payload at ${path}`,
    "GITHUB_EVENT_PATH must name the JSON file the runner writes for the workflow\u2019s event",
    { maxBytes: MAX_EVENT_BYTES }
  );
  const json = text.startsWith("\uFEFF") ? text.slice(1) : text;
  try {
    return JSON.parse(json);
  } catch (error2) {
    throw new UserError(
      `the event payload at ${path} is not JSON: ${jsonProblem(json, oneLine(error2))}`
    );
  }
}
function jsonProblem(text, message) {
  if (text.trim() === "") return "the file is empty";
  if (text.includes("\0")) return "it holds binary data";
  if (/end of JSON input/.test(message)) return "it ends before the JSON does (cut short?)";
  const at = /at position (\d+)/.exec(message);
  if (!at) return "it does not start as JSON does";
  const offset = Number(at[1]);
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  const column = offset - before.lastIndexOf("\n");
  return `unexpected text at line ${line}, column ${column}`;
}

// src/action/base-commit.ts
async function policyFromBase(repoDir, event, policy, base) {
  if (!policy || !isPullRequest(event.name)) return void 0;
  const sha = policyBaseSha(event, policy);
  const repo = base?.commit === sha ? base : await CommitRepo.open(repoDir, sha, { fetch: true });
  return { repo, origin: `the base commit ${sha.slice(0, 7)}` };
}

// src/action/inputs.ts
import { realpathSync } from "node:fs";
import nodePath from "node:path";
var MODES = ["enforce", "report", "regression"];
async function getInputs() {
  const mode = getInput("mode") || "enforce";
  if (!MODES.includes(mode)) {
    throw new UserError(
      `input mode "${mode}" is not known: use enforce (fail the step on failed criteria), report (never fail) or regression (fail only on criteria the pull request breaks)`
    );
  }
  const token = getInput("token");
  if (token) setSecret(token);
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const event = readEvent(
    process.env.GITHUB_EVENT_NAME ?? "",
    await readEventPayload(process.env.GITHUB_EVENT_PATH),
    process.env.GITHUB_SHA
  );
  return {
    repoDir: checkoutPath(workspace, getInput("path")),
    target: getInput("target-release") || void 0,
    repoKind: getInput("repo-kind") || void 0,
    policy: getInput("policy") || void 0,
    mode,
    token,
    checkRun: parseCheckRun(getInput("check-run")),
    comment: parseComment(getInput("comment")),
    event,
    repository: parseRepository(getInput("repository")),
    milestone: event.milestone,
    baseRef: event.baseRef ?? (process.env.GITHUB_BASE_REF || void 0),
    ref: process.env.GITHUB_REF || void 0,
    scope: parseScope(getInput("scope")),
    ...otherCheckouts(workspace)
  };
}
function parseScope(input) {
  const value = input.trim() || "kep";
  if (value === "kep" || value === "feature-gates") return value;
  throw new UserError(
    `input scope "${input}" is not known: use kep (the KEP's criteria) or feature-gates (every feature gate: code, website pages and KEPs)`
  );
}
function otherCheckouts(workspace) {
  const path = (value, name) => value ? checkoutPath(workspace, value, name) : void 0;
  return {
    kubernetesPath: path(getInput("kubernetes-path"), "kubernetes-path"),
    websitePath: path(getInput("website-path"), "website-path"),
    enhancementsPath: path(getInput("enhancements-path"), "enhancements-path")
  };
}
function parseCheckRun(input) {
  const value = input.trim().toLowerCase() || "auto";
  if (value === "auto" || value === "true" || value === "false") return value;
  throw new UserError(
    `input check-run "${input}" is not known: use auto (when the token may write checks), true or false`
  );
}
function parseComment(input) {
  const value = input.trim();
  if (value === "" || value === "pr") return { kind: "pr" };
  if (value === "off") return { kind: "off" };
  const local = /^issue:#?(\d+)$/.exec(value);
  if (local) return { kind: "issue", number: Number(local[1]) };
  const remote = /^issue:([^#]*)#(\d+)$/.exec(value);
  const repository = parseRepositoryName(remote?.[1]);
  if (remote && repository) return { kind: "issue", ...repository, number: Number(remote[2]) };
  throw new UserError(
    `input comment "${input}" is not known: use off, pr, issue:<number> or issue:<owner>/<repo>#<number> (e.g. issue:kubernetes/enhancements#5495)`
  );
}
function parseRepository(input) {
  const value = input.trim();
  if (value === "") return void 0;
  if (parseRepositoryName(value)) return value;
  throw new UserError(
    `input repository "${input}" is not owner/name: give the checked-out repository like kubernetes/website, or leave it empty for this workflow's repository`
  );
}
function checkoutPath(workspace, input, name = "path") {
  const resolved = nodePath.resolve(workspace, input);
  let linksLeadOut = false;
  try {
    linksLeadOut = pathInside(realpathSync(workspace), realpathSync(resolved)) === void 0;
  } catch {
  }
  if (linksLeadOut || pathInside(workspace, resolved) === void 0) {
    throw new UserError(
      `input ${name} "${input}" is outside the workspace (${workspace}): give a folder inside it, not a link that leads out`
    );
  }
  return resolved;
}

// src/action/log.ts
var LINE_BREAKS = /\r\n|[\r\n\v\f\u0085\u2028\u2029]/g;
var ZWSP = "\u200B";
function workflowSafe(text) {
  return text.replace(LINE_BREAKS, " ").replaceAll("::", `:${ZWSP}:`).replaceAll("##[", `#${ZWSP}#[`);
}
var log = {
  info: (text) => info(workflowSafe(text)),
  notice: (text, properties) => notice(workflowSafe(text), properties),
  warning: (text, properties) => warning(workflowSafe(text), properties),
  error: (text, properties) => error(workflowSafe(text), properties),
  /** An error line that fails the step. */
  failed: (text) => setFailed(workflowSafe(text))
};

// src/action/outputs.ts
import { existsSync as existsSync3 } from "node:fs";
function writeOutputs(values) {
  try {
    for (const [name, value] of Object.entries(values)) setOutput(name, value);
  } catch (error2) {
    log.warning(
      `could not write the step's outputs to GITHUB_OUTPUT (${fileProblem("GITHUB_OUTPUT", error2)}): later steps will not see them; the verdict stands`
    );
  }
}
async function writeSummary(markdown) {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  try {
    await summary.addRaw(markdown).write();
  } catch (error2) {
    log.warning(
      `could not write the job summary to GITHUB_STEP_SUMMARY (${fileProblem("GITHUB_STEP_SUMMARY", error2)}); the verdict stands`
    );
  }
}
function fileProblem(variable, error2) {
  const path = process.env[variable] ?? "";
  const code = error2.code;
  const why = code === "EACCES" || code === "EPERM" ? "permission denied" : code === "EISDIR" ? "it is a folder" : code === "ENOENT" || path !== "" && !existsSync3(path) ? "no such file" : code ? code : oneLine(error2);
  return `${path}: ${why}`;
}
function workspaceFile(repoDir) {
  const workspace = process.env.GITHUB_WORKSPACE;
  const prefix = workspace ? pathInside(workspace, repoDir) : void 0;
  return (file) => prefix ? `${prefix}/${file}` : file;
}

// src/action/gates.ts
import nodePath2 from "node:path";

// src/report/comment.ts
var VIA_NAMES = {
  input: "target-release",
  milestone: "milestone",
  branch: "branch",
  tag: "git describe",
  hugo: "hugo.toml"
};
function shown(target) {
  return target.via ? `${target.release} (${VIA_NAMES[target.via]})` : target.release;
}
function renderTargetMoved(from, to) {
  return `> \u{1F500} target moved from ${shown(from)} to ${shown(to)}`;
}

// src/github/comment-marker.ts
var VERSION = "(\\d{1,4}\\.\\d{1,4})";
var VIAS = ["input", "milestone", "branch", "tag", "hugo"];
function safe(text) {
  return text.toLowerCase().replace(/[^a-z0-9.-]/g, "-");
}
function firstLine2(body) {
  const text = body ?? "";
  const end = text.indexOf("\n");
  return end === -1 ? text : text.slice(0, end);
}
function releaseMarker(subject, view) {
  const { kep, kind, target } = subject;
  const parts = [`kep-${safe(kep)}`, safe(kind), safe(target), ...view ? [safe(view)] : []];
  return `<!-- kep-gate:${parts.join(":")} -->`;
}
function mark(target) {
  return `${safe(target.release)}:${target.via ?? "unknown"}`;
}
function readMark(release, via) {
  return {
    release,
    ...VIAS.includes(via) ? { via } : {}
  };
}
function pullRequestKey(subject, mode) {
  return `<!-- kep-gate:kep-${safe(subject.kep)}:${safe(subject.kind)}:${safe(mode)}`;
}
function pullRequestMarker(subject, mode, movedFrom) {
  const target = mark({ release: subject.target, via: subject.targetVia });
  const from = movedFrom ? ` from=${mark(movedFrom)}` : "";
  return `${pullRequestKey(subject, mode)} target=${target}${from} -->`;
}
function readPullRequestMarker(body, subject, mode) {
  const line = firstLine2(body);
  const key = pullRequestKey(subject, mode);
  if (line.startsWith(`${key} `)) {
    const current = new RegExp(`^target=${VERSION}:([a-z]+)(?: from=${VERSION}:([a-z]+))? -->$`);
    const found = current.exec(line.slice(key.length + 1));
    if (!found) return void 0;
    const [, release, via, fromRelease, fromVia] = found;
    return {
      target: readMark(release, via),
      ...fromRelease ? { movedFrom: readMark(fromRelease, fromVia) } : {}
    };
  }
  const prefix = `<!-- kep-gate:kep-${safe(subject.kep)}:${safe(subject.kind)}:`;
  const view = mode === "regression" ? ":regression" : "";
  const legacy = line.startsWith(prefix) ? new RegExp(`^${VERSION}${view} -->$`).exec(line.slice(prefix.length)) : null;
  if (!legacy) return void 0;
  return { target: { release: legacy[1], ...legacyVia(body ?? "") } };
}
var LEGACY_VIAS = {
  "target-release": "input",
  milestone: "milestone",
  branch: "branch",
  "git describe": "tag",
  "hugo.toml": "hugo"
};
function legacyVia(body) {
  const found = /^Target \*\*[\d.]+\*\* \(from (target-release|milestone|branch|git describe|hugo\.toml)\b/m.exec(
    body
  );
  return found ? { via: LEGACY_VIAS[found[1]] } : {};
}

// src/github/comment.ts
var COMMENT_LIMIT = 65536;
function releaseComment(subject, markdown, view) {
  const marker = releaseMarker(subject, view);
  return {
    read: (body) => (body ?? "").startsWith(marker) ? {} : void 0,
    body: () => commentBody(marker, markdown)
  };
}
function pullRequestComment(subject, mode, markdown) {
  const now = { release: subject.target, via: subject.targetVia };
  return {
    read: (body) => readPullRequestMarker(body, subject, mode),
    body: (previous) => {
      const before = previous?.target;
      const movedFrom = before && before.release !== now.release ? before : previous?.movedFrom;
      const marker = pullRequestMarker(subject, mode, movedFrom);
      const note = movedFrom ? `${renderTargetMoved(movedFrom, now)}

` : "";
      return commentBody(marker, `${note}${markdown}`);
    }
  };
}
function commentBody(marker, markdown) {
  return fitToLimit(`${marker}
${markdown}`, COMMENT_LIMIT);
}
function fitToLimit(text, limit) {
  if (text.length <= limit) return text;
  const note = `

_\u2026 cut here: the full checklist is longer than GitHub's ${limit.toLocaleString("en-US")}-character limit; the job summary has all of it._
`;
  const room = limit - note.length;
  const cut = text.lastIndexOf("\n", room);
  return text.slice(0, cut > 0 ? cut : room) + note;
}
async function ownLogin(client) {
  try {
    const { data } = await client.rest.users.getAuthenticated();
    return data.login;
  } catch (error2) {
    const status = error2.status;
    if (status === 401 || status === 403 || status === 404) return void 0;
    throw error2;
  }
}
async function upsertComment(client, target, key, knownLogin) {
  let me = knownLogin ?? await ownLogin(client);
  const ref = { owner: target.owner, repo: target.repo };
  const mine = me ? await ownComments(client, target, key, me) : [];
  let kept;
  let action;
  if (mine.length === 0) {
    const { data } = await client.rest.issues.createComment({
      ...ref,
      issue_number: target.number,
      body: key.body(void 0)
    });
    me ??= data.user?.login;
    const after = me ? await ownComments(client, target, key, me) : [];
    kept = after[0] ?? data;
    action = kept.id === data.id ? "created" : "updated";
    await removeDuplicates(
      client,
      target,
      after.filter((c) => c.id !== kept.id)
    );
  } else {
    kept = mine[mine.length - 1];
    action = "updated";
    await removeDuplicates(client, target, mine.slice(0, -1));
  }
  const body = key.body(key.read(kept.body));
  if (kept.body === body)
    return { id: kept.id, action: action === "created" ? action : "unchanged" };
  await client.rest.issues.updateComment({ ...ref, comment_id: kept.id, body });
  return { id: kept.id, action: "updated" };
}
async function ownComments(client, target, key, me) {
  const comments = await client.paginate(client.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.number,
    per_page: 100
  });
  return comments.filter((c) => c.user?.login === me && key.read(c.body) !== void 0).sort((a, b) => a.id - b.id);
}
async function removeDuplicates(client, target, duplicates) {
  for (const duplicate of duplicates) {
    try {
      await client.rest.issues.deleteComment({
        owner: target.owner,
        repo: target.repo,
        comment_id: duplicate.id
      });
    } catch (error2) {
      if (error2.status !== 404) throw error2;
    }
  }
}

// src/github/check-run.ts
var ANNOTATIONS_PER_REQUEST = 50;
var SUMMARY_LIMIT = 65535;
function checkRunAnnotations(annotations) {
  return annotations.map((a) => ({
    path: a.file,
    start_line: a.line,
    end_line: a.line,
    annotation_level: a.level === "error" ? "failure" : "warning",
    title: a.title,
    message: a.message
  }));
}
async function upsertCheckRun(client, content) {
  const { owner, repo, sha, name, conclusion, title, annotations } = content;
  const summary2 = fitToLimit(content.summary, SUMMARY_LIMIT);
  const { data } = await client.rest.checks.listForRef({
    owner,
    repo,
    ref: sha,
    check_name: name,
    filter: "latest",
    per_page: 100
  });
  const existing = data.check_runs.find((run2) => run2.name === name);
  if (existing && existing.status === "completed" && existing.conclusion === conclusion && existing.output.title === title && existing.output.summary === summary2 && existing.output.annotations_count === annotations.length) {
    return {
      id: existing.id,
      action: "unchanged",
      ...existing.app?.slug ? { appSlug: existing.app.slug } : {}
    };
  }
  const batches = [];
  for (let i = 0; i < annotations.length; i += ANNOTATIONS_PER_REQUEST)
    batches.push(annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
  const first = { title, summary: summary2, annotations: batches[0] ?? [] };
  const completed = {
    status: "completed",
    conclusion,
    completed_at: (/* @__PURE__ */ new Date()).toISOString()
  };
  let id;
  let written;
  if (existing) {
    const updated = await client.rest.checks.update({
      owner,
      repo,
      check_run_id: existing.id,
      ...completed,
      output: first
    });
    id = existing.id;
    written = updated.data;
  } else {
    const created = await client.rest.checks.create({
      owner,
      repo,
      name,
      head_sha: sha,
      ...completed,
      output: first
    });
    id = created.data.id;
    written = created.data;
  }
  for (const batch of batches.slice(1)) {
    await client.rest.checks.update({
      owner,
      repo,
      check_run_id: id,
      output: { title, summary: summary2, annotations: batch }
    });
  }
  return {
    id,
    action: existing ? "updated" : "created",
    ...written.app?.slug ? { appSlug: written.app.slug } : {}
  };
}

// src/github/contents.ts
async function readRemoteFile(client, repository, path, refs) {
  const name = parseRepositoryName(repository);
  if (!name) throw new UserError(`repository "${repository}" is not owner/name`);
  const { owner, repo } = name;
  const missing = [];
  for (const ref of refs) {
    let data;
    try {
      data = (await client.rest.repos.getContent({ owner, repo, path, ref })).data;
    } catch (error2) {
      const status = error2.status;
      if (status === 404) {
        missing.push(ref);
        continue;
      }
      throw new UserError(
        `cannot read ${path} from ${repository}@${ref} through the GitHub API (${status ? `HTTP ${status}` : "no answer"}): give kubernetes-path a checkout of ${repository} instead`
      );
    }
    const file = data;
    if (file.type !== "file" || file.encoding !== "base64" || typeof file.content !== "string") {
      throw new UserError(
        `${repository}@${ref}:${path} is not a file the contents API returns whole (type ${String(file.type)}, encoding ${String(file.encoding)}): give kubernetes-path a checkout of ${repository} instead`
      );
    }
    return { file: path, text: Buffer.from(file.content, "base64").toString("utf8"), ref };
  }
  throw new UserError(
    `${repository} has no ${path} at ${missing.join(" or ")}: give kubernetes-path a checkout of ${repository}, or set target-release`
  );
}

// src/report/annotations.ts
function flagged(report) {
  return report.criteria.filter((c) => c.status === "fail" || c.status === "warning");
}
function annotationsOf(report) {
  return flagged(report).map((c) => {
    const at = c.evidence.find((e) => e.line) ?? c.evidence[0];
    return {
      level: c.status === "fail" ? "error" : "warning",
      title: `KEP-${report.kep} ${c.id}`,
      message: c.message,
      ...at ? { file: at.file } : {},
      ...at?.line ? { line: at.line } : {}
    };
  });
}
function placedAnnotations(report) {
  return flagged(report).flatMap(
    (c) => c.evidence.filter((e) => e.file).map((e) => ({
      level: c.status === "fail" ? "error" : "warning",
      title: `KEP-${report.kep} ${c.id}`,
      message: e.note ? `${c.message} (${e.note})` : c.message,
      file: e.file,
      line: e.line && e.line > 0 ? e.line : 1
    }))
  );
}
function gatesAnnotations(report, kind) {
  const findings = [...report.rows.flatMap((r) => r.findings), ...report.findings];
  return findings.filter((f) => f.severity === "error" || f.severity === "warning").flatMap(
    (f) => f.evidence.filter((e) => e.source === kind && e.line).map((e) => ({
      level: f.severity === "error" ? "error" : "warning",
      title: `feature gates ${f.rule}: ${f.gate ?? f.kind}`,
      message: f.message,
      file: e.file,
      line: e.line
    }))
  );
}

// src/action/publish.ts
async function publishToGitHub(settings, publication2) {
  const repository = parseRepositoryName(process.env.GITHUB_REPOSITORY);
  if (!settings.token || !repository) {
    log.info("no token or repository: no check run and no comment (the job summary has the report)");
    return [];
  }
  const tasks = [];
  const sha = settings.event.sha;
  let appLogin;
  if (settings.checkRun !== "false" && sha && !settings.event.notice) {
    tasks.push({
      what: `check run "${publication2.checkRunName}"`,
      explicit: settings.checkRun === "true",
      run: async (client2) => {
        const done = await upsertCheckRun(client2, {
          ...repository,
          sha,
          name: publication2.checkRunName,
          conclusion: publication2.conclusion,
          title: publication2.title,
          summary: publication2.markdown,
          annotations: publication2.annotations
        });
        if (done.appSlug) appLogin = `${done.appSlug}[bot]`;
        return `check run "${publication2.checkRunName}" ${done.action} on ${sha.slice(0, 7)} (${publication2.annotations.length} annotations)`;
      }
    });
  }
  const target = commentTarget(settings, repository);
  if (target) {
    const { subject, markdown } = publication2;
    const key = target.pullRequest ? pullRequestComment(subject, settings.mode, markdown) : releaseComment(subject, markdown, settings.mode === "regression" ? "regression" : void 0);
    const where = `${target.owner}/${target.repo}#${target.number}`;
    tasks.push({
      what: `checklist comment on ${where}`,
      explicit: settings.comment.kind === "issue",
      run: async (client2) => {
        const done = await upsertComment(client2, target, key, appLogin);
        return `checklist comment ${done.action} on ${where} (comment ${done.id})`;
      }
    });
  }
  if (tasks.length === 0) return [];
  const client = await createClient({ token: settings.token, log: (message) => log.info(message) });
  const denied = [];
  const errors = [];
  for (const task of tasks) {
    try {
      log.info(await task.run(client));
    } catch (error2) {
      const status = error2.status;
      const why = reason(error2);
      if (status !== void 0 && status >= 400 && status < 500 && status !== 429) {
        if (task.explicit)
          errors.push(
            `cannot write the ${task.what}: ${why}; give a token that may write there in the token input`
          );
        else denied.push(`${task.what} (${why})`);
        continue;
      }
      log.warning(
        `could not reach the GitHub API at ${process.env.GITHUB_API_URL || "https://api.github.com"} for the ${task.what} (${why}): the job summary, annotations and verdict stand`
      );
      return errors;
    }
  }
  if (denied.length > 0) {
    const fork = settings.event.pullRequest?.fromFork ? "; a pull request from a fork gets a read-only token, see the README for the pull_request_target pattern" : "; give the job checks: write and pull-requests: write (or issues: write)";
    log.warning(
      `the token may not write to GitHub here, so no ${denied.join(" and no ")}${fork}: the job summary, annotations and verdict stand`
    );
  }
  return errors;
}
function commentTarget(settings, repository) {
  const { comment, event } = settings;
  if (comment.kind === "off") return void 0;
  if (comment.kind === "issue") {
    if (event.notice && event.commandIssue === void 0) return void 0;
    const where = comment.owner && comment.repo ? { owner: comment.owner, repo: comment.repo } : repository;
    return { ...where, number: comment.number, pullRequest: false };
  }
  if (event.commandIssue !== void 0)
    return {
      ...repository,
      number: event.commandIssue,
      pullRequest: event.commandOnPullRequest === true
    };
  if (event.notice) return void 0;
  if (event.pullRequest)
    return { ...repository, number: event.pullRequest.number, pullRequest: true };
  return void 0;
}
function reason(error2) {
  const e = error2;
  const message = typeof e.response?.data?.message === "string" ? e.response.data.message : oneLine(error2);
  return e.status ? `HTTP ${e.status}: ${message}` : message;
}

// src/action/gates.ts
async function runGatesScope(settings, setSummary) {
  if (settings.mode === "regression")
    throw new UserError(
      "mode regression compares a pull request with its base for a KEP\u2019s criteria; with scope feature-gates use mode enforce or report"
    );
  if (settings.event.headFromObjects)
    throw new UserError(
      `scope feature-gates reads the checked-out files, and under ${settings.event.name} that is the base branch, not the pull request: run it on pull_request`
    );
  const main = await WorktreeRepo.open(settings.repoDir, ON_DISK);
  const kind = await gatesKind(main, settings.repoKind);
  const open2 = async (input, own) => input ? WorktreeRepo.open(input, ON_DISK) : kind === own ? main : void 0;
  const [kubernetes, website, enhancements] = await Promise.all([
    open2(settings.kubernetesPath, "kubernetes"),
    open2(settings.websitePath, "website"),
    open2(settings.enhancementsPath, "enhancements")
  ]);
  const policy = await loadPolicy(CRITERION_IDS, await gatesPolicy(settings, main));
  const { target, source, via } = await resolveTarget({
    explicit: settings.target,
    milestone: settings.milestone,
    baseRef: settings.baseRef,
    ref: settings.ref,
    kind: kind === "website" ? "website" : "kubernetes",
    describe: async () => kubernetes?.describe(),
    hugoToml: async () => website?.read("hugo.toml")
  });
  const origin = (repo) => `${repo === main ? "the checkout" : "checkout"} ${relative(repo.root)}`;
  const report = await auditGates({
    policy,
    target,
    targetSource: source,
    kind,
    code: kubernetes ? { repo: kubernetes, origin: origin(kubernetes) } : await listFromGitHub(settings, policy, target),
    ...website ? { website: { repo: website, origin: origin(website) } } : {},
    ...enhancements ? { enhancements: { repo: enhancements, origin: origin(enhancements) } } : {}
  });
  const markdown = renderGatesMarkdown(report);
  setSummary(markdown);
  const failed = report.rules.filter((r) => r.errors > 0).map((r) => r.id);
  writeOutputs({
    "target-release": report.target,
    stage: "",
    result: report.result,
    failed: failed.join(","),
    "report-json": JSON.stringify(gatesJson(report), null, 2)
  });
  for (const e of report.errors) log.error(e, { title: "feature gates: could not read" });
  const ownRoot = { kubernetes, website, enhancements }[kind].root;
  const annotations = gatesAnnotations(report, kind);
  annotate(annotations, workspaceFile(ownRoot));
  log.info(`feature gates at ${report.target} (${report.targetSource}): ${report.result}`);
  const counts = report.rules.reduce(
    (n, r) => ({ errors: n.errors + r.errors, warnings: n.warnings + r.warnings }),
    { errors: 0, warnings: 0 }
  );
  const errors = await publishToGitHub(settings, {
    subject: { kep: "feature-gates", kind, target: report.target, targetVia: via },
    markdown,
    checkRunName: `feature gates (${kind})`,
    conclusion: report.result === "pass" ? "success" : settings.mode === "report" ? "neutral" : "failure",
    title: `feature gates at ${report.target}: ${report.result} (${counts.errors} errors, ${counts.warnings} warnings)`,
    annotations: checkRunAnnotations(annotations)
  });
  for (const e of errors) log.error(e);
  if (report.result === "fail") {
    const what = `feature gates at ${report.target}: ${counts.errors} errors${failed.length ? ` (${failed.join(", ")})` : ""}`;
    if (settings.mode === "report") log.warning(`${what} (mode: report, so the step passes)`);
    else log.failed(what);
  }
  if (errors.length > 0) process.exitCode = ExitCode.Failure;
}
async function gatesPolicy(settings, main) {
  if (!settings.policy) return void 0;
  const from = await policyFromBase(main.root, settings.event, settings.policy);
  const { text, notices } = await readPolicyText(
    { file: settings.policy, base: main.root },
    main,
    from
  );
  for (const notice2 of notices) log.notice(notice2);
  if (text?.origin)
    log.info(
      `policy file ${text.file} read from ${text.origin}: a pull request cannot change the policy that judges it`
    );
  return text;
}
async function gatesKind(repo, override) {
  const wanted = override?.trim().toLowerCase();
  if (wanted === "enhancements") return "enhancements";
  if ((!wanted || wanted === "auto") && await repo.exists("keps")) {
    const [features, docs] = await Promise.all([
      repo.exists("pkg/features/kube_features.go"),
      repo.exists("content/en/docs")
    ]);
    if (!features && !docs) return "enhancements";
  }
  return detectKind(repo, override);
}
async function listFromGitHub(settings, policy, target) {
  const { listRepository } = policy.gates;
  if (!settings.token)
    throw new UserError(
      `scope feature-gates needs the code: set kubernetes-path to a checkout of ${listRepository}, or give a token to read its feature list through the GitHub API`
    );
  const client = await createClient({ token: settings.token, log: (message) => log.info(message) });
  const file = policy.kubernetes.featureLists[0];
  const list = await readRemoteFile(client, listRepository, file, [
    `release-${formatMinor(target)}`,
    "master"
  ]);
  return {
    list: { file: list.file, text: list.text },
    origin: `${listRepository}@${list.ref} (GitHub contents API)`
  };
}
function relative(root) {
  const workspace = process.env.GITHUB_WORKSPACE;
  return workspace ? nodePath2.relative(workspace, root).split(nodePath2.sep).join("/") : "";
}
function annotate(annotations, inWorkspace) {
  for (const a of annotations.slice(0, ANNOTATIONS_PER_REQUEST)) {
    const props = { title: a.title, file: inWorkspace(a.file), startLine: a.line };
    if (a.level === "error") log.error(a.message, props);
    else log.warning(a.message, props);
  }
  if (annotations.length > ANNOTATIONS_PER_REQUEST)
    log.notice(
      `${annotations.length - ANNOTATIONS_PER_REQUEST} more findings are annotated in the check run and listed in the job summary`
    );
}

// src/regression.ts
async function checkRegression(prepared, base, head, options = {}) {
  const [baseReport, headReport] = await Promise.all([
    evaluate(prepared, base, options),
    evaluate(prepared, head, options)
  ]);
  return compare(baseReport, headReport, base.commit, options.headSha);
}
function compare(base, head, baseSha, headSha) {
  const before = new Map(base.criteria.map((c) => [c.id, c.status]));
  const regressions = head.criteria.filter((c) => c.status === "fail" && before.get(c.id) === "pass").map((c) => c.id);
  const result = regressions.length > 0 ? "fail" : "pass";
  return {
    base,
    head,
    verdict: verdictOf(head, regressions, result, baseSha),
    baseSha,
    headSha,
    regressions,
    result
  };
}
function verdictOf(head, regressions, result, baseSha) {
  const short = baseSha.slice(0, 7);
  const criteria = head.criteria.map((c) => {
    if (c.status !== "fail" || regressions.includes(c.id)) return c;
    return {
      ...c,
      status: "warning",
      message: `already failing on the base ${short}, not blocking this change: ${c.message}`
    };
  });
  return { ...head, result, criteria, timeline: timelineAt(head.timeline, criteria, head.target) };
}

// src/report/check-run.ts
function checkRunTitle(report) {
  const failed = report.criteria.filter((c) => c.status === "fail").map((c) => c.id);
  const due = report.criteria.filter((c) => c.status !== "next" && c.status !== "skipped");
  const passed = due.filter((c) => c.status === "pass" || c.status === "exempt").length;
  return `KEP-${report.kep} at ${report.target}: ${report.result}` + (failed.length > 0 ? ` (${failed.join(", ")})` : ` (${passed} of ${due.length} due criteria met)`);
}
function checkRunName(report, regression) {
  return `KEP-${report.kep} (${report.kind}${regression ? ", regression" : ""})`;
}

// src/report/regression-markdown.ts
var SHOWN = {
  pass: "\u2705 pass",
  fail: "\u274C fail",
  warning: "\u26A0\uFE0F warning",
  exempt: "\u{1F7E6} exempt",
  skipped: "\u23ED\uFE0F skipped",
  next: "\u{1F51C} next"
};
function renderRegressionMarkdown(r, options = {}) {
  const commit = (sha) => commitRef(sha, options.links);
  const base = `base ${commit(r.baseSha)}`;
  const head = r.headSha ? `head ${commit(r.headSha)}` : "head";
  const before = new Map(r.base.criteria.map((c) => [c.id, c.status]));
  const lines = [
    renderMarkdown(r.verdict, options).trimEnd(),
    "",
    "### Base and head",
    "",
    r.regressions.length > 0 ? `This change breaks ${r.regressions.map((id) => `\`${id}\``).join(", ")}: passing on the ${base}, failing on the ${head}.` : `This change breaks nothing that passes on the ${base}; only a criterion that passes there and fails on the ${head} fails this check.`,
    "",
    `| criterion | stage | ${base} | ${head} | |`,
    "| --- | --- | --- | --- | --- |"
  ];
  for (const c of r.head.criteria) {
    const was = before.get(c.id);
    const mark2 = r.regressions.includes(c.id) ? "**regression**" : "";
    lines.push(
      `| \`${c.id}\` | ${c.stage} | ${was ? SHOWN[was] : "\u2014"} | ${SHOWN[c.status]} | ${mark2} |`
    );
  }
  return lines.join("\n") + "\n";
}
function commitRef(sha, links) {
  const short = `\`${sha.slice(0, 7)}\``;
  if (!links || !/^[0-9a-f]+$/.test(sha)) return short;
  return `[${short}](${links.server.replace(/\/+$/, "")}/${links.repository}/commit/${sha})`;
}

// src/main.ts
async function run() {
  let summary2;
  try {
    const settings = await getInputs();
    if (settings.event.notice) log.notice(settings.event.notice);
    if (settings.scope === "feature-gates") {
      await runGatesScope(settings, (markdown) => summary2 = markdown);
      return;
    }
    const github = gitHubFacts({
      token: settings.token,
      // Facts are about the checked-out repository; check runs and comments stay on the workflow's.
      repository: settings.repository ?? process.env.GITHUB_REPOSITORY,
      log: (message) => log.warning(message)
    });
    const rendered = await judge(settings, github);
    summary2 = rendered.markdown;
    writeStepResults(rendered, settings.repoDir);
    const failed = failedIds(rendered.report);
    const errors = await publishToGitHub(settings, publication(rendered, settings));
    for (const e of errors) log.error(e);
    if (settings.mode === "report") {
      if (failed.length > 0)
        log.warning(
          `KEP-${rendered.report.kep}: ${failed.length} criteria failed (mode: report, so the step passes)`
        );
    } else if (rendered.report.result === "fail") {
      const what = rendered.regression ? "this change breaks" : "failed";
      log.failed(
        `KEP-${rendered.report.kep} at ${rendered.report.target}: ${what} ${failed.join(", ")}`
      );
    }
    if (errors.length > 0) process.exitCode = ExitCode.Failure;
  } catch (error2) {
    log.failed(error2 instanceof UserError ? oneLine(error2) : `internal error: ${oneLine(error2)}`);
  } finally {
    await stopGit();
    if (summary2 !== void 0) await writeSummary(summary2);
  }
}
function prepareSettings(settings) {
  return {
    target: settings.target,
    targetLabel: "target-release",
    repoKind: settings.repoKind,
    ...settings.policy ? { policy: { file: settings.policy, base: settings.repoDir } } : {},
    milestone: settings.milestone,
    baseRef: settings.baseRef,
    ref: settings.ref
  };
}
async function judge(settings, github) {
  const { event, repoDir } = settings;
  const headSha = event.headFromObjects ? event.headSha : void 0;
  if (event.headFromObjects && !headSha) {
    throw new UserError(
      `the ${event.name} event has no pull_request.head.sha: kep-gate reads the pull request's head from git objects there`
    );
  }
  if (settings.mode === "regression" && !event.baseSha) {
    throw new UserError(
      `mode regression compares a pull request with its base, but the ${event.name || "unknown"} event has no pull_request.base.sha: use it on pull_request or pull_request_target, or use mode enforce`
    );
  }
  const fetch = true;
  const head = headSha ? await CommitRepo.open(repoDir, headSha, { fetch }) : await WorktreeRepo.open(repoDir, { fetch });
  const base = settings.mode === "regression" ? await CommitRepo.open(repoDir, event.baseSha, { fetch }) : void 0;
  const policyFrom = await policyFromBase(repoDir, event, settings.policy, base);
  const given = prepareSettings(settings);
  const checked = async () => head instanceof CommitRepo ? head.commit : await head.headCommit();
  if (!base) {
    const { prepared: prepared2, report } = await prepareAndEvaluate(given, head, { github, policyFrom });
    for (const notice2 of prepared2.notices) log.notice(notice2);
    const links2 = evidenceLinks(settings, await checked());
    return {
      report,
      markdown: renderMarkdown(report, { links: links2 }),
      json: toJson(report),
      regression: false
    };
  }
  const prepared = await prepare(given, head, { policyFrom });
  for (const notice2 of prepared.notices) log.notice(notice2);
  const compared = await checkRegression(prepared, base, head, { github, headSha });
  const links = evidenceLinks(settings, await checked());
  return {
    report: compared.verdict,
    markdown: renderRegressionMarkdown(compared, { links }),
    json: regressionJson(compared),
    regression: true
  };
}
function evidenceLinks(settings, commit) {
  const repository = parseRepositoryName(settings.repository ?? process.env.GITHUB_REPOSITORY);
  const server = process.env.GITHUB_SERVER_URL || "https://github.com";
  if (!repository || !commit || !/^https?:\/\/[^\s"<>()]+$/.test(server)) return void 0;
  return { server, repository: `${repository.owner}/${repository.repo}`, commit };
}
function publication(rendered, settings) {
  const { report } = rendered;
  return {
    subject: {
      kep: report.kep,
      kind: report.kind,
      target: report.target,
      targetVia: report.targetVia
    },
    markdown: rendered.markdown,
    checkRunName: checkRunName(report, rendered.regression),
    conclusion: report.result === "pass" ? "success" : settings.mode === "report" ? "neutral" : "failure",
    title: checkRunTitle(report),
    annotations: checkRunAnnotations(placedAnnotations(report))
  };
}
function failedIds(report) {
  return report.criteria.filter((c) => c.status === "fail").map((c) => c.id);
}
function writeStepResults(rendered, repoDir) {
  const { report } = rendered;
  writeOutputs({
    "target-release": report.target,
    stage: report.stage,
    result: report.result,
    failed: failedIds(report).join(","),
    "report-json": JSON.stringify(rendered.json, null, 2)
  });
  const inWorkspace = workspaceFile(repoDir);
  for (const e of report.errors) log.error(e, { title: `KEP-${report.kep}: could not read` });
  for (const a of annotationsOf(report)) {
    const props = {
      title: a.title,
      ...a.file ? { file: inWorkspace(a.file) } : {},
      ...a.line ? { startLine: a.line } : {}
    };
    if (a.level === "error") log.error(a.message, props);
    else log.warning(a.message, props);
  }
  log.info(`KEP-${report.kep} at ${report.target} (${report.targetSource}): ${report.result}`);
}

// src/index.ts
await run();
