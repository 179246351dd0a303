// Dyad viewer: the page behind `dyad serve`. Plain JavaScript, no dependencies.
// Every text from the graph goes into the page through textContent; diagrams are
// parsed as SVG, cleaned of anything active, then imported.
'use strict';

const TYPES = ['alliance', 'hostility', 'proxy', 'agreement'];
const SVG_NS = 'http://www.w3.org/2000/svg';
const $ = (id) => document.getElementById(id);

const state = {
  summary: null,
  bins: [],
  focus: null,          // actor id
  focusName: null,
  hops: 1,
  types: new Set(TYPES),
  hedged: true,
  minEvidence: 0,
  timeMode: 'between', // 'between' | 'asof'
  timeRange: null,     // [fromIndex, toIndex] or null for all dates
  maps: { actors: {}, relations: {} },
  view: 'view',        // 'view' | 'path' | 'diff'
  viewBox: null,
  baseViewBox: null,
  requestNumber: 0,
};

// ---------- small helpers ----------

function el(tag, options, children) {
  const node = document.createElement(tag);
  const o = options || {};
  if (o.className) node.className = o.className;
  if (o.text !== undefined && o.text !== null) node.textContent = String(o.text);
  if (o.title) node.title = String(o.title);
  if (o.type) node.type = o.type;
  for (const child of children || []) if (child) node.appendChild(child);
  return node;
}

function query(params) {
  const parts = [];
  for (const [name, value] of Object.entries(params)) {
    if (value === null || value === undefined || value === '') continue;
    parts.push(encodeURIComponent(name) + '=' + encodeURIComponent(String(value)));
  }
  return parts.length ? '?' + parts.join('&') : '';
}

function setStatus(text, isError) {
  const status = $('status');
  status.textContent = text || '';
  status.classList.toggle('error', Boolean(isError));
}

async function api(path, params) {
  const response = await fetch('/api/' + path + query(params || {}), {
    credentials: 'same-origin', headers: { Accept: 'application/json' },
  });
  let body = null;
  try { body = await response.json(); } catch (_) { body = null; }
  if (!response.ok) {
    const message = body && typeof body.error === 'string' ? body.error : 'request failed (' + response.status + ')';
    throw new Error(message);
  }
  return body;
}

function debounce(fn, ms) {
  let timer = null;
  return (...args) => { clearTimeout(timer); timer = setTimeout(() => fn(...args), ms); };
}

// ---------- SVG: clean, insert, pan and zoom ----------

const BANNED_ELEMENTS = new Set(['script', 'foreignobject', 'iframe', 'object', 'embed', 'use', 'image',
  'style', 'animate', 'set', 'animatemotion', 'animatetransform', 'handler', 'listener', 'audio', 'video']);

function cleanSvg(text) {
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  const root = doc.documentElement;
  if (!root || root.localName !== 'svg' || doc.getElementsByTagName('parsererror').length) {
    throw new Error('the diagram could not be read');
  }
  const all = [root, ...root.querySelectorAll('*')];
  for (const node of all) {
    if (BANNED_ELEMENTS.has(node.localName.toLowerCase())) { node.remove(); continue; }
    for (const attribute of [...node.attributes]) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on') || name === 'href' || name.endsWith(':href') || name === 'style' || name === 'target') {
        node.removeAttributeNS(attribute.namespaceURI, attribute.localName);
      }
    }
  }
  return document.importNode(root, true);
}

function showDiagram(payload, view, title) {
  const box = $('diagram');
  box.replaceChildren();
  state.maps = { actors: payload.actors || {}, relations: payload.relations || {} };
  state.view = view;
  box.dataset.view = view;
  $('view-title').textContent = title;
  $('back-to-view').hidden = view === 'view';
  const notes = $('notes');
  notes.replaceChildren(...(payload.notes || []).map((note) => el('li', { text: note })));
  let svg;
  try {
    svg = cleanSvg(payload.svg);
  } catch (error) {
    box.dataset.state = 'error';
    setStatus(error.message, true);
    return;
  }
  svg.removeAttribute('width');
  svg.removeAttribute('height');
  svg.setAttribute('preserveAspectRatio', 'xMidYMid meet');
  box.appendChild(svg);
  const vb = (svg.getAttribute('viewBox') || '0 0 100 100').split(/[\s,]+/).map(Number);
  state.baseViewBox = vb.length === 4 && vb.every(Number.isFinite) ? vb : [0, 0, 100, 100];
  state.viewBox = state.baseViewBox.slice();
  applyViewBox();
  box.dataset.state = 'ready';
  box.dataset.actors = String(payload.actorCount);
  box.dataset.relations = String(payload.relationCount);
}

