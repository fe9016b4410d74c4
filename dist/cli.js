#!/usr/bin/env node
import { createRequire as __kepGateCreateRequire } from 'node:module';
const require = __kepGateCreateRequire(import.meta.url);
import {
  ACCEPTED_TARGET_FORMS,
  CRITERIA,
  CRITERION_IDS,
  WorktreeRepo,
  check,
  codeSpan,
  compareMinor,
  compareStages,
  currentStage,
  describeSpec,
  effectiveSpec,
  entryOf,
  escapeMarkdown,
  escapeRegExp,
  formatMinor,
  isAtLeast,
  isBefore,
  loadPolicy,
  parseMinor,
  readFeatureList,
  readGatePage,
  readGoFacts,
  readPlainPolicy,
  readYamlTree,
  renderJson,
  renderMarkdown,
  sourceOf,
  specDisagreements,
  stageVersion,
  tryGit,
  windowAt,
  withoutControls
} from "./chunks/chunk-LPHGBDDW.js";
import "./chunks/chunk-W4LX3RNR.js";
import {
  DataError,
  UserError,
  oneLine
} from "./chunks/chunk-BRSO2SCX.js";
import "./chunks/chunk-FQVTJ4NW.js";

// src/cli.ts
import { parseArgs as parseArgs2 } from "node:util";

// src/gates/command.ts
import { promises as fs2 } from "node:fs";
import nodePath2 from "node:path";
import { parseArgs } from "node:util";

// src/report/gates-types.ts
var GATE_RULES = ["code-list", "list-page", "kep-list"];
var RULE_TITLES = {
  "code-list": "code \u2194 generated list",
  "list-page": "list \u2194 website page",
  "kep-list": "KEP \u2194 list"
};

