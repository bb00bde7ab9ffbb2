// The dashboard: plain JS on the JSON API, no framework, no CDN. Text from the API is set as text, never as HTML.
"use strict";

const $ = (id) => document.getElementById(id);
const bn = (usd) => (usd === null || usd === undefined ? "–" : (usd / 1e9).toLocaleString("en-US", { minimumFractionDigits: 3, maximumFractionDigits: 3 }));
const tonnes = (t) => (t >= 1e6 ? (t / 1e6).toLocaleString("en-US", { minimumFractionDigits: 3, maximumFractionDigits: 3 }) + " million t" : Math.round(t).toLocaleString("en-US") + " t");
const pct = (p) => (p === null || p === undefined ? "–" : (p > 0 ? "+" : "") + p.toFixed(1) + "%");
const printed = (p) => (p === null || p === undefined ? "–" : (p > 0 ? "+" : "") + p + "%");

async function api(path) {
  const response = await fetch(path, { headers: { Accept: "application/json" } });
  const body = await response.json();
  if (!response.ok) {
    throw new Error(body.detail || body.title || response.statusText);
  }
  return body;
}

function showError(error) {
  const box = $("error");
  box.textContent = error ? String(error.message || error) : "";
  box.hidden = !error;
}

function cell(row, text, className) {
  const td = document.createElement("td");
  td.textContent = text;
  if (className) td.className = className;
  row.appendChild(td);
  return td;
}

function selected() {
  const [a, b] = $("pair").value.split("-");
  return { a, b, flow: $("flow").value, freq: $("freq").value, asOf: $("asof").value, forecast: $("forecast").checked };
}

function query(params) {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== "" && value !== null && value !== undefined && value !== false) q.set(key, String(value));
  }
  return q.toString();
}

async function loadPairs() {
  const document_ = await api("/api/pairs");
  const select = $("pair");
  for (const pair of document_.pairs) {
    const option = document.createElement("option");
    option.value = `${pair.a.tradeCode}-${pair.b.tradeCode}`;
    option.textContent = `${pair.a.name} – ${pair.b.name}`;
    select.appendChild(option);
  }
}

// "2021-07, 2024-03 to 2024-04": consecutive periods ("2024-03", "2024-Q1" or "2024") as runs, as the CLI lists them.
function runs(periods) {
  const next = (p) => {
    const [y, rest] = p.split("-");
    if (rest === undefined) return String(Number(y) + 1);
    if (rest.startsWith("Q")) return rest === "Q4" ? `${Number(y) + 1}-Q1` : `${y}-Q${Number(rest[1]) + 1}`;
    return rest === "12" ? `${Number(y) + 1}-01` : `${y}-${String(Number(rest) + 1).padStart(2, "0")}`;
  };
  const out = [];
  for (const p of periods) {
    const last = out[out.length - 1];
    if (last && next(last.to) === p) last.to = p; else out.push({ from: p, to: p });
  }
  return out.map((r) => (r.from === r.to ? r.from : `${r.from} to ${r.to}`)).join(", ");
}

// How a value was made where it is not the source's own figure (the CSV's "derived" column, the JSON's flags).
const derivations = [
  ["summed", "summed from product lines"],
  ["fromMonths", "summed from its months"],
  ["fromCumulatives", "the difference of the source's cumulatives"],
  ["converted", "converted from another currency"],
];

function derivedOf(r) {
  return r.valueUsd === null ? [] : derivations.filter(([flag]) => r[flag]).map(([, words]) => words);
}

