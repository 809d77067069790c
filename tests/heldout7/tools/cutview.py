import articles
for a in articles.ARTICLES:
    b=a['full'].encode()
    if a['cut']:
        body=b[:2000]
        try: body.decode()
        except Exception: print("SPLIT", a['name'])
        l=body.decode()[-1]; n=b[2000:].decode('utf-8','replace')[:1]
        ok = l.isalnum() and n.isalnum()
        print(('OK ' if ok else 'BAD'), a['name'], len(b), repr(b[1960:2000].decode('utf-8','replace')), '|', repr(b[2000:2015].decode('utf-8','replace')))
    else:
        print('WHOLE', a['name'], len(b))
