// SafePlan playground: reads the form, asks this server for the advice with its reasons
// (POST /v1/explain), and shows it. Plain JavaScript, no libraries. Nothing is stored (no storage,
// no cookies) and nothing is sent anywhere but this page's own server.
'use strict';

(function () {
  const DEBOUNCE_MS = 250;
  const form = document.getElementById('situation');
  const results = document.getElementById('results');
  const status = document.getElementById('status');
  const list = document.getElementById('recommendations');
  const wouldAdd = document.getElementById('would-add');
  const sent = document.getElementById('situation-json');
  const countrySelect = document.getElementById('country');
  const countryCode = document.getElementById('country-code');

  const URGENCY = { IMMEDIATE: 'Immediate', URGENT: 'Urgent', PLANNING: 'Planning', INFORMATION: 'Information' };
  const EXPOSURE = {
    VOICE_CALL: 'a voice call', SILENT_CALL: 'a silent call', WRITTEN_TRACE: 'a written trace',
    DIGITAL_TRACE: 'a digital trace', MAKES_NOISE: 'noise', LEAVES_ROOM: 'leaving the room',
    LEAVES_HOME: 'leaving the home', TELLS_OTHERS: 'telling others'
  };

  let inventory = new Map();      // source id -> {text, document}
  let timer = null;
  let inFlight = null;
  let sequence = 0;

  // ---- the situation ----------------------------------------------------------------------------

  function fieldNames() {
    const names = [];
    for (const el of form.elements) {
      if (el.name && el.name !== 'countryCode' && !names.includes(el.name)) {
        names.push(el.name);
      }
    }
    return names;
  }

  /** The situation document: known fields only, in form order. */
  function situation() {
    const doc = {};
    for (const name of fieldNames()) {
      const control = form.elements.namedItem(name);
      let value = control instanceof RadioNodeList || control.type === 'radio' ? radioValue(name) : control.value;
      if (name === 'country' && value === 'other') {
        value = countryCode.value.trim().toUpperCase();
      }
      if (value === '' || value === undefined) {
        continue;
      }
      doc[name] = value === 'true' ? true : value === 'false' ? false : value;
    }
    return doc;
  }

  function radioValue(name) {
    const checked = form.querySelector('input[type="radio"][name="' + name + '"]:checked');
    return checked ? checked.value : '';
  }

  // ---- talking to the server --------------------------------------------------------------------

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(update, DEBOUNCE_MS);
  }

  async function update() {
    const doc = situation();
    const body = JSON.stringify(doc);
    const id = ++sequence;
    if (inFlight) {
      inFlight.abort();
    }
    inFlight = new AbortController();
    results.setAttribute('aria-busy', 'true');
    results.dataset.state = 'loading';
    sent.textContent = JSON.stringify(doc, null, 2);
    try {
      // The advice as a survivor or practitioner gets it by default (a survivor's list within the
      // load budget), and the explanation of the complete list: its reasons, and what else there is.
      const [advice, explanation] = await Promise.all(['v1/advice', 'v1/explain'].map(path => fetch(path, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Accept': 'application/json, application/problem+json' },
        body: body,
        cache: 'no-store',
        credentials: 'same-origin',
        referrerPolicy: 'no-referrer',
        signal: inFlight.signal
      })));
      const failed = [advice, explanation].find(r => !r.ok);
      const json = failed ? await failed.json() : await explanation.json();
      const shown = failed ? null : await advice.json();
      if (id !== sequence) {
        return;                                   // a newer request is under way
      }
      if (failed) {
        showProblem(json);
      } else {
        showAdvice(shown, json, explanation.headers.get('SafePlan-Content-Version'));
      }
    } catch (e) {
      if (e.name === 'AbortError' || id !== sequence) {
        return;
      }
      showFailure();
    } finally {
      if (id === sequence) {
        results.setAttribute('aria-busy', 'false');
        inFlight = null;
      }
    }
  }

  async function loadInventory() {
    try {
      const response = await fetch('v1/inventory', { cache: 'no-store', credentials: 'same-origin' });
      if (!response.ok) {
        return;
      }
      for (const doc of await response.json()) {
        for (const item of doc.items) {
          inventory.set(item.id, { text: item.text, document: doc.id + ' \u2014 ' + doc.title });
        }
      }
    } catch (e) {
      // The advice still shows; sources then show their ids only.
    }
  }

  // ---- showing the answer -----------------------------------------------------------------------

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (key === 'class') {
        node.className = value;
      } else {
        node.setAttribute(key, value);
      }
    }
    for (const child of children) {
      if (child !== null && child !== undefined) {
        node.append(child);
      }
    }
    return node;
  }

  function label(field, value) {
    const control = document.getElementById(field);
    let name = field;
    if (control) {
      const legend = control.tagName === 'FIELDSET' ? control.querySelector('legend') : null;
      const lab = legend || document.querySelector('label[for="' + field + '"]');
      name = lab ? lab.textContent.trim() : field;
    }
    return name + ' ' + shownValue(field, value);
  }

  function shownValue(field, value) {
    if (value === null || value === undefined) {
      return '\u2192 unknown';
    }
    if (value === true) {
      return '\u2192 yes';
    }
    if (value === false) {
      return '\u2192 no';
    }
    const option = document.querySelector('#' + CSS.escape(field) + ' option[value="' + CSS.escape(String(value)) + '"]');
    return '\u2192 ' + (option ? option.textContent.trim() : String(value));
  }

  function sourceItem(id) {
    const entry = inventory.get(id);
    if (!entry) {
      return el('li', { class: 'source', 'data-source-id': id }, el('span', { class: 'source-id' }, id));
    }
    const summary = el('summary', { title: entry.text }, el('span', { class: 'source-id' }, id));
    const wording = el('blockquote', { class: 'wording' }, entry.text, el('cite', {}, entry.document));
    return el('li', { class: 'source', 'data-source-id': id }, el('details', {}, summary, wording));
  }

  function why(rec) {
    const reasons = el('ul', { class: 'reasons' });
    for (const rule of rec.placedBy || []) {
      reasons.append(el('li', { class: 'reason placed' }, 'Placed here by the ordering rule ',
        el('code', { class: 'rule' }, rule), '.'));
    }
    for (const reason of rec.because || []) {
      const facts = el('ul', { class: 'facts' });
      for (const [field, value] of Object.entries(reason.matched || {})) {
        facts.append(el('li', {}, el('code', {}, field), ' = ', el('code', {}, value === null ? 'unknown' : String(value))));
      }
      reasons.append(el('li', { class: 'reason' }, 'Rule ', el('code', { class: 'rule' }, reason.rule),
        ' matched:', facts));
    }
    const changes = el('ul', { class: 'changes' });
    for (const change of rec.whatWouldChange || []) {
      changes.append(el('li', {}, label(change.field, change.value) + ': ' +
        (change.effect === 'REMOVED' ? 'no longer advised' : 'moves in the list')));
    }
    const details = el('details', { class: 'why' }, el('summary', {}, 'Why this advice'), reasons);
    if (changes.children.length) {
      details.append(el('p', { class: 'changes-heading' }, 'What would change it:'), changes);
    }
    return details;
  }

  function caution(c) {
    return el('li', { class: 'caution', 'data-caution-id': c.id }, el('strong', {}, 'Take care: '), c.text,
      el('span', { class: 'caution-sources' }, ' (sources: ' + c.sources.join(', ') + ')'));
  }

  function recommendation(rec) {
    const exposures = (rec.exposures || []).map(x => EXPOSURE[x] || x);
    const cautions = rec.cautions || [];
    return el('li', { class: 'recommendation urgency-' + rec.urgency.toLowerCase(), 'data-action-id': rec.actionId },
      el('div', { class: 'head' },
        el('span', { class: 'rank', 'aria-label': 'Rank ' + rec.rank }, String(rec.rank)),
        el('span', { class: 'urgency' }, URGENCY[rec.urgency] || rec.urgency),
        el('h3', { class: 'title' }, rec.title)),
      el('p', { class: 'text' }, rec.text),
      cautions.length ? el('ul', { class: 'cautions', 'aria-label': 'Cautions' }, ...cautions.map(caution)) : null,
      exposures.length ? el('p', { class: 'exposures' }, 'Could expose the person through ' + exposures.join(', ') + '.') : null,
      el('div', { class: 'sources' }, el('span', { class: 'sources-label' }, 'Sources:'),
        el('ul', {}, ...rec.sources.map(sourceItem))),
      why(rec));
  }

  /**
   * {@code shown}: the default advice; {@code explanation}: the complete list with reasons. The default
   * list is shown with the reasons of the same actions; what only the complete list has follows, folded.
   */
  function showAdvice(shown, explanation, version) {
    clearInvalid();
    const explained = new Map((explanation.recommendations || []).map(r => [r.actionId, r]));
    const recs = (shown.recommendations || []).map(r => Object.assign({}, explained.get(r.actionId), r));
    list.replaceChildren(...recs.map(recommendation));
    const inList = new Set(recs.map(r => r.actionId));
    const more = (explanation.recommendations || []).filter(r => !inList.has(r.actionId));
    if (more.length) {
      list.append(el('li', { class: 'more' }, el('details', { class: 'complete-list' },
        el('summary', {}, more.length + ' more in the complete list (not shown by default, to keep the list short'
          + ' enough to act on)'), el('ol', { class: 'recommendations' }, ...more.map(recommendation)))));
    }
    const additions = explanation.wouldAdd || [];
    if (additions.length) {
      const items = additions.map(a => el('li', {}, el('code', {}, a.actionId), ' if ',
        a.when.map(w => label(w.field, w.value)).join('; or ')));
      wouldAdd.replaceChildren(el('details', { class: 'would-add' },
        el('summary', {}, additions.length + ' more actions a single change would bring in'), el('ul', {}, ...items)));
    } else {
      wouldAdd.replaceChildren();
    }
    status.className = 'status';
    status.textContent = recs.length + (recs.length === 1 ? ' recommendation' : ' recommendations') +
      ', most urgent first' + (recs.length ? ': first, \u201c' + recs[0].title + '\u201d' : '') +
      '. Content version ' + (version || explanation.contentVersion) + '.';
    results.dataset.state = 'ready';
  }

  function showProblem(problem) {
    clearInvalid();
    list.replaceChildren();
    wouldAdd.replaceChildren();
    const field = problem.field === 'country' || problem.field === 'countryCode' ? 'country-code' : problem.field;
    const control = field ? document.getElementById(field) : null;
    if (control) {
      control.setAttribute('aria-invalid', 'true');
    }
    const parts = [(problem.title || 'Refused') + ': ' + (problem.detail || 'the situation was refused') + '.'];
    if (problem.allowedValues && problem.allowedValues.length) {
      parts.push('Allowed: ' + problem.allowedValues.join(', ') + '.');
    }
    parts.push('No advice is given for a situation that cannot be read.');
    status.className = 'status problem';
    status.textContent = parts.join(' ');
    results.dataset.state = 'problem';
  }

  function showFailure() {
    list.replaceChildren();
    wouldAdd.replaceChildren();
    status.className = 'status problem';
    status.textContent = 'The server could not be reached. Nothing was kept; change a field to try again.';
    results.dataset.state = 'failed';
  }

  function clearInvalid() {
    for (const invalid of form.querySelectorAll('[aria-invalid="true"]')) {
      invalid.removeAttribute('aria-invalid');
    }
  }

  // ---- wiring -----------------------------------------------------------------------------------

  countrySelect.addEventListener('change', () => {
    if (countrySelect.value !== 'other') {
      countryCode.value = '';
    }
  });
  countryCode.addEventListener('input', () => {
    countrySelect.value = countryCode.value.trim() === '' ? '' : 'other';
  });
  form.addEventListener('input', schedule);
  form.addEventListener('change', schedule);
  form.addEventListener('reset', () => setTimeout(update, 0));   // after the browser has reset the controls
  form.addEventListener('submit', event => {                     // Enter in the code field: update now
    event.preventDefault();
    clearTimeout(timer);
    update();
  });

  loadInventory().then(update);
})();