function renderGrowth(series) {
  // Periods inside the table with no figure (China's customs published no July 2021): rows alone read as unbroken.
  const derived = series.rows.filter((r) => derivedOf(r).length);
  const derivedNote = $("growth-derived");
  derivedNote.hidden = derived.length === 0;
  derivedNote.textContent = derivedNote.hidden ? "" : `† Not a figure ${series.source.name} published for the period: ` +
    [...new Set(derived.map((r) => derivedOf(r).join(", ")))].map((how) => {
      const periods = derived.filter((r) => derivedOf(r).join(", ") === how).map((r) => r.period);
      return `${how} (${runs(periods)})`;
    }).join("; ") + ".";
  const gaps = $("growth-gaps");
  gaps.hidden = series.missingPeriods.length === 0;
  gaps.textContent = gaps.hidden ? "" : `No figure of ${series.source.name} stored for: ${runs(series.missingPeriods)}. Growth that needs them is blank; a row without a value shows the year-to-date the source published.`;
  // A level the printed rates on both sides contradict: why a computed rate strays from the printed one.
  const suspects = $("growth-suspects");
  suspects.hidden = series.suspectLevels.length === 0;
  suspects.textContent = suspects.hidden ? "" : `Suspect, contradicted by the rates ${series.source.name} printed on both sides: ` +
    series.suspectLevels.map((s) => `${s.period}'s ${bn(s.valueUsd)} bn: ${s.evidence}`).join(" — ") + ". Shown as stored.";
  const body = $("growth").querySelector("tbody");
  body.replaceChildren();
  for (const r of [...series.rows].reverse()) {
    const row = document.createElement("tr");
    cell(row, r.period);
    const how = derivedOf(r);
    const value = cell(row, bn(r.valueUsd) + (how.length ? " †" : ""));
    if (how.length) value.title = how.join("; ");
    cell(row, pct(r.yoy.computedPct));
    cell(row, printed(r.yoy.publishedPct));
    cell(row, bn(r.ytdUsd));
    cell(row, pct(r.ytdYoy.computedPct));
    cell(row, printed(r.ytdYoy.publishedPct));
    cell(row, bn(r.rolling12Usd));
    body.appendChild(row);
  }
}

// What a report's progress is measured on, as the CLI words it (TargetWording.AchievedOn).
function achievedOn(report, target) {
  const through = report.achievedThrough;
  if (!through) return "";
  if (!through.includes("-")) return through;
  if (target.basis === "annual") return `12 months to ${through}`;
  return Number(through.slice(0, 4)) < target.fromYear ? `figures end ${through}, before ${target.fromYear}` : `${target.fromYear} to ${through}`;
}

function renderTargets(document_) {
  const body = $("targets").querySelector("tbody");
  body.replaceChildren();
  $("no-targets").hidden = document_.checks.length > 0;
  for (const check of document_.checks) {
    for (const report of check.reports) {
      const row = document.createElement("tr");
      row.dataset.target = check.target.name;
      cell(row, check.target.name);
      cell(row, `US$${bn(check.target.amountUsd).replace(/\.?0+$/, "")} bn ${check.target.basis}`);
      cell(row, String(check.target.deadlineYear));
      cell(row, report.source ? `${report.reporter.name} (${report.source.name})` : report.reporter.name);
      const progress = cell(row, report.progressPct === null ? "–" : report.progressPct.toFixed(1) + "%");
      const on = achievedOn(report, check.target);
      if (report.verdict === "missed" && report.outcomePct !== null) {
        // A missed target's latest progress says nothing of its deadline: the deadline year's share comes first.
        progress.textContent = `${report.outcomePct.toFixed(1)}% in ${check.target.deadlineYear}`;
        const now = document.createElement("div");
        now.className = "reliability";
        now.textContent = report.progressPct === null ? "" : `${report.progressPct.toFixed(1)}% on ${on}`;
        progress.appendChild(now);
      } else if (on) {
        // The window it is measured on: one side's latest figures can be years old (Russia's bundled side ends in 2020).
        const window_ = document.createElement("div");
        window_.className = "reliability";
        window_.textContent = `on ${on}`;
        progress.appendChild(window_);
      }
      const chance = cell(row, report.model ? report.model.probabilityPct.toFixed(0) + "%" : "–", "chance");
      const measured = report.model ? report.model.reliability.find((r) => r.set === "pooled") : undefined;
      if (measured) {
        // How often the method's targets of about this probability were met in the target backtest (README).
        const note = document.createElement("div");
        note.className = "reliability";
        note.textContent = `backtests: ${measured.observedPct.toFixed(0)}% of ${measured.targets.toLocaleString("en-US")} met`;
        note.title = `Of the targets this method gave ${measured.fromPct}–${measured.toPct}% in the target backtest (three pairs and 56 energy-import lines, 1–6 years ahead, measured ${measured.measured}), ${measured.met.toLocaleString("en-US")} of ${measured.targets.toLocaleString("en-US")} were met.`;
        chance.appendChild(note);
      }
      const verdict = cell(row, "");
      const badge = document.createElement("span");
      badge.className = `verdict ${report.verdict}`;
      badge.textContent = report.verdict;
      const text = document.createElement("div");
      text.className = "verdict-text";
      text.textContent = report.verdictText;
      verdict.append(badge, text);
      body.appendChild(row);
    }
  }
}

