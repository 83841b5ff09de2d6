#!/usr/bin/env python3
"""Checks gold.json against texts/*.txt (run from this folder).

Hard errors (exit 1): format, offsets (also re-checked in JavaScript via node), BMP-only text,
quote boundaries at quotation marks, overlaps, unannotated quoted spans, speakers not named in the text,
pronoun/name attribution cues that contradict the gold speaker.
Also writes review.txt: every direct quote with its local attribution context, for a human read-through.
"""
import json, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
gold = json.load(open(os.path.join(HERE, 'gold.json'), encoding='utf-8'))
errors, warnings, review = [], [], []
def err(m): errors.append(m)
def warn(m): warnings.append(m)

# Independent knowledge about the invented people: gender of every person speaker.
GENDER = {
 'Margaret Ellwood': 'f', 'Gareth Pryce': 'm', 'Alison Hartigan': 'f', 'Rupert Danvers': 'm', 'Nadia Ferreira': 'f',
 'Rosa Delgado': 'f', 'Trent Bauer': 'm', 'Paul Kessling': 'm', 'Carla Mendez': 'f', 'Greg Tillotson': 'm',
 'Kerrie Blandford': 'f', 'Darren Pockett': 'm', 'Joan Whitely': 'f', 'Mick Tranter': 'm',
 'Anil Rastogi': 'm', 'Kavita Menon': 'f', 'Rohit Bhandari': 'm', 'Priyanka Iyer': 'f',
 'Steve Maddock': 'm', 'Kofi Adjei-Mensah': 'm', "Liam O'Rourke": 'm', 'Elena Marquez': 'f', 'Tom Hurst': 'm', 'Marco Vidal': 'm',
 'Philippa Renshaw': 'f', 'Simon Achterberg': 'm', 'Sunita Rao': 'f', 'Dorothy Haddon': 'f', 'Niamh Gallagher': 'f', 'Owen Pritchard': 'm',
 'Amara Okafor': 'f', 'Lennart Sjöberg': 'm', 'Priya Raman': 'f', 'Tomás Reyes': 'm',
 'Ines Calder': 'f', 'Ruth Mbeki': 'f',
 'Tariq Hollis': 'm', 'Danny Rook': 'm', 'Gail Munro': 'f', 'Jenny Albright': 'f', 'Fiona Greaves': 'f', 'Alan Petrakis': 'm',
 'Harriet Sowerby': 'f', 'Kevin Ashworth': 'm', 'Martin Kell': 'm',
 'Morag Finlay': 'f', 'Ewan Finlay': 'm', 'Colin Ashby': 'm',
 'Chloe Barton': 'f', 'Sandeep Gill': 'm', 'Janet Okoro': 'f', 'Ryan Teague': 'm',
 'Viktor Halas': 'm', 'Aurel Stoyan': 'm', 'Ilse Marran': 'f', 'Radu': 'm',
 'Arlo Quist': 'm', 'Dana Whitcomb': 'f', 'Marcus Bell': 'm', 'Teresa Lund': 'f', 'Monique Baptiste': 'f',
 'Beatrice Nkemelu': 'f', 'Oliver Strand': 'm', 'Clare Whitlock': 'f', 'Tobias Renner': 'm',
 'Karen Oduya': 'f', 'Paul Henley': 'm', 'Dawn Petrie': 'f', 'Raymond Achebe': 'm',
}
# Anonymous / collective speakers whose gender is known from the text (nurse "her job", spokeswoman ...).
GENDER_DESC = {'one nurse in the emergency department': 'f',
               'a spokeswoman for the Department of Regional Water': 'f',
               'a spokeswoman for the Health Workers Alliance': 'f'}
SPEECH = re.compile(r"\b(said|says|say|saying|told|tells|added|adding|adds|wrote|writes|write|recalls|replied|insisted|warned|posted|acknowledged|called|described|reads)\b")
# Heuristic cue disagreements that were checked by hand: (file, first 30 chars of quote) -> why gold is right.
REVIEWED = {
 ('h13.txt', 'businesslike and focused'): "'The Marble House, the office of President Aurel Stoyan, said' - appositive; the readout is the Marble House's",
 ('h13.txt', 'for any eventuality'): "same readout sentence as 'businesslike and focused'",
 ('h15.txt', 'substantially identical'): "'In a letter sent to Nkemelu ..., Pembury Vance, the solicitors acting for Crumb & Co, said' - Nkemelu is the addressee",
}
OPEN, CLOSE = '"“‘\'', '"”’\''