function applyViewBox() {
  const svg = $('diagram').querySelector('svg');
  if (svg && state.viewBox) svg.setAttribute('viewBox', state.viewBox.join(' '));
}

function zoom(factor, cx, cy) {
  if (!state.viewBox) return;
  const [x, y, w, h] = state.viewBox;
  const px = cx === undefined ? x + w / 2 : cx;
  const py = cy === undefined ? y + h / 2 : cy;
  const nw = Math.min(Math.max(w * factor, state.baseViewBox[2] / 50), state.baseViewBox[2] * 5);
  const scale = nw / w;
  state.viewBox = [px - (px - x) * scale, py - (py - y) * scale, w * scale, h * scale];
  applyViewBox();
}

function svgPoint(event) {
  const svg = $('diagram').querySelector('svg');
  if (!svg || !state.viewBox) return null;
  const rect = svg.getBoundingClientRect();
  const [x, y, w, h] = state.viewBox;
  const scale = Math.max(w / rect.width, h / rect.height);
  const ox = x + w / 2 - (rect.width * scale) / 2;
  const oy = y + h / 2 - (rect.height * scale) / 2;
  return { x: ox + (event.clientX - rect.left) * scale, y: oy + (event.clientY - rect.top) * scale, scale };
}

function installPanZoom() {
  const box = $('diagram');
  let drag = null;
  box.addEventListener('wheel', (event) => {
    event.preventDefault();
    const point = svgPoint(event);
    if (point) zoom(event.deltaY > 0 ? 1.15 : 1 / 1.15, point.x, point.y);
  }, { passive: false });
  box.addEventListener('pointerdown', (event) => {
    const point = svgPoint(event);
    if (!point) return;
    drag = { startX: event.clientX, startY: event.clientY, viewBox: state.viewBox.slice(), scale: point.scale, moved: false };
  });
  window.addEventListener('pointermove', (event) => {
    if (!drag) return;
    const dx = event.clientX - drag.startX, dy = event.clientY - drag.startY;
    if (Math.abs(dx) + Math.abs(dy) > 4) { drag.moved = true; box.classList.add('dragging'); }
    if (!drag.moved) return;
    state.viewBox = [drag.viewBox[0] - dx * drag.scale, drag.viewBox[1] - dy * drag.scale, drag.viewBox[2], drag.viewBox[3]];
    applyViewBox();
  });
  window.addEventListener('pointerup', () => {
    if (drag && drag.moved) box.dataset.justDragged = '1';
    drag = null;
    box.classList.remove('dragging');
  });
  box.addEventListener('click', (event) => {
    if (box.dataset.justDragged === '1') { box.dataset.justDragged = '0'; return; }
    const target = event.target instanceof Element ? event.target.closest('g.node, g.edge') : null;
    if (!target) return;
    const id = target.getAttribute('id') || '';
    if (target.classList.contains('edge')) {
      const relation = state.maps.relations[id];
      if (relation) { markSelected(target); openEvidence(relation); }
    } else {
      const actor = state.maps.actors[id];
      if (actor) setFocus(actor, null);
    }
  });
  $('zoom-in').addEventListener('click', () => zoom(1 / 1.3));
  $('zoom-out').addEventListener('click', () => zoom(1.3));
  $('zoom-fit').addEventListener('click', () => { state.viewBox = state.baseViewBox.slice(); applyViewBox(); });
}

function markSelected(group) {
  for (const node of $('diagram').querySelectorAll('g.selected')) node.classList.remove('selected');
  group.classList.add('selected');
}

// ---------- the view ----------

