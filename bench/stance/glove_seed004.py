#!/usr/bin/python3
"""Seed page 004 with the prototype models trained on train+validation (never tuned on these labels)."""
import json, sys
# Usage (repository root, after a build): bench/stance/glove_seed004.py '[{"alpha": 0}, {"alpha": 0.05, "ralpha": 0.1}]'
import os
cfgs = json.loads(sys.argv[1])
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import glove_prototype as S
page = open('target/classes/seeds/004_72e78a6f65c98bb3.txt', encoding='utf-8').read().splitlines()
gold = json.load(open('training-data/stance/seed-004-stance.json'))
L = lambda k: '\n'.join(page[gold['comments'][k]['lines'][0] - 1:gold['comments'][k]['lines'][1]]).strip()
target = gold['expected']['target']['text']
pool = S.load_semeval('semeval2016_train.txt') + S.load_semeval('semeval2016_validation.txt')
rpool = S.load_replies('replies_train.csv') + S.load_replies('replies_validation.csv')
for kw in cfgs:
    m = S.Sem(pool, **{k: v for k, v in kw.items() if k != 'ralpha'})
    P, cl = m.proba([(target, L(w), 'none') for w in ('jackson', 'bilewycz')])
    r = S.Rum(rpool, alpha=kw.get('ralpha', 0))
    Xr = r.X([{'reply_text': L(w), 'source_text': L('jackson'), 'parent_text': L('jackson'), 'label': ''} for w in ('bilewycz', 'reply1', 'reply2')])
    Pr = r.clf.predict_proba(Xr)
    out = {'cfg': kw}
    for w, p in zip(('jackson', 'bilewycz'), P):
        out[w + '->target(want ' + gold['expected']['target'][w] + ')'] = {c: round(float(x), 3) for c, x in zip(cl, p)}
    for w, p in zip(('bilewycz', 'reply1', 'reply2'), Pr):
        out[w + '->parent(want deny)'] = {c: round(float(x), 3) for c, x in zip(r.clf.classes_, p)}
    print(json.dumps(out), flush=True)
