"""Turn the annotator's {text|K|value[|mod]} sources into .tml (K: D DATE, T TIME, U DURATION, S SET)."""
import re, sys, html
from pathlib import Path
KIND = {"D": "DATE", "T": "TIME", "U": "DURATION", "S": "SET"}
PAT = re.compile(r"\{([^{}|]+)\|([DTUS])\|([^|{}]+)(?:\|([A-Z_]+))?\}")
here = Path(__file__).parent
for src in sorted(here.glob("[0-9][0-9]-*.txt")):
    lines = src.read_text().split("\n")
    dct, title, body = lines[0].strip(), lines[1].strip(), "\n".join(lines[2:]).strip("\n")
    n = [0]
    def rep(m):
        n[0] += 1
        mod = f' mod="{m.group(4)}"' if m.group(4) else ""
        return f'<TIMEX3 tid="t{n[0]}" type="{KIND[m.group(2)]}" value="{m.group(3)}"{mod}>{html.escape(m.group(1), quote=False)}</TIMEX3>'
    parts, last = [], 0
    for m in PAT.finditer(body):
        parts.append(html.escape(body[last:m.start()], quote=False)); parts.append(rep(m)); last = m.end()
    parts.append(html.escape(body[last:], quote=False))
    text = "".join(parts)
    assert "{" not in text and "}" not in text, src
    out = f'''<?xml version="1.0" ?>
<TimeML>

<DOCID>{src.stem}</DOCID>

<DCT><TIMEX3 tid="t0" type="DATE" value="{dct}" temporalFunction="false" functionInDocument="CREATION_TIME">{dct}</TIMEX3></DCT>

<TITLE>{html.escape(title, quote=False)}</TITLE>

<TEXT>
{text}
</TEXT>

</TimeML>
'''
    (here.parent / (src.stem + ".tml")).write_text(out)
    words = len(PAT.sub(lambda m: m.group(1), body).split())
    print(src.stem, dct, n[0], "timexes", words, "words")