function viewParams() {
  const params = { hops: state.hops, hedged: state.hedged ? 1 : 0, minEvidence: state.minEvidence };
  if (state.focus) params.focus = state.focus;
  if (state.types.size < TYPES.length) params.types = [...state.types].join(',');
  if (state.timeRange && state.bins.length) {
    const [a, b] = state.timeRange;
    if (state.timeMode === 'asof') params.asOf = state.bins[b].end;
    else { params.from = state.bins[a].start; params.to = state.bins[b].end; }
  }
  return params;
}

async function loadView() {
  if (state.types.size === 0) { setStatus('choose at least one relation type', true); return; }
  const number = ++state.requestNumber;
  $('diagram').dataset.state = 'loading';
  setStatus('drawing…');
  try {
    const result = await api('diagram', viewParams());
    if (number !== state.requestNumber) return;
    const title = state.focusName ? 'Around ' + state.focusName : 'Graph';
    showDiagram(result.diagram, 'view', title);
    setStatus(result.diagram.actorCount + ' actors · ' + result.diagram.relationCount + ' relations');
  } catch (error) {
    if (number !== state.requestNumber) return;
    $('diagram').dataset.state = 'error';
    setStatus(error.message, true);
  }
}

const loadViewSoon = debounce(loadView, 250);

function setFocus(id, name) {
  state.focus = id;
  state.focusName = name || (id ? id : null);
  $('focus-name').textContent = id ? state.focusName : 'whole graph';
  $('focus-clear').hidden = !id;
  if (id && !name) {
    api('actors', { q: id }).then((result) => {
      const actor = (result.resolved || [])[0];
      if (actor && state.focus === id) {
        state.focusName = actor.name;
        $('focus-name').textContent = actor.name;
        $('view-title').textContent = 'Around ' + actor.name;
      }
    }).catch(() => {});
  }
  loadView();
}

// ---------- search ----------

function actorButton(actor, onChoose) {
  const button = el('button', { className: 'result', type: 'button' }, [
    el('span', { text: actor.name }),
    el('span', { className: 'kind', text: actor.kind + ' · ' + actor.degree }),
    actor.matched ? el('span', { className: 'alias', text: '(' + actor.matched + ')' }) : null,
  ]);
  button.dataset.actor = actor.id;
  button.addEventListener('click', () => onChoose(actor));
  return button;
}

async function runSearch() {
  const text = $('search').value.trim();
  const list = $('search-results');
  if (!text) { list.replaceChildren(); return; }
  try {
    const result = await api('actors', { q: text });
    if ($('search').value.trim() !== text) return;
    const actors = [...(result.resolved || []), ...(result.matches || [])];
    list.replaceChildren(...actors.map((actor) => el('li', {}, [actorButton(actor, (chosen) => setFocus(chosen.id, chosen.name))])));
    if (!actors.length) list.replaceChildren(el('li', { className: 'hint', text: 'no actor matches' }));
  } catch (error) {
    setStatus(error.message, true);
  }
}

// ---------- evidence card ----------

function evidenceItem(evidence) {
  const meta = [];
  meta.push(evidence.date || 'undated');
  meta.push('document ' + (evidence.documentTitle ? '“' + evidence.documentTitle + '” (' + evidence.document + ')' : evidence.document));
  if (evidence.documentSource) meta.push(evidence.documentSource);
  meta.push(evidence.modality);
  if (evidence.speaker) meta.push('said by ' + evidence.speaker);
  meta.push('rule ' + evidence.rule);
  const item = el('li', { className: 'evidence-item' }, [
    el('span', { className: 'sentence', text: evidence.sentence ? '“' + evidence.sentence + '”' : '(no sentence recorded)' }),
    el('span', { className: 'meta', text: meta.join(' · ') }),
  ]);
  return item;
}

async function openEvidence(relation) {
  try {
    const card = await api('relation', relation);
    const arrow = card.relation.type === 'proxy' ? ' —proxy→ ' : ' —' + card.relation.type + '— ';
    $('card-title').textContent = card.sourceName + arrow + card.targetName;
    const span = card.firstSeen ? (card.firstSeen === card.lastSeen ? card.firstSeen : card.firstSeen + ' to ' + card.lastSeen) : 'undated';
    $('card-summary').textContent = card.evidenceCount + ' sentence' + (card.evidenceCount === 1 ? '' : 's') + ' · ' + card.modality +
      ' · confidence ' + card.confidence.toFixed(2) + ' · ' + span + (card.truncated ? ' · first ' + card.evidence.length + ' shown' : '');
    $('card-evidence').replaceChildren(...card.evidence.map(evidenceItem));
    $('evidence-card').hidden = false;
  } catch (error) {
    setStatus(error.message, true);
  }
}

