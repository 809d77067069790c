"""Self-check for heldout6: quotes verbatim, 2,000-byte cuts, JSON parses, no ignore/gold clash."""
import json, os, sys, re
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, '..')
sys.path.insert(0, HERE)
from articles import ARTICLES
CUT = {a['fname']: a['cut'] for a in ARTICLES}

def body(path):
    raw = open(path, 'rb').read()
    if raw.startswith(b'---\n'):
        end = raw.index(b'\n---\n', 4)
        front = raw[4:end].decode()
        return front, raw[end + 5:]
    return None, raw

bodies, errs = {}, []
for fn in sorted(os.listdir(os.path.join(ROOT, 'corpus'))):
    front, b = body(os.path.join(ROOT, 'corpus', fn))
    bodies[fn] = b.decode('utf-8')
    if CUT[fn] and len(b) != 2000: errs.append(f'{fn}: body {len(b)} bytes, expected 2000')
    if not CUT[fn] and len(b) >= 2000: errs.append(f'{fn}: uncut body is {len(b)} bytes')
    if b.endswith(b'\n'): errs.append(f'{fn}: ends with newline')
    if fn.endswith('.txt') and front is not None: errs.append(f'{fn}: .txt has front matter')
    if fn.endswith('.md') and front is None: errs.append(f'{fn}: .md lacks front matter')
    if CUT[fn] and not (chr(b[-1]).isalnum()): errs.append(f'{fn}: cut not mid-word ({b[-5:]!r})')

gold = [json.loads(l) for l in open(os.path.join(ROOT, 'gold.jsonl'), encoding='utf-8')]
ign = [json.loads(l) for l in open(os.path.join(ROOT, 'gold.ignore.jsonl'), encoding='utf-8')]
keys = {'article','country','metric','keywords','value','value_ok','unit','year','year_ok','quote','tier'}
seen = set()
for r in gold:
    if set(r) != keys: errs.append(f'bad keys {r}')
    if r['article'] not in bodies: errs.append(f'unknown article {r["article"]}')
    elif r['quote'] not in bodies[r['article']]: errs.append(f'quote not verbatim: {r["article"]}: {r["quote"]!r}')
    if r['tier'] not in ('core','hard'): errs.append(f'bad tier {r}')
    if not (1 <= len(r['keywords']) <= 3) or any(k != k.lower() for k in r['keywords']): errs.append(f'bad keywords {r}')
    if not re.fullmatch(r'[A-Z]{3}', r['country']): errs.append(f'bad country {r}')
    k = (r['article'], r['country'], r['metric'], r['value'])
    if k in seen: errs.append(f'duplicate gold {k}')
    seen.add(k)
gvals = {}
for r in gold:
    for v in [r['value']] + r['value_ok']:
        gvals.setdefault((r['article'], r['country']), set()).add(float(v))
for r in ign:
    if set(r) != {'article','country','value','note'}: errs.append(f'bad ignore keys {r}')
    if float(r['value']) in gvals.get((r['article'], r['country']), set()):
        errs.append(f'ignore clashes with gold: {r}')
print('\n'.join(errs) if errs else 'OK')
from collections import Counter
c = Counter(r['article'] for r in gold); ci = Counter(r['article'] for r in ign)
for fn in sorted(bodies):
    print(f'{fn:58s} gold={c[fn]:3d} (hard={sum(1 for r in gold if r["article"]==fn and r["tier"]=="hard")}) ignore={ci[fn]:3d}')
print('total gold', len(gold), 'hard', sum(r['tier']=='hard' for r in gold), 'ignore', len(ign))
