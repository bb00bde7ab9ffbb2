// The dashboard: plain JS on the JSON API, no framework, no CDN. Text from the API is set as text, never as HTML.
"use strict";

const $ = (id) => document.getElementById(id);
const bn = (usd) => (usd === null || usd === undefined ? "–" : (usd / 1e9).toLocaleString("en-US", { minimumFractionDigits: 3, maximumFractionDigits: 3 }));
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

function renderGrowth(series) {
  const body = $("growth").querySelector("tbody");
  body.replaceChildren();
  for (const r of [...series.rows].reverse()) {
    const row = document.createElement("tr");
    cell(row, r.period);
    cell(row, bn(r.valueUsd));
    cell(row, pct(r.yoy.computedPct));
    cell(row, printed(r.yoy.publishedPct));
    cell(row, bn(r.ytdUsd));
    cell(row, pct(r.ytdYoy.computedPct));
    cell(row, printed(r.ytdYoy.publishedPct));
    cell(row, bn(r.rolling12Usd));
    body.appendChild(row);
  }
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
      cell(row, report.progressPct === null ? "–" : report.progressPct.toFixed(1) + "%");
      cell(row, report.model ? report.model.probabilityPct.toFixed(0) + "%" : "–");
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

async function refresh() {
  const s = selected();
  showError(null);
  try {
    const [series, targets] = await Promise.all([
      api("/api/series?" + query({ a: s.a, b: s.b, flow: s.flow, freq: s.freq, asOf: s.asOf })),
      api("/api/targets/check?" + query({ a: s.a, b: s.b, asOf: s.asOf })),
    ]);
    renderGrowth(series);
    renderTargets(targets);
    $("title").textContent = `${series.reporter.name}–${series.partner.name}: ${series.measure}, ${series.frequency === "year" ? "annual" : "monthly"}, as reported by ${series.reporter.name} (${series.source.name})`;
    const chart = $("chart");
    chart.dataset.loaded = "false";
    chart.onload = () => { chart.dataset.loaded = "true"; };
    chart.onerror = () => showError(new Error("the chart could not be drawn for this choice"));
    chart.src = "/api/chart?" + query({ a: s.a, b: s.b, flow: s.flow, freq: s.freq, asOf: s.asOf, target: drawableTarget(targets.checks, s.flow), forecast: s.forecast });
  } catch (error) {
    showError(error);
  }
}

// Claims are judged only where the server says it can: no box is shown otherwise.
function enableClaims() {
  $("claims").hidden = false;
  $("claims-judge").addEventListener("click", async () => {
    const result = $("claims-result");
    result.textContent = "";
    const response = await fetch("/api/claims", { method: "POST", headers: { "Content-Type": "text/plain" }, body: $("claims-text").value });
    const body = await response.json();
    const pre = document.createElement("pre");
    pre.textContent = response.ok ? JSON.stringify(body, null, 2) : body.detail || body.title;
    result.appendChild(pre);
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