// ---------- timeline ----------

function drawHistogram() {
  const box = $('histogram');
  const max = Math.max(1, ...state.bins.map((bin) => bin.count));
  box.replaceChildren(...state.bins.map((bin, index) => {
    const bar = el('div', { className: 'bar', title: bin.start + (bin.start === bin.end ? '' : ' – ' + bin.end) + ': ' + bin.count });
    bar.style.height = Math.max(2, Math.round((bin.count / max) * 100)) + '%';
    bar.dataset.index = String(index);
    return bar;
  }));
}

function updateTimeLabel() {
  const from = Number($('range-from').value), to = Number($('range-to').value);
  const label = $('range-label');
  if (!state.timeRange || !state.bins.length) label.textContent = 'all dates';
  else if (state.timeMode === 'asof') label.textContent = 'as of ' + state.bins[to].end;
  else label.textContent = state.bins[from].start + ' to ' + state.bins[to].end;
  for (const bar of $('histogram').children) {
    const index = Number(bar.dataset.index);
    const inside = state.timeMode === 'asof' ? index <= to : index >= from && index <= to;
    bar.classList.toggle('out', Boolean(state.timeRange) && !inside);
  }
  $('range-from').disabled = state.timeMode === 'asof';
}

function onRangeInput(changed) {
  let from = Number($('range-from').value), to = Number($('range-to').value);
  if (from > to) {
    if (changed === 'from') to = from; else from = to;
    $('range-from').value = String(from);
    $('range-to').value = String(to);
  }
  const full = from === 0 && to === state.bins.length - 1 && state.timeMode === 'between';
  state.timeRange = full ? null : [from, to];
  updateTimeLabel();
  loadViewSoon();
}

function setupTimeline(timeline) {
  state.bins = timeline.bins || [];
  drawHistogram();
  const last = Math.max(0, state.bins.length - 1);
  for (const id of ['range-from', 'range-to']) {
    $(id).max = String(last);
    $(id).disabled = state.bins.length < 2;
  }
  $('range-from').value = '0';
  $('range-to').value = String(last);
  updateTimeLabel();
  if (state.bins.length) {
    $('diff-from').value = state.bins[Math.floor(last / 2)].end;
    $('diff-to').value = state.bins[last].end;
  }
}

// ---------- paths ----------

function checkedTypes(fieldset) {
  return [...$(fieldset).querySelectorAll('input[type=checkbox]')].filter((box) => box.checked).map((box) => box.value);
}

async function runPath() {
  const from = $('path-from').value.trim(), to = $('path-to').value.trim();
  const list = $('path-results');
  if (!from || !to) { setStatus('name both actors of the path', true); return; }
  const types = checkedTypes('path-types');
  const params = { from, to, k: $('path-k').value, hedged: state.hedged ? 1 : 0 };
  if (types.length < TYPES.length) params.types = types.join(',');
  if (state.timeRange && state.timeMode === 'asof') params.asOf = state.bins[state.timeRange[1]].end;
  setStatus('finding paths…');
  try {
    const result = await api('path', params);
    if (!result.paths.length) {
      list.replaceChildren(el('li', { className: 'hint', text: 'no path between ' + result.from.name + ' and ' + result.to.name }));
      setStatus('no path');
      return;
    }
    list.replaceChildren(...result.paths.map((path) => {
      const steps = path.steps.map((step) => el('div', { className: 'step' }, [
        el('span', { text: step.connector + ' ' + step.toName + ' (' + step.modality + ', ' + step.evidenceCount + ' evidence)' }),
        step.evidence ? el('span', { className: 'meta sentence', text: '“' + step.evidence.sentence + '” — ' + (step.evidence.date || 'undated') }) : null,
      ]));
      return el('li', { className: 'path' }, [
        el('span', { className: 'chain', text: path.chain }),
        el('span', { className: 'meta', text: path.hops + ' hop' + (path.hops === 1 ? '' : 's') + ' · reads as ' + path.stance }),
        ...steps,
      ]);
    }));
    if (result.diagram) showDiagram(result.diagram, 'path', 'Paths from ' + result.from.name + ' to ' + result.to.name);
    setStatus(result.paths.length + ' path' + (result.paths.length === 1 ? '' : 's'));
  } catch (error) {
    list.replaceChildren();
    setStatus(error.message, true);
  }
}

