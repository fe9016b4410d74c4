#!/usr/bin/env node
import { createRequire as __kepGateCreateRequire } from 'node:module';
const require = __kepGateCreateRequire(import.meta.url);
import {
  CRITERIA,
  CRITERION_IDS,
  ON_DISK,
  WorktreeRepo,
  auditGates,
  backportsText,
  check,
  currentStage,
  dueCriteria,
  explainOf,
  loadPolicy,
  readNamedFile,
  readPlainPolicy,
  renderGatesJson,
  renderGatesMarkdown,
  renderGatesText,
  renderJson,
  renderMarkdown,
  stopGit,
  tryGit,
  withoutControls
} from "./chunks/chunk-S6ADANMJ.js";
import "./chunks/chunk-MFEJVTHA.js";
import {
  ACCEPTED_TARGET_FORMS,
  formatMinor,
  parseMinor
} from "./chunks/chunk-SVJDJ5LC.js";
import {
  UserError,
  oneLine
} from "./chunks/chunk-QG5AARZW.js";
import "./chunks/chunk-FQVTJ4NW.js";

// src/cli.ts
import { parseArgs as parseArgs2 } from "node:util";

// src/gates/command.ts
import nodePath from "node:path";
import { parseArgs } from "node:util";
var GATES_USAGE = `  kep-gate gates --target 1.37 (--kubernetes DIR | --feature-list FILE)
                 [--website DIR] [--enhancements DIR] [--policy FILE]
                 [--format text|markdown|json]`;
var FORMATS = ["text", "markdown", "json"];
async function gatesCommand(argv, out, err) {
  const values = readArgs(argv);
  if (values.help) {
    out(`Usage:
${GATES_USAGE}
`);
    return 0;
  }
  const format = values.format;
  if (!FORMATS.includes(format))
    throw new UserError(`--format "${values.format}" is not known: use text, markdown or json`);
  if (!values.target) throw new UserError(`gates needs --target (${ACCEPTED_TARGET_FORMS})`);
  const target = parseMinor(values.target);
  if (!target)
    throw new UserError(
      `--target "${values.target}" is not a release: use ${ACCEPTED_TARGET_FORMS}`
    );
  const kubernetes = values.kubernetes;
  const listFile = values["feature-list"];
  if (!kubernetes === !listFile)
    throw new UserError(
      "gates reads the code from --kubernetes DIR (a kubernetes/kubernetes checkout) or --feature-list FILE (a versioned_feature_list.yaml), one of the two"
    );
  const policy = await loadPolicy(
    CRITERION_IDS,
    values.policy ? await readPlainPolicy(values.policy) : void 0
  );
  const [kubernetesRepo, website, enhancements] = await Promise.all([
    kubernetes ? WorktreeRepo.open(kubernetes, ON_DISK) : void 0,
    values.website ? WorktreeRepo.open(values.website, ON_DISK) : void 0,
    values.enhancements ? WorktreeRepo.open(values.enhancements, ON_DISK) : void 0
  ]);
  const report = await auditGates({
    policy,
    target,
    targetSource: `--target ${values.target}`,
    code: kubernetesRepo ? { repo: kubernetesRepo, origin: `kubernetes checkout ${kubernetes}` } : { list: await readList(listFile), origin: `feature list ${listFile}` },
    ...website ? { website: { repo: website, origin: `website checkout ${values.website}` } } : {},
    ...enhancements ? {
      enhancements: {
        repo: enhancements,
        origin: `enhancements checkout ${values.enhancements}`
      }
    } : {}
  });
  out(
    format === "json" ? renderGatesJson(report) : format === "markdown" ? renderGatesMarkdown(report) : renderGatesText(report)
  );
  for (const e of report.errors) err(`kep-gate: error: ${e}
`);
  if (report.errors.length > 0) return 2;
  return report.result === "pass" ? 0 : 1;
}
async function readList(file) {
  const text = await readNamedFile(
    nodePath.resolve(file),
    `--feature-list "${file}"`,
    "give the path of a versioned_feature_list.yaml"
  );
  return { file: nodePath.relative(process.cwd(), nodePath.resolve(file)) || file, text };
}
function readArgs(argv) {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        target: { type: "string" },
        kubernetes: { type: "string" },
        "feature-list": { type: "string" },
        website: { type: "string" },
        enhancements: { type: "string" },
        policy: { type: "string" },
        format: { type: "string", default: "text" },
        help: { type: "boolean", short: "h" }
      }
    });
    if (positionals.length > 0)
      throw new UserError(`unexpected argument "${positionals[0]}": see kep-gate gates --help`);
    return values;
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`${oneLine(error)}; see kep-gate gates --help`);
  }
}