// src/report/gates-render.ts
var LABEL = {
  error: "ERROR",
  warning: "WARN",
  accepted: "ACCEPT",
  info: "INFO"
};
var ICON = {
  error: "\u274C",
  warning: "\u26A0\uFE0F",
  accepted: "\u{1F7E6}",
  info: "\u2139\uFE0F"
};
var INFO_NAMES = 30;
function place(e) {
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
    `code: ${code.origin} (${code.gates} gates${code.goFiles.length ? `; ${code.goFiles.join(", ")}` : ""}${list})`,
    website ? `website: ${website.origin} (${website.pages} pages, ${website.localizedPages} localized)` : "website: not given",
    enhancements ? `enhancements: ${enhancements.origin} (${enhancements.keps} KEPs, ${enhancements.naming} naming gates)` : "enhancements: not given"
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
    for (const [label, cell] of cells(row)) lines.push(`    ${label.padEnd(5)} ${cellText(cell)}`);
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
  for (const e of f.evidence) out.push(`           ${place(e)}${e.note ? `  ${e.note}` : ""}`);
  return out;
}
function cells(row) {
  const keps = row.keps.length ? row.keps.map((k) => ["KEP", k]) : [["KEP", void 0]];
  return [["code", row.code], ["page", row.page], ...keps];
}
function cellText(cell) {
  return cell ? `${cell.summary}  (${place(cell)})` : "\u2014";
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
  return cell ? `${escapeMarkdown(cell.summary)}<br>${cellSpan(place(cell))}` : "\u2014";
}
function findingMarkdown(f) {
  const reason = f.reason ? ` (accepted: ${escapeMarkdown(f.reason)})` : "";
  const where = f.evidence.map((e) => cellSpan(place(e))).join(", ");
  return `${ICON[f.severity]} \`${f.kind}\`: ${escapeMarkdown(f.message)}${reason} \u2014 ${where}`;
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
function globRegExp(glob) {
  const body = glob.split(/(\*\*\/|\*\*|\*)/).map(
    (part) => part === "**/" ? "(?:.*/)?" : part === "**" ? ".*" : part === "*" ? "[^/]*" : escapeRegExp(part)
  ).join("");
  return new RegExp(`^${body}$`);
}

// src/gates/deviations.ts
function applyDeviations(findings, deviations) {
  const matchers = deviations.map((d) => ({ ...d, gates: d.gate ? globRegExp(d.gate) : void 0 }));
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
function specsUpTo(entry, target) {
  return entry.specs.filter((s) => {
    const v = versionOf(s);
    return !v || compareMinor(v, target) <= 0;
  }).sort((a, b) => compareMinor(versionOf(a) ?? ZERO, versionOf(b) ?? ZERO));
}
var ZERO = { major: 0, minor: 0 };
function isLive(entry, target) {
  return specsUpTo(entry, target).length > 0;
}
function specAt(entry, at) {
  return effectiveSpec(entry.specs, formatMinor(at));
}
function firstVersion(entry) {
  const versions = entry.specs.map(versionOf);
  if (versions.some((v) => v === void 0)) return void 0;
  return versions.sort((a, b) => compareMinor(a, b))[0];
}
function previousMinor(v) {
  return { major: v.major, minor: v.minor - 1 };
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

// src/gates/kep-list.ts
var FEATURE = /* @__PURE__ */ new Set(["alpha", "beta", "stable"]);
var REMOVAL = /* @__PURE__ */ new Set(["deprecated", "disabled", "removed"]);
var JUDGED_STATUS = /* @__PURE__ */ new Set(["implementable", "implemented"]);
function kepListRule(keps, specs, unreadable2, target, policy) {
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
    findings.push(...judgeKep(kep, specs, unreadable2, target, policy));
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
function judgeKep(kep, specs, unreadable2, target, policy) {
  const out = [];
  const name = `KEP-${kep.number ?? "?"}`;
  const at = formatMinor(target);
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
  for (const gate of kep.featureGates) {
    if (unreadable2.has(gate.name)) continue;
    const list = specs.get(gate.name);
    const gateSide = kepSide(gate.line, `names ${gate.name}`);
    if (!list || !isLive(list.entry, target)) {
      const promised = freeze && (stage === "alpha" || stage === "beta");
      add(
        gate.name,
        promised ? "kep-gate-missing" : "kep-gate-unknown",
        promised ? "error" : "info",
        promised ? `${name} is ${stage} in ${kep.latestMilestone.text} (latest-milestone), but ${gate.name} is not in the code at ${at}` : `${name} names ${gate.name}, which is not in the code at ${at} (removed or renamed?)`,
        [gateSide]
      );
      continue;
    }
    const listSide2 = (at2) => {
      const spec = at2 ? specAt(list.entry, at2) : void 0;
      return spec ? { source: "kubernetes", file: list.file, line: spec.line, note: describeSpec(spec) } : { source: "kubernetes", file: list.file, line: list.entry.line };
    };
    if (kep.number === policy.kep) {
      out.push(...byOwnPolicy(name, gate.name, list, target, policy, gateSide, listSide2(target)));
      continue;
    }
    if (FEATURE.has(stage)) {
      let frozenChecked = false;
      for (const m of due) {
        const want = KEP_PRE_RELEASE[m.key];
        if (!want) continue;
        const spec2 = specAt(list.entry, m.version);
        if (!spec2) {
          add(
            gate.name,
            "gate-later",
            "info",
            `${name} says ${m.key} in ${m.text}; ${gate.name} enters the code only at ${formatMinor(firstVersion(list.entry))}`,
            [kepSide(m.line), listSide2(void 0)],
            m.version
          );
          continue;
        }
        if (freeze && m.key === stage && compareMinor(m.version, target) === 0)
          frozenChecked = true;
        if (spec2.preRelease !== want)
          add(
            gate.name,
            "milestone-mismatch",
            "error",
            `${name} says ${m.key} in ${m.text}, but at ${formatMinor(m.version)} the code has ${gate.name} at ${spec2.preRelease}`,
            [kepSide(m.line, `${m.key}: ${m.text}`), listSide2(m.version)],
            m.version
          );
      }
      const spec = specAt(list.entry, target);
      if (freeze && !frozenChecked && spec?.preRelease !== KEP_PRE_RELEASE[stage])
        add(
          gate.name,
          "not-at-stage",
          "error",
          `${name} is ${stage} in ${kep.latestMilestone.text} (latest-milestone), but at ${at} the code has ${gate.name} at ${spec?.preRelease ?? "no spec"}: promote the gate or move the KEP's milestone`,
          [kepSide(kep.stageLine, `stage: ${stage}`), listSide2(target)],
          target
        );
    } else if (REMOVAL.has(stage)) {
      out.push(...removalGate(name, kep, due, gate.name, list, kepSide, listSide2));
    } else {
      add(
        gate.name,
        "kep-stage-unknown",
        "info",
        `${name}'s stage "${stage}" is none of alpha, beta, stable, deprecated, disabled or removed: not judged`,
        [kepSide(kep.stageLine)]
      );
    }
  }
  return out;
}
function removalGate(name, kep, due, gate, list, kepSide, listSide2) {
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
        [kepSide(first.line), listSide2(enters)]
      )
    ];
  const story = due.map((m) => `${m.key} ${m.text}: ${specAt(list.entry, m.version)?.preRelease ?? "no spec"}`).join(", ");
  return [
    finding(
      "removal-progress",
      "info",
      `${name} (${kep.stage}) \u2014 ${gate} at its milestones: ${story}`,
      [kepSide(first.line), listSide2(void 0)]
    )
  ];
}
function byOwnPolicy(name, gate, list, target, policy, kepSide, listSide2) {
  const base = { rule: "kep-list", gate, evidence: [kepSide, listSide2] };
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

// src/gates/list-page.ts
function listPageRule(specs, website, target, named, unreadable2) {
  const findings = [];
  const at = formatMinor(target);
  for (const [gate, list] of specs) {
    if (!isLive(list.entry, target) || website.english.has(gate)) continue;
    findings.push({
      rule: "list-page",
      kind: "page-missing",
      severity: "error",
      gate,
      message: `${gate} is in the code at ${at} but has no page: add ${website.englishDir}/${gate}.md`,
      evidence: [listSide(list, `${gate} in the list`)]
    });
  }
  const pages = [...website.english.values(), ...website.localized];
  for (const page of pages) {
    if (!page.page || unreadable2.has(page.gate)) continue;
    const severity = website.english.get(page.gate) === page ? "error" : "warning";
    const list = specs.get(page.gate);
    const found = list && isLive(list.entry, target) ? livePage(page, list, target) : goneGatePage(page, target, named.has(page.gate));
    for (const f of found) findings.push({ ...f, severity, gate: page.gate });
  }
  return { checked: true, findings };
}
function livePage(facts, list, target) {
  const page = facts.page;
  const at = formatMinor(target);
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
        evidence: [pageSide(1), listSide(list)]
      }
    ];
  const out = [];
  if (page.removed)
    out.push({
      rule: "list-page",
      kind: "page-removed-early",
      message: `${facts.file} marks ${facts.gate} removed: true, but the code has it at ${at}`,
      evidence: [pageSide(page.removedLine, "removed: true"), listSide(list)]
    });
  if (!page.stages) {
    out.push({
      rule: "list-page",
      kind: "page-no-stages",
      message: `${facts.file} has no stages: list in its front matter`,
      evidence: [pageSide(page.stagesLine), listSide(list)]
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
      message: `${facts.file}: ${p.message}`,
      evidence: [
        pageSide(p.line, p.message),
        spec ? {
          source: "kubernetes",
          file: list.file,
          line: spec.line,
          note: `${spec.preRelease}, Default: ${spec.default}, LockToDefault: ${spec.lockToDefault}, Version ${spec.version}`
        } : listSide(list)
      ],
      ...p.expected ? { version: formatMinor(p.expected.from) } : {}
    });
  }
  return out;
}
function goneGatePage(facts, target, named) {
  const page = facts.page;
  const at = formatMinor(target);
  const out = [];
  for (const s of page.stages ?? []) {
    if (s.from && compareMinor(s.from, target) > 0)
      out.push({
        rule: "list-page",
        kind: "stage-future",
        message: `${facts.file}: a stage starts at "${formatMinor(s.from)}", after ${at}`,
        evidence: [{ source: "website", file: facts.file, line: s.fromLine ?? s.line }],
        version: formatMinor(s.from)
      });
  }
  if (!page.removed && page.frontMatter)
    out.push({
      rule: "list-page",
      kind: named ? "page-not-removed" : "page-stale",
      message: named ? `${facts.gate} is no longer in the code at ${at}: mark ${facts.file} removed: true` : `${facts.gate} is not a gate of the code at ${at} (removed or renamed?), and ${facts.file} is not marked removed: true`,
      evidence: [{ source: "website", file: facts.file, line: page.stagesLine }]
    });
  return out;
}
function listSide(list, note) {
  return {
    source: "kubernetes",
    file: list.file,
    line: list.entry.line,
    ...note ? { note } : {}
  };
}

// src/gates/sources.ts
import { promises as fs } from "node:fs";
import nodePath from "node:path";

// src/evidence/kep-yaml.ts
function readKep(file, text) {
  if (text.includes("\0"))
    throw new DataError(file, void 0, "is not a text file (binary data where YAML was expected)");
  const root = readYamlTree(file, text);
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
    featureGates: gates?.kind === "seq" ? gates.items.flatMap((item) => {
      const name = entryOf(item, "name");
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
        facts.findings.push(unreadable("code-list", "go-unreadable", "kubernetes", error, file));
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
          ...unreadable("code-list", "list-unreadable", "kubernetes", error, list.file),
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
  const listed = await Promise.all(
    langs.map(async (lang) => ({ lang, files: await input.repo.list(`${content}/${lang}/${pages}`) }))
  );
  const all = listed.flatMap(
    ({ lang, files }) => files.filter((f) => f.endsWith(".md") && !/\/_?index\.md$/.test(f)).map((file) => ({ lang, file }))
  );
  const texts = await readAll(
    input.repo,
    all.map((p) => p.file)
  );
  all.forEach(({ lang, file }, i) => {
    const text = texts[i];
    if (text === void 0) return;
    const gate = file.slice(file.lastIndexOf("/") + 1, -".md".length);
    const read = { gate, lang, file };
    try {
      if (text instanceof Error) throw text;
      read.page = readGatePage(file, text);
    } catch (error) {
      facts.findings.push({
        ...unreadable("list-page", "page-unreadable", "website", error, file),
        gate,
        severity: lang === english ? "error" : "warning"
      });
    }
    if (lang === english) facts.english.set(gate, read);
    else facts.localized.push(read);
  });
  return facts;
}
async function subfolders(root, dir) {
  try {
    const entries = await fs.readdir(nodePath.join(root, dir), { withFileTypes: true });
    return entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  } catch {
    return [];
  }
}
async function readEnhancements(input, policy) {
  const { keps, exclude } = policy.gates.enhancements;
  const excluded = exclude.map(globRegExp);
  const files = (await input.repo.list(keps)).filter(
    (f) => f.endsWith("/kep.yaml") && !excluded.some((re) => re.test(f))
  );
  const texts = await readAll(input.repo, files);
  const facts = { origin: input.origin, keps: [], findings: [] };
  files.forEach((file, i) => {
    const text = texts[i];
    if (text === void 0) return;
    try {
      if (text instanceof Error) throw text;
      facts.keps.push({ file, kep: readKep(file, text) });
    } catch (error) {
      facts.keps.push({ file });
      facts.findings.push(unreadable("kep-list", "kep-unreadable", "enhancements", error, file));
    }
  });
  return facts;
}
function readAll(repo, files) {
  return Promise.all(files.map((f) => repo.read(f).catch((error) => error)));
}
function unreadable(rule, kind, source, error, file) {
  const place2 = error;
  const known = error instanceof DataError || typeof place2.file === "string";
  if (!known) throw error;
  const line = typeof place2.line === "number" ? place2.line : void 0;
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
  const unreadable2 = new Set(code.list?.broken.keys() ?? []);
  const noSpecs = code.errors.length > 0 || specs.size + unreadable2.size === 0;
  const outcomes = /* @__PURE__ */ new Map();
  outcomes.set("code-list", codeListRule(code, target));
  const keps = enhancements ? noSpecs ? { checked: false, why: "no spec list to hold the KEPs to", findings: [], naming: /* @__PURE__ */ new Map() } : kepListRule(enhancements.keps, specs, unreadable2, target, policy) : {
    checked: false,
    why: "no enhancements source",
    findings: [],
    naming: /* @__PURE__ */ new Map()
  };
  outcomes.set(
    "list-page",
    !website ? { checked: false, why: "no website source", findings: [] } : noSpecs ? { checked: false, why: "no spec list to hold the pages to", findings: [] } : listPageRule(specs, website, target, new Set(keps.naming.keys()), unreadable2)
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
    rules: GATE_RULES.map((id) => summary(id, outcomes.get(id), all)),
    rows,
    findings: all.filter((f) => f.gate === void 0),
    errors
  };
}
function summary(id, outcome, all) {
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
  return [...byGate.keys()].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())).map((gate) => {
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
  const cell = (summary2, line) => ({
    summary: summary2,
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

// src/gates/command.ts
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
    kubernetes ? WorktreeRepo.open(kubernetes) : void 0,
    values.website ? WorktreeRepo.open(values.website) : void 0,
    values.enhancements ? WorktreeRepo.open(values.enhancements) : void 0
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
  try {
    const text = await fs2.readFile(file, "utf8");
    return { file: nodePath2.relative(process.cwd(), nodePath2.resolve(file)) || file, text };
  } catch (error) {
    const code = error.code;
    throw new UserError(
      `--feature-list "${file}" cannot be read (${code === "EISDIR" ? "it is a folder" : code}): give the path of a versioned_feature_list.yaml`
    );
  }
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
function plan(policy, criteria, target) {
  const items = [];
  for (const criterion of criteria) {
    const rules = policy.criteria[criterion.id];
    if (!rules || rules.enabled === false) continue;
    const window = windowAt(policy, rules, target);
    if (window.state === "closed") continue;
    items.push({
      id: criterion.id,
      stage: rules.stage,
      repo: criterion.repo === "kubernetes" ? "kubernetes/kubernetes" : "kubernetes/website",
      severity: rules.severity,
      state: window.state,
      due: window.due,
      explain: criterion.explain
    });
  }
  return {
    kep: policy.kep,
    target: formatMinor(target),
    stage: currentStage(policy, target),
    items
  };
}
function renderPlanText(p) {
  const window = (i) => `${i.due.from ? `from ${i.due.from}` : "always"}${i.due.until ? ` until ${i.due.until}` : ""}`;
  const lines = [`KEP-${p.kep} at ${p.target} (stage ${p.stage})`];
  for (const state of ["due", "next"]) {
    const items = p.items.filter((i) => i.state === state);
    lines.push("", state === "due" ? "Due:" : "Coming next:");
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

// src/report/text.ts
var LABEL2 = {
  pass: "PASS",
  fail: "FAIL",
  warning: "WARN",
  exempt: "EXEMPT",
  skipped: "SKIP",
  next: "NEXT"
};
function renderText(report) {
  const lines = [
    `KEP-${report.kep} (${report.policy}) on ${report.kind} at ${report.target} (from ${report.targetSource}), stage ${report.stage}: ${report.result.toUpperCase()}`
  ];
  for (const c of report.criteria) {
    lines.push(`  ${LABEL2[c.status].padEnd(6)} ${c.id} [stage ${c.stage}]: ${c.message}`);
    if (c.status === "next") continue;
    for (const e of c.evidence.slice(0, 5)) {
      lines.push(`           ${e.file}${e.line ? `:${e.line}` : ""}${e.note ? `  ${e.note}` : ""}`);
    }
    if (c.evidence.length > 5) lines.push(`           ... and ${c.evidence.length - 5} more`);
  }
  return lines.map(withoutControls).join("\n") + "\n";
}

// src/cli.ts
import { promises as fs3 } from "node:fs";
import nodePath3 from "node:path";
var USAGE = `Usage:
  kep-gate check [--repo DIR] [--target 1.40] [--repo-kind auto|kubernetes|website]
                 [--policy FILE] [--format text|markdown|json] [--repository OWNER/NAME]
  kep-gate plan --target 1.40 [--policy FILE] [--format text|json]
${GATES_USAGE}

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
      out(format === "json" ? JSON.stringify(result, null, 2) + "\n" : renderPlanText(result));
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
      github: await gitHubFactsFromEnv(values.repository, err)
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
    [a, b].map((p) => fs3.realpath(p).catch(() => nodePath3.resolve(p)))
  );
  return ra === rb;
}
async function gitHubFactsFromEnv(repository, err) {
  const token = process.env.GITHUB_TOKEN;
  if (!token) return void 0;
  const { gitHubFacts } = await import("./chunks/facts-43DLYMHS.js");
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