# ---------- format ----------
if set(gold) != {'corpus', 'docs'} or gold['corpus'] != 'heldout':
    err('top-level keys/corpus wrong')
if len(gold['docs']) != 16:
    err(f"expected 16 docs, got {len(gold['docs'])}")
names = [d['file'] for d in gold['docs']]
if names != [f'h{i:02d}.txt' for i in range(1, 17)]:
    err(f'file names {names}')

def paragraphs(text):
    """(start, end) of each line-separated paragraph."""
    out, pos = [], 0
    for line in text.split('\n'):
        out.append((pos, pos + len(line))); pos += len(line) + 1
    return out

def para_of(paras, i):
    for s, e in paras:
        if s <= i <= e:
            return s, e
    return None

def covered(s, e, spans):
    cov = set()
    for a, b in spans:
        cov.update(range(max(a, s), min(b, e)))
    return len(cov) / max(1, e - s)

total_direct = total_scare = 0
js_payload = []
for doc in gold['docs']:
    f = doc['file']
    if set(doc) != {'file', 'text', 'quotes', 'figures', 'dontcare'}:
        err(f'{f}: doc keys {sorted(doc)}')
    text = doc['text']
    with open(os.path.join(HERE, 'texts', f), encoding='utf-8', newline='') as fh:
        disk = fh.read()
    if disk != text:
        err(f'{f}: gold text differs from texts/{f}')
    bad = [c for c in text if ord(c) > 0xFFFF or 0xD800 <= ord(c) <= 0xDFFF or c == '\r']
    if bad:
        err(f'{f}: non-BMP/surrogate/CR characters {bad[:5]}')
    nwords = len(text.split())
    if not 350 <= nwords <= 900:
        err(f'{f}: {nwords} words')
    paras = paragraphs(text)
    spans = []
    for q in doc['quotes']:
        if set(q) != {'start', 'end', 'text', 'speaker', 'alts', 'kind'}:
            err(f'{f}: quote keys {sorted(q)}')
        s, e = q['start'], q['end']
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
            err(f'{f}: bad offsets {s},{e}'); continue
        if text[s:e] != q['text']:
            err(f'{f}: slice mismatch at {s}: {text[s:e]!r} != {q["text"]!r}')
        js_payload.append((f, s, e, q['text']))
        if q['text'] != q['text'].strip():
            err(f'{f}: span has outer whitespace {q["text"]!r}')
        if '\n' in q['text']:
            err(f'{f}: span crosses a paragraph {q["text"][:40]!r}')
        if q['kind'] not in ('direct', 'scare'):
            err(f'{f}: kind {q["kind"]}')
        if not isinstance(q['alts'], list):
            err(f'{f}: alts not a list')
        if q['kind'] == 'scare':
            total_scare += 1
            if q['speaker'] is not None:
                err(f'{f}: scare quote with speaker')
        else:
            total_direct += 1
            if not q['speaker']:
                err(f'{f}: direct quote without speaker {q["text"][:40]!r}')
        # boundaries: opening mark before, closing mark after (or paragraph continuation / Q&A answer)
        line_start = text.rfind('\n', 0, s) + 1
        qa = text[line_start:s] == 'A: '
        if not (s > 0 and text[s - 1] in OPEN) and not qa:
            err(f'{f}: no opening mark before {q["text"][:40]!r}')
        if e < len(text) and text[e] in CLOSE:
            pass
        elif qa and (e == len(text) or text[e] == '\n'):
            pass
        elif e < len(text) and text[e] == '\n':
            nxt = text[e:].lstrip('\n')
            if not nxt or nxt[0] not in OPEN:
                err(f'{f}: span ends at paragraph end but next paragraph does not reopen: {q["text"][-40:]!r}')
        else:
            err(f'{f}: no closing mark after {q["text"][-40:]!r}')
        spans.append((s, e))
    for a, b in doc['dontcare']:
        if not (0 <= a < b <= len(text)):
            err(f'{f}: bad dontcare {a},{b}')
    ss = sorted(spans)
    for (a1, b1), (a2, b2) in zip(ss, ss[1:]):
        if a2 < b1:
            err(f'{f}: overlapping quotes at {a1} and {a2}')

    # ---------- every quoted span in the text is annotated (quote, scare or don't-care) ----------
    allspans = spans + [tuple(x) for x in doc['dontcare']]
    cands = []
    for ps, pe in paras:
        p = text[ps:pe]
        for m in re.finditer(r'“([^“”]*)(”|$)', p):
            cands.append((ps + m.start(1), ps + m.end(1), 'curly-double'))
        for m in re.finditer(r'"([^"]*)("|$)', p):
            cands.append((ps + m.start(1), ps + m.end(1), 'straight-double'))
        for m in re.finditer(r"(?:(?<=^)|(?<=[\s(“\"]))[‘'](?=\w)(.*?)[’'](?!\w)", p):
            cands.append((ps + m.start(1), ps + m.end(1), 'single'))
    for a, b, kind in cands:
        if b - a < 1:
            continue
        if covered(a, b, allspans) < 0.5:
            err(f'{f}: unannotated {kind} quoted span {text[a:b][:60]!r}')

    # ---------- speakers ----------
    person_speakers = {q['speaker'] for q in doc['quotes'] if q['kind'] == 'direct' and q['speaker'] in GENDER}
    for q in doc['quotes']:
        if q['kind'] != 'direct':
            continue
        sp = q['speaker']
        if sp in GENDER:
            if not any(x in text or x.replace("'", '’') in text for x in [sp] + q['alts']):
                err(f'{f}: speaker {sp!r} never named in full in the text')
        else:
            forms = [sp] + q['alts']
            def core(x):
                return re.sub(r'^(a|an|the|one)\s+', '', x, flags=re.I).lower()
            if not any(core(x) in text.lower() for x in forms):
                err(f'{f}: anonymous/organisation speaker {sp!r} not found in text')
    # mention keys for attribution cues: surname, first name, full name of each person speaker
    keys = {}
    for p in person_speakers:
        toks = p.replace('’', "'").split()
        keys[toks[-1]] = p
        keys[p] = p
    first_names = {p.split()[0]: p for p in person_speakers if len(p.split()) > 1}
    # first names are only used when unique within the doc
    for fn, p in first_names.items():
        if sum(1 for x in person_speakers if x.split()[0] == fn) == 1:
            keys.setdefault(fn, p)
    # organisations / anonymous sources: every stated form (article-stripped) is a key
    for q in doc['quotes']:
        if q['kind'] == 'direct' and q['speaker'] not in GENDER:
            for form in [q['speaker']] + q['alts']:
                k = re.sub(r'^(a|an|the|one)\s+', '', form, flags=re.I)
                if len(k) > 3:
                    keys.setdefault(k, q['speaker'])
    surname_count = {}
    for p in person_speakers:
        surname_count[p.split()[-1]] = surname_count.get(p.split()[-1], 0) + 1
    pron = re.compile(r"\b(he|she|He|She)\b")
    raw_text = text
    masked = list(text)
    for a, b in [(q['start'], q['end']) for q in doc['quotes']] + [tuple(x) for x in doc['dontcare']]:
        masked[a:b] = ' ' * (b - a)
    masked = ''.join(masked)
    prev_speaker = None
    for q in sorted((q for q in doc['quotes'] if q['kind'] == 'direct'), key=lambda q: q['start']):
        s, e, sp = q['start'], q['end'], q['speaker']
        ps, pe = para_of(paras, s)
        # after-window: from closing mark to the end of that sentence / the next opening mark
        after = masked[e + 1:pe]
        m = re.search(r'[“"‘]|(?<=[a-z0-9)])[.;](\s|$)', after)
        after = after[:m.start()] if m else after
        before = masked[ps:max(ps, s - 1)]
        # cue = attribution in the after-window if it holds a speech verb-ish clause, else the end of the before-window
        cue, where = None, None
        for window, name in ((after, 'after'), (before, 'before')):
            pick_first = False
            if name == 'after' and not SPEECH.search(window):
                continue
            if name == 'before':
                # the sayer precedes the last speech verb: 'Teresa Lund said the agency was reviewing “…'
                vs = list(SPEECH.finditer(window))
                if vs:
                    window = window[:vs[-1].start()]
                    # ... and is normally the first mention in that sentence
                    cut = max(window.rfind('. '), window.rfind('? '), window.rfind('! '))
                    window = ' ' * (cut + 1) + window[cut + 1:]
                    pick_first = True
            hits = []
            for k, p in keys.items():
                for mm in re.finditer(r'\b' + re.escape(k) + r"\b(?!'s)", window.replace('’', "'")):
                    if surname_count.get(k, 1) > 1:
                        continue
                    hits.append((mm.start(), p, k, mm.end()))
            for mm in pron.finditer(window):
                hits.append((mm.start(), mm.group(1).lower(), mm.group(1), mm.end()))
            # a mention inside a longer mention ('Voltaris' in 'former Voltaris software engineer') is not a cue
            hits = [h for h in hits if not any(o is not h and o[0] <= h[0] and h[3] <= o[3] and (o[3] - o[0]) > (h[3] - h[0]) for o in hits)]
            if hits:
                hits.sort()
                if pick_first:
                    people = [h for h in hits if h[1] in GENDER]
                    cue = people[0] if people else hits[0]
                else:
                    cue = hits[0] if name == 'after' else hits[-1]
                where = name
                break
        line = f'{f} [{s}] {sp!r} <- “{q["text"][:70]}”'
        rv = REVIEWED.get((f, q['text'][:30]))
        if cue is None:
            review.append(line + f'\n      no local cue; previous quote speaker: {prev_speaker!r}; prev para: '
                          + text[max(0, ps - 200):ps].replace('\n', ' ¶ ')[-200:])
        else:
            _, who, surf, _ = cue
            ok = True
            if who in ('he', 'she'):
                g = GENDER.get(sp) or GENDER_DESC.get(sp)
                if g and g != ('m' if who == 'he' else 'f') and not rv:
                    ok = False
                    err(f'{f}: pronoun {who!r} ({where}) but gold speaker {sp!r} is {g}: {q["text"][:50]!r}')
                if not g and not rv:
                    warn(f'{f}: pronoun {who!r} for non-person speaker {sp!r}: {q["text"][:50]!r}')
            elif who != sp and not rv and surf not in {re.sub(r'^(a|an|the|one)\s+', '', x, flags=re.I) for x in [sp] + q['alts']}:
                ok = False
                err(f'{f}: nearest name cue {surf!r} ({where}) != gold speaker {sp!r}: {q["text"][:50]!r}')
            ctx = (text[ps:s] + '[…]' + text[e:pe]).replace('\n', ' ')
            verdict = ('OK' if ok and not rv else f'heuristic overridden after manual review: {rv}' if rv else 'MISMATCH')
            review.append(line + f'\n      cue {surf!r} ({where}) {verdict}; ctx: '
                          + (ctx if len(ctx) < 320 else ctx[:150] + ' … ' + ctx[-150:]))
        prev_speaker = sp

