import json, sys, glob, os
sys.path.insert(0, '/work/shared/eval')
import score as S
KIND_OF = {"events":"event","people":"person","orgs":"org","orgUnits":"orgUnit","presentations":"presentation","quotes":"quote","metrics":"metric","dated":"dated"}
total=0; rows=[]
for g in sorted(glob.glob('*.gold.json')):
    stem=g[:-len('.gold.json')]
    txt=open(stem+'.txt',encoding='utf-8').read()
    nt=S.norm(txt)
    d=json.load(open(g,encoding='utf-8'))
    assert d['report']==stem+'.txt', g
    preds=[]
    for k,kind in KIND_OF.items():
        for f in d.get(k,[]):
            assert isinstance(f,dict)
            p=dict(f); p['kind']=kind; preds.append(json.dumps(p,ensure_ascii=False))
    res=S.score(d, S.read_preds(preds))
    lines=[]; F,A=S.report(res,out=lines.append)
    n=sum(len(d.get(k,[])) for k in KIND_OF)
    total+=n
    probs=[]
    def chk(s,what):
        if s and S.norm(s) not in nt: probs.append(f"{what}: {s!r} not in text")
    for e in d['events']:
        chk(e.get('name'),'event'); chk(e.get('native'),'event native'); [chk(a,'alias') for a in e.get('aliases',[])]
        chk(e.get('place'),'place'); chk(e.get('placeNative'),'placeNative'); chk(e.get('region'),'region')
    for p in d['people']:
        chk(p['name'],'person'); chk(p.get('native'),'native'); chk(p.get('title'),'title'); chk(p.get('unit'),'unit')
    for o in d['orgs']:
        chk(o['name'],'org'); chk(o.get('native'),'org native'); [chk(a,'org alias') for a in o.get('aliases',[])]
    for u in d['orgUnits']:
        chk(u['name'],'unit'); chk(u.get('code'),'code')
    for q in d['quotes']:
        chk(q['text'],'quote'); chk(q.get('verb')[:2] if q.get('verb') else None,'verb')
    for pr in d['presentations']:
        chk(pr['topic'],'topic')
    for m in d['metrics']:
        for key in ('value','unit','qualifier'):
            assert key in m, (g,m)
        assert m['qualifier'] in ('=','>','>=','<','<=','~'), m
    print(f"{g}: facts {n} self-score F1 {F:.2f} attr {A:.2f} chars {len(txt)}")
    for x in probs: print("   ", x)
print("total", total)