// src/plan.ts
var REPOSITORY = { kubernetes: "kubernetes/kubernetes", website: "kubernetes/website" };
function plan(policy, criteria, target) {
  return {
    kep: policy.kep,
    target: formatMinor(target),
    stage: currentStage(policy, target),
    items: dueCriteria(policy, criteria, target).map(({ criterion, rules, window, disabled }) => ({
      id: criterion.id,
      stage: rules.stage,
      repo: REPOSITORY[criterion.meta.repo],
      severity: rules.severity,
      state: disabled ? "disabled" : window.state,
      due: window.due,
      explain: explainOf(criterion, policy)
    }))
  };
}

// src/report/plan.ts
var SECTIONS = [
  ["due", "Due:"],
  ["next", "Coming next:"],
  ["disabled", "Disabled by the policy:"]
];
function renderPlanText(p) {
  const window = (i) => `${i.due.from ? `from ${i.due.from}` : "always"}${i.due.until ? ` until ${i.due.until}` : ""}`;
  const lines = [`KEP-${p.kep} at ${p.target} (stage ${p.stage})`];
  for (const [state, title] of SECTIONS) {
    const items = p.items.filter((i) => i.state === state);
    if (state === "disabled" && items.length === 0) continue;
    lines.push("", title);
    if (items.length === 0) lines.push("  (none)");
    for (const i of items) {
      lines.push(
        `  ${i.id} [stage ${i.stage}, ${i.severity}, ${window(i)}, ${i.repo}]`,
        `      ${i.explain}`
      );
    }
  }
  return lines.join("\n") + "\n";
}
function renderPlanJson(p) {
  return JSON.stringify(p, null, 2) + "\n";
}

// src/report/text.ts
var LABEL = {
  pass: "PASS",
  fail: "FAIL",
  warning: "WARN",
  exempt: "EXEMPT",
  skipped: "SKIP",
  next: "NEXT"
};
var INDENT = " ".repeat(11);
function renderText(report) {
  const lines = [
    `KEP-${report.kep} (${report.policy}) on ${report.kind} at ${report.target} (from ${report.targetSource}), stage ${report.stage}: ${report.result.toUpperCase()}`
  ];
  for (const c of report.criteria) {
    lines.push(`  ${LABEL[c.status].padEnd(6)} ${c.id} [stage ${c.stage}]: ${c.message}`);
    if (c.status === "next") continue;
    for (const e of c.evidence.slice(0, 5)) {
      lines.push(`${INDENT}${e.file}${e.line ? `:${e.line}` : ""}${e.note ? `  ${e.note}` : ""}`);
    }
    if (c.evidence.length > 5) lines.push(`${INDENT}... and ${c.evidence.length - 5} more`);
    if (c.details?.kind === "backports")
      lines.push(...backportsText(c.details).map((line) => `${INDENT}${line}`));
  }
  return lines.map(withoutControls).join("\n") + "\n";
}