# ---------- JavaScript offsets ----------
try:
    js = ("const fs=require('fs');const g=JSON.parse(fs.readFileSync(process.argv[1],'utf8'));let bad=0,n=0;"
          "for(const d of g.docs){const t=fs.readFileSync(process.argv[2]+'/'+d.file,'utf8');if(t!==d.text)bad++;"
          "for(const q of d.quotes){n++;if(t.slice(q.start,q.end)!==q.text)bad++;}"
          "for(const [a,b] of d.dontcare){if(!(a<b&&b<=t.length))bad++;}}console.log(JSON.stringify({n,bad}));")
    out = subprocess.run(['node', '-e', js, os.path.join(HERE, 'gold.json'), os.path.join(HERE, 'texts')],
                         capture_output=True, text=True, check=True).stdout
    res = json.loads(out)
    if res['bad']:
        err(f'JavaScript slice check: {res["bad"]} mismatches')
    js_note = f'JS slice check: {res["n"]} quotes, {res["bad"]} mismatches'
except Exception as ex:  # node missing
    js_note = f'JS slice check skipped ({ex})'

with open(os.path.join(HERE, 'review.txt'), 'w', encoding='utf-8') as fh:
    fh.write('\n'.join(review) + '\n')
print(f'docs {len(gold["docs"])}, direct {total_direct}, scare {total_scare}; {js_note}')
for w in warnings:
    print('WARN', w)
for e_ in errors:
    print('ERROR', e_)
print('OK' if not errors else f'{len(errors)} errors')
sys.exit(1 if errors else 0)
