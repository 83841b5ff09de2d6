#!/usr/bin/env python3
"""Build texts/*.txt and gold.json from src/*.src.

src format: header lines '@key|Speaker|gender|alt1;alt2' (Speaker 'null' for no speaker),
a line '---', then the article body with inline tags:
  <q key>...</q>  direct quote span (the words between the quotation marks) spoken by `key`
  <s>...</s>      scare quote / title (kind 'scare', speaker null)
  <d>...</d>      don't-care span (nested quotes, boilerplate, duplicated paragraphs, Q&A questions)
Offsets are computed by stripping the tags; nothing is counted by hand. Run from the set's folder; the corpus
is named after it (bench/heldout, bench/blind: `python3 ../heldout/build.py`).
"""
import json, re, glob, os

TAG = re.compile(r'<(/?)(q|s|d)(?: ([A-Za-z0-9_]+))?>')

def parse(path):
    raw = open(path, encoding='utf-8').read()
    head, body = raw.split('\n---\n', 1)
    spk = {}
    for line in head.splitlines():
        if not line.startswith('@'):
            continue
        key, name, gender, alts = (line[1:].split('|') + ['', '', ''])[:4]
        spk[key] = {'speaker': None if name == 'null' else name, 'gender': gender,
                    'alts': [a for a in alts.split(';') if a]}
    out, stack, spans, pos = [], [], [], 0
    n = 0  # length of output so far
    for m in TAG.finditer(body):
        chunk = body[pos:m.start()]
        out.append(chunk); n += len(chunk); pos = m.end()
        close, tag, key = m.group(1), m.group(2), m.group(3)
        if not close:
            stack.append((tag, key, n))
        else:
            t, k, s = stack.pop()
            assert t == tag, (path, t, tag, n)
            spans.append((t, k, s, n))
    out.append(body[pos:])
    assert not stack, (path, stack)
    text = ''.join(out)
    assert '<' not in text and '>' not in text, path
    quotes, dontcare = [], []
    for t, k, s, e in sorted(spans, key=lambda x: x[2]):
        if t == 'd':
            dontcare.append([s, e])
        elif t == 's':
            quotes.append({'start': s, 'end': e, 'text': text[s:e], 'speaker': None, 'alts': [], 'kind': 'scare'})
        else:
            sp = spk[k]
            quotes.append({'start': s, 'end': e, 'text': text[s:e], 'speaker': sp['speaker'],
                           'alts': sp['alts'], 'kind': 'direct'})
    return text, quotes, dontcare

docs = []
os.makedirs('texts', exist_ok=True)
CORPUS = os.path.basename(os.getcwd())
for path in sorted(glob.glob('src/*.src')):
    name = os.path.basename(path).replace('.src', '.txt')
    text, quotes, dontcare = parse(path)
    with open(os.path.join('texts', name), 'w', encoding='utf-8', newline='') as f:
        f.write(text)
    docs.append({'file': name, 'text': text, 'quotes': quotes, 'figures': None, 'dontcare': dontcare})
with open('gold.json', 'w', encoding='utf-8') as f:
    json.dump({'corpus': CORPUS, 'docs': docs}, f, ensure_ascii=False, indent=1)
print(len(docs), 'docs;', sum(q['kind'] == 'direct' for d in docs for q in d['quotes']), 'direct;',
      sum(q['kind'] == 'scare' for d in docs for q in d['quotes']), 'scare')
for d in docs:
    print(d['file'], len(d['text'].split()), 'words', sum(q['kind'] == 'direct' for q in d['quotes']), 'direct')