// The chart draws the line of the pair's latest annual target on the flow shown, if it has one.
function drawableTarget(checks, flow) {
  const target = checks.map((c) => c.target).filter((t) => t.basis === "annual" && t.metric === flow).sort((x, y) => y.deadlineYear - x.deadlineYear)[0];
  return target ? target.name : "";
}

// Each refresh is numbered: the answers of an earlier choice, arriving after a later one's, are dropped, so a quick
// change of pair never leaves the page showing the pair chosen before.
let latestRefresh = 0;

async function refresh() {
  const mine = ++latestRefresh;
  const s = selected();
  showError(null);
  try {
    const [series, targets] = await Promise.all([
      api("/api/series?" + query({ a: s.a, b: s.b, flow: s.flow, freq: s.freq, asOf: s.asOf })),
      api("/api/targets/check?" + query({ a: s.a, b: s.b, asOf: s.asOf })),
    ]);
    if (mine !== latestRefresh) return;
    renderGrowth(series);
    renderTargets(targets);
    $("title").textContent = `${series.reporter.name}–${series.partner.name}: ${series.measure}, ${series.frequency === "year" ? "annual" : "monthly"}, as reported by ${series.reporter.name} (${series.source.name})`;
    const chart = $("chart");
    chart.dataset.loaded = "false";
    chart.onload = () => { chart.dataset.loaded = "true"; };
    chart.onerror = () => showError(new Error("the chart could not be drawn for this choice"));
    chart.src = "/api/chart?" + query({ a: s.a, b: s.b, flow: s.flow, freq: s.freq, asOf: s.asOf, target: drawableTarget(targets.checks, s.flow), forecast: s.forecast });
  } catch (error) {
    if (mine === latestRefresh) showError(error);
  }
}

const verdictWords = {
  accurate: "accurate",
  accurateWithinRounding: "accurate within rounding",
  roughlyAccurate: "roughly accurate",
  inaccurate: "inaccurate",
  notVerifiable: "not verifiable",
};

function element(tag, className, text) {
  const node = document.createElement(tag);
  node.className = className;
  node.textContent = text;
  return node;
}

// The figure compared with: stored against stated, for the level and the growth rate the claim gives.
function figureLine(claim, e) {
  if (!e) return claim.missing ? `missing: ${claim.missing}` : "no stored figure was compared";
  // A surplus or deficit is the stated reporter's, as the evidence's reporter counts it.
  const balance = e.measure === "surplus" || e.measure === "deficit";
  const what = e.measure === "turnover" ? `${e.reporter.name}–${e.partner.name} turnover`
    : balance ? `${claim.stated.reporter}'s ${e.measure} with ${claim.stated.partner} (${e.reporter.name}'s count)`
    : `${e.reporter.name}'s ${e.measure} ${e.measure === "exports" ? "to" : "from"} ${e.partner.name}`;
  // A product group's or a volume's figure is the sum of its HS lines, not all goods: say which.
  const product = claim.stated.subset === "productGroup" ? claim.stated.subsetText : claim.stated.volumeOf;
  const of = product ? ` of ${product}` : "";
  if (e.volume) {
    const v = e.volume;
    const volumeParts = [`${what}${of}, ${e.period}: ${tonnes(v.storedTonnes)} stored${v.statedTonnes !== null ? ` against ${tonnes(v.statedTonnes)} stated` : ""} (value US$${bn(e.valueUsd)} bn)`];
    if (v.growthPct !== null && claim.stated.growthPct !== null) {
      volumeParts.push(`volume growth ${pct(v.growthPct)} (computed from the weights) against ${pct(claim.stated.growthPct)} stated`);
    }
    return volumeParts.join("; ");
  }
  // Twelve months to a month ("in the 12 months to November 2023") are no month's figure.
  const span = e.twelveMonths ? `the 12 months to ${e.period}` : e.period;
  const parts = [`${what}${of}, ${span}: US$${bn(e.valueUsd)} bn stored`];
  if (e.statedUsd !== null) parts[0] += ` against US$${bn(e.statedUsd)} bn stated`;
  const rate = e.growthOrigin === "published" ? e.growth.publishedPct : e.growth.computedPct;
  if (rate !== null && claim.stated.growthPct !== null) {
    parts.push(`growth ${pct(rate)} (${e.growthOrigin}) against ${pct(claim.stated.growthPct)} stated`);
  }
  return parts.join("; ");
}

