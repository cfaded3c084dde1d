#!/usr/bin/env python3
"""Builds one crosscheck workspace per ECB+ cluster: ecb_clusters.py ECB_DIR OUT_DIR.

ECB_DIR is ../shared/eval/ecbplus-news-clusters (see its README for origin and licence). Each document becomes
sources/<doc>.txt; its publication date, when the URL or a dateline gives one, goes in <doc>.meta.json as an
estimate, so relative dates resolve as they would for a user who knew roughly when the article ran.
"""
import datetime, json, os, re, sys

MONTHS = {m: i + 1 for i, m in enumerate(['january', 'february', 'march', 'april', 'may', 'june', 'july',
                                          'august', 'september', 'october', 'november', 'december'])}


def date_of(doc):
    url = (doc.get('source_url') or '').replace(' ', '')
    m = re.search(r'(19|20)\d\d[-/ ]+\d\d[-/ ]+\d\d', url)
    if m:
        y, mo, d = re.findall(r'\d+', m.group())[:3]
        try:
            return datetime.date(int(y), int(mo), int(d)).isoformat()
        except ValueError:
            pass
    for s in doc['sentences'][:6]:  # a dateline sits in the first lines
        m = re.search(r'\b(January|February|March|April|May|June|July|August|September|October|November|December)'
                      r'\s+(\d{1,2}),\s+((?:19|20)\d\d)\b', s['text'])
        if m:
            try:
                return datetime.date(int(m.group(3)), MONTHS[m.group(1).lower()], int(m.group(2))).isoformat()
            except ValueError:
                pass
    return None


def main(ecb, out):
    n = dated = 0
    with open(os.path.join(ecb, 'ecbplus_docs.jsonl'), encoding='utf-8') as docs:
        for line in docs:
            doc = json.loads(line)
            d = os.path.join(out, doc['cluster'], 'sources')
            os.makedirs(d, exist_ok=True)
            sid = re.sub(r'[^A-Za-z0-9._-]', '_', doc['doc'])
            with open(os.path.join(d, sid + '.txt'), 'w', encoding='utf-8') as f:
                f.write('\n'.join(s['text'] for s in doc['sentences']) + '\n')
            n += 1
            pub = date_of(doc)
            if pub:
                dated += 1
                with open(os.path.join(d, sid + '.meta.json'), 'w', encoding='utf-8') as f:
                    json.dump({'published': pub, 'estimated': True, 'basis': 'date in the URL or dateline'}, f)
    print(n, 'docs', dated, 'dated')


if __name__ == '__main__':
    if len(sys.argv) != 3:
        sys.exit('usage: ecb_clusters.py ECB_DIR OUT_DIR')
    main(sys.argv[1], sys.argv[2])