// src/cli.ts
import { promises as fs } from "node:fs";
import nodePath2 from "node:path";
var USAGE = `Usage:
  kep-gate check [--repo DIR] [--target 1.40] [--repo-kind auto|kubernetes|website]
                 [--policy FILE] [--format text|markdown|json] [--repository OWNER/NAME]
                 [--untracked] [--fetch]
  kep-gate plan --target 1.40 [--policy FILE] [--format text|json]
${GATES_USAGE}

A git checkout is judged as git tracks it (the index, with changes to tracked files in the
working tree); --untracked judges files not yet added too, for a check before a commit.

The nftables-backports audit reads git history. What the clone lacks (release branches, tags,
history cut by a shallow clone) is named with the \`git fetch\` that supplies it; --fetch lets
kep-gate fetch it into refs/kep-gate/ instead, leaving branches and configuration as they were.

With GITHUB_TOKEN set, GitHub facts (labels, cherry-pick PRs) of --repository (default:
GITHUB_REPOSITORY) help the nftables-backports audit.

Exit codes: 0 pass, 1 criteria failed, 2 usage or input error.`;
var FORMATS2 = ["text", "markdown", "json"];
async function main(argv, out, err) {
  try {
    if (argv[0] === "gates") return await gatesCommand(argv.slice(1), out, err);
    const { values, positionals } = readArgs2(argv);
    const command = positionals[0];
    if (values.help || !command) {
      out(USAGE + "\n");
      return values.help ? 0 : 2;
    }
    if (positionals.length > 1)
      throw new UserError(`unexpected argument "${positionals[1]}": see kep-gate --help`);
    const format = values.format;
    if (!FORMATS2.includes(format))
      throw new UserError(`--format "${values.format}" is not known: use text, markdown or json`);
    if (values.target === "") throw new UserError(`--target is empty: use ${ACCEPTED_TARGET_FORMS}`);
    if (command === "plan") {
      if (format === "markdown")
        throw new UserError("plan prints text or json: use --format text or --format json");
      if (!values.target) throw new UserError(`plan needs --target (${ACCEPTED_TARGET_FORMS})`);
      const target = parseMinor(values.target);
      if (!target)
        throw new UserError(
          `--target "${values.target}" is not a release: use ${ACCEPTED_TARGET_FORMS}`
        );
      const override = values.policy ? await readPlainPolicy(values.policy) : void 0;
      const result = plan(await loadPolicy(CRITERION_IDS, override), CRITERIA, target);
      out(format === "json" ? renderPlanJson(result) : renderPlanText(result));
      return 0;
    }
    if (command !== "check")
      throw new UserError(
        `unknown command "${command}": use check, plan or gates (see kep-gate --help)`
      );
    const repoDir = values.repo ?? process.cwd();
    const report = await check({
      repoDir,
      // Branches only matter without --target: no git process otherwise.
      ...values.target ? {} : await branchesOf(repoDir),
      target: values.target,
      targetLabel: "--target",
      repoKind: values["repo-kind"],
      policy: values.policy,
      policyBase: process.cwd(),
      github: await gitHubFactsFromEnv(values.repository, err),
      untracked: values.untracked,
      fetch: values.fetch
    });
    out(
      format === "json" ? renderJson(report) : format === "markdown" ? renderMarkdown(report) : renderText(report)
    );
    for (const e of report.errors) err(`kep-gate: error: ${e}
`);
    if (report.errors.length > 0) return 2;
    return report.result === "pass" ? 0 : 1;
  } catch (error) {
    err(`kep-gate: ${error instanceof UserError ? "" : "internal error: "}${oneLine(error)}
`);
    return 2;
  } finally {
    await stopGit();
  }
}
async function branchesOf(repoDir) {
  const branch = (await tryGit(repoDir, ["symbolic-ref", "--short", "-q", "HEAD"]).catch(() => void 0))?.trim();
  if (branch) return { ref: branch };
  const workspace = process.env.GITHUB_WORKSPACE;
  if (!workspace || !await samePath(workspace, repoDir)) return {};
  return {
    baseRef: process.env.GITHUB_BASE_REF || void 0,
    ref: process.env.GITHUB_REF || void 0
  };
}
async function samePath(a, b) {
  const [ra, rb] = await Promise.all(
    [a, b].map((p) => fs.realpath(p).catch(() => nodePath2.resolve(p)))
  );
  return ra === rb;
}
async function gitHubFactsFromEnv(repository, err) {
  const token = process.env.GITHUB_TOKEN;
  if (!token) return void 0;
  const { gitHubFacts } = await import("./chunks/facts-CB7GPWL7.js");
  return gitHubFacts({
    token,
    repository: repository || process.env.GITHUB_REPOSITORY,
    log: (message) => err(`kep-gate: ${message}
`)
  });
}
function readArgs2(argv) {
  try {
    return parseArgs2({
      args: argv,
      allowPositionals: true,
      options: {
        repo: { type: "string" },
        target: { type: "string" },
        "repo-kind": { type: "string" },
        repository: { type: "string" },
        policy: { type: "string" },
        format: { type: "string", default: "text" },
        untracked: { type: "boolean" },
        fetch: { type: "boolean" },
        help: { type: "boolean", short: "h" }
      }
    });
  } catch (error) {
    throw new UserError(`${oneLine(error)}; see kep-gate --help`);
  }
}

// src/bin.ts
process.exitCode = await main(
  process.argv.slice(2),
  (text) => process.stdout.write(text),
  (text) => process.stderr.write(text)
);