// ---------- diff ----------

async function runDiff() {
  const from = $('diff-from').value.trim(), to = $('diff-to').value.trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(from) || !/^\d{4}-\d{2}-\d{2}$/.test(to)) {
    setStatus('write both dates as YYYY-MM-DD', true);
    return;
  }
  setStatus('comparing…');
  try {
    const result = await api('diff', { from, to });
    const counts = Object.entries(result.counts).map(([kind, count]) => kind.replace(/-/g, ' ') + ' ' + count);
    $('diff-counts').textContent = counts.length ? counts.join(' · ') : 'no change between these dates';
    $('diff-results').replaceChildren(...result.changes.map((change) => el('li', { className: 'change' }, [
      el('span', { className: 'kind', text: change.title + ': ' }),
      el('span', { text: change.summary }),
      change.evidence.length ? el('span', { className: 'meta sentence', text: '“' + change.evidence[0].sentence + '” — ' + (change.evidence[0].date || 'undated') }) : null,
    ])));
    showDiagram(result.diagram, 'diff', 'Changes ' + result.from + ' → ' + result.to);
    setStatus(result.changes.length + ' change' + (result.changes.length === 1 ? '' : 's'));
  } catch (error) {
    setStatus(error.message, true);
  }
}

// ---------- start ----------

function bind() {
  $('search').addEventListener('input', debounce(runSearch, 150));
  $('search').addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      const first = $('search-results').querySelector('button.result');
      if (first) first.click();
    }
  });
  $('focus-clear').addEventListener('click', () => setFocus(null, null));
  $('hops').addEventListener('change', () => { state.hops = Number($('hops').value); loadView(); });
  $('min-evidence').addEventListener('change', () => {
    state.minEvidence = Math.max(0, Math.min(1000, Math.floor(Number($('min-evidence').value) || 0)));
    loadView();
  });
  $('hedged').addEventListener('change', () => { state.hedged = $('hedged').checked; loadView(); });
  for (const box of $('view-types').querySelectorAll('input[type=checkbox]')) {
    box.addEventListener('change', () => {
      if (box.checked) state.types.add(box.value); else state.types.delete(box.value);
      loadView();
    });
  }
  $('range-from').addEventListener('input', () => onRangeInput('from'));
  $('range-to').addEventListener('input', () => onRangeInput('to'));
  for (const radio of document.querySelectorAll('input[name=time-mode]')) {
    radio.addEventListener('change', () => {
      state.timeMode = radio.value;
      onRangeInput('to');
    });
  }
  $('time-reset').addEventListener('click', () => {
    $('range-from').value = '0';
    $('range-to').value = String(Math.max(0, state.bins.length - 1));
    state.timeRange = null;
    updateTimeLabel();
    loadView();
  });
  $('path-run').addEventListener('click', runPath);
  $('diff-run').addEventListener('click', runDiff);
  $('back-to-view').addEventListener('click', loadView);
  $('card-close').addEventListener('click', () => { $('evidence-card').hidden = true; });
  installPanZoom();
}

async function start() {
  bind();
  try {
    const [summary, timeline] = await Promise.all([api('graph'), api('timeline')]);
    state.summary = summary;
    $('graph-name').textContent = summary.name;
    $('graph-counts').textContent = summary.actors + ' actors · ' + summary.relations + ' relations · ' + summary.evidence + ' sentences' +
      (summary.firstDate ? ' · ' + summary.firstDate + ' to ' + summary.lastDate : '');
    document.title = 'Dyad · ' + summary.name;
    setupTimeline(timeline);
    await loadView();
  } catch (error) {
    setStatus(error.message, true);
  }
}

document.addEventListener('DOMContentLoaded', start);
