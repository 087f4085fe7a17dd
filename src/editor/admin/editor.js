// The editor's own part of the admin page, after Decap CMS: the file formats, which write front
// matter as the site reads it; files saved without the empty values a form leaves behind; and a
// panel that lists the problems validate finds in the content root after each save (and every few
// seconds, for files changed in another program).
import { parse, stringify } from './yaml/index.js';
import { BODY_FIELD, FORMATS } from './settings.js';

const CMS = window.CMS;

/** A line that is exactly ---, spaces or tabs after it allowed: the site's front matter fence. */
const FENCE = /^---[ \t]*\r?$/;

function parseFields(text) {
  const data = parse(text);
  return data && typeof data === 'object' && !Array.isArray(data) ? data : {};
}

/** The fields in the form's order, then any others the file had. */
function ordered(data, sortedKeys) {
  const out = {};
  for (const key of sortedKeys) if (key in data) out[key] = data[key];
  for (const key of Object.keys(data)) if (!(key in out)) out[key] = data[key];
  return out;
}

const yamlText = (data) => (Object.keys(data).length ? stringify(data, { lineWidth: 0 }) : '');

CMS.registerCustomFormat(FORMATS.frontmatter, 'md', {
  fromFile(content) {
    const lines = content.replace(/^\uFEFF/, '').split('\n');
    const close = FENCE.test(lines[0]) ? lines.findIndex((line, i) => i > 0 && FENCE.test(line)) : -1;
    if (close < 0) return { [BODY_FIELD]: content };
    const body = lines
      .slice(close + 1)
      .join('\n')
      .replace(/^\r?\n/, '');
    return { ...parseFields(lines.slice(1, close).join('\n')), [BODY_FIELD]: body };
  },
  toFile(data, sortedKeys = []) {
    const { [BODY_FIELD]: body = '', ...fields } = data;
    const text = String(body).replace(/^\s*\n/, '');
    return `---\n${yamlText(ordered(fields, sortedKeys))}---\n${text ? `\n${text.replace(/\n*$/, '\n')}` : ''}`;
  },
});

CMS.registerCustomFormat(FORMATS.yaml, 'yaml', {
  fromFile: (content) => parseFields(content),
  toFile: (data, sortedKeys = []) => yamlText(ordered(data, sortedKeys)),
});

const isCollection = (v) => v !== null && typeof v === 'object' && typeof v.toJS === 'function';
const isEmpty = (v) => v === undefined || v === null || v === '' || (isCollection(v) && v.size === 0);

/** A value without empty texts, lists and groups: what a clerk who typed the file would have left out. */
function withoutEmpty(value) {
  if (!isCollection(value)) return value;
  return value.map(withoutEmpty).filter((v) => !isEmpty(v));
}

CMS.registerEventListener({
  name: 'preSave',
  handler: ({ entry }) => withoutEmpty(entry.get('data')),
});

const panel = document.createElement('aside');
panel.className = 'problems';
panel.setAttribute('aria-labelledby', 'problems-heading');
const heading = document.createElement('h2');
heading.id = 'problems-heading';
heading.textContent = 'Problems';
const toggle = document.createElement('button');
toggle.type = 'button';
toggle.className = 'problems-toggle';
toggle.setAttribute('aria-expanded', 'true');
toggle.textContent = 'Hide';
const status = document.createElement('p');
status.className = 'problems-status';
status.setAttribute('role', 'status');
const list = document.createElement('ul');
list.className = 'problems-list';
heading.append(' ', toggle);
panel.append(heading, status, list);

toggle.addEventListener('click', () => {
  const open = toggle.getAttribute('aria-expanded') !== 'true';
  toggle.setAttribute('aria-expanded', String(open));
  toggle.textContent = open ? 'Hide' : 'Show';
  panel.classList.toggle('problems-closed', !open);
});

function show(result) {
  list.replaceChildren();
  const problems = result.problems || [];
  panel.dataset.count = String(problems.length);
  panel.dataset.checked = result.checked || '';
  if (result.error) {
    status.textContent = `The check could not run: ${result.error}`;
    panel.dataset.state = 'error';
    return;
  }
  panel.dataset.state = problems.length ? 'problems' : 'ok';
  status.textContent = problems.length
    ? `${problems.length} problem${problems.length === 1 ? '' : 's'}: the site will not be built until they are put right.`
    : 'No problems: the site can be built from these files.';
  for (const p of problems) {
    const item = document.createElement('li');
    const where = document.createElement('strong');
    // The field in the clerk's words, with its dotted path after it (as npm run validate prints it).
    const field = p.place && p.place !== p.field ? `${p.place} (${p.field})` : p.field;
    where.textContent = field ? `${p.file}, ${field}` : p.file;
    // Each expectation reads on from "found ...;" as npm run validate prints it.
    item.append(where, `: found ${p.found}; ${p.expected}`);
    list.append(item);
  }
}

let checking = false;
async function check() {
  if (checking) return;
  checking = true;
  try {
    const response = await fetch('/api/problems', { headers: { Accept: 'application/json' } });
    show(await response.json());
  } catch (err) {
    show({ error: err instanceof Error ? err.message : String(err), problems: [] });
  } finally {
    checking = false;
  }
}

CMS.registerEventListener({ name: 'postSave', handler: () => void check() });
// Markdown is saved exactly as typed in Decap's raw mode; its rich-text mode rewrites the text. A
// clerk starts in raw mode, and the mode chosen after that is remembered.
if (!localStorage.getItem('cms.md-mode')) localStorage.setItem('cms.md-mode', 'raw');
CMS.init();
document.body.append(panel);
status.textContent = 'Checking the content…';
void check();
setInterval(() => {
  if (document.visibilityState === 'visible') void check();
}, 5000);