// Where the figure comes from: whose statistics, the publisher, the releases (id, file, vintage).
function evidenceLine(e) {
  if (!e) return "";
  const releases = e.releases.map((r) => `release ${r.id} ${r.fileName}${r.vintage ? " of " + r.vintage : ""}`).join(", ");
  return `source: ${e.reporter.name}'s statistics, ${e.source.name}${releases ? "; " + releases : ""}`;
}

function renderClaims(document_) {
  const list = $("claims-result");
  list.replaceChildren();
  const origin = document_.yearlessDateline
    ? `not given, and the dateline "${document_.yearlessDateline}" names no year: today assumed; give the date with its year`
    : { given: "given", dateline: "from the text's dateline", assumedToday: "not given: today assumed" }[document_.articleDateOrigin];
  $("claims-summary").textContent = document_.note || `Article date ${document_.articleDate} (${origin}); outcomes as stored on ${document_.today}.`;
  for (const claim of document_.claims) {
    const e = claim.evidence || (claim.today && claim.today.evidence) || (claim.asOfArticle && claim.asOfArticle.evidence);
    const item = document.createElement("li");
    item.className = "claim";
    item.dataset.verdict = claim.verdict;
    item.append(
      element("span", `verdict ${claim.verdict}`, verdictWords[claim.verdict] || claim.verdict),
      element("q", "sentence", claim.sentence.trim()),
      element("div", "figure", figureLine(claim, e)),
      element("div", "evidence", evidenceLine(e)),
      element("div", "verdict-text", claim.verdictText),
    );
    // How it was judged beyond the figures (the other side's statistics, a suspect stored level, a part not judged).
    const notes = [...(claim.notes || []), ...(e ? e.notes : [])];
    if (notes.length > 0) item.append(element("div", "notes", `note: ${notes.join("; ")}`));
    list.appendChild(item);
  }
}

// Claims are judged only where the server says it can: no box is shown otherwise. The text is sent as JSON and every
// piece of the answer is set as text: a pasted text never becomes markup.
function enableClaims() {
  $("claims").hidden = false;
  const button = $("claims-judge");
  button.addEventListener("click", async () => {
    const result = $("claims-result");
    const error = $("claims-error");
    result.dataset.judged = "false";
    result.replaceChildren();
    $("claims-summary").textContent = "Judging…";
    error.hidden = true;
    button.disabled = true;
    try {
      const body = { text: $("claims-text").value };
      if ($("claims-date").value) body.date = $("claims-date").value;
      const response = await fetch("/api/claims", { method: "POST", headers: { "Content-Type": "application/json", Accept: "application/json" }, body: JSON.stringify(body) });
      const answer = await response.json();
      if (!response.ok) throw new Error(answer.detail || answer.title || response.statusText);
      renderClaims(answer);
    } catch (failure) {
      $("claims-summary").textContent = "";
      error.textContent = String(failure.message || failure);
      error.hidden = false;
    } finally {
      button.disabled = false;
      result.dataset.judged = "true";
    }
  });
}

async function start() {
  try {
    const caps = await api("/api/capabilities");
    $("store").textContent = `Store ${caps.store.file}: ${caps.store.readOnly ? "read-only" : "writes allowed with the token"} (releases ${caps.store.fingerprint})`;
    if (caps.claims) enableClaims();
    await loadPairs();
  } catch (error) {
    showError(error);
    return;
  }
  for (const id of ["pair", "flow", "freq", "asof", "forecast"]) $(id).addEventListener("change", refresh);
  document.body.dataset.ready = "true";
  await refresh();
}

start();
