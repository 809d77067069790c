import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from articles import ARTICLES
OUT = os.path.join(os.path.dirname(__file__), '..', 'corpus')
CUT = 2000
def body_of(a):
    b = a['text'].encode('utf-8')
    if a['cut']:
        assert len(b) > CUT, (a['fname'], len(b))
        b = b[:CUT]
        b.decode('utf-8')  # must not split a character
    return b
if __name__ == '__main__':
    os.makedirs(OUT, exist_ok=True)
    for a in ARTICLES:
        body = body_of(a)
        head = b''
        if a['front']:
            head = ('---\n' + ''.join(f'{k}: {v}\n' for k, v in a['front']) + '---\n').encode('utf-8')
        with open(os.path.join(OUT, a['fname']), 'wb') as f:
            f.write(head + body)
        tail = body[-12:].decode('utf-8', 'replace')
        nxt = a['text'].encode()[CUT:CUT+8].decode('utf-8','replace') if a['cut'] else ''
        print(f"{a['fname']:55s} full={len(a['text'].encode()):5d} body={len(body):5d} tail={tail!r} next={nxt!r}")
